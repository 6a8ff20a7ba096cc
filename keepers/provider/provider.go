// Package provider is the resource provider keeper: it keeps an offer describing its machine
// open, keeps collateral in escrow, runs the deals matched to it with the module executors,
// stores the outputs, submits their CID and finalizes its deals once the challenge window
// has passed.
//
// It is stateless: on start it rebuilds the market from events. A deal already submitted is
// never run or submitted again; a deal matched but not submitted is run (again). Results are
// cached on disk by job id, so a restart between running and submitting only submits.
package provider

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/backoff"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/internal/atomicfile"
	"github.com/pond-compute/pond/keepers/internal/keeper"
	"github.com/pond-compute/pond/keepers/metrics"
	"github.com/pond-compute/pond/keepers/modulerun"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/storage"
)

// Metrics is what the provider records.
type Metrics interface {
	keeper.Metrics
	JobSeen()
	JobRun(d time.Duration)
	JobFailed()
	// Deals: deals waiting for a worker, running, and the collateral live deals lock.
	Deals(queued, running int, collateralLocked *big.Int)
	// DealEnded: a deal ended with status; earned is what it paid beyond the collateral back.
	DealEnded(status string, token common.Address, earned *big.Int)
	// DeliveriesDeferred: the deferred deliveries the provider will make and has not made.
	DeliveriesDeferred(n int)
}

// Base is what every keeper is configured with: account, chain, deployment, pacing.
type Base = keeper.Base

// Sentinel configuration errors.
var (
	ErrNoKey          = keeper.ErrNoKey
	ErrNoChain        = keeper.ErrNoChain
	ErrNoDeployment   = keeper.ErrNoDeployment
	ErrNoStore        = errors.New("provider: no result store")
	ErrNoExecutor     = errors.New("provider: no module executor")
	ErrNoWorkDir      = errors.New("provider: no work directory")
	ErrNoCapacity     = errors.New("provider: offered capacity is zero")
	ErrNoAskPrice     = errors.New("provider: no ask price")
	ErrBadConcurrency = errors.New("provider: concurrent deals must be between 1 and 64")
	// ErrMaxCollateralBelowCollateral: the most to top up to is less than what is always kept.
	ErrMaxCollateralBelowCollateral = errors.New("provider: the maximum collateral is below the collateral kept")
)

// Config configures a Provider.
type Config struct {
	Base

	// Store keeps result directories (a local store or Kubo).
	Store storage.Store
	// Executors run modules, by name.
	Executors map[string]executor.Executor
	// ModuleDirs hold module directories found by content hash (modules/).
	ModuleDirs []string
	// MaxModuleFetchBytes bounds what fetching one module by its CID writes to the module
	// cache; 0: module.DefaultMaxFetchBytes.
	MaxModuleFetchBytes int64
	// WorkDir holds run directories and the result cache.
	WorkDir string

	// Offer terms.
	Capacity         state.Resources
	Token            common.Address
	AskPrice         *big.Int
	OfferLifetime    time.Duration // default 24h
	Modules          []uint32      // empty: any module
	AcceptsDefault   bool
	TrustedCommittee uint32
	// MinRunTime is the shortest run time (seconds) of the jobs the offer takes: a job whose
	// module needs longer than it allows would time out and cost the collateral.
	MinRunTime uint32
	// Collateral is the escrow the provider keeps for collateral (free plus locked in deals):
	// when it is below, the difference is deposited. Nil deposits nothing for its own sake.
	Collateral *big.Int
	// MaxCollateral caps the escrow (free plus locked) the provider tops up to from its wallet
	// so that it can take the largest open job its offer accepts; nil: Collateral (no top-up
	// beyond it).
	MaxCollateral *big.Int
	// Payout receives what Withdraw takes out of escrow: an address whose key stays off this
	// machine (a cold wallet), so the keeper's hot key never holds the earnings. Zero: the
	// provider's own account.
	Payout common.Address

	// MaxConcurrent bounds the deals run at once. Default 2.
	MaxConcurrent int

	// DeliverAny also makes other providers' deferred deliveries, not only those of this
	// provider's deals (delivery.go): the delivery fee is paid to whoever delivers.
	DeliverAny bool

	Metrics Metrics
}

// Check validates the configuration.
func (c *Config) Check() error {
	if err := c.Base.Check(); err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	switch {
	case c.Store == nil:
		return ErrNoStore
	case len(c.Executors) == 0:
		return ErrNoExecutor
	case c.WorkDir == "":
		return ErrNoWorkDir
	case c.Capacity == (state.Resources{}):
		return ErrNoCapacity
	case c.AskPrice == nil || c.AskPrice.Sign() < 0:
		return ErrNoAskPrice
	case c.MaxConcurrent < 0 || c.MaxConcurrent > 64:
		return ErrBadConcurrency
	case c.MaxCollateral != nil && (c.MaxCollateral.Sign() < 0 || c.Collateral != nil && c.MaxCollateral.Cmp(c.Collateral) < 0):
		return ErrMaxCollateralBelowCollateral
	}
	return nil
}

