package main

import (
	"errors"
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

	demo := func(message string) (string, error) {
		return runPond(t, "devnet", "--demo", "--demo.message", message,
			"--devnet.port", "0", "--devnet.challenge-window", "3s", "--executors", "wasm",
			"--devnet.modules-dir", filepath.Join(root, "modules"),
			"--devnet.deployments-dir", filepath.Join(work, "deployments"),
			"--devnet.keepers-dir", filepath.Join(work, "keepers"),
			"--storage.local-dir", filepath.Join(work, "store"))
	}
	out, err := demo("moo from a test")
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

	// `make demo` again, in the same directories: the devnet is a new chain, and its keepers
	// start from it, not from what they kept of the last one (which the new chain lacks: they
	// took it for a deep reorganisation and rebuilt their views, with warnings).
	kept := filepath.Join(work, "keepers", "31337")
	if _, err := os.Stat(kept); err != nil {
		t.Fatalf("the first demo's keepers kept nothing in %s: %v", kept, err)
	}
	marker := filepath.Join(kept, "from-the-last-devnet")
	if err := os.WriteFile(marker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = demo("moo again")
	if err != nil {
		t.Fatalf("second demo: %v\n%s", err, out)
	}
	if _, err := os.Stat(marker); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the second devnet's keepers started from the last devnet's work directory (%v)", err)
	}
	if !strings.Contains(out, "< moo again >") {
		t.Fatalf("second demo output lacks its cow:\n%s", out)
	}
}
