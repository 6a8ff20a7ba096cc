package chain_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Backend is what the lifecycle needs from a chain: the tx manager's backend plus the
// follower's reads.
type Backend interface {
	txmgr.Backend
	follow.Client
}

// world is a bootstrapped market with one manager per role.
type world struct {
	t        *testing.T
	ctx      context.Context
	client   Backend
	d        chain.Deployment
	market   *chain.Market
	deployer *txmgr.Manager
	creator  *txmgr.Manager
	provider *txmgr.Manager
	solver   *txmgr.Manager
	moduleID uint32
	// advance moves the chain's clock forward.
	advance func(time.Duration) error
}

func milliEther(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether/1000))
}

var cowsay = bindings.IModuleRegistryModuleRequest{
	Name: "cowsay", Version: "v0.0.1", SpecHash: crypto.Keccak256Hash([]byte("cowsay spec")),
	SpecUri:   "ipfs://bafkreicowsay",
	Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, DefaultRunTime: 30,
	PrimaryInput: "Message", DefaultSolverFee: milliEther(1),
}

func newWorld(ctx context.Context, t *testing.T, client Backend, keys []devnet.Account, advance func(time.Duration) error) *world {
	t.Helper()
	managers := make([]*txmgr.Manager, len(keys))
	for i, k := range keys {
		m, err := txmgr.New(ctx, client, txmgr.Config{Key: k.Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
		if err != nil {
			t.Fatal(err)
		}
		managers[i] = m
	}
	mediators := []chain.Sender{managers[4], managers[5], managers[6]}
	d, err := devnet.Bootstrap(ctx, managers[0], client, devnet.BootstrapConfig{
		TokenHolders: []common.Address{managers[1].From(), managers[2].From()},
		Mediators:    mediators,
		Modules:      []bindings.IModuleRegistryModuleRequest{cowsay},
	})
	if err != nil {
		t.Fatalf("bootstrap: %v", err)
	}
	w := &world{t: t, ctx: ctx, client: client, d: d, market: chain.NewMarket(d.Market),
		deployer: managers[0], creator: managers[1], provider: managers[2], solver: managers[3], advance: advance}
	if w.moduleID, err = chain.NewModuleRegistry(d.ModuleRegistry).ModuleID(ctx, client, "cowsay:v0.0.1"); err != nil || w.moduleID == 0 {
		t.Fatalf("cowsay:v0.0.1 not published: id %d, %v", w.moduleID, err)
	}
	return w
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

func (w *world) now() uint64 {
	w.t.Helper()
	h, err := w.client.HeaderByNumber(w.ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return h.Time
}

func (w *world) balance(who common.Address) *big.Int {
	w.t.Helper()
	b, err := w.market.BalanceOf(w.ctx, w.client, who, chain.Native)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// expectRevert sends cand and checks it is refused in simulation with the named custom error.
func (w *world) expectRevert(m *txmgr.Manager, cand txmgr.Candidate, err error, name string) *revert.CustomError {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
	_, err = m.Send(w.ctx, cand)
	var custom *revert.CustomError
	if !errors.As(err, &custom) || custom.Name != name {
		w.t.Fatalf("want revert %s, got %v", name, err)
	}
	return custom
}

// contractHashTerms is the market's hashTerms view of t.
func (w *world) contractHashTerms(t chain.JobTerms) common.Hash {
	w.t.Helper()
	m := bindings.NewPondMarket()
	data, err := m.TryPackHashTerms(t)
	if err != nil {
		w.t.Fatal(err)
	}
	out, err := w.client.CallContract(w.ctx, ethereum.CallMsg{To: &w.d.Market, Data: data}, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	h, err := m.UnpackHashTerms(out)
	if err != nil {
		w.t.Fatal(err)
	}
	return h
}

// eventLog collects the names of followed events.
type eventLog struct {
	mu    sync.Mutex
	names []string
}

func (l *eventLog) handle(_ context.Context, ev follow.Event[chain.Event]) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.names = append(l.names, chain.EventName(ev.Value))
	return nil
}

func (l *eventLog) has(name string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, n := range l.names {
		if n == name {
			return true
		}
	}
	return false
}

// runLifecycle posts an offer and a job, matches, submits, waits out the challenge window and
// finalizes, checking the custom errors met on the way and the money at the end.
func runLifecycle(t *testing.T, w *world) {
	ctx := w.ctx
	price, fee := milliEther(200), milliEther(1)

	var events eventLog
	fl, err := chain.MarketFollower(w.d, follow.Config[chain.Event]{Dial: follow.Static(w.client), PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	followCtx, stopFollowing := context.WithCancel(ctx)
	defer stopFollowing()
	go func() { _ = fl.Run(followCtx, events.handle) }()

	// The provider escrows collateral: 2x the price plus the fee of each of the default
	// committee's 3 members (the job view says so once it is posted, below).
	deployed, err := w.market.Params(ctx, w.client)
	if err != nil {
		t.Fatal(err)
	}
	collateral := new(big.Int).Add(new(big.Int).Mul(price, big.NewInt(2)), new(big.Int).Mul(deployed.NativeMediatorFee, big.NewInt(3)))
	cand, err := w.market.Deposit(chain.Native, collateral)
	w.send(w.provider, cand, err)
	cand, err = w.market.PostOffer(bindings.IPondMarketOfferRequest{
		Token: chain.Native, AskPrice: milliEther(100),
		Capacity: bindings.Resources{CpuMillis: 4000, RamMiB: 8192, DiskMiB: 10_000},
		Expiry:   new(big.Int).SetUint64(w.now() + 86_400), AnyModule: true, Modules: []uint32{},
		AcceptsDefaultCommittee: true,
	})
	r := w.send(w.provider, cand, err)
	var offerID *big.Int
	for _, l := range r.Logs {
		if ev, err := bindings.NewPondMarket().UnpackOfferPostedEvent(l); err == nil {
			offerID = ev.OfferId
		}
	}
	if offerID == nil {
		t.Fatal("postOffer emitted no OfferPosted")
	}

	// The creator pays price + solver fee with the call.
	cand, err = w.market.PostJob(bindings.IPondMarketJobRequest{
		ModuleId: w.moduleID, Token: chain.Native, Price: price, SolverFee: fee,
		Resources: cowsay.Resources, RunTime: 600, Expiry: new(big.Int).SetUint64(w.now() + 3600),
		Inputs: `{"Message":"moo"}`,
	}, new(big.Int).Add(price, fee))
	r = w.send(w.creator, cand, err)
	var jobID *big.Int
	for _, l := range r.Logs {
		if ev, err := bindings.NewPondMarket().UnpackJobPostedEvent(l); err == nil {
			jobID = ev.JobId
		}
	}
	if jobID == nil {
		t.Fatal("postJob emitted no JobPosted")
	}
	posted, err := w.market.Job(ctx, w.client, jobID)
	if err != nil {
		t.Fatal(err)
	}
	if posted.CommitteeSize != 3 {
		t.Fatalf("job committee of %d, want the default committee's 3", posted.CommitteeSize)
	}
	// The terms, rebuilt from the job's JobPosted log, are what the market hashed; the contract's
	// hashTerms agrees with HashTerms.
	terms, _, err := state.FetchTerms(ctx, w.client, w.market, 0, jobID.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	if terms.Creator != w.creator.From() || terms.Price.Cmp(price) != 0 || terms.SolverFee.Cmp(fee) != 0 || terms.CommitteeId == 0 {
		t.Fatalf("terms %+v: not the posted job's", terms)
	}
	if got, want := chain.HashTerms(terms), w.contractHashTerms(terms); got != want || got != common.Hash(posted.TermsHash) {
		t.Fatalf("HashTerms %s, the contract's hashTerms %s, getJob's termsHash %x", got, want, posted.TermsHash)
	}
	if _, _, err := state.FetchTerms(ctx, w.client, w.market, 0, jobID.Uint64()+1); err == nil {
		t.Fatal("FetchTerms found terms of a job never posted")
	}
	// Any other terms are refused.
	cheap := terms
	cheap.Price = new(big.Int).Sub(price, big.NewInt(1))
	cand, err = w.market.MatchJob(jobID, offerID, cheap)
	w.expectRevert(w.solver, cand, err, "TermsMismatch")

	// Only the creator may cancel.
	cand, err = w.market.CancelJob(jobID, terms)
	notCreator := w.expectRevert(w.solver, cand, err, "NotJobCreator")
	if caller, _ := notCreator.Arg("caller"); caller.(common.Address) != w.solver.From() {
		t.Fatalf("NotJobCreator caller = %v, want the solver", caller)
	}

	cand, err = w.market.MatchJob(jobID, offerID, terms)
	r = w.send(w.solver, cand, err)
	// The provider locked 2x the price plus the fee of each of the 3 members.
	matched := false
	for _, l := range r.Logs {
		if ev, err := bindings.NewPondMarket().UnpackJobMatchedEvent(l); err == nil {
			matched = true
			if ev.Collateral.Cmp(collateral) != 0 {
				t.Fatalf("deal collateral %s, want 2x the price + 3 fees = %s", ev.Collateral, collateral)
			}
		}
	}
	if !matched {
		t.Fatal("matchJob emitted no JobMatched")
	}
	// A second solver loses the race with a decoded JobNotOpen(jobId, Matched).
	cand, err = w.market.MatchJob(jobID, offerID, terms)
	notOpen := w.expectRevert(w.deployer, cand, err, "JobNotOpen")
	if id, _ := notOpen.Arg("jobId"); id.(*big.Int).Cmp(jobID) != 0 {
		t.Fatalf("JobNotOpen jobId = %v, want %s", id, jobID)
	}
	if status, _ := notOpen.Arg("status"); status.(uint8) != 2 {
		t.Fatalf("JobNotOpen status = %v, want 2 (Matched)", status)
	}

	cand, err = w.market.SubmitResult(jobID, "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
	w.send(w.provider, cand, err)
	cand, err = w.market.Finalize(jobID, terms, "")
	w.expectRevert(w.solver, cand, err, "ChallengeWindowOpen")

	params, err := w.market.Params(ctx, w.client)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.advance(time.Duration(params.ChallengeWindow+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	cand, err = w.market.Finalize(jobID, terms, "")
	w.send(w.solver, cand, err)

	job, err := w.market.Job(ctx, w.client, jobID)
	if err != nil {
		t.Fatal(err)
	}
	if job.Status != 5 {
		t.Fatalf("job status after finalize = %d, want 5 (Accepted)", job.Status)
	}
	if got, want := w.balance(w.provider.From()), new(big.Int).Add(collateral, price); got.Cmp(want) != 0 {
		t.Fatalf("provider escrow = %s, want collateral + price = %s", got, want)
	}
	if got := w.balance(w.solver.From()); got.Cmp(fee) != 0 {
		t.Fatalf("solver escrow = %s, want the solver fee %s, paid when the deal ended", got, fee)
	}

	// The follower saw the whole lifecycle.
	waitFor(ctx, t, "JobSettled through the follower", func() bool { return events.has("JobSettled") })
	for _, name := range []string{"ModulePublished", "CommitteeCreated", "DefaultCommitteeSet", "OfferPosted", "JobPosted", "JobMatched", "ResultSubmitted"} {
		if !events.has(name) {
			t.Errorf("follower never delivered %s", name)
		}
	}
}

func waitFor(ctx context.Context, t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func TestJobLifecycleOnSimulatedChain(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Accounts: 7})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Stop()
	w := newWorld(ctx, t, d.Client(), d.Accounts, func(dt time.Duration) error { return d.IncreaseTime(ctx, dt) })
	runLifecycle(t, w)
}

func TestEveryCustomErrorDecodes(t *testing.T) {
	seen := 0
	for _, md := range chain.MetaData() {
		parsed, err := md.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		for name, e := range parsed.Errors {
			args := make([]any, len(e.Inputs))
			for i, in := range e.Inputs {
				args[i] = sampleValue(t, in.Type.String())
			}
			packed, err := e.Inputs.Pack(args...)
			if err != nil {
				t.Fatalf("pack %s: %v", name, err)
			}
			data := append(append([]byte{}, e.ID[:4]...), packed...)
			decoded := chain.Errors().Decode(data)
			var custom *revert.CustomError
			if !errors.As(decoded, &custom) || custom.Name != name {
				t.Fatalf("%s decoded as %v", e.Sig, decoded)
			}
			if len(custom.Args) != len(e.Inputs) {
				t.Fatalf("%s: %d args decoded, want %d", name, len(custom.Args), len(e.Inputs))
			}
			for i, in := range e.Inputs {
				if custom.Args[i].Name != in.Name {
					t.Fatalf("%s arg %d named %q, want %q", name, i, custom.Args[i].Name, in.Name)
				}
			}
			seen++
		}
	}
	if seen < 40 {
		t.Fatalf("only %d custom errors in the Pond ABIs", seen)
	}
}

func sampleValue(t *testing.T, typ string) any {
	switch typ {
	case "uint256", "uint96", "uint128":
		return big.NewInt(42)
	case "uint8":
		return uint8(3)
	case "uint32":
		return uint32(7)
	case "uint40", "uint64":
		return uint64(9)
	case "address":
		return common.HexToAddress("0x00000000000000000000000000000000000000aa")
	case "string":
		return "x"
	case "bytes32":
		return [32]byte{1}
	case "bool":
		return true
	}
	t.Fatalf("no sample value for ABI type %s", typ)
	return nil
}
