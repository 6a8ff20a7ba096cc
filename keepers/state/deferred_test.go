package state_test

import (
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
)

// blocks applies events to a market one block each and commits every block to the index, as
// the Tracker does.
type blocks struct {
	t     *testing.T
	x     *index.Index
	m     *state.Market
	block uint64
}

func (b *blocks) apply(evs ...chain.Event) {
	b.t.Helper()
	b.block++
	var logged []follow.Event[chain.Event]
	for i, ev := range evs {
		b.m.Apply(ev, b.block)
		logged = append(logged, follow.Event[chain.Event]{Value: ev, Log: fakeLog(b.block, uint(i))})
	}
	if err := b.m.Err(); err != nil {
		b.t.Fatal(err)
	}
	b.m.Block = b.block
	pos := follow.Position{Block: b.block, BlockHash: common.BigToHash(new(big.Int).SetUint64(b.block)), Index: follow.EndOfBlock}
	if err := b.x.Commit(b.m.TakeChanges(), logged, pos); err != nil {
		b.t.Fatal(err)
	}
}

// restart loads the market again from the index, as a keeper starting again does.
func (b *blocks) restart() {
	b.t.Helper()
	m, _, err := b.x.Load()
	if err != nil {
		b.t.Fatal(err)
	}
	b.m = m
}

// A deferred delivery (CallbackDeferred at settlement) stays in the view after its job ended
// and left memory, is loaded again from the index after a restart, and leaves the view once a
// delivery is attempted, whether the client took it (CallbackDelivered) or not
// (CallbackFailed: never retried by a keeper, since its fee was paid). So in a keeper's own
// index (index.OpenView), which keeps only the events it reads back, as in a full one.
func TestDeferredDeliveriesStayInTheViewUntilAttempted(t *testing.T) {
	for name, open := range map[string]func(string, chain.Deployment) (*index.Index, error){
		"full index": index.Open, "keeper's index": index.OpenView,
	} {
		t.Run(name, func(t *testing.T) { testDeferredDeliveries(t, open) })
	}
}

func testDeferredDeliveries(t *testing.T, open func(string, chain.Deployment) (*index.Index, error)) {
	dep := chain.Deployment{ChainID: 31337, Market: common.HexToAddress("0xabc")}
	x, err := open(filepath.Join(t.TempDir(), "index.sqlite"), dep)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	b := &blocks{t: t, x: x}
	b.restart()

	client, provider, deliverer := common.HexToAddress("0xc1"), common.HexToAddress("0xb2"), common.HexToAddress("0xd3")
	gasPrice := big.NewInt(7)
	fee := new(big.Int).Mul(big.NewInt(550_000), gasPrice)
	for _, id := range []int64{1, 2, 3} {
		jid := big.NewInt(id)
		b.apply(
			&bindings.PondMarketJobPosted{JobId: jid, Creator: client, ModuleId: 1, Request: bindings.IPondMarketJobRequest{
				Price: big.NewInt(100), SolverFee: big.NewInt(1), Callback: true, Expiry: big.NewInt(1000), RunTime: 60}, MediatorFee: new(big.Int)},
			&bindings.PondMarketClientJobPosted{JobId: jid, RefundTo: client, CallbackGasLimit: 500_000, DeliveryFee: fee},
		)
		b.apply(&bindings.PondMarketJobMatched{JobId: jid, OfferId: big.NewInt(1), Provider: provider, Solver: deliverer,
			Collateral: big.NewInt(200), RunDeadline: big.NewInt(2000)})
		b.apply(&bindings.PondMarketResultSubmitted{JobId: jid, Provider: provider, Cid: "bafy", ChallengeDeadline: big.NewInt(3000)})
	}
	// Job 1 is delivered at settlement; jobs 2 and 3 are deferred (base fee 9 > 7).
	b.apply(
		&bindings.PondMarketJobSettled{JobId: big.NewInt(1), Status: uint8(state.StatusAccepted), ToProvider: big.NewInt(300),
			ToCreator: new(big.Int), ToChallenger: new(big.Int)},
		&bindings.PondMarketDeliveryFeePaid{JobId: big.NewInt(1), To: provider, Amount: fee},
		&bindings.PondMarketCallbackDelivered{JobId: big.NewInt(1), Client: client},
	)
	for _, id := range []int64{2, 3} {
		b.apply(
			&bindings.PondMarketJobSettled{JobId: big.NewInt(id), Status: uint8(state.StatusAccepted), ToProvider: big.NewInt(300),
				ToCreator: new(big.Int), ToChallenger: new(big.Int)},
			&bindings.PondMarketCallbackDeferred{JobId: big.NewInt(id), DeliveryGasPrice: gasPrice, BaseFee: big.NewInt(9)},
		)
	}
	deferred := func() map[uint64]bool {
		got := map[uint64]bool{}
		for id, j := range b.m.Deferred {
			if j.ID != id || !j.CallbackDeferred || j.DeliveryGasPrice.Cmp(gasPrice) != 0 || j.Provider != provider ||
				j.CallbackGasLimit != 500_000 || j.DeliveryFee.Cmp(fee) != 0 {
				t.Fatalf("deferred delivery %d: %+v", id, j)
			}
			got[id] = true
		}
		return got
	}
	if got := deferred(); len(got) != 2 || !got[2] || !got[3] {
		t.Fatalf("deferred deliveries %v, want jobs 2 and 3", got)
	}
	if len(b.m.Jobs) != 0 {
		t.Fatalf("%d ended jobs still among the live ones", len(b.m.Jobs))
	}
	b.restart()
	if got := deferred(); len(got) != 2 || !got[2] || !got[3] {
		t.Fatalf("after a restart: deferred deliveries %v, want jobs 2 and 3", got)
	}

	// Job 2 is delivered by a retry (paid), job 3's retry fails in the client.
	b.apply(
		&bindings.PondMarketDeliveryFeePaid{JobId: big.NewInt(2), To: deliverer, Amount: fee},
		&bindings.PondMarketCallbackDelivered{JobId: big.NewInt(2), Client: client},
	)
	if got := deferred(); len(got) != 1 || !got[3] {
		t.Fatalf("after job 2's delivery: deferred deliveries %v, want job 3", got)
	}
	j, err := b.m.Job(2)
	if err != nil || j == nil || !j.CallbackDelivered || j.CallbackDeferred || j.DeliveryFee.Sign() != 0 {
		t.Fatalf("job 2 after its delivery: %+v (%v)", j, err)
	}
	b.apply(
		&bindings.PondMarketDeliveryFeePaid{JobId: big.NewInt(3), To: deliverer, Amount: fee},
		&bindings.PondMarketCallbackFailed{JobId: big.NewInt(3), Client: client},
	)
	if got := deferred(); len(got) != 0 {
		t.Fatalf("after job 3's failed delivery: deferred deliveries %v, want none", got)
	}
	b.restart()
	if got := deferred(); len(got) != 0 {
		t.Fatalf("after a restart: deferred deliveries %v, want none", got)
	}
	if j, err := b.m.Job(3); err != nil || j == nil || !j.CallbackFailed || j.CallbackDeferred {
		t.Fatalf("job 3 from the index: %+v (%v)", j, err)
	}
	if got := b.m.Balance(deliverer, chain.Native); got.Cmp(new(big.Int).Mul(fee, big.NewInt(2))) != 0 {
		t.Fatalf("the deliverer's balance is %s, want two delivery fees", got)
	}
}

func fakeLog(block uint64, i uint) types.Log {
	return types.Log{BlockNumber: block, Index: i, TxHash: common.BigToHash(new(big.Int).SetUint64(block<<16 | uint64(i)))}
}