// Provider is the provider keeper. Stop, Done, Err and Health come from the keeper skeleton.
type Provider struct {
	*keeper.Keeper
	cfg    Config
	me     common.Address
	market *chain.Market
	jobs   *modulerun.Runner

	// collateralBps is the market's collateral multiple, and fetchWindow the seconds after a
	// match during which a deal may be given back; both read once at start.
	collateralBps uint32
	fetchWindow   uint64

	mu     sync.Mutex
	active map[uint64]bool // deals with a worker
	// stopRun cancels the run of each active deal: a deal that ended (timed out, given back)
	// or whose run deadline passed can no longer be paid, and its run would hold a worker.
	stopRun   map[uint64]context.CancelFunc
	queue     []dealWork         // deals the last step found due that wait for a worker
	ready     map[uint64]cid.Cid // deals run whose result waits to be submitted
	submitted map[uint64]bool    // deals this process submitted (the state may lag)
	retry     backoff.Keyed[uint64]
	seenJobs  uint64
	// deliveryRetry spaces the attempts of deferred deliveries whose transaction failed;
	// waitingLogged are the deferred deliveries logged as waiting for the base fee (step only).
	deliveryRetry backoff.Keyed[uint64]
	waitingLogged map[uint64]bool
	// held are the deals this provider keeps something for (a worker, a result cached on
	// disk, a failure count): each step checks only these for deals that ended, so pruning
	// costs what the provider holds, not every deal it ever ran.
	held map[uint64]bool
	// results caches the results of deals run, for a restart (results.log in WorkDir).
	results *resultLog
	// runDirs are the work directories deals run in (WorkDir/runs/<n>, MaxConcurrent of
	// them), each taken by one run at a time and emptied, not removed, between runs.
	runDirs chan string
}

// dealRetry spaces the attempts of a deal that could not be run or submitted (the store, the
// engine or the node failing): retried until its run deadline, never dropped. A module that
// fails on its inputs is not such a failure: its failure record is the result.
var dealRetry = backoff.Policy{Min: 2 * time.Second, Max: 2 * time.Minute}

// New validates cfg and builds a provider; Start runs it.
func New(ctx context.Context, cfg Config) (*Provider, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.OfferLifetime == 0 {
		cfg.OfferLifetime = 24 * time.Hour
	}
	if cfg.MaxConcurrent == 0 {
		cfg.MaxConcurrent = 2
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.Noop{}
	}
	if err := os.MkdirAll(cfg.WorkDir, 0o755); err != nil {
		return nil, fmt.Errorf("provider: work dir: %w", err)
	}
	// What a compaction of the result cache killed midway left (the cache itself is whole).
	removed, err := atomicfile.RemoveTemps(cfg.WorkDir)
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	results, err := openResultLog(filepath.Join(cfg.WorkDir, "results.log"))
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	imported, err := results.importDealDirs(filepath.Join(cfg.WorkDir, "deals"))
	if err != nil {
		return nil, fmt.Errorf("provider: %w", err)
	}
	k, err := keeper.New(ctx, keeper.Config{Name: "provider", Base: cfg.Base, Metrics: cfg.Metrics})
	if err != nil {
		return nil, err
	}
	if len(removed) > 0 {
		k.Log.Info("removed the temporary files of a result cache rewrite a previous run did not finish", zap.Strings("files", removed))
	}
	if imported > 0 {
		k.Log.Info("moved the results an earlier version cached in deals/ into results.log", zap.Int("results", imported))
	}
	market := chain.NewMarket(cfg.Deployment.Market)
	params, err := market.Params(ctx, cfg.Chain)
	if err != nil {
		return nil, fmt.Errorf("provider: read market params: %w", err)
	}
	// Deals whose results an earlier process cached are held from the start, and checked at
	// each step like any other.
	held := map[uint64]bool{}
	for _, id := range results.IDs() {
		held[id] = true
	}
	runDirs := make(chan string, cfg.MaxConcurrent)
	for i := range cfg.MaxConcurrent {
		runDirs <- filepath.Join(cfg.WorkDir, "runs", strconv.Itoa(i))
	}
	return &Provider{
		Keeper: k, cfg: cfg, me: k.Address(), market: market, collateralBps: params.CollateralBps, runDirs: runDirs, results: results,
		fetchWindow: uint64(params.FetchWindow),
		jobs: &modulerun.Runner{Executors: cfg.Executors, Store: cfg.Store, ModuleDirs: cfg.ModuleDirs,
			CacheDir: filepath.Join(cfg.WorkDir, "modules"), MaxModuleFetchBytes: cfg.MaxModuleFetchBytes, Outputs: cfg.Store},
		active: map[uint64]bool{}, stopRun: map[uint64]context.CancelFunc{}, ready: map[uint64]cid.Cid{}, submitted: map[uint64]bool{}, retry: backoff.Keyed[uint64]{Policy: dealRetry}, held: held,
		deliveryRetry: backoff.Keyed[uint64]{Policy: deliveryBackoff}, waitingLogged: map[uint64]bool{},
	}, nil
}

// State is the provider's view of the market.
func (p *Provider) State() *state.Tracker { return p.Tracker }

// Start serves deals until Stop. Runs in progress when it stops are cancelled (a restart runs
// them again).
func (p *Provider) Start(ctx context.Context) error {
	if err := p.Keeper.Start(ctx, p.step); err != nil {
		return err
	}
	p.Log.Info("provider started", zap.Any("capacity", p.cfg.Capacity), zap.Stringer("ask", p.cfg.AskPrice))
	return nil
}

