package stack_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// TestHappyPath: cowsay is posted, matched by the solver, run by the provider, submitted and
// finalized; the result is what running the module alone gives, and the money moves as
// DESIGN.md says.
func TestHappyPath(t *testing.T) {
	w := newWorld(t)
	sm := newCounter()
	w.startSolver(solverIdx, sm)
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	cfg.Payout = w.addr(spareIdx) // a cold wallet: its key is not the keeper's
	p := w.startProvider(cfg)

	id := w.postJob("moo")
	j := w.waitStatus(id, state.StatusSubmitted)
	wantCID, wantCow := w.alone("moo")
	if j.ResultCID != wantCID {
		t.Fatalf("submitted CID %s, running the module alone gives %s", j.ResultCID, wantCID)
	}
	c, err := cid.Decode(j.ResultCID)
	if err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "result")
	if err := w.store.Get(w.ctx, c, dest); err != nil {
		t.Fatalf("result not in the provider's store: %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dest, "cow.txt")); string(got) != wantCow {
		t.Fatalf("stored cow.txt = %q, want %q", got, wantCow)
	}
	if j.Provider != p.Address() {
		t.Fatalf("deal went to %s, want the provider %s", j.Provider, p.Address())
	}

	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	w.waitStatus(id, state.StatusAccepted)
	// 1 ether deposited as collateral, the collateral released and the price paid.
	if got, want := w.balance(p.Address()), new(big.Int).Add(big.NewInt(1e18), jobPrice); got.Cmp(want) != 0 {
		t.Fatalf("provider escrow %s, want %s", got, want)
	}
	if got := w.balance(w.addr(solverIdx)); got.Cmp(milliEther(1)) != 0 {
		t.Fatalf("solver escrow %s, want the solver fee", got)
	}
	if sm.get(func(c *counter) int { return c.matched }) != 1 {
		t.Fatalf("solver matched %d jobs, want 1", sm.matched)
	}
	// `pond provider --withdraw`: earnings and unlocked collateral leave escrow for the payout
	// address, not the hot key.
	before, err := w.net.Client().BalanceAt(w.ctx, w.addr(spareIdx), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, to, err := p.Withdraw(w.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := new(big.Int).Add(big.NewInt(1e18), jobPrice); got.Cmp(want) != 0 || to != w.addr(spareIdx) {
		t.Fatalf("withdrew %s to %s, want %s to the payout address %s", got, to, want, w.addr(spareIdx))
	}
	after, err := w.net.Client().BalanceAt(w.ctx, w.addr(spareIdx), nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := new(big.Int).Sub(after, before); diff.Cmp(got) != 0 {
		t.Fatalf("payout wallet received %s, want %s", diff, got)
	}
	w.audit()
}

// wrongOutput runs the module, then replaces its output: a provider that cheats.
type wrongOutput struct{ executor.Executor }

func (x wrongOutput) Run(ctx context.Context, job executor.Job) (executor.Result, error) {
	res, err := x.Executor.Run(ctx, job)
	if err == nil {
		err = os.WriteFile(filepath.Join(job.OutputsDir, "cow.txt"), []byte("baa\n"), 0o644)
	}
	return res, err
}

// TestCheatingProviderRejected: the creator challenges a wrong result; the three mediators
// re-run, commit and reveal; the result is rejected, the creator refunded and compensated,
// the challenge fee returned with the bounty, the mediators paid from the collateral (their
// earnings, kept by the registry until each withdraws them).
func TestCheatingProviderRejected(t *testing.T) {
	w := newWorld(t)
	for _, i := range mediatorIdx {
		w.startMediator(i)
	}
	w.startSolver(solverIdx, nil)
	w.startProvider(w.providerConfig(providerIdx, wrongOutput{w.wasm}, t.TempDir()))

	id := w.postJob("moo")
	j := w.waitStatus(id, state.StatusSubmitted)
	if right, _ := w.alone("moo"); j.ResultCID == right {
		t.Fatal("the cheating provider submitted the right result")
	}
	w.challenge(id)
	w.waitStatus(id, state.StatusRejected)

	fee := w.params.NativeMediatorFee
	// The creator challenged. As creator: the price and the collateral less the bounty and the
	// mediators' fees (paid from its committee part); as challenger: its fee back and the
	// bounty. Together: the price and the whole collateral.
	want := new(big.Int).Add(jobPrice, j.Collateral)
	if got := w.balance(w.creator.From()); got.Cmp(want) != 0 {
		t.Fatalf("creator escrow %s, want %s", got, want)
	}
	w.mediatorsEarned(fee)
	// The provider got nothing back: its collateral paid the mediators and the creator. (Its
	// keeper then tops its escrow up to the collateral target again.)
	if got := w.job(id).ToProvider; got.Sign() != 0 {
		t.Fatalf("a rejected provider was credited %s", got)
	}
	w.audit()
	w.withdrawEarnings(fee)
	w.audit()
}

// postOffer opens an offer for account i with no keeper behind it, with collateral deposited.
func (w *world) postOffer(i int) {
	w.t.Helper()
	m, err := txmgr.New(w.ctx, w.net.Client(), txmgr.Config{Key: w.key(i), PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
	if err != nil {
		w.t.Fatal(err)
	}
	cand, err := w.market.Deposit(chain.Native, big.NewInt(1e18))
	w.send(m, cand, err)
	cand, err = w.market.PostOffer(bindings.IPondMarketOfferRequest{
		Token: chain.Native, AskPrice: milliEther(1), Capacity: bindings.Resources{CpuMillis: 1000, RamMiB: 1024, DiskMiB: 1024},
		Expiry: new(big.Int).SetUint64(w.now() + 86_400), AnyModule: true, Modules: []uint32{}, AcceptsDefaultCommittee: true,
	})
	w.send(m, cand, err)
}

// TestProviderNeverRuns: a deal whose provider never submits is timed out after its run
// deadline (by the solver's janitor); the creator gets the price and the collateral.
func TestProviderNeverRuns(t *testing.T) {
	w := newWorld(t)
	w.postOffer(spareIdx)
	w.startSolver(solverIdx, nil)
	id := w.postJob("moo")
	j := w.waitStatus(id, state.StatusMatched)
	if j.Provider != w.addr(spareIdx) {
		t.Fatalf("matched to %s, want the silent provider", j.Provider)
	}
	w.advance(time.Duration(j.RunTime+1) * time.Second)
	w.waitStatus(id, state.StatusTimedOut)
	want := new(big.Int).Add(jobPrice, j.Collateral)
	if got := w.balance(w.creator.From()); got.Cmp(want) != 0 {
		t.Fatalf("creator escrow %s, want price + collateral %s", got, want)
	}
	if got, want := w.balance(w.addr(spareIdx)), new(big.Int).Sub(big.NewInt(1e18), j.Collateral); got.Cmp(want) != 0 {
		t.Fatalf("silent provider escrow %s, want %s (collateral lost)", got, want)
	}
	w.audit()
}

// TestSilentMediatorSlashed: one committee member never votes. The two others commit, reveal
// after the commit deadline, and close the mediation after the reveal deadline; the silent
// one loses part of its bond.
func TestSilentMediatorSlashed(t *testing.T) {
	w := newWorld(t)
	w.startMediator(mediatorIdx[0])
	w.startMediator(mediatorIdx[1])
	silent := w.addr(mediatorIdx[2])
	w.startSolver(solverIdx, nil)
	w.startProvider(w.providerConfig(providerIdx, wrongOutput{w.wasm}, t.TempDir()))

	id := w.postJob("moo")
	w.waitStatus(id, state.StatusSubmitted)
	w.challenge(id)
	// mediation copies what the test needs while the view is locked (its maps keep changing).
	type snapshot struct {
		commits, reveals               int
		commitDeadline, revealDeadline uint64
	}
	mediation := func() snapshot {
		var out snapshot
		w.view.View(func(m *state.Market) {
			if p := m.Mediations[id]; p != nil {
				out = snapshot{len(p.Commitments), len(p.Reveals), p.CommitDeadline, p.RevealDeadline}
			}
		})
		return out
	}
	w.waitFor("two commitments", func() bool { return mediation().commits == 2 })
	w.advance(time.Duration(mediation().commitDeadline-w.now()+1) * time.Second)
	w.waitFor("two reveals", func() bool { return mediation().reveals == 2 })
	w.advance(time.Duration(mediation().revealDeadline-w.now()+1) * time.Second)
	w.waitStatus(id, state.StatusRejected)
	var slashed *big.Int
	w.view.View(func(m *state.Market) { slashed = new(big.Int).Set(m.Mediators[silent].Slashed) })
	if slashed.Sign() == 0 {
		t.Fatal("the silent mediator was not slashed")
	}
	w.audit()
}

// TestHonestProviderChallenged: a challenge of a right result is decided for the provider,
// who is paid the price and what is left of the challenger's fee after the mediators.
func TestHonestProviderChallenged(t *testing.T) {
	w := newWorld(t)
	for _, i := range mediatorIdx {
		w.startMediator(i)
	}
	w.startSolver(solverIdx, nil)
	p := w.startProvider(w.providerConfig(providerIdx, nil, t.TempDir()))
	id := w.postJob("moo")
	w.waitStatus(id, state.StatusSubmitted)
	w.challenge(id)
	w.waitStatus(id, state.StatusAccepted)
	w.mediatorsEarned(w.params.NativeMediatorFee)
	// The provider keeps its 1 ether and earns the price (the whole fee went to the mediators).
	if got, want := w.balance(p.Address()), new(big.Int).Add(big.NewInt(1e18), jobPrice); got.Cmp(want) != 0 {
		t.Fatalf("provider escrow %s, want %s", got, want)
	}
	if got := w.balance(w.creator.From()); got.Sign() != 0 {
		t.Fatalf("creator escrow %s, want 0 (it paid the job and a challenge that failed)", got)
	}
	w.audit()
}

// TestHappyPathDocker: the same deal run by the Docker executor gives the same CID as WASM.
func TestHappyPathDocker(t *testing.T) {
	docker, err := executor.NewDocker(context.Background())
	if err != nil {
		testenv.Unavailable(t, "a Docker engine", err)
	}
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	cfg.Executors = map[string]executor.Executor{module.ExecutorDocker: docker}
	w.startProvider(cfg)
	id := w.postJob("moo from a container")
	j := w.waitStatus(id, state.StatusSubmitted)
	if want, _ := w.alone("moo from a container"); j.ResultCID != want {
		t.Fatalf("Docker result %s, WASM alone gives %s", j.ResultCID, want)
	}
}
