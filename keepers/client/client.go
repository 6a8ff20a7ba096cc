// Package client is what a person uses to run a job on Pond: it resolves a module version in the
// registry, pays for the job (from the market balance, by value, or after a deposit), posts it,
// follows it through the market's events, moves it on when a deadline passes (cancel, timeout,
// finalize, resolve) and downloads and verifies the result. Every failure ends with an error that
// says what happened and what was refunded. `pond run` is a thin shell over Run.
package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ipfs/go-cid"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Job statuses (src/types/Status.sol).
const (
	StatusNone uint8 = iota
	StatusOpen
	StatusMatched
	StatusSubmitted
	StatusChallenged
	StatusAccepted
	StatusRejected
	StatusUndecided
	StatusCancelled
	StatusTimedOut
)

// StatusName names a job status as the contracts do.
func StatusName(s uint8) string {
	names := []string{"None", "Open", "Matched", "Submitted", "Challenged", "Accepted", "Rejected", "Undecided", "Cancelled", "TimedOut"}
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("status(%d)", s)
}

// Refund reasons (src/types/Status.sol).
const (
	RefundCancelledByCreator uint8 = iota
	RefundExpired
	RefundProviderTimedOut
	RefundResultRejected
)

// DefaultPrice is what a job pays its provider when RunOptions.Price is not set.
var DefaultPrice = new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(100)) // 0.01

// DefaultExpiry is how long a job stays open for a match when RunOptions.Expiry is not set.
const DefaultExpiry = 10 * time.Minute