// view is what one step decides from.
type view struct {
	balance *big.Int
	locked  *big.Int      // collateral in live deals
	need    *big.Int      // the collateral of the largest open job the provider could take
	offers  []state.Offer // own offers
	toRun   []dealWork
	toFinal []state.Job // deals whose challenge window passed, by id
	// toDrop: deals whose challenge waits for a committee that can no longer judge (it may
	// never take the mediation; resolveChallenge then ends the deal, the result standing).
	toDrop   []state.Job
	terminal []uint64
	// deliveries are the deferred deliveries the provider makes that are due at the head's
	// base fee, and waiting those that wait for it to fall.
	deliveries, waiting []delivery
}

type dealWork struct {
	job state.Job
	mod state.Module
}

func (p *Provider) step(ctx context.Context, head keeper.Head) (uint64, error) {
	var v view
	p.mu.Lock()
	held := slices.Collect(maps.Keys(p.held))
	p.mu.Unlock()
	p.Tracker.View(func(m *state.Market) {
		// Only live jobs stay in the view: a held deal that is not there has ended.
		for _, id := range held {
			if j := m.Jobs[id]; j == nil || !j.Live() {
				v.terminal = append(v.terminal, id)
			}
		}
		// Collateral locked in deals comes back when they end: it counts towards the target.
		v.balance, v.locked = m.Balance(p.me, p.cfg.Token), new(big.Int)
		for _, o := range m.Offers {
			if o.Provider == p.me {
				v.offers = append(v.offers, *o)
			}
		}
		for ; p.seenJobs < m.JobCount; p.seenJobs++ {
			p.cfg.Metrics.JobSeen()
		}
		for _, j := range m.Jobs {
			if j.Provider != p.me {
				continue
			}
			if j.Status >= state.StatusMatched && j.Status <= state.StatusChallenged && j.Token == p.cfg.Token && j.Collateral != nil {
				v.locked.Add(v.locked, j.Collateral)
			}
			switch {
			case j.Status == state.StatusMatched && head.Time < j.RunDeadline:
				if mod := m.Modules[j.ModuleID]; mod != nil {
					v.toRun = append(v.toRun, dealWork{job: *j, mod: *mod})
				}
			case j.Status == state.StatusSubmitted && head.Time >= j.ChallengeDeadline:
				v.toFinal = append(v.toFinal, *j)
			case j.ChallengeWaiting() && !m.UsableCommittees[j.MediatorCommittee]:
				v.toDrop = append(v.toDrop, *j)
			}
		}
		v.need = p.collateralNeed(m, head.Time, v.locked)
		v.deliveries, v.waiting = dueDeliveries(m, p.me, p.cfg.DeliverAny, head.BaseFee)
		p.deliveryRetry.Retain(func(id uint64) bool { return m.Deferred[id] != nil })
		maps.DeleteFunc(p.waitingLogged, func(id uint64, _ bool) bool { return m.Deferred[id] == nil })
	})
	slices.SortFunc(v.toRun, func(a, b dealWork) int { return int(a.job.ID) - int(b.job.ID) })
	slices.SortFunc(v.toFinal, func(a, b state.Job) int { return int(a.ID) - int(b.ID) })
	slices.SortFunc(v.toDrop, func(a, b state.Job) int { return int(a.ID) - int(b.ID) })

	p.stopEnded(v.toRun)
	p.startDeals(head.Time, v.toRun)
	p.reportDeals(v)
	var lastBlock uint64
	lastBlock = max(lastBlock, p.submitDue(ctx, v.toRun))
	lastBlock = max(lastBlock, p.giveBack(ctx, head.Time, v.toRun))
	lastBlock = max(lastBlock, p.dropWaiting(ctx, v.toDrop))
	if blk, err := p.ensureCollateral(ctx, v.balance, v.locked, v.need); err != nil {
		p.Log.Warn("collateral deposit failed", zap.Error(err))
	} else {
		lastBlock = max(lastBlock, blk)
	}
	if blk, err := p.ensureOffer(ctx, head.Time, v.offers); err != nil {
		p.Log.Warn("offer upkeep failed", zap.Error(err))
	} else {
		lastBlock = max(lastBlock, blk)
	}
	var mu sync.Mutex
	finalizeEach := func(deals []state.Job) {
		p.concurrently(len(deals), func(i int) {
			if blk, err := p.finalize(ctx, &deals[i]); err == nil {
				mu.Lock()
				lastBlock = max(lastBlock, blk)
				mu.Unlock()
			}
		})
	}
	if len(v.toFinal) > 1 && p.Batches() {
		// Several deals due: one finalizeJobs per chunk, each within a gas budget (a contract
		// client's job needs its callback's stipend). A chunk of one deal, or one whose batch
		// failed as a whole (it found less gas than planned), is finalized deal by deal.
		chunks := chain.ChunksWithin(len(v.toFinal), func(i int) uint64 { return finalizeGas(&v.toFinal[i]) })
		for _, c := range chunks {
			deals := v.toFinal[c[0]:c[1]]
			if len(deals) > 1 {
				blk, err := p.finalizeBatch(ctx, deals)
				if err == nil {
					lastBlock = max(lastBlock, blk)
					continue
				}
				if ctx.Err() != nil {
					break
				}
			}
			finalizeEach(deals)
		}
	} else {
		finalizeEach(v.toFinal)
	}
	p.noteWaiting(v.waiting, head.BaseFee)
	lastBlock = max(lastBlock, p.deliver(ctx, v.deliveries, head.BaseFee))
	p.cfg.Metrics.DeliveriesDeferred(len(v.deliveries) + len(v.waiting))
	for _, id := range p.prune(v.terminal) {
		if j, ok, err := p.Tracker.Job(id); err == nil && ok && j.Provider == p.me {
			earned := new(big.Int)
			if j.ToProvider != nil && j.Collateral != nil {
				earned.Sub(j.ToProvider, j.Collateral)
			}
			p.cfg.Metrics.DealEnded(j.Status.String(), j.Token, earned)
		}
	}
	return lastBlock, nil
}

