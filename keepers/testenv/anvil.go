package testenv

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// Anvil is Foundry's anvil (tools/bin/anvil) on a free loopback port, stopped when the test ends.
type Anvil struct {
	URL string
	RPC *rpc.Client
}

// StartAnvil starts anvil with extra arguments. Without tools/bin/anvil (`make setup-sol`) the
// test skips, or fails under CI=true.
func StartAnvil(ctx context.Context, t testing.TB, args ...string) *Anvil {
	t.Helper()
	bin := filepath.Join(ModuleRoot(t), "tools", "bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		Unavailable(t, "anvil (tools/bin/anvil)", err)
	}
	port := freePort(t)
	cmd := exec.Command(bin, append([]string{"--host", "127.0.0.1", "--port", strconv.Itoa(port), "--silent"}, args...)...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	url := "http://127.0.0.1:" + strconv.Itoa(port)
	for {
		if c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(port), time.Second); err == nil {
			c.Close()
			rc, err := rpc.DialContext(ctx, url)
			if err == nil {
				var id string
				if err = rc.CallContext(ctx, &id, "eth_chainId"); err == nil {
					t.Cleanup(rc.Close)
					return &Anvil{URL: url, RPC: rc}
				}
				rc.Close()
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("anvil did not answer on %s", url)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
