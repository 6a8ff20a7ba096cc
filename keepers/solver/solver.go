package solver

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/internal/keeper"
	"github.com/pond-compute/pond/keepers/metrics"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Metrics is what the solver records.
type Metrics interface {
	JobSeen()
	JobMatched()
	RaceLost()
	HeadLag(blocks uint64)
	Tx(call, outcome string, gasUsed uint64, fee *big.Int)
}

// Sentinel configuration errors.
var (
	ErrNoKey        = errors.New("solver: no private key")
	ErrNoChain      = errors.New("solver: no chain client")
	ErrNoDeployment = errors.New("solver: deployment names no market")
	ErrBadInFlight  = errors.New("solver: max in-flight matches must be between 1 and 256")
)

// Config configures a Solver.
type Config struct {
	Key        *ecdsa.PrivateKey
	Deployment chain.Deployment
	Chain      keeper.Chain
	// Dial is how the event follower connects; default: follow.Static(Chain).
	Dial follow.Dialer
	// PollInterval is how often the head is read. Default 1s.
	PollInterval time.Duration
	// TxPollInterval is how often receipts are polled. Default 500ms.
	TxPollInterval time.Duration
	Confirmations  uint64
	// MaxInFlight bounds the matches sent at once. Default 8.
	MaxInFlight int
	// Janitor also cancels expired open jobs and times out deals past their run deadline, so
	// creators get their escrow back without acting. Default off; `pond solver` turns it on.
	Janitor bool
	Logger  *zap.Logger
	Metrics Metrics
}

// Check validates the configuration.
func (c *Config) Check() error {
	switch {
	case c.Key == nil:
		return ErrNoKey
	case c.Chain == nil:
		return ErrNoChain
	case c.Deployment.Market == (chain.Deployment{}).Market:
		return ErrNoDeployment
	case c.MaxInFlight < 0 || c.MaxInFlight > 256:
		return ErrBadInFlight
	}
	return nil
}

// Solver is the matching keeper.
type Solver struct {
	cfg     Config
	log     *zap.Logger
	market  *chain.Market
	tracker *state.Tracker
	send    *keeper.Sender
	params  struct{ collateralBps uint32 }

	mu       sync.Mutex
	seenJobs uint64 // highest job id counted as seen

	cancel context.CancelFunc
	done   chan struct{}
}

// New validates cfg and builds a solver; Start runs it.
func New(ctx context.Context, cfg Config) (*Solver, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.MaxInFlight == 0 {
		cfg.MaxInFlight = 8
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.Noop{}
	}
	conn, err := keeper.Connect(ctx, keeper.ConnectConfig{Name: "solver", Key: cfg.Key, Deployment: cfg.Deployment,
		Chain: cfg.Chain, Dial: cfg.Dial, PollInterval: cfg.PollInterval, TxPollInterval: cfg.TxPollInterval,
		Confirmations: cfg.Confirmations, Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}
	mgr, log, tr := conn.Manager, conn.Log, conn.Tracker
	s := &Solver{cfg: cfg, log: log, market: chain.NewMarket(cfg.Deployment.Market),
		tracker: tr, send: &keeper.Sender{Manager: mgr, Metrics: cfg.Metrics, Log: log}}
	p, err := s.market.Params(ctx, cfg.Chain)
	if err != nil {
		return nil, fmt.Errorf("solver: read market params: %w", err)
	}
	s.params.collateralBps = p.CollateralBps
	return s, nil
}

// State is the solver's view of the market.
func (s *Solver) State() *state.Tracker { return s.tracker }

// Start rebuilds the market from events and matches until Stop.
func (s *Solver) Start(ctx context.Context) error {
	if err := s.tracker.Start(ctx); err != nil {
		return err
	}
	ctx, s.cancel = context.WithCancel(ctx)
	s.done = make(chan struct{})
	go s.loop(ctx)
	s.log.Info("solver started", zap.Stringer("market", s.cfg.Deployment.Market))
	return nil
}

// Stop ends matching and waits for the matches in flight.
func (s *Solver) Stop() error {
	if s.cancel != nil {
		s.cancel()
		<-s.done
	}
	s.tracker.Stop()
	return nil
}

func (s *Solver) loop(ctx context.Context) {
	defer close(s.done)
	head, err := s.waitSynced(ctx)
	if err != nil {
		return
	}
	s.log.Info("market rebuilt from events", zap.Uint64("block", head.Number))
	tick := keeper.NewTicker(s.cfg.PollInterval)
	for {
		if err := s.round(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("matching round failed", zap.Error(err))
		}
		if tick.Wait(ctx, s.tracker.Changed()) != nil {
			return
		}
	}
}

// waitSynced waits until the events up to the head seen at start are applied.
func (s *Solver) waitSynced(ctx context.Context) (keeper.Head, error) {
	for {
		head, err := keeper.ReadHead(ctx, s.cfg.Chain)
		if err == nil {
			target := head.Number - min(head.Number, s.cfg.Confirmations)
			if err = s.tracker.WaitBlock(ctx, target); err == nil {
				return head, nil
			}
		}
		if ctx.Err() != nil {
			return head, ctx.Err()
		}
		s.log.Warn("waiting for the chain", zap.Error(err))
		time.Sleep(s.cfg.PollInterval)
	}
}

// round matches what it can, sends the matches (at most MaxInFlight at once) and waits until
// the state has seen its own transactions, so the next round does not propose them again.
func (s *Solver) round(ctx context.Context) error {
	head, err := keeper.ReadHead(ctx, s.cfg.Chain)
	if err != nil {
		return err
	}
	s.cfg.Metrics.HeadLag(head.Number - min(head.Number, s.tracker.Block()))
	var pairs []Pair
	var chores []chore
	s.tracker.View(func(m *state.Market) {
		s.countSeen(m)
		pairs = Match(m, Params{Now: head.Time, CollateralBps: s.params.collateralBps})
		if s.cfg.Janitor {
			chores = janitorChores(m, head.Time)
		}
	})
	if len(pairs) == 0 && len(chores) == 0 {
		return nil
	}
	var (
		wg        sync.WaitGroup
		sem       = make(chan struct{}, s.cfg.MaxInFlight)
		mu        sync.Mutex
		lastBlock uint64
	)
	track := func(blk uint64) {
		mu.Lock()
		lastBlock = max(lastBlock, blk)
		mu.Unlock()
	}
	for _, p := range pairs {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if blk, ok := s.matchOne(ctx, p); ok {
				track(blk)
			}
		}()
	}
	for _, c := range chores {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if blk, ok := s.doChore(ctx, c); ok {
				track(blk)
			}
		}()
	}
	wg.Wait()
	if lastBlock == 0 {
		return nil
	}
	wait, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	return s.tracker.WaitBlock(wait, lastBlock)
}

