package state

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
)

// postedJob is the open job a JobPosted in block announces.
func postedJob(e *bindings.PondMarketJobPosted, block uint64) *Job {
	r := e.Request
	return &Job{
		ID: u64(e.JobId), Creator: e.Creator, ModuleID: e.ModuleId, Token: r.Token,
		Price: clone(r.Price), SolverFee: clone(r.SolverFee), Resources: r.Resources, RunTime: r.RunTime,
		Expiry: u64(r.Expiry), CommitteeID: e.CommitteeId, CommitteeSize: e.CommitteeSize,
		MediatorFee: clone(e.MediatorFee), Callback: r.Callback, Inputs: r.Inputs,
		Status: StatusOpen, PostedBlock: block, UpdatedBlock: block,
	}
}

// PostedTerms are the terms of the job a JobPosted announces.
func PostedTerms(e *bindings.PondMarketJobPosted) chain.JobTerms { return postedJob(e, 0).Terms() }

// Terms are the job's immutable terms as the market hashed them at post, to pass with every
// call on the job but submitResult.
func (j *Job) Terms() chain.JobTerms {
	return chain.JobTerms{
		Creator: j.Creator, Token: j.Token, Price: clone(j.Price), SolverFee: clone(j.SolverFee),
		ModuleId: j.ModuleID, RunTime: j.RunTime, CommitteeId: j.CommitteeID,
		MediatorFee: clone(j.MediatorFee), Resources: j.Resources,
	}
}

// ResultArg is the job's result argument for the calls after a result (chain.ResultArg).
func (j *Job) ResultArg() string { return chain.ResultArg(j.Callback, j.ResultCID) }

// StoredTermsHash is the hash the market keeps while the job is live: its terms', joined by
// its result's for a contract client's job with a result (submitResult).
func (j *Job) StoredTermsHash() common.Hash {
	h := chain.HashTerms(j.Terms())
	if j.Callback && j.ResultCID != "" && (j.Status == StatusSubmitted || j.Status == StatusChallenged) {
		return chain.HashWithResult(h, j.ResultCID)
	}
	return h
}

var (
	marketABI            = bindings.NewPondMarket()
	jobPostedTopic       = eventTopic(bindings.PondMarketJobPostedEventName)
	resultSubmittedTopic = eventTopic(bindings.PondMarketResultSubmittedEventName)
)

func eventTopic(name string) common.Hash {
	a, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("parse generated ABI: %v", err)) // generated code: cannot happen
	}
	return a.Events[name].ID
}

// TermsReader reads logs and calls contracts: an *ethclient.Client or a simulated backend.
type TermsReader interface {
	chain.Caller
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// ErrTermsFreed: the job is settled and the market no longer keeps the hash of its terms
// (getJob's termsHash is 0); FetchTerms still returns the terms its JobPosted log tells.
var ErrTermsFreed = errors.New("the market freed the terms of the settled job: they cannot be checked, and no call needs them")

// FetchTerms finds job jobID's terms from its JobPosted log (searched from block fromBlock,
// the deployment's block) and checks them against the hash the market keeps: for a keeper or
// command that has only the job's id, not its state. It also returns the job's result argument
// (Job.ResultArg): a contract client's job's last ResultSubmitted CID, which its hash covers
// from the result on, else "".
func FetchTerms(ctx context.Context, r TermsReader, market *chain.Market, fromBlock, jobID uint64) (chain.JobTerms, string, error) {
	id := new(big.Int).SetUint64(jobID)
	logs, err := r.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock),
		Addresses: []common.Address{market.Address},
		Topics:    [][]common.Hash{{jobPostedTopic, resultSubmittedTopic}, {common.BigToHash(id)}},
	})
	if err != nil {
		return chain.JobTerms{}, "", fmt.Errorf("job %d: read its JobPosted log: %w", jobID, err)
	}
	var posted *bindings.PondMarketJobPosted
	var result string
	for i := range logs {
		if logs[i].Removed || len(logs[i].Topics) == 0 {
			continue
		}
		if logs[i].Topics[0] == resultSubmittedTopic {
			e, err := marketABI.UnpackResultSubmittedEvent(&logs[i])
			if err != nil {
				return chain.JobTerms{}, "", fmt.Errorf("job %d: decode its ResultSubmitted log: %w", jobID, err)
			}
			result = e.Cid
			continue
		}
		if posted, err = marketABI.UnpackJobPostedEvent(&logs[i]); err != nil {
			return chain.JobTerms{}, "", fmt.Errorf("job %d: decode its JobPosted log: %w", jobID, err)
		}
	}
	if posted == nil {
		return chain.JobTerms{}, "", fmt.Errorf("job %d: no JobPosted log of market %s from block %d: no such job, or the node does not serve those logs", jobID, market.Address, fromBlock)
	}
	terms := PostedTerms(posted)
	result = chain.ResultArg(posted.Request.Callback, result)
	stored, err := market.Job(ctx, r, id)
	if err != nil {
		return chain.JobTerms{}, "", fmt.Errorf("job %d: %w", jobID, err)
	}
	if stored.TermsHash == ([32]byte{}) {
		// A settled job's terms slot is freed: nothing can check the log's terms, and no call
		// needs them any more.
		return terms, result, fmt.Errorf("job %d (%s): %w", jobID, Status(stored.Status), ErrTermsFreed)
	}
	got := chain.HashTerms(terms)
	if got == stored.TermsHash || result != "" && chain.HashWithResult(got, result) == stored.TermsHash {
		return terms, result, nil
	}
	return chain.JobTerms{}, "", fmt.Errorf("job %d: the terms in its JobPosted log hash to %s, the market keeps %s", jobID, got, common.Hash(stored.TermsHash))
}
