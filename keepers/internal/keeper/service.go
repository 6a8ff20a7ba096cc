package keeper

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/backoff"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Metrics is what the skeleton records for every keeper.
type Metrics interface {
	TxMetrics
	// HeadLag is the number of confirmed blocks whose events the view has not applied yet.
	HeadLag(blocks uint64)
	// Synced says whether the view is current enough to act on.
	Synced(ok bool)
	// StepFailed counts steps that returned an error.
	StepFailed()
}

// Base is what every keeper is configured with besides its own work: its account, the chain
// and deployment, and how it paces itself. Each keeper's package re-exports it as Base.
type Base struct {
	Key        *ecdsa.PrivateKey
	Deployment chain.Deployment
	Chain      Chain
	// Dial is how the view's follower connects; default follow.Static(Chain).
	Dial follow.Dialer
	// PollInterval is how often the head is read when nothing wakes the loop. Default 1s.
	PollInterval time.Duration
	// TxPollInterval is how often receipts are polled. Default 500ms.
	TxPollInterval time.Duration
	// Confirmations: events are applied, and acted on, once their block is this deep.
	Confirmations uint64
	// IndexPath is the on-disk index of the market (keepers/index) the view resumes from and
	// lets ended jobs go to; empty keeps the whole market in memory and replays the chain from
	// the deployment block on every start (tests, short runs).
	IndexPath string
	// FeeLimitMultiplier caps each transaction's fees at this multiple of its first estimate
	// (txmgr.Config.FeeLimitMultiplier; 0 is its default, 5).
	FeeLimitMultiplier uint64
	// MaxOutage is how long the chain may be unreachable, or the view stuck behind it,
	// before the keeper stops with an error instead of waiting. Default 5 minutes.
	MaxOutage time.Duration
	// NoBatch sends one transaction per item (matchJob, submitResult, finalize) even when
	// several are due, instead of one batched call (matchJobs, submitResults, finalizeJobs) per
	// chunk of chain.MaxBatch items: what the batches save is measured against it.
	NoBatch bool
	Logger  *zap.Logger
}

// Sentinel configuration errors of Base.Check.
var (
	ErrNoKey        = errors.New("no private key")
	ErrNoChain      = errors.New("no chain client")
	ErrNoDeployment = errors.New("the deployment names no market")
)

// Check validates the settings every keeper needs.
func (b *Base) Check() error {
	switch {
	case b.Key == nil:
		return ErrNoKey
	case b.Chain == nil:
		return ErrNoChain
	case b.Deployment.Market == (common.Address{}):
		return ErrNoDeployment
	}
	return nil
}

// Config is what the skeleton is built from.
type Config struct {
	Base
	// Name names the keeper in logs and errors ("solver", "provider", "mediator").
	Name string
	// PendingTimeout bounds the wait for transactions a previous process left pending.
	// Default 1 minute.
	PendingTimeout time.Duration
	// MaxBackoff caps the pause after consecutive failed steps. Default 30s.
	MaxBackoff time.Duration
	Metrics    Metrics
}

func (c Config) withDefaults() Config {
	if c.Dial == nil {
		c.Dial = follow.Static(c.Chain)
	}
	if c.PollInterval == 0 {
		c.PollInterval = time.Second
	}
	if c.PendingTimeout == 0 {
		c.PendingTimeout = time.Minute
	}
	if c.MaxBackoff == 0 {
		c.MaxBackoff = 30 * time.Second
	}
	if c.MaxOutage == 0 {
		c.MaxOutage = 5 * time.Minute
	}
	if c.Logger == nil {
		c.Logger = zap.NewNop()
	}
	if c.Metrics == nil {
		c.Metrics = nopMetrics{}
	}
	return c
}

// Step is one round of a keeper's own work, run once the view is current at head. It returns
// the highest block of the transactions it had mined (0: none): the next step runs only once
// the view has applied that block, so it never proposes the same action twice.
type Step func(ctx context.Context, head Head) (seenBlock uint64, err error)

// Keeper is the skeleton every keeper runs in: the transaction manager of its key, a view of
// the market, and the loop that calls its step. Start runs it; Stop (or a failure of the view
// that cannot be repaired) ends it.
//
// The loop, in order: wait for transactions a previous process of this account left pending
// (so a restart never resends an action about to land); then on every new head, or wake-up:
// read the head, wait until the view has applied every confirmed block, and run the step.
// Failed steps back off exponentially up to MaxBackoff. The keeper never acts on a stale view:
// a step runs only once the view is current at the head it just read, and a view that stops
// (a decode error, an index it cannot write) or a chain unreachable for longer than MaxOutage
// ends the keeper with an error that Err reports and Done signals.
type Keeper struct {
	Name    string
	Chain   Chain
	Log     *zap.Logger
	Tracker *state.Tracker
	Send    *Sender
	// Index is the view's on-disk index (nil without Base.IndexPath).
	Index *index.Index

	cfg  Config
	wake chan struct{}

	// ctx is the loop's context, from Start until Stop: the workers' (a step's own context
	// ends with the step).
	ctx     context.Context
	workers sync.WaitGroup
	cancel  context.CancelFunc
	done    chan struct{}

	mu     sync.Mutex
	err    error
	health Health
}

