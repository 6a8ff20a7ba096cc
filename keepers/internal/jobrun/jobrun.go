// Package jobrun runs the module of a posted job: it finds the module version the registry
// pins (a local module directory with the same content hash, or the spec URI fetched through
// the content store and checked against its CID), decodes the job's inputs, and runs it with
// the executors at hand. Providers and mediators share it, so both run a job the same way.
package jobrun

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/runner"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/storage"
)

// Runner runs jobs' modules.
type Runner struct {
	// Executors by name ("wasm", "docker"); the module's default is used when present.
	Executors map[string]executor.Executor
	// Store fetches file inputs and modules published by CID; may be nil.
	Store storage.Store
	// ModuleDirs are directories whose subdirectories are modules (modules/), found by their
	// content hash before anything is fetched.
	ModuleDirs []string
	// CacheDir holds fetched modules (by CID, and Git checkouts by commit).
	CacheDir string

	once     sync.Once
	resolver *module.Resolver
}

// ErrModuleUnavailable is returned when neither a local directory, the store nor the module's
// repository has the module.
var ErrModuleUnavailable = module.ErrModuleUnavailable

// Resolver is the module resolver the runner uses.
func (r *Runner) Resolver() *module.Resolver {
	r.once.Do(func() {
		r.resolver = &module.Resolver{Store: r.Store, CacheDir: r.CacheDir, LocalDirs: r.ModuleDirs}
	})
	return r.resolver
}

// ModuleDir finds the directory of a published module version and checks it against the
// spec hash pinned on-chain.
func (r *Runner) ModuleDir(ctx context.Context, mod *state.Module) (string, error) {
	return r.Resolver().Published(ctx, mod.NameVersion, mod.SpecURI, mod.SpecHash)
}

// Inputs decodes a job's inputs: a JSON object of inputs, or (when it does not start with
// "{") the value of the module's primary input, as runModuleWithDefaultMediators defines.
func Inputs(raw, primaryInput string) (module.Inputs, error) {
	trimmed := strings.TrimSpace(raw)
	if !strings.HasPrefix(trimmed, "{") {
		if primaryInput == "" {
			return nil, fmt.Errorf("inputs %q are not a JSON object and the module has no primary input", raw)
		}
		return module.Inputs{primaryInput: raw}, nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(trimmed), &obj); err != nil {
		return nil, fmt.Errorf("inputs: %w", err)
	}
	in := module.Inputs{}
	for k, v := range obj {
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			s = string(v) // numbers and booleans are passed as their JSON text
		}
		in[k] = s
	}
	return in, nil
}

// Run runs job's module under workDir (created if missing, and emptied first) and returns the
// job's result: run.OutputsDir and run.CID are the module's outputs, or, when the module failed
// deterministically on these inputs (run.Failure is set), the record of that failure, which
// every honest provider and mediator reproduces.
//
// An error means the job could not be run here (the module cannot be fetched, the store or the
// engine fails, ctx ended): such errors say nothing about the provider's result and are retried,
// never judged.
func (r *Runner) Run(ctx context.Context, job *state.Job, mod *state.Module, workDir string) (*runner.Run, error) {
	dir, err := r.ModuleDir(ctx, mod)
	if err != nil {
		return nil, err
	}
	m, err := module.Load(dir)
	if err != nil {
		return nil, err
	}
	if err := os.RemoveAll(workDir); err != nil {
		return nil, err
	}
	inputs, err := Inputs(job.Inputs, mod.PrimaryInput)
	var spec *module.Spec
	if err == nil {
		spec, _, err = m.Render(inputs)
	}
	if err != nil {
		return runner.BadInputRun(filepath.Join(workDir, "outputs"))
	}
	name := spec.Executor
	if r.Executors[name] == nil {
		for other := range r.Executors {
			if _, err := spec.Variant(other); err == nil {
				name = other
				break
			}
		}
	}
	if err := os.RemoveAll(workDir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(workDir, 0o755); err != nil {
		return nil, err
	}
	rn := &runner.Runner{Executors: r.Executors, Content: r.Store}
	run, err := rn.Run(ctx, m, inputs, name, workDir)
	switch {
	case err == nil:
		return run, nil
	case ctx.Err() != nil:
		return nil, err
	case run != nil && run.Failure != nil:
		return run, nil
	case errors.Is(err, runner.ErrBadInput):
		return runner.BadInputRun(filepath.Join(workDir, "outputs"))
	}
	return run, err
}