// reportDeals records the deals in hand: those waiting for a worker, those running, and the
// collateral locked.
func (p *Provider) reportDeals(v view) {
	p.mu.Lock()
	running, queued := len(p.active), 0
	for _, d := range v.toRun {
		if _, ready := p.ready[d.job.ID]; !ready && !p.active[d.job.ID] && !p.submitted[d.job.ID] {
			queued++
		}
	}
	p.mu.Unlock()
	p.cfg.Metrics.Deals(queued, running, v.locked)
}

// ensureOffer keeps one offer with the configured terms open: it extends it before it expires,
// reopens a closed one with the same capacity and token, or posts a new one. Then it withdraws
// the provider's open offers whose terms are no longer the configured ones (a restart with
// other terms): left open, solvers would match them with jobs the operator refuses, and the
// machine would be offered twice.
func (p *Provider) ensureOffer(ctx context.Context, now uint64, own []state.Offer) (uint64, error) {
	last, err := p.keepOffer(ctx, now, own)
	if err != nil {
		return last, err
	}
	for _, o := range own {
		if !o.OpenAt(now) || p.sameTerms(&o) {
			continue
		}
		cand, err := p.market.WithdrawOffer(new(big.Int).SetUint64(o.ID))
		if err != nil {
			return last, err
		}
		r, err := p.Send.Send(ctx, "withdrawOffer", cand, "OfferNotOpen")
		switch {
		case errors.Is(err, keeper.ErrLost):
			continue
		case err != nil:
			return last, err
		}
		p.Log.Info("offer with terms no longer configured withdrawn", zap.Uint64("offer", o.ID),
			zap.Uint32("minRunTime", o.MinRunTime), zap.Any("capacity", o.Capacity))
		last = max(last, r.BlockNumber.Uint64())
	}
	return last, nil
}

// sameTerms says whether offer o has the configured terms but its ask and expiry (which
// updateOffer changes): token, capacity, minimum run time, modules and committees.
func (p *Provider) sameTerms(o *state.Offer) bool {
	if o.Token != p.cfg.Token || o.Capacity != p.cfg.Capacity || o.MinRunTime != p.cfg.MinRunTime ||
		o.AcceptsDefault != p.cfg.AcceptsDefault || o.TrustedCommittee != p.cfg.TrustedCommittee ||
		o.AnyModule != (len(p.cfg.Modules) == 0) {
		return false
	}
	if o.AnyModule {
		return true
	}
	want := map[uint32]bool{}
	for _, id := range p.cfg.Modules {
		want[id] = true
	}
	n := 0
	for id, on := range o.Modules {
		if on {
			n++
			if !want[id] {
				return false
			}
		}
	}
	return n == len(want)
}

// keepOffer opens or renews the offer with the configured terms.
func (p *Provider) keepOffer(ctx context.Context, now uint64, own []state.Offer) (uint64, error) {
	lifetime := uint64(p.cfg.OfferLifetime / time.Second)
	expiry := now + lifetime
	slices.SortFunc(own, func(a, b state.Offer) int { return int(b.ID) - int(a.ID) }) // newest first
	var reuse *state.Offer
	for i := range own {
		o := &own[i]
		if !p.sameTerms(o) {
			continue
		}
		if o.OpenAt(now) && o.Expiry > now+lifetime/4 && o.AskPrice.Cmp(p.cfg.AskPrice) == 0 {
			return 0, nil // open and current
		}
		if reuse == nil {
			reuse = o
		}
	}
	if reuse != nil {
		cand, err := p.market.UpdateOffer(new(big.Int).SetUint64(reuse.ID), p.cfg.AskPrice, expiry)
		if err != nil {
			return 0, err
		}
		r, err := p.Send.Send(ctx, "updateOffer", cand)
		if err != nil {
			return 0, err
		}
		p.Log.Info("offer renewed", zap.Uint64("offer", reuse.ID), zap.Uint64("expiry", expiry))
		return r.BlockNumber.Uint64(), nil
	}
	modules := p.cfg.Modules
	if modules == nil {
		modules = []uint32{}
	}
	cand, err := p.market.PostOffer(bindings.IPondMarketOfferRequest{
		Token: p.cfg.Token, AskPrice: p.cfg.AskPrice, Capacity: p.cfg.Capacity, Expiry: new(big.Int).SetUint64(expiry),
		AnyModule: len(modules) == 0, Modules: modules, AcceptsDefaultCommittee: p.cfg.AcceptsDefault,
		TrustedCommitteeId: p.cfg.TrustedCommittee, MinRunTime: p.cfg.MinRunTime,
	})
	if err != nil {
		return 0, err
	}
	r, err := p.Send.Send(ctx, "postOffer", cand)
	if err != nil {
		return 0, err
	}
	p.Log.Info("offer posted", zap.Any("capacity", p.cfg.Capacity), zap.Stringer("ask", p.cfg.AskPrice), zap.Uint64("expiry", expiry))
	return r.BlockNumber.Uint64(), nil
}