// Health is what the keeper says about itself (served on /healthz).
type Health struct {
	// Running is true from Start until the keeper ends.
	Running bool `json:"running"`
	// Synced is true while the view is current at the last head read.
	Synced bool `json:"synced"`
	// Head is the last head read; ViewBlock the last block whose events the view applied.
	Head      uint64 `json:"head"`
	ViewBlock uint64 `json:"viewBlock"`
	// LastStep is when the last step succeeded.
	LastStep time.Time `json:"lastStep,omitzero"`
	// Failing counts consecutive failed steps or head reads; LastError is the last one's.
	Failing   int    `json:"failing"`
	LastError string `json:"lastError,omitempty"`
	// Err is why the keeper stopped on its own.
	Err string `json:"err,omitempty"`
	// ViewRebuilds counts the rebuilds of the view after reorgs deeper than the confirmations.
	ViewRebuilds int `json:"viewRebuilds"`
}

// Sentinel errors.
var (
	ErrChainUnreachable = errors.New("the chain has been unreachable for longer than the outage limit")
	ErrViewStuck        = errors.New("the market view has not caught up with the chain for longer than the outage limit")
	ErrViewFailed       = errors.New("the market view stopped")
)

// New builds a keeper's skeleton: its transaction manager, a logger named after it carrying
// its address, and its view of the market (not yet started).
func New(ctx context.Context, cfg Config) (*Keeper, error) {
	cfg = cfg.withDefaults()
	logger := cfg.Logger.Named(cfg.Name)
	// The transaction manager counts what it sends when the keeper's metrics record that too.
	txMetrics, _ := cfg.Metrics.(txmgr.Metrics)
	// An event is acted on once its block has Confirmations blocks on top; a receipt counts
	// the same blocks plus its own.
	mgr, err := txmgr.New(ctx, cfg.Chain, txmgr.Config{Key: cfg.Key, PollInterval: cfg.TxPollInterval, Errors: chain.Errors(),
		Confirmations: cfg.Confirmations + 1, FeeLimitMultiplier: cfg.FeeLimitMultiplier, Metrics: txMetrics, Logger: logger})
	if err != nil {
		return nil, err
	}
	log := logger.With(zap.Stringer(cfg.Name, mgr.From()))
	tcfg := state.TrackerConfig{Deployment: cfg.Deployment, Dial: cfg.Dial,
		Confirmations: cfg.Confirmations, PollInterval: cfg.PollInterval, Logger: log}
	var idx *index.Index
	if cfg.IndexPath != "" {
		if idx, err = index.OpenView(cfg.IndexPath, cfg.Deployment); err != nil {
			return nil, fmt.Errorf("%s: %w", cfg.Name, err)
		}
		tcfg.Store = idx
	}
	tr, err := state.NewTracker(tcfg)
	if err != nil {
		if idx != nil {
			idx.Close()
		}
		return nil, err
	}
	return &Keeper{
		Name: cfg.Name, Chain: cfg.Chain, Log: log, Tracker: tr, Index: idx,
		Send: &Sender{Manager: mgr, Metrics: cfg.Metrics, Log: log},
		cfg:  cfg, wake: make(chan struct{}, 1),
	}, nil
}

// Batches says whether several items due at once go in one batched call (not Base.NoBatch).
func (k *Keeper) Batches() bool { return !k.cfg.NoBatch }

// Address is the keeper's account.
func (k *Keeper) Address() common.Address { return k.Send.From() }

// Start starts the view and the loop that calls step; it returns at once.
func (k *Keeper) Start(ctx context.Context, step Step) error {
	if k.done != nil {
		return fmt.Errorf("%s: already started", k.Name)
	}
	if err := k.Tracker.Start(ctx); err != nil {
		return fmt.Errorf("%s: start the market view: %w", k.Name, err)
	}
	k.ctx, k.cancel = context.WithCancel(ctx)
	k.done = make(chan struct{})
	k.setHealth(func(h *Health) { h.Running = true })
	go k.run(k.ctx, step)
	return nil
}

