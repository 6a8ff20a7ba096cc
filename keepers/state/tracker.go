package state

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
)

// Store persists the view one batch of whole blocks at a time: the on-disk index
// (keepers/index) implements it.
type Store interface {
	Archive
	// Load returns the live market (its Archive set) and the position it is complete to
	// (nil for an empty store).
	Load() (*Market, *follow.Position, error)
	// Commit writes the changes and events of one batch of whole blocks and the position at
	// its end, atomically.
	Commit(c Changes, events []follow.Event[chain.Event], pos follow.Position) error
	// Reset empties the store before a rebuild.
	Reset() error
}

// TrackerConfig configures a Tracker.
type TrackerConfig struct {
	Deployment chain.Deployment
	Dial       follow.Dialer
	// Store is where the view resumes from and what it writes to; nil keeps everything in
	// memory (nothing leaves it, and a restart replays the chain from the deployment block).
	Store Store
	// Confirmations: events are applied once their block is this deep (0 on a devnet).
	Confirmations uint64
	// PollInterval is how often the follower looks for a new head. Default 1s.
	PollInterval time.Duration
	Logger       *zap.Logger
}

// ErrNoDialer is returned by Check when no chain connection is configured.
var ErrNoDialer = errors.New("state: no chain dialer")

// Check validates the configuration.
func (c *TrackerConfig) Check() error {
	if c.Dial == nil {
		return ErrNoDialer
	}
	return nil
}

// Tracker keeps a Market current from the chain's confirmed events, committing each range of
// blocks to its Store. It resumes from the Store's position; a reorg deeper than the
// confirmations (the blocks it applied are no longer the chain's) empties the Store and
// rebuilds the view from the deployment block; any other failure of the follower (a log it
// cannot decode, a Store it cannot write) stops it, and Err says why. Read it with View.
type Tracker struct {
	cfg TrackerConfig
	log *zap.Logger

	mu       sync.RWMutex
	market   *Market
	pending  []follow.Event[chain.Event] // events of the range being applied
	changed  chan struct{}               // closed and replaced on every applied range
	rebuilds int

	cancel context.CancelFunc
	done   chan struct{}
	err    error
}

// NewTracker builds a tracker; Start runs it.
func NewTracker(cfg TrackerConfig) (*Tracker, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	return &Tracker{cfg: cfg, log: cfg.Logger, market: NewMarket(cfg.Deployment.MediatorRegistry), changed: make(chan struct{})}, nil
}

// Start loads the view from the Store (if any) and follows the deployment's events from
// where it is complete to, until Stop.
func (t *Tracker) Start(ctx context.Context) error {
	resume, err := t.load()
	if err != nil {
		return err
	}
	ctx, t.cancel = context.WithCancel(ctx)
	t.done = make(chan struct{})
	go t.run(ctx, resume)
	return nil
}

func (t *Tracker) load() (*follow.Position, error) {
	if t.cfg.Store == nil {
		t.setMarket(NewMarket(t.cfg.Deployment.MediatorRegistry))
		return nil, nil
	}
	m, pos, err := t.cfg.Store.Load()
	if err != nil {
		return nil, fmt.Errorf("load the market view: %w", err)
	}
	if pos != nil {
		t.log.Info("market view loaded from the index", zap.Uint64("block", pos.Block),
			zap.Int("liveJobs", len(m.Jobs)), zap.Int("offers", len(m.Offers)))
	}
	t.setMarket(m)
	return pos, nil
}

func (t *Tracker) setMarket(m *Market) {
	t.mu.Lock()
	t.market, t.pending = m, nil
	close(t.changed)
	t.changed = make(chan struct{})
	t.mu.Unlock()
}

