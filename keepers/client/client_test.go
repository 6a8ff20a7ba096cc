package client_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
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
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/txmgr"
)

func milliEther(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether/1000))
}

var cowsay = bindings.IModuleRegistryModuleRequest{
	Name: "cowsay", Version: "v0.0.1", SpecHash: crypto.Keccak256Hash([]byte("cowsay spec")),
	SpecUri:   "ipfs://bafkreicowsay",
	Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, DefaultRunTime: 60,
	PrimaryInput: "Message", DefaultSolverFee: milliEther(1),
}

// env is a bootstrapped market with a client for the creator and test doubles for the provider,
// the solver and three mediators, driven by the test.
// jobLogs are job id's events from a market index brought up to the head, as `pond job show`
// reads them.
func (e *env) jobLogs(id uint64) []types.Log {
	e.t.Helper()
	x, err := index.Open(filepath.Join(e.t.TempDir(), "index.sqlite"), e.d)
	if err != nil {
		e.t.Fatal(err)
	}
	defer x.Close()
	head, err := e.net.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := x.Sync(e.ctx, index.SyncConfig{Dial: follow.Static(e.net.Client()), Head: head.Number.Uint64()}); err != nil {
		e.t.Fatal(err)
	}
	logs, err := x.JobLogs(id)
	if err != nil {
		e.t.Fatal(err)
	}
	return logs
}

type env struct {
	t         *testing.T
	ctx       context.Context
	net       *devnet.Devnet
	d         chain.Deployment
	market    *chain.Market
	mediators *chain.MediatorRegistry
	creator   *txmgr.Manager
	provider  *txmgr.Manager
	solver    *txmgr.Manager
	voters    []*txmgr.Manager
	offerID   *big.Int
	store     *storage.LocalStore
	storeDir  string
	client    *client.Client
	params    bindings.IPondMarketParams
}

func newEnv(ctx context.Context, t *testing.T) *env {
	t.Helper()
	return newEnvDeployed(ctx, t, devnet.DeployConfig{})
}

// newEnvDeployed is newEnv with Pond deployed from deploy (the mediators register with its
// minimum bond).
func newEnvDeployed(ctx context.Context, t *testing.T, deploy devnet.DeployConfig) *env {
	t.Helper()
	net, err := devnet.Start(ctx, devnet.Config{Accounts: 7})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.Stop() })
	managers := make([]*txmgr.Manager, len(net.Accounts))
	for i, a := range net.Accounts {
		if managers[i], err = txmgr.New(ctx, net.Client(), txmgr.Config{Key: a.Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()}); err != nil {
			t.Fatal(err)
		}
	}
	voters := managers[4:7]
	d, err := devnet.Bootstrap(ctx, managers[0], net.Client(), devnet.BootstrapConfig{Deploy: deploy,
		Mediators: []chain.Sender{voters[0], voters[1], voters[2]},
		Modules:   []bindings.IModuleRegistryModuleRequest{cowsay},
	})
	if err != nil {
		t.Fatalf("bootstrap: %v", err)
	}
	e := &env{t: t, ctx: ctx, net: net, d: d, market: chain.NewMarket(d.Market),
		mediators: chain.NewMediatorRegistry(d.MediatorRegistry),
		creator:   managers[1], provider: managers[2], solver: managers[3], voters: voters}
	if e.params, err = e.market.Params(ctx, net.Client()); err != nil {
		t.Fatal(err)
	}

	// The provider escrows plenty of collateral and offers a machine for a year.
	cand, err := e.market.Deposit(chain.Native, new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)))
	e.send(e.provider, cand, err)
	head, err := net.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	cand, err = e.market.PostOffer(bindings.IPondMarketOfferRequest{
		Token: chain.Native, AskPrice: milliEther(1),
		Capacity: bindings.Resources{CpuMillis: 8000, RamMiB: 8192, DiskMiB: 10_000},
		Expiry:   new(big.Int).SetUint64(head.Time + 365*86_400), AnyModule: true, Modules: []uint32{},
		AcceptsDefaultCommittee: true,
	})
	r := e.send(e.provider, cand, err)
	for _, l := range r.Logs {
		if ev, err := bindings.NewPondMarket().UnpackOfferPostedEvent(l); err == nil {
			e.offerID = ev.OfferId
		}
	}
	if e.offerID == nil {
		t.Fatal("postOffer emitted no OfferPosted")
	}

	e.storeDir = t.TempDir()
	if e.store, err = storage.NewLocalStore(e.storeDir); err != nil {
		t.Fatal(err)
	}
	if e.client, err = client.New(client.Config{
		Deployment: d, Backend: net.Client(), Sender: e.creator, Store: e.store, PollInterval: 20 * time.Millisecond,
	}); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) send(m *txmgr.Manager, cand txmgr.Candidate, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	r, err := m.Send(e.ctx, cand)
	if err != nil {
		e.t.Fatalf("send from %s: %v", m.From(), err)
	}
	return r
}