// Stop ends the loop, waits for the keeper's workers (bounded by ctx) and stops the view.
func (k *Keeper) Stop(ctx context.Context) error {
	if k.cancel == nil {
		if k.Index != nil {
			return k.Index.Close()
		}
		return nil
	}
	k.cancel()
	var err error
	select {
	case <-k.done:
	case <-ctx.Done():
		err = fmt.Errorf("%s: stop: %w", k.Name, ctx.Err())
	}
	workers := make(chan struct{})
	go func() { k.workers.Wait(); close(workers) }()
	select {
	case <-workers:
	case <-ctx.Done():
		err = fmt.Errorf("%s: stop: workers still running: %w", k.Name, ctx.Err())
	}
	k.Tracker.Stop()
	if k.Index != nil {
		err = errors.Join(err, k.Index.Close())
	}
	return err
}

// Done is closed when the loop ends, after Stop or on a failure Err reports.
func (k *Keeper) Done() <-chan struct{} { return k.done }

// Err is why the keeper stopped on its own (nil while it runs or after Stop).
func (k *Keeper) Err() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.err
}

// Health is the keeper's current health.
func (k *Keeper) Health() Health {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.health
}

// HealthCheck is Health for a health endpoint: ok while the keeper runs on a current view.
func (k *Keeper) HealthCheck() (ok bool, detail any) {
	h := k.Health()
	return h.Running && h.Synced, h
}

func (k *Keeper) setHealth(f func(*Health)) {
	k.mu.Lock()
	f(&k.health)
	k.mu.Unlock()
}

// Go runs f as a worker of the keeper, called from a step (after Start). The worker outlives
// the step: f gets the keeper's context, never the step's (which ends when the step returns),
// so work it hands on (a module run) is not cancelled with the step. Stop cancels that context
// and waits for f to return.
func (k *Keeper) Go(f func(ctx context.Context)) {
	k.workers.Add(1)
	go func() {
		defer k.workers.Done()
		f(k.ctx)
	}()
}

// Wake makes the loop run its next step without waiting for the poll interval.
func (k *Keeper) Wake() {
	select {
	case k.wake <- struct{}{}:
	default:
	}
}

func (k *Keeper) fail(err error) {
	err = fmt.Errorf("%s: %w", k.Name, err)
	k.Log.Error("keeper stopping", zap.Error(err))
	k.setHealth(func(h *Health) { h.Err, h.Running, h.Synced = err.Error(), false, false })
	k.mu.Lock()
	k.err = err
	k.mu.Unlock()
	k.cfg.Metrics.Synced(false)
}

func (k *Keeper) run(ctx context.Context, step Step) {
	defer close(k.done)
	defer k.setHealth(func(h *Health) { h.Running = false })
	if err := k.recoverPending(ctx); err != nil {
		if ctx.Err() == nil {
			k.fail(err)
		}
		return
	}
	retry := backoff.Backoff{Policy: backoff.Policy{Min: k.cfg.PollInterval, Max: k.cfg.MaxBackoff}}
	var (
		failingSince time.Time // first failed head read of the current outage
		stuckSince   time.Time // when the view was first seen behind without progress
		stuckAt      uint64
		synced       bool
	)
	for {
		if err := k.Tracker.Err(); err != nil {
			k.fail(fmt.Errorf("%w: %w", ErrViewFailed, err))
			return
		}
		wait := k.cfg.PollInterval
		head, err := ReadHead(ctx, k.Chain)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			if failingSince.IsZero() {
				failingSince = time.Now()
			}
			if time.Since(failingSince) > k.cfg.MaxOutage {
				k.fail(fmt.Errorf("%w (%s): %w", ErrChainUnreachable, k.cfg.MaxOutage, err))
				return
			}
			wait = retry.Failed()
			k.noteFailure(err)
		default:
			failingSince = time.Time{}
			target := head.Number - min(head.Number, k.cfg.Confirmations)
			viewBlock, current := k.waitView(ctx, target)
			if ctx.Err() != nil {
				return
			}
			k.cfg.Metrics.HeadLag(target - min(target, viewBlock))
			rebuilds := k.Tracker.Rebuilds()
			k.setHealth(func(h *Health) {
				h.Head, h.ViewBlock, h.Synced, h.ViewRebuilds = head.Number, viewBlock, current, rebuilds
			})
			k.cfg.Metrics.Synced(current)
			if !current {
				// Not acting on a view that is behind; fail only if it stopped making progress.
				if stuckSince.IsZero() || viewBlock != stuckAt {
					stuckSince, stuckAt = time.Now(), viewBlock
				} else if time.Since(stuckSince) > k.cfg.MaxOutage {
					k.fail(fmt.Errorf("%w (%s): view at block %d, chain at %d", ErrViewStuck, k.cfg.MaxOutage, viewBlock, target))
					return
				}
				break
			}
			stuckSince = time.Time{}
			if !synced {
				synced = true
				k.Log.Info("market view is current", zap.Uint64("block", viewBlock), zap.Uint64("head", head.Number))
			}
			seen, err, outage := k.runStep(ctx, step, head)
			if ctx.Err() != nil {
				return
			}
			if outage != nil {
				k.fail(outage)
				return
			}
			if err != nil {
				k.cfg.Metrics.StepFailed()
				wait = retry.Failed()
				k.noteFailure(err)
				k.Log.Warn("step failed", zap.Error(err), zap.Duration("retryIn", wait))
				break
			}
			retry.Succeeded()
			k.setHealth(func(h *Health) { h.LastStep, h.Failing, h.LastError = time.Now(), 0, "" })
			if seen > 0 {
				// Let the view see this step's own transactions before deciding again.
				wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
				_ = k.Tracker.WaitBlock(wctx, seen)
				cancel()
			}
		}
		if !k.pause(ctx, wait, retry.Failures() > 0) {
			return
		}
	}
}

