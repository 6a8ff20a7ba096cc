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

// A challenge whose mediation waits in its committee's queue (JobChallenged with reveal
// deadline 0) is ChallengeWaiting, and known to have paid for the whole committee
// (ChallengeQueued), across a restart; when its mediation opens, the job takes the reveal
// deadline and the mediation its challenger.
func TestAWaitingChallengeTakesItsDeadlinesWhenItsMediationOpens(t *testing.T) {
	dep := chain.Deployment{ChainID: 31337, Market: common.HexToAddress("0xabc"), MediatorRegistry: common.HexToAddress("0x1e9")}
	x, err := index.Open(filepath.Join(t.TempDir(), "index.sqlite"), dep)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	b := &blocks{t: t, x: x}
	b.restart()
	creator, provider, solver := common.HexToAddress("0xc1"), common.HexToAddress("0xb2"), common.HexToAddress("0xd3")
	jid := big.NewInt(1)
	b.apply(
		&bindings.PondMarketDeposited{Account: creator, Amount: big.NewInt(1000)},
		&bindings.PondMarketJobPosted{JobId: jid, Creator: creator, ModuleId: 1, Request: bindings.IPondMarketJobRequest{
			Price: big.NewInt(100), SolverFee: big.NewInt(1), Expiry: big.NewInt(1000), RunTime: 60}, CommitteeId: 1, CommitteeSize: 3, MediatorFee: big.NewInt(5)},
		&bindings.PondMarketDeposited{Account: provider, Amount: big.NewInt(215)},
		&bindings.PondMarketJobMatched{JobId: jid, OfferId: big.NewInt(1), Provider: provider, Solver: solver,
			Collateral: big.NewInt(215), RunDeadline: big.NewInt(2000)},
		&bindings.PondMarketResultSubmitted{JobId: jid, Cid: "bafy", ChallengeDeadline: big.NewInt(3000)},
	)
	b.apply(
		&bindings.PondMarketSolverPaid{JobId: jid, Solver: solver, Amount: big.NewInt(1)},
		&bindings.MediatorRegistryMediationQueued{JobId: jid, CommitteeId: 1, Ahead: new(big.Int)},
		&bindings.PondMarketJobChallenged{JobId: jid, Challenger: creator, CommitteeId: 1, Fee: big.NewInt(15), RevealDeadline: new(big.Int)},
	)
	b.restart()
	j := b.m.Jobs[1]
	if j == nil || !j.ChallengeWaiting() || !j.ChallengeQueued || j.MediationFee.Int64() != 15 {
		t.Fatalf("after a restart the waiting challenge is %+v", j)
	}
	if b.m.Mediations[1] != nil {
		t.Fatal("a waiting mediation is listed as a mediation")
	}
	b.apply(&bindings.MediatorRegistryMediationOpened{JobId: jid, CommitteeId: 1, EligibleMask: 3,
		CommitDeadline: big.NewInt(5000), RevealDeadline: big.NewInt(8600)})
	j = b.m.Jobs[1]
	if j.ChallengeWaiting() || j.RevealDeadline != 8600 || !j.ChallengeQueued {
		t.Fatalf("opened: job %+v", j)
	}
	if md := b.m.Mediations[1]; md == nil || md.Challenger != creator || !md.Open {
		t.Fatalf("opened: mediation %+v", md)
	}
}
