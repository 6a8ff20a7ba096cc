package follow_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain/ethrpc"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/testenv/faultrpc"
)

func TestRangeRefusalReadsEveryProvidersWords(t *testing.T) {
	for _, w := range faultrpc.Wordings {
		msg := w.Message(500, 0x100, 0x100+1999)
		hint, ok := follow.RangeRefusal(errors.New(msg))
		if !ok {
			t.Errorf("%s: %q not recognised as a range refusal", w.Name, msg)
			continue
		}
		switch w.Name {
		case "alchemy", "infura", "bor":
			if hint.SuggestedTo != 0x100+499 {
				t.Errorf("%s: suggested end %d, want %d (from %q)", w.Name, hint.SuggestedTo, 0x100+499, msg)
			}
		case "alchemy-free", "quicknode", "base", "ankr-geth":
			if hint.MaxBlocks != 500 {
				t.Errorf("%s: max blocks %d, want 500 (from %q)", w.Name, hint.MaxBlocks, msg)
			}
		}
	}
	for _, other := range []string{
		"dial tcp 127.0.0.1:8545: connect: connection refused", "429 Too Many Requests: rate limit exceeded",
		"execution reverted", "invalid api key", "nonce too low", "header not found", "503 Service Unavailable",
	} {
		if _, ok := follow.RangeRefusal(errors.New(other)); ok {
			t.Errorf("%q taken for a range refusal", other)
		}
	}
}

// followVia runs a follower from block 2 through url and returns it with its collector.
func followVia(f *fixture, url string, timeout time.Duration) (*follow.Follower[ping], *collector, func() error) {
	f.t.Helper()
	c := &collector{}
	fl, err := follow.New(follow.Config[ping]{
		Dial: follow.DialURL(url, ethrpc.Config{CallTimeout: timeout}), Addresses: []common.Address{f.addr}, Decode: f.decode,
		FromBlock: 2, BatchBlocks: 64, GrowAfter: 2, PollInterval: 10 * time.Millisecond,
		MinBackoff: 5 * time.Millisecond, MaxBackoff: 50 * time.Millisecond, OnProgress: c.onProgress,
	})
	if err != nil {
		f.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(f.ctx)
	done := make(chan error, 1)
	go func() { done <- fl.Run(ctx, c.handle) }()
	stopped := false
	var res error
	stop := func() error {
		if !stopped {
			stopped = true
			cancel()
			res = <-done
		}
		return res
	}
	f.t.Cleanup(func() { _ = stop() })
	return fl, c, stop
}

// pingBlocks mines n blocks, each with one ping, and returns the last block number.
func (f *fixture) pingBlocks(prefix string, n int) uint64 {
	f.t.Helper()
	for i := range n {
		f.ping(fmt.Sprintf("%s%d", prefix, i))
		f.mineBatch(1)
	}
	last, err := f.d.Client().BlockNumber(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	return last
}

func TestRefusedRangesShrinkAndGrowBack(t *testing.T) {
	f := newFixture(t)
	last := f.pingBlocks("h", 30)
	for _, name := range []string{"alchemy", "infura", "quicknode", "ankr-geth", "erigon", "too-many"} {
		t.Run(name, func(t *testing.T) {
			px := faultrpc.Start(t, f.d.HTTPURL)
			px.LimitLogRange(5, faultrpc.WordingNamed(name))
			fl, c, stop := followVia(f, px.URL(), 5*time.Second)
			waitFor(f.ctx, t, "progress to the head", func() bool { return c.progress.Load() >= last+1 })
			sameLogs(t, c.snapshot(), f.canonicalPings(2, last))
			if px.Refused("eth_getLogs") == 0 {
				t.Fatal("the proxy refused no range: the test proves nothing")
			}
			if b := fl.Batch(); b > 5 {
				t.Fatalf("asks for %d blocks while the node serves 5", b)
			}
			// The limit lifted, ranges grow back (up to a limit the node stated, if any).
			px.LimitLogRange(0, faultrpc.Wording{})
			for range 30 {
				f.mine()
				head := f.pingBlocks("x", 0)
				waitFor(f.ctx, t, "the new block", func() bool { return c.progress.Load() >= head+1 })
			}
			want := uint64(64)
			if hint, _ := follow.RangeRefusal(errors.New(faultrpc.WordingNamed(name).Message(5, 2, 65))); hint.MaxBlocks > 0 && hint.SuggestedTo == 0 {
				want = hint.MaxBlocks
			}
			if b := fl.Batch(); b != want {
				t.Fatalf("ranges grew back to %d blocks, want %d", b, want)
			}
			if err := stop(); !errors.Is(err, context.Canceled) {
				t.Fatalf("follower ended with %v", err)
			}
		})
	}
}

func TestHungCallsServerErrorsDropsAndRestartsAreRetried(t *testing.T) {
	f := newFixture(t)
	px := faultrpc.Start(t, f.d.HTTPURL)
	_, c, stop := followVia(f, px.URL(), 300*time.Millisecond)
	last := f.pingBlocks("a", 3)
	waitFor(f.ctx, t, "first events", func() bool { return c.progress.Load() >= last+1 })

	faults := []struct {
		name   string
		inject func()
	}{
		{"hung eth_getLogs", func() { px.Hang("eth_getLogs", 2) }},
		{"hung head reads", func() { px.Hang("eth_getBlockByNumber", 3) }},
		{"5xx burst", func() { px.ServerErrors(5, http.StatusBadGateway) }},
		{"dropped connections", func() { px.DropConnections(4) }},
		{"node restarted", func() {
			px.Stop()
			f.pingBlocks("down", 2)
			px.Restart(t)
		}},
	}
	for i, fault := range faults {
		before := px.Injected()
		fault.inject()
		last = f.pingBlocks(fmt.Sprintf("f%d-", i), 2)
		waitFor(f.ctx, t, "events after "+fault.name, func() bool { return c.progress.Load() >= last+1 })
		if fault.name != "node restarted" && px.Injected() == before {
			t.Fatalf("%s: no fault was injected; the test proves nothing", fault.name)
		}
	}
	if err := stop(); !errors.Is(err, context.Canceled) {
		t.Fatalf("follower ended with %v", err)
	}
	// Every ping of the chain delivered exactly once, in order.
	sameLogs(t, c.snapshot(), f.canonicalPings(2, last))
}
