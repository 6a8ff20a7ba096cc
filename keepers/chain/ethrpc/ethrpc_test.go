package ethrpc_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/chain/ethrpc"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/testenv/faultrpc"
)

type recorded struct {
	mu    sync.Mutex
	calls []string
	errs  int
}

func (r *recorded) RPC(method string, _ time.Duration, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, method)
	if err != nil {
		r.errs++
	}
}

func TestEveryCallHasItsTimeoutAndIsRecorded(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Stop() })
	px := faultrpc.Start(t, d.HTTPURL)
	var rec recorded
	c, err := ethrpc.Dial(ctx, px.URL(), ethrpc.Config{CallTimeout: 300 * time.Millisecond, Metrics: &rec})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	px.Hang("eth_blockNumber", 1)
	start := time.Now()
	_, err = c.BlockNumber(ctx)
	if !ethrpc.IsTimeout(err) {
		t.Fatalf("a hung call returned %v, want ErrCallTimeout", err)
	}
	if waited := time.Since(start); waited > 20*time.Second {
		t.Fatalf("a hung call held the caller %s", waited)
	}
	if _, err := c.BlockNumber(ctx); err != nil {
		t.Fatalf("the call after the hung one: %v", err)
	}
	rec.mu.Lock()
	if len(rec.calls) != 2 || rec.calls[0] != "eth_blockNumber" || rec.errs != 1 {
		t.Errorf("recorded %v with %d errors, want two eth_blockNumber calls, one failed", rec.calls, rec.errs)
	}
	rec.mu.Unlock()

	// The caller's own cancellation is not a timeout of the node.
	px.Hang("eth_chainId", 1)
	cctx, stop := context.WithCancel(ctx)
	go func() { time.Sleep(50 * time.Millisecond); stop() }()
	if _, err := c.ChainID(cctx); !errors.Is(err, context.Canceled) || ethrpc.IsTimeout(err) {
		t.Fatalf("cancelled call: %v", err)
	}
}
