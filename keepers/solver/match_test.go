package solver

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/state"
)

var (
	alice = common.HexToAddress("0xa1")
	bob   = common.HexToAddress("0xb0")
	carol = common.HexToAddress("0xc0")
	ptt   = common.HexToAddress("0x7777")
)

func res(cpu, ram uint32) state.Resources { return state.Resources{CpuMillis: cpu, RamMiB: ram} }

// market has committees 1 (the default) and 2, both usable, and 3, whose member never accepted it.
func market() *state.Market {
	m := state.NewMarket(common.Address{})
	m.Apply(&bindings.MediatorRegistryCommitteeCreated{CommitteeId: 1, Members: []common.Address{{1}, {2}, {3}}}, 1)
	m.Apply(&bindings.MediatorRegistryCommitteeCreated{CommitteeId: 2, Members: []common.Address{{1}, {2}, {5}}}, 1)
	m.Apply(&bindings.MediatorRegistryCommitteeCreated{CommitteeId: 3, Members: []common.Address{{4}}}, 1)
	m.Apply(&bindings.MediatorRegistryCommitteeUsable{CommitteeId: 1, Usable: true}, 1)
	m.Apply(&bindings.MediatorRegistryCommitteeUsable{CommitteeId: 2, Usable: true}, 1)
	m.Apply(&bindings.PondMarketDefaultCommitteeSet{CommitteeId: 1, Size: 3}, 1)
	return m
}

func deposit(m *state.Market, who common.Address, token common.Address, amount int64) {
	m.Apply(&bindings.PondMarketDeposited{Account: who, Token: token, Amount: big.NewInt(amount)}, 2)
}

func offer(m *state.Market, id uint64, provider common.Address, ask int64, capy state.Resources, f func(*bindings.PondMarketOfferPosted)) {
	ev := &bindings.PondMarketOfferPosted{OfferId: new(big.Int).SetUint64(id), Provider: provider, AskPrice: big.NewInt(ask),
		Capacity: capy, Expiry: big.NewInt(1000), AnyModule: true, AcceptsDefaultCommittee: true}
	if f != nil {
		f(ev)
	}
	m.Apply(ev, 3)
}

func job(m *state.Market, id uint64, price int64, need state.Resources, f func(*bindings.IPondMarketJobRequest)) {
	r := bindings.IPondMarketJobRequest{ModuleId: 1, Price: big.NewInt(price), SolverFee: big.NewInt(1), Resources: need,
		RunTime: 60, Expiry: big.NewInt(500)}
	if f != nil {
		f(&r)
	}
	deposit(m, carol, r.Token, price+1)
	// The market resolves committee 0 to the default and fixes the fee (1 per member here).
	committee := r.CommitteeId
	if committee == 0 {
		committee = m.DefaultCommittee
	}
	m.Apply(&bindings.PondMarketJobPosted{JobId: new(big.Int).SetUint64(id), Creator: carol, ModuleId: r.ModuleId, Request: r,
		CommitteeId: committee, CommitteeSize: uint8(len(m.Committees[committee])), MediatorFee: big.NewInt(1)}, 4)
}

func TestMatchCheapestThenOldest(t *testing.T) {
	m := market()
	deposit(m, alice, common.Address{}, 1000)
	deposit(m, bob, common.Address{}, 1000)
	offer(m, 1, alice, 50, res(1000, 1000), nil)
	offer(m, 2, bob, 20, res(1000, 1000), nil)
	offer(m, 3, alice, 20, res(1000, 1000), nil)
	job(m, 1, 100, res(500, 100), nil)
	pairs := Match(m, Params{Now: 10, CollateralBps: 20_000})
	if len(pairs) != 1 || pairs[0] != (Pair{1, 2}) {
		t.Fatalf("pairs = %v, want job 1 to offer 2 (cheapest, then oldest)", pairs)
	}
}

// Params.Avoid leaves out every offer of the providers it names, however cheap.
func TestMatchLeavesOutTheProvidersToAvoid(t *testing.T) {
	m := market()
	deposit(m, alice, common.Address{}, 1000)
	deposit(m, bob, common.Address{}, 1000)
	offer(m, 1, alice, 50, res(1000, 1000), nil)
	offer(m, 2, bob, 20, res(1000, 1000), nil)
	job(m, 1, 100, res(500, 100), nil)
	pairs := Match(m, Params{Now: 10, CollateralBps: 20_000, Avoid: func(p common.Address) bool { return p == bob }})
	if len(pairs) != 1 || pairs[0] != (Pair{1, 1}) {
		t.Fatalf("pairs = %v, want job 1 to offer 1 (bob's cheaper offer avoided)", pairs)
	}
}

