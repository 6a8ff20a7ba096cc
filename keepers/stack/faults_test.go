package stack_test

// Fault tests: the keepers face a module that fails on its inputs, a content store and a
// Docker engine that go away during a run and during a mediation, and a JSON-RPC endpoint that
// refuses ranges, hangs, drops connections and answers 5xx. In each, an honest network's
// outcome: no wrong vote, no lost deal, no transaction sent twice.

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/moby/moby/client"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/ethrpc"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/mediator"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/provider"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/testenv/faultrpc"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// postJobInputs posts a cowsay job with raw inputs, paid with the call, and returns its id.
func (w *world) postJobInputs(inputs string) uint64 {
	w.t.Helper()
	return w.postJobRunTime(inputs, 3600)
}

// postJobRunTime posts a cowsay job with inputs that its provider must run within runTime
// seconds of the match.
func (w *world) postJobRunTime(inputs string, runTime uint32) uint64 {
	w.t.Helper()
	return w.postJobAs(w.creator, inputs, runTime)
}

// postJobAs posts a cowsay job from creator (postJobRunTime).
func (w *world) postJobAs(creator *txmgr.Manager, inputs string, runTime uint32) uint64 {
	w.t.Helper()
	fee := milliEther(1)
	cand, err := w.market.PostJob(bindings.IPondMarketJobRequest{
		ModuleId: w.moduleID, Token: chain.Native, Price: jobPrice, SolverFee: fee,
		Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, RunTime: runTime,
		Expiry: new(big.Int).SetUint64(w.now() + 7200), Inputs: inputs,
	}, new(big.Int).Add(jobPrice, fee))
	r := w.send(creator, cand, err)
	for _, l := range r.Logs {
		if ev, err := bindings.NewPondMarket().UnpackJobPostedEvent(l); err == nil {
			return ev.JobId.Uint64()
		}
	}
	w.t.Fatal("postJob emitted no JobPosted")
	return 0
}

// mediatorWith starts mediator i with its store, executors and module directories.
func (w *world) mediatorWith(i int, store storage.Store, ex map[string]executor.Executor, moduleDirs []string, m mediator.Metrics) *mediator.Mediator {
	w.t.Helper()
	md, err := mediator.New(w.ctx, mediator.Config{Base: w.base(i), Store: store, Executors: ex, ModuleDirs: moduleDirs,
		WorkDir: w.t.TempDir(), Metrics: m})
	if err != nil {
		w.t.Fatal(err)
	}
	if err := md.Start(w.ctx); err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = md.Stop(context.Background()) })
	return md
}

// mediation returns the job's mediation as the test's view has it.
func (w *world) mediation(id uint64) state.Mediation {
	var out state.Mediation
	w.view.View(func(m *state.Market) {
		if med := m.Mediations[id]; med != nil {
			out = *med
			out.Commitments = map[common.Address][32]byte{}
			out.Reveals = map[common.Address]uint8{}
			for a, c := range med.Commitments {
				out.Commitments[a] = c
			}
			for a, r := range med.Reveals {
				out.Reveals[a] = r
			}
		}
	})
	return out
}

// decideChallenge moves the clock through the commit and reveal phases once every mediator
// committed and revealed, and waits for the verdict.
func (w *world) decideChallenge(id uint64, want state.Status) {
	w.t.Helper()
	w.waitFor("every commitment", func() bool { return len(w.mediation(id).Commitments) == len(mediatorIdx) })
	w.waitFor("every reveal", func() bool { return len(w.mediation(id).Reveals) == len(mediatorIdx) })
	for a, v := range w.mediation(id).Reveals {
		if v != chain.VoteProviderRight {
			w.t.Errorf("mediator %x voted %d (not ProviderRight) on the honest provider", a, v)
		}
	}
	w.waitStatus(id, want)
}

// TestModuleFailureIsAResult: inputs that make the module fail cost the provider nothing: it
// submits the failure record, the mediators reproduce it, the challenge fails and it is paid.
func TestModuleFailureIsAResult(t *testing.T) {
	w := newWorld(t)
	for _, i := range mediatorIdx {
		w.startMediator(i)
	}
	w.startSolver(solverIdx, nil)
	pm := newCounter()
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	cfg.Metrics = pm
	p := w.startProvider(cfg)

	// cowsay needs a Message; these inputs do not render into a spec.
	id := w.postJobInputs(`{"Greeting":"moo"}`)
	j := w.waitStatus(id, state.StatusSubmitted)
	record := filepath.Join(t.TempDir(), "record")
	if err := executor.BadInput().Write(record); err != nil {
		t.Fatal(err)
	}
	want, err := storage.DirCID(record)
	if err != nil {
		t.Fatal(err)
	}
	if j.ResultCID != want.String() {
		t.Fatalf("submitted %s, the bad-input failure record is %s", j.ResultCID, want)
	}
	w.challenge(id)
	w.decideChallenge(id, state.StatusAccepted)
	if got, want := w.balance(p.Address()), new(big.Int).Add(big.NewInt(1e18), jobPrice); got.Cmp(want) != 0 {
		t.Fatalf("provider escrow %s, want its collateral and the price %s", got, want)
	}
	if n := pm.get(func(c *counter) int { return c.txs["submitResult:ok"] }); n != 1 {
		t.Fatalf("submitResult sent %d times", n)
	}
	w.audit()
}

