package stack_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/state"
)

// TestHappyPathERC20: a job paid in the ERC-20 test token: the provider offers and holds its
// collateral in PTT, the creator pays from its PTT balance, the provider is paid in PTT, and
// the market's PTT books balance.
func TestHappyPathERC20(t *testing.T) {
	w := newWorld(t)
	w.startSolver(solverIdx, newCounter())
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	cfg.Token = w.dep.TestToken
	p := w.startProvider(cfg)

	tok, fee := w.dep.TestToken, milliEther(1)
	budget := new(big.Int).Add(jobPrice, fee)
	cand, err := chain.NewTestToken(tok).Approve(w.dep.Market, budget)
	w.send(w.creator, cand, err)
	cand, err = w.market.Deposit(tok, budget)
	w.send(w.creator, cand, err)
	cand, err = w.market.PostJob(bindings.IPondMarketJobRequest{
		ModuleId: w.moduleID, Token: tok, Price: jobPrice, SolverFee: fee,
		Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, RunTime: 3600,
		Expiry: new(big.Int).SetUint64(w.now() + 7200), Inputs: `{"Message":"moo"}`,
	}, nil)
	r := w.send(w.creator, cand, err)
	var id uint64
	for _, l := range r.Logs {
		if ev, err := bindings.NewPondMarket().UnpackJobPostedEvent(l); err == nil {
			id = ev.JobId.Uint64()
		}
	}
	j := w.waitStatus(id, state.StatusSubmitted)
	if j.Provider != p.Address() || j.Token != tok {
		t.Fatalf("deal %+v, want provider %s in PTT", j, p.Address())
	}
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	w.waitStatus(id, state.StatusAccepted)
	var got *big.Int
	w.view.View(func(m *state.Market) { got = m.Balance(p.Address(), tok) })
	if want := new(big.Int).Add(cfg.Collateral, jobPrice); got.Cmp(want) != 0 {
		t.Fatalf("provider's PTT escrow %s, want its collateral back and the price: %s", got, want)
	}
	w.audit()
}
