package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// marshalInputs encodes inputs as the JSON object a job carries (keys sorted).
func marshalInputs(in map[string]string) (string, error) {
	for k := range in {
		if k == "" {
			return "", errors.New("input with an empty name")
		}
	}
	raw, err := json.Marshal(in)
	if err != nil {
		return "", fmt.Errorf("encode inputs: %w", err)
	}
	return string(raw), nil
}

// Balances is an account's money in one token.
type Balances struct {
	Token common.Address
	// Pond is the free balance in the market's escrow (what jobs are paid from and refunds go to).
	Pond *big.Int
	// Wallet is the account's own balance on the chain.
	Wallet *big.Int
}

// Balance reads the account's Pond and wallet balances of token.
func (c *Client) Balance(ctx context.Context, token common.Address) (Balances, error) {
	me := c.Account()
	pond, err := c.market.BalanceOf(ctx, c.cfg.Backend, me, token)
	if err != nil {
		return Balances{}, fmt.Errorf("read the Pond balance of %s: %w", me.Hex(), err)
	}
	var wallet *big.Int
	if token == chain.Native {
		wallet, err = c.cfg.Backend.BalanceAt(ctx, me, nil)
	} else {
		wallet, err = chain.NewTestToken(token).BalanceOf(ctx, c.cfg.Backend, me)
	}
	if err != nil {
		return Balances{}, fmt.Errorf("read the wallet balance of %s: %w", me.Hex(), err)
	}
	return Balances{Token: token, Pond: pond, Wallet: wallet}, nil
}

// Deposit moves amount of token from the wallet into the account's Pond balance (approving the
// market first for an ERC-20).
func (c *Client) Deposit(ctx context.Context, token common.Address, amount *big.Int) error {
	money := c.tokens.Money(token, amount)
	if token != chain.Native {
		cand, err := chain.NewTestToken(token).Approve(c.d.Market, amount)
		if err != nil {
			return err
		}
		if _, err := c.send(ctx, cand); err != nil {
			return fmt.Errorf("approve the market to take %s: %w", money, err)
		}
	}
	cand, err := c.market.Deposit(token, amount)
	if err != nil {
		return err
	}
	if _, err := c.send(ctx, cand); err != nil {
		return fmt.Errorf("deposit %s: %w", money, err)
	}
	c.log.Debug("deposited", zap.String("amount", money), zap.Stringer("account", c.Account()))
	return nil
}

// Withdraw sends amount of the account's free Pond balance of token to to (the account itself
// when to is zero).
func (c *Client) Withdraw(ctx context.Context, token common.Address, amount *big.Int, to common.Address) error {
	if to == (common.Address{}) {
		to = c.Account()
	}
	bal, err := c.market.BalanceOf(ctx, c.cfg.Backend, c.Account(), token)
	if err != nil {
		return fmt.Errorf("read your Pond balance: %w", err)
	}
	if bal.Cmp(amount) < 0 {
		return fmt.Errorf("withdraw %s: %w: your free Pond balance is %s", c.tokens.Money(token, amount), ErrInsufficientBalance, c.tokens.Money(token, bal))
	}
	cand, err := c.market.Withdraw(token, amount, to)
	if err != nil {
		return err
	}
	if _, err := c.send(ctx, cand); err != nil {
		return fmt.Errorf("withdraw %s: %w", c.tokens.Money(token, amount), err)
	}
	c.log.Debug("withdrew", zap.String("amount", c.tokens.Money(token, amount)), zap.Stringer("to", to))
	return nil
}

// Cancel cancels an open job (its creator may at any time, anyone once it expired) and returns
// the refund credited to the creator's Pond balance.
func (c *Client) Cancel(ctx context.Context, jobID *big.Int) (*big.Int, error) {
	job, err := c.job(ctx, jobID)
	if err != nil {
		return nil, err
	}
	if job.Status != StatusOpen {
		return nil, fmt.Errorf("job %s is %s: only an open job can be cancelled", jobID, StatusName(job.Status))
	}
	terms, _, err := c.Terms(ctx, jobID)
	if err != nil {
		return nil, err
	}
	cand, err := c.market.CancelJob(jobID, terms)
	if err != nil {
		return nil, err
	}
	r, err := c.send(ctx, cand)
	if err != nil {
		return nil, fmt.Errorf("cancel job %s: %w", jobID, err)
	}
	m := bindings.NewPondMarket()
	for _, l := range r.Logs {
		if ev, err := m.UnpackJobRefundedEvent(l); err == nil {
			return ev.Amount, nil
		}
	}
	return nil, fmt.Errorf("cancel job %s: transaction %s emitted no JobRefunded", jobID, r.TxHash)
}