// runStep runs one step while watching the chain: a step can wait on the chain for long (a
// transaction waiting for its receipt), and a chain unreachable for longer than MaxOutage
// during it cancels the step and is returned as outage.
func (k *Keeper) runStep(ctx context.Context, step Step, head Head) (seen uint64, err, outage error) {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	watched := make(chan error, 1)
	stop := make(chan struct{})
	go func() {
		var failingSince time.Time
		for {
			select {
			case <-stop:
				watched <- nil
				return
			case <-time.After(k.cfg.PollInterval):
			}
			rctx, rcancel := context.WithTimeout(sctx, max(k.cfg.PollInterval, time.Second))
			_, err := ReadHead(rctx, k.Chain)
			rcancel()
			switch {
			case sctx.Err() != nil:
				watched <- nil
				return
			case err == nil:
				failingSince = time.Time{}
			case failingSince.IsZero():
				failingSince = time.Now()
			case time.Since(failingSince) > k.cfg.MaxOutage:
				watched <- fmt.Errorf("%w (%s) during a step: %w", ErrChainUnreachable, k.cfg.MaxOutage, err)
				cancel()
				return
			}
		}
	}()
	seen, err = step(sctx, head)
	close(stop)
	outage = <-watched
	return seen, err, outage
}

// waitView waits (about a poll interval at most) until the view has applied block target.
func (k *Keeper) waitView(ctx context.Context, target uint64) (uint64, bool) {
	wctx, cancel := context.WithTimeout(ctx, max(k.cfg.PollInterval, time.Second))
	defer cancel()
	err := k.Tracker.WaitBlock(wctx, target)
	return k.Tracker.Block(), err == nil
}

func (k *Keeper) noteFailure(err error) {
	k.setHealth(func(h *Health) { h.Failing++; h.LastError = err.Error() })
}

// pause waits d; while not backing off, new events or a wake-up end it early.
func (k *Keeper) pause(ctx context.Context, d time.Duration, backingOff bool) bool {
	timer := time.NewTimer(d)
	defer timer.Stop()
	var changed <-chan struct{}
	wake := k.wake
	if !backingOff {
		changed = k.Tracker.Changed()
	} else {
		wake = nil
	}
	select {
	case <-ctx.Done():
		return false
	case <-timer.C:
	case <-wake:
	case <-changed:
	}
	return true
}

// recoverPending waits (at most PendingTimeout) until no transaction of the keeper's account
// is pending: a keeper restarted while its previous process had a send in flight lets that
// send land before it decides anything, so it does not send the same action again.
func (k *Keeper) recoverPending(ctx context.Context) error {
	account := k.Address()
	deadline := time.Now().Add(k.cfg.PendingTimeout)
	logged := false
	var failingSince time.Time
	for {
		pending, err := k.Chain.PendingNonceAt(ctx, account)
		var mined uint64
		if err == nil {
			mined, err = k.Chain.NonceAt(ctx, account, nil)
		}
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case err != nil:
			if failingSince.IsZero() {
				failingSince = time.Now()
			}
			if time.Since(failingSince) > k.cfg.MaxOutage {
				return fmt.Errorf("%w: read the account's nonces: %w", ErrChainUnreachable, err)
			}
			k.noteFailure(err)
		case pending <= mined:
			return nil
		case time.Now().After(deadline):
			k.Log.Warn("own transactions still pending; going on", zap.Uint64("pending", pending-mined))
			return nil
		case !logged:
			k.Log.Info("waiting for transactions sent before this start", zap.Uint64("pending", pending-mined))
			logged = true
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

type nopMetrics struct{}

func (nopMetrics) Tx(string, string, uint64, *big.Int) {}
func (nopMetrics) HeadLag(uint64)                      {}
func (nopMetrics) Synced(bool)                         {}
func (nopMetrics) StepFailed()                         {}
