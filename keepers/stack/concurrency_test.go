package stack_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/state"
)

// gated holds every run until release is closed, and records how many ran at once and in all.
type gated struct {
	executor.Executor
	release chan struct{}

	mu                        sync.Mutex
	running, maxRunning, runs int
}

func (g *gated) Run(ctx context.Context, job executor.Job) (executor.Result, error) {
	g.mu.Lock()
	g.running++
	g.runs++
	g.maxRunning = max(g.maxRunning, g.running)
	g.mu.Unlock()
	defer func() { g.mu.Lock(); g.running--; g.mu.Unlock() }()
	select {
	case <-g.release:
	case <-ctx.Done():
		return executor.Result{}, ctx.Err()
	}
	return g.Executor.Run(ctx, job)
}

func (g *gated) get() (running, maxRunning, runs int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.running, g.maxRunning, g.runs
}

// TestProviderRunsQueuedDealsWithinMaxConcurrent: a provider with more deals than workers
// queues the rest, and a worker that finishes takes the next queued deal; never more than
// MaxConcurrent run at once, each deal runs once, and every result is submitted.
func TestProviderRunsQueuedDealsWithinMaxConcurrent(t *testing.T) {
	const deals, workers = 6, 2
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	g := &gated{Executor: w.wasm, release: make(chan struct{})}
	cfg := w.providerConfig(providerIdx, g, t.TempDir())
	cfg.MaxConcurrent = workers
	cfg.Capacity = state.Resources{CpuMillis: 500 * deals, RamMiB: 64 * deals, DiskMiB: 16 * deals}
	w.startProvider(cfg)
	var ids []uint64
	for i := range deals {
		ids = append(ids, w.postJob(fmt.Sprintf("moo %d", i)))
	}
	w.waitFor("every deal matched", func() bool {
		for _, id := range ids {
			if w.job(id).Status < state.StatusMatched {
				return false
			}
		}
		return true
	})
	w.waitFor("the workers busy", func() bool { running, _, _ := g.get(); return running == workers })
	close(g.release)
	for i, id := range ids {
		j := w.waitStatus(id, state.StatusSubmitted)
		if want, _ := w.alone(fmt.Sprintf("moo %d", i)); j.ResultCID != want {
			t.Fatalf("job %d: submitted %s, want %s", id, j.ResultCID, want)
		}
	}
	if _, maxRunning, runs := g.get(); maxRunning > workers || runs != deals {
		t.Fatalf("%d runs, at most %d at once; want %d runs, at most %d at once", runs, maxRunning, deals, workers)
	}
}

// endless runs a module forever on inputs naming "forever" (a module that loops until its
// spec's timeout, far beyond what the job allows): it returns only when its run is cancelled.
type endless struct {
	executor.Executor
	mu      sync.Mutex
	running int
}

func (e *endless) Run(ctx context.Context, job executor.Job) (executor.Result, error) {
	if !slices.ContainsFunc(job.Spec.Args, func(a string) bool { return strings.Contains(a, "forever") }) {
		return e.Executor.Run(ctx, job)
	}
	e.mu.Lock()
	e.running++
	e.mu.Unlock()
	defer func() { e.mu.Lock(); e.running--; e.mu.Unlock() }()
	<-ctx.Done()
	return executor.Result{}, ctx.Err()
}

func (e *endless) get() int { e.mu.Lock(); defer e.mu.Unlock(); return e.running }

// TestProviderStopsRunningADealThatEnded: a creator's inputs keep the module running past the
// deal's run deadline, and the deal is timed out (its collateral is lost either way). The
// provider must let go of the run: held by a deal nobody will pay for, its worker would leave
// the next deal queued until that one times out too, costing a second collateral.
func TestProviderStopsRunningADealThatEnded(t *testing.T) {
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	e := &endless{Executor: w.wasm}
	cfg := w.providerConfig(providerIdx, e, t.TempDir())
	cfg.MaxConcurrent = 1
	p := w.startProvider(cfg)

	stuck := w.postJob("forever")
	w.waitStatus(stuck, state.StatusMatched)
	w.waitFor("the endless run", func() bool { return e.get() == 1 })
	// Most of the stuck deal's run time passes; a second deal is matched and waits for the
	// only worker.
	w.advance(3000 * time.Second)
	next := w.postJob("moo")
	w.waitStatus(next, state.StatusMatched)
	w.advance(700 * time.Second) // past the stuck deal's run deadline, well before the next one's
	w.waitStatus(stuck, state.StatusTimedOut)
	j := w.waitStatus(next, state.StatusSubmitted)
	if j.Provider != p.Address() {
		t.Fatalf("the next deal went to %s", j.Provider)
	}
	w.waitFor("the endless run to end", func() bool { return e.get() == 0 })
}
