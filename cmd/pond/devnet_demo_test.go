package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// What `make demo` runs: the devnet with its keepers runs one cowsay job through the market and
// prints the cow.
func TestDevnetDemo_printsTheCow(t *testing.T) {
	// cowsayDir skips (or fails under CI) when the example modules are not built.
	root := filepath.Dir(filepath.Dir(cowsayDir(t)))
	work := t.TempDir()
	t.Chdir(work) // the result lands in pond-results/ of the working directory

	out, err := runPond(t, "devnet", "--demo", "--demo.message", "moo from a test",
		"--devnet.port", "0", "--devnet.challenge-window", "3s", "--executors", "wasm",
		"--devnet.modules-dir", filepath.Join(root, "modules"),
		"--devnet.deployments-dir", filepath.Join(work, "deployments"),
		"--devnet.keepers-dir", filepath.Join(work, "keepers"),
		"--storage.local-dir", filepath.Join(work, "store"))
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	for _, want := range []string{
		"Job submitted. Negotiating deal...", "Deal agreed. Running job...",
		"Results submitted. Awaiting verification...", "Results accepted. Downloading result...",
		"< moo from a test >", "(oo)",
	} {
		if !strings.Contains(out, want) {
			t.Fatalf("demo output lacks %q:\n%s", want, out)
		}
	}
	cow, err := os.ReadFile(filepath.Join(work, "pond-results", "1", "cow.txt"))
	if err != nil || !strings.Contains(string(cow), "moo from a test") {
		t.Fatalf("result on disk: %v %q", err, cow)
	}
}
