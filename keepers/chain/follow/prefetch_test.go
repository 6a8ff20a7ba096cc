package follow_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/testenv/synthchain"
)

// watchedNode is a synthetic chain that records the eth_getLogs ranges asked for and the
// calls in flight, and can hold the calls for chosen ranges until their context ends.
type watchedNode struct {
	*synthchain.Chain
	inFlight atomic.Int32

	mu     sync.Mutex
	ranges [][2]uint64
	asked  chan struct{} // closed and replaced on every eth_getLogs call
	hold   func(from uint64) bool
}

func newWatchedNode(t *testing.T, jobs uint64) *watchedNode {
	t.Helper()
	c, err := synthchain.New(jobs, 10)
	if err != nil {
		t.Fatal(err)
	}
	return &watchedNode{Chain: c, asked: make(chan struct{})}
}

func (n *watchedNode) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	n.inFlight.Add(1)
	defer n.inFlight.Add(-1)
	return n.Chain.HeaderByNumber(ctx, number)
}

func (n *watchedNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.inFlight.Add(1)
	defer n.inFlight.Add(-1)
	from := q.FromBlock.Uint64()
	n.mu.Lock()
	n.ranges = append(n.ranges, [2]uint64{from, q.ToBlock.Uint64()})
	close(n.asked)
	n.asked = make(chan struct{})
	hold := n.hold != nil && n.hold(from)
	n.mu.Unlock()
	if hold {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return n.Chain.FilterLogs(ctx, q)
}

// askedFrom waits until a range starting at from was asked for (false: ctx ended first).
func (n *watchedNode) askedFrom(ctx context.Context, from uint64) bool {
	for {
		n.mu.Lock()
		ch := n.asked
		for _, r := range n.ranges {
			if r[0] == from {
				n.mu.Unlock()
				return true
			}
		}
		n.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return false
		}
	}
}

var synthAddresses = []common.Address{synthchain.Deployment.Market, synthchain.Deployment.ModuleRegistry, synthchain.Deployment.MediatorRegistry}

func passLog(l types.Log) (types.Log, error) { return l, nil }

// While the handler works on one range, the next one is already being read from the node
// (never past the confirmed head); every log is still delivered once, in order, and each
// range is asked for once.
func TestTheNextRangeIsReadWhileOneIsHandled(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	node := newWatchedNode(t, 200) // blocks 1-24
	const batch, confirmations = 4, 2
	safe := node.LastBlock() - confirmations
	var got []types.Log
	var handled []uint64 // the first block of each range, when the handler first sees it
	fl, err := follow.New(follow.Config[types.Log]{
		Dial: follow.Static(node), Addresses: synthAddresses, Decode: passLog,
		FromBlock: 1, Confirmations: confirmations, BatchBlocks: batch, PollInterval: time.Millisecond,
		OnProgress: func(p follow.Position) {
			if p.Block >= safe {
				cancel()
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	err = fl.Run(ctx, func(ctx context.Context, ev follow.Event[types.Log]) error {
		start := 1 + (ev.Log.BlockNumber-1)/batch*batch
		if len(handled) == 0 || handled[len(handled)-1] != start {
			handled = append(handled, start)
			// The handler does not return until the follower asked for the next range.
			if next := start + batch; next <= safe && !node.askedFrom(ctx, next) {
				return errors.New("the next range was not read while this one was handled")
			}
		}
		got = append(got, ev.Log)
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("run ended with %v", err)
	}
	want, err := node.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: new(big.Int).SetUint64(safe)})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || len(want) < 500 {
		t.Fatalf("delivered %d logs, the chain has %d up to block %d", len(got), len(want), safe)
	}
	for i := range want {
		if got[i].BlockNumber != want[i].BlockNumber || got[i].Index != want[i].Index {
			t.Fatalf("log %d delivered is %d/%d, the chain's is %d/%d", i, got[i].BlockNumber, got[i].Index, want[i].BlockNumber, want[i].Index)
		}
	}
	node.mu.Lock()
	defer node.mu.Unlock()
	seen := map[uint64]bool{}
	for _, r := range node.ranges[:len(node.ranges)-1] { // the last call is the test's own
		if r[1] > safe || seen[r[0]] {
			t.Fatalf("asked for blocks %d-%d (confirmed head %d, asked before: %v)", r[0], r[1], safe, seen[r[0]])
		}
		seen[r[0]] = true
	}
	if len(handled) < 5 {
		t.Fatalf("only %d ranges handled", len(handled))
	}
}

// A handler that fails ends Run with its error, and the range being read ahead is abandoned:
// no call to the node is left running once Run returns.
func TestAFailingHandlerAbandonsTheRangeReadAhead(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	node := newWatchedNode(t, 100)
	node.hold = func(from uint64) bool { return from > 1 } // every range after the first hangs
	errHandler := errors.New("handler failed")
	fl, err := follow.New(follow.Config[types.Log]{
		Dial: follow.Static(node), Addresses: synthAddresses, Decode: passLog,
		FromBlock: 1, BatchBlocks: 3, PollInterval: time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	err = fl.Run(ctx, func(ctx context.Context, ev follow.Event[types.Log]) error {
		if !node.askedFrom(ctx, 4) {
			return errors.New("the next range was not read ahead")
		}
		return errHandler
	})
	if !errors.Is(err, errHandler) {
		t.Fatalf("run ended with %v, want the handler's error", err)
	}
	if n := node.inFlight.Load(); n != 0 {
		t.Fatalf("%d calls to the node still running after Run returned", n)
	}
}
