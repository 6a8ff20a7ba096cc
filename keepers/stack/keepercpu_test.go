package stack_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/pprof/profile"
)

// keeperLabel is the profiler label a benchmark's keepers run under.
const keeperLabel = "keeper"

// asKeeper runs f (which builds or starts a keeper) under the profiler label keeper=name:
// every goroutine the keeper starts, then and later, inherits it, so a CPU profile tells its
// time from the others'.
func asKeeper(ctx context.Context, name string, f func(ctx context.Context)) {
	pprof.Do(ctx, pprof.Labels(keeperLabel, name), f)
}

// keeperCPU profiles a benchmark run and sums its CPU time by keeper. Time without a keeper's
// label is the node's (the devnet, sealing blocks and serving every keeper's JSON-RPC, the
// shared client connection's reads), the test's own view's and the runtime's background work.
type keeperCPU struct {
	buf bytes.Buffer
	on  bool
}

// startKeeperCPU starts the profile; without it (another CPU profile runs, as under
// `go test -cpuprofile`) the run reports no split.
func startKeeperCPU(b *testing.B) *keeperCPU {
	k := &keeperCPU{}
	if err := pprof.StartCPUProfile(&k.buf); err != nil {
		b.Logf("no CPU split by keeper: %v", err)
		return k
	}
	k.on = true
	return k
}

// stop ends the profile and returns the CPU time of each label value ("" for the rest).
func (k *keeperCPU) stop(b *testing.B) map[string]time.Duration {
	if !k.on {
		return nil
	}
	pprof.StopCPUProfile()
	// POND_BENCH_CPUPROFILE keeps the run's profile (labelled by keeper) for go tool pprof.
	if path := os.Getenv("POND_BENCH_CPUPROFILE"); path != "" {
		if err := os.WriteFile(path, k.buf.Bytes(), 0o644); err != nil {
			b.Fatalf("write %s: %v", path, err)
		}
	}
	p, err := profile.Parse(&k.buf)
	if err != nil {
		b.Fatalf("parse CPU profile: %v", err)
	}
	idx := slices.IndexFunc(p.SampleType, func(t *profile.ValueType) bool { return t.Type == "cpu" })
	if idx < 0 {
		b.Fatalf("CPU profile without cpu samples: %v", p.SampleType)
	}
	by := map[string]time.Duration{}
	for _, s := range p.Sample {
		name := ""
		if v := s.Label[keeperLabel]; len(v) > 0 {
			name = v[0]
		}
		by[name] += time.Duration(s.Value[idx])
	}
	return by
}

// keeperCPUReport is the split as the benchmark prints it: each kind's CPU time per job, and
// the jobs a second that rate allows on a core of its own (as each keeper runs when deployed:
// its own process, its own machine, its own node).
func keeperCPUReport(by map[string]time.Duration, jobs int) string {
	perJob := func(d time.Duration) float64 { return d.Seconds() * 1000 / float64(jobs) }
	var providers []float64
	for name, d := range by {
		if strings.HasPrefix(name, "provider-") {
			providers = append(providers, perJob(d))
		}
	}
	slices.Sort(providers)
	var total time.Duration
	for _, d := range by {
		total += d
	}
	line := fmt.Sprintf("CPU by keeper (a profile of the run, %.2f ms per job in all): solver %.3f ms per job (%.0f jobs/s on a core of its own)",
		perJob(total), perJob(by["solver"]), 1000/perJob(by["solver"]))
	if n := len(providers); n > 0 {
		busiest := providers[n-1]
		line += fmt.Sprintf("; each of %d providers %.3f to %.3f ms per market job, its share of the runs included (the busiest: %.0f market jobs/s on a core of its own)",
			n, providers[0], busiest, 1000/busiest)
	}
	line += fmt.Sprintf("; the node, the test's own view and the runtime %.3f ms per job", perJob(by[""]))
	return line
}
