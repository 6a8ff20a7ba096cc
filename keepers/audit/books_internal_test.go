package audit

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/state"
)

// The market keeps only the hash of a job's terms: a job whose events tell other terms (here
// another price, or another creator) than the ones the market hashed is a discrepancy, as is a
// deal whose events locked another collateral than the terms make the market release.
func TestJobDiffs_termsHashAndCollateral(t *testing.T) {
	a := &auditor{r: &Report{}}
	a.r.Governance.Params.CollateralBps = 20_000
	job := func() *state.Job {
		return &state.Job{ID: 7, Creator: common.HexToAddress("0xc0"), Price: big.NewInt(1000), SolverFee: big.NewInt(10),
			ModuleID: 1, RunTime: 600, CommitteeID: 1, CommitteeSize: 3, MediatorFee: big.NewInt(5),
			Resources: bindings.Resources{CpuMillis: 500}, Status: state.StatusMatched, Expiry: 100,
			OfferID: 2, Provider: common.HexToAddress("0xb0"), Solver: common.HexToAddress("0x50"),
			Collateral: big.NewInt(2015), RunDeadline: 700}
	}
	j := job()
	stored := bindings.IPondMarketJob{Status: uint8(state.StatusMatched), Deadline: big.NewInt(700), OfferId: 2,
		Provider: j.Provider, Solver: j.Solver, CommitteeSize: 3, TermsHash: chain.HashTerms(j.Terms())}
	if d := a.jobDiffs(j, stored); len(d) != 0 {
		t.Fatalf("a job that agrees with the market: %+v", d)
	}
	for name, change := range map[string]func(j *state.Job){
		"price":   func(j *state.Job) { j.Price = big.NewInt(999); j.Collateral = big.NewInt(2013) },
		"creator": func(j *state.Job) { j.Creator = common.HexToAddress("0xc1") },
	} {
		j := job()
		change(j)
		d := a.jobDiffs(j, stored)
		if len(d) != 1 || d[0].field != "terms hash" || d[0].chain != common.Hash(stored.TermsHash).Hex() {
			t.Fatalf("events telling another %s: %+v, want one terms hash discrepancy", name, d)
		}
	}
	// Settled (no delivery pending): the market freed the hash.
	j = job()
	j.Status = state.StatusAccepted
	settled := stored
	settled.Status, settled.Deadline = uint8(state.StatusAccepted), big.NewInt(0)
	j.ChallengeDeadline, j.ResultCID = 0, "bafy"
	if d := a.jobDiffs(j, settled); len(d) != 1 || d[0].field != "terms hash" || d[0].events != (common.Hash{}).Hex() {
		t.Fatalf("a settled job whose terms hash the market still keeps: %+v, want one terms hash discrepancy", d)
	}
	settled.TermsHash = [32]byte{}
	if d := a.jobDiffs(j, settled); len(d) != 0 {
		t.Fatalf("a settled job whose terms the market freed: %+v", d)
	}

	j = job()
	j.Collateral = big.NewInt(2000)
	d := a.jobDiffs(j, stored)
	if len(d) != 1 || d[0].field != "collateral" || !strings.Contains(d[0].chain, "2015") {
		t.Fatalf("a deal locking 2000 where the terms make 2015: %+v", d)
	}
}
