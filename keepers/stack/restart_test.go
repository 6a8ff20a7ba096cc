package stack_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/internal/atomicfile"
	"github.com/pond-compute/pond/keepers/internal/keeper"
	"github.com/pond-compute/pond/keepers/state"
)

// counting counts module runs that finished.
type counting struct {
	executor.Executor
	runs atomic.Int32
}

func (c *counting) Run(ctx context.Context, job executor.Job) (executor.Result, error) {
	res, err := c.Executor.Run(ctx, job)
	if err == nil {
		c.runs.Add(1)
	}
	return res, err
}

// hanging never finishes a run: it says it started and waits to be cancelled.
type hanging struct {
	started chan struct{}
	once    sync.Once
}

func (h *hanging) Run(ctx context.Context, _ executor.Job) (executor.Result, error) {
	h.once.Do(func() { close(h.started) })
	<-ctx.Done()
	return executor.Result{}, ctx.Err()
}

// TestRestartWhileModuleRuns: the provider is stopped while the module runs; a new provider
// process with the same key and work directory runs the deal and submits it, once.
func TestRestartWhileModuleRuns(t *testing.T) {
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	work := t.TempDir()
	h := &hanging{started: make(chan struct{})}
	first := newCounter()
	cfg := w.providerConfig(providerIdx, h, work)
	cfg.Metrics = first
	p1 := w.startProvider(cfg)
	id := w.postJob("moo")
	w.waitFor("the module to start", func() bool {
		select {
		case <-h.started:
			return true
		default:
			return false
		}
	})
	if err := p1.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	// A provider killed while caching the deal's result leaves the line cut short at the end of
	// results.log (one append, nothing flushed: a power loss can leave a torn line too), and one
	// killed while rewriting the cache leaves the rewrite's temporary file beside it
	// (atomicfile.Write's name); the next start reads neither as a result and removes the file.
	if err := os.WriteFile(filepath.Join(work, "results.log"), []byte(strconv.FormatUint(id, 10)+" bafkrei"), 0o644); err != nil {
		t.Fatal(err)
	}
	const temp = ".results.log.tmp-2718281828"
	if !atomicfile.IsTemp(temp) {
		t.Fatal("the test's temporary file is not named as atomicfile.Write names one")
	}
	if err := os.WriteFile(filepath.Join(work, temp), []byte("1 bafkrei"), 0o644); err != nil {
		t.Fatal(err)
	}

	real := &counting{Executor: w.wasm}
	second := newCounter()
	cfg = w.providerConfig(providerIdx, real, work)
	cfg.Metrics = second
	p2 := w.startProvider(cfg)
	if _, err := os.Stat(filepath.Join(work, temp)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the temporary file of the killed cache rewrite is still there after a start (%v)", err)
	}
	j := w.waitStatus(id, state.StatusSubmitted)
	if want, _ := w.alone("moo"); j.ResultCID != want {
		t.Fatalf("submitted %s, want %s", j.ResultCID, want)
	}
	if n := real.runs.Load(); n != 1 {
		t.Fatalf("the restarted provider ran the module %d times, want 1", n)
	}
	// The chain shows the submission before the provider has its receipt and counts the send:
	// wait for the count, then stop the provider so that no later send goes uncounted.
	submits := func() int {
		return first.get(func(c *counter) int { return c.txs["submitResult:ok"] }) + second.get(func(c *counter) int { return c.txs["submitResult:ok"] })
	}
	w.waitFor("the provider to count its submission", func() bool { return submits() >= 1 })
	if err := p2.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := submits(); n != 1 {
		t.Fatalf("%d submissions, want 1", n)
	}
}

// inFlight passes everything to the chain except the provider's submitResult: dropped, it
// never reaches the chain; held, it is mined but its receipt is never shown. Either way the
// provider is left waiting for the receipt, as when a process dies with a send in flight.
type inFlight struct {
	keeper.Chain
	drop     bool
	selector []byte
	sent     chan struct{}
	once     sync.Once
	mu       sync.Mutex
	held     map[common.Hash]bool
}

func (c *inFlight) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if !bytes.HasPrefix(tx.Data(), c.selector) {
		return c.Chain.SendTransaction(ctx, tx)
	}
	defer c.once.Do(func() { close(c.sent) })
	if c.drop {
		return nil
	}
	c.mu.Lock()
	c.held[tx.Hash()] = true
	c.mu.Unlock()
	return c.Chain.SendTransaction(ctx, tx)
}

func (c *inFlight) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	c.mu.Lock()
	held := c.held[h]
	c.mu.Unlock()
	if held {
		return nil, ethereum.NotFound
	}
	return c.Chain.TransactionReceipt(ctx, h)
}

