package follow_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net"
	"net/url"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/keepers/chain/ethrpc"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/devnet"
)

// ping is the decoded Emitter.Ping event.
type ping struct {
	ID   uint64
	Note string
}

// fixture is a manually mined devnet with the Emitter contract deployed in block 2.
type fixture struct {
	t     *testing.T
	ctx   context.Context
	d     *devnet.Devnet
	abi   abi.ABI
	addr  common.Address
	nonce uint64
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	d, err := devnet.Start(ctx, devnet.Config{Accounts: 1, ManualMining: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Stop() })

	parsed, code := loadEmitter(t)
	f := &fixture{t: t, ctx: ctx, d: d, abi: parsed}
	f.send(f.nonce, nil, code, 1)
	f.nonce++
	f.mineBatch(1)
	f.addr = crypto.CreateAddress(d.Accounts[0].Address, 0)
	return f
}

// loadEmitter reads the Emitter test contract's ABI and creation code.
func loadEmitter(t *testing.T) (abi.ABI, []byte) {
	t.Helper()
	raw, err := os.ReadFile("../testdata/Emitter.json")
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
	parsed, err := abi.JSON(bytes.NewReader(art.ABI))
	if err != nil {
		t.Fatal(err)
	}
	return parsed, art.Bytecode
}

// send signs and sends a transaction from the dev account with a tip of tipGwei.
func (f *fixture) send(nonce uint64, to *common.Address, data []byte, tipGwei int64) {
	f.t.Helper()
	if err := f.trySend(nonce, to, data, tipGwei); err != nil {
		f.t.Fatalf("send nonce %d: %v", nonce, err)
	}
}

func (f *fixture) trySend(nonce uint64, to *common.Address, data []byte, tipGwei int64) error {
	head, err := f.d.Client().HeaderByNumber(f.ctx, nil)
	if err != nil {
		return err
	}
	tip := big.NewInt(tipGwei * params.GWei)
	tx := types.MustSignNewTx(f.d.Accounts[0].Key, types.LatestSignerForChainID(f.d.ChainID), &types.DynamicFeeTx{
		ChainID: f.d.ChainID, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       1_000_000, To: to, Data: data,
	})
	return f.d.Client().SendTransaction(f.ctx, tx)
}

// ping sends Emitter.ping(note) with the next nonce.
func (f *fixture) ping(note string) {
	f.t.Helper()
	data, err := f.abi.Pack("ping", note)
	if err != nil {
		f.t.Fatal(err)
	}
	f.send(f.nonce, &f.addr, data, 1)
	f.nonce++
}

// mineBatch seals one block once n transactions are pending, so they share it.
func (f *fixture) mineBatch(n uint64) common.Hash {
	f.t.Helper()
	waitFor(f.ctx, f.t, "pending transactions", func() bool {
		var status map[string]hexutil.Uint64
		if err := f.d.RPC().CallContext(f.ctx, &status, "txpool_status"); err != nil {
			f.t.Fatal(err)
		}
		return uint64(status["pending"]) >= n
	})
	return f.mine()
}

func (f *fixture) mine() common.Hash {
	f.t.Helper()
	h, err := f.d.Mine(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	return h
}

func (f *fixture) header(n uint64) *types.Header {
	f.t.Helper()
	h, err := f.d.Client().HeaderByNumber(f.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		f.t.Fatal(err)
	}
	return h
}

func (f *fixture) decode(l types.Log) (ping, error) {
	ev := f.abi.Events["Ping"]
	if len(l.Topics) == 0 || l.Topics[0] != ev.ID {
		return ping{}, follow.ErrSkip
	}
	vals, err := ev.Inputs.NonIndexed().Unpack(l.Data)
	if err != nil {
		return ping{}, err
	}
	return ping{ID: new(big.Int).SetBytes(l.Topics[1].Bytes()).Uint64(), Note: vals[0].(string)}, nil
}

// canonicalPings reads the Ping logs of blocks from..to straight from the node.
func (f *fixture) canonicalPings(from, to uint64) []types.Log {
	f.t.Helper()
	logs, err := f.d.Client().FilterLogs(f.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{f.addr},
	})
	if err != nil {
		f.t.Fatal(err)
	}
	return logs
}