// sendRacing sends a call that the client may make first; losing that race is fine.
func (e *env) sendRacing(m *txmgr.Manager, cand txmgr.Candidate, err error, lost string) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := m.Send(e.ctx, cand); err != nil && !errors.Is(err, revert.Named(lost)) {
		e.t.Fatalf("send from %s: %v", m.From(), err)
	}
}

func (e *env) advance(dt time.Duration) {
	e.t.Helper()
	if err := e.net.IncreaseTime(e.ctx, dt); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) pondBalance(who common.Address) *big.Int {
	e.t.Helper()
	b, err := e.market.BalanceOf(e.ctx, e.net.Client(), who, chain.Native)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// putResult stores a result directory the way a provider would and returns its CID.
func (e *env) putResult(files map[string]string) string {
	e.t.Helper()
	dir := e.t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			e.t.Fatal(err)
		}
	}
	c, err := e.store.Put(e.ctx, dir)
	if err != nil {
		e.t.Fatal(err)
	}
	return c.String()
}

// running is a client.Run in progress.
type running struct {
	t        *testing.T
	ctx      context.Context
	progress chan client.Progress
	done     chan struct{}
	res      *client.Result
	err      error
	messages []string
	jobID    *big.Int
}

func (e *env) start(nameVersion string, inputs map[string]string, opts client.RunOptions) *running {
	r := &running{t: e.t, ctx: e.ctx, progress: make(chan client.Progress, 32), done: make(chan struct{})}
	opts.Progress = func(p client.Progress) { r.progress <- p }
	go func() {
		defer close(r.done)
		r.res, r.err = e.client.Run(e.ctx, nameVersion, inputs, opts)
	}()
	return r
}

// startMatched starts a run, waits for its job to be posted, matches it to the env's offer
// and waits for the run to see the match.
func (e *env) startMatched(nameVersion string, inputs map[string]string, opts client.RunOptions) *running {
	e.t.Helper()
	r := e.start(nameVersion, inputs, opts)
	r.waitStage(client.StagePosted)
	e.match(r.jobID)
	r.waitStage(client.StageMatched)
	return r
}

// waitStage reads progress until stage is reported.
func (r *running) waitStage(stage client.Stage) client.Progress {
	r.t.Helper()
	for {
		select {
		case p := <-r.progress:
			r.messages = append(r.messages, p.Message)
			if p.JobID != nil {
				r.jobID = p.JobID
			}
			if p.Stage == stage {
				return p
			}
		case <-r.done:
			r.drain()
			r.t.Fatalf("run ended before stage %d (progress %q): %v", stage, r.messages, r.err)
		case <-r.ctx.Done():
			r.t.Fatalf("waiting for stage %d (progress %q): %v", stage, r.messages, r.ctx.Err())
		}
	}
}

func (r *running) drain() {
	for {
		select {
		case p := <-r.progress:
			r.messages = append(r.messages, p.Message)
		default:
			return
		}
	}
}

func (r *running) wait() (*client.Result, error) {
	r.t.Helper()
	select {
	case <-r.done:
	case <-r.ctx.Done():
		r.t.Fatalf("run never ended (progress %q): %v", r.messages, r.ctx.Err())
	}
	r.drain()
	return r.res, r.err
}

// terms are job jobID's terms, as the client finds them (its JobPosted log, checked against
// the market's hash).
func (e *env) terms(jobID *big.Int) chain.JobTerms {
	e.t.Helper()
	t, _, err := e.client.Terms(e.ctx, jobID)
	if err != nil {
		e.t.Fatal(err)
	}
	return t
}

