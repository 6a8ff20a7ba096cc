package atomicfile

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func entries(t *testing.T, dir string) []string {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, de := range des {
		names = append(names, de.Name())
	}
	return names
}

// A write creates the directory and the file with its mode; a rewrite replaces it whole; a
// write that fails (a value JSON cannot hold, a rename refused) leaves the old content and no
// temporary file.
func TestWriteJSON_replacesWholeOrNotAtAll(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "deals", "7")
	path := filepath.Join(dir, "result.json")
	if err := WriteJSON(path, map[string]string{"cid": "first"}, 0o600); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("file %v, %v; want mode 0600", fi, err)
	}
	if err := WriteJSON(path, map[string]string{"cid": "second"}, 0o644); err != nil {
		t.Fatal(err)
	}
	var got map[string]string
	raw, _ := os.ReadFile(path)
	if err := json.Unmarshal(raw, &got); err != nil || got["cid"] != "second" {
		t.Fatalf("after the rewrite: %s, %v", raw, err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Fatalf("mode %v after a rewrite with 0644", fi.Mode().Perm())
	}

	if err := WriteJSON(path, math.Inf(1), 0o644); err == nil {
		t.Fatal("wrote +Inf as JSON")
	}
	// A rename that fails (a directory stands where the file goes) leaves no temporary file.
	blocked := filepath.Join(dir, "blocked")
	if err := os.MkdirAll(filepath.Join(blocked, "inside"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(blocked, []byte("third"), 0o644); err == nil {
		t.Fatal("wrote over a directory")
	}
	if err := os.RemoveAll(blocked); err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(path); string(raw) != `{"cid":"second"}` {
		t.Fatalf("a failed write changed the file to %s", raw)
	}
	if names := entries(t, dir); len(names) != 1 || names[0] != "result.json" {
		t.Fatalf("the directory holds %v, want only result.json", names)
	}
}

// Writers racing on one path never leave a mixed or partial file, nor temporary files.
func TestWrite_concurrentWritersLeaveOneWholeFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "vote.json")
	var wg sync.WaitGroup
	contents := map[string]bool{}
	for i := range 16 {
		data := []byte(fmt.Sprintf("%d:%0*d", i, 4096+i, i))
		contents[string(data)] = true
		wg.Go(func() {
			for range 20 {
				if err := Write(path, data, 0o600); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	raw, err := os.ReadFile(path)
	if err != nil || !contents[string(raw)] {
		t.Fatalf("the file holds %d bytes that no writer wrote (%v)", len(raw), err)
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Fatalf("the directory holds %v, want only vote.json", names)
	}
}
