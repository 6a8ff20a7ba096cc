// Package follow delivers the logs of contracts exactly once and in chain order: everything from
// a start block, then each new block once it has enough confirmations. It redials a dropped RPC
// connection with backoff, resumes from a checkpoint without duplicates, and never delivers a log
// from a block that a reorg shallower than the confirmation depth removes (it only reads blocks
// that deep). A reorg deeper than that is detected and reported, never papered over.
package follow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/backoff"
	"github.com/pond-compute/pond/keepers/chain/ethrpc"
)

// Client is what the follower reads. *ethclient.Client satisfies it. A client that can also
// SubscribeNewHead (a WebSocket connection) wakes the follower on each head instead of polling.
type Client interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Dialer opens a connection and returns it with a function that releases it. The follower
// releases a connection after it fails and dials again.
type Dialer func(ctx context.Context) (Client, func(), error)

// DialURL dials an HTTP or WebSocket JSON-RPC endpoint; every call has cfg's timeout.
func DialURL(url string, cfg ethrpc.Config) Dialer {
	return func(ctx context.Context) (Client, func(), error) {
		c, err := ethrpc.Dial(ctx, url, cfg)
		if err != nil {
			return nil, nil, err
		}
		return c, c.Close, nil
	}
}

// Static uses one client owned by the caller: it is never closed, and a failure is retried on it.
func Static(c Client) Dialer {
	return func(context.Context) (Client, func(), error) { return c, func() {}, nil }
}

// EndOfBlock as a Position's Index means every log of the block has been delivered.
const EndOfBlock = ^uint(0)

// Position is a point in the log stream: just after the log with Index in Block, or after the
// whole block when Index is EndOfBlock. Persist it to resume later.
type Position struct {
	Block     uint64
	BlockHash common.Hash
	Index     uint
}

// Event is one decoded log.
type Event[T any] struct {
	Value    T
	Log      types.Log
	Position Position // resuming from here continues with the next log
}

// Decoder turns a log into a typed value. Returning ErrSkip drops the log silently.
type Decoder[T any] func(types.Log) (T, error)

// ErrSkip tells the follower a log is not interesting (for example an unknown event).
var ErrSkip = errors.New("skip log")

// Sentinel errors.
var (
	ErrDeepReorg   = errors.New("follow: chain reorganised deeper than the confirmation depth")
	ErrNoDialer    = errors.New("follow: no dialer")
	ErrNoAddresses = errors.New("follow: no contract addresses")
	ErrNoDecoder   = errors.New("follow: no decoder")
)

// Config configures a Follower.
type Config[T any] struct {
	Dial      Dialer
	Addresses []common.Address
	Topics    [][]common.Hash // optional topic filter, as in eth_getLogs
	// Decode decodes each log. It runs on another goroutine than the handler, while the
	// handler handles the range before (never two Decode calls at once).
	Decode Decoder[T]
	// FromBlock is where reading starts without a checkpoint (the deployment block).
	FromBlock uint64
	// Resume, when set, continues just after this position instead of at FromBlock.
	Resume *Position
	// Confirmations: a block is read once the head is this many blocks above it.
	Confirmations uint64
	// BatchBlocks caps the block range of one eth_getLogs call. Default 2,000. When the node
	// refuses a range as too large (each provider has its own words, see RangeRefusal) or the
	// call times out, the follower asks for smaller ranges, then grows back towards
	// BatchBlocks after GrowAfter ranges in a row succeed.
	BatchBlocks uint64
	// GrowAfter is how many ranges in a row must succeed before the range doubles. Default 8.
	GrowAfter int
	// PollInterval is how often the head is read when no head subscription wakes the
	// follower. Default 1s.
	PollInterval time.Duration
	// MinBackoff and MaxBackoff bound the exponential wait before redialling. Defaults 100ms, 30s.
	MinBackoff, MaxBackoff time.Duration
	// OnProgress, when set, is called after every fully delivered range with the position at
	// its end, so checkpoints advance across blocks without logs.
	OnProgress func(Position)
	Logger     *zap.Logger
}