// startDeals gives deals without a worker to the pool, as long as it has room; the rest wait
// in the queue, from which a worker that finishes takes its next deal at once (so a provider
// whose runs are short is not held to MaxConcurrent runs a step), and for a later step.
func (p *Provider) startDeals(now uint64, deals []dealWork) {
	p.mu.Lock()
	defer p.mu.Unlock()
	running := len(p.active)
	p.queue = p.queue[:0]
	for _, d := range deals {
		id := d.job.ID
		// A deal due to be given back gets no new attempt: one that ran past the fetch window
		// and failed again would cost the collateral.
		if _, ready := p.ready[id]; ready || p.active[id] || p.submitted[id] || !p.retry.Due(id, time.Now()) || p.dueGiveBack(d, now) {
			continue
		}
		// A result an earlier process cached waits for no worker: it is submitted with the others.
		if c, cached := p.Result(id); cached {
			p.Log.Info("result cached; submitting", zap.Uint64("job", id), zap.Stringer("cid", c))
			p.ready[id], p.held[id] = c, true
			continue
		}
		if running >= p.cfg.MaxConcurrent {
			// Only a deal never tried is queued: a retry waits for a step, whose head
			// time tells whether the deal is due to be given back instead.
			if failures, _ := p.retry.Failures(id); failures == 0 {
				p.queue = append(p.queue, d)
			}
			continue
		}
		running++
		p.startLocked(d)
	}
}

