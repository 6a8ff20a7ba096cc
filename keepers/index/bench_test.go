package index_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/solver"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/testenv/synthchain"
)

// benchJobs is POND_BENCH_SETTLED, default 1,000,000.
func benchJobs(b *testing.B) uint64 { return envCount(b, "POND_BENCH_SETTLED", 1_000_000) }

// envCount is the number in the environment variable name, or def when it is not set.
func envCount(b *testing.B, name string, def uint64) uint64 {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		b.Fatalf("%s=%q: %v", name, v, err)
	}
	return n
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

// cpuSeconds is the process's CPU time so far (user and system, every thread): unlike wall
// time, it hardly depends on what else the machine runs.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

func heapMiB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / (1 << 20)
}

// BenchmarkFollowSettledJobs follows a synthetic chain of POND_BENCH_SETTLED jobs (each posted,
// matched, given a result and accepted; 10 a block) with the keepers' view and its on-disk
// index, and reports after 10%, 50% and 100% of the history: the heap and resident memory
// (flat: only live jobs stay in memory), the live jobs, and the cost of one solver tick
// (matching the open jobs against the offers) with that live work; then the indexing rate and
// CPU per job (the synthetic node's generation of the logs included), the index's size, and the
// restart time on the warm index.
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
		start, cpu := time.Now(), cpuSeconds()
		c.SetHead(1)
		if err := tr.Start(ctx); err != nil {
			b.Fatal(err)
		}
		last := c.LastBlock()
		for _, pct := range []uint64{10, 50, 100} {
			to := max(2, last*pct/100)
			if pct == 100 {
				to = last - 1 // the restart below reads the last block
			}
			c.SetHead(to)
			if err := tr.WaitBlock(ctx, to); err != nil {
				b.Fatal(err)
			}
			var live int
			tr.View(func(m *state.Market) { live = len(m.Jobs) })
			b.ReportMetric(heapMiB(), fmt.Sprintf("heap-MiB-at-%d%%", pct))
			b.ReportMetric(rssMiB(), fmt.Sprintf("rss-MiB-at-%d%%", pct))
			b.ReportMetric(float64(live), fmt.Sprintf("live-jobs-at-%d%%", pct))
			// A solver tick (matching the open jobs against the offers) on the view as it is:
			// the live work is the batch posted in the last block.
			µs, pairs := solverTick(tr, c.Time(to))
			b.ReportMetric(µs, fmt.Sprintf("tick-µs-at-%d%%", pct))
			b.ReportMetric(float64(pairs), fmt.Sprintf("tick-matches-at-%d%%", pct))
		}
		took, cpu := time.Since(start), cpuSeconds()-cpu
		tr.Stop()
		x.Close()
		b.ReportMetric(float64(jobs)/took.Seconds(), "jobs-indexed/s")
		b.ReportMetric(cpu/float64(jobs)*1e6, "cpu-µs/job")
		if fi, err := os.Stat(path); err == nil {
			b.ReportMetric(float64(fi.Size())/(1<<20), "index-MiB")
		}

		// Restart on the warm index: load the live view, then catch up with a head that moved
		// by one block.
		c.SetHead(last)
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
		tr.Stop()
		x.Close()
	}
}

// solverTick is the mean time of a solver's matching over the view, and the matches it finds.
func solverTick(tr *state.Tracker, now uint64) (µs float64, pairs int) {
	const ticks = 100
	start := time.Now()
	for range ticks {
		tr.View(func(m *state.Market) { pairs = len(solver.Match(m, solver.Params{Now: now, CollateralBps: 20_000})) })
	}
	return float64(time.Since(start).Nanoseconds()) / ticks / 1000, pairs
}

// BenchmarkIndexKeeperOnly is the keeper's own share of indexing: a market view with its index
// follows POND_BENCH_KEEPER_JOBS (default 20,000) settled synthetic jobs whose logs and headers
// were generated beforehand and are served from memory, so what it measures is reading them,
// decoding, applying and writing the index, not the synthetic node's work.
func BenchmarkIndexKeeperOnly(b *testing.B) {
	jobs := envCount(b, "POND_BENCH_KEEPER_JOBS", 20_000)
	c, err := synthchain.New(jobs, 10)
	if err != nil {
		b.Fatal(err)
	}
	node, err := recordNode(c)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var cpu float64
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		x, err := index.Open(filepath.Join(b.TempDir(), "index.sqlite"), synthchain.Deployment)
		if err != nil {
			b.Fatal(err)
		}
		tr, err := state.NewTracker(state.TrackerConfig{Deployment: synthchain.Deployment, Dial: follow.Static(node), Store: x, PollInterval: time.Millisecond})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := cpuSeconds()
		if err := tr.Start(ctx); err != nil {
			b.Fatal(err)
		}
		if err := tr.WaitBlock(ctx, c.LastBlock()); err != nil {
			b.Fatal(err)
		}
		cpu += cpuSeconds() - start
		b.StopTimer()
		tr.Stop()
		x.Close()
	}
	b.ReportMetric(float64(jobs)*float64(b.N)/b.Elapsed().Seconds(), "jobs-indexed/s")
	b.ReportMetric(cpu*1e6/float64(b.N)/float64(jobs), "cpu-µs/job")
}

// memoryNode serves a synthetic chain's headers and logs recorded beforehand.
type memoryNode struct {
	headers []*types.Header
	logs    [][]types.Log // by block
}

func recordNode(c *synthchain.Chain) (*memoryNode, error) {
	n := &memoryNode{}
	ctx := context.Background()
	for b := uint64(0); b <= c.LastBlock(); b++ {
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return nil, err
		}
		logs, err := c.Logs(b)
		if err != nil {
			return nil, err
		}
		n.headers, n.logs = append(n.headers, h), append(n.logs, logs)
	}
	return n, nil
}

func (n *memoryNode) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	if number == nil {
		return n.headers[len(n.headers)-1], nil
	}
	if number.Uint64() >= uint64(len(n.headers)) {
		return nil, ethereum.NotFound
	}
	return n.headers[number.Uint64()], nil
}

func (n *memoryNode) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var out []types.Log
	for b := q.FromBlock.Uint64(); b <= q.ToBlock.Uint64() && b < uint64(len(n.logs)); b++ {
		out = append(out, n.logs[b]...)
	}
	return out, nil
}
