package executor

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/experimental/sysfs"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"github.com/pond-compute/pond/keepers/module"
)

// Wasm runs WASI (preview 1) modules with wazero. The sandbox has no network
// (WASI p1 has no sockets), a fixed clock and a deterministic random source
// (wazero's defaults: nothing from the host leaks in), /inputs read-only and
// /outputs writable within a byte budget (quotaFS), both seen the same on every host
// (hostFreeFS: sorted listings, no host inodes or times), a memory limit from resources.ramMiB and a time limit
// from the spec's timeout.
type Wasm struct {
	cache wazero.CompilationCache

	// runtimes by memory limit (in pages), each with WASI instantiated once: building WASI's
	// host module took more CPU than running a small module. Runs share a runtime, never an
	// instance: each run instantiates its module anonymously, with its own memory, file
	// system, arguments and environment, and closes it.
	mu       sync.Mutex
	runtimes map[uint32]wazero.Runtime
	// compiled holds each binary compiled once per runtime, by memory limit and the binary's
	// pinned sha256: decoding and validating a module on every run cost more than running a
	// small one (a Go-built cowsay: about 25 ms of a 33 ms run). The key is the content's hash,
	// checked when the binary was read, so a cached module is exactly the pinned binary. At most
	// maxCompiled are kept: past that, the least recently used that no run holds is closed
	// (its code freed), so a provider that runs any module does not grow without bound.
	compiled map[compiledKey]*compiledEntry
	uses     uint64 // a clock for the entries' lastUse
}

type compiledKey struct {
	pages  uint32
	sha256 string
}

// compiledEntry is one binary's compilation: the first run that needs it compiles, runs at
// the same time wait for it. A failed compilation is not kept.
type compiledEntry struct {
	done    chan struct{}
	mod     wazero.CompiledModule
	err     error
	runs    int    // runs holding it (under Wasm.mu)
	lastUse uint64 // Wasm.uses when a run last took it (under Wasm.mu)
}

// maxCompiled is how many compiled binaries an executor keeps.
var maxCompiled = 32

// NewWasm returns a WASM executor with an in-memory compilation cache.
func NewWasm() *Wasm { return &Wasm{cache: wazero.NewCompilationCache()} }

// Close releases the runtimes and compiled code.
func (w *Wasm) Close(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	var errs []error
	for _, rt := range w.runtimes {
		errs = append(errs, rt.Close(ctx))
	}
	w.runtimes, w.compiled = nil, nil
	return errors.Join(append(errs, w.cache.Close(ctx))...)
}

// runtime is the runtime of runs limited to pages of memory.
func (w *Wasm) runtime(ctx context.Context, pages uint32) (wazero.Runtime, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if rt := w.runtimes[pages]; rt != nil {
		return rt, nil
	}
	rt := newRuntime(ctx, wazero.NewRuntimeConfig().
		WithCompilationCache(w.cache).
		WithMemoryLimitPages(pages).
		WithCloseOnContextDone(true))
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		_ = rt.Close(ctx)
		return nil, fmt.Errorf("wasm: instantiate WASI: %w", err)
	}
	if w.runtimes == nil {
		w.runtimes = map[uint32]wazero.Runtime{}
	}
	w.runtimes[pages] = rt
	return rt, nil
}

// compile returns the binary of spec s compiled in rt (the runtime of pages), compiling it
// only the first time, and the function that releases it when the run is done.
func (w *Wasm) compile(ctx context.Context, rt wazero.Runtime, pages uint32, m *module.Module, s *module.Spec) (wazero.CompiledModule, func(), error) {
	key := compiledKey{pages, s.Wasm.SHA256}
	w.mu.Lock()
	e := w.compiled[key]
	first := e == nil
	if first {
		e = &compiledEntry{done: make(chan struct{})}
		if w.compiled == nil {
			w.compiled = map[compiledKey]*compiledEntry{}
		}
		w.compiled[key] = e
	}
	w.uses++
	e.runs, e.lastUse = e.runs+1, w.uses
	w.mu.Unlock()
	release := func() {
		w.mu.Lock()
		e.runs--
		w.evictLocked(context.WithoutCancel(ctx))
		w.mu.Unlock()
	}
	if first {
		bin, err := m.WasmBinary(s)
		if err == nil {
			// Compiled without the run's context: runs waiting for it may outlive this one.
			e.mod, err = rt.CompileModule(context.WithoutCancel(ctx), mergeDataSegments(bin, dataGapMerged))
			if err != nil {
				err = fmt.Errorf("compile %s: %w", s.Wasm.Module, err)
			}
		}
		if err != nil {
			e.err = err
			w.mu.Lock()
			if w.compiled[key] == e {
				delete(w.compiled, key)
			}
			w.mu.Unlock()
		}
		close(e.done)
	} else {
		select {
		case <-e.done:
		case <-ctx.Done():
			release()
			return nil, nil, ctx.Err()
		}
	}
	if e.err != nil {
		release()
		return nil, nil, e.err
	}
	return e.mod, release, nil
}

