package stack_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/audit"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/mediator"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/modulerun"
	"github.com/pond-compute/pond/keepers/provider"
	"github.com/pond-compute/pond/keepers/solver"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Roles by dev account index. The last three form the default mediator committee, as in
// `pond devnet`.
const (
	deployerIdx = 0
	creatorIdx  = 1
	providerIdx = 2
	provider2   = 3
	solverIdx   = 4
	solver2Idx  = 5
	spareIdx    = 6
)

var mediatorIdx = []int{7, 8, 9}

const poll = 50 * time.Millisecond

func milliEther(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether/1000))
}

// world is a devnet with Pond bootstrapped and cowsay published from modules/cowsay.
type world struct {
	t         testing.TB
	ctx       context.Context
	net       *devnet.Devnet
	dep       chain.Deployment
	market    *chain.Market
	creator   *txmgr.Manager
	moduleDir string
	moduleID  uint32
	store     *storage.LocalStore
	wasm      *executor.Wasm
	params    bindings.IPondMarketParams
	log       *zap.Logger
	view      *state.Tracker
}

func newWorld(t *testing.T) *world { return newWorldWith(t, devnet.Config{}, 4*time.Minute) }

// newWorldWith starts the devnet from cfg; the world's context ends after timeout.
func newWorldWith(t testing.TB, cfg devnet.Config, timeout time.Duration) *world {
	t.Helper()
	return newWorldDeployed(t, cfg, devnet.DeployConfig{}, timeout)
}

// newWorldDeployed is newWorldWith with Pond deployed from deploy (the mediators register with
// its minimum bond).
func newWorldDeployed(t testing.TB, cfg devnet.Config, deploy devnet.DeployConfig, timeout time.Duration) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Stop() })
	mgr := func(i int) *txmgr.Manager {
		m, err := txmgr.New(ctx, d.Client(), txmgr.Config{Key: d.Accounts[i].Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	var mediators []chain.Sender
	for _, i := range mediatorIdx {
		mediators = append(mediators, mgr(i))
	}
	dir := filepath.Join(testenv.ModuleRoot(t), "modules", "cowsay")
	if _, err := os.Stat(filepath.Join(dir, "cowsay.wasm")); err != nil {
		t.Fatalf("modules/cowsay is not built (run `make modules`): %v", err)
	}
	req := moduleRequest(t, dir, "cowsay")
	dep, err := devnet.Bootstrap(ctx, mgr(deployerIdx), d.Client(), devnet.BootstrapConfig{Deploy: deploy,
		Mediators: mediators, Modules: []bindings.IModuleRegistryModuleRequest{req},
		TokenHolders: []common.Address{d.Accounts[creatorIdx].Address, d.Accounts[providerIdx].Address},
	})
	if err != nil {
		t.Fatalf("bootstrap: %v", err)
	}
	w := &world{t: t, ctx: ctx, net: d, dep: dep, market: chain.NewMarket(dep.Market), creator: mgr(creatorIdx),
		moduleDir: dir, wasm: executor.NewWasm(), log: zaptest.NewLogger(t, zaptest.Level(zap.InfoLevel))}
	t.Cleanup(func() { _ = w.wasm.Close(context.Background()) })
	if w.moduleID, err = chain.NewModuleRegistry(dep.ModuleRegistry).ModuleID(ctx, d.Client(), "cowsay:v0.0.1"); err != nil {
		t.Fatal(err)
	}
	if w.store, err = storage.NewLocalStore(t.TempDir()); err != nil {
		t.Fatal(err)
	}
	if w.params, err = w.market.Params(ctx, d.Client()); err != nil {
		t.Fatal(err)
	}
	// The test's own view of the market, rebuilt from events like a keeper's, but without an
	// index: nothing leaves its memory, so the tests can read every job's final state.
	if w.view, err = state.NewTracker(state.TrackerConfig{Deployment: dep, Dial: followStatic(d), PollInterval: poll}); err != nil {
		t.Fatal(err)
	}
	if err := w.view.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.view.Stop)
	return w
}

func (w *world) key(i int) *ecdsa.PrivateKey { return w.net.Accounts[i].Key }
func (w *world) addr(i int) common.Address   { return w.net.Accounts[i].Address }

func (w *world) executors(ex executor.Executor) map[string]executor.Executor {
	if ex == nil {
		ex = w.wasm
	}
	return map[string]executor.Executor{module.ExecutorWasm: ex}
}

func (w *world) providerConfig(i int, ex executor.Executor, workDir string) provider.Config {
	base := w.base(i)
	base.IndexPath = filepath.Join(workDir, "index.sqlite") // a restarted provider resumes from it
	return provider.Config{
		Base:  base,
		Store: w.store, Executors: w.executors(ex), ModuleDirs: []string{filepath.Dir(w.moduleDir)}, WorkDir: workDir,
		Capacity: state.Resources{CpuMillis: 2000, RamMiB: 1024, DiskMiB: 1024}, Token: chain.Native,
		AskPrice: milliEther(1), AcceptsDefault: true, Collateral: new(big.Int).Mul(big.NewInt(params.Ether), big.NewInt(1)),
	}
}

// holdDeals sizes cfg's offer and collateral for deals deals at once, and two more: a deal
// holds its capacity and its collateral (2 x the price + the committee's fees) until it is
// finalized.
func (w *world) holdDeals(cfg *provider.Config, deals int) {
	share := uint32(deals + 2)
	cfg.Capacity = state.Resources{CpuMillis: 500 * share, RamMiB: 64 * share, DiskMiB: 16 * share}
	perDeal := state.Collateral(jobPrice, w.params.CollateralBps, uint8(len(mediatorIdx)), w.params.NativeMediatorFee)
	cfg.Collateral = new(big.Int).Mul(perDeal, big.NewInt(int64(share)))
}

// base is the keeper settings of dev account i, with an index of its own.
func (w *world) base(i int) provider.Base {
	return provider.Base{Key: w.key(i), Deployment: w.dep, Chain: w.net.Client(), PollInterval: poll,
		TxPollInterval: 20 * time.Millisecond, IndexPath: filepath.Join(w.t.TempDir(), "index.sqlite"), Logger: w.log}
}

func (w *world) startProvider(cfg provider.Config) *provider.Provider {
	w.t.Helper()
	p, err := provider.New(w.ctx, cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	if err := p.Start(w.ctx); err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = p.Stop(context.Background()) })
	return p
}