// TestMediatorWithoutTheModuleVotesCannotRun: a committee member that cannot fetch the module
// (no store, no module directory) retries until the commit deadline comes near, then commits
// and reveals CannotRun in time: it is neither paid nor slashed, and the two members who ran
// the deal decide it for the provider, who gets the fee the third member did not earn.
func TestMediatorWithoutTheModuleVotesCannotRun(t *testing.T) {
	w := newWorld(t)
	w.startMediator(mediatorIdx[0])
	w.startMediator(mediatorIdx[1])
	blind := newCounter()
	w.mediatorWith(mediatorIdx[2], nil, w.executors(nil), nil, blind)
	w.startSolver(solverIdx, nil)
	p := w.startProvider(w.providerConfig(providerIdx, nil, t.TempDir()))

	id := w.postJob("moo, unseen")
	w.waitStatus(id, state.StatusSubmitted)
	w.challenge(id)
	w.waitFor("two commitments and a re-run that could not fetch the module", func() bool {
		return len(w.mediation(id).Commitments) == 2 && blind.get(func(c *counter) int { return c.bad }) > 0
	})
	if n := blind.get(func(c *counter) int { return c.txs["commitVote:ok"] }); n != 0 {
		t.Fatalf("the member without the module committed %d votes with the deadline far", n)
	}
	// A minute before the commit deadline: it says it cannot run the deal.
	w.advance(time.Duration(w.mediation(id).CommitDeadline-w.now()-60) * time.Second)
	w.waitFor("three commitments", func() bool { return len(w.mediation(id).Commitments) == 3 })
	w.waitStatus(id, state.StatusAccepted)
	blindAddr := w.addr(mediatorIdx[2])
	var votes map[common.Address]uint8
	var slashed *big.Int
	w.view.View(func(m *state.Market) { slashed = new(big.Int).Set(m.Mediators[blindAddr].Slashed) })
	evs, err := w.net.Client().FilterLogs(w.ctx, ethereum.FilterQuery{Addresses: []common.Address{w.dep.MediatorRegistry}})
	if err != nil {
		t.Fatal(err)
	}
	votes = map[common.Address]uint8{}
	for _, l := range evs {
		if ev, err := bindings.NewMediatorRegistry().UnpackVoteRevealedEvent(&l); err == nil && ev.JobId.Uint64() == id {
			votes[ev.Mediator] = ev.Vote
		}
	}
	for i, a := range []common.Address{w.addr(mediatorIdx[0]), w.addr(mediatorIdx[1]), blindAddr} {
		want := chain.VoteProviderRight
		if i == 2 {
			want = chain.VoteCannotRun
		}
		if votes[a] != want {
			t.Errorf("mediator %d revealed %d, want %d", i, votes[a], want)
		}
	}
	fee := w.params.NativeMediatorFee
	if slashed.Sign() != 0 {
		t.Errorf("the member that could not run was slashed %s", slashed)
	}
	// The two who ran it earned their fee; the one that could not, nothing.
	w.mediatorsEarned(fee, mediatorIdx[:2]...)
	// The provider keeps its 1 ether, earns the price and the fee nobody earned.
	want := new(big.Int).Add(big.NewInt(1e18), jobPrice)
	if got := w.balance(p.Address()); got.Cmp(want.Add(want, fee)) != 0 {
		t.Fatalf("provider escrow %s, want %s", got, want)
	}
	w.audit()
}