// Check validates the configuration.
func (c *Config[T]) Check() error {
	switch {
	case c.Dial == nil:
		return ErrNoDialer
	case len(c.Addresses) == 0:
		return ErrNoAddresses
	case c.Decode == nil:
		return ErrNoDecoder
	}
	return nil
}

// Follower reads logs; Run drives it.
type Follower[T any] struct {
	cfg Config[T]
	log *zap.Logger

	batch   uint64        // blocks per eth_getLogs call now
	shown   atomic.Uint64 // batch, for Batch() from other goroutines
	ceiling uint64        // largest range to ask for now (0: BatchBlocks)
	stated  bool          // ceiling is a limit the node stated, not one learnt from a refusal
	since   int           // ranges delivered since the last refusal
	streak  int           // ranges delivered in a row at this batch size

	missing    int         // sessions in a row that found the last delivered block missing
	next       uint64      // first block not yet fully delivered
	skipUpTo   *uint       // within block next: logs with Index <= *skipUpTo are already delivered
	nextHash   common.Hash // hash block next must have, when resuming inside it
	parentHash common.Hash // hash of block next-1 once known, to detect deep reorgs
}

// New validates cfg and builds a follower.
func New[T any](cfg Config[T]) (*Follower[T], error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.BatchBlocks == 0 {
		cfg.BatchBlocks = 2000
	}
	if cfg.GrowAfter <= 0 {
		cfg.GrowAfter = 8
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.MinBackoff == 0 {
		cfg.MinBackoff = 100 * time.Millisecond
	}
	if cfg.MaxBackoff == 0 {
		cfg.MaxBackoff = 30 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	f := &Follower[T]{cfg: cfg, log: cfg.Logger, next: cfg.FromBlock, batch: cfg.BatchBlocks}
	f.shown.Store(f.batch)
	if r := cfg.Resume; r != nil {
		if r.Index == EndOfBlock {
			f.next = r.Block + 1
			f.parentHash = r.BlockHash
		} else {
			f.next = r.Block
			idx := r.Index
			f.skipUpTo = &idx
			f.nextHash = r.BlockHash
		}
	}
	return f, nil
}

// Run delivers events to handle until ctx ends, handle returns an error, or the chain reorgs
// deeper than the confirmation depth. Connection failures are retried forever with backoff.
// Events are delivered one at a time in (block, log index) order; after handle returns nil for an
// event, it is never delivered again by this follower.
func (f *Follower[T]) Run(ctx context.Context, handle func(context.Context, Event[T]) error) error {
	retry := backoff.Backoff{Policy: backoff.Policy{Min: f.cfg.MinBackoff, Max: f.cfg.MaxBackoff}}
	for {
		before := f.next
		err := f.session(ctx, handle)
		var fatal *fatalError
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.As(err, &fatal):
			return fatal.err
		}
		if f.next != before { // the connection worked for a while: start backing off afresh
			retry.Succeeded()
		}
		wait := retry.Failed()
		f.log.Warn("log follower connection failed; redialling", zap.Error(err), zap.Duration("backoff", wait), zap.Uint64("nextBlock", f.next))
		if err := backoff.Sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// fatalError ends Run instead of triggering a redial.
type fatalError struct{ err error }

func (e *fatalError) Error() string { return e.err.Error() }

// session runs on one connection until it fails.
func (f *Follower[T]) session(ctx context.Context, handle func(context.Context, Event[T]) error) error {
	client, release, err := f.cfg.Dial(ctx)
	if err != nil {
		return err
	}
	if release != nil {
		defer release()
	}
	sessCtx, cancel := context.WithCancel(ctx)
	defer cancel()

	var heads chan *types.Header
	var subErr <-chan error
	if hs, ok := client.(headSubscriber); ok {
		ch := make(chan *types.Header, 16)
		if sub, err := hs.SubscribeNewHead(sessCtx, ch); err == nil {
			defer sub.Unsubscribe()
			heads, subErr = ch, sub.Err()
		}
	}
	poll := time.NewTicker(f.cfg.PollInterval)
	defer poll.Stop()

	if err := f.checkDelivered(sessCtx, client); err != nil {
		return err
	}
	for {
		if err := f.catchUp(sessCtx, client, handle); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-poll.C:
		case <-heads:
			// One catch-up reads the latest head; heads that queued meanwhile add nothing.
			for len(heads) > 0 {
				<-heads
			}
		case err := <-subErr:
			return fmt.Errorf("head subscription: %w", err)
		}
	}
}

// missingTries is how many sessions in a row may find the last delivered block missing before
// the follower calls it a deep reorg.
const missingTries = 5

// checkDelivered makes sure the node still has the last block delivered (or resumed from), by
// its hash: a node that lost it, or another chain behind the same address (a devnet started
// afresh), is a reorg deeper than anything delivered, never a quiet wait for blocks that will
// not come.
func (f *Follower[T]) checkDelivered(ctx context.Context, client Client) error {
	if f.parentHash == (common.Hash{}) || f.next == 0 {
		return nil
	}
	last := f.next - 1
	h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(last))
	if errors.Is(err, ethereum.NotFound) {
		// A backend behind a load balancer may not have it yet: only a block that stays missing
		// across several reconnections (with backoff between them) was reorganised away.
		if f.missing++; f.missing < missingTries {
			return fmt.Errorf("the node has no block %d yet, which was delivered as %s (try %d of %d)", last, f.parentHash, f.missing, missingTries)
		}
		return &fatalError{fmt.Errorf("%w: the node has no block %d, which was delivered as %s", ErrDeepReorg, last, f.parentHash)}
	}
	f.missing = 0
	if err != nil {
		return fmt.Errorf("read header %d: %w", last, err)
	}
	if h.Hash() != f.parentHash {
		return &fatalError{fmt.Errorf("%w: block %d is now %s, but it was delivered as %s", ErrDeepReorg, last, h.Hash(), f.parentHash)}
	}
	return nil
}

// catchUp delivers every block that is confirmed at the current head. While one range is
// delivered, the next is read and decoded (one range ahead, never past the confirmed head), so
// the node's answer and the decoding overlap the handler's work.
func (f *Follower[T]) catchUp(ctx context.Context, client Client, handle func(context.Context, Event[T]) error) error {
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	if f.parentHash != (common.Hash{}) && f.next > 0 && head.Number.Uint64() < f.next-1 {
		return &fatalError{fmt.Errorf("%w: the head is block %d, below block %d, already delivered", ErrDeepReorg, head.Number, f.next-1)}
	}
	if head.Number.Uint64() < f.cfg.Confirmations {
		return nil
	}
	safe := head.Number.Uint64() - f.cfg.Confirmations
	var ahead *prefetch[T]
	defer func() { ahead.cancel() }()
	for f.next <= safe {
		from := f.next
		to := min(from+f.batch-1, safe)
		var r *fetched[T]
		if ahead.covers(from, to) {
			r, err = ahead.wait()
		} else {
			ahead.cancel()
			r, err = f.fetchRange(ctx, client, from, to)
		}
		ahead = nil
		if err == nil {
			// Delivering a range read whole either succeeds or ends Run, so the range grows
			// now, and the next one is read meanwhile at its new size.
			f.grow()
			if to < safe {
				ahead = f.prefetch(ctx, client, to+1, min(to+f.batch, safe))
			}
			err = f.deliver(ctx, r, handle)
		}
		var refused *rangeRefusedError
		switch {
		case err == nil:
		case errors.As(err, &refused):
			if !f.shrink(from, to, refused.hint, err) {
				return err
			}
		case ethrpc.IsTimeout(err) && to > from:
			// A node that cannot answer a range in time may answer a smaller one.
			f.shrink(from, to, RangeHint{}, err)
			return err
		default:
			return err
		}
	}
	return nil
}

// prefetch is a range being read ahead of delivery.
type prefetch[T any] struct {
	from, to uint64
	stop     context.CancelFunc
	done     chan struct{}
	r        *fetched[T]
	err      error
}

func (f *Follower[T]) prefetch(ctx context.Context, client Client, from, to uint64) *prefetch[T] {
	ctx, stop := context.WithCancel(ctx)
	p := &prefetch[T]{from: from, to: to, stop: stop, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.r, p.err = f.fetchRange(ctx, client, from, to)
	}()
	return p
}

func (p *prefetch[T]) covers(from, to uint64) bool { return p != nil && p.from == from && p.to == to }

func (p *prefetch[T]) wait() (*fetched[T], error) {
	<-p.done
	p.stop()
	return p.r, p.err
}

// cancel abandons the read and waits for it to end.
func (p *prefetch[T]) cancel() {
	if p != nil {
		p.stop()
		<-p.done
	}
}

// shrink lowers the range after a refusal of from-to; false when it cannot get smaller.
func (f *Follower[T]) shrink(from, to uint64, hint RangeHint, why error) bool {
	size := to - from + 1
	next := size / 2
	switch {
	case hint.SuggestedTo >= from && hint.SuggestedTo < to:
		next = hint.SuggestedTo - from + 1
	case hint.MaxBlocks > 0 && hint.MaxBlocks < size:
		next = hint.MaxBlocks
	}
	next = max(next, 1)
	if size <= 1 || next >= size {
		return false
	}
	switch {
	case hint.MaxBlocks > 0 && hint.SuggestedTo == 0:
		f.ceiling, f.stated = hint.MaxBlocks, true
	case !f.stated:
		// A limit on results rather than blocks: stay at the size that works for a while
		// instead of being refused again at every growth.
		f.ceiling = next
	}
	f.batch, f.streak, f.since = next, 0, 0
	f.shown.Store(f.batch)
	f.log.Info("eth_getLogs range refused; asking for smaller ranges", zap.Uint64("from", from), zap.Uint64("to", to),
		zap.Uint64("blocks", f.batch), zap.Error(why))
	return true
}

// grow doubles the range after GrowAfter successes in a row, up to BatchBlocks and any limit
// the node stated. A limit learnt from a refusal that stated none is forgotten after
// 10 × GrowAfter successes.
func (f *Follower[T]) grow() {
	if f.since++; !f.stated && f.ceiling > 0 && f.since >= 10*f.cfg.GrowAfter {
		f.ceiling = 0
	}
	limit := f.cfg.BatchBlocks
	if f.ceiling > 0 {
		limit = min(limit, f.ceiling)
	}
	if f.batch >= limit {
		return
	}
	if f.streak++; f.streak < f.cfg.GrowAfter {
		return
	}
	f.batch, f.streak = min(f.batch*2, limit), 0
	f.shown.Store(f.batch)
	f.log.Debug("eth_getLogs ranges grow back", zap.Uint64("blocks", f.batch))
}

// Batch is the number of blocks the follower now asks eth_getLogs for at once.
func (f *Follower[T]) Batch() uint64 { return f.shown.Load() }

// fetched is a range of blocks read from the node: its first and last headers and its logs,
// each decoded (or the error decoding it gave).
type fetched[T any] struct {
	from, to    uint64
	first, last *types.Header
	logs        []types.Log
	values      []T
	errs        []error // errs[i] is logs[i]'s decoding error (ErrSkip: not one of ours)
}

// fetchRange reads blocks from-to: their end headers and logs, decoded. It reads only, so a
// range read ahead and then abandoned leaves the follower as it was.
func (f *Follower[T]) fetchRange(ctx context.Context, client Client, from, to uint64) (*fetched[T], error) {
	first, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(from))
	if err != nil {
		return nil, fmt.Errorf("read header %d: %w", from, err)
	}
	last := first
	if to != from {
		if last, err = client.HeaderByNumber(ctx, new(big.Int).SetUint64(to)); err != nil {
			return nil, fmt.Errorf("read header %d: %w", to, err)
		}
	}
	logs, err := ethrpc.FilterLogs(ctx, client, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: f.cfg.Addresses,
		Topics:    f.cfg.Topics,
	})
	if err != nil {
		if hint, ok := RangeRefusal(err); ok {
			return nil, &rangeRefusedError{hint: hint, err: fmt.Errorf("get logs %d-%d: %w", from, to, err)}
		}
		return nil, fmt.Errorf("get logs %d-%d: %w", from, to, err)
	}
	// The headers and logs come from separate calls; a reorg in between (only possible when
	// it is deeper than the confirmation depth) shows as a log from another block. A header's
	// Hash is computed anew on each call (RLP and Keccak): once per range, not per log.
	firstHash, lastHash := first.Hash(), last.Hash()
	for _, l := range logs {
		if (l.BlockNumber == from && l.BlockHash != firstHash) || (l.BlockNumber == to && l.BlockHash != lastHash) {
			return nil, fmt.Errorf("logs of blocks %d-%d changed while reading them; retrying", from, to)
		}
	}
	r := &fetched[T]{from: from, to: to, first: first, last: last, logs: logs, values: make([]T, len(logs)), errs: make([]error, len(logs))}
	for i, l := range logs {
		if l.Removed || l.BlockNumber < from || l.BlockNumber > to {
			r.errs[i] = ErrSkip
			continue
		}
		r.values[i], r.errs[i] = f.cfg.Decode(l)
	}
	return r, nil
}