// startSolver starts the solver of dev account i, its janitor on, recording into m (nil: none).
// The world's two solvers are one group of janitors taking turns (solver.Config.Janitors):
// solverIdx's address sorts first, so it goes at once and solver2Idx 30 s later.
func (w *world) startSolver(i int, m solver.Metrics) *solver.Solver {
	w.t.Helper()
	return w.startSolverWith(solver.Config{Base: w.base(i), Janitor: true, Metrics: m,
		Janitors: []common.Address{w.addr(solverIdx), w.addr(solver2Idx)}})
}

func (w *world) startSolverWith(cfg solver.Config) *solver.Solver {
	w.t.Helper()
	s, err := solver.New(w.ctx, cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	if err := s.Start(w.ctx); err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = s.Stop(context.Background()) })
	return s
}

func (w *world) startMediator(i int) *mediator.Mediator {
	w.t.Helper()
	return w.startMediatorWith(i, nil)
}

// startMediatorWith starts the mediator of dev account i recording into metrics (nil: none).
func (w *world) startMediatorWith(i int, metrics mediator.Metrics) *mediator.Mediator {
	w.t.Helper()
	m, err := mediator.New(w.ctx, mediator.Config{Base: w.base(i), Store: w.store, Executors: w.executors(nil),
		ModuleDirs: []string{filepath.Dir(w.moduleDir)}, WorkDir: w.t.TempDir(), Metrics: metrics})
	if err != nil {
		w.t.Fatal(err)
	}
	if err := m.Start(w.ctx); err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = m.Stop(context.Background()) })
	return m
}