// outage runs a deal and its mediation while a service the keepers need is cut: the provider
// retries until it is back and submits the right result once; the mediators vote only after
// they could re-run, all for the provider.
func outage(t *testing.T, w *world, cut *testenv.Cuttable, providerCfg func(*counter) provider.Config, mediators func(i int, m *counter)) {
	t.Helper()
	pm := newCounter()
	p := w.startProvider(providerCfg(pm))
	mms := map[int]*counter{}
	for _, i := range mediatorIdx {
		mms[i] = newCounter()
		mediators(i, mms[i])
	}
	w.startSolver(solverIdx, nil)

	cut.Cut()
	id := w.postJob("moo through an outage")
	w.waitFor("the provider to fail on the outage", func() bool { return pm.get(func(c *counter) int { return c.bad }) >= 1 })
	if st := w.job(id).Status; st != state.StatusMatched {
		t.Fatalf("job %s during the outage, want Matched", st)
	}
	cut.Restore(t)
	j := w.waitStatus(id, state.StatusSubmitted)
	if want, _ := w.alone("moo through an outage"); j.ResultCID != want {
		t.Fatalf("submitted %s after the outage, the module gives %s", j.ResultCID, want)
	}

	cut.Cut()
	w.challenge(id)
	w.waitFor("a mediator to fail on the outage", func() bool {
		for _, m := range mms {
			if m.get(func(c *counter) int { return c.bad }) > 0 {
				return true
			}
		}
		return false
	})
	if n := len(w.mediation(id).Commitments); n != 0 {
		t.Fatalf("%d votes committed while no mediator could re-run the deal", n)
	}
	cut.Restore(t)
	w.decideChallenge(id, state.StatusAccepted)
	if n := pm.get(func(c *counter) int { return c.txs["submitResult:ok"] }); n != 1 {
		t.Fatalf("submitResult sent %d times", n)
	}
	for i, m := range mms {
		if n := m.get(func(c *counter) int { return c.txs["commitVote:ok"] }); n != 1 {
			t.Errorf("mediator %d committed %d times", i, n)
		}
	}
	if got, want := w.balance(p.Address()), new(big.Int).Add(big.NewInt(1e18), jobPrice); got.Cmp(want) != 0 {
		t.Fatalf("provider escrow %s, want %s", got, want)
	}
	w.audit()
}

func TestKuboOutageDuringRunAndMediation(t *testing.T) {
	kubo := testenv.StartKubo(t)
	w := newWorld(t)
	cut := testenv.CutTCP(t, kubo.API)
	store := storage.NewKuboStore(cut.Addr())
	// The mediators have no module directory: they fetch cowsay from Kubo by its CID.
	if c, err := storage.NewKuboStore(kubo.API).Put(w.ctx, w.moduleDir); err != nil {
		t.Fatal(err)
	} else if h, _ := module.Hash(w.moduleDir); !c.Equals(h) {
		t.Fatalf("Kubo stores the module as %s, its hash is %s", c, h)
	}
	outage(t, w, cut, func(m *counter) provider.Config {
		cfg := w.providerConfig(providerIdx, nil, t.TempDir())
		cfg.Store, cfg.Metrics = store, m
		return cfg
	}, func(i int, m *counter) {
		w.mediatorWith(i, store, w.executors(nil), nil, m)
	})
}

func TestDockerOutageDuringRunAndMediation(t *testing.T) {
	sock := os.Getenv("POND_TEST_DOCKER_SOCKET")
	if sock == "" {
		sock = "/var/run/docker.sock"
	}
	if _, err := executor.NewDocker(context.Background()); err != nil {
		testenv.Unavailable(t, "a Docker engine", err)
	}
	w := newWorld(t)
	// The keepers' engine client goes through a socket this test can cut; the shared dockerd
	// is never stopped.
	cut := testenv.CutUnix(t, sock)
	api, err := client.New(client.WithHost("unix://" + cut.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = api.Close() })
	docker := map[string]executor.Executor{module.ExecutorDocker: executor.NewDockerWithAPI(api)}
	outage(t, w, cut, func(m *counter) provider.Config {
		cfg := w.providerConfig(providerIdx, nil, t.TempDir())
		cfg.Executors, cfg.Metrics = docker, m
		return cfg
	}, func(i int, m *counter) {
		w.mediatorWith(i, w.store, docker, []string{filepath.Dir(w.moduleDir)}, m)
	})
}

