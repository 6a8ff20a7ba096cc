package state_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/state"
)

// termsNode serves one JobPosted log and getJob answers with a given terms hash (the real
// path, against a devnet, is TestJobLifecycleOnSimulatedChain in keepers/chain).
type termsNode struct {
	logs   []types.Log
	stored common.Hash
	query  ethereum.FilterQuery
}

func (n *termsNode) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.query = q
	return n.logs, nil
}

func (n *termsNode) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	a, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	return a.Methods["getJob"].Outputs.Pack(bindings.IPondMarketJob{Status: 1, Deadline: big.NewInt(1), TermsHash: n.stored})
}

func jobPostedLog(t *testing.T, market common.Address, id int64, price *big.Int) types.Log {
	return postedLog(t, market, id, price, false)
}

func postedLog(t *testing.T, market common.Address, id int64, price *big.Int, callback bool) types.Log {
	t.Helper()
	a, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	ev := a.Events["JobPosted"]
	req := bindings.IPondMarketJobRequest{ModuleId: 4, Token: chain.Native, Price: price, SolverFee: big.NewInt(10),
		Resources: bindings.Resources{CpuMillis: 500}, RunTime: 60, Expiry: big.NewInt(99), Inputs: "{}", Callback: callback}
	data, err := ev.Inputs.NonIndexed().Pack(req, uint32(3), uint8(1), big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Address: market, Data: data, Topics: []common.Hash{ev.ID, common.BigToHash(big.NewInt(id)),
		common.BytesToHash(common.HexToAddress("0xc0").Bytes()), common.BigToHash(big.NewInt(4))}}
}

// postedTerms are the terms postedLog's JobPosted announces at price 1000.
func postedTerms() chain.JobTerms {
	return chain.JobTerms{Creator: common.HexToAddress("0xc0"), Token: chain.Native, Price: big.NewInt(1000),
		SolverFee: big.NewInt(10), ModuleId: 4, RunTime: 60, CommitteeId: 3, MediatorFee: big.NewInt(7),
		Resources: bindings.Resources{CpuMillis: 500}}
}

func TestFetchTerms_fromTheJobPostedLogCheckedAgainstTheMarketsHash(t *testing.T) {
	ctx := context.Background()
	market := chain.NewMarket(common.HexToAddress("0xa4"))
	want := postedTerms()
	node := &termsNode{logs: []types.Log{jobPostedLog(t, market.Address, 9, big.NewInt(1000))}, stored: chain.HashTerms(want)}
	got, _, err := state.FetchTerms(ctx, node, market, 17, 9)
	if err != nil {
		t.Fatal(err)
	}
	if chain.HashTerms(got) != chain.HashTerms(want) || got.Creator != want.Creator || got.Price.Cmp(want.Price) != 0 {
		t.Fatalf("terms %+v, want %+v", got, want)
	}
	if q := node.query; q.FromBlock.Uint64() != 17 || len(q.Addresses) != 1 || q.Addresses[0] != market.Address ||
		len(q.Topics) != 2 || q.Topics[1][0] != common.BigToHash(big.NewInt(9)) {
		t.Fatalf("logs asked for %+v, want the market's JobPosted of job 9 from block 17", q)
	}

	// A log that does not hash to what the market keeps is not used.
	node.logs = []types.Log{jobPostedLog(t, market.Address, 9, big.NewInt(999))}
	if _, _, err := state.FetchTerms(ctx, node, market, 0, 9); err == nil || !strings.Contains(err.Error(), "the market keeps "+chain.HashTerms(want).Hex()) {
		t.Fatalf("terms that do not hash to the market's: %v", err)
	}
	// A settled job: the market freed the hash; the log's terms come back with ErrTermsFreed.
	node.logs, node.stored = []types.Log{jobPostedLog(t, market.Address, 9, big.NewInt(1000))}, common.Hash{}
	if got, _, err := state.FetchTerms(ctx, node, market, 0, 9); !errors.Is(err, state.ErrTermsFreed) || got.Price.Cmp(want.Price) != 0 {
		t.Fatalf("terms of a settled job: %+v, %v", got, err)
	}
	// No log: the job was never posted, or the node keeps no logs that old.
	node.logs = nil
	if _, _, err := state.FetchTerms(ctx, node, market, 0, 9); err == nil || !strings.Contains(err.Error(), "job 9: no JobPosted log") {
		t.Fatalf("no JobPosted log: %v", err)
	}
}

func resultSubmittedLog(t *testing.T, market common.Address, id int64, cid string) types.Log {
	t.Helper()
	a, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	ev := a.Events["ResultSubmitted"]
	data, err := ev.Inputs.NonIndexed().Pack(cid, big.NewInt(100))
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Address: market, Data: data, Topics: []common.Hash{ev.ID, common.BigToHash(big.NewInt(id)),
		common.BytesToHash(common.HexToAddress("0xb0").Bytes())}}
}

// A contract client's job keeps its result's hash with its terms' from the result on: FetchTerms
// finds the (last) result in the job's ResultSubmitted logs, checks the joined hash and returns
// the CID the calls after the result pass; another job's result is not an argument ("").
func TestFetchTerms_aClientJobsHashCoversItsResult(t *testing.T) {
	ctx := context.Background()
	market := chain.NewMarket(common.HexToAddress("0xa4"))
	want := postedTerms()
	const first, cid = "bafyfirst", "bafysecond"
	logs := []types.Log{postedLog(t, market.Address, 9, big.NewInt(1000), true),
		resultSubmittedLog(t, market.Address, 9, first), resultSubmittedLog(t, market.Address, 9, cid)}
	node := &termsNode{logs: logs, stored: chain.HashWithResult(chain.HashTerms(want), cid)}
	got, result, err := state.FetchTerms(ctx, node, market, 0, 9)
	if err != nil || result != cid || chain.HashTerms(got) != chain.HashTerms(want) {
		t.Fatalf("client job with a result: %q %v", result, err)
	}
	if q := node.query; len(q.Topics[0]) != 2 {
		t.Fatalf("logs asked for %+v, want JobPosted and ResultSubmitted", q)
	}
	// A hash joined with another result is refused.
	node.stored = chain.HashWithResult(chain.HashTerms(want), first)
	if _, _, err := state.FetchTerms(ctx, node, market, 0, 9); err == nil || !strings.Contains(err.Error(), "the market keeps") {
		t.Fatalf("hash of an older result: %v", err)
	}
	// Before its result (or settled with a delivery pending) the hash is the terms' alone.
	node.logs, node.stored = logs[:1], chain.HashTerms(want)
	if _, result, err := state.FetchTerms(ctx, node, market, 0, 9); err != nil || result != "" {
		t.Fatalf("client job before its result: %q %v", result, err)
	}
	// A person's job: its hash never covers a result, which is no argument.
	node.logs = []types.Log{jobPostedLog(t, market.Address, 9, big.NewInt(1000)), resultSubmittedLog(t, market.Address, 9, cid)}
	if _, result, err := state.FetchTerms(ctx, node, market, 0, 9); err != nil || result != "" {
		t.Fatalf("person's job with a result: %q %v", result, err)
	}
}
