package state_test

import (
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
)

// A mediator's fee (MediatorPaid) is credited to its earnings and its money to the mediator
// registry's balance, not to the mediator's; a withdrawal (EarningsWithdrawn, then the market's
// Withdrawn by the registry) takes both down. Earnings survive the index (a restart), an exit
// and a second registration, and so does what the mediator lost to slashing.
func TestMediatorPaidCreditsTheRegistryAndTheMediatorsEarnings(t *testing.T) {
	registry := common.HexToAddress("0x1e9")
	dep := chain.Deployment{ChainID: 31337, Market: common.HexToAddress("0xabc"), MediatorRegistry: registry}
	x, err := index.Open(filepath.Join(t.TempDir(), "index.sqlite"), dep)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	b := &blocks{t: t, x: x}
	b.restart()
	if b.m.Registry != registry {
		t.Fatalf("the view loaded from the index credits %s, want the deployment's registry %s", b.m.Registry, registry)
	}

	creator, provider, solver := common.HexToAddress("0xc1"), common.HexToAddress("0xb2"), common.HexToAddress("0xd3")
	med, other, cold := common.HexToAddress("0xe1"), common.HexToAddress("0xe2"), common.HexToAddress("0xf0")
	token := common.HexToAddress("0x70c")
	fee := big.NewInt(5)
	b.apply(
		&bindings.MediatorRegistryMediatorRegistered{Mediator: med, Bond: big.NewInt(1000)},
		&bindings.MediatorRegistryMediatorRegistered{Mediator: other, Bond: big.NewInt(1000)},
	)
	for id, tok := range map[int64]common.Address{1: chain.Native, 2: token} {
		jid := big.NewInt(id)
		b.apply(
			&bindings.PondMarketDeposited{Account: creator, Token: tok, Amount: big.NewInt(1000)},
			&bindings.PondMarketJobPosted{JobId: jid, Creator: creator, ModuleId: 1, Request: bindings.IPondMarketJobRequest{
				Token: tok, Price: big.NewInt(100), SolverFee: big.NewInt(1), Expiry: big.NewInt(1000), RunTime: 60}, MediatorFee: fee},
			&bindings.PondMarketDeposited{Account: provider, Token: tok, Amount: big.NewInt(220)},
			&bindings.PondMarketJobMatched{JobId: jid, OfferId: big.NewInt(1), Provider: provider, Solver: solver,
				Collateral: big.NewInt(220), RunDeadline: big.NewInt(2000)},
			&bindings.PondMarketResultSubmitted{JobId: jid, Cid: "bafy", ChallengeDeadline: big.NewInt(3000)},
		)
		b.apply(
			&bindings.PondMarketSolverPaid{JobId: jid, Solver: solver, Amount: big.NewInt(1)},
			&bindings.PondMarketJobChallenged{JobId: jid, Challenger: creator, CommitteeId: 1, Fee: big.NewInt(10), RevealDeadline: big.NewInt(4000)},
		)
		b.apply(
			&bindings.PondMarketMediatorPaid{JobId: jid, Mediator: med, Amount: fee},
			&bindings.PondMarketMediatorPaid{JobId: jid, Mediator: other, Amount: fee},
			&bindings.PondMarketJobSettled{JobId: jid, Status: uint8(state.StatusAccepted), ToProvider: big.NewInt(320), ToCreator: new(big.Int), ToChallenger: new(big.Int)},
		)
	}
	check := func(when string, tok common.Address, registryBalance, medEarned int64) {
		t.Helper()
		if got := b.m.Balance(registry, tok); got.Cmp(big.NewInt(registryBalance)) != 0 {
			t.Fatalf("%s: registry's balance of %s %s, want %d", when, tok, got, registryBalance)
		}
		if got := b.m.Mediators[med].Earned(tok); got.Cmp(big.NewInt(medEarned)) != 0 {
			t.Fatalf("%s: mediator's earnings in %s %s, want %d", when, tok, got, medEarned)
		}
		if got := b.m.Balance(med, tok); got.Sign() != 0 {
			t.Fatalf("%s: the mediator's own balance of %s is %s: its fees are the registry's to pay", when, tok, got)
		}
	}
	check("paid", chain.Native, 10, 5)
	check("paid", token, 10, 5)
	b.restart()
	check("after a restart", chain.Native, 10, 5)
	check("after a restart", token, 10, 5)

	b.apply(
		&bindings.MediatorRegistryEarningsWithdrawn{Mediator: med, Token: token, Amount: fee, To: cold},
		&bindings.PondMarketWithdrawn{Account: registry, Token: token, Amount: fee, To: cold},
	)
	check("withdrawn", token, 5, 0)
	check("withdrawn", chain.Native, 10, 5)
	if got := b.m.Mediators[other].Earned(token); got.Cmp(fee) != 0 {
		t.Fatalf("the other mediator's earnings in the token %s, want %s", got, fee)
	}

	b.apply(&bindings.MediatorRegistryMediatorSlashed{JobId: big.NewInt(1), Mediator: med, Amount: big.NewInt(100)})
	b.apply(&bindings.MediatorRegistryExitRequested{Mediator: med})
	b.apply(&bindings.MediatorRegistryMediatorExited{Mediator: med, BondReturned: big.NewInt(900)})
	b.apply(&bindings.MediatorRegistryMediatorRegistered{Mediator: med, Bond: big.NewInt(2000)})
	b.restart()
	check("exited and back", chain.Native, 10, 5)
	md := b.m.Mediators[med]
	if !md.Registered || md.Exiting || md.Bond.Cmp(big.NewInt(2000)) != 0 || md.Slashed.Cmp(big.NewInt(100)) != 0 {
		t.Fatalf("registered again: %+v, want registered with bond 2000 and 100 slashed before", md)
	}
}
