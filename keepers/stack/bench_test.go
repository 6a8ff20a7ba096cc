package stack_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/modulerun"
	"github.com/pond-compute/pond/keepers/provider"
	"github.com/pond-compute/pond/keepers/solver"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// BenchmarkEndToEnd runs POND_BENCH_JOBS (default 1,000) cowsay jobs through the market on the
// in-process devnet with POND_BENCH_PROVIDERS (default 10) providers and one solver, twice: with
// single calls (the creator's postJob per job, the keepers with --tx.no-batch: matchJob,
// submitResult, finalize per item) and with batched calls (postJobs per 100 jobs after one
// deposit; matchJobs, submitResults and finalizeJobs whenever more than one item is due). Each
// reports throughput, post-to-result latency, gas per job, the time the protocol adds per job
// over running the module alone, the blocks the run used and the jobs per second the devnet's
// block gas limit allows at that gas per job (one block a second, as `pond devnet` seals them).
// The challenge window is skipped with the devnet's clock once every result is in, so
// post-to-accepted measures the keepers, not the window. The measured jobs follow a warm-up
// round of POND_BENCH_WARMUP (default: as many as measured) jobs through the same market, so
// that what is measured is a market that has been running (each provider has compiled the
// module, each transaction manager has learnt its calls' gas), as a market on a chain is but
// for its first minutes. One run per invocation: use -benchtime 1x.
func BenchmarkEndToEnd(b *testing.B) {
	b.Run("single-calls", func(b *testing.B) { benchEndToEnd(b, false, cowsayBench) })
	b.Run("batched", func(b *testing.B) { benchEndToEnd(b, true, cowsayBench) })
}

// BenchmarkKeeperCapacity is BenchmarkEndToEnd with the echo module (echoWasm: a real WASI
// module the wasm executor runs in well under a millisecond) instead of cowsay, so that the
// jobs per second it measures are what the keepers (solver, providers, their views and
// transaction managers) and the chain sustain, not what the CPU spends running modules. It
// reports the same figures, beside the jobs per second the devnet's block gas limit allows, and
// the CPU time the whole process (node, keepers, the test's view) used per job.
// POND_BENCH_JOBS and POND_BENCH_PROVIDERS apply. One run per invocation: use -benchtime 1x.
func BenchmarkKeeperCapacity(b *testing.B) {
	b.Run("single-calls", func(b *testing.B) { benchEndToEnd(b, false, echoBench) })
	b.Run("batched", func(b *testing.B) { benchEndToEnd(b, true, echoBench) })
}

// benchModule is the module a bench runs: cowsay from modules/ (the world publishes it) or a
// module the bench publishes first.
type benchModule struct {
	name string
	// dir makes the module's directory (nil: the world's cowsay).
	dir func(b *testing.B) string
}

var (
	cowsayBench = benchModule{name: "cowsay"}
	echoBench   = benchModule{name: "echo", dir: func(b *testing.B) string { return echoModuleDir(b) }}
)