// collector records delivered events and the latest progress.
type collector struct {
	mu       sync.Mutex
	events   []follow.Event[ping]
	progress atomic.Uint64 // last block fully delivered, +1 (0: none)
}

func (c *collector) handle(_ context.Context, ev follow.Event[ping]) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.events = append(c.events, ev)
	return nil
}

func (c *collector) onProgress(p follow.Position) { c.progress.Store(p.Block + 1) }

func (c *collector) snapshot() []follow.Event[ping] {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]follow.Event[ping](nil), c.events...)
}

// waitFor polls cond until it holds or the test context ends.
func waitFor(ctx context.Context, t *testing.T, what string, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v", what, ctx.Err())
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// run starts a follower in the background and returns a function that stops it and returns
// Run's error.
func run(ctx context.Context, t *testing.T, cfg follow.Config[ping], handle func(context.Context, follow.Event[ping]) error) (stop func() error) {
	t.Helper()
	fl, err := follow.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- fl.Run(runCtx, handle) }()
	var once sync.Once
	var res error
	stop = func() error {
		once.Do(func() {
			cancel()
			res = <-done
		})
		return res
	}
	t.Cleanup(func() { _ = stop() })
	return stop
}

func notes(evs []follow.Event[ping]) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.Value.Note
	}
	return out
}

func sameLogs(t *testing.T, got []follow.Event[ping], want []types.Log) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("delivered %d events %v, the chain has %d", len(got), notes(got), len(want))
	}
	for i := range want {
		g := got[i].Log
		if g.BlockHash != want[i].BlockHash || g.Index != want[i].Index || g.TxHash != want[i].TxHash {
			t.Fatalf("event %d is log %d of block %s, the chain has log %d of block %s",
				i, g.Index, g.BlockHash, want[i].Index, want[i].BlockHash)
		}
	}
}

func TestShallowReorgDeliversOnlyCanonicalLogsOnce(t *testing.T) {
	f := newFixture(t)
	var c collector
	stop := run(f.ctx, t, follow.Config[ping]{
		Dial: follow.Static(f.d.Client()), Addresses: []common.Address{f.addr}, Decode: f.decode,
		Confirmations: 3, PollInterval: 5 * time.Millisecond, OnProgress: c.onProgress,
	}, c.handle)

	f.ping("a")
	block3 := f.mineBatch(1)
	f.ping("b") // nonce 2
	orphan := f.mineBatch(1)
	// The follower has seen head 4 once it reports block 1 (4 - 3 confirmations).
	waitFor(f.ctx, t, "progress to block 1", func() bool { return c.progress.Load() >= 2 })

	// Reorg block 4 away: a replacement with nonce 2 and a higher tip says "c" instead of "b".
	if err := f.d.Do(f.ctx, func(b *simulated.Backend) error { return b.Fork(block3) }); err != nil {
		t.Fatal(err)
	}
	data, err := f.abi.Pack("ping", "c")
	if err != nil {
		t.Fatal(err)
	}
	// The pool adopts the new head asynchronously; until then it calls nonce 2 too low.
	waitFor(f.ctx, t, "the pool to accept the replacement", func() bool {
		return f.trySend(2, &f.addr, data, 50) == nil
	})
	f.mineBatch(1)
	for range 3 {
		f.mine()
	}
	if got := f.header(4).Hash(); got == orphan {
		t.Fatal("block 4 was not reorganised away")
	}
	waitFor(f.ctx, t, "progress to block 4", func() bool { return c.progress.Load() >= 5 })
	if err := stop(); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run ended with %v", err)
	}

	got := c.snapshot()
	if n := notes(got); len(n) != 2 || n[0] != "a" || n[1] != "c" {
		t.Fatalf("delivered %v, want [a c]", n)
	}
	sameLogs(t, got, f.canonicalPings(0, 4))
}

