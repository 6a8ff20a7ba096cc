package provider

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/solver"
	"github.com/pond-compute/pond/keepers/state"
)

// ErrWalletEmpty: the collateral needs a top-up and the wallet holds none of the token.
var ErrWalletEmpty = errors.New("provider: no tokens in the wallet to deposit")

// collateralNeed is the collateral of the largest open job that one of the provider's open
// offers could take now (every check of matchJob but the collateral), among those whose
// collateral fits under the maximum next to what live deals lock; zero when there is none.
func (p *Provider) collateralNeed(m *state.Market, now uint64, locked *big.Int) *big.Int {
	need := new(big.Int)
	var offers []*state.Offer
	for _, o := range m.Offers {
		if o.Provider == p.me && o.Token == p.cfg.Token && o.OpenAt(now) {
			offers = append(offers, o)
		}
	}
	if len(offers) == 0 {
		return need
	}
	room := new(big.Int).Sub(p.maxCollateral(), locked)
	if room.Sign() <= 0 {
		return need
	}
	for _, j := range solver.OpenJobs(m, now) {
		c := state.JobCollateral(j, p.collateralBps)
		if c.Cmp(need) <= 0 || c.Cmp(room) > 0 {
			continue
		}
		for _, o := range offers {
			if solver.Takes(m, o, j, o.Available) {
				need = c
				break
			}
		}
	}
	return need
}

// maxCollateral is the most the provider tops its escrow (free plus locked) up to:
// MaxCollateral, else Collateral, else nothing.
func (p *Provider) maxCollateral() *big.Int {
	switch {
	case p.cfg.MaxCollateral != nil:
		return p.cfg.MaxCollateral
	case p.cfg.Collateral != nil:
		return p.cfg.Collateral
	}
	return new(big.Int)
}

// collateralTarget is what the provider wants in escrow (free plus locked): Collateral, or
// what is locked plus need when more (need already fits under the maximum).
func (p *Provider) collateralTarget(locked, need *big.Int) *big.Int {
	target := new(big.Int)
	if p.cfg.Collateral != nil {
		target.Set(p.cfg.Collateral)
	}
	if want := new(big.Int).Add(locked, need); want.Cmp(target) > 0 {
		target = want
	}
	return target
}

// ensureCollateral deposits from the wallet what the escrow (free plus locked) lacks of the
// target: Collateral, or enough free balance for the largest open job the offer could take, up
// to MaxCollateral.
func (p *Provider) ensureCollateral(ctx context.Context, free, locked, need *big.Int) (uint64, error) {
	target := p.collateralTarget(locked, need)
	held := new(big.Int).Add(free, locked)
	if held.Cmp(target) >= 0 {
		return 0, nil
	}
	amount := new(big.Int).Sub(target, held)
	if p.cfg.Token != chain.Native {
		// The wallet's tokens bound the deposit: an approve followed by a deposit that cannot
		// go through (the wallet ran dry) would be paid for on every step. An allowance that
		// already covers the deposit (left by an approve whose deposit failed) is not renewed.
		token := chain.NewTestToken(p.cfg.Token)
		wallet, err := token.BalanceOf(ctx, p.cfg.Chain, p.me)
		if err != nil {
			return 0, fmt.Errorf("read the wallet's token balance: %w", err)
		}
		if wallet.Sign() == 0 {
			return 0, fmt.Errorf("%w: the escrow lacks %s of the collateral target %s and the wallet holds none of token %s",
				ErrWalletEmpty, amount, target, p.cfg.Token.Hex())
		}
		if wallet.Cmp(amount) < 0 {
			p.Log.Warn("the wallet holds less than the collateral top-up; depositing what it holds",
				zap.Stringer("wanted", amount), zap.Stringer("wallet", wallet))
			amount = wallet
		}
		allowed, err := token.Allowance(ctx, p.cfg.Chain, p.me, p.cfg.Deployment.Market)
		if err != nil {
			return 0, fmt.Errorf("read the market's allowance: %w", err)
		}
		if allowed.Cmp(amount) < 0 {
			cand, err := token.Approve(p.cfg.Deployment.Market, amount)
			if err != nil {
				return 0, err
			}
			if _, err := p.Send.Send(ctx, "approve", cand); err != nil {
				return 0, err
			}
		}
	}
	cand, err := p.market.Deposit(p.cfg.Token, amount)
	if err != nil {
		return 0, err
	}
	r, err := p.Send.Send(ctx, "deposit", cand)
	if err != nil {
		return 0, err
	}
	p.Log.Info("deposited collateral", zap.Stringer("amount", amount), zap.Stringer("largestOpenJobCollateral", need),
		zap.Stringer("escrow", target))
	return r.BlockNumber.Uint64(), nil
}
