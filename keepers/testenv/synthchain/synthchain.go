// Package synthchain is a synthetic Pond chain for benchmarks and tests of the market view:
// any number of jobs, each posted, matched, given a result and accepted, as real ABI-encoded
// logs of the market's contracts in a consistent chain of headers. It answers the node calls
// the keepers' follower makes (head, headers, eth_getLogs), counts them, and generates every
// block on demand, so a chain of a million settled jobs costs no memory to serve.
package synthchain

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
)

// Accounts of the synthetic market.
var (
	Creator  = common.HexToAddress("0x00000000000000000000000000000000000c4ea7")
	Provider = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	Solver   = common.HexToAddress("0x0000000000000000000000000000000000050170")
	Mediator = common.HexToAddress("0x000000000000000000000000000000000000ed1a")
)

// Deployment is the synthetic chain's deployment (deployed in block 1).
var Deployment = chain.Deployment{
	ChainID: 31337, DeployBlock: 1,
	Market:           common.HexToAddress("0x00000000000000000000000000000000000a4e70"),
	ModuleRegistry:   common.HexToAddress("0x00000000000000000000000000000000000a0d01"),
	MediatorRegistry: common.HexToAddress("0x00000000000000000000000000000000000ed1a0"),
}

// Terms of every synthetic job.
var (
	Price     = big.NewInt(1e15)
	SolverFee = big.NewInt(1e14)
	// MediatorFee is the per-mediator fee of the one-member default committee; Collateral is
	// what a match locks: price x 200% (collateralBps 20,000) + 1 x MediatorFee.
	MediatorFee = big.NewInt(1e14)
	Collateral  = big.NewInt(2.1e15)
	JobNeeds    = bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}
)

// stages: a batch of jobs is posted in one block, matched in the next, given a result in the
// one after and accepted in the fourth; so at any head about 3 batches are live.
const stages = 4

// Chain is a synthetic chain of Jobs jobs, JobsPerBlock posted in each block from block 2.
type Chain struct {
	Jobs, JobsPerBlock uint64

	head     atomic.Uint64
	calls    atomic.Int64
	logCalls atomic.Int64

	mu sync.Mutex
	// checkpoints[k] is block k*checkpointEvery's hash: a block's hash is computed from the
	// nearest checkpoint below it, so serving any block needs no memory per block.
	checkpoints []common.Hash
	lastN       uint64 // the last hash computed, so reading blocks in order costs one hash each
	lastHash    common.Hash

	market, modules, mediators abi.ABI

	jobOnce     sync.Once // getJob's answer, packed once (getters.go)
	jobTemplate []byte
	jobErr      error
}

// New builds a chain whose head is its last block (every job accepted).
func New(jobs, perBlock uint64) (*Chain, error) {
	c := &Chain{Jobs: jobs, JobsPerBlock: max(perBlock, 1)}
	c.checkpoints = []common.Hash{c.header(0, common.Hash{}).Hash()}
	for _, x := range []struct {
		meta *bind.MetaData
		out  *abi.ABI
	}{{&bindings.PondMarketMetaData, &c.market}, {&bindings.ModuleRegistryMetaData, &c.modules}, {&bindings.MediatorRegistryMetaData, &c.mediators}} {
		a, err := x.meta.ParseABI()
		if err != nil {
			return nil, err
		}
		*x.out = *a
	}
	c.head.Store(c.LastBlock())
	return c, nil
}

// LastBlock is the block in which the last job is accepted.
func (c *Chain) LastBlock() uint64 {
	batches := (c.Jobs + c.JobsPerBlock - 1) / c.JobsPerBlock
	return 1 + batches + stages - 1
}

// SetHead moves the head (the chain "grows" up to LastBlock).
func (c *Chain) SetHead(n uint64) { c.head.Store(min(n, c.LastBlock())) }

// BlockOfJob is the block in which job id is posted.
func (c *Chain) BlockOfJob(id uint64) uint64 { return 2 + (id-1)/c.JobsPerBlock }

// Calls counts the node calls answered; LogCalls the eth_getLogs among them.
func (c *Chain) Calls() int64    { return c.calls.Load() }
func (c *Chain) LogCalls() int64 { return c.logCalls.Load() }

const checkpointEvery = 4096

func (c *Chain) hash(n uint64) common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	for uint64(len(c.checkpoints)) <= n/checkpointEvery {
		k := uint64(len(c.checkpoints))
		c.checkpoints = append(c.checkpoints, c.hashFrom(k*checkpointEvery-checkpointEvery, c.checkpoints[k-1], k*checkpointEvery))
	}
	k := n / checkpointEvery
	from, h := k*checkpointEvery, c.checkpoints[k]
	if c.lastN <= n && c.lastN > from {
		from, h = c.lastN, c.lastHash
	}
	h = c.hashFrom(from, h, n)
	c.lastN, c.lastHash = n, h
	return h
}

// hashFrom is block n's hash given block from's (from <= n).
func (c *Chain) hashFrom(from uint64, h common.Hash, n uint64) common.Hash {
	for b := from + 1; b <= n; b++ {
		h = c.header(b, h).Hash()
	}
	return h
}

