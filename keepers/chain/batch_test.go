package chain

import (
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
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

// TestChunksWithinAGasBudget: contract clients' finalizations (each needing its callback's
// stipend) are split so that no chunk plans more than BatchGasBudget gas, except an item that
// alone needs more; every item is in exactly one chunk, in order.
func TestChunksWithinAGasBudget(t *testing.T) {
	plain, client, huge := FinalizeGas(false, 0), FinalizeGas(true, 500_000), uint64(BatchGasBudget+1)
	if client <= 500_000+500_000/63+130_000 {
		t.Fatalf("a client's finalization is planned at %d gas, less than the stipend the market checks", client)
	}
	for _, items := range [][]uint64{
		slices.Repeat([]uint64{plain}, 3*MaxBatch),
		slices.Repeat([]uint64{client}, 3*MaxBatch),
		{plain, huge, client, huge, huge, plain},
	} {
		next := 0
		for _, c := range ChunksWithin(len(items), func(i int) uint64 { return items[i] }) {
			if c[0] != next || c[1] <= c[0] || c[1]-c[0] > MaxBatch {
				t.Fatalf("chunk %v after %d", c, next)
			}
			var sum uint64
			for _, g := range items[c[0]:c[1]] {
				sum += g
			}
			if sum > BatchGasBudget && c[1]-c[0] > 1 {
				t.Fatalf("chunk %v plans %d gas, over the budget %d", c, sum, BatchGasBudget)
			}
			next = c[1]
		}
		if next != len(items) {
			t.Fatalf("chunks end at %d of %d", next, len(items))
		}
	}
	if n := len(ChunksWithin(3*MaxBatch, func(int) uint64 { return client })); n != (3*MaxBatch+BatchGasBudget/int(client)-1)/(BatchGasBudget/int(client)) {
		t.Fatalf("%d chunks of client finalizations, want them full to the budget", n)
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

// A BatchItemFailed event names its batch by the single function the item ran as, its item, its
// reason decoded and the job the reason names; an unknown selector or reason is kept as it is.
func TestDecodeBatchItemFailedNamesCallItemReasonAndJob(t *testing.T) {
	parsed, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	sel := func(name string) [4]byte { return [4]byte(parsed.Methods[name].ID) }
	notOpen := append(common.FromHex("0x"+selectorHex(t, "JobNotOpen")), common.LeftPadBytes(big.NewInt(7).Bytes(), 32)...)
	notOpen = append(notOpen, common.LeftPadBytes([]byte{8}, 32)...)

	f := DecodeBatchItemFailed(sel("matchJob"), big.NewInt(2), notOpen)
	if f.Call != "matchJobs" || f.Single != "matchJob" || f.Item != 2 || f.JobID == nil || *f.JobID != 7 ||
		f.String() != "matchJobs item 2 failed: JobNotOpen(jobId=7, status=8)" {
		t.Fatalf("decoded %+v (%s)", f, f)
	}
	for single, batch := range map[string]string{"postJob": "postJobs", "submitResult": "submitResults", "finalize": "finalizeJobs"} {
		if f := DecodeBatchItemFailed(sel(single), big.NewInt(0), notOpen); f.Call != batch {
			t.Fatalf("%s item: call %q, want %s", single, f.Call, batch)
		}
	}
	// A reason without a job (a module not published), and raw bytes nobody declared.
	noJob := append(common.FromHex("0x"+selectorHex(t, "ModuleNotFound")), common.LeftPadBytes([]byte{9}, 32)...)
	if f := DecodeBatchItemFailed(sel("postJob"), big.NewInt(1), noJob); f.JobID != nil || !strings.HasPrefix(f.Reason.Error(), "ModuleNotFound(") {
		t.Fatalf("decoded %+v", f)
	}
	if f := DecodeBatchItemFailed([4]byte{1, 2, 3, 4}, big.NewInt(1), []byte{0xde, 0xad}); f.Call != "0x01020304" || f.JobID != nil || f.Reason == nil {
		t.Fatalf("decoded %+v", f)
	}
}
