package main

import (
	"bytes"
	"context"
	"net"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/testenv"
)

// syncBuffer is a bytes.Buffer safe for the app goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func freeLoopbackPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestDevnet_castReadsTheMarket runs `pond devnet` as a user would and talks to it with cast
// from "a second terminal".
func TestDevnet_castReadsTheMarket(t *testing.T) {
	castBin := testenv.Foundry(t, "cast")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	runCtx, stop := context.WithCancel(ctx)
	defer stop()

	deployments := t.TempDir()
	port := freeLoopbackPort(t)
	app := newApp()
	var out syncBuffer
	app.Writer, app.ErrWriter = &out, &out
	done := make(chan error, 1)
	go func() {
		done <- app.RunContext(runCtx, []string{"pond", "--log.level", "warn", "devnet",
			"--devnet.port", strconv.Itoa(port), "--devnet.deployments-dir", deployments,
			"--devnet.modules-dir", filepath.Join(testenv.ModuleRoot(t), "modules")})
	}()

	path := filepath.Join(deployments, "31337.json")
	for !strings.Contains(out.String(), "runs until interrupted") {
		select {
		case err := <-done:
			t.Fatalf("pond devnet ended early: %v\n%s", err, out.String())
		case <-ctx.Done():
			t.Fatalf("pond devnet never became ready:\n%s", out.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	d, err := chain.LoadDeployment(path)
	if err != nil {
		t.Fatal(err)
	}
	url := "http://127.0.0.1:" + strconv.Itoa(port)
	if !strings.Contains(out.String(), url) || !strings.Contains(out.String(), d.Market.Hex()) {
		t.Fatalf("the summary does not name the RPC URL %s and market %s:\n%s", url, d.Market.Hex(), out.String())
	}

	cast := func(args ...string) string {
		t.Helper()
		cmd := exec.CommandContext(ctx, castBin, append(args, "--rpc-url", url)...)
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("cast %s: %v\n%s", strings.Join(args, " "), err, b)
		}
		return strings.TrimSpace(string(b))
	}
	// The devnet's market runs with the short challenge window of --devnet.challenge-window.
	if got := cast("call", d.Market.Hex(), "params()((uint32,uint32,uint32,uint32,uint32,uint32,uint96))"); !strings.HasPrefix(got, "(20000 [2e4], 5000, 60,") {
		t.Fatalf("params() = %q, want a 60 s challenge window", got)
	}
	if got := cast("call", d.Market.Hex(), "jobCount()(uint256)"); got != "0" {
		t.Fatalf("jobCount() = %q, want 0", got)
	}
	if got := cast("call", d.Market.Hex(), "mediators()(address)"); !strings.EqualFold(got, d.MediatorRegistry.Hex()) {
		t.Fatalf("mediators() = %q, want %s", got, d.MediatorRegistry.Hex())
	}
	if got := cast("call", d.Market.Hex(), "defaultCommittee()(uint32,uint8)"); got != "1\n3" {
		t.Fatalf("defaultCommittee() = %q, want committee 1 of 3 members", got)
	}
	if got := cast("call", d.MediatorRegistry.Hex(), "committeeUsable(uint32)(bool)", "1"); got != "true" {
		t.Fatalf("committeeUsable(1) = %q: every member accepted it, it should judge deals", got)
	}
	if got := cast("call", d.ModuleRegistry.Hex(), "moduleIdOf(string)(uint32)", "cowsay:v0.0.1"); got == "0" {
		t.Fatal("cowsay:v0.0.1 is not published")
	}
	// Dev account 1 holds test tokens: 1,000,000 PTT.
	got := cast("call", d.TestToken.Hex(), "balanceOf(address)(uint256)", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	if !strings.HasPrefix(got, "1000000000000000000000000") {
		t.Fatalf("test token balance of dev account 1 = %q, want 1e24", got)
	}

	stop()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("pond devnet ended with %v after interrupt", err)
		}
	case <-ctx.Done():
		t.Fatal("pond devnet did not stop when interrupted")
	}
}

func TestDevnet_invalidConfigurationNamesTheFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		flag string
	}{
		{[]string{"--devnet.host", "0.0.0.0"}, "--devnet.host"},
		{[]string{"--devnet.mediators", "9"}, "--devnet.mediators"},
		{[]string{"--devnet.port", "70000"}, "--devnet.port"},
		{[]string{"--devnet.challenge-window", "0s"}, "--devnet.challenge-window"},
	} {
		app := newApp()
		app.Writer, app.ErrWriter = &bytes.Buffer{}, &bytes.Buffer{}
		err := app.Run(append([]string{"pond", "devnet"}, tc.args...))
		if err == nil || !strings.Contains(err.Error(), tc.flag) {
			t.Errorf("pond devnet %v: error %v does not name %s", tc.args, err, tc.flag)
		}
	}
}

// TestDevnet_bootstrapsAnvil runs the same bootstrap against anvil, twice: the second run finds
// the deployment file and the contracts on the chain and does not deploy again.
func TestDevnet_bootstrapsAnvil(t *testing.T) {
	anvilBin, castBin := testenv.Foundry(t, "anvil"), testenv.Foundry(t, "cast")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	port := freeLoopbackPort(t)
	anvil := exec.Command(anvilBin, "--host", "127.0.0.1", "--port", strconv.Itoa(port), "--silent")
	if err := anvil.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = anvil.Process.Kill(); _ = anvil.Wait() })
	url := "http://127.0.0.1:" + strconv.Itoa(port)
	for exec.CommandContext(ctx, castBin, "chain-id", "--rpc-url", url).Run() != nil {
		select {
		case <-ctx.Done():
			t.Fatal("anvil never answered")
		case <-time.After(50 * time.Millisecond):
		}
	}

	deployments := t.TempDir()
	run := func() chain.Deployment {
		t.Helper()
		app := newApp()
		var out syncBuffer
		app.Writer, app.ErrWriter = &out, &out
		if err := app.RunContext(ctx, []string{"pond", "--log.level", "warn", "devnet", "--devnet.rpc-url", url,
			"--devnet.deployments-dir", deployments, "--devnet.modules-dir", filepath.Join(testenv.ModuleRoot(t), "modules")}); err != nil {
			t.Fatalf("pond devnet --devnet.rpc-url: %v\n%s", err, out.String())
		}
		d, err := chain.LoadDeployment(filepath.Join(deployments, "31337.json"))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	first := run()
	second := run()
	if first != second {
		t.Fatalf("the second run changed the deployment:\n%+v\n%+v", first, second)
	}
	b, err := exec.CommandContext(ctx, castBin, "call", first.ModuleRegistry.Hex(), "moduleCount()(uint32)", "--rpc-url", url).CombinedOutput()
	if err != nil {
		t.Fatalf("cast call: %v\n%s", err, b)
	}
	examples, err := exampleModules(filepath.Join(testenv.ModuleRoot(t), "modules"), "v0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(string(b)); got != strconv.Itoa(len(examples)) || len(examples) == 0 {
		t.Fatalf("moduleCount() after two bootstraps = %q, want the %d example modules once", got, len(examples))
	}
}