func (t *Tracker) run(ctx context.Context, resume *follow.Position) {
	defer close(t.done)
	for {
		fctx, stop := context.WithCancel(ctx)
		fl, err := chain.MarketFollower(t.cfg.Deployment, follow.Config[chain.Event]{
			Dial: t.cfg.Dial, Confirmations: t.cfg.Confirmations, PollInterval: t.cfg.PollInterval,
			Resume: resume, Logger: t.log, OnProgress: func(p follow.Position) { t.progress(p, stop) },
		})
		if err == nil {
			err = fl.Run(fctx, t.handle)
		}
		stop()
		if ctx.Err() != nil {
			return
		}
		if ferr := t.Err(); ferr != nil {
			t.log.Error("market view stopped", zap.Error(ferr))
			return
		}
		if !errors.Is(err, follow.ErrDeepReorg) {
			t.fail(fmt.Errorf("market event follower: %w", err))
			return
		}
		t.log.Warn("the chain reorganised deeper than the confirmation depth; rebuilding the market view from the deployment block",
			zap.Error(err), zap.Uint64("confirmations", t.cfg.Confirmations))
		if t.cfg.Store != nil {
			if err := t.cfg.Store.Reset(); err != nil {
				t.fail(fmt.Errorf("reset the index for a rebuild: %w", err))
				return
			}
		}
		if resume, err = t.load(); err != nil {
			t.fail(err)
			return
		}
		t.mu.Lock()
		t.rebuilds++
		t.mu.Unlock()
	}
}

func (t *Tracker) fail(err error) {
	t.mu.Lock()
	if t.err == nil {
		t.err = err
	}
	t.mu.Unlock()
}

// Stop ends following and waits for it.
func (t *Tracker) Stop() {
	if t.cancel != nil {
		t.cancel()
		<-t.done
	}
}

// Err is why the view stopped (a log it cannot decode, a store it cannot write), if it did.
// The view is then incomplete: act on nothing it says.
func (t *Tracker) Err() error {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.err
}

// Rebuilds counts the rebuilds after deep reorgs.
func (t *Tracker) Rebuilds() int {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.rebuilds
}

// commitEvery is how many events a range holds in memory before the blocks it has applied
// are committed (at a block boundary, like the end of a range): a range of thousands of busy
// blocks is written in several transactions of bounded size.
const commitEvery = 4096

func (t *Tracker) handle(_ context.Context, ev follow.Event[chain.Event]) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if n := len(t.pending); n >= commitEvery && ev.Log.BlockNumber > t.pending[n-1].Log.BlockNumber {
		last := t.pending[n-1].Log // the last event of a block this range has applied whole
		if err := t.commit(follow.Position{Block: last.BlockNumber, BlockHash: last.BlockHash, Index: follow.EndOfBlock}); err != nil {
			t.err = err
			return err
		}
	}
	t.market.Apply(ev.Value, ev.Log.BlockNumber)
	if err := t.market.Err(); err != nil {
		t.err = err
		return err
	}
	if t.cfg.Store != nil {
		t.pending = append(t.pending, ev)
	}
	return nil
}

// progress ends a range: the market is complete to p.Block.
func (t *Tracker) progress(p follow.Position, stopFollower func()) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.err != nil {
		return
	}
	if err := t.commit(p); err != nil {
		t.err = err
		stopFollower()
	}
}

// commit makes the market complete to p (the end of a block): its changes and events are
// committed before anything that left memory can be looked up again. Called with mu held.
func (t *Tracker) commit(p follow.Position) error {
	t.market.Block = p.Block
	if t.cfg.Store != nil {
		changes := t.market.TakeChanges()
		if err := t.cfg.Store.Commit(changes, t.pending, p); err != nil {
			return fmt.Errorf("write the index: %w", err)
		}
		t.pending = nil // the events go with them
	}
	close(t.changed)
	t.changed = make(chan struct{})
	return nil
}

// View runs fn with the market locked for reading. fn must not keep references past its return
// that it will mutate; the market's values may change once fn returns.
func (t *Tracker) View(fn func(m *Market)) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	fn(t.market)
}

// Job is a copy of job id, live or (through the Store) ended; false when unknown.
func (t *Tracker) Job(id uint64) (Job, bool, error) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	j, err := t.market.Job(id)
	if err != nil || j == nil {
		return Job{}, false, err
	}
	return *j, true, nil
}

// Block is the last block whose events are all applied.
func (t *Tracker) Block() uint64 {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.market.Block
}

// Changed returns a channel closed the next time events are applied.
func (t *Tracker) Changed() <-chan struct{} {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.changed
}

// WaitBlock waits until every event up to block is applied.
func (t *Tracker) WaitBlock(ctx context.Context, block uint64) error {
	for {
		ch := t.Changed()
		if t.Block() >= block {
			return nil
		}
		if err := t.Err(); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		case <-time.After(t.cfg.PollInterval):
		}
	}
}
