package solver

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/internal/keeper"
	"github.com/pond-compute/pond/keepers/internal/turns"
	"github.com/pond-compute/pond/keepers/metrics"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Metrics is what the solver records.
type Metrics interface {
	keeper.Metrics
	JobSeen()
	JobMatched()
	RaceLost()
}

// Base is what every keeper is configured with: account, chain, deployment, pacing.
type Base = keeper.Base

// Sentinel configuration errors.
var (
	ErrNoKey        = keeper.ErrNoKey
	ErrNoChain      = keeper.ErrNoChain
	ErrNoDeployment = keeper.ErrNoDeployment
	ErrBadInFlight  = errors.New("solver: max in-flight matches must be between 1 and 256")
)

// Config configures a Solver.
type Config struct {
	Base
	// MaxInFlight bounds the matches sent at once. Default 8.
	MaxInFlight int
	// Janitor also cancels expired open jobs and times out deals past their run deadline, so
	// creators get their escrow back without acting. Default off; `pond solver` turns it on.
	Janitor bool
	// Janitors are the janitors that take turns at each cancelJob and timeoutJob
	// (keepers/internal/turns), so that those beaten on chain do not pay for a revert: in
	// address order (however listed), the first sends at once and each next one only if the
	// job is still due 30 s (turns.DefaultStagger) per rank later, so one that is down delays
	// the call but never stops it. A janitor not listed goes after all of them; empty: this
	// janitor takes turns with no one and sends at once.
	Janitors []common.Address
	// MinFee, when set, is the least solver fee (native currency) of a native job this solver
	// matches: a match costs its gas (Params.MinFee). Default none.
	MinFee *big.Int
	// Clock is the clock the janitor's turns wait on; default time.Now (tests set their own).
	Clock   func() time.Time
	Metrics Metrics
}

// Check validates the configuration.
func (c *Config) Check() error {
	if err := c.Base.Check(); err != nil {
		return fmt.Errorf("solver: %w", err)
	}
	switch {
	case c.MaxInFlight < 0 || c.MaxInFlight > 256:
		return ErrBadInFlight
	}
	return nil
}

// Solver is the matching keeper. Start, Stop, Done, Err and Health come from the keeper skeleton.
type Solver struct {
	*keeper.Keeper
	cfg    Config
	market *chain.Market
	params struct{ collateralBps uint32 }

	seenJobs uint64 // highest job id counted as seen (only the loop touches it)
	// feeTakers are the providers that gave back a deal this solver matched and matched the
	// job again in the same block, taking its fee: it matches nothing to them any more. Only
	// the loop touches it; a restart finds again those whose job is still live.
	feeTakers map[common.Address]bool

	// janitorRank is this janitor's place among the janitors (Config.Janitors by address, that
	// many of them); choreTurns is when it first saw each chore due.
	janitorRank int
	janitors    int
	choreTurns  turns.Turns[choreKey]
}

// New validates cfg and builds a solver; Start runs it.
func New(ctx context.Context, cfg Config) (*Solver, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.MaxInFlight == 0 {
		cfg.MaxInFlight = 8
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.Noop{}
	}
	k, err := keeper.New(ctx, keeper.Config{Name: "solver", Base: cfg.Base, Metrics: cfg.Metrics})
	if err != nil {
		return nil, err
	}
	s := &Solver{Keeper: k, cfg: cfg, market: chain.NewMarket(cfg.Deployment.Market)}
	order := janitorOrder(cfg.Janitors)
	s.janitorRank, s.janitors = turns.Rank(order, s.Address()), len(order)
	s.choreTurns.Now = cfg.Clock
	p, err := s.market.Params(ctx, cfg.Chain)
	if err != nil {
		return nil, fmt.Errorf("solver: read market params: %w", err)
	}
	s.params.collateralBps = p.CollateralBps
	return s, nil
}

// State is the solver's view of the market.
func (s *Solver) State() *state.Tracker { return s.Tracker }

// Start matches until Stop.
func (s *Solver) Start(ctx context.Context) error {
	if err := s.Keeper.Start(ctx, s.step); err != nil {
		return err
	}
	s.Log.Info("solver started", zap.Stringer("market", s.cfg.Deployment.Market))
	return nil
}

