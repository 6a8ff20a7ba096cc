package follow_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/keepers/chain/ethrpc"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// TestDeepReorgOnAnvilEndsTheFollowerWithAClearError: anvil_reorg replaces blocks the follower
// already delivered (deeper than its one confirmation): the follower stops with ErrDeepReorg,
// never delivering a log of the new branch as if the old one had not happened.
func TestDeepReorgOnAnvilEndsTheFollowerWithAClearError(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	a := testenv.StartAnvil(ctx, t)
	client := ethrpc.Wrap(ethclient.NewClient(a.RPC), ethrpc.Config{CallTimeout: 5 * time.Second})
	accounts, err := devnet.DevAccounts(1)
	if err != nil {
		t.Fatal(err)
	}
	parsed, code := loadEmitter(t)
	f := &fixture{t: t, ctx: ctx, abi: parsed}
	m, err := txmgr.New(ctx, client, txmgr.Config{Key: accounts[0].Key, PollInterval: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	r, err := m.Send(ctx, txmgr.Candidate{Data: code})
	if err != nil {
		t.Fatal(err)
	}
	f.addr = r.ContractAddress
	emit := func(note string) {
		data, err := f.abi.Pack("ping", note)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.Send(ctx, txmgr.Candidate{To: &f.addr, Data: data}); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range []string{"a", "b", "c", "d"} {
		emit(n)
	}

	var c collector
	fl, err := follow.New(follow.Config[ping]{
		Dial: follow.Static(client), Addresses: []common.Address{f.addr}, Decode: f.decode,
		FromBlock: r.BlockNumber.Uint64(), Confirmations: 1, PollInterval: 10 * time.Millisecond, OnProgress: c.onProgress,
	})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- fl.Run(ctx, c.handle) }()
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the confirmed pings", func() bool { return c.progress.Load() >= head })
	if n := len(c.snapshot()); n != 3 {
		t.Fatalf("delivered %d pings at one confirmation, want 3", n)
	}

	// Replace the last three blocks (two already delivered) with a branch holding another ping.
	data, err := f.abi.Pack("ping", "other branch")
	if err != nil {
		t.Fatal(err)
	}
	// Nonce 0 deployed, 1 to 4 pinged in blocks 2 to 5: the new block 3 takes nonce 2.
	tx := types.MustSignNewTx(accounts[0].Key, types.LatestSignerForChainID(m.ChainID()), &types.DynamicFeeTx{
		ChainID: m.ChainID(), Nonce: 2, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 200_000, To: &f.addr, Data: data,
	})
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if err := a.RPC.CallContext(ctx, nil, "anvil_reorg", 3, [][]any{{hexutil.Bytes(raw), 0}}); err != nil {
		t.Fatalf("anvil_reorg: %v", err)
	}
	for range 3 {
		if err := a.RPC.CallContext(ctx, nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case err := <-done:
		if !errors.Is(err, follow.ErrDeepReorg) {
			t.Fatalf("follower ended with %v, want ErrDeepReorg", err)
		}
	case <-ctx.Done():
		t.Fatal("the follower went on after a reorg deeper than its confirmations")
	}
	for _, ev := range c.snapshot() {
		if ev.Value.Note == "other branch" {
			t.Fatal("a log of the new branch was delivered on top of the old one")
		}
	}
}
