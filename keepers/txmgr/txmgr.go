// Package txmgr sends transactions for one key: it owns the key's nonces (safe with concurrent
// callers), prices EIP-1559 fees, simulates every transaction before signing it and returns
// decoded revert errors, resubmits with a fee bump when a transaction is stuck (never above a fee
// limit: a multiple of the transaction's first fee estimate, or what the sender has at stake),
// sends a transaction again when the node lost it, and waits for its receipt at the configured
// confirmation depth.
//
// The bump policy follows op-service's txmgr: each resubmission pays at least FeeBumpPercent more
// tip and fee cap than the last (nodes refuse smaller replacements), or the node's current
// suggestion when that is higher, and never more than FeeLimitMultiplier times the first estimate.
//
// No lock is held across a call to the node: a hung SendTransaction delays only its own caller.
// A send whose outcome is unknown (a timeout, a dropped connection, a 5xx) keeps its nonce and is
// sent again until a receipt shows up; a send the node refused hands its nonce back.
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain/revert"
)

// Backend is the part of an Ethereum client the manager uses. *ethclient.Client and the
// simulated backend's client satisfy it.
type Backend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// Metrics counts what the manager does. The keepers' Prometheus metrics implement it;
// NoopMetrics discards.
type Metrics interface {
	// TxSent counts a new transaction handed to the node (resubmissions are not counted).
	TxSent()
	// TxBumped counts a stuck transaction resent with higher fees.
	TxBumped()
	// TxFailed counts a transaction that was mined and reverted, or given up on (its nonce was
	// consumed elsewhere, or its caller stopped waiting).
	TxFailed()
	// TxFeeLimitReached counts a stuck transaction that could not be bumped because its fee
	// limit is reached; it keeps waiting at its price.
	TxFeeLimitReached()
}

// NoopMetrics discards everything.
type NoopMetrics struct{}

func (NoopMetrics) TxSent()            {}
func (NoopMetrics) TxBumped()          {}
func (NoopMetrics) TxFailed()          {}
func (NoopMetrics) TxFeeLimitReached() {}

// ErrorDecoder turns revert data into a Go error; *revert.Decoder is one.
type ErrorDecoder interface {
	Decode(data []byte) error
}

// Candidate is a transaction to send: what to call, not how to pay for it or in which order.
type Candidate struct {
	To    *common.Address // nil deploys Data as a contract
	Data  []byte
	Value *big.Int
	// GasLimit is the transaction's gas limit, checked by one eth_call; 0 takes the gas the
	// manager learnt for such a call (below), else estimates it and adds
	// Config.GasLimitMarginPercent.
	GasLimit uint64
	// Items is how many items the call carries (a batch's length; 0 counts as one). Once a
	// call of a function of a contract was estimated, later ones are checked by one eth_call at
	// the gas per item an estimate gave (Manager.learntLimit) instead of being estimated again
	// (go-ethereum's estimate runs the call three to six times).
	Items int
	// Stake, when set, is what the sender loses (wei) if the transaction is not mined in time:
	// a provider's collateral and price before its run deadline, a mediator's slash before a
	// reveal deadline. Its fee may then rise past FeeLimitMultiplier as long as the whole fee
	// (fee cap × gas) stays within it; Config.MaxFeeCap still bounds it.
	Stake *big.Int
}

// Sentinel errors.
var (
	ErrNoKey           = errors.New("txmgr: no private key configured")
	ErrBadFeeBump      = errors.New("txmgr: fee bump must be at least 10 percent (geth's replacement rule)")
	ErrTxFailed        = errors.New("transaction failed on chain")
	ErrNonceConsumed   = errors.New("nonce consumed by a transaction this manager did not send")
	ErrFeeCapExceeded  = errors.New("fee cap would exceed the configured maximum")
	errNotYetConfirmed = errors.New("receipt not yet confirmed")
)

