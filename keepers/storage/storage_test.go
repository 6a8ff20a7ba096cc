package storage

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/pond-compute/pond/keepers/testenv"
)

// writeTree builds a directory exercising every encoder path: empty file,
// exactly one chunk, several chunks, nested and empty directories, a hidden
// file and (when big) a file needing a two-level balanced tree.
func writeTree(t *testing.T, big bool) string {
	t.Helper()
	root := filepath.Join(t.TempDir(), "tree")
	rng := rand.New(rand.NewChaCha8([32]byte{7}))
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	files := map[string][]byte{
		"empty.txt":            {},
		"hello.txt":            []byte("hello pond\n"),
		"one-chunk.bin":        random(ChunkSize),
		"multi-chunk.bin":      random(3*ChunkSize + 12345),
		"a/b/c/deep.txt":       []byte("deep\n"),
		"a/sibling.json":       []byte(`{"x":1}`),
		"a/b/.hidden":          []byte("hidden files count\n"),
		"z last/with space.md": []byte("# spaces\n"),
	}
	if big {
		files["huge.bin"] = random((MaxLinks+3)*ChunkSize + 99)
	}
	for name, data := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(root, "empty-dir"), 0o755); err != nil {
		t.Fatal(err)
	}
	return root
}

func TestDirCID_wellKnownEmptyValues(t *testing.T) {
	dir := t.TempDir()
	// Published constants: the CIDv1 of an empty raw block and of an empty UnixFS directory.
	got, err := DirCID(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := "bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354"; got.String() != want {
		t.Errorf("empty directory: got %s, want %s", got, want)
	}
	f := filepath.Join(dir, "empty")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err = DirCID(f)
	if err != nil {
		t.Fatal(err)
	}
	if want := "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"; got.String() != want {
		t.Errorf("empty file: got %s, want %s", got, want)
	}
}

func TestDirCID_rejectsSymlinks(t *testing.T) {
	dir := t.TempDir()
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	if _, err := DirCID(dir); !errors.Is(err, ErrUnsupportedFile) {
		t.Fatalf("want ErrUnsupportedFile, got %v", err)
	}
}

func TestDirCID_changesWithContentAndName(t *testing.T) {
	root := writeTree(t, false)
	base, err := DirCID(root)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "a/b/c/deep.txt"), []byte("deeP\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	changed, err := DirCID(root)
	if err != nil {
		t.Fatal(err)
	}
	if changed.Equals(base) {
		t.Fatal("CID did not change when a nested file changed")
	}
	if err := os.Rename(filepath.Join(root, "hello.txt"), filepath.Join(root, "hello2.txt")); err != nil {
		t.Fatal(err)
	}
	renamed, err := DirCID(root)
	if err != nil {
		t.Fatal(err)
	}
	if renamed.Equals(changed) {
		t.Fatal("CID did not change when a file was renamed")
	}
}

func assertSameTree(t *testing.T, want, got string) {
	t.Helper()
	err := filepath.WalkDir(want, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(want, p)
		q := filepath.Join(got, rel)
		st, err := os.Stat(q)
		if err != nil {
			t.Errorf("missing %s: %v", rel, err)
			return nil
		}
		if d.IsDir() != st.IsDir() {
			t.Errorf("%s: directory mismatch", rel)
			return nil
		}
		if !d.IsDir() {
			a, _ := os.ReadFile(p)
			b, _ := os.ReadFile(q)
			if !bytes.Equal(a, b) {
				t.Errorf("%s: content differs (%d vs %d bytes)", rel, len(a), len(b))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func testRoundTrip(t *testing.T, s Store, root string) cid.Cid {
	t.Helper()
	ctx := context.Background()
	c, err := s.Put(ctx, root)
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	want, err := DirCID(root)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Equals(want) {
		t.Fatalf("put returned %s, DirCID %s", c, want)
	}
	out := filepath.Join(t.TempDir(), "out")
	if err := s.Get(ctx, c, out); err != nil {
		t.Fatalf("get: %v", err)
	}
	assertSameTree(t, root, out)
	again, err := DirCID(out)
	if err != nil {
		t.Fatal(err)
	}
	if !again.Equals(c) {
		t.Fatalf("fetched tree has CID %s, want %s", again, c)
	}
	if err := s.Get(ctx, c, out); err == nil {
		t.Fatal("get into an existing destination succeeded")
	}
	return c
}

func TestLocalStore_roundTripAndCorruption(t *testing.T) {
	root := writeTree(t, false)
	s, err := NewLocalStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c := testRoundTrip(t, s, root)

	// Flip one byte of one leaf of the multi-chunk file: Get must refuse.
	blocks, err := os.ReadDir(filepath.Join(s.dir, "blocks"))
	if err != nil {
		t.Fatal(err)
	}
	var victim string
	for _, b := range blocks {
		if st, _ := os.Stat(filepath.Join(s.dir, "blocks", b.Name())); st.Size() == ChunkSize && strings.HasPrefix(b.Name(), "bafkrei") {
			victim = filepath.Join(s.dir, "blocks", b.Name())
			break
		}
	}
	if victim == "" {
		t.Fatal("no full-size raw leaf found in the store")
	}
	data, _ := os.ReadFile(victim)
	data[100] ^= 0xff
	if err := os.WriteFile(victim, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	err = s.Get(context.Background(), c, out)
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("want ErrCorrupt for a corrupted block, got %v", err)
	}
	if _, statErr := os.Stat(out); !errors.Is(statErr, os.ErrNotExist) {
		t.Fatalf("corrupted get left output behind: %v", statErr)
	}
}

// TestKubo_sameCIDs compares the embedded encoder with a real Kubo daemon on
// the same trees, including a file that needs a two-level balanced DAG.
func TestKubo_sameCIDs(t *testing.T) {
	if testing.Short() && !testenv.CI() {
		t.Skip("needs a Kubo daemon; skipped in -short")
	}
	kubo := testenv.StartKubo(t)
	root := writeTree(t, true)
	want, err := DirCID(root)
	if err != nil {
		t.Fatal(err)
	}
	// What `ipfs add -r --cid-version 1` prints (hidden files included).
	out := kubo.Command(t, "add", "-r", "-Q", "--cid-version", "1", "--hidden", root)
	if got := strings.TrimSpace(out); got != want.String() {
		t.Fatalf("ipfs add -r --cid-version 1 printed %s, local encoder %s", got, want)
	}
	t.Logf("kubo and local encoder agree: %s", want)
	// Without hidden files, on a copy without the hidden file: plain `ipfs add -r --cid-version 1`.
	if err := os.Remove(filepath.Join(root, "a/b/.hidden")); err != nil {
		t.Fatal(err)
	}
	want2, err := DirCID(root)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(kubo.Command(t, "add", "-r", "-Q", "--cid-version", "1", root)); got != want2.String() {
		t.Fatalf("ipfs add -r --cid-version 1 printed %s, local encoder %s", got, want2)
	}

	s := NewKuboStore(kubo.API)
	c := testRoundTrip(t, s, writeTree(t, false))

	// Corrupt the "hello pond" block on Kubo's disk: Kubo serves it as is
	// (it does not re-hash on read by default) and Get must refuse it.
	var corrupted bool
	_ = filepath.WalkDir(filepath.Join(kubo.Path, "blocks"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".data") {
			if b, _ := os.ReadFile(p); string(b) == "hello pond\n" {
				corrupted = os.WriteFile(p, []byte("hello bond\n"), 0o644) == nil
			}
		}
		return nil
	})
	if !corrupted {
		t.Fatal("could not find the hello block in Kubo's blockstore")
	}
	err = s.Get(context.Background(), c, filepath.Join(t.TempDir(), "out"))
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("want ErrCorrupt from a corrupted Kubo block, got %v", err)
	}
}
