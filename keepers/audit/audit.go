// Package audit checks a Pond deployment from the outside, as an auditor would: it rebuilds every
// balance, job, deal, offer capacity, mediation and mediator bond from the contracts' events (the
// market index, keepers/index) and compares each with the contracts' getters and with the tokens
// the contracts actually hold, at one block; it checks that the deployed runtime bytecode is the
// repository's build (forge's out/ artifacts, immutables masked); and it reads the protocol
// parameters and governance settings. Every discrepancy names its subject (account, job, offer,
// mediator) and the events behind it. `pond audit` and the explorer print a Report.
package audit

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"runtime"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
)

// Reader reads the chain at a block: *ethclient.Client and the devnet's client satisfy it.
type Reader interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
}

// Config configures an audit.
type Config struct {
	Deployment chain.Deployment
	Chain      Reader
	// Index is the market index, complete to the block audited; nothing may write it during the
	// audit (the audit fails if its position moves).
	Index *index.Index
	// Artifacts is forge's out/ directory, whose runtime bytecode the deployed code must match;
	// empty skips the code check (the report says so).
	Artifacts string
	// Workers bounds the getter calls in flight. Default: 4 per CPU.
	Workers int
	// MaxDiscrepancies caps the discrepancies kept (all are counted). Default 1,000.
	MaxDiscrepancies int
	// MaxEvidence caps the events listed behind each discrepancy. Default 50.
	MaxEvidence int
	// Progress, when set, is told how many jobs are checked, of how many.
	Progress func(done, total uint64)
	// Tokens reads the tokens' decimals and symbols for the amounts the report writes; default:
	// one over Chain.
	Tokens *client.Tokens
}

// Sentinel errors.
var (
	ErrNoIndex      = errors.New("audit: no market index")
	ErrEmptyIndex   = errors.New("audit: the market index is empty (sync it first)")
	ErrNoChain      = errors.New("audit: no chain reader")
	ErrIndexMoved   = errors.New("audit: the market index advanced during the audit")
	ErrNoDeployment = errors.New("audit: the deployment names no market")
)

// Check validates the configuration.
func (c *Config) Check() error {
	switch {
	case c.Index == nil:
		return ErrNoIndex
	case c.Chain == nil:
		return ErrNoChain
	case c.Deployment.Market == (common.Address{}):
		return ErrNoDeployment
	}
	return nil
}

// Run audits the deployment at the block the index is complete to.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 4 * runtime.NumCPU()
	}
	if cfg.MaxDiscrepancies <= 0 {
		cfg.MaxDiscrepancies = 1000
	}
	if cfg.MaxEvidence <= 0 {
		cfg.MaxEvidence = 50
	}
	if cfg.Tokens == nil {
		cfg.Tokens = client.NewTokens(cfg.Chain)
	}
	if !cfg.Index.AllEvents() { // the evidence is read from the events table
		return nil, fmt.Errorf("audit: %w", index.ErrNotAllEvents)
	}
	pos, err := cfg.Index.Position()
	if err != nil {
		return nil, fmt.Errorf("audit: read the index position: %w", err)
	}
	if pos == nil {
		return nil, ErrEmptyIndex
	}
	a := &auditor{cfg: cfg, x: cfg.Index, d: cfg.Deployment, block: new(big.Int).SetUint64(pos.Block), tokens: cfg.Tokens,
		r: &Report{Block: pos.Block, BlockHash: pos.BlockHash, Deployment: cfg.Deployment, tokens: cfg.Tokens}}
	if err := a.governance(ctx); err != nil {
		return nil, err
	}
	if err := a.books(ctx); err != nil {
		return nil, err
	}
	if err := a.batchItems(); err != nil {
		return nil, err
	}
	if cfg.Artifacts != "" {
		if err := a.code(ctx); err != nil {
			return nil, err
		}
	} else {
		a.r.Notes = append(a.r.Notes, "the deployed bytecode was not compared with a build")
	}
	after, err := cfg.Index.Position()
	if err != nil {
		return nil, err
	}
	if after == nil || after.Block != pos.Block {
		return nil, fmt.Errorf("%w (from block %d)", ErrIndexMoved, pos.Block)
	}
	a.r.finish()
	return a.r, nil
}

type auditor struct {
	cfg   Config
	x     *index.Index
	d     chain.Deployment
	block *big.Int
	r     *Report
	// tokens renders amounts in each token's units.
	tokens *client.Tokens
	// view is the index's live view (live jobs, tokens, committees, mediators, credits).
	view    *state.Market
	ledgers map[common.Address]*ledger
}

// maxBatchItems is how many failed batch items a report lists (the newest).
const maxBatchItems = 100

// batchItems lists the failed items of batched calls.
func (a *auditor) batchItems() error {
	failed, total, err := a.x.BatchItemFailures(maxBatchItems)
	if err != nil {
		return fmt.Errorf("audit: read the failed batch items: %w", err)
	}
	a.r.BatchItemsFailedCount = total
	for _, f := range failed {
		a.r.BatchItemsFailed = append(a.r.BatchItemsFailed, NewBatchItemFailed(f))
	}
	return nil
}

// call reads a getter at the audited block.
func (a *auditor) call(ctx context.Context, to common.Address, data []byte, what string) ([]byte, error) {
	out, err := a.cfg.Chain.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, a.block)
	if err != nil {
		return nil, fmt.Errorf("audit: %s at block %s: %w", what, a.block, chain.Errors().FromCallError(err))
	}
	return out, nil
}

// get reads a getter and decodes it.
func get[T any](ctx context.Context, a *auditor, to common.Address, data []byte, unpack func([]byte) (T, error), what string) (T, error) {
	var zero T
	out, err := a.call(ctx, to, data, what)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("audit: decode %s: %w", what, err)
	}
	return v, nil
}
