package chain

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pond-compute/pond/bindings"
)

// JobTerms are a job's immutable terms, passed with every call on a posted job but
// submitResult; the market keeps only their hash (HashTerms) and reverts TermsMismatch on
// any other terms. They are rebuilt from the job's JobPosted (state.Job.Terms).
type JobTerms = bindings.IPondMarketJobTerms

var termsPacker = bindings.NewPondMarket()

// HashTerms is the market's hashTerms(t), computed here: keccak256 of the ABI encoding of the
// terms (a static tuple, so the call's arguments without the selector). A test checks it
// against the contract's view.
func HashTerms(t JobTerms) common.Hash {
	data, err := termsPacker.TryPackHashTerms(t)
	if err != nil {
		// Only a value out of its field's range (or a nil amount) fails to pack; such terms
		// match no job.
		return common.Hash{}
	}
	return crypto.Keccak256Hash(data[4:])
}

// HashWithResult is the hash a contract client's job keeps from its result on (the market's
// _hashWithResult): keccak256 of the terms' hash and keccak256 of the result CID, ABI-encoded.
// The calls after the result pass the CID too (Challenge, Finalize, ResolveChallenge).
func HashWithResult(termsHash common.Hash, resultCid string) common.Hash {
	return crypto.Keccak256Hash(termsHash.Bytes(), crypto.Keccak256([]byte(resultCid)))
}

// ResultArg is the result argument of the calls after a result (Challenge, Finalize,
// ResolveChallenge): a contract client's job's hash covers its result (resultCid, as its
// ResultSubmitted says), so the market checks it and delivers it; it keeps no other job's
// result and ignores the argument there, where the empty string is the cheapest.
func ResultArg(callback bool, resultCid string) string {
	if callback {
		return resultCid
	}
	return ""
}

// DeliveryOverheadGas is the market's DELIVERY_OVERHEAD_GAS: a client job's delivery fee is
// (callback gas limit + DeliveryOverheadGas) × its delivery gas price. The contract keeps it as a
// constant (no view); `go test ./cmd/pond -run TestJobQuote` checks it against the market's quote.
const DeliveryOverheadGas = 150_000
