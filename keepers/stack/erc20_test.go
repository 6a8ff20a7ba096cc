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

// stepCounter counts the provider's finished steps (DeliveriesDeferred is recorded once at the
// end of each step, after the collateral upkeep) beside the counter's transactions.
type stepCounter struct {
	*counter
	steps int
}

func (s *stepCounter) DeliveriesDeferred(int) { s.mu.Lock(); s.steps++; s.mu.Unlock() }

// TestProviderWithoutTokensSendsNoApprovals: a provider whose collateral is in PTT and whose
// wallet holds none (or less than the top-up) cannot deposit: the deposit's simulation
// reverts. It must not pay for an approve on every step that is followed by no deposit: an
// operator whose wallet ran dry would otherwise pay an approve's gas every block, forever.
func TestProviderWithoutTokensSendsNoApprovals(t *testing.T) {
	w := newWorld(t)
	cfg := w.providerConfig(provider2, nil, t.TempDir()) // provider2 holds no PTT
	cfg.Token = w.dep.TestToken
	pm := &stepCounter{counter: newCounter()}
	cfg.Metrics = pm
	p := w.startProvider(cfg)
	w.waitFor("the PTT offer", func() bool {
		n := 0
		w.view.View(func(m *state.Market) {
			for _, o := range m.Offers {
				if o.Provider == p.Address() && o.Token == w.dep.TestToken {
					n++
				}
			}
		})
		return n == 1
	})
	// Twenty steps more: each would top the escrow up again, and each can only fail.
	from := pm.get(func(c *counter) int { return pm.steps })
	w.waitFor("twenty provider steps", func() bool { return pm.get(func(c *counter) int { return pm.steps }) >= from+20 })
	if n := pm.get(func(c *counter) int { return c.txs["approve:ok"] }); n > 0 {
		t.Fatalf("the provider paid for %d approvals with no PTT to deposit (%s)", n, pm.txSummary())
	}
	var escrow *big.Int
	w.view.View(func(m *state.Market) { escrow = m.Balance(p.Address(), w.dep.TestToken) })
	if escrow.Sign() != 0 {
		t.Fatalf("provider escrow %s PTT, it had none to deposit", escrow)
	}
}