// Backend is what the client reads from and sends through: *ethclient.Client and the devnet's
// simulated client satisfy it.
type Backend interface {
	txmgr.Backend
	follow.Client
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// Config configures a Client.
type Config struct {
	Deployment chain.Deployment
	Backend    Backend
	// Sender sends the person's transactions (a *txmgr.Manager over their key). Without one the
	// client only reads: balances of Account, jobs and deals.
	Sender chain.Sender
	// Account is whose balances a read-only client reads; ignored when Sender is set.
	Account common.Address
	// Store is where results are downloaded from (the local store or Kubo the providers use).
	Store storage.Store
	// Dial opens the event follower's connections; default: Backend, never closed.
	Dial follow.Dialer
	// PollInterval is how often the job's deadlines are checked and new logs read. Default 1s.
	PollInterval time.Duration
	// Modules, when set, fetches the module version before a job is posted, so that inputs the
	// module does not take, or required inputs left out, are named before anything is paid.
	Modules *module.Resolver
	// Tokens reads and renders amounts in each token's units; default: one over Backend.
	Tokens *Tokens
	// Now is the wall clock; default time.Now. Deadlines are judged by the chain's clock; the
	// wall clock only decides when to give up on a job nobody took.
	Now    func() time.Time
	Logger *zap.Logger
}

// Sentinel configuration errors.
var (
	ErrNoBackend = errors.New("client: no chain backend")
	ErrNoSender  = errors.New("client: no account to send from")
	ErrNoMarket  = errors.New("client: deployment names no market")
)

// Check validates the configuration.
func (c *Config) Check() error {
	switch {
	case c.Backend == nil:
		return ErrNoBackend
	case c.Deployment.Market == (common.Address{}):
		return ErrNoMarket
	}
	return nil
}

// Client acts for one account on one deployment.
type Client struct {
	cfg      Config
	d        chain.Deployment
	market   *chain.Market
	registry *chain.ModuleRegistry
	log      *zap.Logger
	tokens   *Tokens
}

// New builds a client.
func New(cfg Config) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Dial == nil {
		cfg.Dial = follow.Static(cfg.Backend)
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	if cfg.Tokens == nil {
		cfg.Tokens = NewTokens(cfg.Backend)
	}
	return &Client{
		cfg: cfg, d: cfg.Deployment, tokens: cfg.Tokens,
		market:   chain.NewMarket(cfg.Deployment.Market),
		registry: chain.NewModuleRegistry(cfg.Deployment.ModuleRegistry),
		log:      cfg.Logger,
	}, nil
}

// Account is the address the client sends from (or reads for).
func (c *Client) Account() common.Address {
	if c.cfg.Sender == nil {
		return c.cfg.Account
	}
	return c.cfg.Sender.From()
}

// send sends through the configured account.
func (c *Client) send(ctx context.Context, cand txmgr.Candidate) (*types.Receipt, error) {
	if c.cfg.Sender == nil {
		return nil, ErrNoSender
	}
	return c.cfg.Sender.Send(ctx, cand)
}

// Tokens reads and renders amounts in each token's units.
func (c *Client) Tokens() *Tokens { return c.tokens }

// Deployment is the deployment the client talks to.
func (c *Client) Deployment() chain.Deployment { return c.d }

// ------------------------------------------------------------------ progress

// Stage is a step of a run, in order.
type Stage int

const (
	StagePaying     Stage = iota // a deposit is being made before posting
	StagePosted                  // the job is open, waiting for a solver to match it
	StageMatched                 // a provider has the deal and is running the job
	StageSubmitted               // a result is posted; the challenge window is open
	StageChallenged              // the result is disputed; mediators re-run the job
	StageAccepted                // the result is final; downloading it
	StageDownloaded              // the result is on disk and verified
)

// Progress is one report of a run.
type Progress struct {
	Stage   Stage
	JobID   *big.Int // nil before the job is posted
	Message string   // what a person reads: "Deal agreed. Running job..."
	Detail  string   // secondary facts: provider, deadlines, CID
	// Warning marks a report that does not start a new step (the run goes on).
	Warning bool
}

// ------------------------------------------------------------------ run

// RunOptions tune a job; the zero value takes the module's and Pond's defaults.
type RunOptions struct {
	// PrimaryInput, when set, is the value of the module's primary input (for example a prompt).
	PrimaryInput string
	Token        common.Address // default: the native currency
	Price        *big.Int       // paid to the provider on success; default DefaultPrice
	SolverFee    *big.Int       // default: the module's
	RunTime      uint32         // seconds from the match to submit a result; default: the module's
	Expiry       time.Duration  // how long the job stays open for a match; default DefaultExpiry
	CommitteeID  uint32         // 0: the default mediator committee
	// OutputDir receives the result; it must not exist. Default: pond-results/<jobId> (with a
	// -2, -3, ... suffix when that exists).
	OutputDir string
	// NoSettle leaves finalize and resolveChallenge to others (the provider, any keeper); by
	// default the client calls them itself once their deadline passes.
	NoSettle bool
	Progress func(Progress)
}

// Result is a finished run.
type Result struct {
	JobID *big.Int
	CID   string
	Dir   string
	// Failure is set when the module failed on the job's inputs: Dir then holds the record of
	// that failure (failure.json, and the module's stdout where it is reproducible), which is
	// the result the provider submitted and was paid for.
	Failure   *executor.Failure
	Provider  common.Address
	Price     *big.Int
	SolverFee *big.Int
	Token     common.Address
}

// JobFailedError ends a run whose job did not produce an accepted result. The creator's refund is
// credited to its balance in the market (withdraw it to the wallet).
type JobFailedError struct {
	JobID     *big.Int
	Status    uint8 // the terminal status
	Reason    uint8 // the refund reason
	Refund    *big.Int
	Price     *big.Int
	SolverFee *big.Int
	Provider  common.Address
	Token     common.Address
	// Expired: the job passed its expiry without a match. The client cancels such a job as its
	// creator as soon as the wall clock passes the expiry, so the chain may log the refund as
	// CancelledByCreator while the chain's clock lags.
	Expired bool
	tokens  *Tokens
}

// Compensation is the part of the refund beyond the job's price (and solver fee for a job that
// never matched): the provider's collateral given to the creator.
func (e *JobFailedError) Compensation() *big.Int {
	base := new(big.Int).Set(e.Price)
	if e.Reason == RefundExpired || e.Reason == RefundCancelledByCreator {
		base.Add(base, e.SolverFee)
	}
	if c := new(big.Int).Sub(e.Refund, base); c.Sign() > 0 {
		return c
	}
	return new(big.Int)
}

func (e *JobFailedError) money(v *big.Int) string { return e.tokens.Money(e.Token, v) }

func (e *JobFailedError) Error() string {
	refund := fmt.Sprintf("refunded %s to your Pond balance", e.money(e.Refund))
	reason := e.Reason
	if e.Expired {
		reason = RefundExpired
	}
	switch reason {
	case RefundExpired:
		return fmt.Sprintf("job %s: no provider took the job before it expired; it was cancelled, %s (price + solver fee); `pond job why %s` says which check each offer failed",
			e.JobID, refund, e.JobID)
	case RefundCancelledByCreator:
		return fmt.Sprintf("job %s: cancelled before any provider took it, %s (price + solver fee)", e.JobID, refund)
	case RefundProviderTimedOut:
		return fmt.Sprintf("job %s: provider %s did not submit a result before the run deadline; the job timed out, %s: the %s price plus %s of the provider's collateral as compensation (the solver fee is not refunded)",
			e.JobID, e.Provider.Hex(), refund, e.money(e.Price), e.money(e.Compensation()))
	case RefundResultRejected:
		return fmt.Sprintf("job %s: the mediators rejected provider %s's result; %s: the %s price plus %s of the provider's collateral as compensation (the solver fee is not refunded)",
			e.JobID, e.Provider.Hex(), refund, e.money(e.Price), e.money(e.Compensation()))
	}
	return fmt.Sprintf("job %s ended %s; %s", e.JobID, StatusName(e.Status), refund)
}

// ModuleInfo is a published module version's job defaults.
type ModuleInfo struct {
	ID           uint32
	NameVersion  string
	Resources    bindings.Resources
	RunTime      uint32
	SolverFee    *big.Int
	PrimaryInput string
	SpecURI      string
	SpecHash     [32]byte
}

// ErrModuleNotFound is returned for a module version the registry does not know.
var ErrModuleNotFound = errors.New("module version not published")

// Module resolves name:version in the module registry.
func (c *Client) Module(ctx context.Context, nameVersion string) (ModuleInfo, error) {
	name, version, ok := strings.Cut(nameVersion, ":")
	if !ok || name == "" || version == "" {
		return ModuleInfo{}, fmt.Errorf("module %q: want name:version, for example cowsay:v0.0.1", nameVersion)
	}
	id, err := c.registry.ModuleID(ctx, c.cfg.Backend, nameVersion)
	if err != nil {
		return ModuleInfo{}, fmt.Errorf("resolve module %s: %w", nameVersion, err)
	}
	if id == 0 {
		return ModuleInfo{}, fmt.Errorf("module %s: %w in the registry at %s", nameVersion, ErrModuleNotFound, c.d.ModuleRegistry.Hex())
	}
	m, err := c.registry.Module(ctx, c.cfg.Backend, id)
	if err != nil {
		return ModuleInfo{}, fmt.Errorf("read module %s (id %d): %w", nameVersion, id, err)
	}
	return ModuleInfo{
		ID: id, NameVersion: m.NameVersion, Resources: m.Resources, RunTime: m.DefaultRunTime,
		SolverFee: m.DefaultSolverFee, PrimaryInput: m.PrimaryInput, SpecURI: m.SpecUri, SpecHash: m.SpecHash,
	}, nil
}

// Run posts a job for nameVersion with inputs and follows it to the end: it returns the
// downloaded, verified result, or an error saying what went wrong and what was refunded
// (*JobFailedError when the market refunded the job). When ctx ends while the job is still open,
// Run cancels it.
func (c *Client) Run(ctx context.Context, nameVersion string, inputs map[string]string, opts RunOptions) (*Result, error) {
	report := opts.reporter()
	if c.cfg.Sender == nil {
		return nil, ErrNoSender
	}
	mod, err := c.Module(ctx, nameVersion)
	if err != nil {
		return nil, err
	}
	req, err := c.jobRequest(ctx, mod, inputs, opts.PrimaryInput, opts, report)
	if err != nil {
		return nil, err
	}
	if opts.OutputDir != "" {
		if _, err := os.Lstat(opts.OutputDir); err == nil {
			return nil, fmt.Errorf("output directory %s already exists; choose another", opts.OutputDir)
		}
	}
	need := new(big.Int).Add(req.Price, req.SolverFee)
	if req.Expiry, err = c.expiry(ctx, opts); err != nil {
		return nil, err
	}
	// An ERC-20 job is paid by a deposit first: a job the market refuses is refused before.
	if req.Token != chain.Native {
		if err := c.checkPost(ctx, req); err != nil {
			return nil, fmt.Errorf("post the %s job: %w", nameVersion, err)
		}
	}
	value, err := c.fund(ctx, req.Token, need, report)
	if err != nil {
		return nil, err
	}
	if req.Expiry, err = c.expiry(ctx, opts); err != nil {
		return nil, err
	}
	cand, err := c.market.PostJob(req, value)
	if err != nil {
		return nil, err
	}
	rcpt, err := c.sendPost(ctx, cand, req.Expiry, report)
	if err != nil {
		return nil, fmt.Errorf("post the %s job: %w", nameVersion, err)
	}
	ids := jobIDsFrom(rcpt)
	if len(ids) == 0 {
		return nil, fmt.Errorf("post the %s job: transaction %s emitted no JobPosted", nameVersion, rcpt.TxHash)
	}
	return c.follow(ctx, ids[0], req, nameVersion, rcpt.BlockNumber.Uint64(), opts, report)
}

// RunMany posts one job for each value of the module's primary input (the other inputs, and
// the terms, the same for all) and follows each to its end as Run does. The jobs are posted
// in one postJobs per chain.MaxBatch of them, paid from the Pond balance: whatever the balance
// lacks is deposited first (batched posts take no value). results[i] and errs[i] are value i's
// job's outcome (a job that could not be posted has the batch item's reason); err is a failure
// before any job was posted. With opts.OutputDir each result goes to <OutputDir>/<jobId>.
func (c *Client) RunMany(ctx context.Context, nameVersion string, inputs map[string]string, values []string, opts RunOptions) (results []*Result, errs []error, err error) {
	report := opts.reporter()
	if c.cfg.Sender == nil {
		return nil, nil, ErrNoSender
	}
	if len(values) == 0 {
		return nil, nil, errors.New("no primary input value: nothing to post")
	}
	mod, err := c.Module(ctx, nameVersion)
	if err != nil {
		return nil, nil, err
	}
	if mod.PrimaryInput == "" {
		return nil, nil, fmt.Errorf("module %s has no primary input, so several values cannot make several jobs; pass its inputs by name and run one job at a time", nameVersion)
	}
	reqs := make([]bindings.IPondMarketJobRequest, len(values))
	for i, v := range values {
		if reqs[i], err = c.jobRequest(ctx, mod, inputs, v, opts, report); err != nil {
			return nil, nil, fmt.Errorf("job %d of %d (%s=%q): %w", i+1, len(values), mod.PrimaryInput, v, err)
		}
	}
	if opts.OutputDir != "" {
		if _, err := os.Lstat(opts.OutputDir); err == nil {
			return nil, nil, fmt.Errorf("output directory %s already exists; choose another", opts.OutputDir)
		}
	}
	token := reqs[0].Token
	each := new(big.Int).Add(reqs[0].Price, reqs[0].SolverFee)
	need := new(big.Int).Mul(each, big.NewInt(int64(len(reqs))))
	expiry, err := c.expiry(ctx, opts)
	if err != nil {
		return nil, nil, err
	}
	// The jobs share their terms: one the market refuses is refused before anything is paid.
	first := reqs[0]
	first.Expiry = expiry
	if err := c.checkPost(ctx, first); err != nil {
		return nil, nil, fmt.Errorf("post the %s jobs: %w", nameVersion, err)
	}
	if err := c.fundBalance(ctx, token, need, fmt.Sprintf("%d jobs", len(reqs)), report); err != nil {
		return nil, nil, err
	}
	if expiry, err = c.expiry(ctx, opts); err != nil { // after the deposit's blocks
		return nil, nil, err
	}
	results, errs = make([]*Result, len(reqs)), make([]error, len(reqs))
	type posted struct {
		i     int
		id    *big.Int
		block uint64
	}
	var jobs []posted
	for _, ch := range chain.Chunks(len(reqs)) {
		batch := reqs[ch[0]:ch[1]]
		for i := range batch {
			batch[i].Expiry = expiry
		}
		cand, err := c.market.PostJobs(batch)
		if err != nil {
			return nil, nil, err
		}
		rcpt, err := c.sendPost(ctx, cand, expiry, report)
		if err != nil {
			if len(jobs) == 0 {
				return nil, nil, fmt.Errorf("post the %s jobs: %w", nameVersion, err)
			}
			for i := ch[0]; i < len(reqs); i++ {
				errs[i] = fmt.Errorf("not posted: postJobs of jobs %d to %d failed: %w", ch[0]+1, ch[1], err)
			}
			break
		}
		failed, err := chain.BatchFailures(rcpt, c.d.Market)
		if err != nil {
			return nil, nil, fmt.Errorf("post the %s jobs: transaction %s: %w", nameVersion, rcpt.TxHash, err)
		}
		ids := jobIDsFrom(rcpt) // in the order of the items that went through
		for i := range batch {
			if why, bad := failed[i]; bad {
				errs[ch[0]+i] = fmt.Errorf("not posted (postJobs item %d): %w; nothing was taken from your balance for it", i, why)
				report(Progress{Warning: true, Message: fmt.Sprintf("Job %d of %d (%s=%q) was not posted: %v", ch[0]+i+1, len(reqs), mod.PrimaryInput, values[ch[0]+i], why)})
				continue
			}
			if len(ids) == 0 {
				return nil, nil, fmt.Errorf("post the %s jobs: transaction %s emitted fewer JobPosted than items that went through", nameVersion, rcpt.TxHash)
			}
			jobs = append(jobs, posted{i: ch[0] + i, id: ids[0], block: rcpt.BlockNumber.Uint64()})
			ids = ids[1:]
		}
	}
	var wg sync.WaitGroup
	for _, j := range jobs {
		o := opts
		if opts.OutputDir != "" {
			o.OutputDir = filepath.Join(opts.OutputDir, j.id.String())
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[j.i], errs[j.i] = c.follow(ctx, j.id, reqs[j.i], nameVersion, j.block, o, report)
		}()
	}
	wg.Wait()
	return results, errs, nil
}

func (o RunOptions) reporter() func(Progress) {
	if o.Progress == nil {
		return func(Progress) {}
	}
	return o.Progress
}

// checkPost runs postJob(req) from the account without sending it: the market checks the
// token, price, run time, expiry, module and committee before it takes the payment, so a
// request it refuses for any reason but the balance (not funded yet) is an error, before
// anything is deposited or sent.
func (c *Client) checkPost(ctx context.Context, req bindings.IPondMarketJobRequest) error {
	cand, err := c.market.PostJob(req, nil)
	if err != nil {
		return err
	}
	if err := c.call(ctx, cand); err != nil && !errors.Is(err, revert.Named("InsufficientBalance")) {
		return fmt.Errorf("%w (nothing was deposited or paid)", err)
	}
	return nil
}

// postInterruptGrace is how long a post interrupted once its transaction may be in the node's
// pool still waits for its receipt, so that the jobs it posted are known and cancelled.
const postInterruptGrace = time.Minute

// sendPost sends a transaction that posts jobs (and pays for them). An interruption (ctx
// ending) before it is sent stops it; one while it is sent or mined does not abandon it: its
// receipt is still waited for, up to postInterruptGrace, so that the caller can follow the
// jobs it posted to their cancellation rather than leave them open, unnamed, with their price
// and solver fee in escrow. A post still unsure after that says so and what to do.
func (c *Client) sendPost(ctx context.Context, cand txmgr.Candidate, expiry *big.Int, report func(Progress)) (*types.Receipt, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("interrupted before the post was sent: %w", err)
	}
	sendCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	watched := make(chan struct{})
	defer func() { cancel(); <-watched }()
	gaveUp := false
	go func() {
		defer close(watched)
		select {
		case <-sendCtx.Done():
			return
		case <-ctx.Done():
		}
		report(Progress{Warning: true, Message: fmt.Sprintf("Interrupted while the post transaction is on its way: waiting up to %s for it to be mined, to cancel what it posts...", postInterruptGrace)})
		select {
		case <-sendCtx.Done():
		case <-time.After(postInterruptGrace):
			gaveUp = true
			cancel()
		}
	}()
	r, err := c.send(sendCtx, cand)
	cancel()
	<-watched
	if err != nil && gaveUp {
		return nil, fmt.Errorf("%w; interrupted while the transaction was pending, it may still be mined: if it is, its jobs (created by %s) are open with their price and solver fee in escrow until `pond job cancel <jobId>` or their expiry at %s",
			err, c.Account().Hex(), Time(expiry.Uint64()))
	}
	return r, err
}

