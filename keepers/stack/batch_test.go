package stack_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/audit"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/internal/keeper"
	"github.com/pond-compute/pond/keepers/solver"
	"github.com/pond-compute/pond/keepers/state"
)

// callSelector is the 4-byte selector of the market's function name.
func callSelector(t *testing.T, name string) []byte {
	t.Helper()
	parsed, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	m, ok := parsed.Methods[name]
	if !ok {
		t.Fatalf("the market has no function %s", name)
	}
	return m.ID
}

// raceFirst passes everything to the chain, but before the keeper's first transaction calling
// selector reaches it, runs race: what another party does on the chain after the keeper
// decided and before its transaction lands. With refuse set, the node refuses every such
// transaction instead.
type raceFirst struct {
	keeper.Chain
	selectors [][]byte // the calls it acts on
	race      func()
	refuse    bool
	once      sync.Once
}

func (c *raceFirst) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if !slices.ContainsFunc(c.selectors, func(sel []byte) bool { return bytes.HasPrefix(tx.Data(), sel) }) {
		return c.Chain.SendTransaction(ctx, tx)
	}
	if c.refuse {
		return errors.New("test: the node refuses this call")
	}
	c.once.Do(c.race)
	return c.Chain.SendTransaction(ctx, tx)
}

// TestSolverBatchItemFailsForAJobCancelledBeforeItsMatch: the solver plans three matches and
// sends them in one matchJobs; between its plan and its transaction the creator cancels the
// second job. That item fails (JobNotOpen) and changes nothing, the two others are matched,
// run and accepted; the solver counts the failed item as a race lost and by call and reason,
// and the market's books stay whole.
func TestSolverBatchItemFailsForAJobCancelledBeforeItsMatch(t *testing.T) {
	w := newWorld(t)
	pm := newCounter()
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	cfg.Metrics = pm
	w.startProvider(cfg)
	w.waitFor("the provider's offer", func() bool {
		n := 0
		w.view.View(func(m *state.Market) { n = len(m.Offers) })
		return n == 1
	})
	ids := []uint64{w.postJob("moo 1"), w.postJob("moo 2"), w.postJob("moo 3")}
	cancelled := ids[1]

	sm := newCounter()
	base := w.base(solverIdx)
	base.Chain = &raceFirst{Chain: w.net.Client(), selectors: [][]byte{callSelector(t, "matchJobs")}, race: func() {
		terms, _, err := state.FetchTerms(w.ctx, w.net.Client(), w.market, 0, cancelled)
		if err != nil {
			t.Errorf("the cancelled job's terms: %v", err)
			return
		}
		cand, err := w.market.CancelJob(new(big.Int).SetUint64(cancelled), terms)
		if err == nil {
			_, err = w.creator.Send(w.ctx, cand)
		}
		if err != nil {
			t.Errorf("the creator's cancel: %v", err)
		}
	}}
	s, err := solver.New(w.ctx, solver.Config{Base: base, Janitor: true, Metrics: sm})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(w.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(context.Background()) })

	for _, id := range []uint64{ids[0], ids[2]} {
		w.waitStatus(id, state.StatusSubmitted)
	}
	if j := w.waitStatus(cancelled, state.StatusCancelled); j.Provider != ([20]byte{}) {
		t.Fatalf("the cancelled job was matched to %s", j.Provider)
	}
	if got := sm.get(func(c *counter) int { return c.txs["matchJobs:ok"] }); got != 1 {
		t.Fatalf("matchJobs sent %d times, want once: %v", got, sm.txs)
	}
	if got := sm.get(func(c *counter) int { return c.batchFails["matchJobs/JobNotOpen"] }); got != 1 {
		t.Fatalf("failed items counted %v, want matchJobs/JobNotOpen once", sm.batchFails)
	}
	if lost, matched := sm.get(func(c *counter) int { return c.lost }), sm.get(func(c *counter) int { return c.matched }); lost != 1 || matched != 2 {
		t.Fatalf("solver counted %d races lost and %d matches, want 1 and 2", lost, matched)
	}

	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	for _, id := range []uint64{ids[0], ids[2]} {
		w.waitStatus(id, state.StatusAccepted)
	}
	// The audit lists the failed item: which call, which item, why.
	rep := w.audit()
	checkBatchItemReported(t, rep, "matchJobs", 1, "JobNotOpen", cancelled)
}

