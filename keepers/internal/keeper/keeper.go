// Package keeper holds what the three keepers share: the chain interface they need, a sender
// that records gas and outcomes, and the loop that waits for the market state to catch up.
package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Chain is what a keeper needs from a node: sending (txmgr) and reading logs (follow).
// *ethclient.Client and the devnet's simulated client satisfy it.
type Chain interface {
	txmgr.Backend
	follow.Client
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// WaitOwnPending waits (at most timeout) until no transaction of account is pending: a keeper
// restarted while its previous process had a send in flight lets that send land before it
// decides anything, so it does not send the same action again.
func WaitOwnPending(ctx context.Context, c Chain, account common.Address, timeout time.Duration, log *zap.Logger) error {
	deadline := time.Now().Add(timeout)
	logged := false
	for {
		pending, err := c.PendingNonceAt(ctx, account)
		if err != nil {
			return fmt.Errorf("read pending nonce: %w", err)
		}
		mined, err := c.NonceAt(ctx, account, nil)
		if err != nil {
			return fmt.Errorf("read nonce: %w", err)
		}
		if pending <= mined {
			return nil
		}
		if time.Now().After(deadline) {
			log.Warn("own transactions still pending; going on", zap.Uint64("pending", pending-mined))
			return nil
		}
		if !logged {
			log.Info("waiting for transactions sent before this start", zap.Uint64("pending", pending-mined))
			logged = true
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// TxMetrics records transactions.
type TxMetrics interface {
	Tx(call, outcome string, gasUsed uint64, fee *big.Int)
}

// Sender sends candidates through one txmgr.Manager and records each outcome.
type Sender struct {
	*txmgr.Manager
	Metrics TxMetrics
	Log     *zap.Logger
}

// Send sends c, labelled call for metrics and logs. Reverts whose custom error name is in
// benign are counted as "lost" (another keeper acted first) and returned as ErrLost.
func (s *Sender) Send(ctx context.Context, call string, c txmgr.Candidate, benign ...string) (*types.Receipt, error) {
	r, err := s.Manager.Send(ctx, c)
	gas, fee := uint64(0), (*big.Int)(nil)
	if r != nil {
		gas = r.GasUsed
		if r.EffectiveGasPrice != nil {
			fee = new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
		}
	}
	switch {
	case err == nil:
		s.Metrics.Tx(call, "ok", gas, fee)
		return r, nil
	case IsRevert(err, benign...):
		s.Metrics.Tx(call, "lost", gas, fee)
		return r, fmt.Errorf("%w: %s: %w", ErrLost, call, err)
	case errors.Is(err, txmgr.ErrTxFailed):
		s.Metrics.Tx(call, "reverted", gas, fee)
	default:
		s.Metrics.Tx(call, "error", gas, fee)
	}
	return r, fmt.Errorf("%s: %w", call, err)
}

// ErrLost marks an action another keeper took first: not an error of this keeper.
var ErrLost = errors.New("lost the race")

// IsRevert reports whether err carries one of the named custom errors.
func IsRevert(err error, names ...string) bool {
	for _, n := range names {
		if errors.Is(err, revert.Named(n)) {
			return true
		}
	}
	return false
}

// Head is the chain head's number and time.
type Head struct {
	Number uint64
	Time   uint64
}

// ReadHead reads the latest header.
func ReadHead(ctx context.Context, c Chain) (Head, error) {
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return Head{}, fmt.Errorf("read head: %w", err)
	}
	return Head{Number: h.Number.Uint64(), Time: h.Time}, nil
}

// Ticker wakes a keeper loop on a period or when woken.
type Ticker struct {
	period time.Duration
	wake   chan struct{}
}

// NewTicker ticks every period.
func NewTicker(period time.Duration) *Ticker {
	return &Ticker{period: period, wake: make(chan struct{}, 1)}
}

// Wake makes the next Wait return at once.
func (t *Ticker) Wake() {
	select {
	case t.wake <- struct{}{}:
	default:
	}
}

// Wait waits for the period, a wake-up, extra (may be nil) or the end of ctx.
func (t *Ticker) Wait(ctx context.Context, extra <-chan struct{}) error {
	timer := time.NewTimer(t.period)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
	case <-t.wake:
	case <-extra:
	}
	return nil
}