func (e *env) match(jobID *big.Int) {
	e.t.Helper()
	cand, err := e.market.MatchJob(jobID, e.offerID, e.terms(jobID))
	e.send(e.solver, cand, err)
}

func (e *env) submit(jobID *big.Int, cid string) {
	e.t.Helper()
	cand, err := e.market.SubmitResult(jobID, cid)
	e.send(e.provider, cand, err)
}

func (e *env) finalizeAfterWindow(jobID *big.Int) {
	e.t.Helper()
	e.advance(time.Duration(e.params.ChallengeWindow+1) * time.Second)
	cand, err := e.market.Finalize(jobID, e.terms(jobID), "")
	e.sendRacing(e.provider, cand, err, "JobNotSubmitted")
}

func TestRun(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	e := newEnv(ctx, t)
	price := milliEther(10)

	t.Run("happy path: progress, then the result downloaded and verified", func(t *testing.T) {
		e.t = t
		out := filepath.Join(t.TempDir(), "out")
		providerBefore := e.pondBalance(e.provider.From())
		r := e.startMatched("cowsay:v0.0.1", nil, client.RunOptions{PrimaryInput: "moo", Price: price, OutputDir: out})
		cid := e.putResult(map[string]string{"cow.txt": "< moo >\n  \\   ^__^\n"})
		e.submit(r.jobID, cid)
		r.waitStage(client.StageSubmitted)
		e.finalizeAfterWindow(r.jobID)
		res, err := r.wait()
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		want := []string{
			"Job submitted. Negotiating deal...", "Deal agreed. Running job...",
			"Results submitted. Awaiting verification...", "Results accepted. Downloading result...",
			"Result downloaded and verified.",
		}
		// The first job is paid by value (the Pond balance is empty), which is reported first.
		got := r.messages
		if len(got) > 0 && strings.HasPrefix(got[0], "Paying ") {
			got = got[1:]
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Fatalf("progress %q, want %q", r.messages, want)
		}
		if res.Dir != out || res.CID != cid {
			t.Fatalf("result %+v, want dir %s cid %s", res, out, cid)
		}
		if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".pond-result-*")); len(left) != 0 {
			t.Fatalf("prefetch directories left behind: %v", left)
		}
		data, err := os.ReadFile(filepath.Join(out, "cow.txt"))
		if err != nil || !strings.Contains(string(data), "< moo >") {
			t.Fatalf("downloaded cow.txt = %q, %v", data, err)
		}
		// The job carried the primary input as JSON.
		info, err := e.client.Job(ctx, r.jobID, e.jobLogs(r.jobID.Uint64()))
		if err != nil {
			t.Fatal(err)
		}
		if info.Posted == nil || info.Posted.Request.Inputs != `{"Message":"moo"}` {
			t.Fatalf("posted inputs %+v", info.Posted)
		}
		if info.Job.Status != client.StatusAccepted || info.Result == nil || info.Result.Cid != cid {
			t.Fatalf("job after the run: status %d, result %+v", info.Job.Status, info.Result)
		}
		if got, want := new(big.Int).Sub(e.pondBalance(e.provider.From()), providerBefore), price; got.Cmp(want) != 0 {
			t.Fatalf("provider earned %s, want the price %s", got, want)
		}
	})

	t.Run("a module that failed on its inputs: the failure record is the result, and says so", func(t *testing.T) {
		e.t = t
		r := e.startMatched("cowsay:v0.0.1", nil, client.RunOptions{PrimaryInput: "fail", Price: price, OutputDir: filepath.Join(t.TempDir(), "result")})
		cid := e.putResult(map[string]string{executor.FailureFile: `{"version":1,"failure":"exit","exitCode":7}` + "\n", executor.StdoutFile: "no cow today\n"})
		e.submit(r.jobID, cid)
		r.waitStage(client.StageSubmitted)
		e.finalizeAfterWindow(r.jobID)
		res, err := r.wait()
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		if res.Failure == nil || res.Failure.Kind != executor.FailExit || res.Failure.ExitCode != 7 || string(res.Failure.Stdout) != "no cow today\n" {
			t.Fatalf("result %+v: want the exit-7 failure with its output", res.Failure)
		}
	})

	t.Run("no match before expiry: cancelled and refunded", func(t *testing.T) {
		e.t = t
		before := e.pondBalance(e.creator.From())
		r := e.start("cowsay:v0.0.1", map[string]string{"Message": "anyone?"}, client.RunOptions{Price: price, Expiry: time.Hour})
		r.waitStage(client.StagePosted)
		e.advance(time.Hour + time.Minute)
		_, err := r.wait()
		var failed *client.JobFailedError
		if !errors.As(err, &failed) {
			t.Fatalf("want a JobFailedError, got %v", err)
		}
		refund := new(big.Int).Add(price, cowsay.DefaultSolverFee)
		if failed.Reason != client.RefundExpired || failed.Status != client.StatusCancelled || failed.Refund.Cmp(refund) != 0 {
			t.Fatalf("failure %+v, want Expired/Cancelled with refund %s", failed, refund)
		}
		for _, s := range []string{"no provider took the job before it expired", "refunded 0.011 ETH to your Pond balance"} {
			if !strings.Contains(err.Error(), s) {
				t.Fatalf("error %q does not say %q", err, s)
			}
		}
		// Paid from the balance when it covers the job, refunded to it: unchanged.
		if after := e.pondBalance(e.creator.From()); after.Cmp(before) < 0 {
			t.Fatalf("creator balance went from %s to %s after a refund", before, after)
		}
	})

	t.Run("provider timeout: the client times the deal out, refund and compensation", func(t *testing.T) {
		e.t = t
		r := e.startMatched("cowsay:v0.0.1", map[string]string{"Message": "hello?"}, client.RunOptions{Price: price})
		before := e.pondBalance(e.creator.From())
		e.advance(time.Duration(cowsay.DefaultRunTime+1) * time.Second)
		_, err := r.wait()
		var failed *client.JobFailedError
		if !errors.As(err, &failed) {
			t.Fatalf("want a JobFailedError, got %v", err)
		}
		// 2x the price plus the fee of each of the committee's 3 members.
		collateral := new(big.Int).Add(new(big.Int).Mul(price, big.NewInt(2)), new(big.Int).Mul(e.params.NativeMediatorFee, big.NewInt(3)))
		refund := new(big.Int).Add(price, collateral)
		if failed.Reason != client.RefundProviderTimedOut || failed.Status != client.StatusTimedOut || failed.Refund.Cmp(refund) != 0 {
			t.Fatalf("failure %+v, want ProviderTimedOut/TimedOut with refund %s", failed, refund)
		}
		if failed.Compensation().Cmp(collateral) != 0 {
			t.Fatalf("compensation %s, want the collateral %s", failed.Compensation(), collateral)
		}
		for _, s := range []string{"did not submit a result before the run deadline", "refunded 0.06 ETH",
			"0.01 ETH price plus 0.05 ETH of the provider's collateral as compensation", e.provider.From().Hex()} {
			if !strings.Contains(err.Error(), s) {
				t.Fatalf("error %q does not say %q", err, s)
			}
		}
		if got := new(big.Int).Sub(e.pondBalance(e.creator.From()), before); got.Cmp(refund) != 0 {
			t.Fatalf("creator balance grew by %s, want %s", got, refund)
		}
	})

	t.Run("rejected result: challenged, the committee votes it wrong, refund and compensation", func(t *testing.T) {
		e.t = t
		bigPrice := milliEther(100)
		r := e.startMatched("cowsay:v0.0.1", map[string]string{"Message": "honest?"}, client.RunOptions{Price: bigPrice})
		e.submit(r.jobID, e.putResult(map[string]string{"cow.txt": "not a cow"}))
		r.waitStage(client.StageSubmitted)
		ch, err := e.client.Challenge(ctx, r.jobID)
		if err != nil {
			t.Fatalf("challenge: %v", err)
		}
		if want := new(big.Int).Mul(e.params.NativeMediatorFee, big.NewInt(3)); ch.Fee.Cmp(want) != 0 || ch.Waiting() {
			t.Fatalf("mediation fee %s (reveal deadline %d), want %s and a deadline", ch.Fee, ch.RevealDeadline, want)
		}
		r.waitStage(client.StageChallenged)
		e.voteAll(r.jobID, false)
		cand, err := e.market.ResolveChallenge(r.jobID, e.terms(r.jobID), "")
		e.sendRacing(e.solver, cand, err, "JobNotChallenged")
		_, err = r.wait()
		var failed *client.JobFailedError
		if !errors.As(err, &failed) {
			t.Fatalf("want a JobFailedError, got %v", err)
		}
		// Collateral 0.2 + 3 x 0.01: the committee part pays each of the 3 majority voters its
		// fee, half of the rest is the challenger's bounty (the creator challenged: it gets the
		// fee and the bounty as challenger), the other half compensates the creator.
		refund := milliEther(100 + 100)
		if failed.Reason != client.RefundResultRejected || failed.Status != client.StatusRejected || failed.Refund.Cmp(refund) != 0 {
			t.Fatalf("failure %+v, want ResultRejected/Rejected with refund %s", failed, refund)
		}
		for _, s := range []string{"the mediators rejected provider", "refunded 0.2 ETH", "0.1 ETH price plus 0.1 ETH"} {
			if !strings.Contains(err.Error(), s) {
				t.Fatalf("error %q does not say %q", err, s)
			}
		}
		e.withdrawAllEarnings(e.params.NativeMediatorFee)
	})

	t.Run("no mediator votes: the client resolves the mediation after its deadline, the result stands", func(t *testing.T) {
		e.t = t
		out := filepath.Join(t.TempDir(), "out")
		r := e.startMatched("cowsay:v0.0.1", map[string]string{"Message": "silence"}, client.RunOptions{Price: price, OutputDir: out})
		cid := e.putResult(map[string]string{"cow.txt": "unheard"})
		e.submit(r.jobID, cid)
		r.waitStage(client.StageSubmitted)
		if _, err := e.client.Challenge(ctx, r.jobID); err != nil {
			t.Fatalf("challenge: %v", err)
		}
		r.waitStage(client.StageChallenged)
		job, err := e.market.Job(ctx, e.net.Client(), r.jobID)
		if err != nil {
			t.Fatal(err)
		}
		head, err := e.net.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		e.advance(time.Duration(job.Deadline.Uint64()-head.Time+1) * time.Second)
		// No majority: the result stands (its provider is paid, the creator never keeps a
		// disputed result for free), and the run ends with it.
		res, err := r.wait()
		if err != nil {
			t.Fatalf("want the result, got %v", err)
		}
		if res.CID != cid || res.Dir != out {
			t.Fatalf("result %+v, want %s in %s", res, cid, out)
		}
		job, err = e.market.Job(ctx, e.net.Client(), r.jobID)
		if err != nil {
			t.Fatal(err)
		}
		if job.Status != client.StatusUndecided {
			t.Fatalf("job status %s, want Undecided", client.StatusName(job.Status))
		}
	})

	t.Run("corrupted result in the store: verification error, nothing written", func(t *testing.T) {
		e.t = t
		out := filepath.Join(t.TempDir(), "out")
		r := e.startMatched("cowsay:v0.0.1", map[string]string{"Message": "tamper"}, client.RunOptions{Price: price, OutputDir: out})
		cid := e.putResult(map[string]string{"cow.txt": "a cow to tamper with"})
		blocks, err := filepath.Glob(filepath.Join(e.storeDir, "blocks", "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range blocks {
			if strings.HasSuffix(b, cid) || !strings.HasPrefix(filepath.Base(b), "bafk") {
				continue // the root directory node stays intact; its file block is corrupted
			}
			data, err := os.ReadFile(b)
			if err != nil {
				t.Fatal(err)
			}
			if string(data) == "a cow to tamper with" {
				if err := os.WriteFile(b, []byte("a cow tampered with!"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		e.submit(r.jobID, cid)
		r.waitStage(client.StageSubmitted)
		e.finalizeAfterWindow(r.jobID)
		_, err = r.wait()
		if !errors.Is(err, storage.ErrCorrupt) {
			t.Fatalf("want a verification error (storage.ErrCorrupt), got %v", err)
		}
		if !strings.Contains(err.Error(), "could not be downloaded and verified") || !strings.Contains(err.Error(), cid) {
			t.Fatalf("error %q does not name the result and the failed verification", err)
		}
		if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("output %s exists after a failed verification: %v", out, err)
		}
		// The creator was warned while the result could still be challenged.
		warned := false
		for _, m := range r.messages {
			warned = warned || strings.HasPrefix(m, "Warning: the submitted result "+cid+" cannot be downloaded and verified yet")
		}
		if !warned {
			t.Fatalf("no warning during the challenge window: %q", r.messages)
		}
		if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".pond-result-*")); len(left) != 0 {
			t.Fatalf("prefetch directories left behind: %v", left)
		}
	})

	t.Run("wall clock past expiry while the chain is idle: the creator cancels, refunded", func(t *testing.T) {
		e.t = t
		var offset atomic.Int64
		clock, err := client.New(client.Config{
			Deployment: e.d, Backend: e.net.Client(), Sender: e.creator, Store: e.store, PollInterval: 20 * time.Millisecond,
			Now: func() time.Time { return time.Now().Add(time.Duration(offset.Load())) },
		})
		if err != nil {
			t.Fatal(err)
		}
		saved := e.client
		e.client = clock
		defer func() { e.client = saved }()
		r := e.start("cowsay:v0.0.1", map[string]string{"Message": "idle chain"}, client.RunOptions{Price: price, Expiry: time.Hour})
		r.waitStage(client.StagePosted)
		job, err := e.market.Job(ctx, e.net.Client(), r.jobID)
		if err != nil {
			t.Fatal(err)
		}
		// No block is sealed: only the wall clock moves past the expiry.
		offset.Store(int64(time.Until(time.Unix(job.Deadline.Int64(), 0)) + time.Minute))
		_, err = r.wait()
		var failed *client.JobFailedError
		// The chain's clock never reached the expiry: the refund is logged as the creator's cancel.
		if !errors.As(err, &failed) || !failed.Expired || failed.Status != client.StatusCancelled || failed.Reason != client.RefundCancelledByCreator {
			t.Fatalf("want an expired job cancelled by its creator, got %v", err)
		}
		if !strings.Contains(err.Error(), "no provider took the job before it expired") {
			t.Fatalf("error %q does not say the job expired", err)
		}
	})

	t.Run("interrupted while open: the job is cancelled and refunded", func(t *testing.T) {
		e.t = t
		runCtx, stop := context.WithCancel(ctx)
		progress := make(chan client.Progress, 8)
		done := make(chan error, 1)
		go func() {
			_, err := e.client.Run(runCtx, "cowsay:v0.0.1", map[string]string{"Message": "never mind"},
				client.RunOptions{Price: price, Progress: func(p client.Progress) { progress <- p }})
			done <- err
		}()
		var jobID *big.Int
		for jobID == nil {
			select {
			case p := <-progress:
				jobID = p.JobID
			case err := <-done:
				t.Fatalf("run ended early: %v", err)
			case <-ctx.Done():
				t.Fatal("job never posted")
			}
		}
		stop()
		var err error
		select {
		case err = <-done:
		case <-ctx.Done():
			t.Fatal("run did not return after the interruption")
		}
		if err == nil || !strings.Contains(err.Error(), "cancelled open job "+jobID.String()) || !strings.Contains(err.Error(), "refunded 0.011 ETH") {
			t.Fatalf("want the interrupted job cancelled and refunded, got %v", err)
		}
		job, err := e.market.Job(ctx, e.net.Client(), jobID)
		if err != nil || job.Status != client.StatusCancelled {
			t.Fatalf("job %s after the interruption: status %d, %v", jobID, job.Status, err)
		}
	})

	t.Run("unknown module and existing output are refused before paying", func(t *testing.T) {
		e.t = t
		before := e.pondBalance(e.creator.From())
		_, err := e.client.Run(ctx, "cowsay:v9.9.9", nil, client.RunOptions{})
		if !errors.Is(err, client.ErrModuleNotFound) {
			t.Fatalf("want ErrModuleNotFound, got %v", err)
		}
		if _, err := e.client.Run(ctx, "cowsay", nil, client.RunOptions{}); err == nil || !strings.Contains(err.Error(), "name:version") {
			t.Fatalf("want a name:version error, got %v", err)
		}
		_, err = e.client.Run(ctx, "cowsay:v0.0.1", nil, client.RunOptions{PrimaryInput: "x", OutputDir: t.TempDir()})
		if err == nil || !strings.Contains(err.Error(), "already exists") {
			t.Fatalf("want an existing-output error, got %v", err)
		}
		if after := e.pondBalance(e.creator.From()); after.Cmp(before) != 0 {
			t.Fatalf("balance moved from %s to %s", before, after)
		}
	})
}

// withdrawAllEarnings checks that each voter earned fee, kept by the mediator registry (on its
// balance in the market, not the voter's), and withdraws it to a wallet of its own: the wallet
// receives exactly fee, and a second withdrawal finds nothing.
func (e *env) withdrawAllEarnings(fee *big.Int) {
	e.t.Helper()
	total := new(big.Int).Mul(fee, big.NewInt(int64(len(e.voters))))
	if got := e.pondBalance(e.d.MediatorRegistry); got.Cmp(total) != 0 {
		e.t.Fatalf("the registry's market balance is %s, want the voters' fees %s", got, total)
	}
	for i, v := range e.voters {
		vc, err := client.New(client.Config{Deployment: e.d, Backend: e.net.Client(), Sender: v})
		if err != nil {
			e.t.Fatal(err)
		}
		info, err := vc.Mediator(e.ctx, chain.Native)
		if err != nil {
			e.t.Fatal(err)
		}
		if !info.Registered || len(info.Earnings) != 1 || info.Earnings[0].Amount.Cmp(fee) != 0 {
			e.t.Fatalf("voter %d: %+v, want registered with %s earned", i, info, fee)
		}
		if got := e.pondBalance(v.From()); got.Sign() != 0 {
			e.t.Fatalf("voter %d has %s on its own market balance: its fee is the registry's to pay", i, got)
		}
		wallet := common.BigToAddress(big.NewInt(int64(0xc01d00 + i)))
		paid, to, err := vc.WithdrawEarnings(e.ctx, chain.Native, wallet)
		if err != nil {
			e.t.Fatalf("voter %d withdraws its earnings: %v", i, err)
		}
		got, err := e.net.Client().BalanceAt(e.ctx, wallet, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		if paid.Cmp(fee) != 0 || to != wallet || got.Cmp(fee) != 0 {
			e.t.Fatalf("voter %d withdrew %s to %s, whose wallet holds %s; want %s to %s", i, paid, to.Hex(), got, fee, wallet.Hex())
		}
		if _, _, err := vc.WithdrawEarnings(e.ctx, chain.Native, wallet); !errors.Is(err, client.ErrNothingEarned) ||
			!strings.Contains(err.Error(), v.From().Hex()+" has earned no ETH as a mediator") {
			e.t.Fatalf("voter %d withdraws twice: %v, want ErrNothingEarned naming it", i, err)
		}
	}
	if got := e.pondBalance(e.d.MediatorRegistry); got.Sign() != 0 {
		e.t.Fatalf("the registry's market balance is %s after every voter withdrew", got)
	}
}

// voteAll has every mediator commit and reveal the same vote.
func (e *env) voteAll(jobID *big.Int, providerRight bool) {
	vote := chain.VoteProviderWrong
	if providerRight {
		vote = chain.VoteProviderRight
	}
	e.t.Helper()
	b := bindings.NewMediatorRegistry()
	salts := make([][32]byte, len(e.voters))
	for i, v := range e.voters {
		salts[i] = crypto.Keccak256Hash([]byte{byte(i)}, jobID.Bytes())
		data := b.PackVoteCommitment(jobID, v.From(), vote, salts[i])
		to := e.d.MediatorRegistry
		out, err := e.net.Client().CallContract(e.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			e.t.Fatal(err)
		}
		commitment, err := b.UnpackVoteCommitment(out)
		if err != nil {
			e.t.Fatal(err)
		}
		cand, err := e.mediators.CommitVote(jobID, commitment)
		e.send(v, cand, err)
	}
	for i, v := range e.voters {
		cand, err := e.mediators.RevealVote(jobID, vote, salts[i])
		e.send(v, cand, err)
	}
}