func benchEndToEnd(b *testing.B, batched bool, bm benchModule) {
	jobs := envInt(b, "POND_BENCH_JOBS", 1000, 1)
	nProviders := envInt(b, "POND_BENCH_PROVIDERS", 10, 1)
	keys := make([]*ecdsa.PrivateKey, nProviders)
	alloc := types.GenesisAlloc{}
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			b.Fatal(err)
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	w := newWorldWith(b, devnet.Config{Alloc: alloc}, 30*time.Minute)
	w.log = zap.NewNop()
	moduleDir, moduleID := w.moduleDir, w.moduleID
	if bm.dir != nil {
		moduleDir = bm.dir(b)
		moduleID = w.publish(moduleDir, bm.name)
	}

	// The module alone, for comparison.
	alone := moduleAlone(b, w, moduleDir, 20)

	sm := newCounter()
	sbase := w.base(solverIdx)
	sbase.Logger, sbase.TxPollInterval, sbase.NoBatch = w.log, 10*time.Millisecond, !batched
	// Each keeper is built and started under a profiler label, so that the run's CPU time
	// splits by keeper (keepercpu_test.go).
	var sv *solver.Solver
	var err error
	asKeeper(w.ctx, "solver", func(ctx context.Context) {
		sv, err = solver.New(ctx, solver.Config{Base: sbase, MaxInFlight: 32, Metrics: sm})
	})
	if err != nil {
		b.Fatal(err)
	}
	pm := newCounter()
	var providers []*provider.Provider
	for i, k := range keys {
		cfg := w.providerConfig(providerIdx, nil, filepath.Join(b.TempDir(), strconv.Itoa(i)))
		cfg.ModuleDirs = append(cfg.ModuleDirs, filepath.Dir(moduleDir))
		cfg.Key, cfg.Metrics, cfg.TxPollInterval, cfg.MaxConcurrent, cfg.NoBatch = k, pm, 10*time.Millisecond, 4, !batched
		// The window is only skipped once every result is in: each offer must hold its share
		// of all jobs at once. MaxConcurrent bounds the runs.
		w.holdDeals(&cfg, jobs/nProviders)
		var p *provider.Provider
		asKeeper(w.ctx, fmt.Sprintf("provider-%d", i), func(ctx context.Context) { p, err = provider.New(ctx, cfg) })
		if err != nil {
			b.Fatal(err)
		}
		providers = append(providers, p)
	}
	for i, p := range providers {
		asKeeper(w.ctx, fmt.Sprintf("provider-%d", i), func(ctx context.Context) { err = p.Start(ctx) })
		if err != nil {
			b.Fatal(err)
		}
		defer p.Stop(context.Background())
	}
	asKeeper(w.ctx, "solver", func(ctx context.Context) { err = sv.Start(ctx) })
	if err != nil {
		b.Fatal(err)
	}
	defer sv.Stop(context.Background())
	w.waitFor("every provider's offer", func() bool {
		n := 0
		w.view.View(func(m *state.Market) { n = len(m.Offers) })
		return n == nProviders
	})

	warmup := envInt(b, "POND_BENCH_WARMUP", jobs, 0)
	total := warmup + jobs
	posted := make([]time.Time, total+1)
	submitted := make([]time.Time, total+1)
	var postGas uint64
	var mu sync.Mutex
	record := func(r *types.Receipt) int {
		n := 0
		mu.Lock()
		defer mu.Unlock()
		postGas += r.GasUsed
		for _, l := range r.Logs {
			if ev, err := bindings.NewPondMarket().UnpackJobPostedEvent(l); err == nil {
				posted[ev.JobId.Uint64()] = time.Now()
				n++
			}
		}
		return n
	}
	fee := milliEther(1)
	now := w.now()
	request := func(i int) bindings.IPondMarketJobRequest {
		return bindings.IPondMarketJobRequest{
			ModuleId: moduleID, Token: chain.Native, Price: jobPrice, SolverFee: fee,
			Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, RunTime: 86_400,
			Expiry: new(big.Int).SetUint64(now + 30*86_400), Inputs: fmt.Sprintf(`{"Message":"moo %d"}`, i),
		}
	}
	// post sends a post from the creator and records it: the number of jobs it posted.
	post := func(cand txmgr.Candidate, err error) int {
		if err == nil {
			var r *types.Receipt
			if r, err = w.creator.Send(w.ctx, cand); err == nil {
				return record(r)
			}
		}
		b.Error(err)
		return 0
	}
	// waitAll waits until jobs [from, to) have reached status, noting when each was seen there.
	waitAll := func(what string, from, to int, status state.Status, at []time.Time) {
		deadline := time.Now().Add(25 * time.Minute)
		for {
			done := 0
			w.view.View(func(m *state.Market) {
				for id := from; id < to; id++ {
					j := m.Jobs[uint64(id)]
					if j != nil && j.Status >= status && j.Status != state.StatusChallenged {
						if at != nil && at[id].IsZero() {
							at[id] = time.Now()
						}
						done++
					}
				}
			})
			if done == to-from {
				return
			}
			if time.Now().After(deadline) || w.ctx.Err() != nil {
				b.Fatalf("%s: %d of %d", what, done, to-from)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	// round posts jobs [from, to) (the job ids the market gives them: no other jobs are posted),
	// waits until every result is in, moves the clock past the challenge window and waits until
	// every job is accepted; it returns when all were posted, all submitted and all accepted,
	// from its start.
	round := func(from, to int) (allPosted, allSubmitted, allAccepted time.Duration) {
		start := time.Now()
		var wg sync.WaitGroup
		sem := make(chan struct{}, 16)
		if batched {
			// postJobs pays from the balance: one deposit for every job of the round first.
			all := new(big.Int).Mul(new(big.Int).Add(jobPrice, fee), big.NewInt(int64(to-from)))
			cand, err := w.market.Deposit(chain.Native, all)
			if err != nil {
				b.Fatal(err)
			}
			r, err := w.creator.Send(w.ctx, cand)
			if err != nil {
				b.Fatal(err)
			}
			record(r)
			for _, c := range chain.Chunks(to - from) {
				sem <- struct{}{}
				wg.Add(1)
				go func() {
					defer func() { <-sem; wg.Done() }()
					reqs := make([]bindings.IPondMarketJobRequest, 0, c[1]-c[0])
					for i := from + c[0]; i < from+c[1]; i++ {
						reqs = append(reqs, request(i))
					}
					if n := post(w.market.PostJobs(reqs)); n != len(reqs) {
						b.Errorf("postJobs of %d jobs posted %d", len(reqs), n)
					}
				}()
			}
		} else {
			for i := from; i < to; i++ {
				sem <- struct{}{}
				wg.Add(1)
				go func() {
					defer func() { <-sem; wg.Done() }()
					post(w.market.PostJob(request(i), new(big.Int).Add(jobPrice, fee)))
				}()
			}
		}
		wg.Wait()
		if b.Failed() {
			b.FailNow()
		}
		allPosted = time.Since(start)
		waitAll("results submitted", from, to, state.StatusSubmitted, submitted)
		allSubmitted = time.Since(start)
		w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
		waitAll("jobs accepted", from, to, state.StatusAccepted, nil)
		return allPosted, allSubmitted, time.Since(start)
	}

	// The warm-up round: what a market that has been running has done already (each provider
	// has compiled the module, each transaction manager has learnt its calls' gas, the indexes
	// hold rows). The measured round starts after it.
	if warmup > 0 {
		round(1, warmup+1)
	}
	first, err := w.net.Client().HeaderByNumber(w.ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	gasBefore := postGas + sm.gasUsed() + pm.gasUsed()

	b.ResetTimer()
	split := startKeeperCPU(b)
	cpuStart := processCPU(b)
	allPosted, allSubmitted, allAccepted := round(warmup+1, total+1)
	finalizeTook := allAccepted - allSubmitted
	b.StopTimer()
	cpu := processCPU(b) - cpuStart
	byKeeper := split.stop(b)
	last, err := w.net.Client().HeaderByNumber(w.ctx, nil)
	if err != nil {
		b.Fatal(err)
	}

	var latency []time.Duration
	for id := warmup + 1; id <= total; id++ {
		latency = append(latency, submitted[id].Sub(posted[id]))
	}
	slices.Sort(latency)
	p50, p95 := latency[len(latency)/2], latency[len(latency)*95/100]
	totalGas := postGas + sm.gasUsed() + pm.gasUsed() - gasBefore
	gasPerJob := float64(totalGas) / float64(jobs)
	perJob := allAccepted / time.Duration(jobs)
	blocks := last.Number.Uint64() - first.Number.Uint64()
	rate := float64(jobs) / allAccepted.Seconds()
	// What one block of the devnet holds at this gas per job; `pond devnet` seals a block at
	// least every second, so that many jobs a second is what its gas limit allows.
	chainLimit := float64(last.GasLimit) / gasPerJob
	b.ReportMetric(rate, "jobs/s")
	b.ReportMetric(float64(p50.Milliseconds()), "p50-post-to-result-ms")
	b.ReportMetric(float64(p95.Milliseconds()), "p95-post-to-result-ms")
	b.ReportMetric(gasPerJob, "gas/job")
	b.ReportMetric(chainLimit, "gas-limit-jobs/block")
	b.ReportMetric(float64(blocks), "blocks")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(jobs), "cpu-ms/job")
	b.ReportMetric(float64(alone.Microseconds())/1000, "module-alone-ms")
	b.ReportMetric(float64(p50-alone)/float64(time.Millisecond), "protocol-overhead-p50-ms")
	mode := "single calls (postJob; keepers with --tx.no-batch)"
	if batched {
		mode = "batched calls (postJobs; matchJobs, submitResults, finalizeJobs)"
	}
	phase := func(d time.Duration) string {
		return fmt.Sprintf("%s, %.1f jobs/s", d.Round(time.Millisecond), float64(jobs)/d.Seconds())
	}
	fmt.Printf("end to end, %s: %d %s jobs after %d to warm up, %d providers: posted in %s; all results in %s (after the last post: %s); all accepted in %s (finalize phase %s)\n",
		mode, jobs, bm.name, warmup, nProviders, phase(allPosted), allSubmitted.Round(time.Millisecond), phase(allSubmitted-allPosted),
		allAccepted.Round(time.Millisecond), phase(finalizeTook))
	fmt.Printf("  throughput %.1f jobs/s posted to accepted (%s per job); post to result p50 %s, p95 %s; module alone %s; gas per job %.0f (post, match, submit, finalize, the round's deposits)\n",
		rate, perJob.Round(time.Microsecond), p50.Round(time.Millisecond), p95.Round(time.Millisecond), alone.Round(time.Microsecond), gasPerJob)
	fmt.Printf("  chain: %d blocks (%.2f a second; %.0f gas each on average, %.1f%% of the limit), block gas limit %d = %.0f jobs a block at this gas per job (%.0f jobs/s at one block a second; measured %.1f jobs/s = %.1f%% of that)\n",
		blocks, float64(blocks)/allAccepted.Seconds(), float64(totalGas)/float64(max(blocks, 1)), 100*float64(totalGas)/float64(max(blocks, 1))/float64(last.GasLimit),
		last.GasLimit, chainLimit, chainLimit, rate, 100*rate/chainLimit)
	// The CPU time of the whole process (the node, every keeper, the test's own view) per job,
	// and the jobs a second it allows on this machine's cores: what the run would reach if it
	// had them to itself and never waited.
	cpuPerJob := cpu / time.Duration(jobs)
	fmt.Printf("  CPU: %s per job (node, %d keepers and the test's view, all in this process; %.0f%% of %d cores over the run) = %.0f jobs/s on %d cores if nothing waited\n",
		cpuPerJob.Round(10*time.Microsecond), nProviders+1, 100*cpu.Seconds()/allAccepted.Seconds()/float64(runtime.NumCPU()), runtime.NumCPU(),
		float64(runtime.NumCPU())/cpuPerJob.Seconds(), runtime.NumCPU())
	if byKeeper != nil {
		fmt.Printf("  %s\n", keeperCPUReport(byKeeper, jobs))
	}
	fmt.Printf("  transactions: solver %s; providers %s\n", sm.txSummary(), pm.txSummary())
}

// processCPU is the CPU time (user and system) the process has used.
func processCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func envInt(b *testing.B, name string, def, least int) int {
	if v := os.Getenv(name); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < least {
			b.Fatalf("%s=%q: want an integer of at least %d", name, v, least)
		}
		return n
	}
	return def
}

// moduleAlone is the mean time to run the module in dir directly through the runner (render,
// stage, run, CID).
func moduleAlone(b *testing.B, w *world, dir string, runs int) time.Duration {
	m, err := module.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	r := &modulerun.Runner{Executors: w.executors(nil)}
	run := func(i int) {
		if _, err := r.Run(w.ctx, m, module.Inputs{"Message": fmt.Sprintf("moo %d", i)}, "", b.TempDir()); err != nil {
			b.Fatal(err)
		}
	}
	// The first run compiles the binary (once per executor, as a provider's first job does);
	// the figure is a run's after that.
	run(-1)
	start := time.Now()
	for i := 0; i < runs; i++ {
		run(i)
	}
	return time.Since(start) / time.Duration(runs)
}
