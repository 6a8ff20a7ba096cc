package runner

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/storage"
)

const tmpl = `{"executor": "wasm", "wasm": {"module": "m.wasm", "sha256": "0000000000000000000000000000000000000000000000000000000000000000"},
"args": [], "resources": {"gpus": 0, "vramMiB": 0, "cpuMillis": 100, "ramMiB": 16, "diskMiB": 1},
"timeout": 5, "fileInputs": ["Data"], "outputs": ["out.txt"]}`

// echoExecutor copies the staged input to the declared output; it stands for
// an executor so the runner's own staging and hashing are what is tested.
type echoExecutor struct{}

func (echoExecutor) Run(_ context.Context, j executor.Job) (executor.Result, error) {
	b, err := os.ReadFile(filepath.Join(j.InputsDir, "Data"))
	if err != nil {
		return executor.Result{}, err
	}
	return executor.Result{}, os.WriteFile(filepath.Join(j.OutputsDir, "out.txt"), b, 0o644)
}

func setup(t *testing.T) (*module.Module, *storage.LocalStore, cid.Cid) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, module.TemplateFile), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := module.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	store, err := storage.NewLocalStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(t.TempDir(), "data.csv")
	if err := os.WriteFile(data, []byte("a,b\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := store.Put(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	return m, store, c
}

func TestRun_stagesFileInputsAndHashesOutputs(t *testing.T) {
	m, store, c := setup(t)
	r := &Runner{Executors: map[string]executor.Executor{module.ExecutorWasm: echoExecutor{}}, Content: store}
	run, err := r.Run(context.Background(), m, module.Inputs{"Data": c.String()}, "", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(run.OutputsDir, "out.txt"))
	if string(b) != "a,b\n1,2\n" {
		t.Fatalf("input not staged from the store: %q", b)
	}
	want, _ := storage.DirCID(run.OutputsDir)
	if !run.CID.Equals(want) || run.Executor != module.ExecutorWasm {
		t.Fatalf("run %+v, want CID %s", run, want)
	}
}

func TestRun_errors(t *testing.T) {
	m, store, c := setup(t)
	ctx := context.Background()
	r := &Runner{Executors: map[string]executor.Executor{}, Content: store}
	if _, err := r.Run(ctx, m, module.Inputs{"Data": c.String()}, "", t.TempDir()); err == nil || !strings.Contains(err.Error(), "not available") {
		t.Fatalf("missing executor: %v", err)
	}
	r.Executors[module.ExecutorWasm] = echoExecutor{}
	if _, err := r.Run(ctx, m, module.Inputs{"Data": "not-a-cid"}, "", t.TempDir()); err == nil || !strings.Contains(err.Error(), "want a CID") {
		t.Fatalf("bad CID: %v", err)
	}
	if _, err := r.Run(ctx, m, module.Inputs{}, "", t.TempDir()); !errors.Is(err, module.ErrMissingInput) {
		t.Fatalf("missing input: %v", err)
	}
	if _, err := r.Run(ctx, m, module.Inputs{"Data": c.String()}, "docker", t.TempDir()); !errors.Is(err, module.ErrNoVariant) {
		t.Fatalf("docker variant absent: %v", err)
	}
}