// checkBatchItemReported checks that the audit lists one failed batch item, item of call,
// failed with error naming job, and prints it.
func checkBatchItemReported(t *testing.T, rep *audit.Report, call string, item uint64, error string, job uint64) {
	t.Helper()
	if rep.BatchItemsFailedCount != 1 || len(rep.BatchItemsFailed) != 1 {
		t.Fatalf("the audit lists %d failed batch items %+v, want one", rep.BatchItemsFailedCount, rep.BatchItemsFailed)
	}
	f := rep.BatchItemsFailed[0]
	if f.Call != call || f.Item != item || f.Error != error || f.JobID == nil || *f.JobID != job {
		t.Fatalf("the audit lists %+v, want %s item %d failing with %s for job %d", f, call, item, error, job)
	}
	var text strings.Builder
	rep.WriteText(&text)
	if want := fmt.Sprintf("%s item %d failed: %s(jobId=%d", call, item, error, job); !strings.Contains(text.String(), want) {
		t.Fatalf("pond audit's text lacks %q:\n%s", want, text.String())
	}
}

// TestProviderSubmitsResultsInOneBatch: a provider with two results due submits them in one
// submitResults. Between its decision and its transaction the first deal passes its run
// deadline and its creator times it out: that item fails (JobNotMatched) and is given up, as a
// single submitResult losing that race is (not retried, not counted as a failed job); the
// other result is submitted and accepted.
func TestProviderSubmitsResultsInOneBatch(t *testing.T) {
	w := newWorld(t)
	work := t.TempDir()
	// The first process runs both deals and caches their results, but the node refuses its
	// submissions (one by one, or both in one submitResults when the two runs end in the same
	// step), so both are due at once when the second process starts on the same disk.
	refusing := &raceFirst{Chain: w.net.Client(),
		selectors: [][]byte{callSelector(t, "submitResult"), callSelector(t, "submitResults")}, refuse: true}
	cfg := w.providerConfig(providerIdx, nil, work)
	cfg.Chain = refusing
	p1 := w.startProvider(cfg)
	var offer uint64
	w.waitFor("the provider's offer", func() bool {
		w.view.View(func(m *state.Market) {
			for id := range m.Offers {
				offer = id
			}
		})
		return offer != 0
	})
	short := w.postJobRunTime(`{"Message":"moo short"}`, 3600)
	long := w.postJobRunTime(`{"Message":"moo long"}`, 7200)
	// Anyone may match; the test does, so no solver's janitor acts on the deals meanwhile.
	cand, err := w.market.MatchJobs([]*big.Int{new(big.Int).SetUint64(short), new(big.Int).SetUint64(long)},
		[]*big.Int{new(big.Int).SetUint64(offer), new(big.Int).SetUint64(offer)},
		[]chain.JobTerms{w.terms(short), w.terms(long)})
	r := w.send(w.creator, cand, err)
	if failed, err := chain.BatchFailures(r, w.dep.Market); err != nil || len(failed) != 0 {
		t.Fatalf("matching the two jobs: failed items %v, %v", failed, err)
	}
	w.waitFor("both results cached", func() bool {
		_, a := p1.Result(short)
		_, b := p1.Result(long)
		return a && b
	})
	if err := p1.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}

	pm := newCounter()
	cfg = w.providerConfig(providerIdx, nil, work)
	cfg.Metrics = pm
	cfg.Chain = &raceFirst{Chain: w.net.Client(), selectors: [][]byte{callSelector(t, "submitResults")}, race: func() {
		if err := w.net.IncreaseTime(w.ctx, 3601*time.Second); err != nil {
			t.Errorf("advance the clock: %v", err)
			return
		}
		terms, _, err := state.FetchTerms(w.ctx, w.net.Client(), w.market, 0, short)
		if err != nil {
			t.Errorf("the short job's terms: %v", err)
			return
		}
		cand, err := w.market.TimeoutJob(new(big.Int).SetUint64(short), terms)
		if err == nil {
			_, err = w.creator.Send(w.ctx, cand)
		}
		if err != nil {
			t.Errorf("the creator's timeout: %v", err)
		}
	}}
	w.startProvider(cfg)
	w.waitStatus(long, state.StatusSubmitted)
	if j := w.waitStatus(short, state.StatusTimedOut); j.ResultCID != "" {
		t.Fatalf("the timed-out deal has result %s", j.ResultCID)
	}
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	j := w.waitStatus(long, state.StatusAccepted)
	if want, _ := w.alone("moo long"); j.ResultCID != want {
		t.Fatalf("submitted %s, want %s", j.ResultCID, want)
	}
	pm.mu.Lock()
	txs, fails, bad := pm.txs, pm.batchFails, pm.bad
	pm.mu.Unlock()
	if txs["submitResults:ok"] != 1 || txs["submitResult:ok"]+txs["submitResult:lost"]+txs["submitResults:reverted"] != 0 {
		t.Fatalf("submissions %v, want one submitResults", txs)
	}
	if fails["submitResults/JobNotMatched"] != 1 || len(fails) != 1 {
		t.Fatalf("failed items counted %v, want submitResults/JobNotMatched once", fails)
	}
	if bad != 0 {
		t.Fatalf("%d deal attempts counted as failed, want 0 (the lost item is given up, not retried)", bad)
	}
	checkBatchItemReported(t, w.audit(), "submitResults", 0, "JobNotMatched", short)
}
