package index_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/testenv/synthchain"
)

// followTo runs a tracker with an index at path over c, the head growing by step blocks at a
// time, until it has applied block to; it returns the most live jobs the view held after a
// range, and the fewest after a range inside the run (the chain always has jobs in flight).
func followTo(t *testing.T, c *synthchain.Chain, path string, to, step uint64) (maxLive, minLive int) {
	t.Helper()
	return followThrough(t, c, path, to, step, nil)
}

// followThrough is followTo with the index written through store(x) (nil: x itself).
func followThrough(t *testing.T, c *synthchain.Chain, path string, to, step uint64, store func(*index.Index) state.Store) (maxLive, minLive int) {
	t.Helper()
	x, err := index.Open(path, synthchain.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var s state.Store = x
	if store != nil {
		s = store(x)
	}
	tr, err := state.NewTracker(state.TrackerConfig{Deployment: synthchain.Deployment, Dial: follow.Static(c), Store: s, PollInterval: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	head := min(c.LastBlock(), to)
	if step > 0 {
		pos, err := x.Position()
		if err != nil {
			t.Fatal(err)
		}
		head = min(to, step)
		if pos != nil {
			head = min(to, pos.Block+step)
		}
	}
	c.SetHead(head)
	if err := tr.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer tr.Stop()
	minLive = -1
	for {
		if err := tr.WaitBlock(ctx, head); err != nil {
			t.Fatalf("view at block %d of %d: %v", tr.Block(), head, err)
		}
		var live int
		tr.View(func(m *state.Market) { live = len(m.Jobs) })
		maxLive = max(maxLive, live)
		if head >= to {
			return maxLive, minLive
		}
		if minLive < 0 || live < minLive {
			minLive = live
		}
		head = min(to, head+step)
		c.SetHead(head)
	}
}

func dump(t *testing.T, path string) string {
	t.Helper()
	x, err := index.Open(path, synthchain.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var b bytes.Buffer
	if err := x.Dump(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestSettledJobsLeaveMemoryAndTheIndexKeepsThem(t *testing.T) {
	const jobs, perBlock = 3000, 10
	c, err := synthchain.New(jobs, perBlock)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "index.sqlite")
	maxLive, minLive := followTo(t, c, path, c.LastBlock(), 25)
	// A batch is live for three blocks (posted, matched, submitted): after any range the view
	// holds those three batches, never the history.
	if maxLive != 3*perBlock || minLive != 3*perBlock {
		t.Fatalf("held between %d and %d live jobs after a range, want %d", minLive, maxLive, 3*perBlock)
	}

	x, err := index.Open(path, synthchain.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	counts, err := x.CountJobs()
	if err != nil {
		t.Fatal(err)
	}
	if counts[state.StatusAccepted] != jobs || len(counts) != 1 {
		t.Fatalf("jobs by status: %v, want %d accepted", counts, jobs)
	}
	m, pos, err := x.Load()
	if err != nil {
		t.Fatal(err)
	}
	if pos == nil || pos.Block != c.LastBlock() || len(m.Jobs) != 0 || m.JobCount != jobs {
		t.Fatalf("loaded %d live jobs, job count %d, at %+v", len(m.Jobs), m.JobCount, pos)
	}
	// Balances rebuilt from the events: each job pays the provider its price (the collateral
	// comes back), the solver its fee, and costs the creator both.
	n := big.NewInt(jobs)
	wantProvider := new(big.Int).Add(new(big.Int).Mul(synthchain.Collateral, big.NewInt(1000)), new(big.Int).Mul(synthchain.Price, n))
	if got := m.Balance(synthchain.Provider, chain.Native); got.Cmp(wantProvider) != 0 {
		t.Errorf("provider balance %s, want %s", got, wantProvider)
	}
	if got, want := m.Balance(synthchain.Solver, chain.Native), new(big.Int).Mul(synthchain.SolverFee, n); got.Cmp(want) != 0 {
		t.Errorf("solver balance %s, want %s", got, want)
	}
	if o := m.Offers[1]; o == nil || o.ActiveDeals != 0 || o.Available.CpuMillis != 1<<30 {
		t.Errorf("offer 1 after every deal ended: %+v", o)
	}
	// A settled job and its timeline come from the index.
	j, err := x.Job(1234)
	if err != nil || j.Status != state.StatusAccepted || j.ResultCID != "bafkreisynthetic1234" || j.PostedBlock != c.BlockOfJob(1234) {
		t.Fatalf("job 1234: %+v, %v", j, err)
	}
	tl, err := x.Timeline(1234)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range tl {
		names = append(names, e.Name)
	}
	if strings.Join(names, " ") != "JobPosted JobMatched ResultSubmitted SolverPaid JobSettled" ||
		tl[4].Args["ToProvider"] != new(big.Int).Add(synthchain.Price, synthchain.Collateral).String() {
		t.Fatalf("timeline of job 1234: %v %v", names, tl)
	}
	logs, err := x.JobLogs(1234)
	if err != nil || len(logs) != 5 {
		t.Fatalf("raw logs of job 1234: %d, %v", len(logs), err)
	}
	dec, err := chain.NewEventDecoder(synthchain.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	if ev, err := dec.Decode(logs[1]); err != nil || chain.EventName(ev) != "JobMatched" {
		t.Fatalf("raw log 1 of job 1234 decodes to %T, %v", ev, err)
	}
	page, err := x.Jobs(index.JobQuery{Provider: synthchain.Provider, AfterID: 10, Limit: 5})
	if err != nil || len(page) != 5 || page[0].ID != 11 {
		t.Fatalf("jobs of the provider after 10: %d, %v", len(page), err)
	}
}

func TestRestartResumesAndADeletedIndexRebuildsTheSameContent(t *testing.T) {
	const jobs, perBlock = 600, 7
	c, err := synthchain.New(jobs, perBlock)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	resumed := filepath.Join(dir, "resumed.sqlite")
	middle := c.LastBlock() / 2
	followTo(t, c, resumed, middle, 0)

	// Restarted on its index, the view starts where it stopped and reads only what is new.
	before := c.LogCalls()
	followTo(t, c, resumed, c.LastBlock(), 0)
	if calls := c.LogCalls() - before; calls > 2 {
		t.Fatalf("the restarted view made %d eth_getLogs calls for %d new blocks (one range expected)", calls, c.LastBlock()-middle)
	}

	fresh := filepath.Join(dir, "fresh.sqlite")
	followTo(t, c, fresh, c.LastBlock(), 0)
	a, b := dump(t, resumed), dump(t, fresh)
	if a != b {
		t.Fatalf("an index built in two runs differs from one built at once:\n%s", firstDiff(a, b))
	}
	if len(a) < 1000 {
		t.Fatalf("the dump is suspiciously short: %q", a)
	}
}

func firstDiff(a, b string) string {
	la, lb := bytes.Split([]byte(a), []byte("\n")), bytes.Split([]byte(b), []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return "resumed: " + string(la[i]) + "\nfresh:   " + string(lb[i])
		}
	}
	return "one is a prefix of the other"
}

func TestAnIndexOfAnotherDeploymentIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "index.sqlite")
	x, err := index.Open(path, synthchain.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	x.Close()
	other := synthchain.Deployment
	other.Market[0] = 0xff
	if _, err := index.Open(path, other); err == nil {
		t.Fatal("opened the index of one market for another")
	}
}

// Processes that open a new index file at the same time (a keeper starting while `pond job
// show` runs) all open it: none fails on the deployment rows another one wrote first.
func TestConcurrentOpensOfANewIndexAllSucceed(t *testing.T) {
	for round := range 20 {
		path := filepath.Join(t.TempDir(), "index.sqlite")
		errs := make(chan error, 4)
		for range cap(errs) {
			go func() {
				x, err := index.Open(path, synthchain.Deployment)
				if err == nil {
					err = x.Close()
				}
				errs <- err
			}()
		}
		for range cap(errs) {
			if err := <-errs; err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
	}
}

// Readers that open the index and read it while the view writes it (`pond job show` beside a
// keeper) never make a commit fail.
func TestReadersOpeningTheIndexNeverStopItsWriter(t *testing.T) {
	c, err := synthchain.New(600, 5)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "index.sqlite")
	x, err := index.Open(path, synthchain.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	x.Close()
	stop := make(chan struct{})
	readers := make(chan error, 2)
	for range cap(readers) {
		go func() {
			for {
				select {
				case <-stop:
					readers <- nil
					return
				default:
				}
				r, err := index.Open(path, synthchain.Deployment)
				if err == nil {
					_, err = r.Position()
					r.Close()
				}
				if err != nil {
					readers <- err
					return
				}
			}
		}()
	}
	followTo(t, c, path, c.LastBlock(), 1) // a commit a block
	close(stop)
	for range cap(readers) {
		if err := <-readers; err != nil {
			t.Fatalf("a reader: %v", err)
		}
	}
}

// A keeper's index (OpenView) keeps only the events it reads back (CallbackDeferred), and the
// reads that need every event refuse it; what a file keeps is fixed when it is created, and a
// file written before keepers' indexes existed keeps every event.
func TestAKeepersIndexKeepsOnlyTheEventsItReadsBack(t *testing.T) {
	posted := &bindings.PondMarketJobPosted{JobId: big.NewInt(1), Request: bindings.IPondMarketJobRequest{Price: big.NewInt(1), SolverFee: big.NewInt(0), Expiry: big.NewInt(9)}, MediatorFee: new(big.Int)}
	deferred := &bindings.PondMarketCallbackDeferred{JobId: big.NewInt(1), DeliveryGasPrice: big.NewInt(7), BaseFee: big.NewInt(9)}
	commit := func(x *index.Index, block uint64) {
		t.Helper()
		var evs []follow.Event[chain.Event]
		for i, v := range []chain.Event{posted, deferred} {
			evs = append(evs, follow.Event[chain.Event]{Value: v, Log: types.Log{BlockNumber: block, Index: uint(i), Topics: []common.Hash{{1}}}})
		}
		pos := follow.Position{Block: block, BlockHash: common.Hash{byte(block)}, Index: follow.EndOfBlock}
		if err := x.Commit(state.Changes{}, evs, pos); err != nil {
			t.Fatal(err)
		}
	}
	names := func(x *index.Index) []string {
		t.Helper()
		rows, err := x.DB().Query("SELECT name FROM events ORDER BY block, log_index")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var n string
			if err := rows.Scan(&n); err != nil {
				t.Fatal(err)
			}
			out = append(out, n)
		}
		return out
	}
	open := func(f func(string, chain.Deployment) (*index.Index, error), path string) *index.Index {
		t.Helper()
		x, err := f(path, synthchain.Deployment)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { x.Close() })
		if _, _, err := x.Load(); err != nil { // as a keeper starts: from where the file is
			t.Fatal(err)
		}
		return x
	}
	dir := t.TempDir()

	view := open(index.OpenView, filepath.Join(dir, "view.sqlite"))
	commit(view, 1)
	if got := names(view); !slices.Equal(got, []string{"CallbackDeferred"}) || view.AllEvents() {
		t.Fatalf("a keeper's index keeps %v (all events: %v), want CallbackDeferred only", got, view.AllEvents())
	}
	if _, err := view.Timeline(1); !errors.Is(err, index.ErrNotAllEvents) {
		t.Fatalf("Timeline on a keeper's index: %v, want ErrNotAllEvents", err)
	}
	if _, err := view.CountEvents("1"); !errors.Is(err, index.ErrNotAllEvents) {
		t.Fatalf("CountEvents on a keeper's index: %v, want ErrNotAllEvents", err)
	}
	if _, err := view.LogsWhere("1", 0); !errors.Is(err, index.ErrNotAllEvents) {
		t.Fatalf("LogsWhere on a keeper's index: %v, want ErrNotAllEvents", err)
	}
	view.Close()
	// Opened by a reader of every event, and after a rebuild, it still keeps only those.
	again := open(index.Open, filepath.Join(dir, "view.sqlite"))
	if err := again.Reset(); err != nil {
		t.Fatal(err)
	}
	commit(again, 1)
	if got := names(again); again.AllEvents() || !slices.Equal(got, []string{"CallbackDeferred"}) {
		t.Fatalf("a keeper's index opened with Open and rebuilt keeps %v (all events: %v)", got, again.AllEvents())
	}

	full := open(index.Open, filepath.Join(dir, "full.sqlite"))
	commit(full, 1)
	full.Close()
	keeper := open(index.OpenView, filepath.Join(dir, "full.sqlite"))
	commit(keeper, 2)
	if got := names(keeper); !keeper.AllEvents() || len(got) != 4 {
		t.Fatalf("a full index opened by a keeper keeps %v (all events: %v), want every event", got, keeper.AllEvents())
	}
	if tl, err := keeper.Timeline(1); err != nil || len(tl) != 4 {
		t.Fatalf("Timeline: %d events, %v", len(tl), err)
	}

	// An index written before: a position and no record of what it keeps.
	if _, err := keeper.DB().Exec("DELETE FROM meta WHERE key = 'events'"); err != nil {
		t.Fatal(err)
	}
	keeper.Close()
	old := open(index.OpenView, filepath.Join(dir, "full.sqlite"))
	if !old.AllEvents() {
		t.Fatal("an index written before keepers' indexes existed was taken for a keeper's")
	}
}
