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

// TestJanitorTakesOverFromADownJanitor: of the two janitors taking turns, the one that goes
// first (solverIdx, whose address sorts first) is down. The other leaves the expired jobs
// alone until its clock has moved its 30 s wait on, then cancels every one of them: a janitor
// that is down delays the cancels, never stops them.
func TestJanitorTakesOverFromADownJanitor(t *testing.T) {
	w := newWorld(t)
	ids := []uint64{w.postJob("nobody runs this"), w.postJob("nor this")}
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
	// A step reads the clock once per job due: past len(ids) reads a second step has begun,
	// so the first one, which saw every job expired, has sent (and had mined) all it would.
	w.waitFor("two janitor steps over the expired jobs", func() bool { return clk.readCount() > len(ids) || cancels() > 0 })
	if n := cancels(); n != 0 {
		t.Fatalf("the second janitor sent %d cancelJob before its turn (%s)", n, c.txSummary())
	}
	for _, id := range ids {
		if st := w.job(id).Status; st != state.StatusOpen {
			t.Fatalf("job %d is %s before the second janitor's turn, want open", id, st)
		}
	}
	clk.add(turns.DefaultStagger - time.Second)
	before := clk.readCount()
	w.waitFor("another janitor step", func() bool { return clk.readCount() > before+len(ids) || cancels() > 0 })
	if n := cancels(); n != 0 {
		t.Fatalf("the second janitor sent %d cancelJob 1 s before its turn (%s)", n, c.txSummary())
	}
	clk.add(time.Second)
	for _, id := range ids {
		w.waitStatus(id, state.StatusCancelled)
	}
	w.waitFor("the janitor to count its cancels", func() bool { return c.get(func(*counter) int { return c.txs["cancelJob:ok"] }) == len(ids) })
	t.Logf("janitor: %s", c.txSummary())
	if n := cancels(); n != len(ids) {
		t.Fatalf("%d cancelJob sent, want %d, one per job (%s)", n, len(ids), c.txSummary())
	}
}