func (s *Solver) countSeen(m *state.Market) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for id := s.seenJobs + 1; m.Jobs[id] != nil; id++ {
		s.cfg.Metrics.JobSeen()
		s.seenJobs = id
	}
}

// raceErrors are the reverts that mean another solver (or a change of state) got there first.
var raceErrors = []string{"JobNotOpen", "CapacityExceeded", "OfferNotOpen", "CollateralInsufficient", "JobExpired"}

func (s *Solver) matchOne(ctx context.Context, p Pair) (uint64, bool) {
	cand, err := s.market.MatchJob(new(big.Int).SetUint64(p.JobID), new(big.Int).SetUint64(p.OfferID))
	if err != nil {
		s.log.Error("build match", zap.Error(err))
		return 0, false
	}
	r, err := s.send.Send(ctx, "matchJob", cand, raceErrors...)
	switch {
	case err == nil:
		s.cfg.Metrics.JobMatched()
		s.log.Info("matched job", zap.Uint64("job", p.JobID), zap.Uint64("offer", p.OfferID), zap.Uint64("block", r.BlockNumber.Uint64()))
		return r.BlockNumber.Uint64(), true
	case errors.Is(err, keeper.ErrLost):
		s.cfg.Metrics.RaceLost()
		s.log.Info("match lost to another solver", zap.Uint64("job", p.JobID), zap.Uint64("offer", p.OfferID), zap.Error(err))
	case ctx.Err() == nil:
		s.log.Warn("match failed", zap.Uint64("job", p.JobID), zap.Uint64("offer", p.OfferID), zap.Error(err))
	}
	if r != nil && r.BlockNumber != nil {
		return r.BlockNumber.Uint64(), true
	}
	return 0, false
}

type chore struct {
	jobID uint64
	call  string // cancelJob or timeoutJob
}

// janitorChores lists expired open jobs to cancel and deals past their run deadline to time out.
func janitorChores(m *state.Market, now uint64) []chore {
	var out []chore
	for _, j := range m.Jobs {
		switch {
		case j.Status == state.StatusOpen && now >= j.Expiry:
			out = append(out, chore{j.ID, "cancelJob"})
		case j.Status == state.StatusMatched && now >= j.RunDeadline:
			out = append(out, chore{j.ID, "timeoutJob"})
		}
	}
	return out
}

func (s *Solver) doChore(ctx context.Context, c chore) (uint64, bool) {
	id := new(big.Int).SetUint64(c.jobID)
	var cand txmgr.Candidate
	var err error
	if c.call == "cancelJob" {
		cand, err = s.market.CancelJob(id)
	} else {
		cand, err = s.market.TimeoutJob(id)
	}
	if err != nil {
		return 0, false
	}
	r, err := s.send.Send(ctx, c.call, cand, "JobNotOpen", "JobNotMatched", "JobNotExpired", "RunDeadlineNotPassed")
	if err != nil {
		if !errors.Is(err, keeper.ErrLost) && ctx.Err() == nil {
			s.log.Warn("janitor call failed", zap.String("call", c.call), zap.Uint64("job", c.jobID), zap.Error(err))
		}
		return 0, false
	}
	s.log.Info("janitor", zap.String("call", c.call), zap.Uint64("job", c.jobID))
	return r.BlockNumber.Uint64(), true
}