// jobRequest is the request of a job of module mod with inputs (primary, when set, the value
// of its primary input) and the terms of opts; its inputs are checked against the module
// first. Its expiry is left to set.
func (c *Client) jobRequest(ctx context.Context, mod ModuleInfo, inputs map[string]string, primary string, opts RunOptions, report func(Progress)) (bindings.IPondMarketJobRequest, error) {
	in := make(map[string]string, len(inputs)+1)
	for k, v := range inputs {
		in[k] = v
	}
	if primary != "" {
		if mod.PrimaryInput == "" {
			return bindings.IPondMarketJobRequest{}, fmt.Errorf("module %s has no primary input; pass inputs by name", mod.NameVersion)
		}
		if _, dup := in[mod.PrimaryInput]; dup {
			return bindings.IPondMarketJobRequest{}, fmt.Errorf("input %s given twice (by name and as the primary input)", mod.PrimaryInput)
		}
		in[mod.PrimaryInput] = primary
	}
	if err := c.checkInputs(ctx, mod, in, report); err != nil {
		return bindings.IPondMarketJobRequest{}, err
	}
	inputsJSON, err := marshalInputs(in)
	if err != nil {
		return bindings.IPondMarketJobRequest{}, err
	}
	req := bindings.IPondMarketJobRequest{
		ModuleId: mod.ID, Token: opts.Token, Price: opts.Price, SolverFee: opts.SolverFee,
		Resources: mod.Resources, RunTime: opts.RunTime, CommitteeId: opts.CommitteeID, Inputs: inputsJSON,
	}
	if req.Price == nil {
		req.Price = DefaultPrice
	}
	if req.SolverFee == nil {
		req.SolverFee = mod.SolverFee
	}
	if req.RunTime == 0 {
		req.RunTime = mod.RunTime
	}
	return req, nil
}

