// Package modulerun runs a module and commits to its result. Runner.Run runs a module for
// given inputs: it renders the spec, stages the file inputs from the content store, runs the
// spec in an executor's sandbox (keepers/executor: Docker or WASM) and hashes the outputs into
// their CID; `pond module test` uses it. Runner.RunJob runs the module of a posted job: it finds
// the version the registry pins, decodes the job's inputs and runs them the same way, a
// deterministic failure giving its failure record as the result; providers and mediators both
// use it, so both run a job the same way.
package modulerun

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/storage"
)

// ErrInputUnavailable is returned when a file input cannot be fetched from the content store.
var ErrInputUnavailable = errors.New("input not available")

// ErrBadInput marks inputs that do not render into a runnable spec (a deterministic failure).
var ErrBadInput = errors.New("inputs do not fit the module")

// Runner runs modules with the executors it has.
type Runner struct {
	// Executors by name ("wasm", "docker").
	Executors map[string]executor.Executor
	// Store fetches file inputs and the modules jobs name by CID; may be nil when no module
	// needs it.
	Store storage.Store
	// ModuleDirs are directories whose subdirectories are modules (modules/), where RunJob
	// looks for a job's module by its content hash before fetching it.
	ModuleDirs []string
	// CacheDir holds fetched modules (by CID, and Git checkouts by commit).
	CacheDir string
	// MaxModuleFetchBytes bounds what fetching one module by its CID writes to CacheDir; 0:
	// module.DefaultMaxFetchBytes.
	MaxModuleFetchBytes int64
	// Outputs, when set, is where each run's result directory (its outputs or failure record)
	// is stored as it is hashed: Run.CID is then the CID the store holds it under (every
	// Store's Put returns the CID Pond computes), with no second pass over the files. A
	// provider, which must serve its results, sets it; nil only hashes them.
	Outputs storage.Store

	once     sync.Once
	resolver *module.Resolver
}

// Run is the outcome of one run.
type Run struct {
	Executor string
	Spec     *module.Spec
	// OutputsDir is the result directory: the module's outputs, or the record of its failure
	// when Failure is set.
	OutputsDir string
	// CID commits to OutputsDir.
	CID    cid.Cid
	Result executor.Result
	// Failure is set when the module failed deterministically (executor.Classify): Run still
	// returns its error (RunJob does not), and OutputsDir holds the failure record, whose CID
	// is the result a provider submits and a mediator compares.
	Failure *executor.Failure
}

// Run executes m with inputs under workDir (which must exist and be empty) using the named
// executor ("" for the module's default).
func (r *Runner) Run(ctx context.Context, m *module.Module, inputs module.Inputs, executorName, workDir string) (*Run, error) {
	spec, _, err := m.Render(inputs)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	return r.runSpec(ctx, m, spec, inputs, executorName, workDir)
}

