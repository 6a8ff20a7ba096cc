package state_test

import (
	"bytes"
	"context"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// A reorg deeper than the confirmation depth takes away a block whose events the view (and
// its index) applied: the view rebuilds from the deployment block and ends up equal to an
// index built from scratch on the new chain.
func TestDeepReorgRebuildsTheViewAndItsIndex(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Stop()
	mgr := func(i int) *txmgr.Manager {
		m, err := txmgr.New(ctx, d.Client(), txmgr.Config{Key: d.Accounts[i].Key, PollInterval: 10 * time.Millisecond, Errors: chain.Errors()})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	dep, err := devnet.Bootstrap(ctx, mgr(0), d.Client(), devnet.BootstrapConfig{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := index.Open(filepath.Join(t.TempDir(), "index.sqlite"), dep)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	tr, err := state.NewTracker(state.TrackerConfig{Deployment: dep, Dial: follow.Static(d.Client()), Store: x, PollInterval: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer tr.Stop()

	user := d.Accounts[1].Address
	market := chain.NewMarket(dep.Market)
	before, err := d.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	cand, err := market.Deposit(chain.Native, big.NewInt(12345))
	if err != nil {
		t.Fatal(err)
	}
	r, err := mgr(1).Send(ctx, cand)
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.WaitBlock(ctx, r.BlockNumber.Uint64()); err != nil {
		t.Fatal(err)
	}
	balance := func() *big.Int {
		var b *big.Int
		tr.View(func(m *state.Market) { b = m.Balance(user, chain.Native) })
		return b
	}
	if balance().Int64() != 12345 {
		t.Fatalf("deposit not seen: %s", balance())
	}

	// The deposit's block goes away: the chain forks from the block before it and grows past it.
	if err := d.Do(ctx, func(b *simulated.Backend) error { return b.Fork(before.Hash()) }); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := d.Mine(ctx); err != nil {
			t.Fatal(err)
		}
	}
	head, err := d.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.After(time.Minute)
	for tr.Rebuilds() == 0 || tr.Block() < head.Number.Uint64() {
		if err := tr.Err(); err != nil {
			t.Fatalf("the view stopped instead of rebuilding: %v", err)
		}
		select {
		case <-deadline:
			t.Fatalf("no rebuild after the deep reorg (rebuilds %d, view at %d, head %d)", tr.Rebuilds(), tr.Block(), head.Number)
		case <-time.After(10 * time.Millisecond):
		}
	}
	// (The node puts the dropped deposit back in its pool, so the new chain may hold it again.)
	onChain, err := market.BalanceOf(ctx, d.Client(), user, chain.Native)
	if err != nil {
		t.Fatal(err)
	}
	if b := balance(); b.Cmp(onChain) != 0 {
		t.Fatalf("after the reorg the view says %s, the market %s", b, onChain)
	}

	// The rebuilt index equals one built from scratch on the new chain.
	fresh, err := index.Open(filepath.Join(t.TempDir(), "fresh.sqlite"), dep)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	tr2, err := state.NewTracker(state.TrackerConfig{Deployment: dep, Dial: follow.Static(d.Client()), Store: fresh, PollInterval: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := tr2.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer tr2.Stop()
	if err := tr2.WaitBlock(ctx, head.Number.Uint64()); err != nil {
		t.Fatal(err)
	}
	if err := tr.WaitBlock(ctx, head.Number.Uint64()); err != nil {
		t.Fatal(err)
	}
	tr.Stop()
	tr2.Stop()
	var a, b bytes.Buffer
	if err := x.Dump(&a); err != nil {
		t.Fatal(err)
	}
	if err := fresh.Dump(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatalf("the rebuilt index differs from a fresh one:\n%s\n----\n%s", a.String(), b.String())
	}
}
