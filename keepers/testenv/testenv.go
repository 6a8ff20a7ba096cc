// Package testenv gives tests access to the real services they need (a Docker
// engine, a Kubo daemon). When a service is missing a test skips, except under
// CI=true where a missing service is a failure: CI must run them for real.
package testenv

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// CI reports whether the tests run under CI=true.
func CI() bool { return os.Getenv("CI") == "true" }

// Unavailable skips the test (or fails it under CI=true) because what is missing.
func Unavailable(t testing.TB, what string, err error) {
	t.Helper()
	if CI() {
		t.Fatalf("%s is required under CI=true but unavailable: %v", what, err)
	}
	t.Skipf("skipping: %s unavailable (%v); `make setup` provides it, and under CI=true this test fails instead", what, err)
}

// ModuleRoot returns the repository root (the directory holding go.mod), whatever the test's
// working directory.
func ModuleRoot(t testing.TB) string {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// Foundry returns the path of a Foundry binary (forge, anvil, cast) that make setup-sol installs
// under tools/bin; without it the test skips, or fails under CI=true.
func Foundry(t testing.TB, name string) string {
	t.Helper()
	bin := filepath.Join(ModuleRoot(t), "tools", "bin", name)
	if _, err := os.Stat(bin); err != nil {
		Unavailable(t, name+" (make setup-sol)", err)
	}
	return bin
}

// moduleRoot is two directories up from this file (keepers/testenv).
func moduleRoot() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return "", fmt.Errorf("testenv: cannot locate its own source file")
	}
	root := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		return "", fmt.Errorf("testenv: no go.mod at %s: %w", root, err)
	}
	return root, nil
}

// Kubo is an offline Kubo daemon on loopback with a temporary repository.
type Kubo struct {
	// API is the RPC address, host:port.
	API  string
	Bin  string
	Path string
}

// ipfsBinary returns the Kubo binary: $POND_IPFS_BIN, or the one `go tool ipfs` builds.
func ipfsBinary() (string, error) {
	if p := os.Getenv("POND_IPFS_BIN"); p != "" {
		return p, nil
	}
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	cmd := exec.Command("go", "tool", "-n", "ipfs")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go tool -n ipfs: %v: %s", err, bytes.TrimSpace(out))
	}
	return strings.TrimSpace(string(out)), nil
}

// StartKubo starts `ipfs daemon --offline` and stops it when the test ends.
func StartKubo(t testing.TB) *Kubo {
	t.Helper()
	bin, err := ipfsBinary()
	if err != nil {
		Unavailable(t, "Kubo (go tool ipfs)", err)
	}
	repo := t.TempDir()
	env := append(os.Environ(), "IPFS_PATH="+repo)
	run := func(args ...string) {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("ipfs %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	run("init", "--profile=test", "--empty-repo")
	apiPort, gwPort := freePort(t), freePort(t)
	run("config", "Addresses.API", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", apiPort))
	run("config", "Addresses.Gateway", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", gwPort))
	run("config", "--json", "Addresses.Swarm", "[]")
	run("config", "--json", "Bootstrap", "[]")

	var logs bytes.Buffer
	cmd := exec.Command(bin, "daemon", "--offline")
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatalf("start ipfs daemon: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(15 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	})
	api := fmt.Sprintf("127.0.0.1:%d", apiPort)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	for {
		c, err := net.DialTimeout("tcp", api, time.Second)
		if err == nil {
			c.Close()
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("ipfs daemon exited: %v\n%s", err, logs.String())
		case <-ctx.Done():
			t.Fatalf("ipfs daemon did not listen on %s: %s", api, logs.String())
		case <-time.After(200 * time.Millisecond):
		}
	}
	return &Kubo{API: api, Bin: bin, Path: repo}
}

// Command runs the Kubo CLI against this node's repository.
func (k *Kubo) Command(t testing.TB, args ...string) string {
	t.Helper()
	cmd := exec.Command(k.Bin, append([]string{"--api", "/ip4/127.0.0.1/tcp/" + k.API[strings.LastIndex(k.API, ":")+1:]}, args...)...)
	cmd.Env = append(os.Environ(), "IPFS_PATH="+k.Path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("ipfs %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
