package stack_test

import (
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/internal/turns"
	"github.com/pond-compute/pond/keepers/solver"
	"github.com/pond-compute/pond/keepers/state"
)

// turnClock is a janitor's clock that the test moves by hand and that counts its reads: the
// janitor reads it once per chore due that is not its turn at once.
type turnClock struct {
	mu    sync.Mutex
	at    time.Time
	reads int
}

func (c *turnClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reads++
	return c.at
}

func (c *turnClock) readCount() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reads
}

func (c *turnClock) add(d time.Duration) {
	c.mu.Lock()
	c.at = c.at.Add(d)
	c.mu.Unlock()
}

// TestJanitorTakesOverFromADownJanitor: of the two janitors taking turns, the one whose
// address sorts first (solverIdx) is down. They share the chores by job (the first at job j is
// the (j mod 2)-th by address): the live one cancels its own expired jobs at once and leaves the
// down one's alone until its clock has moved its 30 s wait on, then cancels them too: a janitor
// that is down delays its share of the cancels, never stops them.
func TestJanitorTakesOverFromADownJanitor(t *testing.T) {
	w := newWorld(t)
	ids := []uint64{w.postJob("nobody runs this"), w.postJob("nor this"), w.postJob("nor that")}
	var own, theirs []uint64
	for _, id := range ids {
		if id%2 == 1 {
			own = append(own, id)
		} else {
			theirs = append(theirs, id)
		}
	}
	if len(own) == 0 || len(theirs) == 0 {
		t.Fatalf("jobs %v: want some of each janitor's turn", ids)
	}
	clk := &turnClock{at: time.Unix(1_700_000_000, 0)}
	c := newPaidCounter()
	w.startSolverWith(solver.Config{Base: w.base(solver2Idx), Janitor: true, Metrics: c, Clock: clk.now,
		Janitors: []common.Address{w.addr(solver2Idx), w.addr(solverIdx)}})
	cancels := func() int {
		return c.get(func(*counter) int {
			return c.txs["cancelJob:ok"] + c.txs["cancelJob:lost"] + c.txs["cancelJob:reverted"] + c.txs["cancelJob:error"]
		})
	}
	w.advance(7201 * time.Second) // past every job's expiry
	for _, id := range own {
		w.waitStatus(id, state.StatusCancelled)
	}
	w.waitFor("the janitor to count its own cancels", func() bool { return cancels() >= len(own) })
	// A step reads the clock once per job due and not its turn at once: past len(theirs) reads
	// a further step has begun, so the one that cancelled its own jobs has sent all it would.
	before := clk.readCount()
	w.waitFor("another janitor step over the expired jobs", func() bool { return clk.readCount() >= before+len(theirs) })
	if n := cancels(); n != len(own) {
		t.Fatalf("the live janitor sent %d cancelJob at once, want %d, its own turns (%s)", n, len(own), c.txSummary())
	}
	for _, id := range theirs {
		if st := w.job(id).Status; st != state.StatusOpen {
			t.Fatalf("job %d is %s before the live janitor's turn at it, want open", id, st)
		}
	}
	clk.add(turns.DefaultStagger - time.Second)
	before = clk.readCount()
	w.waitFor("another janitor step", func() bool { return clk.readCount() >= before+len(theirs) })
	if n := cancels(); n != len(own) {
		t.Fatalf("the live janitor sent %d cancelJob 1 s before its turn at the others, want %d (%s)", n, len(own), c.txSummary())
	}
	clk.add(time.Second)
	for _, id := range theirs {
		w.waitStatus(id, state.StatusCancelled)
	}
	w.waitFor("the janitor to count its cancels", func() bool { return c.get(func(*counter) int { return c.txs["cancelJob:ok"] }) == len(ids) })
	t.Logf("janitor: %s", c.txSummary())
	if n := cancels(); n != len(ids) {
		t.Fatalf("%d cancelJob sent, want %d, one per job (%s)", n, len(ids), c.txSummary())
	}
}