// deliver hands a range's logs to handle, in order, from where the follower is.
func (f *Follower[T]) deliver(ctx context.Context, r *fetched[T], handle func(context.Context, Event[T]) error) error {
	from, to, first, last := r.from, r.to, r.first, r.last
	if f.parentHash != (common.Hash{}) && first.ParentHash != f.parentHash {
		return &fatalError{fmt.Errorf("%w: block %d's parent is %s, but block %d was delivered as %s",
			ErrDeepReorg, from, first.ParentHash, from-1, f.parentHash)}
	}
	if f.nextHash != (common.Hash{}) && first.Hash() != f.nextHash {
		return &fatalError{fmt.Errorf("%w: block %d is now %s, but logs were delivered from %s",
			ErrDeepReorg, from, first.Hash(), f.nextHash)}
	}
	for i := range r.logs {
		l := r.logs[i]
		if errors.Is(r.errs[i], ErrSkip) {
			continue
		}
		if l.BlockNumber == f.next && f.skipUpTo != nil && l.Index <= *f.skipUpTo {
			continue
		}
		if err := r.errs[i]; err != nil {
			return &fatalError{fmt.Errorf("decode log %d of block %d (tx %s): %w", l.Index, l.BlockNumber, l.TxHash, err)}
		}
		pos := Position{Block: l.BlockNumber, BlockHash: l.BlockHash, Index: l.Index}
		v := r.values[i]
		var zero T
		r.logs[i], r.values[i] = types.Log{}, zero // what handle does not keep is garbage now, not when the range ends
		if err := handle(ctx, Event[T]{Value: v, Log: l, Position: pos}); err != nil {
			return &fatalError{fmt.Errorf("handle log %d of block %d: %w", l.Index, l.BlockNumber, err)}
		}
		// Should handle fail on a later log and Run be called again, it resumes right here.
		idx := l.Index
		f.next, f.skipUpTo, f.nextHash, f.parentHash = l.BlockNumber, &idx, l.BlockHash, common.Hash{}
	}
	f.next, f.skipUpTo, f.nextHash, f.parentHash = to+1, nil, common.Hash{}, last.Hash()
	if f.cfg.OnProgress != nil {
		f.cfg.OnProgress(Position{Block: to, BlockHash: last.Hash(), Index: EndOfBlock})
	}
	return nil
}
