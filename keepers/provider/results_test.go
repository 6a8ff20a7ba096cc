package provider

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

func testCID(t *testing.T, s string) cid.Cid {
	t.Helper()
	h, err := multihash.Sum([]byte(s), multihash.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	return cid.NewCidV1(cid.Raw, h)
}

// TestResultLog: results survive a reopen; what a crash or a power loss leaves (a line cut
// short, zeros, garbage) is no result; a deal's later result wins; forgotten results are gone
// after a reopen, and the file is rewritten with the live lines only once the dead ones are
// many and outnumber them.
func TestResultLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "results.log")
	l, err := openResultLog(path)
	if err != nil {
		t.Fatal(err)
	}
	a, b, c := testCID(t, "a"), testCID(t, "b"), testCID(t, "c")
	for _, put := range []struct {
		id uint64
		c  cid.Cid
	}{{1, a}, {2, b}, {1, c}} {
		if err := l.Put(put.id, put.c); err != nil {
			t.Fatal(err)
		}
	}
	// A power loss can leave zeros where a write was; a kill, the last line cut short.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	torn := "3 " + a.String()
	if _, err := f.WriteString("\x00\x00\x00\x00\nnot a result\n7 notacid\n" + torn[:len(torn)-3]); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	l, err = openResultLog(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := l.Get(1); !ok || got != c {
		t.Errorf("deal 1: %s %v, want its later result %s", got, ok, c)
	}
	if got, ok := l.Get(2); !ok || got != b {
		t.Errorf("deal 2: %s %v, want %s", got, ok, b)
	}
	for _, id := range []uint64{3, 7} {
		if got, ok := l.Get(id); ok {
			t.Errorf("deal %d: %s from a line that is not a whole result", id, got)
		}
	}
	if l.Len() != 2 {
		t.Fatalf("%d results, want 2", l.Len())
	}
	// A result put after a torn line is read whole.
	if err := l.Put(4, a); err != nil {
		t.Fatal(err)
	}
	if l, err = openResultLog(path); err != nil {
		t.Fatal(err)
	}
	if got, ok := l.Get(4); !ok || got != a {
		t.Fatalf("deal 4 after the torn line: %s %v, want %s", got, ok, a)
	}

	// Many deals run and end: the file stays bounded, and only the live results come back.
	var ended []uint64
	for id := uint64(100); id < 100+2*resultLogCompactAt; id++ {
		if err := l.Put(id, b); err != nil {
			t.Fatal(err)
		}
		ended = append(ended, id)
	}
	if err := l.Forget(append(ended, 1)); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if lines := bytes.Count(raw, []byte{'\n'}); lines != 2 {
		t.Fatalf("after the ended deals were forgotten the file has %d lines, want the 2 live results:\n%s", lines, raw)
	}
	if l, err = openResultLog(path); err != nil {
		t.Fatal(err)
	}
	if l.Len() != 2 || !strings.Contains(string(raw), "4 "+a.String()+"\n") {
		t.Fatalf("after the rewrite: %d results (want deals 2 and 4):\n%s", l.Len(), raw)
	}
	if _, ok := l.Get(1); ok {
		t.Fatal("deal 1 was forgotten but is still cached")
	}
}

// TestResultLogImportsTheOldDealDirectories: results an earlier provider cached as
// deals/<id>/result.json move into the log (a cut-short or unreadable one is left out: that
// deal runs again), a result the log already has is kept, and deals/ is removed.
func TestResultLogImportsTheOldDealDirectories(t *testing.T) {
	work := t.TempDir()
	deals := filepath.Join(work, "deals")
	a, b, c := testCID(t, "a"), testCID(t, "b"), testCID(t, "c")
	write := func(id, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Join(deals, id), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(deals, id, "result.json"), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("7", `{"cid":"`+a.String()+`"}`)
	write("8", `{"cid":"bafy`) // a write cut short
	write("9", `{"cid":"`+b.String()+`"}`)
	if err := os.MkdirAll(filepath.Join(deals, "10"), 0o755); err != nil { // a run never cached
		t.Fatal(err)
	}
	l, err := openResultLog(filepath.Join(work, "results.log"))
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Put(9, c); err != nil {
		t.Fatal(err)
	}
	n, err := l.importDealDirs(deals)
	if err != nil || n != 1 {
		t.Fatalf("imported %d (%v), want 1", n, err)
	}
	if _, err := os.Stat(deals); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("deals/ is still there (%v)", err)
	}
	if l, err = openResultLog(filepath.Join(work, "results.log")); err != nil {
		t.Fatal(err)
	}
	for id, want := range map[uint64]cid.Cid{7: a, 9: c} {
		if got, ok := l.Get(id); !ok || got != want {
			t.Errorf("deal %d: %s %v, want %s", id, got, ok, want)
		}
	}
	for _, id := range []uint64{8, 10} {
		if _, ok := l.Get(id); ok {
			t.Errorf("deal %d has a result it never had whole", id)
		}
	}
	if n, err := l.importDealDirs(deals); err != nil || n != 0 {
		t.Fatalf("a second import: %d (%v), want nothing", n, err)
	}
}
