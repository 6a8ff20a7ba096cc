package index_test

import (
	"bytes"
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