// FailedError is returned when a transaction was mined but reverted. Reason is the decoded
// revert of the same call replayed on the block's state, when the replay reverts too.
type FailedError struct {
	Receipt *types.Receipt
	Reason  error
}

func (e *FailedError) Error() string {
	if e.Reason != nil {
		return fmt.Sprintf("transaction %s failed in block %d: %v", e.Receipt.TxHash, e.Receipt.BlockNumber, e.Reason)
	}
	return fmt.Sprintf("transaction %s failed in block %d", e.Receipt.TxHash, e.Receipt.BlockNumber)
}

func (e *FailedError) Unwrap() []error {
	if e.Reason != nil {
		return []error{ErrTxFailed, e.Reason}
	}
	return []error{ErrTxFailed}
}

// Config configures a Manager. Only Key is required.
type Config struct {
	Key *ecdsa.PrivateKey
	// ResubmitTimeout is how long a transaction may wait unmined before it is resent with
	// higher fees. Default 30s.
	ResubmitTimeout time.Duration
	// PollInterval is the pause between receipt lookups. Default 500ms.
	PollInterval time.Duration
	// FeeBumpPercent raises both the tip and the fee cap on each resubmission. Default 15,
	// minimum 10 (nodes reject smaller replacements).
	FeeBumpPercent uint64
	// FeeLimitMultiplier caps what a transaction may pay: its fee cap never exceeds this many
	// times the fee cap of its first estimate (tip + 2 × base fee at the time it was first
	// priced). A stuck transaction whose bump would pass the limit keeps waiting at its price.
	// Default 5, as op-service's txmgr; 1 never bumps.
	FeeLimitMultiplier uint64
	// MaxFeeCap, when set, is an absolute ceiling on the fee cap: a transaction whose first
	// estimate is above it is not sent, and bumps stop below it.
	MaxFeeCap *big.Int
	// GasLimitMarginPercent is added to gas estimates. Default 20.
	GasLimitMarginPercent uint64
	// Confirmations is how many blocks (the receipt's included) must be on the chain before
	// Send returns. Default 1: the node's head is at least the receipt's block, so what is read
	// or simulated at "latest" after Send returns includes the transaction.
	Confirmations uint64
	// Errors decodes revert data; nil decodes only Error(string) and Panic(uint256).
	Errors  ErrorDecoder
	Logger  *zap.Logger
	Metrics Metrics
}

// Check validates the configuration.
func (c *Config) Check() error {
	if c.Key == nil {
		return ErrNoKey
	}
	if c.FeeBumpPercent != 0 && c.FeeBumpPercent < 10 {
		return ErrBadFeeBump
	}
	return nil
}

func (c *Config) withDefaults() Config {
	out := *c
	if out.ResubmitTimeout == 0 {
		out.ResubmitTimeout = 30 * time.Second
	}
	if out.PollInterval == 0 {
		out.PollInterval = 500 * time.Millisecond
	}
	if out.FeeBumpPercent == 0 {
		out.FeeBumpPercent = 15
	}
	if out.FeeLimitMultiplier == 0 {
		out.FeeLimitMultiplier = 5
	}
	if out.GasLimitMarginPercent == 0 {
		out.GasLimitMarginPercent = 20
	}
	if out.Confirmations == 0 {
		out.Confirmations = 1
	}
	if out.Errors == nil {
		out.Errors = revert.NewDecoder()
	}
	if out.Logger == nil {
		out.Logger = zap.NewNop()
	}
	if out.Metrics == nil {
		out.Metrics = NoopMetrics{}
	}
	return out
}

// Manager sends transactions from one key. Use one Manager per key per process.
type Manager struct {
	cfg     Config
	backend Backend
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	log     *zap.Logger

	// mu guards the nonce book-keeping below; it is never held across a call to the node.
	mu        sync.Mutex
	nextNonce *uint64  // nil: read the pending nonce from the chain
	free      []uint64 // nonces handed back below nextNonce, ascending: used first
	inFlight  int      // nonces taken whose Send has not returned

	// learnt is the gas learnt for each function of a contract estimated.
	learntMu sync.Mutex
	learnt   map[callKind]*learntGas
}

