package modulerun

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/state"
)

// ErrModuleUnavailable is returned when neither a local directory, the store nor the module's
// repository has the module.
var ErrModuleUnavailable = module.ErrModuleUnavailable

// Resolver is the module resolver RunJob uses.
func (r *Runner) Resolver() *module.Resolver {
	r.once.Do(func() {
		r.resolver = &module.Resolver{Store: r.Store, CacheDir: r.CacheDir, LocalDirs: r.ModuleDirs, MaxFetchBytes: r.MaxModuleFetchBytes}
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

// RunJob runs job's module under workDir (created if missing, and emptied first: ResetWorkDir)
// and returns
// the job's result: run.OutputsDir and run.CID are the module's outputs, or, when the module
// failed deterministically on these inputs (run.Failure is set), the record of that failure,
// which every honest provider and mediator reproduces.
//
// An error means the job could not be run here (the module cannot be fetched, the store or the
// engine fails, ctx ended): such errors say nothing about the provider's result and are retried,
// never judged.
func (r *Runner) RunJob(ctx context.Context, job *state.Job, mod *state.Module, workDir string) (*Run, error) {
	dir, err := r.ModuleDir(ctx, mod)
	if err != nil {
		return nil, err
	}
	m, err := module.Load(dir)
	if err != nil {
		return nil, err
	}
	if err := ResetWorkDir(workDir); err != nil {
		return nil, err
	}
	outDir := filepath.Join(workDir, "outputs")
	inputs, err := Inputs(job.Inputs, mod.PrimaryInput)
	var spec *module.Spec
	if err == nil {
		spec, _, err = m.Render(inputs)
	}
	if err != nil {
		return r.badInputRun(ctx, outDir)
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
	run, err := r.runSpec(ctx, m, spec, inputs, name, workDir)
	switch {
	case err == nil:
		return run, nil
	case ctx.Err() != nil:
		return nil, err
	case run != nil && run.Failure != nil:
		return run, nil
	case errors.Is(err, ErrBadInput):
		return r.badInputRun(ctx, outDir)
	}
	return run, err
}

// ResetWorkDir leaves workDir (created if missing) holding nothing but empty inputs/ and
// outputs/ directories, for a run: those a previous run left are emptied and kept rather than
// removed and made again. A provider runs every deal in one of a few work directories, and
// making and removing directories was a large part of a short run's cost (a directory change
// costs up to 0.4 ms of CPU on the machines measured).
func ResetWorkDir(workDir string) error {
	if err := os.MkdirAll(workDir, 0o755); err != nil {
		return fmt.Errorf("work dir: %w", err)
	}
	entries, err := os.ReadDir(workDir)
	if err != nil {
		return fmt.Errorf("work dir: %w", err)
	}
	for _, e := range entries {
		path := filepath.Join(workDir, e.Name())
		if (e.Name() == "inputs" || e.Name() == "outputs") && e.Type().IsDir() { // not a link
			if err := emptyDir(path); err != nil {
				return err
			}
			continue
		}
		if err := os.RemoveAll(path); err != nil {
			return fmt.Errorf("work dir: %w", err)
		}
	}
	return nil
}

func emptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("work dir: %w", err)
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
			return fmt.Errorf("work dir: %w", err)
		}
	}
	return nil
}