// ErrInsufficientBalance is returned when the free Pond balance does not cover a withdrawal.
var ErrInsufficientBalance = errors.New("not enough free balance")

// ErrNotChallengeable is returned by Challenge for a job without a result in its challenge window.
var ErrNotChallengeable = errors.New("only a submitted result can be challenged")

// Challenged is what a challenge escrowed and when its votes are revealed.
type Challenged struct {
	Fee *big.Int
	// RevealDeadline is the mediation's; 0 when it waits in its committee's queue (Waiting).
	RevealDeadline uint64
}

// Waiting reports a challenge whose mediation waits in its committee's queue: its members are
// busy with other mediations (ChallengeWaitsText). The fee is then every member's.
func (c Challenged) Waiting() bool { return c.RevealDeadline == 0 }

// Challenge disputes a job's submitted result. The mediation fee (the committee's eligible
// members × the token's per-mediator fee; every member's when the challenge waits in the
// committee's queue) is taken from the Pond balance; a shortfall is deposited first. It returns
// the fee escrowed and the mediation's reveal deadline (0: it waits).
func (c *Client) Challenge(ctx context.Context, jobID *big.Int) (Challenged, error) {
	job, err := c.job(ctx, jobID)
	if err != nil {
		return Challenged{}, err
	}
	if job.Status != StatusSubmitted {
		return Challenged{}, fmt.Errorf("job %s is %s: %w", jobID, StatusName(job.Status), ErrNotChallengeable)
	}
	terms, result, err := c.Terms(ctx, jobID)
	if err != nil {
		return Challenged{}, err
	}
	// The most a challenge can cost: every member of the job's committee eligible, each at the
	// job's mediator fee (both fixed when the job was posted).
	bound := new(big.Int).Mul(terms.MediatorFee, big.NewInt(int64(job.CommitteeSize)))
	bal, err := c.market.BalanceOf(ctx, c.cfg.Backend, c.Account(), terms.Token)
	if err != nil {
		return Challenged{}, fmt.Errorf("read your Pond balance: %w", err)
	}
	cand, err := c.market.Challenge(jobID, terms, result, nil)
	if err != nil {
		return Challenged{}, err
	}
	short := new(big.Int).Sub(bound, bal)
	if short.Sign() > 0 {
		// The market checks everything else (the window, the terms and result) before it takes
		// the fee: a challenge it would refuse for any other reason
		// than the balance is refused here, before any money moves.
		if err := c.call(ctx, cand); err != nil && !errors.Is(err, revert.Named("InsufficientBalance")) {
			return Challenged{}, fmt.Errorf("challenge job %s: %w (nothing was deposited or paid)", jobID, err)
		}
		if err := c.Deposit(ctx, terms.Token, short); err != nil {
			return Challenged{}, fmt.Errorf("pay the mediation fee: %w", err)
		}
	}
	r, err := c.send(ctx, cand)
	if err != nil {
		if short.Sign() > 0 {
			return Challenged{}, fmt.Errorf("challenge job %s: %w (the %s deposited for its fee stays in your Pond balance: `%s`)",
				jobID, err, c.tokens.Money(terms.Token, short), WithdrawCommand(c.d, c.tokens, terms.Token, short))
		}
		return Challenged{}, fmt.Errorf("challenge job %s: %w", jobID, err)
	}
	m := bindings.NewPondMarket()
	for _, l := range r.Logs {
		if ev, err := m.UnpackJobChallengedEvent(l); err == nil {
			return Challenged{Fee: ev.Fee, RevealDeadline: ev.RevealDeadline.Uint64()}, nil
		}
	}
	return Challenged{}, fmt.Errorf("challenge job %s: transaction %s emitted no JobChallenged", jobID, r.TxHash)
}

// call runs cand from the account at the latest block without sending it: nil, or its decoded
// revert.
func (c *Client) call(ctx context.Context, cand txmgr.Candidate) error {
	_, err := c.cfg.Backend.CallContract(ctx, ethereum.CallMsg{From: c.Account(), To: cand.To, Data: cand.Data, Value: cand.Value}, nil)
	if err == nil {
		return nil
	}
	if data, ok := revert.DataFrom(err); ok {
		return chain.Errors().Decode(data)
	}
	return fmt.Errorf("simulate: %w", err)
}

