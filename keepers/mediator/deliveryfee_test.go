package mediator

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"go.uber.org/zap/zaptest/observer"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/metrics"
)

// feeMetrics records each delivery fee a mediator counts, as "token amount".
type feeMetrics struct {
	metrics.Noop
	paid []string
}

func (m *feeMetrics) DeliveryFeePaid(token common.Address, amount *big.Int) {
	m.paid = append(m.paid, token.Hex()+" "+amount.String())
}

// deliveryFeePaidLog is the DeliveryFeePaid(jobId, to, amount) log emitter would emit.
func deliveryFeePaidLog(t *testing.T, emitter common.Address, jobID uint64, to common.Address, amount int64) *types.Log {
	t.Helper()
	parsed, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	data, err := parsed.Events["DeliveryFeePaid"].Inputs.NonIndexed().Pack(big.NewInt(amount))
	if err != nil {
		t.Fatal(err)
	}
	return &types.Log{Address: emitter, Data: data, Topics: []common.Hash{parsed.Events["DeliveryFeePaid"].ID,
		common.BigToHash(new(big.Int).SetUint64(jobID)), common.BytesToHash(to.Bytes())}}
}

// A resolveChallenge receipt that delivered contract clients' results: each delivery fee the
// market paid this mediator is logged at info (job, amount, token) and counted, in the native
// currency; a fee paid to another account, and a lookalike event a client's callback emitted,
// are neither.
func TestNoteDeliveryFees_logsAndCountsTheFeesPaidToThisMediator(t *testing.T) {
	market := chain.NewMarket(common.HexToAddress("0xa1e7"))
	me := common.HexToAddress("0xe11")
	other := common.HexToAddress("0xbeef")
	client := common.HexToAddress("0xc11e47")
	r := &types.Receipt{Status: types.ReceiptStatusSuccessful, Logs: []*types.Log{
		deliveryFeePaidLog(t, market.Address, 7, me, 650_000_000_000_000),
		deliveryFeePaidLog(t, market.Address, 8, other, 1_000),
		deliveryFeePaidLog(t, client, 9, me, 5_000_000_000_000_000_000), // emitted by the client, not the market
		deliveryFeePaidLog(t, market.Address, 10, me, 2),
	}}
	core, logs := observer.New(zapcore.InfoLevel)
	m := &feeMetrics{}
	noteDeliveryFees(zap.New(core), m, market, me, r)

	got := logs.FilterMessageSnippet("delivery fee").AllUntimed()
	if len(got) != 2 {
		t.Fatalf("logged %d delivery fees, want jobs 7 and 10: %v", len(got), got)
	}
	for i, want := range []struct {
		job    uint64
		amount string
	}{{7, "650000000000000"}, {10, "2"}} {
		f := got[i].ContextMap()
		if got[i].Level != zapcore.InfoLevel || f["job"] != want.job || f["amount"] != want.amount ||
			f["token"] != chain.Native.Hex() {
			t.Errorf("log %d: %s %q %v, want info, job %d, amount %s, token %s", i, got[i].Level, got[i].Message, f, want.job, want.amount, chain.Native.Hex())
		}
	}
	native := chain.Native.Hex()
	if want := []string{native + " 650000000000000", native + " 2"}; !slices.Equal(m.paid, want) {
		t.Fatalf("counted %q, want %q", m.paid, want)
	}

	// A resolve that delivered nothing (a job without a client, a deferred delivery) notes nothing.
	noteDeliveryFees(zap.New(core), m, market, me, &types.Receipt{})
	noteDeliveryFees(zap.New(core), m, market, me, nil)
	if n := logs.FilterMessageSnippet("delivery fee").Len(); n != 2 || len(m.paid) != 2 {
		t.Fatalf("receipts without delivery fees: %d logs, %d counted, want still 2", n, len(m.paid))
	}
}
