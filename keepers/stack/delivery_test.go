package stack_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/state"
)

// burner is a genesis contract whose code loops until its caller's gas runs out: a call to it
// uses all the gas it is given, which is how the tests fill blocks and raise the base fee.
var burner = common.HexToAddress("0x00000000000000000000000000000000000b0b0b")

// burnerAlloc puts the burner in the devnet's genesis (JUMPDEST; PUSH1 0; JUMP).
func burnerAlloc() types.GenesisAlloc {
	return types.GenesisAlloc{burner: {Code: []byte{0x5b, 0x60, 0x00, 0x56}, Balance: new(big.Int)}}
}

func (w *world) baseFee() *big.Int {
	w.t.Helper()
	h, err := w.net.Client().HeaderByNumber(w.ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return h.BaseFee
}

// raiseBaseFee seals blocks filled with calls to the burner (four of 14M gas: 56M of the 60M
// limit, the target being 30M) from dev account i until the base fee is above atLeast. Each
// such block raises the base fee by about a tenth, as on any EIP-1559 chain.
func (w *world) raiseBaseFee(i int, atLeast *big.Int) {
	w.t.Helper()
	key, from := w.key(i), w.addr(i)
	signer := types.LatestSignerForChainID(w.net.ChainID)
	for w.baseFee().Cmp(atLeast) <= 0 {
		err := w.net.Do(w.ctx, func(b *simulated.Backend) error {
			c := b.Client()
			nonce, err := c.PendingNonceAt(w.ctx, from)
			if err != nil {
				return err
			}
			h, err := c.HeaderByNumber(w.ctx, nil)
			if err != nil {
				return err
			}
			feeCap := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(4)), big.NewInt(1))
			for k := range uint64(4) {
				tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{ChainID: w.net.ChainID, Nonce: nonce + k,
					GasTipCap: big.NewInt(1), GasFeeCap: feeCap, Gas: 14_000_000, To: &burner})
				if err != nil {
					return err
				}
				if err := c.SendTransaction(w.ctx, tx); err != nil {
					return err
				}
			}
			b.Commit()
			return nil
		})
		if err != nil {
			w.t.Fatal(err)
		}
	}
}