// evictLocked closes the least recently used compiled binaries that no run holds while more
// than maxCompiled are kept.
func (w *Wasm) evictLocked(ctx context.Context) {
	for len(w.compiled) > maxCompiled {
		var oldest compiledKey
		var victim *compiledEntry
		for k, e := range w.compiled {
			if e.runs == 0 && e.mod != nil && (victim == nil || e.lastUse < victim.lastUse) {
				oldest, victim = k, e
			}
		}
		if victim == nil {
			return // all in use: evicted when a run releases one
		}
		delete(w.compiled, oldest)
		_ = victim.mod.Close(ctx)
	}
}

// dataGapMerged is the largest gap between two data segments that mergeDataSegments fills
// with zeros to make them one: a page, which the gap's neighbours would mostly touch anyway.
const dataGapMerged = 4096

// newRuntime is wazero.NewRuntimeWithConfig; tests count its calls.
var newRuntime = wazero.NewRuntimeWithConfig

const wasmPageSize = 64 << 10

// Run implements Executor.
func (w *Wasm) Run(ctx context.Context, job Job) (Result, error) {
	if err := job.check(); err != nil {
		return Result{}, fmt.Errorf("wasm: %w", err)
	}
	s := job.Spec
	if s.Wasm == nil {
		return Result{}, fmt.Errorf("wasm: module %s: %w %q", job.Module.Dir, module.ErrNoVariant, module.ExecutorWasm)
	}
	pages := uint64(s.Resources.RAMMiB) << 20 / wasmPageSize
	if pages > 65536 {
		pages = 65536
	}
	rt, err := w.runtime(context.WithoutCancel(ctx), uint32(pages))
	if err != nil {
		return Result{}, err
	}
	compiled, release, err := w.compile(ctx, rt, uint32(pages), job.Module, s)
	if err != nil {
		return Result{}, fmt.Errorf("wasm: %w", err)
	}
	defer release()

	runCtx, cancel := context.WithTimeout(ctx, time.Duration(s.Timeout)*time.Second)
	defer cancel()
	outputs := newQuotaFS(sysfs.DirFS(job.OutputsDir), diskCap(s), cancel)
	fsCfg := wazero.NewFSConfig().(sysfs.FSConfig).
		WithSysFSMount(hostFreeFS{&sysfs.ReadFS{FS: sysfs.DirFS(job.InputsDir)}}, "/inputs").(sysfs.FSConfig).
		WithSysFSMount(hostFreeFS{outputs}, "/outputs")

	stdout, stderr := newTail(LogCap), newTail(LogCap)
	cfg := wazero.NewModuleConfig().
		WithName("").
		WithArgs(append([]string{"module"}, s.Args...)...).
		WithStdout(stdout).WithStderr(stderr).
		WithFSConfig(fsCfg)
	keys := make([]string, 0, len(s.Env))
	for k := range s.Env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		cfg = cfg.WithEnv(k, s.Env[k])
	}

	start := time.Now()
	mod, runErr := rt.InstantiateModule(experimental.WithMemoryAllocator(runCtx, memoryAllocator), compiled, cfg)
	if mod != nil {
		_ = mod.Close(context.WithoutCancel(ctx))
	}
	res := Result{Stdout: stdout.Bytes(), Stderr: stderr.Bytes(), Duration: time.Since(start)}

	var exit *sys.ExitError
	switch {
	case outputs.hit.Load():
		res.ExitCode = -1
		return res, fmt.Errorf("wasm: %w (%d MiB)", ErrOutputTooLarge, s.Resources.DiskMiB)
	case runErr == nil:
	case errors.As(runErr, &exit) && exit.ExitCode() == sys.ExitCodeDeadlineExceeded:
		res.ExitCode = -1
		if ctx.Err() != nil {
			return res, fmt.Errorf("wasm: %w", ctx.Err())
		}
		return res, fmt.Errorf("wasm: %w after %ds", ErrTimeout, s.Timeout)
	case errors.As(runErr, &exit) && exit.ExitCode() == sys.ExitCodeContextCanceled:
		res.ExitCode = -1
		return res, fmt.Errorf("wasm: %w", context.Canceled)
	case errors.As(runErr, &exit):
		res.ExitCode = int(exit.ExitCode())
		if res.ExitCode != 0 {
			return res, fmt.Errorf("wasm: %w: %d", ErrNonZeroExit, res.ExitCode)
		}
	default:
		// A trap: out of bounds, unreachable, or memory growth beyond the limit.
		res.ExitCode = -1
		return res, fmt.Errorf("wasm: %w: %w", ErrTrapped, runErr)
	}
	if err := checkOutputs(s, job.OutputsDir); err != nil {
		return res, fmt.Errorf("wasm: %w", err)
	}
	return res, nil
}
