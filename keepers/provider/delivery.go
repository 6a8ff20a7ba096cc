package provider

import (
	"cmp"
	"context"
	"errors"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/backoff"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/internal/keeper"
	"github.com/pond-compute/pond/keepers/state"
)

// Deferred deliveries. When a contract client's job settles while the base fee is above the
// gas price its delivery is paid at, the market settles without calling the client
// (CallbackDeferred) and keeps the delivery fee for whoever delivers later (retryCallback):
// nobody is made to pay for someone else's callback. The provider delivers those of its own
// deals, and with DeliverAny anyone's (the fee is paid to the deliverer), once the base fee is
// at or below the job's delivery gas price, with the job's own gas limit. A delivery that was
// attempted and failed (CallbackFailed) is never retried: its fee was paid, and only the client
// knows how much more gas its callback needs.

// delivery is a deferred delivery the provider may make.
type delivery struct {
	job      uint64
	client   common.Address
	gasLimit uint32
	gasPrice *big.Int // the delivery gas price the job pays at
	terms    chain.JobTerms
}

// deliveryBackoff spaces the attempts of a delivery whose transaction failed (the node refused
// it, the simulation reverted): retried while it stays deferred, never in a tight loop.
var deliveryBackoff = backoff.Policy{Min: 5 * time.Second, Max: 5 * time.Minute}

// dueDeliveries splits the deferred deliveries the provider makes (its own deals', anyone's
// with anyone) into those due at base fee baseFee (the job's delivery gas price is at least it),
// and those still waiting for the base fee to fall, each by job id. Nil baseFee (a chain
// before London) makes every one due.
func dueDeliveries(m *state.Market, me common.Address, anyone bool, baseFee *big.Int) (due []delivery, waiting []delivery) {
	for _, j := range m.Deferred {
		if !j.CallbackDeferred || j.CallbackFailed || j.CallbackDelivered || (!anyone && j.Provider != me) {
			continue
		}
		price := j.DeliveryGasPrice
		if price == nil {
			price = new(big.Int)
		}
		d := delivery{job: j.ID, client: j.Creator, gasLimit: j.CallbackGasLimit, gasPrice: new(big.Int).Set(price), terms: j.Terms()}
		if baseFee != nil && baseFee.Cmp(price) > 0 {
			waiting = append(waiting, d)
		} else {
			due = append(due, d)
		}
	}
	byJob := func(a, b delivery) int { return cmp.Compare(a.job, b.job) }
	slices.SortFunc(due, byJob)
	slices.SortFunc(waiting, byJob)
	return due, waiting
}

// noteWaiting logs, once each, the deferred deliveries that wait for the base fee to fall.
func (p *Provider) noteWaiting(waiting []delivery, baseFee *big.Int) {
	for _, d := range waiting {
		if p.waitingLogged[d.job] {
			continue
		}
		p.waitingLogged[d.job] = true
		p.Log.Info("delivery deferred by the market: waiting for the base fee to fall to the job's delivery gas price",
			zap.Uint64("job", d.job), zap.Stringer("client", d.client), zap.Stringer("deliveryGasPrice", d.gasPrice), zap.Stringer("baseFee", baseFee))
	}
}

// deliver makes the due deliveries, one retryCallback each with the job's gas limit, and
// returns the highest block it had mined (so the next step sees them made). Another deliverer
// getting there first is not an error.
func (p *Provider) deliver(ctx context.Context, due []delivery, baseFee *big.Int) uint64 {
	var last uint64
	for _, d := range due {
		if ctx.Err() != nil {
			return last
		}
		if !p.deliveryRetry.Due(d.job, time.Now()) {
			continue
		}
		log := p.Log.With(zap.Uint64("job", d.job), zap.Stringer("client", d.client), zap.Uint32("gasLimit", d.gasLimit),
			zap.Stringer("deliveryGasPrice", d.gasPrice), zap.Stringer("baseFee", baseFee))
		cand, err := p.market.RetryCallback(new(big.Int).SetUint64(d.job), new(big.Int).SetUint64(uint64(d.gasLimit)), d.terms)
		if err != nil {
			log.Warn("deferred delivery not built", zap.Error(err))
			continue
		}
		r, err := p.Send.Send(ctx, "retryCallback", cand, "NoCallbackPending")
		switch {
		case errors.Is(err, keeper.ErrLost):
			log.Info("deferred delivery already made by another", zap.Error(err))
			p.deliveryRetry.Forget(d.job)
		case err != nil:
			if ctx.Err() != nil {
				return last
			}
			wait := p.deliveryRetry.Failed(d.job, time.Now(), err)
			log.Warn("deferred delivery failed; retrying while it stays deferred", zap.Duration("retryIn", wait), zap.Error(err))
		default:
			// The view reports how the client took it (CallbackDelivered or CallbackFailed);
			// either way the fee was paid and the delivery is not made again.
			log.Info("deferred delivery made", zap.Uint64("block", r.BlockNumber.Uint64()), zap.Uint64("gasUsed", r.GasUsed))
			p.deliveryRetry.Forget(d.job)
			last = max(last, r.BlockNumber.Uint64())
		}
	}
	return last
}