func (w *world) now() uint64 {
	h, err := w.net.Client().HeaderByNumber(w.ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return h.Time
}

func (w *world) send(m *txmgr.Manager, cand txmgr.Candidate, err error) *types.Receipt {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
	r, err := m.Send(w.ctx, cand)
	if err != nil {
		w.t.Fatalf("send from %s: %v", m.From(), err)
	}
	return r
}

var jobPrice = milliEther(10)

// postJob posts a cowsay job paid with the call and returns its id.
func (w *world) postJob(message string) uint64 {
	w.t.Helper()
	return w.postJobInputs(`{"Message":` + jsonQuote(message) + `}`)
}

func jsonQuote(s string) string {
	b := []byte{'"'}
	for _, r := range s {
		switch r {
		case '"', '\\':
			b = append(b, '\\', byte(r))
		default:
			b = append(b, string(r)...)
		}
	}
	return string(append(b, '"'))
}

// job returns a copy of the job as the test's own event view has it.
func (w *world) job(id uint64) state.Job {
	var j state.Job
	w.view.View(func(m *state.Market) {
		if p := m.Jobs[id]; p != nil {
			j = *p
		}
	})
	return j
}

// waitFor polls cond until it holds; the deadline is generous, nothing here depends on timing.
func (w *world) waitFor(what string, cond func() bool) {
	w.t.Helper()
	deadline := time.After(2 * time.Minute)
	for !cond() {
		select {
		case <-w.ctx.Done():
			w.t.Fatalf("waiting for %s: %v", what, w.ctx.Err())
		case <-deadline:
			w.t.Fatalf("waiting for %s: gave up", what)
		case <-time.After(poll):
		}
	}
}

func (w *world) waitStatus(id uint64, want state.Status) state.Job {
	w.t.Helper()
	w.waitFor("job "+want.String(), func() bool { return w.job(id).Status == want })
	return w.job(id)
}

// advance moves the chain's clock past a deadline.
func (w *world) advance(d time.Duration) {
	w.t.Helper()
	if err := w.net.IncreaseTime(w.ctx, d); err != nil {
		w.t.Fatal(err)
	}
}

// viewAtHead waits until the test's view has applied the chain's head block (it can lag a
// receipt): what it says then includes every transaction mined so far.
func (w *world) viewAtHead(what string) {
	w.t.Helper()
	head := w.head()
	w.waitFor(what, func() bool { return w.view.Block() >= head })
}

func (w *world) balance(who common.Address) *big.Int {
	var b *big.Int
	w.view.View(func(m *state.Market) { b = m.Balance(who, chain.Native) })
	return b
}

// alone runs cowsay outside the market and returns the CID and cow.txt.
func (w *world) alone(message string) (string, string) {
	w.t.Helper()
	m, err := module.Load(w.moduleDir)
	if err != nil {
		w.t.Fatal(err)
	}
	r := &modulerun.Runner{Executors: w.executors(nil)}
	run, err := r.Run(w.ctx, m, module.Inputs{"Message": message}, "", w.t.TempDir())
	if err != nil {
		w.t.Fatal(err)
	}
	out, err := os.ReadFile(filepath.Join(run.OutputsDir, "cow.txt"))
	if err != nil {
		w.t.Fatal(err)
	}
	return run.CID.String(), string(out)
}

// counter counts keeper metrics the tests assert on.
type counter struct {
	mu                       sync.Mutex
	matched, lost, runs, bad int
	gas                      uint64
	txs                      map[string]int
	batchFails               map[string]int // call/reason
	deliveryFees             map[common.Address]*big.Int
}

func newCounter() *counter {
	return &counter{txs: map[string]int{}, batchFails: map[string]int{}, deliveryFees: map[common.Address]*big.Int{}}
}

func (c *counter) DeliveryFeePaid(token common.Address, amount *big.Int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.deliveryFees[token] == nil {
		c.deliveryFees[token] = new(big.Int)
	}
	c.deliveryFees[token].Add(c.deliveryFees[token], amount)
}

// deliveryFee is what the keeper counted of delivery fees paid to it in token.
func (c *counter) deliveryFee(token common.Address) *big.Int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v := c.deliveryFees[token]; v != nil {
		return new(big.Int).Set(v)
	}
	return new(big.Int)
}

func (c *counter) BatchItemFailed(call, reason string) {
	c.mu.Lock()
	c.batchFails[call+"/"+reason]++
	c.mu.Unlock()
}

