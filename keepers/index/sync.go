package index

import (
	"context"
	"fmt"
	"time"

	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/state"
)

// SyncConfig says how Sync reaches the chain.
type SyncConfig struct {
	Dial follow.Dialer
	// Head is the chain's head; Sync applies every block up to Head - Confirmations.
	Head          uint64
	Confirmations uint64
	// Progress, when set, is called as blocks are applied (block, target).
	Progress func(block, target uint64)
	Logger   *zap.Logger
}

// Sync brings the index up to the confirmed head (from where it is complete to: on a warm
// index, the new blocks only) and returns the market view at that block, stopped: read it with
// View and Job. It is what one-shot readers (`pond job show|why`, `pond deal show`) run.
func (x *Index) Sync(ctx context.Context, cfg SyncConfig) (*state.Tracker, error) {
	target := cfg.Head - min(cfg.Head, cfg.Confirmations)
	tr, err := state.NewTracker(state.TrackerConfig{Deployment: x.d, Dial: cfg.Dial, Store: x,
		Confirmations: cfg.Confirmations, PollInterval: 50 * time.Millisecond, Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}
	if err := tr.Start(ctx); err != nil {
		return nil, err
	}
	defer tr.Stop()
	for tr.Block() < target {
		if cfg.Progress != nil {
			cfg.Progress(tr.Block(), target)
		}
		wait, cancel := context.WithTimeout(ctx, time.Second)
		_ = tr.WaitBlock(wait, target) // progress is reported each second; errors are read below
		cancel()
		if ctx.Err() != nil {
			return nil, fmt.Errorf("index the market up to block %d (at %d): %w", target, tr.Block(), ctx.Err())
		}
		if err := tr.Err(); err != nil {
			return nil, fmt.Errorf("index the market: %w", err)
		}
	}
	return tr, nil
}
