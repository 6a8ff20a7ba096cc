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

// getJob's solver field holds the deal's solver until its result is challenged; while the
// mediation runs it is 0 and the challenger field holds the challenger; once a challenged job
// settles both are 0. A market that kept the solver, or lost the challenger, is a discrepancy.
func TestJobDiffs_solverAndChallenger(t *testing.T) {
	a := &auditor{r: &Report{}}
	a.r.Governance.Params.CollateralBps = 20_000
	solver, challenger := common.HexToAddress("0x50"), common.HexToAddress("0xca")
	j := &state.Job{ID: 7, Creator: common.HexToAddress("0xc0"), Price: big.NewInt(1000), SolverFee: big.NewInt(10),
		ModuleID: 1, RunTime: 600, CommitteeID: 1, CommitteeSize: 3, MediatorFee: big.NewInt(5),
		Resources: bindings.Resources{CpuMillis: 500}, Status: state.StatusChallenged, Expiry: 100,
		OfferID: 2, Provider: common.HexToAddress("0xb0"), Solver: solver, Collateral: big.NewInt(2015), RunDeadline: 700,
		ResultCID: "bafy", ChallengeDeadline: 800, Challenger: challenger, RevealDeadline: 900}
	got := bindings.IPondMarketJob{Status: uint8(state.StatusChallenged), Deadline: big.NewInt(900), OfferId: 2,
		Provider: j.Provider, Challenger: challenger, CommitteeSize: 3, TermsHash: chain.HashTerms(j.Terms())}
	if d := a.jobDiffs(j, got); len(d) != 0 {
		t.Fatalf("a challenged job as the market keeps it: %+v", d)
	}
	kept := got
	kept.Solver = solver
	if d := a.jobDiffs(j, kept); len(d) != 1 || d[0].field != "solver" || d[0].events != (common.Address{}).Hex() {
		t.Fatalf("a challenged job whose slot still names its solver: %+v, want one solver discrepancy", d)
	}
	lost := got
	lost.Challenger = common.Address{}
	if d := a.jobDiffs(j, lost); len(d) != 1 || d[0].field != "challenger" || d[0].events != challenger.Hex() {
		t.Fatalf("a challenged job that lost its challenger: %+v, want one challenger discrepancy", d)
	}

	j.Status = state.StatusRejected
	settled := got
	settled.Status, settled.Challenger, settled.TermsHash = uint8(state.StatusRejected), common.Address{}, [32]byte{}
	if d := a.jobDiffs(j, settled); len(d) != 0 {
		t.Fatalf("a challenged job that settled, solver and challenger zeroed: %+v", d)
	}
	settled.Challenger = challenger
	if d := a.jobDiffs(j, settled); len(d) != 1 || d[0].field != "challenger" {
		t.Fatalf("a settled job that still names its challenger: %+v, want one challenger discrepancy", d)
	}
}