func TestRestartWhileSubmitInFlight(t *testing.T) {
	for _, drop := range []bool{true, false} {
		name := "mined"
		if drop {
			name = "dropped"
		}
		t.Run(name, func(t *testing.T) {
			w := newWorld(t)
			w.startSolver(solverIdx, nil)
			work := t.TempDir()
			sel, err := bindings.NewPondMarket().TryPackSubmitResult(common.Big1, "x")
			if err != nil {
				t.Fatal(err)
			}
			chainIn := &inFlight{Chain: w.net.Client(), drop: drop, selector: sel[:4], sent: make(chan struct{}), held: map[common.Hash]bool{}}
			ex := &counting{Executor: w.wasm}
			cfg := w.providerConfig(providerIdx, ex, work)
			cfg.Chain = chainIn
			p1 := w.startProvider(cfg)
			id := w.postJob("moo")
			w.waitFor("the submit to be in flight", func() bool {
				select {
				case <-chainIn.sent:
					return true
				default:
					return false
				}
			})
			if err := p1.Stop(context.Background()); err != nil {
				t.Fatal(err)
			}

			second := newCounter()
			cfg = w.providerConfig(providerIdx, ex, work)
			cfg.Metrics = second
			w.startProvider(cfg)
			j := w.waitStatus(id, state.StatusSubmitted)
			if want, _ := w.alone("moo"); j.ResultCID != want {
				t.Fatalf("submitted %s, want %s", j.ResultCID, want)
			}
			if n := ex.runs.Load(); n != 1 {
				t.Fatalf("the module ran %d times, want 1 (the result is cached by job id)", n)
			}
			wantSubmits := 0 // the first process's submit landed
			if drop {
				wantSubmits = 1
			}
			// Let the restarted provider see the submission; it must not send another.
			w.waitFor("the provider's view", func() bool {
				var s state.Status
				w.view.View(func(m *state.Market) { s = m.Jobs[id].Status })
				return s == state.StatusSubmitted
			})
			if got := second.get(func(c *counter) int {
				return c.txs["submitResult:ok"] + c.txs["submitResult:lost"] + c.txs["submitResult:reverted"]
			}); got != wantSubmits {
				t.Fatalf("the restarted provider sent %d submits, want %d", got, wantSubmits)
			}
		})
	}
}

// TestTwoSolversRace: two solvers see the same open jobs at once; every job is matched once,
// and a solver that loses a race counts it without failing.
func TestTwoSolversRace(t *testing.T) {
	w := newWorld(t)
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	cfg.Capacity.CpuMillis = 8000
	w.startProvider(cfg)
	w.waitFor("the offer", func() bool {
		n := 0
		w.view.View(func(m *state.Market) { n = len(m.Offers) })
		return n == 1
	})
	var ids []uint64
	for _, msg := range []string{"one", "two", "three", "four", "five", "six"} {
		ids = append(ids, w.postJob(msg))
	}
	a, b := newCounter(), newCounter()
	w.startSolver(solverIdx, a)
	w.startSolver(solver2Idx, b)
	for _, id := range ids {
		w.waitStatus(id, state.StatusSubmitted)
	}
	matched := a.get(func(c *counter) int { return c.matched }) + b.get(func(c *counter) int { return c.matched })
	if matched != len(ids) {
		t.Fatalf("%d matches made, want %d", matched, len(ids))
	}
	for _, c := range []*counter{a, b} {
		if n := c.get(func(c *counter) int { return c.txs["matchJob:error"] + c.txs["matchJob:reverted"] }); n != 0 {
			t.Fatalf("a solver had %d failed matches that were not lost races: %v", n, c.txs)
		}
	}
	t.Logf("solver A matched %d, lost %d; solver B matched %d, lost %d", a.matched, a.lost, b.matched, b.lost)
}

// TestMediatorRevealsAfterRestartOnEmptyDisk: a mediator that committed is stopped and started
// again with an empty work directory; it still reveals, because its salt derives from its key.
func TestMediatorRevealsAfterRestartOnEmptyDisk(t *testing.T) {
	w := newWorld(t)
	first := w.startMediator(mediatorIdx[0])
	w.startMediator(mediatorIdx[1]) // the third never votes: the phases end by their deadlines
	w.startSolver(solverIdx, nil)
	w.startProvider(w.providerConfig(providerIdx, wrongOutput{w.wasm}, t.TempDir()))
	id := w.postJob("moo")
	w.waitStatus(id, state.StatusSubmitted)
	w.challenge(id)
	type snapshot struct {
		committed, revealed bool
		commits, reveals    int
		commitDeadline      uint64
		revealDeadline      uint64
	}
	me := w.addr(mediatorIdx[0])
	mediation := func() snapshot {
		var out snapshot
		w.view.View(func(m *state.Market) {
			if p := m.Mediations[id]; p != nil {
				_, out.committed = p.Commitments[me]
				_, out.revealed = p.Reveals[me]
				out.commits, out.reveals = len(p.Commitments), len(p.Reveals)
				out.commitDeadline, out.revealDeadline = p.CommitDeadline, p.RevealDeadline
			}
		})
		return out
	}
	w.waitFor("both commitments", func() bool { return mediation().commits == 2 })
	if err := first.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	w.advance(time.Duration(mediation().commitDeadline-w.now()+1) * time.Second)
	w.startMediator(mediatorIdx[0]) // a fresh temporary work directory: no vote on disk
	w.waitFor("the restarted mediator's reveal", func() bool { return mediation().revealed })
	// Both votes in before the reveal phase ends: two of the three decide only together.
	w.waitFor("both reveals", func() bool { return mediation().reveals == 2 })
	w.advance(time.Duration(mediation().revealDeadline-w.now()+1) * time.Second)
	w.waitStatus(id, state.StatusRejected)
	w.audit()
}