// learntGas is what was learnt of a function's gas: the gas per item (estimate and margin,
// divided by the items) of its latest estimate with each number of items, and how many calls
// were sent at it since. Every reestimateEvery-th call is estimated again, so that a call
// whose items needed more (a client's callback) leaves its larger limit to a few calls only:
// a limit far above the need asks the sender's balance to cover more gas at the fee cap.
type learntGas struct {
	perItem map[int]uint64
	reused  int
}

const reestimateEvery = 8

// callKind is a function of a contract.
type callKind struct {
	to       common.Address
	selector [4]byte
}

// maxLearntGas is the highest limit reused without an estimate: a transaction's gas cap since
// Osaka (EIP-7825); a call that needs more is always estimated.
const maxLearntGas = 1 << 24

func kindOf(c Candidate) (callKind, bool) {
	if c.To == nil || len(c.Data) < 4 {
		return callKind{}, false
	}
	k := callKind{to: *c.To}
	copy(k.selector[:], c.Data)
	return k, true
}

// learntLimit is the gas limit learnt for a call of kind with items items: the gas per item of
// the estimate with the most items up to as many (a batch's items share its transaction's
// base cost, so fewer items need more gas each), else of the one with the fewest items above
// (enough with the margin unless the items are few: the eth_call tells), times items; 0 when
// nothing was learnt, or the call is due to be estimated again.
func (m *Manager) learntLimit(kind callKind, items int) uint64 {
	m.learntMu.Lock()
	defer m.learntMu.Unlock()
	l := m.learnt[kind]
	if l == nil || l.reused >= reestimateEvery-1 {
		return 0
	}
	below, above := 0, 0
	for n := range l.perItem {
		switch {
		case n <= items && n > below:
			below = n
		case n > items && (above == 0 || n < above):
			above = n
		}
	}
	nearest := below
	if nearest == 0 {
		nearest = above
	}
	limit := l.perItem[nearest] * uint64(items)
	if limit == 0 || limit > maxLearntGas {
		return 0
	}
	l.reused++
	return limit
}

func (m *Manager) learn(kind callKind, items int, limit uint64) {
	m.learntMu.Lock()
	defer m.learntMu.Unlock()
	l := m.learnt[kind]
	if l == nil {
		l = &learntGas{perItem: map[int]uint64{}}
		m.learnt[kind] = l
	}
	l.perItem[items] = (limit + uint64(items) - 1) / uint64(items)
	l.reused = 0
}

// New builds a manager; it asks the backend for the chain id.
func New(ctx context.Context, backend Backend, cfg Config) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("txmgr: read chain id: %w", err)
	}
	c := cfg.withDefaults()
	from := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	return &Manager{
		cfg:     c,
		backend: backend,
		from:    from,
		chainID: chainID,
		signer:  types.LatestSignerForChainID(chainID),
		log:     c.Logger.With(zap.Stringer("from", from)),
		learnt:  map[callKind]*learntGas{},
	}, nil
}

// From is the address the manager sends from.
func (m *Manager) From() common.Address { return m.from }

// ChainID is the chain the manager signs for.
func (m *Manager) ChainID() *big.Int { return new(big.Int).Set(m.chainID) }

