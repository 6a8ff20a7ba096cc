package chain_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/testenv"
)

// startAnvil runs tools/bin/anvil on a free loopback port for the test's lifetime.
func startAnvil(ctx context.Context, t *testing.T) (*ethclient.Client, *rpc.Client) {
	t.Helper()
	a := testenv.StartAnvil(ctx, t)
	return ethclient.NewClient(a.RPC), a.RPC
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
