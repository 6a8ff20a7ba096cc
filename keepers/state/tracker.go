package state

import (
	"context"
	"errors"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
)

// TrackerConfig configures a Tracker.
type TrackerConfig struct {
	Deployment chain.Deployment
	Dial       follow.Dialer
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

// Tracker keeps a Market current from the chain's events. Read it with View.
type Tracker struct {
	cfg TrackerConfig
	log *zap.Logger

	mu      sync.RWMutex
	market  *Market
	changed chan struct{} // closed and replaced on every applied range

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
	return &Tracker{cfg: cfg, log: cfg.Logger, market: NewMarket(), changed: make(chan struct{})}, nil
}

// Start follows the deployment's events from its deployment block until Stop.
func (t *Tracker) Start(ctx context.Context) error {
	fl, err := chain.MarketFollower(t.cfg.Deployment, follow.Config[chain.Event]{
		Dial: t.cfg.Dial, Confirmations: t.cfg.Confirmations, PollInterval: t.cfg.PollInterval,
		Logger: t.log, OnProgress: t.progress,
	})
	if err != nil {
		return err
	}
	ctx, t.cancel = context.WithCancel(ctx)
	t.done = make(chan struct{})
	go func() {
		defer close(t.done)
		err := fl.Run(ctx, t.handle)
		if err != nil && ctx.Err() == nil {
			t.log.Error("market event follower stopped", zap.Error(err))
			t.mu.Lock()
			t.err = err
			t.mu.Unlock()
		}
	}()
	return nil
}

// Stop ends following and waits for it.
func (t *Tracker) Stop() {
	if t.cancel != nil {
		t.cancel()
		<-t.done
	}
}

// Err is the follower's fatal error (a reorg deeper than the confirmations), if any.
func (t *Tracker) Err() error {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.err
}

func (t *Tracker) handle(_ context.Context, ev follow.Event[chain.Event]) error {
	t.mu.Lock()
	t.market.Apply(ev.Value, ev.Log.BlockNumber)
	t.mu.Unlock()
	return nil
}

func (t *Tracker) progress(p follow.Position) {
	t.mu.Lock()
	t.market.Block = p.Block
	close(t.changed)
	t.changed = make(chan struct{})
	t.mu.Unlock()
}

// View runs fn with the market locked for reading. fn must not keep references past its return
// that it will mutate; the market's values may change once fn returns.
func (t *Tracker) View(fn func(m *Market)) {
	t.mu.RLock()
	defer t.mu.RUnlock()
	fn(t.market)
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