// Send simulates the candidate, signs and publishes it, resubmits it with higher fees while it
// is stuck, and returns its receipt once it has the configured confirmations.
//
// A candidate that reverts in simulation is never signed and consumes no nonce; the error
// carries the decoded revert (see package revert). A transaction mined but reverted returns a
// *FailedError.
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	gas, err := m.Simulate(ctx, c)
	if err != nil {
		return nil, err
	}
	f, err := m.suggestFees(ctx)
	if err != nil {
		return nil, fmt.Errorf("price %s: %w", describe(c), err)
	}
	if m.cfg.MaxFeeCap != nil && f.cap.Cmp(m.cfg.MaxFeeCap) > 0 {
		return nil, fmt.Errorf("price %s: %w (%s > %s)", describe(c), ErrFeeCapExceeded, f.cap, m.cfg.MaxFeeCap)
	}
	limit := new(big.Int).Mul(f.cap, new(big.Int).SetUint64(m.cfg.FeeLimitMultiplier))
	// What is at stake may pay for itself: a fee cap up to the stake spread over the gas.
	if c.Stake != nil && gas > 0 {
		if byStake := new(big.Int).Div(c.Stake, new(big.Int).SetUint64(gas)); byStake.Cmp(limit) > 0 {
			limit = byStake
		}
	}
	if m.cfg.MaxFeeCap != nil && limit.Cmp(m.cfg.MaxFeeCap) > 0 {
		limit.Set(m.cfg.MaxFeeCap)
	}
	tx, unsure, err := m.publish(ctx, c, gas, f)
	if err != nil {
		return nil, err
	}
	r, err := m.wait(ctx, c, tx, unsure, limit)
	m.finish(tx.Nonce(), r != nil)
	if err != nil {
		m.cfg.Metrics.TxFailed()
	}
	return r, err
}

// Simulate runs the candidate against the latest block and returns the gas limit to use, or the
// decoded revert. A limit given (Candidate.GasLimit) is checked by one eth_call at that limit,
// one learnt from earlier estimates of the function (Candidate.Items) by one eth_call at that
// limit less the estimates' margin: the transaction runs as the call did, so it succeeds with
// it on that state (with the margin to spare when learnt). Otherwise, or when the call fails at that
// limit (it reverts, or needs more gas), eth_estimateGas finds the least gas at which it
// succeeds (or its revert), the margin is added, and the limit is learnt.
func (m *Manager) Simulate(ctx context.Context, c Candidate) (uint64, error) {
	msg := ethereum.CallMsg{From: m.from, To: c.To, Data: c.Data, Value: c.Value, Gas: c.GasLimit}
	kind, alike := kindOf(c)
	items := max(c.Items, 1)
	limit := msg.Gas
	if limit == 0 && alike {
		// A learnt limit keeps the margin an estimate gets over the least gas that succeeds: the
		// call must succeed without it (a deal's collateral can hang on the send).
		limit = m.learntLimit(kind, items)
		msg.Gas = limit * 100 / (100 + m.cfg.GasLimitMarginPercent)
	}
	if limit != 0 {
		if _, err := m.backend.CallContract(ctx, msg, nil); err == nil {
			return limit, nil
		}
	}
	msg.Gas = c.GasLimit
	est, err := m.backend.EstimateGas(ctx, msg)
	if err != nil {
		if data, ok := revert.DataFrom(err); ok {
			return 0, fmt.Errorf("simulate %s: %w", describe(c), m.cfg.Errors.Decode(data))
		}
		return 0, fmt.Errorf("simulate %s: %w", describe(c), err)
	}
	if c.GasLimit != 0 {
		return c.GasLimit, nil
	}
	limit = est + est*m.cfg.GasLimitMarginPercent/100
	if alike {
		m.learn(kind, items, limit)
	}
	return limit, nil
}

type fees struct{ tip, cap *big.Int }

func (m *Manager) suggestFees(ctx context.Context) (fees, error) {
	tip, err := m.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return fees{}, fmt.Errorf("suggest tip: %w", err)
	}
	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fees{}, fmt.Errorf("read head for base fee: %w", err)
	}
	baseFee := head.BaseFee
	if baseFee == nil {
		baseFee = new(big.Int)
	}
	// Two base fees of headroom survive six full blocks of base fee growth.
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(baseFee, big.NewInt(2)))
	return fees{tip: tip, cap: feeCap}, nil
}