// expiry is when a job posted now stops waiting for a match: opts.Expiry (default
// DefaultExpiry) from now by the chain's clock (a devnet's may run ahead of the wall clock),
// read after funding, whose blocks move it on.
func (c *Client) expiry(ctx context.Context, opts RunOptions) (*big.Int, error) {
	expiry := opts.Expiry
	if expiry == 0 {
		expiry = DefaultExpiry
	}
	head, err := c.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the chain head: %w", err)
	}
	start := max(head.Time, uint64(c.cfg.Now().Unix()))
	return new(big.Int).SetUint64(start + uint64(expiry.Seconds())), nil
}

// follow reports job jobID posted (by the transaction of block) with req and follows it to its
// end.
func (c *Client) follow(ctx context.Context, jobID *big.Int, req bindings.IPondMarketJobRequest, nameVersion string, block uint64, opts RunOptions, report func(Progress)) (*Result, error) {
	c.log.Debug("job posted", zap.Stringer("job", jobID), zap.String("module", nameVersion),
		zap.String("price", c.tokens.Money(req.Token, req.Price)))
	report(Progress{Stage: StagePosted, JobID: jobID, Message: ProgressMessage(StatusOpen),
		Detail: fmt.Sprintf("job %s, %s, price %s + solver fee %s, open until %s", jobID, nameVersion,
			c.tokens.Money(req.Token, req.Price), c.tokens.Money(req.Token, req.SolverFee), Time(req.Expiry.Uint64()))})
	out := opts.OutputDir
	if out == "" {
		out = filepath.Join("pond-results", jobID.String())
	}
	w := &watch{c: c, jobID: jobID, opts: opts, report: report, out: out,
		token: req.Token, price: req.Price, solverFee: req.SolverFee}
	return w.follow(ctx, block)
}