func (c *Chain) header(n uint64, parent common.Hash) *types.Header {
	return &types.Header{Number: new(big.Int).SetUint64(n), ParentHash: parent, Time: c.Time(n),
		Difficulty: new(big.Int), GasLimit: 30_000_000, BaseFee: big.NewInt(1)}
}

// Time is block n's timestamp.
func (c *Chain) Time(n uint64) uint64 { return 1_700_000_000 + n*2 }

// HeaderByNumber answers eth_getBlockByNumber (nil: the head).
func (c *Chain) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	c.calls.Add(1)
	n := c.head.Load()
	if number != nil {
		n = number.Uint64()
	}
	if n > c.head.Load() {
		return nil, ethereum.NotFound
	}
	if n == 0 {
		return c.header(0, common.Hash{}), nil
	}
	return c.header(n, c.hash(n-1)), nil
}

// FilterLogs answers eth_getLogs over blocks up to the head.
func (c *Chain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.calls.Add(1)
	c.logCalls.Add(1)
	from, to := uint64(0), c.head.Load()
	if q.FromBlock != nil {
		from = q.FromBlock.Uint64()
	}
	if q.ToBlock != nil {
		to = min(to, q.ToBlock.Uint64())
	}
	var out []types.Log
	for n := from; n <= to; n++ {
		logs, err := c.Logs(n)
		if err != nil {
			return nil, err
		}
		for _, l := range logs {
			if matches(l, q) {
				out = append(out, l)
			}
		}
	}
	return out, nil
}

func matches(l types.Log, q ethereum.FilterQuery) bool {
	if len(q.Addresses) > 0 {
		found := false
		for _, a := range q.Addresses {
			found = found || a == l.Address
		}
		if !found {
			return false
		}
	}
	for i, alts := range q.Topics {
		if len(alts) == 0 {
			continue
		}
		if i >= len(l.Topics) {
			return false
		}
		found := false
		for _, t := range alts {
			found = found || t == l.Topics[i]
		}
		if !found {
			return false
		}
	}
	return true
}

type event struct {
	contract common.Address
	abi      *abi.ABI
	name     string
	value    any // a pointer to the binding's event struct
}

// Logs are block n's logs.
func (c *Chain) Logs(n uint64) ([]types.Log, error) {
	var evs []event
	if n == 1 {
		evs = c.setup()
	} else if n >= 2 {
		for s := range uint64(stages) {
			if n < 2+s {
				continue
			}
			batch := n - 2 - s // the batch posted in block 2+batch
			first := batch*c.JobsPerBlock + 1
			for id := first; id < first+c.JobsPerBlock && id <= c.Jobs; id++ {
				evs = append(evs, c.jobEvents(id, s, n)...)
			}
		}
	}
	hash := c.hash(n)
	out := make([]types.Log, 0, len(evs))
	for i, ev := range evs {
		topics, data, err := encode(ev.abi, ev.name, ev.value)
		if err != nil {
			return nil, fmt.Errorf("synthchain: block %d: %w", n, err)
		}
		var tx common.Hash
		binary.BigEndian.PutUint64(tx[16:], n)
		binary.BigEndian.PutUint64(tx[24:], uint64(i))
		out = append(out, types.Log{Address: ev.contract, Topics: topics, Data: data, BlockNumber: n, BlockHash: hash,
			TxHash: crypto.Keccak256Hash(tx[:]), TxIndex: uint(i), Index: uint(i)})
	}
	return out, nil
}

func (c *Chain) setup() []event {
	m, mr, reg := Deployment.Market, Deployment.ModuleRegistry, Deployment.MediatorRegistry
	budget := new(big.Int).Mul(new(big.Int).Add(Price, SolverFee), new(big.Int).SetUint64(c.Jobs+1))
	return []event{
		{m, &c.market, "TokenConfigured", &bindings.PondMarketTokenConfigured{Token: chain.Native, TokenIndex: 0, Allowed: true, MediatorFee: big.NewInt(1e14)}},
		{reg, &c.mediators, "MediatorRegistered", &bindings.MediatorRegistryMediatorRegistered{Mediator: Mediator, Bond: big.NewInt(1e18)}},
		{reg, &c.mediators, "CommitteeCreated", &bindings.MediatorRegistryCommitteeCreated{CommitteeId: 1, Creator: Mediator, Members: []common.Address{Mediator}}},
		{reg, &c.mediators, "CommitteeAccepted", &bindings.MediatorRegistryCommitteeAccepted{CommitteeId: 1, Member: Mediator}},
		{reg, &c.mediators, "CommitteeUsable", &bindings.MediatorRegistryCommitteeUsable{CommitteeId: 1, Usable: true}},
		{m, &c.market, "DefaultCommitteeSet", &bindings.PondMarketDefaultCommitteeSet{CommitteeId: 1, Size: 1}},
		{mr, &c.modules, "ModulePublished", &bindings.ModuleRegistryModulePublished{ModuleId: 1, NameHash: crypto.Keccak256Hash([]byte("cowsay")),
			Publisher: Creator, Request: bindings.IModuleRegistryModuleRequest{Name: "cowsay", Version: "v0.0.1", SpecUri: "ipfs://synthetic",
				Resources: JobNeeds, DefaultRunTime: 600, PrimaryInput: "Message", DefaultSolverFee: SolverFee}}},
		{m, &c.market, "Deposited", &bindings.PondMarketDeposited{Account: Creator, Token: chain.Native, Amount: budget}},
		{m, &c.market, "Deposited", &bindings.PondMarketDeposited{Account: Provider, Token: chain.Native, Amount: new(big.Int).Mul(Collateral, big.NewInt(1000))}},
		{m, &c.market, "OfferPosted", &bindings.PondMarketOfferPosted{OfferId: big.NewInt(1), Provider: Provider, Token: chain.Native,
			AskPrice: big.NewInt(1e12), Capacity: bindings.Resources{CpuMillis: 1 << 30, RamMiB: 1 << 30, DiskMiB: 1 << 30},
			Expiry: big.NewInt(1 << 40), AnyModule: true, Modules: []uint32{}, AcceptsDefaultCommittee: true}},
	}
}

