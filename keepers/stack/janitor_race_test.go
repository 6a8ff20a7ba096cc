package stack_test

import (
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/state"
)

// TestJanitorsDoNotPayForTheSameCancel: two solvers with their janitors on see the same expired
// jobs at once; each job is cancelled once, and neither janitor pays gas for a cancel the other
// made first.
func TestJanitorsDoNotPayForTheSameCancel(t *testing.T) {
	w := newWorld(t)
	var ids []uint64
	for range 4 {
		ids = append(ids, w.postJob("nobody runs this"))
	}
	cs := []*paidCounter{newPaidCounter(), newPaidCounter()}
	for k, i := range []int{solverIdx, solver2Idx} {
		w.startSolver(i, cs[k])
	}
	w.advance(7201 * time.Second) // past every job's expiry
	for _, id := range ids {
		w.waitStatus(id, state.StatusCancelled)
	}
	w.waitFor("the janitors to count the cancels", func() bool {
		n := 0
		for _, c := range cs {
			n += c.get(func(*counter) int { return c.txs["cancelJob:ok"] })
		}
		return n == len(ids)
	})
	for k, c := range cs {
		c.mu.Lock()
		paid := c.paidLost["cancelJob:lost"] + c.paidLost["cancelJob:reverted"]
		c.mu.Unlock()
		t.Logf("janitor %d: %s", k, c.txSummary())
		if paid > 0 {
			t.Errorf("janitor %d paid gas for %d cancels the other made first", k, paid)
		}
	}
}
