package client_test

import (
	"context"
	"crypto/ecdsa"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// TestRun_withTheRealKeepers runs cowsay (the WASM module of modules/cowsay) through the real
// solver, provider and mediators of keepers/stack, as `pond run` does against `pond devnet`.
func TestRun_withTheRealKeepers(t *testing.T) {
	dir := filepath.Join(testenv.ModuleRoot(t), "modules", "cowsay")
	if _, err := os.Stat(filepath.Join(dir, "cowsay.wasm")); err != nil {
		testenv.Unavailable(t, "modules/cowsay built by `make modules`", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Stop()
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
	defer wasm.Close(context.Background())
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
	defer keepers.Stop(context.Background())

	cl, err := client.New(client.Config{Deployment: d, Backend: net.Client(), Sender: mgr(1), Store: store, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, net: net, client: cl}
	out := filepath.Join(t.TempDir(), "cow")
	r := e.start("cowsay:v0.0.1", nil, client.RunOptions{PrimaryInput: "moo from the market", Price: milliEther(10), OutputDir: out})
	r.waitStage(client.StageSubmitted)
	mp, err := chain.NewMarket(d.Market).Params(ctx, net.Client())
	if err != nil {
		t.Fatal(err)
	}
	e.advance(time.Duration(mp.ChallengeWindow+1) * time.Second)
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