// stopEnded cancels the runs of deals no longer due to run (toRun: matched, run deadline not
// passed): their result could not be submitted, so running on only holds a worker from the
// deals that can still be paid.
func (p *Provider) stopEnded(toRun []dealWork) {
	due := make(map[uint64]bool, len(toRun))
	for _, d := range toRun {
		due[d.job.ID] = true
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for id, stop := range p.stopRun {
		if !due[id] {
			p.Log.Warn("stopping the run of a deal that can no longer be paid (ended, or past its run deadline)", zap.Uint64("job", id))
			stop()
			delete(p.stopRun, id)
		}
	}
}

// startLocked gives deal d a worker, which then runs the queued deals until none is left; it
// runs until Stop, not only the step. Callers hold p.mu.
func (p *Provider) startLocked(d dealWork) {
	p.active[d.job.ID], p.held[d.job.ID] = true, true
	p.Go(func(ctx context.Context) {
		for {
			id := d.job.ID
			rctx, stop := context.WithCancel(ctx)
			p.mu.Lock()
			p.stopRun[id] = stop
			p.mu.Unlock()
			c, err := p.run(rctx, d)
			stopped := rctx.Err() != nil // the deal ended, or the keeper stops
			stop()
			p.mu.Lock()
			delete(p.active, id)
			delete(p.stopRun, id)
			switch {
			case err == nil:
				p.ready[id] = c // submitted by the next step, with the other results due
			case !stopped:
				p.failedLocked(id, err)
			}
			next, ok := p.nextQueuedLocked(ctx)
			p.mu.Unlock()
			p.Wake()
			if !ok {
				return
			}
			d = next
		}
	})
}

// nextQueuedLocked takes the next queued deal that still waits for a worker and marks it
// active. Callers hold p.mu.
func (p *Provider) nextQueuedLocked(ctx context.Context) (dealWork, bool) {
	for ctx.Err() == nil && len(p.queue) > 0 && len(p.active) < p.cfg.MaxConcurrent {
		d := p.queue[0]
		p.queue = p.queue[1:]
		id := d.job.ID
		if _, ready := p.ready[id]; ready || p.active[id] || p.submitted[id] {
			continue
		}
		if failures, _ := p.retry.Failures(id); failures > 0 {
			continue
		}
		p.active[id], p.held[id] = true, true
		return d, true
	}
	return dealWork{}, false
}

// failedLocked records a failed attempt at deal id (its run, or its submission): it is retried
// with backoff before its run deadline. Callers hold p.mu.
func (p *Provider) failedLocked(id uint64, err error) {
	wait := p.retry.Failed(id, time.Now(), err)
	attempts, _ := p.retry.Failures(id)
	p.cfg.Metrics.JobFailed()
	p.Log.Warn("deal not done; retrying before its run deadline", zap.Uint64("job", id), zap.Int("attempt", attempts),
		zap.Duration("retryIn", wait), zap.Error(err))
}

// giveBack abandons the deals this provider could not run (each attempt failed: the module or
// the inputs could not be fetched, the engine or the store failed) once their fetch window is
// about to close. Given back, a deal costs nobody anything; held to its run deadline without a
// result, it costs the provider its collateral. A creator can name inputs it never serves and
// match them to any offer, so this is what keeps an honest provider whole.
func (p *Provider) giveBack(ctx context.Context, now uint64, deals []dealWork) uint64 {
	var last uint64
	for _, d := range deals {
		id := d.job.ID
		p.mu.Lock()
		due := !p.active[id] && !p.submitted[id] && p.dueGiveBack(d, now)
		failures, _ := p.retry.Failures(id)
		p.mu.Unlock()
		if !due {
			continue
		}
		log := p.Log.With(zap.Uint64("job", id), zap.Int("failedAttempts", failures))
		cand, err := p.market.AbandonJob(new(big.Int).SetUint64(id), d.job.Terms())
		if err != nil {
			continue
		}
		r, err := p.Send.Send(ctx, "abandonJob", cand, "JobNotMatched", "FetchWindowClosed")
		switch {
		case errors.Is(err, keeper.ErrLost):
			log.Info("deal could not be given back", zap.Error(err))
		case err != nil:
			log.Warn("giving the deal back failed", zap.Error(err))
		default:
			log.Warn("deal given back: it could not be run within the fetch window (collateral returned, job reopened)")
			p.mu.Lock()
			p.retry.Forget(id)
			p.mu.Unlock()
			last = max(last, r.BlockNumber.Uint64())
		}
	}
	return last
}

// dueGiveBack says whether deal d, every attempt of which failed so far, is in the last fifth of
// its fetch window (which closes fetchWindow after the match, or at the run deadline if sooner):
// the first four fifths are for retries. Callers hold p.mu.
func (p *Provider) dueGiveBack(d dealWork, now uint64) bool {
	failures, _ := p.retry.Failures(d.job.ID)
	if failures == 0 {
		return false
	}
	matched := d.job.RunDeadline - uint64(d.job.RunTime)
	closes := min(matched+p.fetchWindow, d.job.RunDeadline)
	return now < closes && now+max((closes-matched)/5, 1) >= closes
}

// Result returns the cached result CID of a deal, if the provider has run it.
func (p *Provider) Result(id uint64) (cid.Cid, bool) { return p.results.Get(id) }

// run runs a deal and returns its result's CID, the result stored and its CID cached on disk.
func (p *Provider) run(ctx context.Context, d dealWork) (cid.Cid, error) {
	id := d.job.ID
	log := p.Log.With(zap.Uint64("job", id), zap.String("module", d.mod.NameVersion))
	log.Info("running deal")
	var dir string
	select {
	case dir = <-p.runDirs:
	case <-ctx.Done():
		return cid.Undef, ctx.Err()
	}
	defer func() {
		_ = modulerun.ResetWorkDir(dir) // the outputs are stored: nothing of the run is kept here
		p.runDirs <- dir
	}()
	run, err := p.jobs.RunJob(ctx, &d.job, &d.mod, dir)
	if err != nil {
		if run != nil && len(run.Result.Stderr) > 0 {
			log.Warn("module stderr", zap.ByteString("stderr", run.Result.Stderr))
		}
		return cid.Undef, fmt.Errorf("run deal %d: %w", id, err)
	}
	p.cfg.Metrics.JobRun(run.Result.Duration)
	if run.Failure != nil {
		log.Warn("module failed on the job's inputs; submitting the failure record as the result",
			zap.Stringer("failure", run.Failure), zap.ByteString("stderr", run.Result.Stderr))
	}
	stored := run.CID // the runner stored the result as it hashed it (Runner.Outputs)
	if err := p.results.Put(id, stored); err != nil {
		return cid.Undef, err
	}
	log.Info("deal run", zap.Stringer("cid", stored), zap.Duration("took", run.Result.Duration))
	return stored, nil
}

// submitDue submits the results run and waiting (not yet submitted, not waiting out a retry)
// of deals, still matched before their run deadline: one submitResults per chunk of
// chain.MaxBatch when several are due, else submitResult. It returns the highest block mined.
func (p *Provider) submitDue(ctx context.Context, deals []dealWork) uint64 {
	var ids []uint64
	var cids []cid.Cid
	p.mu.Lock()
	for _, d := range deals {
		id := d.job.ID
		if c, ok := p.ready[id]; ok && !p.submitted[id] && p.retry.Due(id, time.Now()) {
			ids, cids = append(ids, id), append(cids, c)
		}
	}
	p.mu.Unlock()
	var last uint64
	if len(ids) > 1 && p.Batches() {
		for _, c := range chain.Chunks(len(ids)) {
			last = max(last, p.submitBatch(ctx, ids[c[0]:c[1]], cids[c[0]:c[1]]))
		}
		return last
	}
	// One transaction each, sent at once (the transaction manager orders their nonces).
	var mu sync.Mutex
	p.concurrently(len(ids), func(i int) {
		blk := p.submitOne(ctx, ids[i], cids[i])
		mu.Lock()
		last = max(last, blk)
		mu.Unlock()
	})
	return last
}

// concurrently calls fn(0..n-1), at most MaxConcurrent at once, and waits for them.
func (p *Provider) concurrently(n int, fn func(i int)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, p.cfg.MaxConcurrent)
	for i := range n {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			fn(i)
		}()
	}
	wg.Wait()
}

