// Package keeper is the skeleton the three keepers (solver, provider, mediator) run in: the
// chain interface they need, their transaction manager and market view, a sender that records
// gas and outcomes, and the loop (start, pending-transaction recovery, sync wait, step with
// backoff, health, stop) that calls each keeper's own step.
package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
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

// BatchMetrics records the items of batched calls that failed; a keeper's metrics implement it
// when they count them (pond_batch_items_failed_total).
type BatchMetrics interface {
	BatchItemFailed(call, reason string)
}

// SendBatch sends a batched market call (postJobs, matchJobs, submitResults, finalizeJobs) and
// reads from its receipt which items failed: item index → the item's revert, decoded (a failed
// item changed nothing; the others stand). Each failed item is logged and counted by call and
// error name. err is the batch's own failure: then no item went through.
func (s *Sender) SendBatch(ctx context.Context, call string, c txmgr.Candidate, market common.Address) (*types.Receipt, map[int]error, error) {
	r, err := s.Send(ctx, call, c)
	if err != nil {
		return r, nil, err
	}
	failed, err := chain.BatchFailures(r, market)
	if err != nil {
		return r, nil, fmt.Errorf("%s: read the failed items of transaction %s: %w", call, r.TxHash, err)
	}
	bm, _ := s.Metrics.(BatchMetrics)
	for i, why := range failed {
		if bm != nil {
			bm.BatchItemFailed(call, ReasonName(why))
		}
		s.Log.Debug("batch item failed", zap.String("call", call), zap.Int("item", i), zap.Stringer("tx", r.TxHash), zap.Error(why))
	}
	return r, failed, nil
}

// ReasonName names a revert for metrics: its custom error's name, else "unknown".
func ReasonName(err error) string {
	var ce *revert.CustomError
	if errors.As(err, &ce) {
		return ce.Name
	}
	return "unknown"
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

// Head is the chain head's number, time and base fee (nil before London).
type Head struct {
	Number  uint64
	Time    uint64
	BaseFee *big.Int
}

// ReadHead reads the latest header.
func ReadHead(ctx context.Context, c Chain) (Head, error) {
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return Head{}, fmt.Errorf("read head: %w", err)
	}
	return Head{Number: h.Number.Uint64(), Time: h.Time, BaseFee: h.BaseFee}, nil
}
