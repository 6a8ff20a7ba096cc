// Package txmgr sends transactions for one key: it owns the key's nonces (safe with concurrent
// callers), prices EIP-1559 fees, simulates every transaction before signing it and returns
// decoded revert errors, resubmits with a fee bump when a transaction is stuck, and waits for
// receipts.
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
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
}

// ErrorDecoder turns revert data into a Go error; *revert.Decoder is one.
type ErrorDecoder interface {
	Decode(data []byte) error
}

// Candidate is a transaction to send: what to call, not how to pay for it or in which order.
type Candidate struct {
	To       *common.Address // nil deploys Data as a contract
	Data     []byte
	Value    *big.Int
	GasLimit uint64 // 0 estimates the gas and adds Config.GasLimitMarginPercent
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
	// MaxFeeCap, when set, is never exceeded: a stuck transaction whose bump would pass it
	// keeps waiting at its current price.
	MaxFeeCap *big.Int
	// GasLimitMarginPercent is added to gas estimates. Default 20.
	GasLimitMarginPercent uint64
	// Confirmations is how many blocks (the receipt's included) must be on the chain before
	// Send returns. Default 1.
	Confirmations uint64
	// Errors decodes revert data; nil decodes only Error(string) and Panic(uint256).
	Errors ErrorDecoder
	Logger *zap.Logger
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

	mu        sync.Mutex // serialises nonce assignment and first publication
	nextNonce *uint64    // nil: read the pending nonce from the chain
	inFlight  int        // published transactions whose Send has not returned
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
	tx, err := m.publish(ctx, c, gas)
	if err != nil {
		return nil, err
	}
	defer func() {
		m.mu.Lock()
		m.inFlight--
		m.mu.Unlock()
	}()
	return m.wait(ctx, c, tx)
}

// Simulate runs the candidate with eth_estimateGas against the latest block and returns the
// gas limit to use (with margin), or the decoded revert.
func (m *Manager) Simulate(ctx context.Context, c Candidate) (uint64, error) {
	msg := ethereum.CallMsg{From: m.from, To: c.To, Data: c.Data, Value: c.Value, Gas: c.GasLimit}
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
	return est + est*m.cfg.GasLimitMarginPercent/100, nil
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

// publish assigns the next nonce and sends the first version of the transaction. The lock
// covers sending, so a send that fails hands its nonce to the next caller and no gap appears.
func (m *Manager) publish(ctx context.Context, c Candidate, gas uint64) (*types.Transaction, error) {
	f, err := m.suggestFees(ctx)
	if err != nil {
		return nil, fmt.Errorf("price %s: %w", describe(c), err)
	}
	if m.cfg.MaxFeeCap != nil && f.cap.Cmp(m.cfg.MaxFeeCap) > 0 {
		return nil, fmt.Errorf("price %s: %w (%s > %s)", describe(c), ErrFeeCapExceeded, f.cap, m.cfg.MaxFeeCap)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	// With nothing in flight the chain is the truth: this heals a gap left by an abandoned
	// transaction that never reached a pool, and notices the key being used elsewhere.
	if m.inFlight == 0 {
		m.nextNonce = nil
	}
	for attempt := 0; ; attempt++ {
		if m.nextNonce == nil {
			n, err := m.backend.PendingNonceAt(ctx, m.from)
			if err != nil {
				return nil, fmt.Errorf("read pending nonce: %w", err)
			}
			m.nextNonce = &n
		}
		nonce := *m.nextNonce
		tx, err := m.sign(c, nonce, gas, f)
		if err != nil {
			return nil, err
		}
		err = m.backend.SendTransaction(ctx, tx)
		switch {
		case err == nil || isAlreadyKnown(err):
			*m.nextNonce = nonce + 1
			m.inFlight++
			m.log.Debug("sent transaction", zap.Stringer("tx", tx.Hash()), zap.Uint64("nonce", nonce),
				zap.Stringer("tip", f.tip), zap.Stringer("feeCap", f.cap))
			return tx, nil
		case (isNonceTooLow(err) || isUnderpriced(err)) && attempt < 3:
			// Another sender (or an earlier run of this process) used the nonce: read the
			// chain's view again.
			m.log.Info("nonce in use, re-reading the pending nonce", zap.Uint64("nonce", nonce), zap.Error(err))
			m.nextNonce = nil
		default:
			return nil, fmt.Errorf("send %s with nonce %d: %w", describe(c), nonce, err)
		}
	}
}

// wait polls for a receipt of any version of the transaction and resubmits with bumped fees
// every ResubmitTimeout.
func (m *Manager) wait(ctx context.Context, c Candidate, first *types.Transaction) (*types.Receipt, error) {
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
		}

		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for %s (nonce %d, last %s): %w", describe(c), first.Nonce(), current.Hash(), ctx.Err())
		case <-poll.C:
			delay = min(delay*2, m.cfg.PollInterval)
			poll.Reset(delay)
		case <-resubmit.C:
			resubmit.Reset(m.cfg.ResubmitTimeout)
			next, err := m.bump(ctx, c, current)
			if err != nil {
				m.log.Warn("fee bump not sent", zap.Stringer("tx", current.Hash()), zap.Error(err))
				if isNonceTooLow(err) && nonceGone == 0 {
					nonceGone = 1
				}
				continue
			}
			if next != nil {
				sent = append(sent, next)
				current = next
			}
		}
	}
}

// findReceipt returns the confirmed receipt of any sent version, errNotYetConfirmed when one is
// mined without enough confirmations, or another error when none is mined.
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
		if m.cfg.Confirmations <= 1 {
			return r, nil
		}
		head, err := m.backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("read head: %w", err)
		}
		if head.Number.Uint64()+1 >= r.BlockNumber.Uint64()+m.cfg.Confirmations {
			return r, nil
		}
		return nil, errNotYetConfirmed
	}
	return nil, lastErr
}

// bump re-signs tx with the same nonce and higher fees and sends it. It returns nil, nil when
// the configured fee cap leaves no room to bump.
func (m *Manager) bump(ctx context.Context, c Candidate, tx *types.Transaction) (*types.Transaction, error) {
	suggested, err := m.suggestFees(ctx)
	if err != nil {
		return nil, err
	}
	pct := big.NewInt(int64(100 + m.cfg.FeeBumpPercent))
	raise := func(old *big.Int) *big.Int {
		v := new(big.Int).Mul(old, pct)
		v.Div(v, big.NewInt(100))
		return v.Add(v, big.NewInt(1)) // strictly above, even for tiny values
	}
	f := fees{tip: bigMax(raise(tx.GasTipCap()), suggested.tip), cap: bigMax(raise(tx.GasFeeCap()), suggested.cap)}
	if f.cap.Cmp(f.tip) < 0 {
		f.cap = new(big.Int).Set(f.tip)
	}
	if m.cfg.MaxFeeCap != nil && f.cap.Cmp(m.cfg.MaxFeeCap) > 0 {
		m.log.Warn("stuck transaction at the maximum fee cap", zap.Stringer("tx", tx.Hash()), zap.Stringer("maxFeeCap", m.cfg.MaxFeeCap))
		return nil, nil
	}
	next, err := m.sign(c, tx.Nonce(), tx.Gas(), f)
	if err != nil {
		return nil, err
	}
	if err := m.backend.SendTransaction(ctx, next); err != nil && !isAlreadyKnown(err) {
		return nil, fmt.Errorf("resubmit nonce %d: %w", tx.Nonce(), err)
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
	return strings.Contains(strings.ToLower(err.Error()), "replacement transaction underpriced")
}
