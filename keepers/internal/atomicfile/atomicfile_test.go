package atomicfile

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
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

// A write stopped between its temporary file and the rename (its process killed) leaves the
// temporary file and the old content; RemoveTemps, run at the next start, removes the first and
// keeps the second and every other file.
func TestRemoveTemps_removesWhatAKilledWriteLeft(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "7.json")
	if err := Write(path, []byte(`{"vote":1}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"8.json", ".hidden", "notes.tmp-1", ".tmp-"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("keep"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	stopped := make(chan struct{})
	beforeRename = func() { close(stopped); runtime.Goexit() }
	t.Cleanup(func() { beforeRename = func() {} })
	go Write(path, []byte(`{"vote":2}`), 0o600)
	<-stopped
	beforeRename = func() {}

	var temps []string
	for _, name := range entries(t, dir) {
		if IsTemp(name) {
			temps = append(temps, name)
		}
	}
	if len(temps) != 1 || !strings.HasPrefix(temps[0], ".7.json.tmp-") {
		t.Fatalf("the stopped write left %v, want one temporary file of 7.json", temps)
	}
	removed, err := RemoveTemps(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(removed) != 1 || removed[0] != temps[0] {
		t.Fatalf("removed %v, want %v", removed, temps)
	}
	if got, want := strings.Join(entries(t, dir), " "), ".hidden .tmp- 7.json 8.json notes.tmp-1"; got != want {
		t.Fatalf("the directory holds %s, want %s", got, want)
	}
	if raw, _ := os.ReadFile(path); string(raw) != `{"vote":1}` {
		t.Fatalf("7.json holds %s, want the content before the stopped write", raw)
	}
	if removed, err := RemoveTemps(filepath.Join(dir, "missing")); err != nil || len(removed) != 0 {
		t.Fatalf("a missing directory: removed %v, %v", removed, err)
	}
}
