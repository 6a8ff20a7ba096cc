package provider

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/state"
)

var (
	me      = common.HexToAddress("0xb0")
	someone = common.HexToAddress("0xc0")
)

// collateralMarket has the default committee (three members, usable), one open offer of me
// (ask 10, 1000 millicores, native) and, from the ids given, open native jobs of the given
// prices, each for 500 millicores (mediator fee 1 per member: collateral = 2 × price + 3).
func collateralMarket(prices map[uint64]int64) *state.Market {
	m := state.NewMarket(common.Address{})
	m.Apply(&bindings.MediatorRegistryCommitteeCreated{CommitteeId: 1, Members: []common.Address{{1}, {2}, {3}}}, 1)
	m.Apply(&bindings.MediatorRegistryCommitteeUsable{CommitteeId: 1, Usable: true}, 1)
	m.Apply(&bindings.PondMarketDefaultCommitteeSet{CommitteeId: 1, Size: 3}, 1)
	m.Apply(&bindings.PondMarketOfferPosted{OfferId: big.NewInt(1), Provider: me, AskPrice: big.NewInt(10),
		Capacity: state.Resources{CpuMillis: 1000}, Expiry: big.NewInt(1000), AnyModule: true, AcceptsDefaultCommittee: true}, 2)
	for id, price := range prices {
		m.Apply(&bindings.PondMarketDeposited{Account: someone, Amount: big.NewInt(price + 1)}, 3)
		m.Apply(&bindings.PondMarketJobPosted{JobId: new(big.Int).SetUint64(id), Creator: someone, ModuleId: 1,
			Request: bindings.IPondMarketJobRequest{ModuleId: 1, Price: big.NewInt(price), SolverFee: big.NewInt(1),
				Resources: state.Resources{CpuMillis: 500}, RunTime: 60, Expiry: big.NewInt(500)},
			CommitteeId: 1, CommitteeSize: 3, MediatorFee: big.NewInt(1)}, 3)
	}
	return m
}

func testProvider(collateral, maxCollateral int64) *Provider {
	p := &Provider{me: me, collateralBps: 20_000}
	if collateral > 0 {
		p.cfg.Collateral = big.NewInt(collateral)
	}
	if maxCollateral > 0 {
		p.cfg.MaxCollateral = big.NewInt(maxCollateral)
	}
	return p
}

// The provider tops up for the largest open job its offer could take, within its maximum, and
// never for a job it could not take anyway.
func TestCollateralTopsUpForTheLargestJobItCouldTake(t *testing.T) {
	m := collateralMarket(map[uint64]int64{
		1: 100, // collateral 203
		2: 400, // collateral 803: the largest that fits under 1000
		3: 600, // collateral 1203: above the maximum
		4: 5,   // below the offer's ask: not takeable
	})
	m.Apply(&bindings.PondMarketDeposited{Account: someone, Amount: big.NewInt(1_000_000)}, 4)
	m.Apply(&bindings.PondMarketJobPosted{JobId: big.NewInt(5), Creator: someone, ModuleId: 1,
		Request: bindings.IPondMarketJobRequest{ModuleId: 1, Price: big.NewInt(450), SolverFee: big.NewInt(1),
			Resources: state.Resources{CpuMillis: 2000}, RunTime: 60, Expiry: big.NewInt(500)},
		CommitteeId: 1, CommitteeSize: 3, MediatorFee: big.NewInt(1)}, 4) // more CPU than the offer has

	p := testProvider(50, 1000)
	locked := big.NewInt(0)
	need := p.collateralNeed(m, 100, locked)
	if need.Int64() != 803 {
		t.Fatalf("need %s, want 803 (job 2's collateral)", need)
	}
	if got := p.collateralTarget(locked, need); got.Int64() != 803 {
		t.Fatalf("target %s, want 803", got)
	}

	// 300 locked in a live deal: only a collateral up to 700 fits under the maximum next to it.
	locked = big.NewInt(300)
	need = p.collateralNeed(m, 100, locked)
	if need.Int64() != 203 {
		t.Fatalf("need with 300 locked %s, want 203 (job 1's collateral)", need)
	}
	if got := p.collateralTarget(locked, need); got.Int64() != 503 {
		t.Fatalf("target %s, want 503: the locked 300 plus 203 free", got)
	}

	// After the expiry no job is open: the target falls back to the collateral kept.
	if need := p.collateralNeed(m, 500, big.NewInt(0)); need.Sign() != 0 {
		t.Fatalf("need after expiry %s, want 0", need)
	}
	if got := p.collateralTarget(big.NewInt(0), big.NewInt(0)); got.Int64() != 50 {
		t.Fatalf("target with nothing open %s, want the 50 kept", got)
	}
}

// Without a maximum the provider keeps its collateral and tops up for nothing more; without
// either it tops up for nothing.
func TestCollateralMaximumDefaultsToTheCollateralKept(t *testing.T) {
	m := collateralMarket(map[uint64]int64{1: 100})
	if need := testProvider(1000, 0).collateralNeed(m, 100, big.NewInt(0)); need.Int64() != 203 {
		t.Fatalf("need under a collateral of 1000: %s, want 203", need)
	}
	if need := testProvider(100, 0).collateralNeed(m, 100, big.NewInt(0)); need.Sign() != 0 {
		t.Fatalf("need under a collateral of 100: %s, want 0 (203 is above it)", need)
	}
	if need := testProvider(0, 0).collateralNeed(m, 100, big.NewInt(0)); need.Sign() != 0 {
		t.Fatalf("need with no collateral and no maximum: %s, want 0", need)
	}
}

func TestConfigRefusesAMaximumBelowTheCollateral(t *testing.T) {
	c := Config{Collateral: big.NewInt(10), MaxCollateral: big.NewInt(9)}
	if err := c.Check(); err == nil {
		t.Fatal("Check accepted it")
	}
	c.MaxCollateral = big.NewInt(10)
	if err := c.Check(); err == ErrMaxCollateralBelowCollateral {
		t.Fatal("Check refused a maximum equal to the collateral")
	}
}

// A submission's stake is the collateral and price of its native deals (a token deal's worth in
// the gas currency is unknown: nothing); jobs not matched or unknown add nothing.
func TestDealStakeIsTheNativeCollateralAndPrice(t *testing.T) {
	m := collateralMarket(map[uint64]int64{1: 100, 2: 400, 3: 50})
	m.Apply(&bindings.PondMarketDeposited{Account: me, Amount: big.NewInt(10_000)}, 4)
	for _, id := range []int64{1, 2} {
		m.Apply(&bindings.PondMarketJobMatched{JobId: big.NewInt(id), OfferId: big.NewInt(1), Provider: me, Solver: someone,
			Collateral: big.NewInt(2*100*id + 3), RunDeadline: big.NewInt(900)}, 5)
	}
	m.Jobs[2].Token = common.HexToAddress("0x70") // as if a token job
	if got := dealStake(m, 1, 2, 3, 99); got.Cmp(big.NewInt(100+203)) != 0 {
		t.Fatalf("stake %s, want job 1's price 100 and collateral 203 only", got)
	}
	if got := dealStake(m); got.Sign() != 0 {
		t.Fatalf("stake of nothing: %s", got)
	}
}
