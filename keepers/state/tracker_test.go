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

// `pond devnet` started afresh deploys Pond at the same addresses on chain 31337: an index left
// by the previous devnet (further along, with a deposit the new chain never saw) must not be
// taken for this chain's. The view finds that its last block is not the node's, rebuilds from
// the deployment block and reads the new chain's market.
func TestAnIndexOfAnEarlierDevnetIsRebuiltNotTrusted(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	path := filepath.Join(t.TempDir(), "index.sqlite")
	start := func() (*devnet.Devnet, chain.Deployment, *txmgr.Manager) {
		d, err := devnet.Start(ctx, devnet.Config{Accounts: 2})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { d.Stop() })
		deployer, err := txmgr.New(ctx, d.Client(), txmgr.Config{Key: d.Accounts[0].Key, PollInterval: 10 * time.Millisecond, Errors: chain.Errors()})
		if err != nil {
			t.Fatal(err)
		}
		dep, err := devnet.Bootstrap(ctx, deployer, d.Client(), devnet.BootstrapConfig{})
		if err != nil {
			t.Fatal(err)
		}
		user, err := txmgr.New(ctx, d.Client(), txmgr.Config{Key: d.Accounts[1].Key, PollInterval: 10 * time.Millisecond, Errors: chain.Errors()})
		if err != nil {
			t.Fatal(err)
		}
		return d, dep, user
	}
	follow := func(d *devnet.Devnet, dep chain.Deployment) (*state.Tracker, *index.Index) {
		x, err := index.Open(path, dep)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := state.NewTracker(state.TrackerConfig{Deployment: dep, Dial: follow.Static(d.Client()), Store: x, PollInterval: 5 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		if err := tr.Start(ctx); err != nil {
			t.Fatal(err)
		}
		return tr, x
	}
	waitHead := func(d *devnet.Devnet, tr *state.Tracker) {
		head, err := d.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := tr.WaitBlock(ctx, head.Number.Uint64()); err != nil {
			t.Fatal(err)
		}
	}

	// The first devnet: a deposit, and a few more blocks than the second will have.
	first, dep1, user1 := start()
	cand, err := chain.NewMarket(dep1.Market).Deposit(chain.Native, big.NewInt(777))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := user1.Send(ctx, cand); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if _, err := first.Mine(ctx); err != nil {
			t.Fatal(err)
		}
	}
	tr, x := follow(first, dep1)
	waitHead(first, tr)
	tr.Stop()
	x.Close()
	first.Stop()

	// The second devnet: the same addresses, no deposit.
	second, dep2, _ := start()
	if dep2.Market != dep1.Market || dep2.DeployBlock != dep1.DeployBlock {
		t.Skipf("the devnets deploy differently (%s@%d, %s@%d): nothing to mistake", dep1.Market, dep1.DeployBlock, dep2.Market, dep2.DeployBlock)
	}
	tr, x = follow(second, dep2)
	defer x.Close()
	defer tr.Stop()
	deadline := time.After(time.Minute)
	for tr.Rebuilds() == 0 {
		if err := tr.Err(); err != nil {
			t.Fatalf("the view stopped instead of rebuilding: %v", err)
		}
		select {
		case <-deadline:
			t.Fatalf("the earlier devnet's index was trusted: no rebuild (view at %d)", tr.Block())
		case <-time.After(10 * time.Millisecond):
		}
	}
	if _, err := second.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	waitHead(second, tr)
	var b *big.Int
	tr.View(func(m *state.Market) { b = m.Balance(first.Accounts[1].Address, chain.Native) })
	if b.Sign() != 0 {
		t.Fatalf("the view holds the earlier devnet's deposit: %s", b)
	}
}