// A solver pays a match's gas and earns the job's solver fee: with a minimum fee (its gas at
// the prices it expects), it leaves out native jobs that pay less, and matches the rest; a
// token job's fee cannot be weighed against gas and is matched whatever it is.
func TestMatchLeavesOutNativeJobsPayingLessThanTheMinimumFee(t *testing.T) {
	m := market()
	deposit(m, alice, common.Address{}, 10_000)
	offer(m, 1, alice, 10, res(1000, 1000), nil)
	job(m, 1, 100, res(100, 10), func(r *bindings.IPondMarketJobRequest) { r.SolverFee = big.NewInt(4) })
	job(m, 2, 100, res(100, 10), func(r *bindings.IPondMarketJobRequest) { r.SolverFee = big.NewInt(5) })
	job(m, 3, 100, res(100, 10), func(r *bindings.IPondMarketJobRequest) { r.SolverFee = new(big.Int) })
	pairs := Match(m, Params{Now: 10, CollateralBps: 20_000, MinFee: big.NewInt(5)})
	if len(pairs) != 1 || pairs[0] != (Pair{2, 1}) {
		t.Fatalf("pairs = %v, want only job 2 (fee 5 of at least 5)", pairs)
	}
	if pairs := Match(m, Params{Now: 10, CollateralBps: 20_000}); len(pairs) != 3 {
		t.Fatalf("pairs = %v without a minimum, want all three", pairs)
	}
}

func TestMatchNeverOverbooks(t *testing.T) {
	m := market()
	deposit(m, alice, common.Address{}, 10_000)
	offer(m, 1, alice, 10, res(1000, 1000), nil)
	for id := uint64(1); id <= 3; id++ {
		job(m, id, 100, res(500, 100), nil)
	}
	pairs := Match(m, Params{Now: 10, CollateralBps: 20_000})
	if len(pairs) != 2 {
		t.Fatalf("pairs = %v, want two jobs on a 1000-millicore offer of 500-millicore jobs", pairs)
	}
}

func TestMatchCollateralAcrossOffers(t *testing.T) {
	m := market()
	deposit(m, alice, common.Address{}, 250) // one job of price 100: 2x + 3 members x 1
	offer(m, 1, alice, 10, res(1000, 1000), nil)
	offer(m, 2, alice, 10, res(1000, 1000), nil)
	job(m, 1, 100, res(100, 10), nil)
	job(m, 2, 100, res(100, 10), nil)
	if pairs := Match(m, Params{Now: 10, CollateralBps: 20_000}); len(pairs) != 1 {
		t.Fatalf("pairs = %v, want one: the provider's balance covers one collateral", pairs)
	}
}

func TestMatchChecks(t *testing.T) {
	m := market()
	deposit(m, alice, common.Address{}, 10_000)
	deposit(m, alice, ptt, 10_000)
	offer(m, 1, alice, 10, res(1000, 1000), func(o *bindings.PondMarketOfferPosted) { o.AnyModule, o.Modules = false, []uint32{2} })
	offer(m, 2, alice, 10, res(1000, 1000), func(o *bindings.PondMarketOfferPosted) { o.Token = ptt })
	offer(m, 3, alice, 10, res(1000, 1000), func(o *bindings.PondMarketOfferPosted) { o.AcceptsDefaultCommittee = false; o.TrustedCommitteeId = 2 })
	offer(m, 4, alice, 500, res(1000, 1000), nil)
	offer(m, 5, alice, 10, res(100, 1000), nil)
	offer(m, 6, alice, 10, res(1000, 1000), func(o *bindings.PondMarketOfferPosted) { o.Expiry = big.NewInt(5) })
	offer(m, 7, alice, 10, res(1000, 1000), func(o *bindings.PondMarketOfferPosted) { o.MinRunTime = 61 })
	job(m, 1, 100, res(500, 100), nil)
	if pairs := Match(m, Params{Now: 10, CollateralBps: 20_000}); len(pairs) != 0 {
		t.Fatalf("pairs = %v, want none", pairs)
	}
	ex := Explain(m, 1, 10, 20_000, nil)
	want := map[uint64]string{1: "ModuleNotAllowed", 2: "TokenMismatch", 3: "CommitteeNotAccepted", 4: "PriceBelowAsk",
		5: "CapacityExceeded", 6: "OfferNotOpen", 7: "RunTimeBelowOffer"}
	for _, r := range ex.Offers {
		if r.Check != want[r.OfferID] {
			t.Errorf("offer %d: check %q (%s), want %q", r.OfferID, r.Check, r.Detail, want[r.OfferID])
		}
	}
	// Amounts are written by the caller's money (`pond job why`: each token's decimals).
	money := func(token common.Address, v *big.Int) string {
		return fmt.Sprintf("%s units of %s", v, token.Hex()[:6])
	}
	for _, r := range Explain(m, 1, 10, 20_000, money).Offers {
		if r.OfferID == 4 && r.Detail != "the job pays 100 units of 0x0000, the offer asks 500 units of 0x0000" {
			t.Errorf("offer 4: %q", r.Detail)
		}
	}
	// A job judged by committee 2 fits offer 3, which trusts committee 2; one judged by
	// committee 3 fits no offer.
	job(m, 2, 100, res(500, 100), func(r *bindings.IPondMarketJobRequest) { r.CommitteeId = 2 })
	job(m, 3, 100, res(500, 100), func(r *bindings.IPondMarketJobRequest) { r.CommitteeId = 3 })
	pairs := Match(m, Params{Now: 10, CollateralBps: 20_000})
	if len(pairs) != 1 || pairs[0] != (Pair{2, 3}) {
		t.Fatalf("pairs = %v, want job 2 on offer 3", pairs)
	}
	// A job running long enough fits offer 7.
	job(m, 4, 100, res(500, 100), func(r *bindings.IPondMarketJobRequest) { r.RunTime = 61 })
	if pairs := Match(m, Params{Now: 10, CollateralBps: 20_000}); !slices.Contains(pairs, Pair{4, 7}) {
		t.Fatalf("pairs = %v, want job 4 on offer 7", pairs)
	}
	if ex := Explain(m, 99, 10, 20_000, nil); !strings.HasPrefix(ex.Job, "JobNotFound") {
		t.Fatalf("unknown job explained as %q", ex.Job)
	}
	if ex := Explain(m, 1, 600, 20_000, nil); !strings.HasPrefix(ex.Job, "JobExpired") {
		t.Fatalf("expired job explained as %q", ex.Job)
	}
}