// jobEvents are job id's events at stage s (0 posted, 1 matched, 2 result, 3 accepted) in block n.
func (c *Chain) jobEvents(id, s, n uint64) []event {
	m := Deployment.Market
	jid := new(big.Int).SetUint64(id)
	switch s {
	case 0:
		return []event{{m, &c.market, "JobPosted", &bindings.PondMarketJobPosted{JobId: jid, Creator: Creator, ModuleId: 1,
			Request: bindings.IPondMarketJobRequest{ModuleId: 1, Token: chain.Native, Price: Price, SolverFee: SolverFee,
				Resources: JobNeeds, RunTime: 600, Expiry: new(big.Int).SetUint64(c.Time(n) + 3600), Inputs: fmt.Sprintf(`{"Message":"moo %d"}`, id)},
			CommitteeId: 1, CommitteeSize: 1, MediatorFee: MediatorFee}}}
	case 1:
		return []event{{m, &c.market, "JobMatched", &bindings.PondMarketJobMatched{JobId: jid, OfferId: big.NewInt(1), Provider: Provider,
			Solver: Solver, Collateral: Collateral, RunDeadline: new(big.Int).SetUint64(c.Time(n) + 600)}}}
	case 2:
		return []event{{m, &c.market, "ResultSubmitted", &bindings.PondMarketResultSubmitted{JobId: jid, Provider: Provider,
			Cid: fmt.Sprintf("bafkreisynthetic%d", id), ChallengeDeadline: new(big.Int).SetUint64(c.Time(n))}}}
	default:
		// The solver is paid when the deal ends, before the settlement.
		return []event{{m, &c.market, "SolverPaid", &bindings.PondMarketSolverPaid{JobId: jid, Solver: Solver, Amount: SolverFee}},
			{m, &c.market, "JobSettled", &bindings.PondMarketJobSettled{JobId: jid, Status: 5,
				ToProvider: new(big.Int).Add(Price, Collateral), ToCreator: new(big.Int), ToChallenger: new(big.Int)}}}
	}
}

// encode packs a binding event struct into its log topics and data, argument by argument.
func encode(a *abi.ABI, name string, value any) ([]common.Hash, []byte, error) {
	ev, ok := a.Events[name]
	if !ok {
		return nil, nil, fmt.Errorf("no event %s", name)
	}
	v := reflect.ValueOf(value).Elem()
	topics := []common.Hash{ev.ID}
	var data []any
	for _, arg := range ev.Inputs {
		f := v.FieldByName(abi.ToCamelCase(arg.Name))
		if !f.IsValid() {
			return nil, nil, fmt.Errorf("%s: no field for %s", name, arg.Name)
		}
		if arg.Indexed {
			t, err := abi.MakeTopics([]any{f.Interface()})
			if err != nil {
				return nil, nil, fmt.Errorf("%s.%s: %w", name, arg.Name, err)
			}
			topics = append(topics, t[0][0])
			continue
		}
		data = append(data, f.Interface())
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return topics, packed, nil
}

// The rest of what a keeper's chain client answers: nothing to send from, no transactions.

func (c *Chain) ChainID(context.Context) (*big.Int, error) {
	return new(big.Int).SetUint64(Deployment.ChainID), nil
}
func (c *Chain) SuggestGasTipCap(context.Context) (*big.Int, error) { return big.NewInt(1), nil }
func (c *Chain) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	c.calls.Add(1)
	return 0, nil
}
func (c *Chain) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	c.calls.Add(1)
	return 0, nil
}
func (c *Chain) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error) { return 21_000, nil }
func (c *Chain) SendTransaction(context.Context, *types.Transaction) error {
	return errors.New("synthchain: no transactions")
}
func (c *Chain) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, ethereum.NotFound
}