// ------------------------------------------------------------------ job and deal views

// JobInfo is a job as stored plus what its events tell.
type JobInfo struct {
	ID *big.Int
	// Job is what the market stores (the job's state); Terms its terms, from its JobPosted.
	Job    bindings.IPondMarketJob
	Terms  chain.JobTerms
	Module ModuleInfo
	// Events of the job, nil when they did not happen.
	Posted     *bindings.PondMarketJobPosted
	Matched    *bindings.PondMarketJobMatched
	Result     *bindings.PondMarketResultSubmitted
	Challenged *bindings.PondMarketJobChallenged
	Settled    *bindings.PondMarketJobSettled
	Refunded   *bindings.PondMarketJobRefunded
	// Mediation of a challenged deal.
	// Queued when the challenge waited in its committee's queue; Opened when the mediation
	// opened (at once, or later for a queued one); Dropped when it never could.
	Queued  *bindings.MediatorRegistryMediationQueued
	Opened  *bindings.MediatorRegistryMediationOpened
	Dropped *bindings.MediatorRegistryMediationDropped
	Commits []*bindings.MediatorRegistryVoteCommitted
	Reveals []*bindings.MediatorRegistryVoteRevealed
	Closed  *bindings.MediatorRegistryMediationClosed
	Paid    []*bindings.PondMarketMediatorPaid
	// GivenBack are the deals of the job their providers gave back (abandonJob), in order: the
	// job was open again after each; Matched is then its later deal, or nil.
	GivenBack []*bindings.PondMarketJobAbandoned
	Offer     *bindings.IPondMarketOffer
	Callback  string // "delivered", "failed", "deferred" or ""
	// A contract client's terms, who was paid its delivery fee, and a refund its refund
	// address refused (kept in the client's balance).
	Client       *bindings.PondMarketClientJobPosted
	DeliveryPaid *bindings.PondMarketDeliveryFeePaid
	RefundHeld   *bindings.PondMarketRefundHeld
}

// Job reads job id from the market's getters and folds in logs, its events as the market
// index keeps them (index.JobLogs; nil reads only the getters): a handful of calls whatever the
// chain's history.
func (c *Client) Job(ctx context.Context, id *big.Int, logs []types.Log) (*JobInfo, error) {
	job, err := c.job(ctx, id)
	if err != nil {
		return nil, err
	}
	info := &JobInfo{ID: id, Job: job}
	if len(logs) > 0 {
		dec, err := chain.NewEventDecoder(c.d)
		if err != nil {
			return nil, err
		}
		for _, l := range logs {
			ev, err := dec.Decode(l)
			if err != nil {
				return nil, fmt.Errorf("decode log %d of block %d: %w", l.Index, l.BlockNumber, err)
			}
			info.add(ev)
		}
	}
	if info.Posted != nil {
		info.Terms = state.PostedTerms(info.Posted)
	} else if info.Terms, _, err = c.Terms(ctx, id); err != nil && !errors.Is(err, state.ErrTermsFreed) {
		// A settled job's terms are shown from its log even though the market no longer keeps
		// their hash.
		return nil, err
	}
	if m, err := c.registry.Module(ctx, c.cfg.Backend, info.Terms.ModuleId); err == nil {
		info.Module = ModuleInfo{ID: info.Terms.ModuleId, NameVersion: m.NameVersion, Resources: m.Resources,
			RunTime: m.DefaultRunTime, SolverFee: m.DefaultSolverFee, PrimaryInput: m.PrimaryInput, SpecURI: m.SpecUri}
	}
	if job.Status >= StatusMatched && job.OfferId != 0 {
		if o, err := c.market.Offer(ctx, c.cfg.Backend, new(big.Int).SetUint64(uint64(job.OfferId))); err == nil {
			info.Offer = &o
		}
	}
	return info, nil
}

// Terms finds job id's terms from its JobPosted log and checks them against the hash the market
// keeps (state.FetchTerms): what every call on a posted job but submitResult passes, with the
// result argument the calls after a result pass too.
func (c *Client) Terms(ctx context.Context, id *big.Int) (chain.JobTerms, string, error) {
	if !id.IsUint64() {
		return chain.JobTerms{}, "", fmt.Errorf("%w: job %s", ErrNoSuchJob, id)
	}
	return state.FetchTerms(ctx, c.cfg.Backend, c.market, c.d.DeployBlock, id.Uint64())
}