// fund makes sure the job can be paid: from the market balance when it covers need, by value
// for the native currency, else by depositing the shortfall of an ERC-20 first. It returns the
// value to send with postJob.
func (c *Client) fund(ctx context.Context, token common.Address, need *big.Int, report func(Progress)) (*big.Int, error) {
	me := c.Account()
	bal, err := c.market.BalanceOf(ctx, c.cfg.Backend, me, token)
	if err != nil {
		return nil, fmt.Errorf("read your Pond balance: %w", err)
	}
	if bal.Cmp(need) >= 0 {
		return nil, nil
	}
	if token != chain.Native {
		return nil, c.fundBalance(ctx, token, need, "the job", report)
	}
	wallet, err := c.cfg.Backend.BalanceAt(ctx, me, nil)
	if err != nil {
		return nil, fmt.Errorf("read the balance of %s: %w", me.Hex(), err)
	}
	if wallet.Cmp(need) < 0 {
		return nil, fmt.Errorf("account %s cannot pay %s (price + solver fee): it holds %s and has %s in Pond",
			me.Hex(), c.tokens.Money(token, need), c.tokens.Money(token, wallet), c.tokens.Money(token, bal))
	}
	report(Progress{Stage: StagePaying, Message: fmt.Sprintf("Paying %s with the job (your Pond balance is %s)...",
		c.tokens.Money(token, need), c.tokens.Money(token, bal))})
	return need, nil
}

// fundBalance makes sure the Pond balance of token covers need (the price and solver fee of
// what), depositing the shortfall from the wallet first.
func (c *Client) fundBalance(ctx context.Context, token common.Address, need *big.Int, what string, report func(Progress)) error {
	me := c.Account()
	bal, err := c.market.BalanceOf(ctx, c.cfg.Backend, me, token)
	if err != nil {
		return fmt.Errorf("read your Pond balance: %w", err)
	}
	if bal.Cmp(need) >= 0 {
		return nil
	}
	short := new(big.Int).Sub(need, bal)
	if token == chain.Native {
		wallet, err := c.cfg.Backend.BalanceAt(ctx, me, nil)
		if err != nil {
			return fmt.Errorf("read the balance of %s: %w", me.Hex(), err)
		}
		if wallet.Cmp(short) < 0 {
			return fmt.Errorf("account %s cannot pay %s for %s (price + solver fee): it has %s in Pond and holds %s, less than the %s to deposit",
				me.Hex(), c.tokens.Money(token, need), what, c.tokens.Money(token, bal), c.tokens.Money(token, wallet), c.tokens.Money(token, short))
		}
	}
	report(Progress{Stage: StagePaying, Message: fmt.Sprintf("Depositing %s to pay %s for %s (your Pond balance is %s)...",
		c.tokens.Money(token, short), c.tokens.Money(token, need), what, c.tokens.Money(token, bal))})
	return c.Deposit(ctx, token, short)
}

// jobTerms are the watched job's terms, read once from its JobPosted when first needed.
func (w *watch) jobTerms(ctx context.Context) (chain.JobTerms, error) {
	if w.terms == nil {
		t, _, err := w.c.Terms(ctx, w.jobID)
		if err != nil {
			return chain.JobTerms{}, err
		}
		w.terms = &t
	}
	return *w.terms, nil
}

// jobIDsFrom are the ids of the jobs a transaction posted, in order.
func jobIDsFrom(r *types.Receipt) []*big.Int {
	m := bindings.NewPondMarket()
	var ids []*big.Int
	for _, l := range r.Logs {
		if ev, err := m.UnpackJobPostedEvent(l); err == nil {
			ids = append(ids, ev.JobId)
		}
	}
	return ids
}

// watch follows one posted job.
type watch struct {
	c      *Client
	jobID  *big.Int
	opts   RunOptions
	report func(Progress)
	out    string

	token            common.Address
	price, solverFee *big.Int
	// terms are the job's terms, for the calls that move it on; read from its JobPosted log
	// when not known from the post.
	terms     *chain.JobTerms
	provider  common.Address
	resultCID string
	settled   *bindings.PondMarketJobSettled
	// challengeWaiting: the job's challenge waits in its committee's queue (its MediationOpened,
	// when it comes, is news).
	challengeWaiting bool
	stage            Stage
	cancelledExpired bool // this client cancelled the job because it expired
	// The result is fetched as soon as it is submitted, into a hidden directory next to out, so
	// that a result nobody can download is known while it can still be challenged.
	tmp        string
	prefetched string
	// moveOnFailures counts consecutive failed deadline actions.
	moveOnFailures int
}

