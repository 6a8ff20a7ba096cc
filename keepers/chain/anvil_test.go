package chain_test

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pond-compute/pond/keepers/devnet"
)

// startAnvil runs tools/bin/anvil on a free loopback port for the test's lifetime.
func startAnvil(ctx context.Context, t *testing.T) (*ethclient.Client, *rpc.Client) {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	bin := filepath.Join(filepath.Dir(file), "..", "..", "tools", "bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("anvil missing: %v", err)
		}
		t.Skipf("anvil not installed (run make setup): %v", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", strconv.Itoa(port), "--silent")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })

	url := "http://127.0.0.1:" + strconv.Itoa(port)
	for {
		rc, err := rpc.DialContext(ctx, url)
		if err == nil {
			c := ethclient.NewClient(rc)
			if _, err = c.ChainID(ctx); err == nil {
				t.Cleanup(c.Close)
				return c, rc
			}
			c.Close()
		}
		select {
		case <-ctx.Done():
			t.Fatalf("anvil did not answer on %s: %v", url, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func TestJobLifecycleOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	client, rc := startAnvil(ctx, t)
	keys, err := devnet.DevAccounts(7) // anvil funds the same ten accounts
	if err != nil {
		t.Fatal(err)
	}
	advance := func(dt time.Duration) error {
		if err := rc.CallContext(ctx, nil, "evm_increaseTime", int64(dt/time.Second)); err != nil {
			return err
		}
		return rc.CallContext(ctx, nil, "evm_mine")
	}
	w := newWorld(ctx, t, client, keys, advance)
	if w.d.ChainID != 31337 || w.d.TestToken == ([20]byte{}) {
		t.Fatalf("deployment on anvil: %+v", w.d)
	}
	runLifecycle(t, w)
}
