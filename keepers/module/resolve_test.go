package module

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/pond-compute/pond/keepers/storage"
)

func TestResolve_localAndIPFS(t *testing.T) {
	ctx := context.Background()
	dir := writeModule(t, strings.Replace(goodSpec, "%s", zeroSHA, 1))
	if got, err := (&Resolver{}).Ref(ctx, dir); err != nil || got.Dir != dir {
		t.Fatalf("local path: %v %v", got, err)
	}
	if _, err := (&Resolver{}).Ref(ctx, filepath.Join(dir, "nope")); err == nil {
		t.Fatal("missing directory accepted")
	}
	store, err := storage.NewLocalStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c, err := store.Put(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	r := &Resolver{Store: store, CacheDir: t.TempDir()}
	res, err := r.Ref(ctx, "ipfs://"+c.String())
	if err != nil {
		t.Fatal(err)
	}
	got := res.Dir
	if _, err := Load(got); err != nil {
		t.Fatalf("fetched module does not load: %v", err)
	}
	// A tampered cache entry is refused rather than run.
	if err := os.WriteFile(filepath.Join(got, TemplateFile), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Ref(ctx, c.String()); err == nil || !strings.Contains(err.Error(), "hashes to") {
		t.Fatalf("tampered cache: %v", err)
	}
}

// A module fetched by its CID writes at most Resolver.MaxFetchBytes to the cache: its CID alone
// does not say how much its DAG expands to (one block linked many times can fill the provider's
// disk), so past the bound the fetch fails with storage.ErrTooLarge and leaves nothing cached.
func TestResolve_aModuleFetchedByItsCIDIsBounded(t *testing.T) {
	ctx := context.Background()
	dir := writeModule(t, strings.Replace(goodSpec, "%s", zeroSHA, 1))
	if err := os.WriteFile(filepath.Join(dir, "weights.bin"), make([]byte, 64<<10), 0o644); err != nil {
		t.Fatal(err)
	}
	store, err := storage.NewLocalStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c, err := store.Put(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	r := &Resolver{Store: store, CacheDir: cache, MaxFetchBytes: 32 << 10}
	if _, err := r.Ref(ctx, "ipfs://"+c.String()); !errors.Is(err, storage.ErrTooLarge) {
		t.Fatalf("a module of 64 KiB fetched under a 32 KiB bound: %v, want storage.ErrTooLarge", err)
	}
	if _, err := os.Stat(filepath.Join(cache, "ipfs", c.String())); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the refused fetch left %s in the cache (%v)", c, err)
	}
	// Within the bound it is fetched.
	r = &Resolver{Store: store, CacheDir: cache, MaxFetchBytes: 1 << 20}
	if _, err := r.Ref(ctx, "ipfs://"+c.String()); err != nil {
		t.Fatal(err)
	}
}

// newLocalModule writes a module directory "m" in a new directory of local modules, root: its
// template and the further files named in files (name: content).
func newLocalModule(t *testing.T, files map[string]string) (root, dir string) {
	t.Helper()
	root = t.TempDir()
	dir = filepath.Join(root, "m")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, TemplateFile), []byte(strings.Replace(goodSpec, "%s", zeroSHA, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root, dir
}

// hashAndPin is dir's CID and the digest a registry pins for it.
func hashAndPin(t *testing.T, dir string) (cid.Cid, [32]byte) {
	t.Helper()
	c, err := Hash(dir)
	if err != nil {
		t.Fatal(err)
	}
	pin, err := DigestOf(c)
	if err != nil {
		t.Fatal(err)
	}
	return c, pin
}

// countHashes counts the directories hashed until the test ends (hashDir is restored then).
func countHashes(t *testing.T) *int {
	orig := hashDir
	t.Cleanup(func() { hashDir = orig })
	hashes := new(int)
	hashDir = func(d string) (cid.Cid, error) { *hashes++; return Hash(d) }
	return hashes
}

// A module run again is not hashed again while its directory is unchanged, but any change to
// it (a rewrite with the same size and its modification time set back, a file replaced, a
// file added) is hashed and refused when it no longer matches the registry's pin.
func TestPublished_reusesTheHashOfAnUnchangedDirectoryOnly(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("file stamps are read on Linux only; elsewhere every check hashes")
	}
	ctx := context.Background()
	root, dir := newLocalModule(t, map[string]string{"m.wasm": "\x00asm one"})
	c, pin := hashAndPin(t, dir)
	hashes := countHashes(t)
	// The clock an hour ahead: the files are older than the racy window.
	r := &Resolver{LocalDirs: []string{root}, now: func() time.Time { return time.Now().Add(time.Hour) }}
	published := func() error {
		_, err := r.Published(ctx, "m:v1", "ipfs://"+c.String(), pin)
		return err
	}
	for i := range 3 {
		if err := published(); err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
	}
	if *hashes != 1 { // finding it among the local modules; the runs' checks reuse that
		t.Fatalf("3 runs of an unchanged module hashed it %d times, want once", *hashes)
	}

	st, err := os.Stat(filepath.Join(dir, "m.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	for _, change := range []struct {
		name string
		do   func() error
	}{
		{"rewritten with the same size, its times set back", func() error {
			if err := os.WriteFile(filepath.Join(dir, "m.wasm"), []byte("\x00asm two"), 0o644); err != nil {
				return err
			}
			return os.Chtimes(filepath.Join(dir, "m.wasm"), st.ModTime(), st.ModTime())
		}},
		{"replaced by another file", func() error {
			other := filepath.Join(root, "other")
			if err := os.WriteFile(other, []byte("\x00asm six"), 0o644); err != nil {
				return err
			}
			return os.Rename(other, filepath.Join(dir, "m.wasm"))
		}},
		{"a file added", func() error { return os.WriteFile(filepath.Join(dir, "extra"), nil, 0o644) }},
	} {
		before := *hashes
		if err := change.do(); err != nil {
			t.Fatal(err)
		}
		if err := published(); err == nil || !strings.Contains(err.Error(), "the registry pins") {
			t.Fatalf("%s: %v, want a refusal", change.name, err)
		}
		if *hashes != before+1 {
			t.Fatalf("%s: hashed %d times, want once", change.name, *hashes-before)
		}
	}
}

// A directory changed within the racy window of its stamp is hashed on every run: a second
// change in the same timestamp tick would leave its stamp as it was.
func TestPublished_hashesARecentlyChangedDirectoryEveryTime(t *testing.T) {
	ctx := context.Background()
	root, dir := newLocalModule(t, nil)
	c, pin := hashAndPin(t, dir)
	hashes := countHashes(t)
	r := &Resolver{LocalDirs: []string{root}} // the real clock: the files were written just now
	for i := range 3 {
		if _, err := r.Published(ctx, "m:v1", "ipfs://"+c.String(), pin); err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
	}
	if *hashes != 4 {
		t.Fatalf("3 runs of a module changed just now hashed it %d times, want 4 (the index, then every run)", *hashes)
	}
}