func (w *watch) follow(ctx context.Context, fromBlock uint64) (*Result, error) {
	c := w.c
	jobTopic := common.BigToHash(w.jobID)
	fl, err := chain.MarketFollower(c.d, follow.Config[chain.Event]{
		Dial: c.cfg.Dial, FromBlock: fromBlock, PollInterval: c.cfg.PollInterval,
		// Every job event of the market and the mediator registry indexes the job id first.
		Topics: [][]common.Hash{nil, {jobTopic}},
		Logger: c.log,
	})
	if err != nil {
		return nil, err
	}
	followCtx, stop := context.WithCancel(ctx)
	defer stop()
	defer func() {
		if w.tmp != "" {
			os.RemoveAll(w.tmp)
		}
	}()
	events := make(chan chain.Event, 64)
	followErr := make(chan error, 1)
	go func() {
		followErr <- fl.Run(followCtx, func(ctx context.Context, ev follow.Event[chain.Event]) error {
			select {
			case events <- ev.Value:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	tick := time.NewTicker(c.cfg.PollInterval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, w.interrupted(ctx.Err())
		case err := <-followErr:
			if ctx.Err() != nil {
				return nil, w.interrupted(ctx.Err())
			}
			return nil, fmt.Errorf("follow job %s: %w", w.jobID, err)
		case ev := <-events:
			res, done, err := w.handle(ctx, ev)
			if done || err != nil {
				return res, err
			}
		case <-tick.C:
			if err := w.moveOn(ctx); err != nil {
				return nil, err
			}
		}
	}
}

// handle reacts to one event of the job; done reports the end of the run.
func (w *watch) handle(ctx context.Context, ev chain.Event) (*Result, bool, error) {
	c := w.c
	switch e := ev.(type) {
	case *bindings.PondMarketJobMatched:
		if e.JobId.Cmp(w.jobID) != 0 {
			return nil, false, nil
		}
		w.provider = e.Provider
		w.progress(StageMatched, ProgressMessage(StatusMatched), fmt.Sprintf("provider %s (offer %s), result due by %s",
			e.Provider.Hex(), e.OfferId, Time(e.RunDeadline.Uint64())))
	case *bindings.PondMarketJobAbandoned:
		if e.JobId.Cmp(w.jobID) != 0 {
			return nil, false, nil
		}
		w.provider = common.Address{}
		w.progress(StagePosted, "The provider gave the deal back: it could not fetch the module or the inputs. The job is open again.",
			fmt.Sprintf("provider %s, its collateral returned; matchable until %s, your price and solver fee still in escrow",
				e.Provider.Hex(), Time(e.Deadline.Uint64())))
	case *bindings.PondMarketResultSubmitted:
		if e.JobId.Cmp(w.jobID) != 0 {
			return nil, false, nil
		}
		w.resultCID = e.Cid
		w.progress(StageSubmitted, ProgressMessage(StatusSubmitted),
			fmt.Sprintf("result %s, challenge window until %s", e.Cid, Time(e.ChallengeDeadline.Uint64())))
		w.prefetch(ctx, e.ChallengeDeadline.Uint64())
	case *bindings.PondMarketJobChallenged:
		if e.JobId.Cmp(w.jobID) != 0 {
			return nil, false, nil
		}
		msg := ProgressMessage(StatusChallenged)
		if e.RevealDeadline.Sign() == 0 {
			msg, w.challengeWaiting = ChallengeWaitingMessage, true
		}
		w.progress(StageChallenged, msg,
			fmt.Sprintf("challenged by %s, committee %d, %s", e.Challenger.Hex(), e.CommitteeId, VotesDue(e.RevealDeadline.Uint64())))
	case *bindings.MediatorRegistryMediationOpened:
		// A challenge that waited in its committee's queue opens later, on its own.
		if e.JobId.Cmp(w.jobID) != 0 || !w.challengeWaiting {
			return nil, false, nil
		}
		w.challengeWaiting = false
		w.progress(StageChallenged, ChallengeOpenedMessage,
			fmt.Sprintf("committee %d, %s", e.CommitteeId, VotesDue(e.RevealDeadline.Uint64())))
	case *bindings.PondMarketJobSettled:
		if e.JobId.Cmp(w.jobID) != 0 {
			return nil, false, nil
		}
		if e.Status != StatusAccepted && e.Status != StatusUndecided {
			w.settled = e // the JobRefunded of the same transaction follows
			return nil, false, nil
		}
		if e.Status == StatusUndecided {
			// No majority either way: the result stands and its provider is paid.
			w.progress(StageSubmitted, "The mediators reached no majority: the result stands.",
				fmt.Sprintf("provider %s paid, %s of the mediation fee back to the challenger", w.provider.Hex(), c.tokens.Money(w.token, e.ToChallenger)))
		}
		res, err := w.download(ctx)
		return res, true, err
	case *bindings.PondMarketJobRefunded:
		if e.JobId.Cmp(w.jobID) != 0 {
			return nil, false, nil
		}
		status := uint8(StatusCancelled)
		if w.settled != nil {
			status = w.settled.Status
		}
		c.log.Debug("job refunded", zap.Stringer("job", w.jobID), zap.String("status", StatusName(status)),
			zap.String("refund", c.tokens.Money(w.token, e.Amount)))
		return nil, true, &JobFailedError{
			JobID: w.jobID, Status: status, Reason: e.Reason, Refund: e.Amount, Price: w.price, SolverFee: w.solverFee,
			Provider: w.provider, Token: w.token, tokens: c.tokens,
			Expired: e.Reason == RefundExpired || (e.Reason == RefundCancelledByCreator && w.cancelledExpired),
		}
	}
	return nil, false, nil
}

func (w *watch) progress(s Stage, msg, detail string) {
	w.stage = s
	w.c.log.Debug(msg, zap.Stringer("job", w.jobID), zap.String("detail", detail))
	w.report(Progress{Stage: s, JobID: w.jobID, Message: msg, Detail: detail})
}

// moveOn calls whichever exit the job's passed deadline opens: cancel an open job past its expiry,
// time out a deal with no result past its run deadline, finalize an unchallenged result, resolve a
// mediation. Losing the race to someone else doing it is not an error: its events will come.
func (w *watch) moveOn(ctx context.Context) error {
	c := w.c
	job, err := c.market.Job(ctx, c.cfg.Backend, w.jobID)
	if err != nil {
		c.log.Warn("read job", zap.Stringer("job", w.jobID), zap.Error(err))
		return nil
	}
	head, err := c.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		c.log.Warn("read head", zap.Error(err))
		return nil
	}
	deadline := job.Deadline.Uint64()
	passed := head.Time >= deadline
	var call func(*big.Int, chain.JobTerms) (txmgr.Candidate, error)
	var what string
	// After a result, the calls pass its result argument too: the result this watch followed.
	withResult := func(settle func(*big.Int, chain.JobTerms, string) (txmgr.Candidate, error)) func(*big.Int, chain.JobTerms) (txmgr.Candidate, error) {
		return func(id *big.Int, t chain.JobTerms) (txmgr.Candidate, error) {
			return settle(id, t, chain.ResultArg(job.Callback, w.resultCID))
		}
	}
	switch job.Status {
	case StatusOpen:
		// The creator may cancel at any time, so the wall clock suffices when the chain is idle.
		if !passed && uint64(c.cfg.Now().Unix()) < deadline {
			return nil
		}
		call, what = c.market.CancelJob, "cancel the expired job"
		w.cancelledExpired = true
	case StatusMatched:
		if !passed {
			return nil
		}
		call, what = c.market.TimeoutJob, "time out the deal"
	case StatusSubmitted:
		if !passed || w.opts.NoSettle {
			return nil
		}
		call, what = withResult(c.market.Finalize), "finalize the job"
	case StatusChallenged:
		if !passed || w.opts.NoSettle {
			return nil
		}
		call, what = withResult(c.market.ResolveChallenge), "resolve the mediation"
	default:
		return nil
	}
	c.log.Debug("deadline passed: "+what, zap.Stringer("job", w.jobID), zap.String("status", StatusName(job.Status)))
	// The job's terms (read from its JobPosted log unless known from the post) go with the call.
	terms, err := w.jobTerms(ctx)
	var cand txmgr.Candidate
	if err == nil {
		cand, err = call(w.jobID, terms)
	}
	if err == nil {
		_, err = c.send(ctx, cand)
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil // the select loop reports the interruption
		}
		if isRaceLost(err) {
			c.log.Debug("someone else moved the job on", zap.Stringer("job", w.jobID), zap.Error(err))
			return nil
		}
		// A dropped connection or a busy node gets a few more ticks; a lasting failure (no gas
		// money, for instance) ends the run with its reason.
		if w.moveOnFailures++; w.moveOnFailures < maxMoveOnFailures {
			c.log.Warn("deadline action failed; retrying", zap.Stringer("job", w.jobID), zap.String("action", what), zap.Error(err))
			return nil
		}
		return fmt.Errorf("job %s: %s: %w", w.jobID, what, err)
	}
	w.moveOnFailures = 0
	return nil
}

// maxMoveOnFailures is how many consecutive failed deadline actions end a run.
const maxMoveOnFailures = 3

// isRaceLost reports reverts meaning the job already moved on (or the chain's clock has not yet
// caught up with the deadline, or its challenge waits in its committee's queue: the market keeps
// deadline 0 for such a challenge, so its resolveChallenge looks due at once): the caller just
// keeps following.
func isRaceLost(err error) bool {
	for _, name := range []string{"JobNotOpen", "JobNotMatched", "JobNotSubmitted", "JobNotChallenged",
		"RunDeadlineNotPassed", "ChallengeWindowOpen", "MediationNotOver", "MediationNotOpen", "MediationWaiting"} {
		if errors.Is(err, revert.Named(name)) {
			return true
		}
	}
	return false
}

// download fetches the accepted result and checks it against its CID.
func (w *watch) download(ctx context.Context) (*Result, error) {
	c := w.c
	if w.opts.OutputDir == "" {
		w.out = freeDir(w.out)
	}
	w.progress(StageAccepted, ProgressMessage(StatusAccepted)+" Downloading result...", fmt.Sprintf("result %s to %s", w.resultCID, w.out))
	if w.resultCID == "" {
		return nil, fmt.Errorf("job %s was accepted but no ResultSubmitted event names its result", w.jobID)
	}
	if c.cfg.Store == nil {
		return nil, fmt.Errorf("job %s was accepted with result %s, but no store is configured to download it from", w.jobID, w.resultCID)
	}
	root, err := cid.Decode(w.resultCID)
	if err != nil {
		return nil, fmt.Errorf("job %s was accepted with result %q, which is not a CID: %w", w.jobID, w.resultCID, err)
	}
	if err := os.MkdirAll(filepath.Dir(w.out), 0o755); err != nil {
		return nil, fmt.Errorf("job %s: create the output directory: %w", w.jobID, err)
	}
	if w.prefetched != "" && os.Rename(w.prefetched, w.out) == nil {
		err = verifyDir(w.out, root)
		if err != nil {
			os.RemoveAll(w.out)
		}
	} else {
		err = FetchResult(ctx, c.cfg.Store, root, w.out)
	}
	if err != nil {
		return nil, fmt.Errorf("job %s was accepted (the provider is paid), but its result %s could not be downloaded and verified: %w", w.jobID, root, err)
	}
	w.progress(StageDownloaded, "Result downloaded and verified.", "")
	res := &Result{JobID: w.jobID, CID: root.String(), Dir: w.out, Provider: w.provider,
		Price: w.price, SolverFee: w.solverFee, Token: w.token}
	if f, ok, err := executor.ReadFailure(w.out); err == nil && ok {
		res.Failure = &f
	}
	return res, nil
}

// prefetch downloads a submitted result during its challenge window and warns when it cannot
// be downloaded or does not match its CID.
func (w *watch) prefetch(ctx context.Context, challengeDeadline uint64) {
	c := w.c
	if c.cfg.Store == nil || w.prefetched != "" {
		return
	}
	warn := func(err error) {
		if ctx.Err() != nil {
			return // interrupted: the run reports that
		}
		c.log.Warn("submitted result not retrievable", zap.Stringer("job", w.jobID), zap.String("cid", w.resultCID), zap.Error(err))
		w.report(Progress{Stage: w.stage, JobID: w.jobID, Warning: true,
			Message: fmt.Sprintf("Warning: the submitted result %s cannot be downloaded and verified yet; a challenge can dispute it until %s.", w.resultCID, Time(challengeDeadline)),
			Detail:  err.Error()})
	}
	root, err := cid.Decode(w.resultCID)
	if err != nil {
		warn(fmt.Errorf("%q is not a CID: %w", w.resultCID, err))
		return
	}
	parent := filepath.Dir(w.out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		warn(err)
		return
	}
	if w.tmp == "" {
		if w.tmp, err = os.MkdirTemp(parent, ".pond-result-*"); err != nil {
			warn(err)
			return
		}
	}
	dest := filepath.Join(w.tmp, "result")
	if err := c.cfg.Store.Get(ctx, root, dest); err != nil {
		warn(err)
		return
	}
	if err := verifyDir(dest, root); err != nil {
		os.RemoveAll(dest)
		warn(err)
		return
	}
	w.prefetched = dest
}

// verifyDir checks that the files at dir hash to root. The stores verify every block they
// return; this checks what was written to disk too.
// FetchResult downloads the result root from store into out (a directory that must not exist
// yet; its parent is made) and checks it hashes to root. On any failure nothing is left at out.
func FetchResult(ctx context.Context, store storage.Store, root cid.Cid, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return fmt.Errorf("create the output directory: %w", err)
	}
	if err := store.Get(ctx, root, out); err != nil {
		os.RemoveAll(out)
		return err
	}
	if err := verifyDir(out, root); err != nil {
		os.RemoveAll(out)
		return err
	}
	return nil
}

