package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// MaxBatch is the most items a keeper puts in one batched market call: 100 items of the
// costliest batch (postJobs, about 100,000 gas each) stay well under a 30 M block.
const MaxBatch = 100

// PostJobs posts several jobs in one transaction, paid from the sender's escrow balance.
func (m *Market) PostJobs(rs []bindings.IPondMarketJobRequest) (txmgr.Candidate, error) {
	data, err := m.b.TryPackPostJobs(rs)
	return candidate(m.Address, nil, data, err, "postJobs")
}

// MatchJobs matches jobIDs[i] (of terms[i]) to offerIDs[i] for each i in one transaction.
func (m *Market) MatchJobs(jobIDs, offerIDs []*big.Int, terms []JobTerms) (txmgr.Candidate, error) {
	data, err := m.b.TryPackMatchJobs(jobIDs, offerIDs, terms)
	return candidate(m.Address, nil, data, err, "matchJobs")
}

// SubmitResults posts the result CIDs of several matched jobs in one transaction.
func (m *Market) SubmitResults(jobIDs []*big.Int, cids []string) (txmgr.Candidate, error) {
	data, err := m.b.TryPackSubmitResults(jobIDs, cids)
	return candidate(m.Address, nil, data, err, "submitResults")
}

// FinalizeJobs settles several jobs (jobIDs[i] of terms[i]) whose challenge windows passed in
// one transaction.
func (m *Market) FinalizeJobs(jobIDs []*big.Int, terms []JobTerms) (txmgr.Candidate, error) {
	data, err := m.b.TryPackFinalizeJobs(jobIDs, terms)
	return candidate(m.Address, nil, data, err, "finalizeJobs")
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

// Chunks splits n items into batches of at most MaxBatch: [start, end) pairs.
func Chunks(n int) [][2]int {
	var out [][2]int
	for start := 0; start < n; start += MaxBatch {
		out = append(out, [2]int{start, min(start+MaxBatch, n)})
	}
	return out
}