// TestMatchCommittees: the offer accepts the job's committee only as its trusted committee or
// as the default of the time of the match, and the committee must be able to judge.
func TestMatchCommittees(t *testing.T) {
	m := market()
	deposit(m, alice, common.Address{}, 10_000)
	offer(m, 1, alice, 10, res(1000, 1000), nil) // accepts the default only
	job(m, 1, 100, res(500, 100), nil)           // judged by committee 1, the default
	// Governance names committee 2 the default: job 1 is still judged by committee 1, which
	// the offer no longer accepts as "the default".
	m.Apply(&bindings.PondMarketDefaultCommitteeSet{CommitteeId: 2, Size: 3}, 5)
	if pairs := Match(m, Params{Now: 10, CollateralBps: 20_000}); len(pairs) != 0 {
		t.Fatalf("pairs = %v, want none: the job's committee is no longer the default", pairs)
	}
	r := Explain(m, 1, 10, 20_000, nil).Offers[0]
	if r.Check != "CommitteeNotAccepted" || !strings.Contains(r.Detail, "earlier default") {
		t.Fatalf("explained as %s: %s", r.Check, r.Detail)
	}
	// A job posted now is judged by committee 2 and matches.
	job(m, 2, 100, res(500, 100), nil)
	if pairs := Match(m, Params{Now: 10, CollateralBps: 20_000}); len(pairs) != 1 || pairs[0] != (Pair{2, 1}) {
		t.Fatalf("pairs = %v, want job 2 on offer 1", pairs)
	}
	// A member of committee 2 asks to leave: it takes no new deal.
	m.Apply(&bindings.MediatorRegistryCommitteeUsable{CommitteeId: 2, Usable: false}, 6)
	if pairs := Match(m, Params{Now: 10, CollateralBps: 20_000}); len(pairs) != 0 {
		t.Fatalf("pairs = %v, want none: committee 2 cannot judge", pairs)
	}
	if r := Explain(m, 2, 10, 20_000, nil).Offers[0]; r.Check != "CommitteeNotUsable" {
		t.Fatalf("explained as %s: %s", r.Check, r.Detail)
	}
}

// benchMarket is 10,000 open jobs and 1,000 offers from 100 providers: mixed asks, prices,
// sizes, module allowlists and committees, and balances that cover only part of the demand,
// so many jobs scan many offers before finding one or none.
func benchMarket() *state.Market {
	rng := rand.New(rand.NewPCG(1, 2))
	m := market()
	providers := make([]common.Address, 100)
	for i := range providers {
		providers[i] = common.BigToAddress(big.NewInt(int64(1000 + i)))
		deposit(m, providers[i], common.Address{}, int64(rng.IntN(50)+1)*400)
	}
	for id := uint64(1); id <= 1000; id++ {
		offer(m, id, providers[rng.IntN(len(providers))], int64(rng.IntN(100)+1), res(uint32(rng.IntN(16)+1)*1000, 16_384),
			func(o *bindings.PondMarketOfferPosted) {
				if rng.IntN(4) == 0 {
					o.AnyModule, o.Modules = false, []uint32{uint32(rng.IntN(5) + 1)}
				}
				if rng.IntN(5) == 0 {
					o.TrustedCommitteeId = 2
				}
			})
	}
	for id := uint64(1); id <= 10_000; id++ {
		job(m, id, int64(rng.IntN(150)+1), res(uint32(rng.IntN(8)+1)*250, 512), func(r *bindings.IPondMarketJobRequest) {
			r.ModuleId = uint32(rng.IntN(5) + 1)
			if rng.IntN(10) == 0 {
				r.CommitteeId = 2
			}
		})
	}
	return m
}

func BenchmarkMatch10kJobs1kOffers(b *testing.B) {
	m := benchMarket()
	b.ResetTimer()
	var pairs []Pair
	for b.Loop() {
		pairs = Match(m, Params{Now: 10, CollateralBps: 20_000})
	}
	b.ReportMetric(float64(len(pairs)), "matches")
}