// submitLost are the reverts of a submission that mean the deal no longer awaits a result (it
// was timed out, or its run deadline passed): nothing to retry.
var submitLost = []string{"JobNotMatched", "RunDeadlinePassed"}

// dropWaiting ends deals whose challenge waits for a committee that can no longer judge new
// deals: when fewer than a majority of its members are still bonded for a slash it can never
// take the mediation, and resolveChallenge ends the deal with the result standing (the
// provider paid, the challenger's fee back). While the committee could still take it, the
// call fails in simulation (MediationWaiting) and costs nothing.
func (p *Provider) dropWaiting(ctx context.Context, deals []state.Job) uint64 {
	var last uint64
	for _, j := range deals {
		cand, err := p.market.ResolveChallenge(new(big.Int).SetUint64(j.ID), j.Terms(), j.ResultArg())
		if err != nil {
			continue
		}
		r, err := p.Send.Send(ctx, "resolveChallenge", cand, "MediationWaiting", "JobNotChallenged")
		if err != nil {
			if !errors.Is(err, keeper.ErrLost) {
				p.Log.Warn("waiting challenge not ended", zap.Uint64("job", j.ID), zap.Error(err))
			}
			continue
		}
		p.Log.Info("ended a deal whose challenge its committee can never take", zap.Uint64("job", j.ID))
		last = max(last, r.BlockNumber.Uint64())
	}
	return last
}

// stakeOf is what the provider loses when the results of deals ids are not mined before their
// run deadlines (dealStake). It lets a submission's fee rise past the usual limit
// (txmgr.Candidate.Stake).
func (p *Provider) stakeOf(ids ...uint64) (stake *big.Int) {
	p.Tracker.View(func(m *state.Market) { stake = dealStake(m, ids...) })
	return stake
}

// dealStake sums the collateral and price of the native-currency deals among ids: a token's
// worth in the currency that pays for gas is unknown, so a token deal adds nothing.
func dealStake(m *state.Market, ids ...uint64) *big.Int {
	stake := new(big.Int)
	for _, id := range ids {
		if j := m.Jobs[id]; j != nil && j.Token == chain.Native && j.Collateral != nil && j.Price != nil {
			stake.Add(stake, j.Collateral).Add(stake, j.Price)
		}
	}
	return stake
}

// submitOne submits one deal's result with submitResult.
func (p *Provider) submitOne(ctx context.Context, id uint64, c cid.Cid) uint64 {
	cand, err := p.market.SubmitResult(new(big.Int).SetUint64(id), c.String())
	if err != nil {
		p.submitFailed(ctx, id, err)
		return 0
	}
	cand.Stake = p.stakeOf(id)
	r, err := p.Send.Send(ctx, "submitResult", cand, submitLost...)
	if err != nil && !errors.Is(err, keeper.ErrLost) {
		p.submitFailed(ctx, id, fmt.Errorf("submit result for deal %d: %w", id, err))
		return 0
	}
	p.submitDone(id, c, err)
	if r == nil || r.BlockNumber == nil {
		return 0 // lost in simulation: nothing mined
	}
	return r.BlockNumber.Uint64()
}

// submitBatch submits several deals' results in one submitResults. An item that failed is
// handled as submitOne handles its revert: given up when the deal no longer awaits a result,
// retried otherwise; a batch that failed as a whole is retried item by item the same way.
func (p *Provider) submitBatch(ctx context.Context, ids []uint64, cids []cid.Cid) uint64 {
	jobs := make([]*big.Int, len(ids))
	texts := make([]string, len(ids))
	for i, id := range ids {
		jobs[i], texts[i] = new(big.Int).SetUint64(id), cids[i].String()
	}
	cand, err := p.market.SubmitResults(jobs, texts)
	if err != nil {
		for _, id := range ids {
			p.submitFailed(ctx, id, err)
		}
		return 0
	}
	cand.Stake = p.stakeOf(ids...)
	r, failed, err := p.Send.SendBatch(ctx, "submitResults", cand, p.market.Address)
	if err != nil {
		for _, id := range ids {
			p.submitFailed(ctx, id, fmt.Errorf("submit result for deal %d (a batch of %d): %w", id, len(ids), err))
		}
		return 0
	}
	for i, id := range ids {
		why, bad := failed[i]
		switch {
		case bad && keeper.IsRevert(why, submitLost...):
			p.submitDone(id, cids[i], fmt.Errorf("%w: submitResults item %d: %w", keeper.ErrLost, i, why))
		case bad:
			p.submitFailed(ctx, id, fmt.Errorf("submit result for deal %d (submitResults item %d of %d): %w", id, i, len(ids), why))
		default:
			p.submitDone(id, cids[i], nil)
		}
	}
	return r.BlockNumber.Uint64()
}

// submitDone records a deal whose result is submitted, or that no longer awaits one (lost).
func (p *Provider) submitDone(id uint64, c cid.Cid, lost error) {
	p.mu.Lock()
	delete(p.ready, id)
	p.submitted[id] = true
	p.retry.Forget(id)
	p.mu.Unlock()
	if lost != nil {
		p.Log.Info("deal no longer awaits a result", zap.Uint64("job", id), zap.Error(lost))
		return
	}
	p.Log.Info("result submitted", zap.Uint64("job", id), zap.Stringer("cid", c))
}