func (r *Runner) runSpec(ctx context.Context, m *module.Module, spec *module.Spec, inputs module.Inputs, executorName, workDir string) (*Run, error) {
	name, err := spec.Variant(executorName)
	if err != nil {
		return nil, fmt.Errorf("module %s: %w", m.Dir, err)
	}
	ex, ok := r.Executors[name]
	if !ok || ex == nil {
		return nil, fmt.Errorf("module %s: executor %q is not available here", m.Dir, name)
	}
	inDir, outDir := filepath.Join(workDir, "inputs"), filepath.Join(workDir, "outputs")
	for _, d := range []string{inDir, outDir} {
		if err := mkdirEmpty(d); err != nil {
			return nil, fmt.Errorf("work dir: %w", err)
		}
	}
	// The staged inputs share the module's disk budget: a DAG may link one block many times, so
	// an input's CID can name far more bytes than the store holds, and staging happens before
	// any sandbox limit. Content past the budget is a bad input (the same on every machine).
	stageCtx := storage.WithByteBudget(ctx, int64(spec.Resources.DiskMiB)<<20)
	for _, in := range append(append([]string{}, spec.FileInputs...), spec.OptionalFileInputs...) {
		if _, given := inputs[in]; !given {
			continue // an optional file input left out (Render refused a missing required one)
		}
		c, err := cid.Decode(inputs[in])
		if err != nil {
			return nil, fmt.Errorf("%w: input %s: want a CID: %w", ErrBadInput, in, err)
		}
		if r.Store == nil {
			return nil, fmt.Errorf("%w: input %s: no content store to fetch %s from", ErrInputUnavailable, in, c)
		}
		if err := r.Store.Get(stageCtx, c, filepath.Join(inDir, in)); errors.Is(err, storage.ErrTooLarge) {
			return nil, fmt.Errorf("%w: input %s: %w (%d MiB)", ErrBadInput, in, err, spec.Resources.DiskMiB)
		} else if err != nil {
			return nil, fmt.Errorf("%w: input %s: %w", ErrInputUnavailable, in, err)
		}
	}
	if err := settleInputs(inDir); err != nil {
		return nil, fmt.Errorf("work dir: %w", err)
	}
	res, err := ex.Run(ctx, executor.Job{Module: m, Spec: spec, InputsDir: inDir, OutputsDir: outDir})
	run := &Run{Executor: name, Spec: spec, OutputsDir: outDir, Result: res}
	if err != nil {
		err = fmt.Errorf("run %s with %s: %w", filepath.Base(m.Dir), name, err)
		if f, ok := executor.Classify(err, res); ok {
			if werr := r.fail(ctx, run, f); werr != nil {
				return run, errors.Join(err, werr)
			}
		}
		return run, err
	}
	c, err := r.commit(ctx, outDir)
	if err != nil {
		return run, fmt.Errorf("outputs: %w", err)
	}
	run.CID = c
	return run, nil
}

// mkdirEmpty makes dir, or accepts it when it is already an empty directory (ResetWorkDir
// keeps a work directory's inputs/ and outputs/).
func mkdirEmpty(dir string) error {
	if fi, err := os.Lstat(dir); err == nil && fi.IsDir() {
		if entries, err := os.ReadDir(dir); err == nil && len(entries) == 0 {
			return nil
		}
	}
	return mkdir(dir, 0o755) // anything else there: "file exists"
}

// settleInputs gives the staged inputs the same permissions and times on every machine:
// directories 0755 and files 0644 whatever the provider's umask (under 027 the Docker
// sandbox's unprivileged user could not read them: the module would fail on one honest machine
// and not on another), and executor.FileTime as their times, not when this machine fetched
// them (an archiver or a make-like module would record them). Their owner stays the
// provider's user: a module must not depend on it.
func settleInputs(inDir string) error {
	return filepath.WalkDir(inDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		mode := fs.FileMode(0o644)
		if d.IsDir() {
			mode = 0o755
		}
		// Only what differs is changed: a file-system call costs (DEVELOPERS.md), and a run
		// without file inputs finds its inputs/ directory already settled by the last one.
		if info.Mode().Perm() != mode {
			if err := os.Chmod(p, mode); err != nil {
				return err
			}
		}
		if !info.ModTime().Equal(executor.FileTime) {
			return os.Chtimes(p, executor.FileTime, executor.FileTime)
		}
		return nil
	})
}

// mkdir is os.Mkdir; tests count its calls.
var mkdir = os.Mkdir

// commit is the CID of a result directory, stored in Outputs when the runner has a store.
func (r *Runner) commit(ctx context.Context, dir string) (cid.Cid, error) {
	if r.Outputs != nil {
		return r.Outputs.Put(ctx, dir)
	}
	return storage.DirCID(dir)
}

// fail replaces the run's outputs with the record of f and commits to it.
func (r *Runner) fail(ctx context.Context, run *Run, f executor.Failure) error {
	if err := f.Write(run.OutputsDir); err != nil {
		return err
	}
	c, err := r.commit(ctx, run.OutputsDir)
	if err != nil {
		return fmt.Errorf("failure record: %w", err)
	}
	run.Failure, run.CID = &f, c
	return nil
}

// badInputRun is the run of a job whose inputs do not fit its module: its result is the
// bad-input failure record, written to outDir.
func (r *Runner) badInputRun(ctx context.Context, outDir string) (*Run, error) {
	run := &Run{OutputsDir: outDir}
	if err := r.fail(ctx, run, executor.BadInput()); err != nil {
		return nil, err
	}
	return run, nil
}