func verifyDir(dir string, root cid.Cid) error {
	got, err := storage.DirCID(dir)
	if err != nil {
		return fmt.Errorf("hash the downloaded result: %w", err)
	}
	if !got.Equals(root) {
		return fmt.Errorf("downloaded result hashes to %s, not %s: %w", got, root, storage.ErrCorrupt)
	}
	return nil
}

// interrupted cancels a job that is still open when the run is interrupted, so the creator is
// refunded; a job already matched goes on without the client.
func (w *watch) interrupted(cause error) error {
	c := w.c
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	job, err := c.market.Job(ctx, c.cfg.Backend, w.jobID)
	if err == nil && job.Status == StatusOpen {
		terms, err := w.jobTerms(ctx)
		var cand txmgr.Candidate
		if err == nil {
			cand, err = c.market.CancelJob(w.jobID, terms)
		}
		if err == nil {
			if _, err = c.send(ctx, cand); err == nil {
				return fmt.Errorf("interrupted (%v): cancelled open job %s and refunded %s to your Pond balance",
					cause, w.jobID, c.tokens.Money(w.token, new(big.Int).Add(w.price, w.solverFee)))
			}
		}
		return fmt.Errorf("interrupted (%v): job %s is still open and cancelling it failed: %w", cause, w.jobID, err)
	}
	if err == nil {
		return fmt.Errorf("interrupted (%v): job %s goes on without this client (status %s); `pond job get %s` downloads its result once submitted",
			cause, w.jobID, StatusName(job.Status), w.jobID)
	}
	return fmt.Errorf("interrupted (%v) following job %s", cause, w.jobID)
}