// submitFailed records a submission that failed: retried with backoff (the result stays cached).
func (p *Provider) submitFailed(ctx context.Context, id uint64, err error) {
	if ctx.Err() != nil {
		return
	}
	p.mu.Lock()
	p.failedLocked(id, err)
	p.mu.Unlock()
}

func (p *Provider) finalize(ctx context.Context, j *state.Job) (uint64, error) {
	id := j.ID
	cand, err := p.market.Finalize(new(big.Int).SetUint64(id), j.Terms(), j.ResultArg())
	if err != nil {
		return 0, err
	}
	r, err := p.Send.Send(ctx, "finalize", cand, "JobNotSubmitted")
	if err != nil {
		if !errors.Is(err, keeper.ErrLost) && ctx.Err() == nil {
			p.Log.Warn("finalize failed", zap.Uint64("job", id), zap.Error(err))
		}
		return 0, err
	}
	p.Log.Info("deal finalized", zap.Uint64("job", id))
	return r.BlockNumber.Uint64(), nil
}

// finalizeGas is the most gas finalizing deal j may need in a batch: the settlement and, for a
// contract client's job, the callback's stipend in full.
func finalizeGas(j *state.Job) uint64 { return chain.FinalizeGas(j.Callback, j.CallbackGasLimit) }

// finalizeBatch settles several deals in one finalizeJobs; an item that fails (another party
// finalized it first) is logged and changes nothing.
func (p *Provider) finalizeBatch(ctx context.Context, deals []state.Job) (uint64, error) {
	jobs := make([]*big.Int, len(deals))
	batchTerms := make([]chain.JobTerms, len(deals))
	results := make([]string, len(deals))
	for i := range deals {
		jobs[i] = new(big.Int).SetUint64(deals[i].ID)
		batchTerms[i], results[i] = deals[i].Terms(), deals[i].ResultArg()
	}
	cand, err := p.market.FinalizeJobs(jobs, batchTerms, results)
	if err != nil {
		return 0, err
	}
	// A contract client's callback may cost less under eth_estimateGas (which runs it with no
	// gas price) than once included; the estimate would then leave the items after it short,
	// and the batch would revert (BatchOutOfGas) at the provider's cost. With a callback in the
	// chunk, the batch is sent with the gas planned for every stipend in full.
	if slices.ContainsFunc(deals, func(j state.Job) bool { return j.Callback }) {
		for i := range deals {
			cand.GasLimit += finalizeGas(&deals[i])
		}
	}
	r, failed, err := p.Send.SendBatch(ctx, "finalizeJobs", cand, p.market.Address)
	if err != nil {
		if ctx.Err() == nil {
			p.Log.Warn("finalize batch failed", zap.Int("deals", len(deals)), zap.Error(err))
		}
		return 0, err
	}
	for i := range deals {
		if why, bad := failed[i]; bad {
			p.Log.Info("deal not finalized", zap.Uint64("job", deals[i].ID), zap.Error(why))
			continue
		}
		p.Log.Info("deal finalized", zap.Uint64("job", deals[i].ID))
	}
	return r.BlockNumber.Uint64(), nil
}

// prune drops what the provider holds for deals that ended.
func (p *Provider) prune(terminal []uint64) (pruned []uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, id := range terminal {
		if p.active[id] {
			continue
		}
		delete(p.submitted, id)
		delete(p.ready, id)
		p.retry.Forget(id)
		delete(p.held, id)
		pruned = append(pruned, id)
	}
	if err := p.results.Forget(pruned); err != nil {
		p.Log.Warn("result cache not compacted", zap.Error(err))
	}
	return pruned
}

// CachedResults is the number of deals whose results the provider keeps on disk (for a
// restart): those it ran and has not yet seen end.
func (p *Provider) CachedResults() int { return p.results.Len() }

// Holding is what the provider keeps in memory for deals: the deals it holds anything for (a
// worker, a result cached on disk, a submission it remembers) and the retry counts of deals
// that failed. A deal that ended is let go of at the next step, so both stay bounded by the
// live deals however many the provider has run.
func (p *Provider) Holding() (deals, retries int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	ids := maps.Clone(p.held)
	maps.Copy(ids, p.active)
	maps.Copy(ids, p.submitted)
	return len(ids), p.retry.Len()
}

// Withdraw sends the provider's free escrow balance of its token (or amount, when not nil) to
// its payout address (its own account when none is configured) and returns what it withdrew
// and where to.
func (p *Provider) Withdraw(ctx context.Context, amount *big.Int) (*big.Int, common.Address, error) {
	to := p.cfg.Payout
	if to == (common.Address{}) {
		to = p.me
	}
	if amount == nil {
		bal, err := p.market.BalanceOf(ctx, p.cfg.Chain, p.me, p.cfg.Token)
		if err != nil {
			return nil, to, err
		}
		amount = bal
	}
	if amount.Sign() == 0 {
		return amount, to, nil
	}
	cand, err := p.market.Withdraw(p.cfg.Token, amount, to)
	if err != nil {
		return nil, to, err
	}
	if _, err := p.Send.Send(ctx, "withdraw", cand); err != nil {
		return nil, to, fmt.Errorf("withdraw %s to %s: %w", amount, to.Hex(), err)
	}
	return amount, to, nil
}
