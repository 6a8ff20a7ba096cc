package executor

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/experimental/sysfs"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"
)

// Wasm runs WASI (preview 1) modules with wazero. The sandbox has no network
// (WASI p1 has no sockets), a fixed clock and a deterministic random source
// (wazero's defaults: nothing from the host leaks in), /inputs read-only and
// /outputs writable within a byte budget (quotaFS), a memory limit from resources.ramMiB and a time limit
// from the spec's timeout.
type Wasm struct {
	cache wazero.CompilationCache

	// runtimes by memory limit (in pages), each with WASI instantiated once: building WASI's
	// host module took more CPU than running a small module. Runs share a runtime, never an
	// instance: each run instantiates its module anonymously, with its own memory, file
	// system, arguments and environment, and closes it.
	mu       sync.Mutex
	runtimes map[uint32]wazero.Runtime
}

var _ Executor = (*Wasm)(nil)

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
	w.runtimes = nil
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

// newRuntime is wazero.NewRuntimeWithConfig; tests count its calls.
var newRuntime = wazero.NewRuntimeWithConfig

const wasmPageSize = 64 << 10

// Run implements Executor.
func (w *Wasm) Run(ctx context.Context, job Job) (Result, error) {
	if err := job.check(); err != nil {
		return Result{}, fmt.Errorf("wasm: %w", err)
	}
	s := job.Spec
	bin, err := job.Module.WasmBinary(s)
	if err != nil {
		return Result{}, fmt.Errorf("wasm: %w", err)
	}
	pages := uint64(s.Resources.RAMMiB) << 20 / wasmPageSize
	if pages > 65536 {
		pages = 65536
	}
	rt, err := w.runtime(context.WithoutCancel(ctx), uint32(pages))
	if err != nil {
		return Result{}, err
	}
	compiled, err := rt.CompileModule(ctx, bin)
	if err != nil {
		return Result{}, fmt.Errorf("wasm: compile %s: %w", s.Wasm.Module, err)
	}
	// Not closed: closing drops the compiled code from the cache the next run compiles from.

	runCtx, cancel := context.WithTimeout(ctx, time.Duration(s.Timeout)*time.Second)
	defer cancel()
	outputs := newQuotaFS(sysfs.DirFS(job.OutputsDir), diskCap(s), cancel)
	fsCfg := wazero.NewFSConfig().WithReadOnlyDirMount(job.InputsDir, "/inputs").(sysfs.FSConfig).
		WithSysFSMount(outputs, "/outputs")

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
	mod, runErr := rt.InstantiateModule(runCtx, compiled, cfg)
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
