package txmgr_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/txmgr"
)

type emitter struct {
	abi  abi.ABI
	code []byte
}

func loadEmitter(t *testing.T) emitter {
	t.Helper()
	raw, err := os.ReadFile("../chain/testdata/Emitter.json")
	if err != nil {
		t.Fatal(err)
	}
	var art struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode hexutil.Bytes   `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(bytesReader(art.ABI))
	if err != nil {
		t.Fatal(err)
	}
	return emitter{abi: parsed, code: art.Bytecode}
}

func (e emitter) pack(t *testing.T, method string, args ...any) []byte {
	t.Helper()
	data, err := e.abi.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func startChain(t *testing.T) *devnet.Devnet {
	t.Helper()
	d, err := devnet.Start(context.Background(), devnet.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Stop() })
	return d
}

func newManager(t *testing.T, b txmgr.Backend, d *devnet.Devnet, em emitter, tweak func(*txmgr.Config)) *txmgr.Manager {
	t.Helper()
	cfg := txmgr.Config{
		Key:          d.Accounts[0].Key,
		PollInterval: 10 * time.Millisecond,
		Errors:       revert.NewDecoder(&em.abi),
	}
	if tweak != nil {
		tweak(&cfg)
	}
	m, err := txmgr.New(context.Background(), b, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func deploy(ctx context.Context, t *testing.T, m *txmgr.Manager, em emitter) common.Address {
	t.Helper()
	r, err := m.Send(ctx, txmgr.Candidate{Data: em.code})
	if err != nil {
		t.Fatalf("deploy Emitter: %v", err)
	}
	return r.ContractAddress
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func TestConcurrentSendersGetDistinctGaplessNonces(t *testing.T) {
	ctx := testCtx(t)
	d := startChain(t)
	em := loadEmitter(t)
	client := d.Client()
	m := newManager(t, client, d, em, nil)
	addr := deploy(ctx, t, m, em)

	const workers, each = 8, 5
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	receipts := make(chan *types.Receipt, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				r, err := m.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "ping", "w"+string(rune('a'+w))+string(rune('0'+i)))})
				if err != nil {
					errs <- err
					return
				}
				receipts <- r
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(receipts)
	for err := range errs {
		t.Fatalf("concurrent send: %v", err)
	}
	nonces := map[uint64]bool{}
	for r := range receipts {
		tx, _, err := client.TransactionByHash(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if nonces[tx.Nonce()] {
			t.Fatalf("nonce %d used twice", tx.Nonce())
		}
		nonces[tx.Nonce()] = true
	}
	// Nonce 0 deployed the contract; the pings hold 1..workers*each with no gap.
	for n := uint64(1); n <= workers*each; n++ {
		if !nonces[n] {
			t.Fatalf("nonce %d missing among %d receipts", n, len(nonces))
		}
	}
	out, err := client.CallContract(ctx, callMsg(addr, em.pack(t, "count")), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).SetBytes(out); got.Int64() != workers*each {
		t.Fatalf("count() = %s after %d pings", got, workers*each)
	}
}

// dropFirstSend loses the first transaction handed to it, as a node that accepts a
// transaction and never gossips it would.
type dropFirstSend struct {
	txmgr.Backend
	dropped atomic.Pointer[types.Transaction]
	sends   atomic.Int32
}

func (b *dropFirstSend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if b.sends.Add(1) == 1 {
		b.dropped.Store(tx)
		return nil
	}
	return b.Backend.SendTransaction(ctx, tx)
}

func TestTransactionTheNodeLostIsSentAgainAtTheSamePrice(t *testing.T) {
	ctx := testCtx(t)
	d := startChain(t)
	em := loadEmitter(t)
	setup := newManager(t, d.Client(), d, em, nil)
	addr := deploy(ctx, t, setup, em)

	lossy := &dropFirstSend{Backend: d.Client()}
	var counts countingMetrics
	m := newManager(t, lossy, d, em, func(c *txmgr.Config) { c.ResubmitTimeout = 200 * time.Millisecond; c.Metrics = &counts })
	r, err := m.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "ping", "lost")})
	if err != nil {
		t.Fatalf("send through a lossy backend: %v", err)
	}
	first := lossy.dropped.Load()
	if first == nil {
		t.Fatal("the backend dropped nothing")
	}
	if r.TxHash != first.Hash() {
		t.Fatalf("mined %s, not the lost transaction %s sent again: a node that lost a transaction needs no higher fee", r.TxHash, first.Hash())
	}
	if counts.sent.Load() != 1 || counts.bumped.Load() != 0 {
		t.Fatalf("metrics: sent %d bumped %d, want 1 and 0", counts.sent.Load(), counts.bumped.Load())
	}
}

// pendingCount reads how many transactions the devnet's pool holds.
func pendingCount(ctx context.Context, t *testing.T, d *devnet.Devnet) uint64 {
	t.Helper()
	var status map[string]hexutil.Uint64
	if err := d.RPC().CallContext(ctx, &status, "txpool_status"); err != nil {
		t.Fatal(err)
	}
	return uint64(status["pending"])
}

// startUnmined starts a devnet that mines only on request and returns it with the fee cap a
// first estimate gives now (tip + 2 × base fee).
func startUnmined(ctx context.Context, t *testing.T) (*devnet.Devnet, *big.Int) {
	t.Helper()
	d, err := devnet.Start(ctx, devnet.Config{Accounts: 2, ManualMining: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Stop() })
	head, err := d.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := d.Client().SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return d, new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
}

// sendUnmined sends c while the devnet mines nothing, waits until the manager has bumped it
// bumps times (or reached its fee limit), then mines and returns the receipt.
func sendUnmined(ctx context.Context, t *testing.T, d *devnet.Devnet, m *txmgr.Manager, counts *countingMetrics, c txmgr.Candidate, bumps int32) *types.Receipt {
	t.Helper()
	done := make(chan struct {
		r   *types.Receipt
		err error
	}, 1)
	go func() {
		r, err := m.Send(ctx, c)
		done <- struct {
			r   *types.Receipt
			err error
		}{r, err}
	}()
	for counts.bumped.Load() < bumps && counts.atLimit.Load() == 0 {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %d bumps: %v", bumps, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
	if n := pendingCount(ctx, t, d); n != 1 {
		t.Fatalf("%d transactions pending after bumps, want the one replacement", n)
	}
	if _, err := d.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	res := <-done
	if res.err != nil {
		t.Fatal(res.err)
	}
	return res.r
}

func TestStuckTransactionIsResubmittedWithHigherFees(t *testing.T) {
	ctx := testCtx(t)
	d, firstCap := startUnmined(ctx, t)
	em := loadEmitter(t)
	var counts countingMetrics
	m := newManager(t, d.Client(), d, em, func(c *txmgr.Config) { c.ResubmitTimeout = 50 * time.Millisecond; c.Metrics = &counts })

	r := sendUnmined(ctx, t, d, m, &counts, txmgr.Candidate{Data: em.code}, 2)
	mined, _, err := d.Client().TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if mined.Nonce() != 0 {
		t.Fatalf("replacement has nonce %d, want the stuck transaction's 0", mined.Nonce())
	}
	// Two bumps of at least 10% each.
	minCap := new(big.Int).Div(new(big.Int).Mul(firstCap, big.NewInt(121)), big.NewInt(100))
	if mined.GasFeeCap().Cmp(minCap) < 0 {
		t.Fatalf("mined fee cap %s after %d bumps, want at least 1.21 × the first %s", mined.GasFeeCap(), counts.bumped.Load(), firstCap)
	}
	if counts.sent.Load() != 1 {
		t.Fatalf("TxSent counted %d for one transaction", counts.sent.Load())
	}
}

func TestBumpsStopAtTheFeeLimit(t *testing.T) {
	ctx := testCtx(t)
	d, firstCap := startUnmined(ctx, t)
	em := loadEmitter(t)
	var counts countingMetrics
	m := newManager(t, d.Client(), d, em, func(c *txmgr.Config) {
		c.ResubmitTimeout = 20 * time.Millisecond
		c.FeeLimitMultiplier = 2
		c.Metrics = &counts
	})

	// Bumps of 15% reach 2× after five; the manager then waits at its price.
	r := sendUnmined(ctx, t, d, m, &counts, txmgr.Candidate{Data: em.code}, 100)
	if counts.atLimit.Load() != 1 {
		t.Fatalf("fee limit reached counted %d times, want once", counts.atLimit.Load())
	}
	mined, _, err := d.Client().TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	limit := new(big.Int).Mul(firstCap, big.NewInt(2))
	if mined.GasFeeCap().Cmp(limit) > 0 {
		t.Fatalf("mined fee cap %s above the limit %s (2 × first estimate %s)", mined.GasFeeCap(), limit, firstCap)
	}
	if b := counts.bumped.Load(); b < 4 || b > 5 {
		t.Fatalf("%d bumps before the 2× limit at 15%% each, want 4 or 5", b)
	}
}

// A transaction with something at stake (Candidate.Stake: what the sender loses when it is not
// mined in time, e.g. a provider's collateral before its run deadline) keeps bumping past
// FeeLimitMultiplier while its whole fee (fee cap × gas) stays within the stake: paying less
// than it would lose beats waiting at a price the chain no longer takes.
func TestStakedTransactionBumpsPastTheMultiplierUpToItsStake(t *testing.T) {
	ctx := testCtx(t)
	d, firstCap := startUnmined(ctx, t)
	em := loadEmitter(t)
	var counts countingMetrics
	m := newManager(t, d.Client(), d, em, func(c *txmgr.Config) {
		c.ResubmitTimeout = 20 * time.Millisecond
		c.FeeLimitMultiplier = 2
		c.Metrics = &counts
	})
	c := txmgr.Candidate{Data: em.code}
	gas, err := m.Simulate(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	// A stake worth four times the first fee cap on every unit of gas.
	c.Stake = new(big.Int).Mul(new(big.Int).Mul(firstCap, big.NewInt(4)), new(big.Int).SetUint64(gas))

	r := sendUnmined(ctx, t, d, m, &counts, c, 100)
	if counts.atLimit.Load() != 1 {
		t.Fatalf("fee limit reached counted %d times, want once", counts.atLimit.Load())
	}
	mined, _, err := d.Client().TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if limit := new(big.Int).Mul(firstCap, big.NewInt(2)); mined.GasFeeCap().Cmp(limit) <= 0 {
		t.Fatalf("mined fee cap %s stopped at the multiplier's %s with a stake of 4x", mined.GasFeeCap(), limit)
	}
	if fee := new(big.Int).Mul(mined.GasFeeCap(), new(big.Int).SetUint64(mined.Gas())); fee.Cmp(c.Stake) > 0 {
		t.Fatalf("the transaction may pay %s, more than its stake %s", fee, c.Stake)
	}
}

// hangAfterSend forwards the first transaction to the node, then hangs until released and
// reports a broken connection: the node has the transaction, the sender does not know it.
type hangAfterSend struct {
	txmgr.Backend
	calls   atomic.Int32
	hanging chan struct{}
	release chan struct{}
}

func (b *hangAfterSend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if b.calls.Add(1) != 1 {
		return b.Backend.SendTransaction(ctx, tx)
	}
	if err := b.Backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	close(b.hanging)
	select {
	case <-b.release:
	case <-ctx.Done():
	}
	return errors.New("read tcp 127.0.0.1:1->127.0.0.1:2: connection reset by peer")
}

func TestHungSendBlocksNoOtherSenderAndIsNotDoubled(t *testing.T) {
	ctx := testCtx(t)
	d := startChain(t)
	em := loadEmitter(t)
	setup := newManager(t, d.Client(), d, em, nil)
	addr := deploy(ctx, t, setup, em)

	hung := &hangAfterSend{Backend: d.Client(), hanging: make(chan struct{}), release: make(chan struct{})}
	var counts countingMetrics
	m := newManager(t, hung, d, em, func(c *txmgr.Config) { c.Key = d.Accounts[1].Key; c.Metrics = &counts })
	first := make(chan error, 1)
	go func() {
		_, err := m.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "ping", "hung")})
		first <- err
	}()
	select {
	case <-hung.hanging:
	case <-ctx.Done():
		t.Fatal("the first send never reached the node")
	}
	// While the first SendTransaction hangs, a second Send goes through to its receipt.
	if _, err := m.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "ping", "beside")}); err != nil {
		t.Fatalf("second send while the first hangs: %v", err)
	}
	close(hung.release)
	if err := <-first; err != nil {
		t.Fatalf("the send whose answer was lost: %v", err)
	}
	out, err := d.Client().CallContract(ctx, callMsg(addr, em.pack(t, "count")), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).SetBytes(out); got.Int64() != 2 {
		t.Fatalf("count() = %s after two sends, want 2: nothing doubled, nothing lost", got)
	}
	if counts.sent.Load() != 2 || counts.failed.Load() != 0 {
		t.Fatalf("metrics: sent %d failed %d, want 2 and 0", counts.sent.Load(), counts.failed.Load())
	}
}

type countingMetrics struct {
	sent, bumped, failed, atLimit atomic.Int32
}

func (c *countingMetrics) TxSent()            { c.sent.Add(1) }
func (c *countingMetrics) TxBumped()          { c.bumped.Add(1) }
func (c *countingMetrics) TxFailed()          { c.failed.Add(1) }
func (c *countingMetrics) TxFeeLimitReached() { c.atLimit.Add(1) }

func TestRevertsAreDecodedAndConsumeNoNonce(t *testing.T) {
	ctx := testCtx(t)
	d := startChain(t)
	em := loadEmitter(t)
	m := newManager(t, d.Client(), d, em, nil)
	addr := deploy(ctx, t, m, em)

	_, err := m.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "refuse", big.NewInt(7))})
	var custom *revert.CustomError
	if !errors.As(err, &custom) {
		t.Fatalf("refuse(7): want a *revert.CustomError, got %v", err)
	}
	if !errors.Is(err, revert.Named("PingRefused")) {
		t.Fatalf("errors.Is(err, PingRefused) is false for %v", err)
	}
	if id, _ := custom.Arg("id"); id.(*big.Int).Int64() != 7 {
		t.Fatalf("id argument = %v, want 7", id)
	}
	if caller, _ := custom.Arg("caller"); caller.(common.Address) != m.From() {
		t.Fatalf("caller argument = %v, want %s", caller, m.From())
	}
	if why, _ := custom.Arg("why"); why != "refused" {
		t.Fatalf("why argument = %v", why)
	}

	_, err = m.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "fail")})
	var reason *revert.ReasonError
	if !errors.As(err, &reason) || reason.Reason != "plain reason" {
		t.Fatalf("fail(): want ReasonError(plain reason), got %v", err)
	}

	_, err = m.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "divide", big.NewInt(1), big.NewInt(0))})
	var panicErr *revert.PanicError
	if !errors.As(err, &panicErr) || panicErr.Code.Int64() != 0x12 {
		t.Fatalf("divide(1, 0): want panic 0x12, got %v", err)
	}

	// None of the reverted candidates took a nonce: the next transaction uses nonce 1.
	r, err := m.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "ping", "after reverts")})
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := d.Client().TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 1 {
		t.Fatalf("nonce after three simulated reverts = %d, want 1", tx.Nonce())
	}
}

func TestLosingARaceReturnsFailedErrorWithDecodedReason(t *testing.T) {
	ctx := testCtx(t)
	d, err := devnet.Start(ctx, devnet.Config{Accounts: 2, ManualMining: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Stop() })
	em := loadEmitter(t)
	client := d.Client()
	m := newManager(t, client, d, em, nil)

	deployed := make(chan common.Address, 1)
	go func() {
		r, err := m.Send(ctx, txmgr.Candidate{Data: em.code})
		if err != nil {
			t.Errorf("deploy: %v", err)
			close(deployed)
			return
		}
		deployed <- r.ContractAddress
	}()
	waitPending(ctx, t, d, 1)
	if _, err := d.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	addr, ok := <-deployed
	if !ok {
		t.FailNow()
	}

	// Both calls simulate against count == 0 and are mined in one block: the second loses.
	type result struct {
		r   *types.Receipt
		err error
	}
	results := make(chan result, 2)
	for _, note := range []string{"first", "second"} {
		go func() {
			r, err := m.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "pingIf", big.NewInt(0), note)})
			results <- result{r, err}
		}()
	}
	waitPending(ctx, t, d, 2)
	if _, err := d.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	var won, lost int
	for range 2 {
		res := <-results
		if res.err == nil {
			won++
			continue
		}
		lost++
		var failed *txmgr.FailedError
		if !errors.As(res.err, &failed) || !errors.Is(res.err, txmgr.ErrTxFailed) {
			t.Fatalf("losing call: want *txmgr.FailedError, got %v", res.err)
		}
		if failed.Receipt == nil || failed.Receipt.Status != types.ReceiptStatusFailed {
			t.Fatalf("losing call's receipt: %+v", failed.Receipt)
		}
		var custom *revert.CustomError
		if !errors.As(res.err, &custom) || custom.Name != "CountMismatch" {
			t.Fatalf("losing call's reason: want CountMismatch, got %v", res.err)
		}
		if actual, _ := custom.Arg("actual"); actual.(*big.Int).Int64() != 1 {
			t.Fatalf("CountMismatch actual = %v, want 1", actual)
		}
	}
	if won != 1 || lost != 1 {
		t.Fatalf("won %d, lost %d; want one each", won, lost)
	}
}

func waitPending(ctx context.Context, t *testing.T, d *devnet.Devnet, n uint64) {
	t.Helper()
	for {
		var status map[string]hexutil.Uint64
		if err := d.RPC().CallContext(ctx, &status, "txpool_status"); err != nil {
			t.Fatal(err)
		}
		if uint64(status["pending"]) >= n {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %d pending transactions: %v", n, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }

func TestSendWaitsForConfirmations(t *testing.T) {
	ctx := testCtx(t)
	d, err := devnet.Start(ctx, devnet.Config{Accounts: 2, ManualMining: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Stop() })
	em := loadEmitter(t)
	client := d.Client()
	m := newManager(t, client, d, em, func(c *txmgr.Config) { c.Confirmations = 3 })

	type result struct {
		r   *types.Receipt
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := m.Send(ctx, txmgr.Candidate{Data: em.code})
		done <- result{r, err}
	}()
	waitPending(ctx, t, d, 1)
	// Seal blocks until Send returns; it may only return once the receipt's block has two
	// blocks on top of it.
	var res result
	for res.r == nil && res.err == nil {
		select {
		case res = <-done:
		case <-ctx.Done():
			t.Fatal("Send never returned")
		case <-time.After(20 * time.Millisecond):
			if _, err := d.Mine(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	if res.err != nil {
		t.Fatal(res.err)
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head < res.r.BlockNumber.Uint64()+2 {
		t.Fatalf("Send returned with the receipt in block %d and the head at %d: fewer than 3 confirmations", res.r.BlockNumber, head)
	}
}

// dropAll loses every transaction while dropping is set.
type dropAll struct {
	txmgr.Backend
	dropping atomic.Bool
	dropped  atomic.Int32
}

func (b *dropAll) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if b.dropping.Load() {
		b.dropped.Add(1)
		return nil
	}
	return b.Backend.SendTransaction(ctx, tx)
}

func TestAbandonedLostTransactionLeavesNoNonceGap(t *testing.T) {
	ctx := testCtx(t)
	d := startChain(t)
	em := loadEmitter(t)
	lossy := &dropAll{Backend: d.Client()}
	m := newManager(t, lossy, d, em, nil)

	// A send whose transaction never reaches the node is abandoned by its caller.
	lossy.dropping.Store(true)
	abandon, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		_, err := m.Send(abandon, txmgr.Candidate{Data: em.code})
		done <- err
	}()
	for lossy.dropped.Load() == 0 {
		select {
		case err := <-done:
			t.Fatalf("send ended before publishing: %v", err)
		case <-ctx.Done():
			t.Fatal("the lost transaction was never published")
		case <-time.After(10 * time.Millisecond):
		}
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("abandoned send: %v", err)
	}

	// The next send reuses nonce 0 instead of waiting forever behind the gap.
	lossy.dropping.Store(false)
	r, err := m.Send(ctx, txmgr.Candidate{Data: em.code})
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := d.Client().TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 0 {
		t.Fatalf("send after an abandoned lost transaction used nonce %d, want 0", tx.Nonce())
	}
}

// headBehind serves receipts as soon as the node has them while its "latest" head stays at a
// block the test chooses, as geth does for a moment after sealing a block (it indexes the
// block's receipts before it moves its head there).
type headBehind struct {
	txmgr.Backend
	mu      sync.Mutex
	head    *big.Int // the head it reports; nil: the node's
	served  int      // receipts served from blocks above head
	servedN chan struct{}
}

func (b *headBehind) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	b.mu.Lock()
	head := b.head
	b.mu.Unlock()
	if number == nil && head != nil {
		number = head
	}
	return b.Backend.HeaderByNumber(ctx, number)
}

func (b *headBehind) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	r, err := b.Backend.TransactionReceipt(ctx, hash)
	if err == nil {
		b.mu.Lock()
		if b.head != nil && r.BlockNumber.Cmp(b.head) > 0 {
			if b.served++; b.served == 2 {
				close(b.servedN)
			}
		}
		b.mu.Unlock()
	}
	return r, err
}

// A receipt from a block the node's head has not reached yet is not a confirmation: what the
// caller reads or simulates at "latest" next would not include the transaction (TestRun once
// failed so: the solver's matchJob simulated at a head without the job the client had just
// posted, JobNotOpen status None).
func TestSendReturnsOnlyOnceTheHeadReachesTheReceiptsBlock(t *testing.T) {
	ctx := testCtx(t)
	d := startChain(t)
	em := loadEmitter(t)
	addr := deploy(ctx, t, newManager(t, d.Client(), d, em, nil), em)

	head, err := d.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	behind := &headBehind{Backend: d.Client(), head: head.Number, servedN: make(chan struct{})}
	m := newManager(t, behind, d, em, nil)
	type result struct {
		r   *types.Receipt
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := m.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "ping", "after")})
		done <- result{r, err}
	}()
	select {
	case res := <-done:
		if res.err != nil {
			t.Fatal(res.err)
		}
		t.Fatalf("Send returned the receipt of block %s while the node's head was still at block %s", res.r.BlockNumber, head.Number)
	case <-behind.servedN:
		// The receipt was served, and asked for again: Send kept waiting.
	case <-ctx.Done():
		t.Fatal(ctx.Err())
	}
	behind.mu.Lock()
	behind.head = nil
	behind.mu.Unlock()
	res := <-done
	if res.err != nil {
		t.Fatal(res.err)
	}
	now, err := behind.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if now.Number.Cmp(res.r.BlockNumber) < 0 {
		t.Fatalf("Send returned with the receipt in block %s and the head at %s", res.r.BlockNumber, now.Number)
	}
}

// simulations counts the node's simulations of calls the manager asks for.
type simulations struct {
	txmgr.Backend
	estimates, calls atomic.Int32
	callGas          atomic.Uint64 // of the last call
}

func (b *simulations) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	b.estimates.Add(1)
	return b.Backend.EstimateGas(ctx, msg)
}

func (b *simulations) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	b.calls.Add(1)
	b.callGas.Store(msg.Gas)
	return b.Backend.CallContract(ctx, msg, block)
}

// TestAlikeCallsAreSentAtTheLearntGas: a call of a function estimated before is checked by one
// eth_call at the gas per item an estimate gave (of the most items up to its own, else of the
// fewest above), less the margin, and sent with it; one that needs more gas than that, or reverts, is estimated
// (the revert decoded as ever, no nonce taken) and the estimate learnt; every eighth call is
// estimated again.
func TestAlikeCallsAreSentAtTheLearntGas(t *testing.T) {
	ctx := testCtx(t)
	d := startChain(t)
	em := loadEmitter(t)
	b := &simulations{Backend: d.Client()}
	m := newManager(t, b, d, em, nil)
	addr := deploy(ctx, t, m, em)
	send := func(c txmgr.Candidate) (gasLimit uint64, estimates, calls int32) {
		t.Helper()
		e0, c0 := b.estimates.Load(), b.calls.Load()
		r, err := m.Send(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		tx, _, err := d.Client().TransactionByHash(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		return tx.Gas(), b.estimates.Load() - e0, b.calls.Load() - c0
	}
	ping := func(note string, items int) txmgr.Candidate {
		return txmgr.Candidate{To: &addr, Data: em.pack(t, "ping", note), Items: items}
	}

	first, est, calls := send(ping("a", 1))
	if est != 1 || calls != 0 {
		t.Fatalf("the first ping: %d estimates and %d calls, want 1 and 0", est, calls)
	}
	again, est, calls := send(ping("b", 1))
	if est != 0 || calls != 1 || again != first {
		t.Fatalf("an alike ping: %d estimates, %d calls, gas limit %d; want 0, 1 and the first's %d", est, calls, again, first)
	}
	// It was checked without the margin the estimate's limit has over the estimate (20%): it
	// succeeds with that much to spare.
	if g := b.callGas.Load(); g != first*100/120 {
		t.Fatalf("the alike ping was checked at %d gas, want %d (its limit %d less the margin)", g, first*100/120, first)
	}
	// A long note needs more gas than the short one's limit: the call at it fails, the estimate
	// gives more, and that is learnt.
	long := strings.Repeat("moo ", 500)
	bigger, est, calls := send(ping(long, 1))
	if est != 1 || calls != 1 || bigger <= first {
		t.Fatalf("a ping needing more gas: %d estimates, %d calls, gas limit %d (the short one's %d); want 1, 1 and more", est, calls, bigger, first)
	}
	if l, est, _ := send(ping(long, 1)); est != 0 || l != bigger {
		t.Fatalf("the long ping again: %d estimates, gas limit %d; want 0 and %d", est, l, bigger)
	}
	if l, est, _ := send(ping("c", 1)); est != 0 || l != bigger {
		t.Fatalf("a short ping after the long one: %d estimates, gas limit %d; want 0 and the learnt %d", est, l, bigger)
	}
	// More items: as much gas per item.
	if l, est, _ := send(ping("d", 3)); est != 0 || l != 3*bigger {
		t.Fatalf("a ping of three items: %d estimates, gas limit %d; want 0 and %d", est, l, 3*bigger)
	}
	// Every eighth call is estimated again: the long note's larger limit is not kept for good.
	estimatedAt, limit := 0, uint64(0)
	for i := 1; i <= 8 && estimatedAt == 0; i++ {
		var est int32
		if limit, est, _ = send(ping("e", 1)); est == 1 {
			estimatedAt = i
		}
	}
	// Sent at the learnt limit since the long note's estimate: the long note again, "c", "d" and
	// four of these; the fifth is the eighth.
	if estimatedAt != 5 || limit >= bigger {
		t.Fatalf("short pings after the long one: estimated again at the %dth (want the 5th: the eighth call since the last estimate), gas limit then %d (want less than the long note's %d)", estimatedAt, limit, bigger)
	}
	if l, est, _ := send(ping("f", 1)); est != 0 || l != limit {
		t.Fatalf("a short ping after the new estimate: %d estimates, gas limit %d; want 0 and %d", est, l, limit)
	}
	// A call that reverts at the learnt limit is estimated, which decodes why; no nonce is taken.
	out, err := d.Client().CallContract(ctx, callMsg(addr, em.pack(t, "count")), nil)
	if err != nil {
		t.Fatal(err)
	}
	count := new(big.Int).SetBytes(out)
	pingIf := func(note string, items int) txmgr.Candidate {
		return txmgr.Candidate{To: &addr, Data: em.pack(t, "pingIf", count, note), Items: items}
	}
	twoLong, _, _ := send(pingIf(long, 2))
	n0, err := d.Client().PendingNonceAt(ctx, m.From())
	if err != nil {
		t.Fatal(err)
	}
	e0, c0 := b.estimates.Load(), b.calls.Load()
	_, err = m.Send(ctx, pingIf("stale", 2))
	if !errors.Is(err, revert.Named("CountMismatch")) {
		t.Fatalf("a stale pingIf: want CountMismatch, got %v", err)
	}
	if est, calls := b.estimates.Load()-e0, b.calls.Load()-c0; est != 1 || calls != 1 {
		t.Fatalf("a stale pingIf: %d estimates and %d calls, want 1 and 1", est, calls)
	}
	if n, err := d.Client().PendingNonceAt(ctx, m.From()); err != nil || n != n0 {
		t.Fatalf("nonce after the reverted call %d (%v), want %d", n, err, n0)
	}
	// Fewer items than any estimated: the gas per item of the one with more, enough for a short
	// note; not for a long one, which is estimated.
	count.Add(count, big.NewInt(1))
	if l, est, calls := send(pingIf("short", 1)); est != 0 || calls != 1 || l != (twoLong+1)/2 {
		t.Fatalf("a short pingIf of 1 item after a long one of 2: %d estimates, %d calls, gas limit %d; want 0, 1 and %d", est, calls, l, (twoLong+1)/2)
	}
	count.Add(count, big.NewInt(1))
	if _, est, calls := send(pingIf(long, 1)); est != 1 || calls != 1 {
		t.Fatalf("a long pingIf of 1 item after one of 2: %d estimates and %d calls, want 1 and 1", est, calls)
	}
}