func (m *Manager) sign(c Candidate, nonce, gas uint64, f fees) (*types.Transaction, error) {
	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(m.cfg.Key, m.signer, &types.DynamicFeeTx{
		ChainID:   m.chainID,
		Nonce:     nonce,
		GasTipCap: f.tip,
		GasFeeCap: f.cap,
		Gas:       gas,
		To:        c.To,
		Value:     value,
		Data:      c.Data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	return tx, nil
}

// takeNonce reserves the next nonce: a handed-back one first, else the next new one. The
// chain's pending nonce is read (outside the lock) when nothing is in flight, so a gap left by
// an abandoned transaction heals and a key used elsewhere is noticed.
func (m *Manager) takeNonce(ctx context.Context) (uint64, error) {
	m.mu.Lock()
	if m.inFlight == 0 {
		m.nextNonce, m.free = nil, nil
	}
	known := m.nextNonce != nil
	m.mu.Unlock()
	var chainNonce uint64
	if !known {
		n, err := m.backend.PendingNonceAt(ctx, m.from)
		if err != nil {
			return 0, fmt.Errorf("read pending nonce: %w", err)
		}
		chainNonce = n
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.nextNonce == nil { // another caller may have set it meanwhile: theirs stands
		m.nextNonce = &chainNonce
	}
	m.inFlight++
	if len(m.free) > 0 {
		n := m.free[0]
		m.free = m.free[1:]
		return n, nil
	}
	n := *m.nextNonce
	*m.nextNonce = n + 1
	return n, nil
}

// giveBack returns a nonce whose transaction the node refused, so the next send fills it.
func (m *Manager) giveBack(nonce uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.inFlight--
	if m.nextNonce != nil && nonce < *m.nextNonce && !slices.Contains(m.free, nonce) {
		m.free = append(m.free, nonce)
		slices.Sort(m.free)
	}
}

// nonceUsed notes that the chain has used nonces below n (a "nonce too low" answer).
func (m *Manager) nonceUsed(chainPending uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.nextNonce != nil && *m.nextNonce < chainPending {
		*m.nextNonce = chainPending
	}
	m.free = slices.DeleteFunc(m.free, func(n uint64) bool { return n < chainPending })
}

// finish releases a nonce once Send returns. A transaction that never got a receipt hands its
// nonce back: if the node never had it the gap is filled, and if it is mined after all the
// next user of the nonce hears "nonce too low" and takes another.
func (m *Manager) finish(nonce uint64, mined bool) {
	if mined {
		m.mu.Lock()
		m.inFlight--
		m.mu.Unlock()
		return
	}
	m.giveBack(nonce)
}

// publish takes a nonce and sends the first version of the transaction. unsure reports a send
// whose outcome is unknown (timeout, dropped connection, server error): the transaction keeps
// its nonce and wait sends it again.
func (m *Manager) publish(ctx context.Context, c Candidate, gas uint64, f fees) (tx *types.Transaction, unsure bool, err error) {
	for attempt := 0; ; attempt++ {
		nonce, err := m.takeNonce(ctx)
		if err != nil {
			return nil, false, err
		}
		tx, err := m.sign(c, nonce, gas, f)
		if err != nil {
			m.giveBack(nonce)
			return nil, false, err
		}
		err = m.backend.SendTransaction(ctx, tx)
		switch {
		case err == nil || isAlreadyKnown(err):
			m.cfg.Metrics.TxSent()
			m.log.Debug("sent transaction", zap.Stringer("tx", tx.Hash()), zap.Uint64("nonce", nonce),
				zap.Stringer("tip", f.tip), zap.Stringer("feeCap", f.cap))
			return tx, false, nil
		case ctx.Err() != nil:
			m.giveBack(nonce)
			return nil, false, fmt.Errorf("send %s: %w", describe(c), ctx.Err())
		case !refused(err):
			m.cfg.Metrics.TxSent()
			m.log.Warn("sending a transaction had no clear answer; it keeps its nonce and is sent again until mined",
				zap.Stringer("tx", tx.Hash()), zap.Uint64("nonce", nonce), zap.Error(err))
			return tx, true, nil
		case (isNonceTooLow(err) || isUnderpriced(err)) && attempt < 3:
			// Another sender (or an earlier run of this process) used the nonce: read the
			// chain's view again.
			m.log.Info("nonce in use, re-reading the pending nonce", zap.Uint64("nonce", nonce), zap.Error(err))
			m.mu.Lock()
			m.inFlight--
			m.mu.Unlock()
			if n, perr := m.backend.PendingNonceAt(ctx, m.from); perr == nil {
				m.nonceUsed(max(n, nonce+1))
			} else {
				m.nonceUsed(nonce + 1)
			}
		default:
			m.giveBack(nonce)
			return nil, false, fmt.Errorf("send %s with nonce %d: %w", describe(c), nonce, err)
		}
	}
}

// wait polls for a receipt of any version of the transaction, sends it again while the node
// does not have it, and resubmits it with bumped fees every ResubmitTimeout up to limit.
func (m *Manager) wait(ctx context.Context, c Candidate, first *types.Transaction, unsure bool, limit *big.Int) (*types.Receipt, error) {
	sent := []*types.Transaction{first}
	current := first
	// Receipts are looked for soon after sending, then less and less often up to PollInterval:
	// quick on a devnet that mines at once, cheap on a chain with slow blocks.
	delay := min(25*time.Millisecond, m.cfg.PollInterval)
	poll := time.NewTimer(delay)
	defer poll.Stop()
	resubmit := time.NewTimer(m.cfg.ResubmitTimeout)
	defer resubmit.Stop()
	nonceGone := 0 // polls since a node said the nonce is already used
	atLimit := false

	for {
		r, err := m.findReceipt(ctx, sent)
		switch {
		case err == nil:
			if r.Status != types.ReceiptStatusSuccessful {
				return r, &FailedError{Receipt: r, Reason: m.replay(ctx, c, r)}
			}
			return r, nil
		case errors.Is(err, errNotYetConfirmed):
			nonceGone = 0
		case nonceGone > 0:
			// The nonce is used but none of our hashes has a receipt. Receipts can lag a
			// head by a moment, so give them a few polls before giving up.
			if nonceGone++; nonceGone > 20 {
				return nil, fmt.Errorf("%s nonce %d: %w", describe(c), first.Nonce(), ErrNonceConsumed)
			}
		case unsure:
			// The last send had no clear answer: send the same transaction again.
			serr := m.backend.SendTransaction(ctx, current)
			switch {
			case serr == nil || isAlreadyKnown(serr):
				unsure = false
			case isNonceTooLow(serr):
				unsure, nonceGone = false, 1
			case refused(serr):
				unsure = false
				m.log.Warn("node refused a transaction sent again", zap.Stringer("tx", current.Hash()), zap.Error(serr))
			}
		}

		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for %s (nonce %d, last %s): %w", describe(c), first.Nonce(), current.Hash(), ctx.Err())
		case <-poll.C:
			delay = min(delay*2, m.cfg.PollInterval)
			poll.Reset(delay)
		case <-resubmit.C:
			resubmit.Reset(m.cfg.ResubmitTimeout)
			if unsure || nonceGone > 0 {
				continue
			}
			m.fillGaps(ctx, current.Nonce())
			if m.lost(ctx, current) {
				// A node that restarted or evicted it no longer has the transaction: the same
				// price is still valid, so send it again rather than paying more.
				m.log.Info("node lost the transaction; sending it again", zap.Stringer("tx", current.Hash()))
				unsure = true
				continue
			}
			next, err := m.bump(ctx, c, current, limit)
			switch {
			case errors.Is(err, errAtFeeLimit):
				if !atLimit {
					atLimit = true
					m.cfg.Metrics.TxFeeLimitReached()
					m.log.Warn("stuck transaction at its fee limit; waiting at this price", zap.Stringer("tx", current.Hash()),
						zap.Stringer("feeCap", current.GasFeeCap()), zap.Stringer("limit", limit))
				}
			case err != nil:
				m.log.Warn("fee bump not sent", zap.Stringer("tx", current.Hash()), zap.Error(err))
				if isNonceTooLow(err) && nonceGone == 0 {
					nonceGone = 1
				}
			default:
				m.cfg.Metrics.TxBumped()
				sent = append(sent, next)
				current = next
			}
		}
	}
}

// fillGaps uses the handed-back nonces below nonce with zero-value transfers to the sender:
// a transaction is not mined while a lower nonce of its sender is unused, and no other send
// may come to use them.
func (m *Manager) fillGaps(ctx context.Context, nonce uint64) {
	m.mu.Lock()
	var gaps []uint64
	for len(m.free) > 0 && m.free[0] < nonce {
		gaps = append(gaps, m.free[0])
		m.free = m.free[1:]
	}
	m.inFlight += len(gaps)
	m.mu.Unlock()
	for _, n := range gaps {
		f, err := m.suggestFees(ctx)
		var tx *types.Transaction
		if err == nil {
			tx, err = m.sign(Candidate{To: &m.from}, n, 21_000, f)
		}
		if err == nil {
			err = m.backend.SendTransaction(ctx, tx)
		}
		if err == nil || isAlreadyKnown(err) || isNonceTooLow(err) {
			m.log.Info("filled a nonce gap with an empty transfer", zap.Uint64("nonce", n))
			m.mu.Lock()
			m.inFlight--
			m.mu.Unlock()
			continue
		}
		m.log.Warn("could not fill a nonce gap", zap.Uint64("nonce", n), zap.Error(err))
		m.giveBack(n)
	}
}

// lost reports whether the node positively does not know tx (neither pending nor mined).
func (m *Manager) lost(ctx context.Context, tx *types.Transaction) bool {
	_, _, err := m.backend.TransactionByHash(ctx, tx.Hash())
	return errors.Is(err, ethereum.NotFound)
}

// findReceipt returns the confirmed receipt of any sent version, errNotYetConfirmed when one is
// mined without enough confirmations, or another error when none is mined. With more than one
// confirmation, the receipt's block must still be the chain's block at that height.
func (m *Manager) findReceipt(ctx context.Context, sent []*types.Transaction) (*types.Receipt, error) {
	var lastErr error = ethereum.NotFound
	for i := len(sent) - 1; i >= 0; i-- {
		r, err := m.backend.TransactionReceipt(ctx, sent[i].Hash())
		if err != nil {
			if !errors.Is(err, ethereum.NotFound) {
				lastErr = err
			}
			continue
		}
		// Even one confirmation waits for the node's head to reach the receipt's block: geth
		// indexes a new head's receipts a moment before its "latest" moves there, and a read or
		// simulation at "latest" right after Send returned must see the transaction's effects.
		head, err := m.backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("read head: %w", err)
		}
		if head.Number.Uint64()+1 < r.BlockNumber.Uint64()+m.cfg.Confirmations {
			return nil, errNotYetConfirmed
		}
		if m.cfg.Confirmations <= 1 {
			return r, nil
		}
		at, err := m.backend.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil {
			return nil, fmt.Errorf("read block %s: %w", r.BlockNumber, err)
		}
		if at.Hash() != r.BlockHash {
			// Reorged out since the receipt was read: look again.
			return nil, errNotYetConfirmed
		}
		return r, nil
	}
	return nil, lastErr
}

var errAtFeeLimit = errors.New("fee limit reached")

// bump re-signs tx with the same nonce and higher fees and sends it. It returns errAtFeeLimit
// when limit leaves no room for a replacement nodes would accept.
func (m *Manager) bump(ctx context.Context, c Candidate, tx *types.Transaction, limit *big.Int) (*types.Transaction, error) {
	suggested, err := m.suggestFees(ctx)
	if err != nil {
		return nil, err
	}
	raise := func(old *big.Int, pct uint64) *big.Int {
		v := new(big.Int).Mul(old, new(big.Int).SetUint64(100+pct))
		v.Div(v, big.NewInt(100))
		return v.Add(v, big.NewInt(1)) // strictly above, even for tiny values
	}
	f := fees{tip: bigMax(raise(tx.GasTipCap(), m.cfg.FeeBumpPercent), suggested.tip),
		cap: bigMax(raise(tx.GasFeeCap(), m.cfg.FeeBumpPercent), suggested.cap)}
	if f.cap.Cmp(limit) > 0 {
		f.cap = new(big.Int).Set(limit)
	}
	if f.cap.Cmp(f.tip) < 0 {
		f.tip = new(big.Int).Set(f.cap)
	}
	// Nodes replace a pending transaction only when both prices rise by 10%.
	if f.cap.Cmp(raise(tx.GasFeeCap(), 10)) < 0 || f.tip.Cmp(raise(tx.GasTipCap(), 10)) < 0 {
		return nil, errAtFeeLimit
	}
	next, err := m.sign(c, tx.Nonce(), tx.Gas(), f)
	if err != nil {
		return nil, err
	}
	if err := m.backend.SendTransaction(ctx, next); err != nil && !isAlreadyKnown(err) {
		if refused(err) {
			return nil, fmt.Errorf("resubmit nonce %d: %w", tx.Nonce(), err)
		}
		// No clear answer: the replacement may be in the pool, so it is waited for too.
		m.log.Warn("resubmission had no clear answer", zap.Stringer("tx", next.Hash()), zap.Error(err))
	}
	m.log.Info("resubmitted stuck transaction with higher fees", zap.Stringer("old", tx.Hash()), zap.Stringer("new", next.Hash()),
		zap.Uint64("nonce", next.Nonce()), zap.Stringer("tip", f.tip), zap.Stringer("feeCap", f.cap))
	return next, nil
}

// replay re-runs a failed transaction's call on the state of its block to recover the reason.
func (m *Manager) replay(ctx context.Context, c Candidate, r *types.Receipt) error {
	if c.To == nil {
		return nil
	}
	_, err := m.backend.CallContract(ctx, ethereum.CallMsg{From: m.from, To: c.To, Data: c.Data, Value: c.Value}, r.BlockNumber)
	if err == nil {
		return nil
	}
	if data, ok := revert.DataFrom(err); ok {
		return m.cfg.Errors.Decode(data)
	}
	return nil
}

func describe(c Candidate) string {
	if c.To == nil {
		return "contract creation"
	}
	if len(c.Data) >= 4 {
		return fmt.Sprintf("call 0x%x to %s", c.Data[:4], c.To.Hex())
	}
	return "transfer to " + c.To.Hex()
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// refused reports whether the node answered the send with an error of its own (a JSON-RPC
// error: nonce too low, underpriced, insufficient funds, ...), so it does not have the
// transaction. Anything else (a timeout, a dropped connection, an HTTP 5xx from a proxy)
// leaves the outcome unknown.
func refused(err error) bool {
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		return true
	}
	// The in-process devnet client returns the pool's errors as they are.
	return isNonceTooLow(err) || isAlreadyKnown(err) || isUnderpriced(err) ||
		strings.Contains(strings.ToLower(err.Error()), "insufficient funds")
}

// Node error messages are not typed across the RPC boundary; these match geth's and anvil's.
func isNonceTooLow(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "nonce has already been used")
}

func isAlreadyKnown(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "already imported")
}

func isUnderpriced(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "replacement transaction underpriced") || strings.Contains(s, "transaction underpriced")
}
