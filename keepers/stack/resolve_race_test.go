package stack_test

import (
	"math/big"
	"testing"

	"github.com/pond-compute/pond/keepers/state"
)

// paidCounter counts, beside the counter, the transactions that were mined and did nothing
// (a benign revert mined: gas paid for a race lost on chain, not in simulation).
type paidCounter struct {
	*counter
	paidLost map[string]int
}

func newPaidCounter() *paidCounter {
	return &paidCounter{counter: newCounter(), paidLost: map[string]int{}}
}

func (c *paidCounter) Tx(call, outcome string, gas uint64, fee *big.Int) {
	c.counter.Tx(call, outcome, gas, fee)
	if gas > 0 && outcome != "ok" {
		c.mu.Lock()
		c.paidLost[call+":"+outcome]++
		c.mu.Unlock()
	}
}

// TestMediatorsDoNotPayForTheSameResolve: the three mediators of a committee re-run a
// challenged deal, vote and reveal; the mediation is resolved once. A mediator whose
// resolveChallenge another member's beat on chain paid gas for nothing: no member may pay for
// a resolve that reverted.
func TestMediatorsDoNotPayForTheSameResolve(t *testing.T) {
	w := newWorld(t)
	var meds []*paidCounter
	for _, i := range mediatorIdx {
		c := newPaidCounter()
		meds = append(meds, c)
		w.startMediatorWith(i, c)
	}
	w.startSolver(solverIdx, nil)
	w.startProvider(w.providerConfig(providerIdx, wrongOutput{w.wasm}, t.TempDir()))
	for round := 0; round < 3; round++ {
		id := w.postJob("moo")
		w.waitStatus(id, state.StatusSubmitted)
		w.challenge(id)
		w.waitStatus(id, state.StatusRejected)
		// The chain shows the verdict a moment before the resolver's Send returns.
		w.waitFor("the resolver to count its resolve", func() bool {
			n := 0
			for _, c := range meds {
				n += c.get(func(*counter) int { return c.txs["resolveChallenge:ok"] })
			}
			return n == round+1
		})
	}
	for k, c := range meds {
		c.mu.Lock()
		paid := c.paidLost["resolveChallenge:lost"] + c.paidLost["resolveChallenge:reverted"]
		c.mu.Unlock()
		t.Logf("mediator %d: %s", mediatorIdx[k], c.txSummary())
		if paid > 0 {
			t.Errorf("mediator %d paid gas for %d resolveChallenge that another member made first", mediatorIdx[k], paid)
		}
	}
}