// TestKeepersThroughFaultyRPC: every keeper reads and sends through a JSON-RPC endpoint that
// refuses wide eth_getLogs ranges in Alchemy's words, hangs calls, drops connections and
// answers 502 in bursts; the deal and its challenge end as on a healthy node.
func TestKeepersThroughFaultyRPC(t *testing.T) {
	w := newWorld(t)
	px := faultrpc.Start(t, w.net.HTTPURL)
	px.LimitLogRange(3, faultrpc.WordingNamed("alchemy"))
	rpcCfg := ethrpc.Config{CallTimeout: 2 * time.Second}
	node, err := ethrpc.Dial(w.ctx, px.URL(), rpcCfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(node.Close)
	dial := follow.DialURL(px.URL(), rpcCfg)

	pm := newCounter()
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	cfg.Chain, cfg.Dial, cfg.Metrics = node, dial, pm
	p := w.startProvider(cfg)
	for _, i := range mediatorIdx {
		base := w.base(i)
		base.Chain, base.Dial = node, dial
		md, err := mediator.New(w.ctx, mediator.Config{Base: base, Store: w.store, Executors: w.executors(nil),
			ModuleDirs: []string{filepath.Dir(w.moduleDir)}, WorkDir: t.TempDir()})
		if err != nil {
			t.Fatal(err)
		}
		if err := md.Start(w.ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = md.Stop(context.Background()) })
	}
	w.startSolver(solverIdx, nil)

	faults := []func(){
		func() { px.ServerErrors(6, http.StatusBadGateway) },
		func() { px.DropConnections(4) },
		func() { px.Hang("eth_getLogs", 2) },
		func() { px.Hang("eth_getTransactionReceipt", 2) },
	}
	id := w.postJob("moo over a bad line")
	for _, f := range faults[:2] {
		f()
	}
	w.waitStatus(id, state.StatusSubmitted)
	for _, f := range faults[2:] {
		f()
	}
	w.challenge(id)
	w.decideChallenge(id, state.StatusAccepted)
	if px.Injected() == 0 || px.Refused("eth_getLogs") == 0 {
		t.Fatalf("faults injected %d, ranges refused %d: the test proves nothing", px.Injected(), px.Refused("eth_getLogs"))
	}
	if n := pm.get(func(c *counter) int { return c.txs["submitResult:ok"] }); n != 1 {
		t.Fatalf("submitResult sent %d times", n)
	}
	if got, want := w.balance(p.Address()), new(big.Int).Add(big.NewInt(1e18), jobPrice); got.Cmp(want) != 0 {
		t.Fatalf("provider escrow %s, want %s", got, want)
	}
	w.audit()
}

// unserved is an executor that can never get what a deal needs (the inputs' CID is served by
// nobody): every attempt is an infrastructure error, never a failure record.
type unserved struct{}

func (unserved) Run(context.Context, executor.Job) (executor.Result, error) {
	return executor.Result{}, errors.New("fetch inputs: bafybeianinputnobodyserves: no provider found")
}

// TestProviderGivesBackADealItCannotRun: the only provider cannot fetch what the deal needs. It
// retries, and when the fetch window is about to close it gives the deal back: its collateral
// returns, the solver is not paid, the job is open again. A provider that can run it takes the
// job from there, and the creator pays once.
func TestProviderGivesBackADealItCannotRun(t *testing.T) {
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	stuck := newCounter()
	cfg := w.providerConfig(providerIdx, unserved{}, t.TempDir())
	cfg.Metrics = stuck
	p := w.startProvider(cfg)

	id := w.postJob("moo, from inputs nobody serves")
	j := w.waitStatus(id, state.StatusMatched)
	w.waitFor("the provider to fail on the inputs", func() bool { return stuck.get(func(c *counter) int { return c.bad }) >= 1 })
	if n := stuck.get(func(c *counter) int { return c.txs["abandonJob:ok"] }); n != 0 {
		t.Fatalf("deal given back %d times with the fetch window far from closing", n)
	}
	// The window closes fetchWindow after the match, or at the run deadline if sooner. In its
	// last fifth the deal is given back.
	matched := j.RunDeadline - uint64(j.RunTime)
	closes := min(matched+uint64(w.params.FetchWindow), j.RunDeadline)
	if w.now()+(closes-matched)/5 >= closes {
		t.Fatalf("the test needs a fetch window longer than the time already gone (now %d, match %d, closes %d)", w.now(), matched, closes)
	}
	w.advance(time.Duration(closes-max((closes-matched)/10, 1)-w.now()) * time.Second)
	w.waitFor("the deal to be given back", func() bool { return len(w.job(id).GivenBackBy) == 1 })
	if got := w.balance(p.Address()); got.Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("provider escrow %s after giving the deal back, want its whole 1 ether", got)
	}
	if got := w.balance(w.addr(solverIdx)); got.Sign() != 0 {
		t.Fatalf("the solver of the abandoned match was paid %s", got)
	}
	if st := w.job(id).Status; st != state.StatusOpen && st != state.StatusMatched {
		t.Fatalf("job %s after being given back, want it open (or matched again)", st)
	}

	// A provider that can run it: the job is run once, the solver paid once, the creator charged once.
	if err := p.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	good := w.startProvider(w.providerConfig(spareIdx, nil, t.TempDir()))
	j = w.waitStatus(id, state.StatusSubmitted)
	if j.Provider != good.Address() {
		t.Fatalf("re-matched to %s, want the provider that can run it", j.Provider)
	}
	// The solver is paid when the deal ends, not at its result.
	if got := w.balance(w.addr(solverIdx)); got.Sign() != 0 {
		t.Fatalf("solver escrow %s with the second deal's result submitted, want nothing until the deal ends", got)
	}
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	w.waitStatus(id, state.StatusAccepted)
	if got := w.balance(w.addr(solverIdx)); got.Cmp(j.SolverFee) != 0 {
		t.Fatalf("solver escrow %s once the second deal ended, want the fee %s once", got, j.SolverFee)
	}
	w.audit()
}