// TestDeferredDeliveryIsMadeOnceTheBaseFeeFalls: a contract client's job settles while the
// base fee is above the gas price its delivery is paid at, so the market defers the delivery
// (CallbackDeferred). The provider that served the deal waits, is restarted (its view comes
// back from its index), and once the base fee has fallen to the job's delivery gas price it
// delivers the result with retryCallback, once, and is paid the delivery fee.
func TestDeferredDeliveryIsMadeOnceTheBaseFeeFalls(t *testing.T) {
	rc := recordingClient(t)
	w := newWorldWith(t, devnet.Config{Alloc: burnerAlloc()}, 4*time.Minute)
	w.startSolver(solverIdx, nil)
	work := t.TempDir()
	first := newCounter()
	cfg := w.providerConfig(providerIdx, nil, work)
	cfg.Metrics = first
	p1 := w.startProvider(cfg)

	client := w.deploy(rc)
	id := w.callClient(rc, client, new(big.Int).Add(jobPrice, milliEther(1)), "run", "cowsay:v0.0.1", "moo")
	j := w.waitStatus(id, state.StatusSubmitted)
	// The delivery gas price is twice the base fee when the job was posted (the fee is
	// (callback gas limit + chain.DeliveryOverheadGas) × that price).
	price := new(big.Int).Div(j.DeliveryFee, big.NewInt(int64(j.CallbackGasLimit)+chain.DeliveryOverheadGas))
	if price.Sign() == 0 {
		t.Fatalf("the job's delivery fee is %s: no delivery gas price to wait for", j.DeliveryFee)
	}
	// A gas spike: the base fee above twice the delivery gas price, so that it is still above
	// it when the provider finalizes a few quiet blocks later.
	w.raiseBaseFee(spareIdx, new(big.Int).Mul(price, big.NewInt(2)))
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	w.waitStatus(id, state.StatusAccepted)
	w.waitFor("the deferral", func() bool {
		return w.job(id).CallbackDeferred || w.job(id).CallbackDelivered || w.job(id).CallbackFailed
	})
	if j := w.job(id); !j.CallbackDeferred || j.DeliveryGasPrice.Cmp(price) != 0 {
		t.Fatalf("settled with the base fee at %s: deferred %v at delivery gas price %s (want deferred at %s)",
			w.baseFee(), j.CallbackDeferred, j.DeliveryGasPrice, price)
	}
	w.waitFor("the provider to see the deferral", func() bool {
		var seen bool
		p1.State().View(func(m *state.Market) { seen = m.Deferred[id] != nil })
		return seen
	})
	if err := p1.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := first.get(retryCallbacks); n != 0 {
		t.Fatalf("the provider sent %d retryCallback while the base fee was above the delivery gas price", n)
	}

	// Restarted on the same work directory and index; the base fee falls block by block.
	second := newCounter()
	cfg.Metrics = second
	w.startProvider(cfg)
	w.waitFor("the deferred delivery", func() bool {
		if w.job(id).CallbackDelivered || w.job(id).CallbackFailed {
			return true
		}
		if w.baseFee().Cmp(price) > 0 {
			if _, err := w.net.Mine(w.ctx); err != nil {
				t.Fatal(err)
			}
		}
		return false
	})
	if !w.job(id).CallbackDelivered {
		t.Fatal("the delivery was made and the client's receiveJobResults failed (CallbackFailed)")
	}
	want, _ := w.alone("moo")
	if got := w.read(rc, client, "lastCid")[0].(string); got != want {
		t.Fatalf("receiveJobResults got CID %q, want %q", got, want)
	}
	if got := w.read(rc, client, "calls")[0].(*big.Int); got.Int64() != 1 {
		t.Fatalf("receiveJobResults called %s times, want once", got)
	}
	// The chain shows the delivery before the provider has its receipt and counts the send.
	w.waitFor("the provider to count its delivery", func() bool {
		return second.get(func(c *counter) int { return c.txs["retryCallback:ok"] }) >= 1
	})
	if n, ok := second.get(retryCallbacks), second.get(func(c *counter) int { return c.txs["retryCallback:ok"] }); n != 1 || ok != 1 {
		t.Fatalf("the restarted provider sent %d retryCallback (%d ok), want 1", n, ok)
	}

	// The provider was paid the delivery fee, in a block whose base fee was at most the job's
	// delivery gas price.
	var paid *bindings.PondMarketDeliveryFeePaid
	switch all := w.deliveryFeesPaid(id); len(all) {
	case 0:
	case 1:
		paid = all[0]
	default:
		t.Fatalf("the delivery fee of job %d was paid %d times", id, len(all))
	}
	fee := new(big.Int).Mul(price, big.NewInt(int64(j.CallbackGasLimit)+chain.DeliveryOverheadGas))
	if paid == nil || paid.To != w.addr(providerIdx) || paid.Amount.Cmp(fee) != 0 {
		t.Fatalf("delivery fee paid: %+v, want %s to the provider %s", paid, fee, w.addr(providerIdx))
	}
	h, err := w.net.Client().HeaderByNumber(w.ctx, new(big.Int).SetUint64(paid.Raw.BlockNumber))
	if err != nil {
		t.Fatal(err)
	}
	if h.BaseFee.Cmp(price) > 0 {
		t.Fatalf("delivered in block %d at a base fee of %s, above the job's delivery gas price %s", paid.Raw.BlockNumber, h.BaseFee, price)
	}
	w.audit()
}

// deliveryFeesPaid are the DeliveryFeePaid events of job id the market emitted, each with its
// log (Raw).
func (w *world) deliveryFeesPaid(id uint64) []*bindings.PondMarketDeliveryFeePaid {
	w.t.Helper()
	return logsOf(w, w.dep.Market, id, func(l *types.Log) (*bindings.PondMarketDeliveryFeePaid, *big.Int) {
		if ev, err := bindings.NewPondMarket().UnpackDeliveryFeePaidEvent(l); err == nil {
			ev.Raw = l
			return ev, ev.JobId
		}
		return nil, nil
	})
}

// retryCallbacks counts the retryCallback transactions a keeper sent, whatever their outcome.
func retryCallbacks(c *counter) int {
	n := 0
	for k, v := range c.txs {
		if strings.HasPrefix(k, "retryCallback:") {
			n += v
		}
	}
	return n
}
