package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/state"
)

// What contract authors ask of the market besides running jobs: what to send for a module
// (Quote) and delivering a client's result again (Deliver).

// Sentinel errors of Deliver and Quote.
var (
	// ErrNoDeliveryPending: the job has no result or failure notice waiting for its client.
	ErrNoDeliveryPending = errors.New("no delivery pending")
	// ErrGasLimitBelowJob: a delivery must give the callback at least the job's gas limit.
	ErrGasLimitBelowJob = errors.New("gas limit below the job's callback gas limit")
	// ErrQuoteUnfunded: no account at hand holds the gas a call priced at the base fee needs.
	ErrQuoteUnfunded = errors.New("no funded account to price the quote's call")
)

// Delivery is what a delivery of a pending result (or failure notice) did.
type Delivery struct {
	JobID *big.Int
	// Client is the contract called back, GasLimit the gas its callback was given.
	Client   common.Address
	GasLimit uint64
	// Delivered: the client returned (CallbackDelivered); otherwise its callback reverted or
	// ran out of gas (CallbackFailed) and the delivery stays pending.
	Delivered bool
	// Fee is the delivery fee paid to the sender (native currency): nil when the job's fee was
	// paid to an earlier attempt.
	Fee     *big.Int
	GasUsed uint64
	TxHash  common.Hash
}

// Deliver calls the client of job jobID back with its pending result (or failure notice):
// retryCallback(jobID, gasLimit). gasLimit is the gas the callback gets; 0 takes the job's own
// limit, and less than it is refused. The first delivery attempt of a job is paid its delivery
// fee; an attempt after a failed one is not.
func (c *Client) Deliver(ctx context.Context, jobID *big.Int, gasLimit uint64) (*Delivery, error) {
	job, err := c.job(ctx, jobID)
	if err != nil {
		return nil, err
	}
	// The market keeps only the hash of the job's terms (the client is their creator).
	jobTerms, _, err := c.Terms(ctx, jobID)
	if err != nil && !errors.Is(err, state.ErrTermsFreed) {
		return nil, err
	}
	switch {
	case !job.Callback:
		return nil, fmt.Errorf("job %s was posted by %s, not a contract client: %w", jobID, jobTerms.Creator.Hex(), ErrNoDeliveryPending)
	case !job.CallbackPending && job.Status < StatusAccepted:
		return nil, fmt.Errorf("job %s is %s: %w (its client is called back when it settles)", jobID, StatusName(job.Status), ErrNoDeliveryPending)
	case !job.CallbackPending:
		return nil, fmt.Errorf("job %s (%s): %w: its client %s was called back already (pond job show %s)",
			jobID, StatusName(job.Status), ErrNoDeliveryPending, jobTerms.Creator.Hex(), jobID)
	}
	terms, err := c.market.ClientTerms(ctx, c.cfg.Backend, jobID)
	if err != nil {
		return nil, fmt.Errorf("read the terms of job %s: %w", jobID, err)
	}
	limit := uint64(terms.CallbackGasLimit)
	switch {
	case gasLimit == 0:
		gasLimit = limit
	case gasLimit < limit:
		return nil, fmt.Errorf("%w: %d is below job %s's %d", ErrGasLimitBelowJob, gasLimit, jobID, limit)
	}
	cand, err := c.market.RetryCallback(jobID, new(big.Int).SetUint64(gasLimit), jobTerms)
	if err != nil {
		return nil, err
	}
	r, err := c.send(ctx, cand)
	if err != nil {
		return nil, fmt.Errorf("deliver job %s's result: %w", jobID, err)
	}
	d := &Delivery{JobID: jobID, Client: jobTerms.Creator, GasLimit: gasLimit, GasUsed: r.GasUsed, TxHash: r.TxHash}
	m := bindings.NewPondMarket()
	for _, l := range r.Logs {
		if ev, err := m.UnpackDeliveryFeePaidEvent(l); err == nil && ev.JobId.Cmp(jobID) == 0 {
			d.Fee = ev.Amount
		}
		if ev, err := m.UnpackCallbackDeliveredEvent(l); err == nil && ev.JobId.Cmp(jobID) == 0 {
			d.Delivered = true
		}
	}
	return d, nil
}

// Quote is what a contract client sends for a module through runModuleWithDefaultMediators,
// priced at the base fee of Block.
type Quote struct {
	bindings.IPondMarketQuote
	Module  string
	Block   uint64
	BaseFee *big.Int
}

// Quote asks the market what a contract client must send for module nameVersion with
// callbackGasLimit (0: the market's default), priced at the latest block's base fee. The call
// is priced at that base fee (without a gas price a node runs it at a base fee of 0, which
// quotes no delivery fee), so its sender must hold chain.QuoteCallGas × base fee: the client's
// own account when it does, else the market contract, which holds the escrow (the quote does
// not depend on who asks).
func (c *Client) Quote(ctx context.Context, nameVersion string, callbackGasLimit uint32) (*Quote, error) {
	h, err := c.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the latest block: %w", err)
	}
	baseFee := h.BaseFee
	if baseFee == nil { // a chain before London: no base fee, no price needed
		baseFee = new(big.Int)
	}
	var gasPrice *big.Int
	from := c.Account()
	if baseFee.Sign() > 0 {
		gasPrice = baseFee
		need := new(big.Int).Mul(baseFee, big.NewInt(chain.QuoteCallGas))
		var funded bool
		for _, who := range []common.Address{c.Account(), c.d.Market} {
			if who == (common.Address{}) {
				continue
			}
			bal, err := c.cfg.Backend.BalanceAt(ctx, who, h.Number)
			if err != nil {
				return nil, fmt.Errorf("read the balance of %s: %w", who.Hex(), err)
			}
			if bal.Cmp(need) >= 0 {
				from, funded = who, true
				break
			}
		}
		if !funded {
			return nil, fmt.Errorf("%w: a call priced at the base fee (%s wei) needs an account holding %s wei; name one that does",
				ErrQuoteUnfunded, baseFee, need)
		}
	}
	q, err := c.market.Quote(ctx, c.cfg.Backend, h.Number, nameVersion, callbackGasLimit, from, gasPrice)
	if errors.Is(err, revert.Named("ModuleVersionNotFound")) {
		return nil, fmt.Errorf("module %s: %w in the registry at %s", nameVersion, ErrModuleNotFound, c.d.ModuleRegistry.Hex())
	}
	if err != nil {
		return nil, err
	}
	return &Quote{IPondMarketQuote: q, Module: nameVersion, Block: h.Number.Uint64(), BaseFee: baseFee}, nil
}