func TestResumeFromCheckpointHasNoDuplicates(t *testing.T) {
	f := newFixture(t)
	for _, n := range []string{"1", "2", "3"} {
		f.ping(n)
	}
	f.mineBatch(3) // block 3
	for _, n := range []string{"4", "5"} {
		f.ping(n)
	}
	f.mineBatch(2) // block 4
	f.mine()       // block 5: confirms block 4
	cfg := follow.Config[ping]{
		Dial: follow.Static(f.d.Client()), Addresses: []common.Address{f.addr}, Decode: f.decode,
		FromBlock: 2, Confirmations: 1, PollInterval: 5 * time.Millisecond,
	}

	// First run: stop while handling the third event, in the middle of block 3. The last
	// handled event's position is the checkpoint.
	errCrash := errors.New("crash")
	var first []follow.Event[ping]
	var checkpoint follow.Position
	fl, err := follow.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	err = fl.Run(f.ctx, func(_ context.Context, ev follow.Event[ping]) error {
		if len(first) == 2 {
			return errCrash
		}
		first = append(first, ev)
		checkpoint = ev.Position
		return nil
	})
	if !errors.Is(err, errCrash) {
		t.Fatalf("first run ended with %v, want the handler's error", err)
	}

	// Second run resumes from the checkpoint.
	var c collector
	resumed := cfg
	resumed.Resume = &checkpoint
	resumed.OnProgress = c.onProgress
	stop := run(f.ctx, t, resumed, c.handle)
	waitFor(f.ctx, t, "progress to block 4", func() bool { return c.progress.Load() >= 5 })
	_ = stop()
	all := append(append([]follow.Event[ping](nil), first...), c.snapshot()...)
	if n := notes(all); len(n) != 5 || n[0] != "1" || n[4] != "5" {
		t.Fatalf("two runs delivered %v, want [1 2 3 4 5]", n)
	}
	sameLogs(t, all, f.canonicalPings(2, 4))

	// A checkpoint at the end of block 3 resumes with block 4.
	var c2 collector
	endOf3 := cfg
	endOf3.Resume = &follow.Position{Block: 3, BlockHash: f.header(3).Hash(), Index: follow.EndOfBlock}
	endOf3.OnProgress = c2.onProgress
	stop = run(f.ctx, t, endOf3, c2.handle)
	waitFor(f.ctx, t, "progress to block 4", func() bool { return c2.progress.Load() >= 5 })
	_ = stop()
	if n := notes(c2.snapshot()); len(n) != 2 || n[0] != "4" || n[1] != "5" {
		t.Fatalf("resuming after block 3 delivered %v, want [4 5]", n)
	}
}

func TestDeepReorgIsReported(t *testing.T) {
	f := newFixture(t)
	var c collector
	fl, err := follow.New(follow.Config[ping]{
		Dial: follow.Static(f.d.Client()), Addresses: []common.Address{f.addr}, Decode: f.decode,
		FromBlock: 2, Confirmations: 0, PollInterval: 5 * time.Millisecond, OnProgress: c.onProgress,
	})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- fl.Run(f.ctx, c.handle) }()
	f.ping("x")
	f.mineBatch(1) // block 3, delivered at once with no confirmations
	waitFor(f.ctx, t, "progress to block 3", func() bool { return c.progress.Load() >= 4 })

	if err := f.d.Do(f.ctx, func(b *simulated.Backend) error { return b.Fork(f.header(2).Hash()) }); err != nil {
		t.Fatal(err)
	}
	f.mine()
	f.mine()
	select {
	case err := <-done:
		if !errors.Is(err, follow.ErrDeepReorg) {
			t.Fatalf("Run ended with %v, want ErrDeepReorg", err)
		}
	case <-f.ctx.Done():
		t.Fatal("a reorg of a delivered block went unnoticed")
	}
}

// proxy forwards TCP connections to target and can cut them all and refuse the next few.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	refuse atomic.Int32
}

func newProxy(t *testing.T, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: target}
	t.Cleanup(func() { ln.Close(); p.cut(0) })
	go p.serve()
	return p
}

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		if p.refuse.Add(-1) >= 0 {
			c.Close()
			continue
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, up)
		p.mu.Unlock()
		go func() { _, _ = io.Copy(up, c); up.Close() }()
		go func() { _, _ = io.Copy(c, up); c.Close() }()
	}
}