// step matches what it can and sends the matches (at most MaxInFlight at once); the skeleton
// then waits until the view has seen them, so the next step does not propose them again.
func (s *Solver) step(ctx context.Context, head keeper.Head) (uint64, error) {
	var pairs []Pair
	var chores []chore
	terms := map[uint64]chain.JobTerms{}
	s.Tracker.View(func(m *state.Market) {
		s.countSeen(m)
		s.noteFeeTakers(m)
		pairs = Match(m, Params{Now: head.Time, CollateralBps: s.params.collateralBps, MinFee: s.cfg.MinFee,
			Avoid: func(provider common.Address) bool { return s.feeTakers[provider] }})
		for _, p := range pairs {
			terms[p.JobID] = m.Jobs[p.JobID].Terms()
		}
		if s.cfg.Janitor {
			chores = janitorChores(m, head.Time)
		}
	})
	if s.cfg.Janitor {
		chores = s.janitorTurn(chores)
	}
	if len(pairs) == 0 && len(chores) == 0 {
		return 0, nil
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
	singles := pairs
	if len(pairs) > 1 && s.Batches() {
		// Several matches due: one matchJobs per chunk, each item checked as matchJob checks it.
		for _, c := range chain.Chunks(len(pairs)) {
			batch := pairs[c[0]:c[1]]
			sem <- struct{}{}
			wg.Add(1)
			go func() {
				defer func() { <-sem; wg.Done() }()
				if blk, ok := s.matchBatch(ctx, batch, terms); ok {
					track(blk)
				}
			}()
		}
		singles = nil
	}
	for _, p := range singles {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if blk, ok := s.matchOne(ctx, p, terms[p.JobID]); ok {
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
	return lastBlock, nil
}

// noteFeeTakers adds to feeTakers the providers that took this solver's fee: a job of the view
// that one of them gave back and matched again in the same block (state.Job.TakenAtGiveBack).
func (s *Solver) noteFeeTakers(m *state.Market) {
	me := s.Address()
	for _, j := range m.Jobs {
		provider, solver, ok := j.TakenAtGiveBack()
		if !ok || solver != me || s.feeTakers[provider] {
			continue
		}
		if s.feeTakers == nil {
			s.feeTakers = map[common.Address]bool{}
		}
		s.feeTakers[provider] = true
		s.Log.Warn("a provider gave back this solver's match and the job was matched again in the same block, taking the solver fee: no more matches to its offers",
			zap.Stringer("provider", provider), zap.Uint64("job", j.ID), zap.Stringer("newSolver", j.Solver))
	}
}

func (s *Solver) countSeen(m *state.Market) {
	for ; s.seenJobs < m.JobCount; s.seenJobs++ {
		s.cfg.Metrics.JobSeen()
	}
}

// raceErrors are the reverts that mean another solver (or a change of state) got there first.
var raceErrors = []string{"JobNotOpen", "CapacityExceeded", "OfferNotOpen", "CollateralInsufficient", "JobExpired"}

func (s *Solver) matchOne(ctx context.Context, p Pair, terms chain.JobTerms) (uint64, bool) {
	cand, err := s.market.MatchJob(new(big.Int).SetUint64(p.JobID), new(big.Int).SetUint64(p.OfferID), terms)
	if err != nil {
		s.Log.Error("build match", zap.Error(err))
		return 0, false
	}
	r, err := s.Send.Send(ctx, "matchJob", cand, raceErrors...)
	switch {
	case err == nil:
		s.cfg.Metrics.JobMatched()
		s.Log.Info("matched job", zap.Uint64("job", p.JobID), zap.Uint64("offer", p.OfferID), zap.Uint64("block", r.BlockNumber.Uint64()))
		return r.BlockNumber.Uint64(), true
	case errors.Is(err, keeper.ErrLost):
		s.cfg.Metrics.RaceLost()
		s.Log.Info("match lost to another solver", zap.Uint64("job", p.JobID), zap.Uint64("offer", p.OfferID), zap.Error(err))
	case ctx.Err() == nil:
		s.Log.Warn("match failed", zap.Uint64("job", p.JobID), zap.Uint64("offer", p.OfferID), zap.Error(err))
	}
	if r != nil && r.BlockNumber != nil {
		return r.BlockNumber.Uint64(), true
	}
	return 0, false
}

// matchBatch sends one matchJobs for pairs (terms holds each job's terms); an item that fails (most often a race lost to
// another solver) is reported by the receipt and changes nothing, the others stand.
func (s *Solver) matchBatch(ctx context.Context, pairs []Pair, terms map[uint64]chain.JobTerms) (uint64, bool) {
	jobs := make([]*big.Int, len(pairs))
	offers := make([]*big.Int, len(pairs))
	batchTerms := make([]chain.JobTerms, len(pairs))
	for i, p := range pairs {
		jobs[i] = new(big.Int).SetUint64(p.JobID)
		offers[i] = new(big.Int).SetUint64(p.OfferID)
		batchTerms[i] = terms[p.JobID]
	}
	cand, err := s.market.MatchJobs(jobs, offers, batchTerms)
	if err != nil {
		s.Log.Error("build match batch", zap.Error(err))
		return 0, false
	}
	r, failed, err := s.Send.SendBatch(ctx, "matchJobs", cand, s.market.Address)
	if err != nil {
		if ctx.Err() == nil {
			s.Log.Warn("match batch failed", zap.Int("items", len(pairs)), zap.Error(err))
		}
		return 0, false
	}
	for i, p := range pairs {
		if why, bad := failed[i]; bad {
			if isRace(why) {
				s.cfg.Metrics.RaceLost()
				s.Log.Info("match lost to another solver", zap.Uint64("job", p.JobID), zap.Uint64("offer", p.OfferID), zap.Error(why))
			} else {
				s.Log.Warn("match failed", zap.Uint64("job", p.JobID), zap.Uint64("offer", p.OfferID), zap.Error(why))
			}
			continue
		}
		s.cfg.Metrics.JobMatched()
		s.Log.Info("matched job", zap.Uint64("job", p.JobID), zap.Uint64("offer", p.OfferID), zap.Uint64("block", r.BlockNumber.Uint64()))
	}
	return r.BlockNumber.Uint64(), true
}

// isRace tells whether a match item failed for one of raceErrors.
func isRace(err error) bool {
	var ce *revert.CustomError
	return errors.As(err, &ce) && slices.Contains(raceErrors, ce.Name)
}

type chore struct {
	jobID uint64
	call  string // cancelJob or timeoutJob
	terms chain.JobTerms
}

// choreKey is a chore without its terms.
type choreKey struct {
	jobID uint64
	call  string
}

// janitorOrder is the order in which janitors take turns at a chore: by address, once each.
func janitorOrder(janitors []common.Address) []common.Address {
	order := slices.Clone(janitors)
	slices.SortFunc(order, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return slices.Compact(order)
}

// janitorTurn keeps the chores due that it is this janitor's turn to do (Config.Janitors), and
// forgets those no longer due.
func (s *Solver) janitorTurn(due []chore) []chore {
	s.choreTurns.Retain(func(k choreKey) bool {
		return slices.ContainsFunc(due, func(c chore) bool { return c.jobID == k.jobID && c.call == k.call })
	})
	return slices.DeleteFunc(due, func(c chore) bool {
		return !s.choreTurns.Mine(choreKey{c.jobID, c.call}, s.choreRank(c.jobID))
	})
}

// choreRank is this janitor's turn at a chore of job jobID. The janitors share the chores, and
// the gas they cost (nobody pays a janitor): the first for job j is the (j mod n)-th of the n
// by address, the others follow in address order from it. One outside the list goes last.
func (s *Solver) choreRank(jobID uint64) int {
	n := s.janitors
	if s.janitorRank >= n {
		return n
	}
	return (s.janitorRank + n - int(jobID%uint64(n))) % n
}

// stillDue says whether the view still has c to do: read again right before sending, since
// another janitor's call (or the creator's cancel) may have landed since the step read it.
// The transaction manager simulates the call at the chain's head before sending it too, so a
// call beaten by one mined in between fails there, without gas.
func (s *Solver) stillDue(c chore) bool {
	due := false
	s.Tracker.View(func(m *state.Market) { due = choreStillDue(m, c) })
	return due
}

// choreStillDue says whether m still has c's job in the state c moves on from.
func choreStillDue(m *state.Market, c chore) bool {
	j := m.Jobs[c.jobID]
	return j != nil && (c.call == "cancelJob" && j.Status == state.StatusOpen ||
		c.call == "timeoutJob" && j.Status == state.StatusMatched)
}

// janitorChores lists expired open jobs to cancel and deals past their run deadline to time out.
func janitorChores(m *state.Market, now uint64) []chore {
	var out []chore
	for _, j := range m.Jobs {
		switch {
		case j.Status == state.StatusOpen && now >= j.Expiry:
			out = append(out, chore{j.ID, "cancelJob", j.Terms()})
		case j.Status == state.StatusMatched && now >= j.RunDeadline:
			out = append(out, chore{j.ID, "timeoutJob", j.Terms()})
		}
	}
	return out
}

func (s *Solver) doChore(ctx context.Context, c chore) (uint64, bool) {
	if !s.stillDue(c) {
		return 0, false
	}
	id := new(big.Int).SetUint64(c.jobID)
	var cand txmgr.Candidate
	var err error
	if c.call == "cancelJob" {
		cand, err = s.market.CancelJob(id, c.terms)
	} else {
		cand, err = s.market.TimeoutJob(id, c.terms)
	}
	if err != nil {
		return 0, false
	}
	r, err := s.Send.Send(ctx, c.call, cand, "JobNotOpen", "JobNotMatched", "JobNotExpired", "RunDeadlineNotPassed")
	if err != nil {
		if !errors.Is(err, keeper.ErrLost) && ctx.Err() == nil {
			s.Log.Warn("janitor call failed", zap.String("call", c.call), zap.Uint64("job", c.jobID), zap.Error(err))
		}
		return 0, false
	}
	s.Log.Info("janitor", zap.String("call", c.call), zap.Uint64("job", c.jobID))
	return r.BlockNumber.Uint64(), true
}
