package index_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/testenv/synthchain"
	"github.com/pond-compute/pond/keepers/solver"
	"github.com/pond-compute/pond/keepers/state"
)

// benchJobs is POND_BENCH_SETTLED, default 1,000,000.
func benchJobs(b *testing.B) uint64 {
	if v := os.Getenv("POND_BENCH_SETTLED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			b.Fatalf("POND_BENCH_SETTLED=%q: %v", v, err)
		}
		return n
	}
	return 1_000_000
}

// rssMiB is the process's resident memory (heap, SQLite's page cache, runtime), from /proc.
func rssMiB() float64 {
	raw, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	var size, resident uint64
	if _, err := fmt.Sscan(string(raw), &size, &resident); err != nil {
		return 0
	}
	return float64(resident*uint64(os.Getpagesize())) / (1 << 20)
}

func heapMiB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / (1 << 20)
}

// BenchmarkFollowSettledJobs follows a synthetic chain of POND_BENCH_SETTLED jobs (each posted,
// matched, given a result and accepted; 10 a block) with the keepers' view and its on-disk
// index, and reports: the heap after 10%, 50% and 100% of the history (flat: only live jobs
// stay in memory), the indexing rate, the restart time on the warm index, and the cost of one
// solver tick (matching over the live view) at the end.
func BenchmarkFollowSettledJobs(b *testing.B) {
	jobs := benchJobs(b)
	for range b.N {
		c, err := synthchain.New(jobs, 10)
		if err != nil {
			b.Fatal(err)
		}
		path := filepath.Join(b.TempDir(), "index.sqlite")
		x, err := index.Open(path, synthchain.Deployment)
		if err != nil {
			b.Fatal(err)
		}
		tr, err := state.NewTracker(state.TrackerConfig{Deployment: synthchain.Deployment, Dial: follow.Static(c), Store: x, PollInterval: time.Millisecond})
		if err != nil {
			b.Fatal(err)
		}
		ctx := context.Background()
		start := time.Now()
		c.SetHead(1)
		if err := tr.Start(ctx); err != nil {
			b.Fatal(err)
		}
		last := c.LastBlock()
		for _, pct := range []uint64{10, 50, 100} {
			to := max(2, last*pct/100)
			c.SetHead(to)
			if err := tr.WaitBlock(ctx, to); err != nil {
				b.Fatal(err)
			}
			var live int
			tr.View(func(m *state.Market) { live = len(m.Jobs) })
			b.ReportMetric(heapMiB(), fmt.Sprintf("heap-MiB-at-%d%%", pct))
			b.ReportMetric(rssMiB(), fmt.Sprintf("rss-MiB-at-%d%%", pct))
			b.ReportMetric(float64(live), fmt.Sprintf("live-jobs-at-%d%%", pct))
		}
		took := time.Since(start)
		tr.Stop()
		x.Close()
		b.ReportMetric(float64(jobs)/took.Seconds(), "jobs-indexed/s")
		if fi, err := os.Stat(path); err == nil {
			b.ReportMetric(float64(fi.Size())/(1<<20), "index-MiB")
		}

		// Restart on the warm index: load the live view, then catch up with a head that moved
		// by one block.
		restart := time.Now()
		x, err = index.Open(path, synthchain.Deployment)
		if err != nil {
			b.Fatal(err)
		}
		tr, err = state.NewTracker(state.TrackerConfig{Deployment: synthchain.Deployment, Dial: follow.Static(c), Store: x, PollInterval: time.Millisecond})
		if err != nil {
			b.Fatal(err)
		}
		if err := tr.Start(ctx); err != nil {
			b.Fatal(err)
		}
		if err := tr.WaitBlock(ctx, last); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(time.Since(restart).Seconds()*1000, "restart-ms")

		// One solver tick over the view: open jobs against offers.
		const ticks = 100
		tick := time.Now()
		for range ticks {
			tr.View(func(m *state.Market) { solver.Match(m, solver.Params{Now: c.Time(last), CollateralBps: 20_000}) })
		}
		b.ReportMetric(float64(time.Since(tick).Microseconds())/ticks, "tick-µs")
		tr.Stop()
		x.Close()
	}
}
