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

	// rt is the runtime, with WASI instantiated once: building WASI's host module took more
	// CPU than running a small module. Its memory limit is wasm32's (wasmMaxPages): a run's
	// limit (resources.ramMiB) is held by the run's memory allocator (runMemory), which sees
	// and records the growths it refuses. Runs share the runtime, never an instance: each run
	// instantiates its module anonymously, with its own memory, file system, arguments and
	// environment, and closes it.
	mu sync.Mutex
	rt wazero.Runtime
	// compiled holds each binary compiled once, by its pinned sha256: decoding and validating
	// a module on every run cost more than running a small one (a Go-built cowsay: about 25 ms
	// of a 33 ms run). The key is the content's hash, checked when the binary was read, so a
	// cached module is exactly the pinned binary. At most maxCompiled are kept: past that, the
	// least recently used that no run holds is closed (its code freed), so a provider that runs
	// any module does not grow without bound.
	compiled map[string]*compiledEntry
	uses     uint64 // a clock for the entries' lastUse
}

// compiledEntry is one binary's compilation: the first run that needs it compiles, runs at
// the same time wait for it. A failed compilation is not kept.
type compiledEntry struct {
	done chan struct{}
	mod  wazero.CompiledModule
	err  error
	// the memory the binary defines, in pages: its minimum, and its maximum when it declares one
	minPages, maxPages uint32
	hasMax             bool
	runs               int    // runs holding it (under Wasm.mu)
	lastUse            uint64 // Wasm.uses when a run last took it (under Wasm.mu)
}

// wasmMaxPages is the most pages a wasm32 memory can have (4 GiB): the runtime's limit.
const wasmMaxPages = 65536

// maxCompiled is how many compiled binaries an executor keeps.
var maxCompiled = 32

// NewWasm returns a WASM executor with an in-memory compilation cache.
func NewWasm() *Wasm { return &Wasm{cache: wazero.NewCompilationCache()} }

// Close releases the runtime and compiled code.
func (w *Wasm) Close(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	var errs []error
	if w.rt != nil {
		errs = append(errs, w.rt.Close(ctx))
	}
	w.rt, w.compiled = nil, nil
	return errors.Join(append(errs, w.cache.Close(ctx))...)
}

// runtime is the runtime of every run, built by the first.
func (w *Wasm) runtime(ctx context.Context) (wazero.Runtime, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.rt != nil {
		return w.rt, nil
	}
	rt := newRuntime(ctx, wazero.NewRuntimeConfig().
		WithCompilationCache(w.cache).
		WithMemoryLimitPages(wasmMaxPages).
		WithCloseOnContextDone(true))
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		_ = rt.Close(ctx)
		return nil, fmt.Errorf("wasm: instantiate WASI: %w", err)
	}
	w.rt = rt
	return rt, nil
}

// compile returns the binary of spec s compiled in rt, compiling it only the first time, and
// the function that releases it when the run is done.
func (w *Wasm) compile(ctx context.Context, rt wazero.Runtime, m *module.Module, s *module.Spec) (*compiledEntry, func(), error) {
	key := s.Wasm.SHA256
	w.mu.Lock()
	e := w.compiled[key]
	first := e == nil
	if first {
		e = &compiledEntry{done: make(chan struct{})}
		if w.compiled == nil {
			w.compiled = map[string]*compiledEntry{}
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
		if err == nil {
			var ok bool
			if e.minPages, e.maxPages, e.hasMax, ok = memoryPages(bin); !ok {
				_ = e.mod.Close(context.WithoutCancel(ctx))
				err = fmt.Errorf("compile %s: cannot read its memory section", s.Wasm.Module)
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
	return e, release, nil
}

// evictLocked closes the least recently used compiled binaries that no run holds while more
// than maxCompiled are kept.
func (w *Wasm) evictLocked(ctx context.Context) {
	for len(w.compiled) > maxCompiled {
		var oldest string
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
	if pages > wasmMaxPages {
		pages = wasmMaxPages
	}
	rt, err := w.runtime(context.WithoutCancel(ctx))
	if err != nil {
		return Result{}, err
	}
	compiled, release, err := w.compile(ctx, rt, job.Module, s)
	if err != nil {
		return Result{}, fmt.Errorf("wasm: %w", err)
	}
	defer release()
	// A binary whose memory cannot fit the limit is refused before it runs, as wazero refuses
	// to compile it under a runtime of that limit (it is no failure of the module's run).
	if compiled.minPages > uint32(pages) || (compiled.hasMax && compiled.maxPages > uint32(pages)) {
		return Result{}, fmt.Errorf("wasm: %s: its memory (min %d, max %d pages) is over the limit of %d pages (%d MiB)",
			s.Wasm.Module, compiled.minPages, compiled.maxPages, pages, s.Resources.RAMMiB)
	}
	memory := &runMemory{limit: pages * wasmPageSize}

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
	mod, runErr := rt.InstantiateModule(experimental.WithMemoryAllocator(runCtx, memory), compiled.mod, cfg)
	if mod != nil {
		_ = mod.Close(context.WithoutCancel(ctx))
	}
	res := Result{Stdout: stdout.Bytes(), Stderr: stderr.Bytes(), Duration: time.Since(start)}

	var exit *sys.ExitError
	exited := errors.As(runErr, &exit)
	switch {
	case outputs.hit.Load():
		res.ExitCode = -1
		return res, fmt.Errorf("wasm: %w (%d MiB)", ErrOutputTooLarge, s.Resources.DiskMiB)
	case runErr == nil:
	case exited && exit.ExitCode() == sys.ExitCodeDeadlineExceeded:
		res.ExitCode = -1
		if ctx.Err() != nil {
			return res, fmt.Errorf("wasm: %w", ctx.Err())
		}
		return res, fmt.Errorf("wasm: %w after %ds", ErrTimeout, s.Timeout)
	case exited && exit.ExitCode() == sys.ExitCodeContextCanceled:
		res.ExitCode = -1
		return res, fmt.Errorf("wasm: %w", context.Canceled)
	case memory.refused.Load() && (!exited || exit.ExitCode() != 0):
		// The module asked for memory past its limit, was refused, and then failed: a Go
		// module's runtime exits with status 2, another language traps or exits. That is the
		// module running out of memory, which Docker's OOM killer records as ErrOutOfMemory:
		// record the same, whatever status or trap followed (it depends on the language, not
		// on the module's inputs). A module that copes with the refusal and exits 0 succeeds.
		res.ExitCode = -1
		return res, fmt.Errorf("wasm: %w (%d MiB): %v", ErrOutOfMemory, s.Resources.RAMMiB, runErr)
	case exited:
		res.ExitCode = int(exit.ExitCode())
		if res.ExitCode != 0 {
			return res, fmt.Errorf("wasm: %w: %d", ErrNonZeroExit, res.ExitCode)
		}
	default:
		// A trap: out of bounds, unreachable, or a memory growth past the binary's declared max.
		res.ExitCode = -1
		return res, fmt.Errorf("wasm: %w: %w", ErrTrapped, runErr)
	}
	if err := checkOutputs(s, job.OutputsDir); err != nil {
		return res, fmt.Errorf("wasm: %w", err)
	}
	return res, nil
}
