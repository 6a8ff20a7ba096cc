package stack_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// TestSolverStopsMatchingToAProviderThatTookItsFee: a provider that is also its own solver (a
// contract, test/adversarial/fixtures/Actors.sol's MarketCaller) offers the cheapest ask. The
// honest solver matches a job to it; the provider gives the deal back and matches the job to
// itself again in the same transaction, which makes it the deal's solver and takes the fee
// (a known cost: README, Payoffs). The solver sees the job matched again in the very block its
// deal was given back, by another solver, and matches the next job to an honest provider's
// dearer offer rather than to that provider again.
func TestSolverStopsMatchingToAProviderThatTookItsFee(t *testing.T) {
	mc := testenv.ForgeArtifact(t, "Actors.sol", "MarketCaller")
	w := newWorld(t)
	thief := w.deploy(mc)
	exec := func(value *big.Int, cands ...txmgr.Candidate) {
		t.Helper()
		calls := make([][]byte, len(cands))
		for i, c := range cands {
			calls[i] = c.Data
		}
		data, err := mc.ABI.Pack("exec", calls)
		if err != nil {
			t.Fatal(err)
		}
		w.send(w.creator, txmgr.Candidate{To: &thief, Data: data, Value: value}, nil)
	}
	must := func(c txmgr.Candidate, err error) txmgr.Candidate {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	collateral := new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))
	exec(collateral,
		must(w.market.Deposit(chain.Native, collateral)),
		must(w.market.PostOffer(bindings.IPondMarketOfferRequest{Token: chain.Native, AskPrice: big.NewInt(1),
			Capacity: bindings.Resources{CpuMillis: 4000, RamMiB: 4096, DiskMiB: 4096}, Expiry: new(big.Int).SetUint64(w.now() + 86_400),
			AnyModule: true, Modules: []uint32{}, AcceptsDefaultCommittee: true})))
	thiefOffer := w.waitForID("the thief's offer", func(m *state.Market) (id uint64) {
		for _, o := range m.Offers {
			if o.Provider == thief {
				id = o.ID
			}
		}
		return id
	})
	w.startSolver(solverIdx, nil)
	me := w.addr(solverIdx)

	first := w.postJob("moo 1")
	w.waitStatus(first, state.StatusMatched)
	if j := w.job(first); j.OfferID != thiefOffer || j.Solver != me {
		t.Fatalf("job %d matched to offer %d by %s, want the cheapest offer %d by the solver", first, j.OfferID, j.Solver, thiefOffer)
	}
	j := w.job(first)
	terms := j.Terms()
	id := new(big.Int).SetUint64(first)
	exec(nil, must(w.market.AbandonJob(id, terms)), must(w.market.MatchJob(id, new(big.Int).SetUint64(thiefOffer), terms)))
	w.waitFor("the thief's match", func() bool { return w.job(first).Solver == thief })

	// An honest provider, dearer than the thief.
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	w.startProvider(cfg)
	second := w.postJob("moo 2")
	w.waitStatus(second, state.StatusMatched)
	if j := w.job(second); j.Provider == thief || j.Solver != me {
		t.Fatalf("job %d matched to %s (offer %d) by %s: the solver matched again to the provider that took its fee", second, j.Provider, j.OfferID, j.Solver)
	}
}