// cut closes every open connection and refuses the next n.
func (p *proxy) cut(n int32) {
	p.refuse.Store(n)
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func TestRedialsAfterDroppedConnection(t *testing.T) {
	f := newFixture(t)
	u, err := url.Parse(f.d.WSURL)
	if err != nil {
		t.Fatal(err)
	}
	px := newProxy(t, u.Host)
	var dials atomic.Int32
	dialURL := follow.DialURL("ws://"+px.ln.Addr().String(), ethrpc.Config{})
	dial := func(ctx context.Context) (follow.Client, func(), error) {
		dials.Add(1)
		return dialURL(ctx)
	}
	var c collector
	stop := run(f.ctx, t, follow.Config[ping]{
		Dial: dial, Addresses: []common.Address{f.addr}, Decode: f.decode, FromBlock: 2,
		PollInterval: 20 * time.Millisecond, MinBackoff: 5 * time.Millisecond, MaxBackoff: 50 * time.Millisecond,
		OnProgress: c.onProgress,
	}, c.handle)

	for _, n := range []string{"1", "2", "3"} {
		f.ping(n)
		f.mineBatch(1)
	}
	waitFor(f.ctx, t, "three events", func() bool { return len(c.snapshot()) == 3 })
	px.cut(2) // drop the connection and refuse the next two dials
	for _, n := range []string{"4", "5", "6"} {
		f.ping(n)
		f.mineBatch(1)
	}
	last, err := f.d.Client().BlockNumber(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(f.ctx, t, "progress to the head", func() bool { return c.progress.Load() >= last+1 })
	_ = stop()
	if dials.Load() < 2 {
		t.Fatalf("dialled %d times; the cut connection was never replaced", dials.Load())
	}
	sameLogs(t, c.snapshot(), f.canonicalPings(2, last))
}

// lagging is a node behind a load balancer whose backends are not all at the same height: after
// failAt, its next logs call fails (the connection drops), and the next `behind` reads of a
// block by number answer "not found", as a backend that has not seen the block yet does.
type lagging struct {
	follow.Client
	failNext atomic.Bool
	behind   atomic.Int32
}

func (l *lagging) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if l.failNext.CompareAndSwap(true, false) {
		return nil, errors.New("read tcp 127.0.0.1:1->127.0.0.1:2: connection reset by peer")
	}
	return l.Client.FilterLogs(ctx, q)
}

func (l *lagging) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if n != nil && l.behind.Add(-1) >= 0 {
		return nil, ethereum.NotFound
	}
	return l.Client.HeaderByNumber(ctx, n)
}

// A node that answers "not found" for a block already delivered, a moment after a reconnection,
// is behind (a lagging backend, or a block it serves a moment later), not proof that the block
// was reorganised away: the follower tries again, and reports a deep reorg only when the block
// stays missing.
func TestABlockMissingForAMomentIsNoDeepReorg(t *testing.T) {
	f := newFixture(t)
	l := &lagging{Client: f.d.Client()}
	var c collector
	fl, err := follow.New(follow.Config[ping]{
		Dial: follow.Static(l), Addresses: []common.Address{f.addr}, Decode: f.decode,
		FromBlock: 2, Confirmations: 0, PollInterval: 5 * time.Millisecond,
		MinBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond, OnProgress: c.onProgress,
	})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- fl.Run(f.ctx, c.handle) }()
	f.ping("1")
	f.mineBatch(1)
	waitFor(f.ctx, t, "the first event", func() bool { return len(c.snapshot()) == 1 })

	l.behind.Store(2)
	l.failNext.Store(true)
	f.ping("2")
	f.mineBatch(1)
	waitFor(f.ctx, t, "the second event", func() bool {
		select {
		case err := <-done:
			t.Fatalf("Run ended with %v after a block was missing for a moment", err)
		default:
		}
		return len(c.snapshot()) == 2
	})

	// A block that stays missing is a deep reorg.
	l.behind.Store(1000)
	l.failNext.Store(true)
	f.ping("3")
	f.mineBatch(1)
	select {
	case err := <-done:
		if !errors.Is(err, follow.ErrDeepReorg) {
			t.Fatalf("Run ended with %v, want ErrDeepReorg", err)
		}
	case <-f.ctx.Done():
		t.Fatal("a block that stayed missing went unnoticed")
	}
}
