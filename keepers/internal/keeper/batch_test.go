package keeper_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/internal/keeper"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// minedChain mines every transaction at once in block 7 with the logs the test sets.
type minedChain struct {
	*fakeChain
	logs []*types.Log
	mu   sync.Mutex
	sent map[common.Hash]bool
}

func (c *minedChain) SendTransaction(_ context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sent[tx.Hash()] = true
	return nil
}

func (c *minedChain) TransactionReceipt(_ context.Context, h common.Hash) (*types.Receipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.sent[h] {
		return nil, ethereum.NotFound
	}
	return &types.Receipt{Status: types.ReceiptStatusSuccessful, TxHash: h, BlockNumber: big.NewInt(7),
		GasUsed: 50_000, EffectiveGasPrice: big.NewInt(1), Logs: c.logs}, nil
}

// batchMetrics records what the sender counts.
type batchMetrics struct {
	mu    sync.Mutex
	items map[string]int
	txs   map[string]int
}

func (m *batchMetrics) Tx(call, outcome string, _ uint64, _ *big.Int) {
	m.mu.Lock()
	m.txs[call+":"+outcome]++
	m.mu.Unlock()
}

func (m *batchMetrics) BatchItemFailed(call, reason string) {
	m.mu.Lock()
	m.items[call+"/"+reason]++
	m.mu.Unlock()
}

// batchItemFailed is the log of item index of a batch failing with reason.
func batchItemFailed(t *testing.T, call string, index int64, reason []byte) *types.Log {
	t.Helper()
	parsed, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	ev := parsed.Events["BatchItemFailed"]
	data, err := abi.Arguments{ev.Inputs[1], ev.Inputs[2]}.Pack(big.NewInt(index), reason)
	if err != nil {
		t.Fatal(err)
	}
	var sel common.Hash
	copy(sel[:], parsed.Methods[call].ID)
	return &types.Log{Address: market, Topics: []common.Hash{ev.ID, sel}, Data: data}
}

// A batch's receipt tells the sender which items failed and why: each is returned decoded,
// counted by call and custom error name (an undecodable reason as "unknown"), and the batch
// itself counts as one transaction that went through.
func TestSendBatchReportsEachFailedItem(t *testing.T) {
	parsed, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	notMatched, err := parsed.Errors["JobNotMatched"].Inputs.Pack(big.NewInt(3), uint8(9))
	if err != nil {
		t.Fatal(err)
	}
	id := parsed.Errors["JobNotMatched"].ID
	notMatched = append(append([]byte{}, id[:4]...), notMatched...)
	c := &minedChain{fakeChain: &fakeChain{head: 7}, sent: map[common.Hash]bool{}, logs: []*types.Log{
		batchItemFailed(t, "submitResults", 1, notMatched),
		batchItemFailed(t, "submitResults", 3, []byte{0xde, 0xad}),
	}}
	key, _ := crypto.GenerateKey()
	mgr, err := txmgr.New(context.Background(), c, txmgr.Config{Key: key, Errors: chain.Errors()})
	if err != nil {
		t.Fatal(err)
	}
	m := &batchMetrics{items: map[string]int{}, txs: map[string]int{}}
	s := &keeper.Sender{Manager: mgr, Metrics: m, Log: zap.NewNop()}
	cand, err := chain.NewMarket(market).SubmitResults([]*big.Int{big.NewInt(1), big.NewInt(3), big.NewInt(4), big.NewInt(5)},
		[]string{"a", "b", "c", "d"})
	if err != nil {
		t.Fatal(err)
	}
	r, failed, err := s.SendBatch(context.Background(), "submitResults", cand, market)
	if err != nil || r == nil {
		t.Fatalf("SendBatch: %v", err)
	}
	if len(failed) != 2 {
		t.Fatalf("failed items %v, want items 1 and 3", failed)
	}
	var ce *revert.CustomError
	if !errors.As(failed[1], &ce) || ce.Name != "JobNotMatched" || !keeper.IsRevert(failed[1], "JobNotMatched") {
		t.Fatalf("item 1 failed with %v, want JobNotMatched", failed[1])
	}
	if failed[3] == nil || errors.As(failed[3], &ce) {
		t.Fatalf("item 3 failed with %v, want an undecodable reason", failed[3])
	}
	if want := map[string]int{"submitResults/JobNotMatched": 1, "submitResults/unknown": 1}; len(m.items) != 2 ||
		m.items["submitResults/JobNotMatched"] != 1 || m.items["submitResults/unknown"] != 1 {
		t.Fatalf("failed items counted %v, want %v", m.items, want)
	}
	if m.txs["submitResults:ok"] != 1 {
		t.Fatalf("transactions counted %v, want one submitResults ok", m.txs)
	}
	// Logs of another contract that look the same are not the market's.
	c.logs[0].Address = common.HexToAddress("0xbb")
	cand, _ = chain.NewMarket(market).SubmitResults([]*big.Int{big.NewInt(1)}, []string{"a"})
	if _, failed, err = s.SendBatch(context.Background(), "submitResults", cand, market); err != nil || len(failed) != 1 {
		t.Fatalf("another contract's log read as the market's: %v, %v", failed, err)
	}
}
