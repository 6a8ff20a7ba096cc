package stack_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/state"
)

// TestProviderStateStaysBoundedOverManyDeals: a provider runs three rounds of eight deals; once
// a round is accepted, the provider keeps nothing for its deals, in memory (deals held, retry
// counts, jobs in its market view) or in its result cache on disk: what it holds does not grow
// with the number of deals it has run (the cache file is rewritten without the dead lines once
// they outnumber the live ones, TestResultLog).
func TestProviderStateStaysBoundedOverManyDeals(t *testing.T) {
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	work := t.TempDir()
	cfg := w.providerConfig(providerIdx, nil, work)
	cfg.Capacity.CpuMillis = 8 * 500 // a round's eight cowsay deals at once (capacity returns when a deal ends)
	p := w.startProvider(cfg)
	for round := range 3 {
		var ids []uint64
		for i := range 8 {
			ids = append(ids, w.postJob(fmt.Sprintf("moo %d.%d", round, i)))
		}
		for _, id := range ids {
			w.waitStatus(id, state.StatusSubmitted)
		}
		// Submitted, not yet final: the provider holds each deal and its result on disk.
		if deals, _ := p.Holding(); deals != len(ids) || p.CachedResults() != len(ids) {
			t.Fatalf("round %d: %d deals submitted, the provider holds %d and caches %d results", round, len(ids), deals, p.CachedResults())
		}
		w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
		for _, id := range ids {
			w.waitStatus(id, state.StatusAccepted)
		}
		w.waitFor("the provider to let go of the accepted deals", func() bool {
			deals, retries := p.Holding()
			return deals == 0 && retries == 0 && p.CachedResults() == 0
		})
		var live int
		p.State().View(func(m *state.Market) {
			for _, j := range m.Jobs {
				if !j.Live() {
					live++
				}
			}
		})
		if live != 0 {
			t.Fatalf("round %d: the provider's view still holds %d ended jobs", round, live)
		}
	}
	w.audit()
}