func (c *counter) JobSeen()                                   {}
func (c *counter) HeadLag(uint64)                             {}
func (c *counter) Synced(bool)                                {}
func (c *counter) StepFailed()                                {}
func (c *counter) Vote(string, string)                        {}
func (c *counter) Deals(int, int, *big.Int)                   {}
func (c *counter) DealEnded(string, common.Address, *big.Int) {}
func (c *counter) DeliveriesDeferred(int)                     {}
func (c *counter) JobMatched()                                { c.mu.Lock(); c.matched++; c.mu.Unlock() }
func (c *counter) RaceLost()                                  { c.mu.Lock(); c.lost++; c.mu.Unlock() }
func (c *counter) JobRun(time.Duration)                       { c.mu.Lock(); c.runs++; c.mu.Unlock() }
func (c *counter) JobFailed()                                 { c.mu.Lock(); c.bad++; c.mu.Unlock() }
func (c *counter) Tx(call, outcome string, gas uint64, _ *big.Int) {
	c.mu.Lock()
	c.txs[call+":"+outcome]++
	c.gas += gas
	c.mu.Unlock()
}
func (c *counter) get(f func(c *counter) int) int { c.mu.Lock(); defer c.mu.Unlock(); return f(c) }

// terms are job id's terms, from its JobPosted log.
func (w *world) terms(id uint64) chain.JobTerms {
	w.t.Helper()
	terms, _, err := state.FetchTerms(w.ctx, w.net.Client(), w.market, 0, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return terms
}

// challenge disputes a submitted result as the creator, paying the mediation fee with the call.
func (w *world) challenge(id uint64) {
	w.t.Helper()
	fee := new(big.Int).Mul(w.params.NativeMediatorFee, big.NewInt(int64(len(mediatorIdx))))
	terms, result, err := state.FetchTerms(w.ctx, w.net.Client(), w.market, 0, id)
	if err != nil {
		w.t.Fatal(err)
	}
	cand, err := w.market.Challenge(new(big.Int).SetUint64(id), terms, result, fee)
	w.send(w.creator, cand, err)
}

// mediatorsEarned checks that each of earners (dev account indexes; all three mediators when
// none are given) earned fee for the last mediation and the other mediators nothing, as the
// registry's earnings() and the test's event view say: their own market balances stay empty,
// the registry's holds all their earnings.
func (w *world) mediatorsEarned(fee *big.Int, earners ...int) {
	w.t.Helper()
	if len(earners) == 0 {
		earners = mediatorIdx
	}
	w.viewAtHead("the view to apply the settlement")
	reg := chain.NewMediatorRegistry(w.dep.MediatorRegistry)
	total := new(big.Int)
	for _, i := range mediatorIdx {
		want := new(big.Int)
		if slices.Contains(earners, i) {
			want = fee
		}
		got, err := reg.Earnings(w.ctx, w.net.Client(), w.addr(i), chain.Native)
		if err != nil {
			w.t.Fatal(err)
		}
		var seen *big.Int
		w.view.View(func(m *state.Market) { seen = m.Mediators[w.addr(i)].Earned(chain.Native) })
		if got.Cmp(want) != 0 || seen.Cmp(want) != 0 {
			w.t.Fatalf("mediator %d earned %s (events: %s), want %s", i, got, seen, want)
		}
		if b := w.balance(w.addr(i)); b.Sign() != 0 {
			w.t.Fatalf("mediator %d has %s on its own market balance: its fee is the registry's to pay", i, b)
		}
		total.Add(total, want)
	}
	if got := w.balance(w.dep.MediatorRegistry); got.Cmp(total) != 0 {
		w.t.Fatalf("the registry's market balance %s, want the mediators' earnings %s", got, total)
	}
}

// withdrawEarnings has each mediator withdraw its earnings (fee) to a wallet of its own, as
// `pond mediator withdraw-earnings --to` does: the wallet receives the fee, the earnings and
// the registry's balance are spent.
func (w *world) withdrawEarnings(fee *big.Int) {
	w.t.Helper()
	for k, i := range mediatorIdx {
		m, err := txmgr.New(w.ctx, w.net.Client(), txmgr.Config{Key: w.key(i), PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
		if err != nil {
			w.t.Fatal(err)
		}
		cl, err := client.New(client.Config{Deployment: w.dep, Backend: w.net.Client(), Sender: m})
		if err != nil {
			w.t.Fatal(err)
		}
		wallet := common.BigToAddress(big.NewInt(int64(0xea2700 + k)))
		paid, _, err := cl.WithdrawEarnings(w.ctx, chain.Native, wallet)
		if err != nil {
			w.t.Fatalf("mediator %d withdraws its earnings: %v", i, err)
		}
		got, err := w.net.Client().BalanceAt(w.ctx, wallet, nil)
		if err != nil {
			w.t.Fatal(err)
		}
		if paid.Cmp(fee) != 0 || got.Cmp(fee) != 0 {
			w.t.Fatalf("mediator %d withdrew %s, its wallet holds %s; want %s", i, paid, got, fee)
		}
	}
	w.viewAtHead("the view to apply the withdrawals")
	if got := w.balance(w.dep.MediatorRegistry); got.Sign() != 0 {
		w.t.Fatalf("the registry's market balance %s after every mediator withdrew", got)
	}
}

func (w *world) head() uint64 {
	w.t.Helper()
	h, err := w.net.Client().HeaderByNumber(w.ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return h.Number.Uint64()
}

// audit runs `pond audit` on the market after a scenario: every balance, job, deal, offer,
// mediation and bond rebuilt from events equals the getters, each token's books equal what the
// market holds, and (with the build in out/) the deployed code is the build's.
func (w *world) audit() *audit.Report {
	w.t.Helper()
	x, err := index.Open(filepath.Join(w.t.TempDir(), "audit.sqlite"), w.dep)
	if err != nil {
		w.t.Fatal(err)
	}
	defer x.Close()
	head, err := w.net.Client().HeaderByNumber(w.ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := x.Sync(w.ctx, index.SyncConfig{Dial: followStatic(w.net), Head: head.Number.Uint64()}); err != nil {
		w.t.Fatal(err)
	}
	out := filepath.Join(testenv.ModuleRoot(w.t), "out")
	if _, err := os.Stat(filepath.Join(out, "PondMarket.sol", "PondMarket.json")); err != nil {
		if testenv.CI() {
			w.t.Fatalf("no build to compare the deployed code with under CI=true: %v", err)
		}
		w.t.Logf("no build in %s (make build): the audit does not compare the deployed code", out)
		out = ""
	}
	r, err := audit.Run(w.ctx, audit.Config{Deployment: w.dep, Chain: w.net.Client(), Index: x, Artifacts: out})
	if err != nil {
		w.t.Fatal(err)
	}
	if !r.OK {
		var text strings.Builder
		r.WriteText(&text)
		w.t.Fatalf("the market fails its audit:\n%s", text.String())
	}
	if r.Checked.Jobs == 0 || r.Checked.Balances == 0 {
		w.t.Fatalf("the audit checked nothing: %+v", r.Checked)
	}
	return r
}

func (c *counter) gasUsed() uint64 { c.mu.Lock(); defer c.mu.Unlock(); return c.gas }

// moduleRequest publishes the module in dir as name:v0.0.1 with cowsay's resources and defaults.
func moduleRequest(t testing.TB, dir, name string) bindings.IModuleRegistryModuleRequest {
	t.Helper()
	hash, id, err := module.SpecHash(dir)
	if err != nil {
		t.Fatal(err)
	}
	return bindings.IModuleRegistryModuleRequest{
		Name: name, Version: "v0.0.1", SpecHash: hash, SpecUri: "ipfs://" + id.String(),
		Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16},
		// Generous: every block of the simulated chain moves its clock by at least a second.
		DefaultRunTime: 3600, PrimaryInput: "Message", DefaultSolverFee: milliEther(1),
	}
}

// publish publishes the module in dir as name:v0.0.1 from the creator's account (moduleRequest)
// and returns its id.
func (w *world) publish(dir, name string) uint32 {
	w.t.Helper()
	registry := chain.NewModuleRegistry(w.dep.ModuleRegistry)
	cand, err := registry.Publish(moduleRequest(w.t, dir, name))
	w.send(w.creator, cand, err)
	moduleID, err := registry.ModuleID(w.ctx, w.net.Client(), name+":v0.0.1")
	if err != nil {
		w.t.Fatal(err)
	}
	return moduleID
}

// txSummary lists the transactions counted, by call and outcome.
func (c *counter) txSummary() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	keys := slices.Sorted(maps.Keys(c.txs))
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, c.txs[k]))
	}
	return strings.Join(parts, ", ")
}
