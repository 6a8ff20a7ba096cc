package state_test

import (
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/index"
)

// A job matched again in the very block its deal was given back, by another solver than that
// deal's, was taken by whoever gave it back (state.Job.TakenAtGiveBack names that provider and
// the solver it took the fee from); a job matched again in a later block was not. Both survive
// a restart from the keeper's index.
func TestAJobMatchedAgainAtItsGiveBackNamesWhoTookTheFee(t *testing.T) {
	dep := chain.Deployment{ChainID: 31337, Market: common.HexToAddress("0xabc")}
	x, err := index.OpenView(filepath.Join(t.TempDir(), "index.sqlite"), dep)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	b := &blocks{t: t, x: x}
	b.restart()

	creator, provider, other := common.HexToAddress("0xc1"), common.HexToAddress("0xb2"), common.HexToAddress("0xb3")
	solver, solver2 := common.HexToAddress("0xd1"), common.HexToAddress("0xd2")
	matched := func(id int64, provider, solver common.Address) *bindings.PondMarketJobMatched {
		return &bindings.PondMarketJobMatched{JobId: big.NewInt(id), OfferId: big.NewInt(1), Provider: provider, Solver: solver,
			Collateral: big.NewInt(200), RunDeadline: big.NewInt(2000)}
	}
	abandoned := func(id int64) *bindings.PondMarketJobAbandoned {
		return &bindings.PondMarketJobAbandoned{JobId: big.NewInt(id), Provider: provider, Collateral: big.NewInt(200), Deadline: big.NewInt(2000)}
	}
	for _, id := range []int64{1, 2} {
		b.apply(&bindings.PondMarketJobPosted{JobId: big.NewInt(id), Creator: creator, ModuleId: 1, Request: bindings.IPondMarketJobRequest{
			Price: big.NewInt(100), SolverFee: big.NewInt(1), Expiry: big.NewInt(1000), RunTime: 60}, MediatorFee: new(big.Int)})
		b.apply(matched(id, provider, solver))
	}
	// Job 1: given back and matched again by the provider as its own solver, in one block.
	b.apply(abandoned(1), matched(1, provider, provider))
	// Job 2: given back, then matched by another solver to another provider a block later.
	b.apply(abandoned(2))
	b.apply(matched(2, other, solver2))

	check := func(when string) {
		t.Helper()
		p, s, ok := b.m.Jobs[1].TakenAtGiveBack()
		if !ok || p != provider || s != solver {
			t.Errorf("%s: job 1 TakenAtGiveBack = %s, %s, %v; want %s took %s's fee", when, p, s, ok, provider, solver)
		}
		if p, s, ok := b.m.Jobs[2].TakenAtGiveBack(); ok {
			t.Errorf("%s: job 2, matched again a block after it was given back, TakenAtGiveBack = %s, %s", when, p, s)
		}
	}
	check("live")
	b.restart()
	check("after a restart")
}
