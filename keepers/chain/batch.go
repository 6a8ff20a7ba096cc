package chain

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// MaxBatch is the most items a keeper puts in one batched market call: 100 items of the
// costliest batch (postJobs, about 100,000 gas each) stay well under a 30 M block.
const MaxBatch = 100

// The batches' candidates carry their number of items (txmgr.Candidate.Items): alike batches
// are sent at the gas an earlier one was estimated at, checked by one eth_call.

// PostJobs posts several jobs in one transaction, paid from the sender's escrow balance.
func (m *Market) PostJobs(rs []bindings.IPondMarketJobRequest) (txmgr.Candidate, error) {
	data, err := m.b.TryPackPostJobs(rs)
	c, err := candidate(m.Address, nil, data, err, "postJobs")
	c.Items = len(rs)
	return c, err
}

// MatchJobs matches jobIDs[i] (of terms[i]) to offerIDs[i] for each i in one transaction.
func (m *Market) MatchJobs(jobIDs, offerIDs []*big.Int, terms []JobTerms) (txmgr.Candidate, error) {
	data, err := m.b.TryPackMatchJobs(jobIDs, offerIDs, terms)
	c, err := candidate(m.Address, nil, data, err, "matchJobs")
	c.Items = len(jobIDs)
	return c, err
}

// SubmitResults posts the result CIDs of several matched jobs in one transaction.
func (m *Market) SubmitResults(jobIDs []*big.Int, cids []string) (txmgr.Candidate, error) {
	data, err := m.b.TryPackSubmitResults(jobIDs, cids)
	c, err := candidate(m.Address, nil, data, err, "submitResults")
	c.Items = len(jobIDs)
	return c, err
}

// FinalizeJobs settles several jobs (jobIDs[i] of terms[i], with result argument
// resultCids[i]) whose challenge windows passed in one transaction.
func (m *Market) FinalizeJobs(jobIDs []*big.Int, terms []JobTerms, resultCids []string) (txmgr.Candidate, error) {
	data, err := m.b.TryPackFinalizeJobs(jobIDs, terms, resultCids)
	c, err := candidate(m.Address, nil, data, err, "finalizeJobs")
	c.Items = len(jobIDs)
	return c, err
}

var batchItemFailedTopic = crypto.Keccak256Hash([]byte("BatchItemFailed(bytes4,uint256,bytes)"))

// BatchFailures reads the items of a batch that failed from its receipt: item index → why
// (the item's custom error, decoded). Items not listed went through.
func BatchFailures(r *types.Receipt, market common.Address) (map[int]error, error) {
	out := map[int]error{}
	if r == nil {
		return out, nil
	}
	for _, l := range r.Logs {
		if l.Address != market || len(l.Topics) == 0 || l.Topics[0] != batchItemFailedTopic {
			continue
		}
		// data: index, offset of reason, reason's length, reason.
		if len(l.Data) < 96 {
			return nil, fmt.Errorf("BatchItemFailed log of %d bytes", len(l.Data))
		}
		index := new(big.Int).SetBytes(l.Data[:32])
		n := new(big.Int).SetBytes(l.Data[64:96])
		if !index.IsInt64() || !n.IsInt64() || 96+n.Int64() > int64(len(l.Data)) {
			return nil, fmt.Errorf("BatchItemFailed log out of range")
		}
		out[int(index.Int64())] = errorDecoder.Decode(l.Data[96 : 96+n.Int64()])
	}
	return out, nil
}

// BatchItemFailure is one failed item of a batched market call, as its BatchItemFailed event
// tells it: which call, which item, why.
type BatchItemFailure struct {
	// Call is the batch (postJobs, matchJobs, submitResults, finalizeJobs) and Single the
	// function its item ran as (postJob, matchJob, submitResult, finalize); the selector in
	// hex when the market has no such function.
	Call, Single string
	Item         uint64
	// Reason is the item's revert, decoded (a *revert.CustomError for the market's errors).
	Reason error
	// JobID is the job the reason names (its jobId argument), when it names one.
	JobID *uint64
}

// batchOf names the batch of each single function a batch item runs as.
var batchOf = map[string]string{"postJob": "postJobs", "matchJob": "matchJobs", "submitResult": "submitResults", "finalize": "finalizeJobs"}

// singleBySelector names the market's functions by selector.
var singleBySelector = func() map[[4]byte]string {
	out := map[[4]byte]string{}
	parsed, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		panic(err) // the generated ABI always parses
	}
	for name, m := range parsed.Methods {
		out[[4]byte(m.ID)] = name
	}
	return out
}()

// DecodeBatchItemFailed reads a BatchItemFailed event's arguments: the selector of the single
// function the item ran as, the item's index and its revert data.
func DecodeBatchItemFailed(selector [4]byte, index *big.Int, reason []byte) BatchItemFailure {
	f := BatchItemFailure{Reason: errorDecoder.Decode(reason)}
	if index != nil && index.IsUint64() {
		f.Item = index.Uint64()
	}
	f.Single = singleBySelector[selector]
	if f.Single == "" {
		f.Single = hexutil.Encode(selector[:])
	}
	f.Call = batchOf[f.Single]
	if f.Call == "" {
		f.Call = f.Single
	}
	var ce *revert.CustomError
	if errors.As(f.Reason, &ce) {
		if v, ok := ce.Arg("jobId"); ok {
			if id, ok := v.(*big.Int); ok && id.IsUint64() {
				u := id.Uint64()
				f.JobID = &u
			}
		}
	}
	return f
}

// String is what a person reads: "matchJobs item 2 failed: JobNotOpen(jobId=5, status=8)".
func (f BatchItemFailure) String() string {
	return fmt.Sprintf("%s item %d failed: %v", f.Call, f.Item, f.Reason)
}

// Chunks splits n items into batches of at most MaxBatch: [start, end) pairs.
func Chunks(n int) [][2]int { return ChunksWithin(n, nil) }

// BatchGasBudget is the most gas a keeper plans one batched call to need: half a 30 M block.
const BatchGasBudget = 15_000_000

// ChunksWithin splits n items into batches of at most MaxBatch items and, where gas (the gas
// item i may need) is not nil, of at most BatchGasBudget gas: [start, end) pairs. An item
// that alone needs more is a batch of its own.
func ChunksWithin(n int, gas func(i int) uint64) [][2]int {
	var out [][2]int
	for start := 0; start < n; {
		end, used := start, uint64(0)
		for end < n && end-start < MaxBatch {
			g := uint64(0)
			if gas != nil {
				g = gas(end)
			}
			if end > start && used+g > BatchGasBudget {
				break
			}
			used += g
			end++
		}
		out = append(out, [2]int{start, end})
		start = end
	}
	return out
}

// FinalizeGas bounds the gas one finalize may need: the settlement, and for a contract
// client's job the callback's stipend as the market checks it is available
// (CallbackGasTooLow: the stipend, a 63rd of it, and its reserve).
func FinalizeGas(callback bool, callbackGasLimit uint32) uint64 {
	const settle, reserve = 200_000, 130_000 // reserve: the market's CALLBACK_RESERVE
	if !callback {
		return settle
	}
	g := uint64(callbackGasLimit)
	return settle + g + g/63 + reserve
}
