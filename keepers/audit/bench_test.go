package audit_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/audit"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/testenv/synthchain"
)

// BenchmarkAudit audits a synthetic market of POND_BENCH_AUDIT_JOBS settled jobs (default
// 1,000,000; logs and getters from keepers/testenv/synthchain, no code check): every job,
// balance, offer and bond compared with the getters, the books with the holdings. The index is
// built once (its time printed) and kept in $POND_BENCH_DIR (default the temp dir) for the
// next run; each iteration is one whole audit. Reports the peak Go heap during the audits and
// the process's peak resident memory.
func BenchmarkAudit(b *testing.B) {
	jobs := uint64(1_000_000)
	if v := os.Getenv("POND_BENCH_AUDIT_JOBS"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			b.Fatalf("POND_BENCH_AUDIT_JOBS=%q: %v", v, err)
		}
		jobs = n
	}
	c, err := synthchain.New(jobs, 10)
	if err != nil {
		b.Fatal(err)
	}
	dir := os.Getenv("POND_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("pond-bench-audit-%d.sqlite", jobs))
	x, err := index.Open(path, synthchain.Deployment)
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	ctx := context.Background()
	if pos, err := x.Position(); err != nil || pos == nil || pos.Block != c.LastBlock() {
		if err := x.Reset(); err != nil {
			b.Fatal(err)
		}
		started := time.Now()
		if _, err := x.Sync(ctx, index.SyncConfig{Dial: follow.Static(c), Head: c.LastBlock()}); err != nil {
			b.Fatal(err)
		}
		b.Logf("indexed %d jobs (%d blocks) in %s into %s (kept for the next run)", jobs, c.LastBlock(), time.Since(started).Round(time.Second), path)
	}
	if fi, err := os.Stat(path); err == nil {
		b.Logf("index %s: %d MiB", path, fi.Size()>>20)
	}

	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	runtime.GC()
	b.ResetTimer()
	for range b.N {
		r, err := audit.Run(ctx, audit.Config{Deployment: synthchain.Deployment, Chain: c, Index: x})
		if err != nil {
			b.Fatal(err)
		}
		if !r.OK || r.Checked.Jobs != jobs {
			b.Fatalf("audit of the synthetic market: ok %v, %d jobs checked of %d, %+v", r.OK, r.Checked.Jobs, jobs, r.Discrepancies)
		}
	}
	b.StopTimer()
	close(stop)
	wg.Wait()
	b.ReportMetric(float64(jobs), "jobs")
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
	b.ReportMetric(peakRSSMiB(), "peak-rss-MiB")
}

// peakRSSMiB is the process's peak resident memory (VmHWM: heap, SQLite's page cache, runtime);
// it includes the index build when the run built it.
func peakRSSMiB() float64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
			if err == nil {
				return kb / 1024
			}
		}
	}
	return 0
}