// ErrNoSuchJob is returned for a job id the market has not given out.
var ErrNoSuchJob = errors.New("no such job")

// job reads job id from the market's getJob; an id the market has not given out (getJob
// reverts with JobNotFound) is ErrNoSuchJob.
func (c *Client) job(ctx context.Context, id *big.Int) (bindings.IPondMarketJob, error) {
	job, err := c.market.Job(ctx, c.cfg.Backend, id)
	switch {
	case errors.Is(err, revert.Named("JobNotFound")), err == nil && job.Status == 0:
		return job, fmt.Errorf("%w: job %s", ErrNoSuchJob, id)
	case err != nil:
		return job, fmt.Errorf("read job %s: %w", id, err)
	}
	return job, nil
}

func (info *JobInfo) add(ev chain.Event) {
	same := func(id *big.Int) bool { return id.Cmp(info.ID) == 0 }
	switch e := ev.(type) {
	case *bindings.PondMarketJobPosted:
		if same(e.JobId) {
			info.Posted = e
		}
	case *bindings.PondMarketJobMatched:
		if same(e.JobId) {
			info.Matched = e
		}
	case *bindings.PondMarketJobAbandoned:
		if same(e.JobId) {
			info.GivenBack = append(info.GivenBack, e)
			info.Matched = nil // that deal ended; a later JobMatched is the job's deal
		}
	case *bindings.PondMarketResultSubmitted:
		if same(e.JobId) {
			info.Result = e
		}
	case *bindings.PondMarketJobChallenged:
		if same(e.JobId) {
			info.Challenged = e
		}
	case *bindings.PondMarketJobSettled:
		if same(e.JobId) {
			info.Settled = e
		}
	case *bindings.PondMarketJobRefunded:
		if same(e.JobId) {
			info.Refunded = e
		}
	case *bindings.PondMarketMediatorPaid:
		if same(e.JobId) {
			info.Paid = append(info.Paid, e)
		}
	case *bindings.PondMarketCallbackDelivered:
		if same(e.JobId) {
			info.Callback = "delivered"
		}
	case *bindings.PondMarketCallbackFailed:
		if same(e.JobId) && info.Callback != "delivered" {
			info.Callback = "failed"
		}
	case *bindings.PondMarketCallbackDeferred:
		if same(e.JobId) && info.Callback == "" {
			info.Callback = "deferred"
		}
	case *bindings.PondMarketClientJobPosted:
		if same(e.JobId) {
			info.Client = e
		}
	case *bindings.PondMarketDeliveryFeePaid:
		if same(e.JobId) {
			info.DeliveryPaid = e
		}
	case *bindings.PondMarketRefundHeld:
		if same(e.JobId) {
			info.RefundHeld = e
		}
	case *bindings.MediatorRegistryVoteCommitted:
		if same(e.JobId) {
			info.Commits = append(info.Commits, e)
		}
	case *bindings.MediatorRegistryVoteRevealed:
		if same(e.JobId) {
			info.Reveals = append(info.Reveals, e)
		}
	case *bindings.MediatorRegistryMediationClosed:
		if same(e.JobId) {
			info.Closed = e
		}
	case *bindings.MediatorRegistryMediationQueued:
		if same(e.JobId) {
			info.Queued = e
		}
	case *bindings.MediatorRegistryMediationOpened:
		if same(e.JobId) {
			info.Opened = e
		}
	case *bindings.MediatorRegistryMediationDropped:
		if same(e.JobId) {
			info.Dropped = e
		}
	}
}

// RevealDeadline is the challenge's mediation's reveal deadline: JobChallenged's, or, for a
// challenge that waited in its committee's queue (JobChallenged and getJob keep 0), its
// MediationOpened's; 0 while it waits (VotesDue says so).
func (info *JobInfo) RevealDeadline() uint64 {
	if ch := info.Challenged; ch != nil && ch.RevealDeadline.Sign() != 0 {
		return ch.RevealDeadline.Uint64()
	}
	if o := info.Opened; o != nil {
		return o.RevealDeadline.Uint64()
	}
	return 0
}
