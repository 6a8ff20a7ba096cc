package index

import (
	"encoding/hex"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/state"
)

// appendJob appends the JSON of a job row's data, as json.Marshal writes it (the same fields,
// names and values: json.Unmarshal reads back the same job, TestAppendJobIsJSONMarshal), without
// its reflection: encoding every changed job was half of what a keeper's index spent a commit.
func appendJob(b []byte, j *state.Job) []byte {
	b = append(b, `{"ID":`...)
	b = strconv.AppendUint(b, j.ID, 10)
	b = appendAddress(append(b, `,"Creator":`...), j.Creator)
	b = strconv.AppendUint(append(b, `,"ModuleID":`...), uint64(j.ModuleID), 10)
	b = appendAddress(append(b, `,"Token":`...), j.Token)
	b = appendBig(append(b, `,"Price":`...), j.Price)
	b = appendBig(append(b, `,"SolverFee":`...), j.SolverFee)
	r := j.Resources
	b = strconv.AppendUint(append(b, `,"Resources":{"Gpus":`...), uint64(r.Gpus), 10)
	b = strconv.AppendUint(append(b, `,"VramMiB":`...), uint64(r.VramMiB), 10)
	b = strconv.AppendUint(append(b, `,"CpuMillis":`...), uint64(r.CpuMillis), 10)
	b = strconv.AppendUint(append(b, `,"RamMiB":`...), uint64(r.RamMiB), 10)
	b = strconv.AppendUint(append(b, `,"DiskMiB":`...), uint64(r.DiskMiB), 10)
	b = strconv.AppendUint(append(b, `},"RunTime":`...), uint64(j.RunTime), 10)
	b = strconv.AppendUint(append(b, `,"Expiry":`...), j.Expiry, 10)
	b = strconv.AppendUint(append(b, `,"CommitteeID":`...), uint64(j.CommitteeID), 10)
	b = strconv.AppendUint(append(b, `,"CommitteeSize":`...), uint64(j.CommitteeSize), 10)
	b = appendBig(append(b, `,"MediatorFee":`...), j.MediatorFee)
	b = strconv.AppendBool(append(b, `,"Callback":`...), j.Callback)
	b = appendString(append(b, `,"Inputs":`...), j.Inputs)
	b = strconv.AppendUint(append(b, `,"Status":`...), uint64(j.Status), 10)
	b = strconv.AppendUint(append(b, `,"PostedBlock":`...), j.PostedBlock, 10)
	b = strconv.AppendUint(append(b, `,"UpdatedBlock":`...), j.UpdatedBlock, 10)
	b = strconv.AppendUint(append(b, `,"OfferID":`...), j.OfferID, 10)
	b = appendAddress(append(b, `,"Provider":`...), j.Provider)
	b = appendAddress(append(b, `,"Solver":`...), j.Solver)
	b = appendBig(append(b, `,"Collateral":`...), j.Collateral)
	b = strconv.AppendUint(append(b, `,"RunDeadline":`...), j.RunDeadline, 10)
	b = strconv.AppendBool(append(b, `,"SolverPaid":`...), j.SolverPaid)
	b = append(b, `,"GivenBackBy":`...)
	if j.GivenBackBy == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, a := range j.GivenBackBy {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendAddress(b, a)
		}
		b = append(b, ']')
	}
	b = strconv.AppendUint(append(b, `,"MatchedBlock":`...), j.MatchedBlock, 10)
	b = strconv.AppendUint(append(b, `,"GivenBackBlock":`...), j.GivenBackBlock, 10)
	b = appendAddress(append(b, `,"GivenBackSolver":`...), j.GivenBackSolver)
	b = appendString(append(b, `,"ResultCID":`...), j.ResultCID)
	b = strconv.AppendUint(append(b, `,"ChallengeDeadline":`...), j.ChallengeDeadline, 10)
	b = appendAddress(append(b, `,"Challenger":`...), j.Challenger)
	b = appendBig(append(b, `,"MediationFee":`...), j.MediationFee)
	b = strconv.AppendUint(append(b, `,"MediatorCommittee":`...), uint64(j.MediatorCommittee), 10)
	b = strconv.AppendUint(append(b, `,"RevealDeadline":`...), j.RevealDeadline, 10)
	if j.ChallengeQueued {
		b = append(b, `,"ChallengeQueued":true`...)
	}
	b = appendAddress(append(b, `,"RefundTo":`...), j.RefundTo)
	b = strconv.AppendUint(append(b, `,"CallbackGasLimit":`...), uint64(j.CallbackGasLimit), 10)
	b = appendBig(append(b, `,"DeliveryFee":`...), j.DeliveryFee)
	b = strconv.AppendBool(append(b, `,"NotifyFailure":`...), j.NotifyFailure)
	b = appendBig(append(b, `,"ToProvider":`...), j.ToProvider)
	b = appendBig(append(b, `,"ToCreator":`...), j.ToCreator)
	b = appendBig(append(b, `,"ToChallenger":`...), j.ToChallenger)
	b = append(b, `,"RefundReason":`...)
	if j.RefundReason == nil {
		b = append(b, "null"...)
	} else {
		b = strconv.AppendUint(b, uint64(*j.RefundReason), 10)
	}
	b = strconv.AppendBool(append(b, `,"CallbackDelivered":`...), j.CallbackDelivered)
	b = strconv.AppendBool(append(b, `,"CallbackFailed":`...), j.CallbackFailed)
	b = strconv.AppendBool(append(b, `,"CallbackDeferred":`...), j.CallbackDeferred)
	b = appendBig(append(b, `,"DeliveryGasPrice":`...), j.DeliveryGasPrice)
	b = strconv.AppendBool(append(b, `,"RefundHeld":`...), j.RefundHeld)
	return append(b, '}')
}

// appendAddress writes an address as its MarshalText does: "0x" and 40 lower-case hex digits.
func appendAddress(b []byte, a common.Address) []byte {
	b = append(b, `"0x`...)
	b = hex.AppendEncode(b, a[:])
	return append(b, '"')
}

func appendBig(b []byte, x *big.Int) []byte {
	if x == nil {
		return append(b, "null"...)
	}
	return x.Append(b, 10)
}
