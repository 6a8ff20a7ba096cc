package provider

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/state"
)

// settle applies the events of client job id, served by provider, settling with its delivery
// deferred at gasPrice; failed adds a retry that failed in the client, delivered one that it
// took.
func settle(m *state.Market, id int64, provider common.Address, gasPrice int64, failed, delivered bool) {
	jid, client := big.NewInt(id), common.HexToAddress("0xc1")
	evs := []any{
		&bindings.PondMarketJobPosted{JobId: jid, Creator: client, Request: bindings.IPondMarketJobRequest{
			Price: big.NewInt(100), SolverFee: big.NewInt(1), Callback: true}, MediatorFee: new(big.Int)},
		&bindings.PondMarketClientJobPosted{JobId: jid, RefundTo: client, CallbackGasLimit: uint32(500_000 + id), DeliveryFee: big.NewInt(550_000 * gasPrice)},
		&bindings.PondMarketJobMatched{JobId: jid, OfferId: big.NewInt(1), Provider: provider, Collateral: big.NewInt(200), RunDeadline: big.NewInt(9)},
		&bindings.PondMarketResultSubmitted{JobId: jid, Provider: provider, Cid: "bafy", ChallengeDeadline: big.NewInt(9)},
		&bindings.PondMarketJobSettled{JobId: jid, Status: uint8(state.StatusAccepted), ToProvider: big.NewInt(300), ToCreator: new(big.Int), ToChallenger: new(big.Int)},
		&bindings.PondMarketCallbackDeferred{JobId: jid, DeliveryGasPrice: big.NewInt(gasPrice), BaseFee: big.NewInt(gasPrice + 1)},
	}
	if failed {
		evs = append(evs, &bindings.PondMarketCallbackFailed{JobId: jid, Client: client})
	}
	if delivered {
		evs = append(evs, &bindings.PondMarketCallbackDelivered{JobId: jid, Client: client})
	}
	for _, ev := range evs {
		m.Apply(ev, uint64(id))
	}
}

// The provider delivers the deferred deliveries of its own deals (with DeliverAny, anyone's)
// once the base fee is at or below the job's delivery gas price, with the job's gas limit; a
// delivery that was attempted (failed or delivered) is never made again.
func TestDueDeliveries(t *testing.T) {
	me, other := common.HexToAddress("0xaa"), common.HexToAddress("0xbb")
	m := state.NewMarket(common.Address{})
	settle(m, 1, me, 10, false, false)    // mine, at 10
	settle(m, 2, me, 20, false, false)    // mine, at 20
	settle(m, 3, other, 30, false, false) // another provider's, at 30
	settle(m, 4, me, 40, true, false)     // mine, failed in the client: paid, never again
	settle(m, 5, me, 50, false, true)     // mine, delivered by someone

	ids := func(ds []delivery) []uint64 {
		var out []uint64
		for _, d := range ds {
			out = append(out, d.job)
		}
		return out
	}
	for _, c := range []struct {
		baseFee *big.Int
		anyone  bool
		due     []uint64
		waiting []uint64
	}{
		{big.NewInt(25), false, nil, []uint64{1, 2}},
		{big.NewInt(20), false, []uint64{2}, []uint64{1}},
		{big.NewInt(10), false, []uint64{1, 2}, nil},
		{big.NewInt(0), false, []uint64{1, 2}, nil},
		{nil, false, []uint64{1, 2}, nil}, // no base fee: a chain before London
		{big.NewInt(31), true, nil, []uint64{1, 2, 3}},
		{big.NewInt(30), true, []uint64{3}, []uint64{1, 2}},
		{big.NewInt(1), true, []uint64{1, 2, 3}, nil},
	} {
		due, waiting := dueDeliveries(m, me, c.anyone, c.baseFee)
		if !slices.Equal(ids(due), c.due) || !slices.Equal(ids(waiting), c.waiting) {
			t.Errorf("base fee %v, anyone %v: due %v, waiting %v; want %v, %v", c.baseFee, c.anyone, ids(due), ids(waiting), c.due, c.waiting)
		}
		for _, d := range slices.Concat(due, waiting) {
			if d.gasLimit != uint32(500_000+d.job) || d.gasPrice.Int64() != int64(d.job)*10 || d.client != common.HexToAddress("0xc1") {
				t.Errorf("delivery of job %d: gas limit %d, gas price %s, client %s", d.job, d.gasLimit, d.gasPrice, d.client)
			}
		}
	}
}