// freeDir is base, or base-2, base-3, ... when it exists (job ids repeat across devnets).
func freeDir(base string) string {
	out := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(out); errors.Is(err, os.ErrNotExist) {
			return out
		}
		out = fmt.Sprintf("%s-%d", base, i)
	}
}

// checkInputs renders the module version with the job's inputs: a missing or unknown input (or
// any other reason the module cannot run them) fails before the job is posted. A module that
// cannot be fetched here is reported, and the job goes ahead: the providers may have it.
func (c *Client) checkInputs(ctx context.Context, mod ModuleInfo, inputs map[string]string, report func(Progress)) error {
	if c.cfg.Modules == nil {
		return nil
	}
	dir, err := c.cfg.Modules.Published(ctx, mod.NameVersion, mod.SpecURI, mod.SpecHash)
	if errors.Is(err, module.ErrModuleUnavailable) {
		report(Progress{Warning: true, Message: "Inputs not checked: the module cannot be fetched here", Detail: err.Error()})
		return nil
	}
	if err != nil {
		return err
	}
	m, err := module.Load(dir)
	if err != nil {
		return err
	}
	if _, _, err := m.Render(inputs); err != nil {
		return fmt.Errorf("%s: %w (nothing was posted or paid)", mod.NameVersion, err)
	}
	return nil
}

// GitVersion finds the published version of a Git module reference: name:<tag> (name defaults to
// the repository's name). The published version pins a commit; when the tag has moved since, the
// pinned commit is what runs and note says so. A version of another repository under that name
// is refused.
func (c *Client) GitVersion(ctx context.Context, ref module.GitRef, commit, name string) (nameVersion, note string, err error) {
	if name == "" {
		name = ref.DefaultName()
	}
	nameVersion = name + ":" + ref.Rev
	mod, err := c.Module(ctx, nameVersion)
	if errors.Is(err, ErrModuleNotFound) {
		return "", "", fmt.Errorf("%s (commit %s) is not published as %s: publish it first with `pond module publish %s` (it pins the commit and the image digests)",
			ref, commit, nameVersion, ref)
	}
	if err != nil {
		return "", "", err
	}
	src, err := module.ParseGitSource(mod.SpecURI)
	if err != nil || src.Repo != ref.Repo || src.Dir != ref.Dir {
		return "", "", fmt.Errorf("%s is published from %s, not from %s; publish under another name (--name)", nameVersion, mod.SpecURI, ref)
	}
	if src.Commit != commit {
		note = fmt.Sprintf("tag %s now points at commit %s, but %s pins commit %s: the pinned commit runs", ref.Rev, commit[:12], nameVersion, src.Commit[:12])
	}
	return nameVersion, note, nil
}
