package chain

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/keepers/chain/revert"
)

// A batch's receipt names the items that failed and why, decoded like a direct call's revert;
// logs of other contracts and events are ignored.
func TestBatchFailuresReadsFailedItems(t *testing.T) {
	market := common.HexToAddress("0x1000")
	u256, _ := abi.NewType("uint256", "", nil)
	byts, _ := abi.NewType("bytes", "", nil)
	args := abi.Arguments{{Type: u256}, {Type: byts}}
	// JobNotOpen(uint256,uint8) for job 7, status Cancelled (5).
	reason := append(common.FromHex("0x"+selectorHex(t, "JobNotOpen")), common.LeftPadBytes(big.NewInt(7).Bytes(), 32)...)
	reason = append(reason, common.LeftPadBytes([]byte{5}, 32)...)
	data, err := args.Pack(big.NewInt(2), reason)
	if err != nil {
		t.Fatal(err)
	}
	failed := types.Log{Address: market, Topics: []common.Hash{batchItemFailedTopic, {}}, Data: data}
	elsewhere := failed
	elsewhere.Address = common.HexToAddress("0x2000")
	other := types.Log{Address: market, Topics: []common.Hash{{1}}, Data: data}
	got, err := BatchFailures(&types.Receipt{Logs: []*types.Log{&other, &failed, &elsewhere}}, market)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("failed items %v, want only item 2", got)
	}
	var ce *revert.CustomError
	if !errors.As(got[2], &ce) || ce.Name != "JobNotOpen" {
		t.Fatalf("item 2 failed with %v, want JobNotOpen", got[2])
	}
}

func TestChunksCoverEveryItemOnce(t *testing.T) {
	for _, n := range []int{0, 1, MaxBatch, MaxBatch + 1, 3*MaxBatch - 1} {
		next := 0
		for _, c := range Chunks(n) {
			if c[0] != next || c[1] <= c[0] || c[1]-c[0] > MaxBatch {
				t.Fatalf("n=%d: chunk %v after %d", n, c, next)
			}
			next = c[1]
		}
		if next != n {
			t.Fatalf("n=%d: chunks end at %d", n, next)
		}
	}
}

func selectorHex(t *testing.T, name string) string {
	for _, m := range MetaData() {
		a, err := m.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		if e, ok := a.Errors[name]; ok {
			return common.Bytes2Hex(e.ID[:4])
		}
	}
	t.Fatalf("no error %s", name)
	return ""
}
