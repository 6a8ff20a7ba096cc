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
)

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
