// Package runner runs one module version for given inputs: it renders the
// spec, stages the inputs, runs the chosen executor and commits to the
// outputs by their CID. Providers and mediators call it; so does
// `pond module test`.
package runner

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ipfs/go-cid"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/storage"
)

// ContentGetter fetches verified content by CID (a storage.Store does).
type ContentGetter interface {
	Get(ctx context.Context, c cid.Cid, dest string) error
}

// Runner runs modules with the executors it has.
type Runner struct {
	Executors map[string]executor.Executor
	// Content resolves file inputs; may be nil when no module needs them.
	Content ContentGetter
}

// Run is the outcome of one run.
type Run struct {
	Executor   string
	Spec       *module.Spec
	OutputsDir string
	CID        cid.Cid
	Result     executor.Result
}

// Run executes m with inputs under workDir (which must exist and be empty)
// using the named executor ("" for the module's default).
func (r *Runner) Run(ctx context.Context, m *module.Module, inputs module.Inputs, executorName, workDir string) (*Run, error) {
	spec, _, err := m.Render(inputs)
	if err != nil {
		return nil, err
	}
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
		if err := os.Mkdir(d, 0o755); err != nil {
			return nil, fmt.Errorf("work dir: %w", err)
		}
	}
	for _, in := range append(append([]string{}, spec.FileInputs...), spec.OptionalFileInputs...) {
		if _, given := inputs[in]; !given {
			continue // an optional file input left out (Render refused a missing required one)
		}
		c, err := cid.Decode(inputs[in])
		if err != nil {
			return nil, fmt.Errorf("input %s: want a CID: %w", in, err)
		}
		if r.Content == nil {
			return nil, fmt.Errorf("input %s: no content store to fetch %s from", in, c)
		}
		if err := r.Content.Get(ctx, c, filepath.Join(inDir, in)); err != nil {
			return nil, fmt.Errorf("input %s: %w", in, err)
		}
	}
	res, err := ex.Run(ctx, executor.Job{Module: m, Spec: spec, InputsDir: inDir, OutputsDir: outDir})
	run := &Run{Executor: name, Spec: spec, OutputsDir: outDir, Result: res}
	if err != nil {
		return run, fmt.Errorf("run %s with %s: %w", filepath.Base(m.Dir), name, err)
	}
	c, err := storage.DirCID(outDir)
	if err != nil {
		return run, fmt.Errorf("outputs CID: %w", err)
	}
	run.CID = c
	return run, nil
}
