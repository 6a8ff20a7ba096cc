package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/testenv/synthchain"
)

// BenchmarkReadCommands runs `pond job show`, `pond deal show` and `pond job why` over HTTP
// JSON-RPC against a synthetic chain of POND_BENCH_SETTLED settled jobs (default 1,000,000),
// and reports the JSON-RPC calls and the time each takes on a warm index (the chain moved by
// five blocks since the index was last brought up to date), and the first call's time, which
// builds the index.
func BenchmarkReadCommands(b *testing.B) {
	jobs := uint64(1_000_000)
	if v := os.Getenv("POND_BENCH_SETTLED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			b.Fatalf("POND_BENCH_SETTLED=%q: %v", v, err)
		}
		jobs = n
	}
	for range b.N {
		c, err := synthchain.New(jobs, 10)
		if err != nil {
			b.Fatal(err)
		}
		srv, err := c.Serve()
		if err != nil {
			b.Fatal(err)
		}
		dir := b.TempDir()
		dep := filepath.Join(dir, "deployment.json")
		if err := synthchain.Deployment.Write(dep); err != nil {
			b.Fatal(err)
		}
		flags := []string{"--rpc-url", srv.URL, "--deployment", dep, "--index", filepath.Join(dir, "index.sqlite")}
		run := func(args ...string) (string, time.Duration, int64) {
			before, start := srv.Requests(), time.Now()
			out, err := runPond(b, append(args, flags...)...)
			if err != nil {
				b.Fatalf("pond %s: %v\n%s", strings.Join(args, " "), err, out)
			}
			return out, time.Since(start), srv.Requests() - before
		}
		c.SetHead(c.LastBlock() - 5)
		_, cold, _ := run("job", "show", "1")
		b.ReportMetric(cold.Seconds(), "first-call-s")
		c.SetHead(c.LastBlock())
		mid := strconv.FormatUint(jobs/2+1, 10)
		for _, cmd := range [][]string{{"job", "show", mid}, {"deal", "show", mid}, {"job", "why", mid}} {
			out, took, calls := run(cmd...)
			if !strings.Contains(out, "Accepted") {
				b.Fatalf("pond %s:\n%s", strings.Join(cmd, " "), out)
			}
			name := strings.Join(cmd[:2], "-")
			b.ReportMetric(float64(took.Microseconds())/1000, name+"-ms")
			b.ReportMetric(float64(calls), name+"-rpc-calls")
		}
		srv.Close()
	}
}
