package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
)

// A mediator's fees for judging challenged deals are not credited to its market balance: the
// MediatorRegistry keeps them as the mediator's earnings (the money is on the registry's
// balance in the market) and pays them out with withdrawEarnings.

// Sentinel errors of the mediator views.
var (
	// ErrNothingEarned is returned by WithdrawEarnings when the account has no earnings in the token.
	ErrNothingEarned = errors.New("no mediator earnings to withdraw")
	// ErrNoMediatorRegistry is returned when the deployment names no mediator registry.
	ErrNoMediatorRegistry = errors.New("the deployment names no mediator registry")
	// ErrNotMediator is returned by LeaveMediation for an account that is not registered.
	ErrNotMediator = errors.New("not a registered mediator")
)

// MediatorExit is where a mediator's way out of the registry stands (LeaveMediation).
type MediatorExit struct {
	// Requested: this call asked to leave (requestExit). Completed: this call took the bond back
	// (completeExit), Bond of it, to the account.
	Requested, Completed bool
	// Bond is the bond (what comes back).
	Bond *big.Int
	// AvailableAt is when the bond can come back at the earliest (the exit delay's end).
	AvailableAt uint64
	// Now is the chain's time when read.
	Now uint64
	// Pending counts the mediations that hold the mediator or wait for it in a committee's
	// queue: the bond comes back once they are over.
	Pending int
}

// LeaveMediation takes the account out of the mediator registry a step at a time: it asks to
// leave when it has not (its committees take no new deal from then on; it still judges those it
// has), and takes its bond back once the exit delay is over and no mediation holds it or waits
// for it. Otherwise it sends nothing and says what it waits for.
func (c *Client) LeaveMediation(ctx context.Context) (MediatorExit, error) {
	reg, err := c.mediatorRegistry()
	if err != nil {
		return MediatorExit{}, err
	}
	me := c.Account()
	m, err := reg.Mediator(ctx, c.cfg.Backend, me)
	if err != nil {
		return MediatorExit{}, fmt.Errorf("read mediator %s: %w", me.Hex(), err)
	}
	if !m.Registered {
		return MediatorExit{}, fmt.Errorf("%w: %s is not registered (or left already)", ErrNotMediator, me.Hex())
	}
	head, err := c.cfg.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return MediatorExit{}, fmt.Errorf("read the chain's head: %w", err)
	}
	ex := MediatorExit{Bond: m.Bond, Now: head.Time, Pending: int(m.ActiveMediations) + int(m.Waiting)}
	if m.ExitAvailableAt != nil {
		ex.AvailableAt = m.ExitAvailableAt.Uint64()
	}
	if ex.AvailableAt == 0 {
		cand, err := reg.RequestExit()
		if err != nil {
			return ex, err
		}
		r, err := c.send(ctx, cand)
		if err != nil {
			return ex, fmt.Errorf("ask to leave: %w", err)
		}
		for _, l := range r.Logs {
			if ev, err := bindings.NewMediatorRegistry().UnpackExitRequestedEvent(l); err == nil && l.Address == c.d.MediatorRegistry {
				ex.AvailableAt = ev.ExitAvailableAt.Uint64()
			}
		}
		ex.Requested = true
		return ex, nil
	}
	if ex.Now < ex.AvailableAt || ex.Pending != 0 {
		return ex, nil
	}
	cand, err := reg.CompleteExit()
	if err != nil {
		return ex, err
	}
	r, err := c.send(ctx, cand)
	if err != nil {
		return ex, fmt.Errorf("take the bond back: %w", err)
	}
	for _, l := range r.Logs {
		if ev, err := bindings.NewMediatorRegistry().UnpackMediatorExitedEvent(l); err == nil && l.Address == c.d.MediatorRegistry {
			ex.Bond = ev.BondReturned
		}
	}
	ex.Completed = true
	return ex, nil
}

// MediatorInfo is an account as the mediator registry has it: its registration and bond, and
// what it has earned and not withdrawn in each token asked for.
type MediatorInfo struct {
	Account    common.Address
	Registered bool
	// Exiting: it asked to leave (its bond comes back after the exit delay).
	Exiting bool
	Bond    *big.Int
	// Earnings are in the order of the tokens asked for.
	Earnings []TokenAmount
}

// TokenAmount is an amount of one token.
type TokenAmount struct {
	Token  common.Address
	Amount *big.Int
}

func (c *Client) mediatorRegistry() (*chain.MediatorRegistry, error) {
	if c.d.MediatorRegistry == (common.Address{}) {
		return nil, ErrNoMediatorRegistry
	}
	return chain.NewMediatorRegistry(c.d.MediatorRegistry), nil
}

// Mediator reads the account's registration, bond and earnings in each of tokens.
func (c *Client) Mediator(ctx context.Context, tokens ...common.Address) (MediatorInfo, error) {
	reg, err := c.mediatorRegistry()
	if err != nil {
		return MediatorInfo{}, err
	}
	me := c.Account()
	m, err := reg.Mediator(ctx, c.cfg.Backend, me)
	if err != nil {
		return MediatorInfo{}, fmt.Errorf("read mediator %s: %w", me.Hex(), err)
	}
	info := MediatorInfo{Account: me, Registered: m.Registered, Bond: m.Bond,
		Exiting: m.ExitAvailableAt != nil && m.ExitAvailableAt.Sign() != 0}
	for _, t := range tokens {
		v, err := reg.Earnings(ctx, c.cfg.Backend, me, t)
		if err != nil {
			return MediatorInfo{}, fmt.Errorf("read the earnings of %s in %s: %w", me.Hex(), c.tokens.Symbol(t), err)
		}
		info.Earnings = append(info.Earnings, TokenAmount{Token: t, Amount: v})
	}
	return info, nil
}

// WithdrawEarnings pays the account's mediator earnings in token to to (the account itself
// when to is zero): the registry has the market send them from its balance. It returns what
// was paid and where to.
func (c *Client) WithdrawEarnings(ctx context.Context, token, to common.Address) (*big.Int, common.Address, error) {
	if to == (common.Address{}) {
		to = c.Account()
	}
	reg, err := c.mediatorRegistry()
	if err != nil {
		return nil, to, err
	}
	me := c.Account()
	earned, err := reg.Earnings(ctx, c.cfg.Backend, me, token)
	if err != nil {
		return nil, to, fmt.Errorf("read your mediator earnings: %w", err)
	}
	if earned.Sign() == 0 {
		return nil, to, fmt.Errorf("%w: %s has earned no %s as a mediator, or withdrew it already", ErrNothingEarned, me.Hex(), c.tokens.Symbol(token))
	}
	cand, err := reg.WithdrawEarnings(token, to)
	if err != nil {
		return nil, to, err
	}
	r, err := c.send(ctx, cand)
	if err != nil {
		return nil, to, fmt.Errorf("withdraw %s of mediator earnings to %s: %w", c.tokens.Money(token, earned), to.Hex(), err)
	}
	b := bindings.NewMediatorRegistry()
	for _, l := range r.Logs {
		if ev, err := b.UnpackEarningsWithdrawnEvent(l); err == nil && l.Address == c.d.MediatorRegistry {
			return ev.Amount, to, nil
		}
	}
	return nil, to, fmt.Errorf("withdraw mediator earnings: transaction %s emitted no EarningsWithdrawn", r.TxHash.Hex())
}
