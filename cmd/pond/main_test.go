package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestMain runs the CLI's tests in a scratch working directory with a scratch module cache, so
// that what the commands keep by default (.pond/index, .pond/modules, pond-results) never lands
// in the source tree.
//
// With POND_TEST_MAIN=1 the test binary is the pond binary instead (main with its arguments),
// for tests that run a command as a process of its own (pondProcess).
func TestMain(m *testing.M) {
	if os.Getenv("POND_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "pond-cmd-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.Setenv("POND_MODULES_CACHE", filepath.Join(dir, "modules")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.Chdir(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
