package client_test

import (
	"context"
	"crypto/ecdsa"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/stack"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// keeperWorld is a devnet with cowsay (modules/cowsay) published and the real solver, provider
// and mediators of keepers/stack running, and a client for dev account 1.
type keeperWorld struct {
	*env
	mgr func(i int) *txmgr.Manager
}

func newKeeperWorld(t *testing.T) *keeperWorld {
	t.Helper()
	dir := filepath.Join(testenv.ModuleRoot(t), "modules", "cowsay")
	if _, err := os.Stat(filepath.Join(dir, "cowsay.wasm")); err != nil {
		testenv.Unavailable(t, "modules/cowsay built by `make modules`", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	net, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net.Stop() })
	mgr := func(i int) *txmgr.Manager {
		m, err := txmgr.New(ctx, net.Client(), txmgr.Config{Key: net.Accounts[i].Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	hash, specCID, err := module.SpecHash(dir)
	if err != nil {
		t.Fatal(err)
	}
	d, err := devnet.Bootstrap(ctx, mgr(0), net.Client(), devnet.BootstrapConfig{
		Mediators: []chain.Sender{mgr(7), mgr(8), mgr(9)},
		Modules: []bindings.IModuleRegistryModuleRequest{{
			Name: "cowsay", Version: "v0.0.1", SpecHash: hash, SpecUri: "ipfs://" + specCID.String(),
			Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16},
			// Generous: every block of the simulated chain moves its clock by at least a second.
			DefaultRunTime: 3600, PrimaryInput: "Message", DefaultSolverFee: milliEther(1),
		}},
	})
	if err != nil {
		t.Fatalf("bootstrap: %v", err)
	}
	store, err := storage.NewLocalStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	wasm := executor.NewWasm()
	t.Cleanup(func() { _ = wasm.Close(context.Background()) })
	keys := func(idx ...int) []*ecdsa.PrivateKey {
		var out []*ecdsa.PrivateKey
		for _, i := range idx {
			out = append(out, net.Accounts[i].Key)
		}
		return out
	}
	keepers, err := stack.Start(ctx, stack.Config{
		Deployment: d, Chain: net.Client(), SolverKey: net.Accounts[4].Key,
		ProviderKeys: keys(2), MediatorKeys: keys(7, 8, 9),
		Store: store, Executors: map[string]executor.Executor{module.ExecutorWasm: wasm},
		ModuleDirs: []string{filepath.Dir(dir)}, WorkDir: t.TempDir(),
		PollInterval: 50 * time.Millisecond, TxPollInterval: 20 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = keepers.Stop(context.Background()) })

	cl, err := client.New(client.Config{Deployment: d, Backend: net.Client(), Sender: mgr(1), Store: store, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	mp, err := chain.NewMarket(d.Market).Params(ctx, net.Client())
	if err != nil {
		t.Fatal(err)
	}
	return &keeperWorld{env: &env{t: t, ctx: ctx, net: net, d: d, market: chain.NewMarket(d.Market), client: cl, store: store, params: mp}, mgr: mgr}
}

// TestRun_withTheRealKeepers runs cowsay (the WASM module of modules/cowsay) through the real
// solver, provider and mediators of keepers/stack, as `pond run` does against `pond devnet`.
func TestRun_withTheRealKeepers(t *testing.T) {
	w := newKeeperWorld(t)
	e, net := w.env, w.net
	out := filepath.Join(t.TempDir(), "cow")
	r := e.start("cowsay:v0.0.1", nil, client.RunOptions{PrimaryInput: "moo from the market", Price: milliEther(10), OutputDir: out})
	r.waitStage(client.StageSubmitted)
	e.advance(time.Duration(e.params.ChallengeWindow+1) * time.Second)
	res, err := r.wait()
	if err != nil {
		t.Fatalf("run through the keepers: %v (progress %q)", err, r.messages)
	}
	data, err := os.ReadFile(filepath.Join(res.Dir, "cow.txt"))
	if err != nil || !strings.Contains(string(data), "moo from the market") {
		t.Fatalf("cow.txt = %q, %v", data, err)
	}
	if res.Provider != net.Accounts[2].Address {
		t.Fatalf("provider %s, want the stack's %s", res.Provider, net.Accounts[2].Address)
	}
}

// TestRunMany_postsInOneTransaction: several primary input values post one job each in a single
// postJobs, paid from the Pond balance after one deposit of the whole shortfall; the real
// keepers run them and each result is downloaded to <output>/<jobId>.
func TestRunMany_postsInOneTransaction(t *testing.T) {
	w := newKeeperWorld(t)
	values := []string{"moo one", "moo two", "moo three"}
	out := filepath.Join(t.TempDir(), "cows")
	var mu sync.Mutex
	submitted := map[string]bool{}
	var deposits []string
	type outcome struct {
		res  []*client.Result
		errs []error
		err  error
	}
	done := make(chan outcome, 1)
	go func() {
		res, errs, err := w.client.RunMany(w.ctx, "cowsay:v0.0.1", nil, values, client.RunOptions{Price: milliEther(10), OutputDir: out,
			Progress: func(p client.Progress) {
				mu.Lock()
				defer mu.Unlock()
				if p.Stage == client.StageSubmitted && p.JobID != nil {
					submitted[p.JobID.String()] = true
				}
				if p.Stage == client.StagePaying {
					deposits = append(deposits, p.Message)
				}
			}})
		done <- outcome{res, errs, err}
	}()
	for {
		mu.Lock()
		n := len(submitted)
		mu.Unlock()
		if n == len(values) {
			break
		}
		select {
		case o := <-done:
			t.Fatalf("RunMany ended before every result was submitted: %v %v", o.errs, o.err)
		case <-w.ctx.Done():
			t.Fatalf("results submitted: %v", submitted)
		case <-time.After(20 * time.Millisecond):
		}
	}
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	var o outcome
	select {
	case o = <-done:
	case <-w.ctx.Done():
		t.Fatal("RunMany never ended")
	}
	if o.err != nil {
		t.Fatal(o.err)
	}
	posts := map[common.Hash]bool{}
	for i, v := range values {
		if o.errs[i] != nil {
			t.Fatalf("job for %q: %v", v, o.errs[i])
		}
		res := o.res[i]
		if res.Dir != filepath.Join(out, res.JobID.String()) {
			t.Fatalf("job %s written to %s, want %s", res.JobID, res.Dir, filepath.Join(out, res.JobID.String()))
		}
		data, err := os.ReadFile(filepath.Join(res.Dir, "cow.txt"))
		if err != nil || !strings.Contains(string(data), v) {
			t.Fatalf("job %s: cow.txt = %q, %v; want %q", res.JobID, data, err, v)
		}
		for _, l := range w.jobLogs(res.JobID.Uint64()) {
			if ev, err := bindings.NewPondMarket().UnpackJobPostedEvent(&l); err == nil && ev.JobId.Cmp(res.JobID) == 0 {
				posts[l.TxHash] = true
			}
		}
	}
	if len(posts) != 1 {
		t.Fatalf("the %d jobs were posted by %d transactions, want one postJobs", len(values), len(posts))
	}
	// The balance was empty: one deposit of the three jobs' price + solver fee.
	if len(deposits) != 1 || !strings.Contains(deposits[0], "Depositing 0.033 ETH to pay 0.033 ETH for 3 jobs") {
		t.Fatalf("deposits reported %q", deposits)
	}
}
