package modulerun

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/testenv"
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
	r := &Runner{Executors: map[string]executor.Executor{module.ExecutorWasm: echoExecutor{}}, Store: store}
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
	r := &Runner{Executors: map[string]executor.Executor{}, Store: store}
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

// exitExecutor stands for a module that exits with status 3 on any input.
type exitExecutor struct{}

func (exitExecutor) Run(context.Context, executor.Job) (executor.Result, error) {
	return executor.Result{ExitCode: 3, Stdout: []byte("no\n")}, fmt.Errorf("%w (status 3)", executor.ErrNonZeroExit)
}

// published is the setup module as the registry would pin it, found in a module directory.
func published(t *testing.T, m *module.Module) (*state.Module, string) {
	t.Helper()
	parent := t.TempDir()
	dir := filepath.Join(parent, "echo")
	if err := os.CopyFS(dir, os.DirFS(m.Dir)); err != nil {
		t.Fatal(err)
	}
	hash, c, err := module.SpecHash(dir)
	if err != nil {
		t.Fatal(err)
	}
	return &state.Module{ID: 1, NameVersion: "echo:v1", SpecHash: hash, SpecURI: "ipfs://" + c.String(), PrimaryInput: "Data"}, parent
}

// RunJob: the job's outputs; inputs that do not fit the module give the bad-input record and a
// module that fails gives its failure record (results, no error); an input or a module that
// cannot be fetched is an error (retried, never judged).
func TestRunJob_resultsFailureRecordsAndErrors(t *testing.T) {
	m, store, c := setup(t)
	mod, moduleDirs := published(t, m)
	ctx := context.Background()
	r := &Runner{Executors: map[string]executor.Executor{module.ExecutorWasm: echoExecutor{}}, Store: store,
		ModuleDirs: []string{moduleDirs}, CacheDir: t.TempDir()}
	work := filepath.Join(t.TempDir(), "run")

	run, err := r.RunJob(ctx, &state.Job{ID: 1, Inputs: `{"Data": "` + c.String() + `"}`}, mod, work)
	if err != nil || run.Failure != nil {
		t.Fatalf("run: %+v, %v", run, err)
	}
	if b, _ := os.ReadFile(filepath.Join(run.OutputsDir, "out.txt")); string(b) != "a,b\n1,2\n" {
		t.Fatalf("outputs %q", b)
	}
	want, _ := storage.DirCID(run.OutputsDir)
	if !run.CID.Equals(want) {
		t.Fatalf("CID %s, outputs hash to %s", run.CID, want)
	}

	// The same work directory again, inputs as the module's primary input: not a CID.
	for _, inputs := range []string{"not-a-cid", `{}`, `{"Data": 7}`, `{not json`} {
		run, err = r.RunJob(ctx, &state.Job{ID: 2, Inputs: inputs}, mod, work)
		if err != nil || run.Failure == nil || run.Failure.Kind != executor.FailBadInput {
			t.Fatalf("inputs %s: %+v, %v; want the bad-input record", inputs, run, err)
		}
		if f, ok, err := executor.ReadFailure(run.OutputsDir); err != nil || !ok || f.Kind != executor.FailBadInput {
			t.Fatalf("inputs %s: the result directory holds %+v, %v, %v", inputs, f, ok, err)
		}
	}

	failing := &Runner{Executors: map[string]executor.Executor{module.ExecutorWasm: exitExecutor{}}, Store: store, ModuleDirs: []string{moduleDirs}}
	run, err = failing.RunJob(ctx, &state.Job{ID: 3, Inputs: `{"Data": "` + c.String() + `"}`}, mod, work)
	if err != nil || run.Failure == nil || run.Failure.Kind != executor.FailExit || run.Failure.ExitCode != 3 {
		t.Fatalf("a module exiting 3: %+v, %v; want its failure record", run, err)
	}

	missing, err := cid.Decode("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")
	if err != nil {
		t.Fatal(err)
	}
	if run, err = r.RunJob(ctx, &state.Job{ID: 4, Inputs: `{"Data": "` + missing.String() + `"}`}, mod, work); !errors.Is(err, ErrInputUnavailable) {
		t.Fatalf("an input the store does not have: %+v, %v; want ErrInputUnavailable", run, err)
	}
	elsewhere := *mod
	elsewhere.SpecURI = "ipfs://" + missing.String()
	if run, err = r.RunJob(ctx, &state.Job{ID: 5, Inputs: `{}`}, &elsewhere, work); !errors.Is(err, ErrModuleUnavailable) {
		t.Fatalf("a module nowhere to be had: %+v, %v; want ErrModuleUnavailable", run, err)
	}
}

// A runner with an outputs store stores each result directory (outputs, failure record,
// bad-input record) under the run's CID as it hashes it: a provider serves what it submits.
func TestRunJob_storesResultsInTheOutputsStore(t *testing.T) {
	m, store, c := setup(t)
	mod, moduleDirs := published(t, m)
	ctx := context.Background()
	outputs, err := storage.NewLocalStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		ex     executor.Executor
		inputs string
	}{
		{"outputs", echoExecutor{}, `{"Data": "` + c.String() + `"}`},
		{"failure record", exitExecutor{}, `{"Data": "` + c.String() + `"}`},
		{"bad-input record", echoExecutor{}, `{not json`},
	} {
		r := &Runner{Executors: map[string]executor.Executor{module.ExecutorWasm: tc.ex}, Store: store,
			ModuleDirs: []string{moduleDirs}, CacheDir: t.TempDir(), Outputs: outputs}
		run, err := r.RunJob(ctx, &state.Job{ID: 1, Inputs: tc.inputs}, mod, filepath.Join(t.TempDir(), "run"))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		want, err := storage.DirCID(run.OutputsDir)
		if err != nil || !run.CID.Equals(want) {
			t.Fatalf("%s: CID %s, the directory hashes to %s (%v)", tc.name, run.CID, want, err)
		}
		got := filepath.Join(t.TempDir(), "got")
		if err := outputs.Get(ctx, run.CID, got); err != nil {
			t.Fatalf("%s: the outputs store does not hold the result: %v", tc.name, err)
		}
		if back, err := storage.DirCID(got); err != nil || !back.Equals(run.CID) {
			t.Fatalf("%s: the stored result hashes to %s (%v), want %s", tc.name, back, err, run.CID)
		}
	}
}

// A work directory used again is emptied, not made again: a second run in it makes no
// directory, sees nothing of the first (what the first left in inputs/, outputs/ or beside
// them is gone), and gives the result a fresh directory gives.
func TestRunJob_reusesItsWorkDirectoryEmptied(t *testing.T) {
	m, store, c := setup(t)
	mod, moduleDirs := published(t, m)
	ctx := context.Background()
	r := &Runner{Executors: map[string]executor.Executor{module.ExecutorWasm: echoExecutor{}}, Store: store,
		ModuleDirs: []string{moduleDirs}, CacheDir: t.TempDir()}
	job := &state.Job{ID: 1, Inputs: `{"Data": "` + c.String() + `"}`}
	fresh, err := r.RunJob(ctx, job, mod, filepath.Join(t.TempDir(), "fresh"))
	if err != nil {
		t.Fatal(err)
	}

	work := filepath.Join(t.TempDir(), "work")
	if _, err := r.RunJob(ctx, job, mod, work); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"outputs/stale.txt", "inputs/stale", "other/stale"} {
		path := filepath.Join(work, f)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("left by the last run"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	made := 0
	defer func(orig func(string, os.FileMode) error) { mkdir = orig }(mkdir)
	mkdir = func(dir string, perm os.FileMode) error { made++; return os.Mkdir(dir, perm) }
	again, err := r.RunJob(ctx, job, mod, work)
	if err != nil {
		t.Fatal(err)
	}
	if made != 0 {
		t.Fatalf("a run in a used work directory made %d directories, want none", made)
	}
	if !again.CID.Equals(fresh.CID) {
		t.Fatalf("the run in a used work directory gave %s, a fresh one %s", again.CID, fresh.CID)
	}
	entries, err := os.ReadDir(work)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != "inputs,outputs" {
		t.Fatalf("the work directory holds %v, want inputs and outputs only", names)
	}
	for _, f := range []string{"inputs/stale", "outputs/stale.txt"} {
		if _, err := os.Lstat(filepath.Join(work, f)); !os.IsNotExist(err) {
			t.Fatalf("%s of the last run is still there (%v)", f, err)
		}
	}
}

// A provider's umask is its operator's choice (027 on hardened hosts): the inputs it stages
// must still be readable by the Docker sandbox's unprivileged user. Two honest providers that
// differ only in umask run csvstats on the same CSV; with 027 the staged /inputs is 0750 and
// its file 0640, owned by the provider, so the module cannot read them, fails, and the
// provider posts a failure record the mediators (umask 022) do not reproduce.
func TestRun_dockerInputsDoNotDependOnTheUmask(t *testing.T) {
	ctx := context.Background()
	d, err := executor.NewDocker(ctx)
	if err != nil {
		testenv.Unavailable(t, "Docker engine", err)
	}
	dir, _ := filepath.Abs("../../modules/csvstats")
	if _, err := os.Stat(filepath.Join(dir, "image.tar")); err != nil {
		testenv.Unavailable(t, "csvstats image archive (make modules)", err)
	}
	m, err := module.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	store, err := storage.NewLocalStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c, err := store.Put(ctx, filepath.Join(dir, "example.csv"))
	if err != nil {
		t.Fatal(err)
	}
	r := &Runner{Executors: map[string]executor.Executor{module.ExecutorDocker: d}, Store: store}
	var cids []string
	for _, mask := range []int{0o022, 0o027} {
		work := t.TempDir()
		old := syscall.Umask(mask)
		run, err := r.Run(ctx, m, module.Inputs{"Data": c.String()}, module.ExecutorDocker, work)
		syscall.Umask(old)
		if run == nil || !run.CID.Defined() {
			t.Fatalf("umask %03o: no result: %v", mask, err)
		}
		t.Logf("umask %03o: %s (%v; stdout %q)", mask, run.CID, err, run.Result.Stdout)
		cids = append(cids, run.CID.String())
	}
	if cids[0] != cids[1] {
		t.Fatalf("same job, two honest providers, umask 022 and 027: results %s and %s", cids[0], cids[1])
	}
}

// pbFile hand-encodes a dag-pb UnixFS file node linking to children (each of leafSize bytes of
// content): what a job creator can put in a store without Pond's encoder.
func pbFile(children []cid.Cid, childSize uint64) []byte {
	varint := func(b []byte, field int, v uint64) []byte {
		return binary.AppendUvarint(binary.AppendUvarint(b, uint64(field)<<3), v)
	}
	bytesField := func(b []byte, field int, v []byte) []byte {
		b = binary.AppendUvarint(b, uint64(field)<<3|2)
		return append(binary.AppendUvarint(b, uint64(len(v))), v...)
	}
	var node []byte
	for _, c := range children {
		var l []byte
		l = bytesField(l, 1, c.Bytes())
		l = bytesField(l, 2, nil)
		l = varint(l, 3, childSize)
		node = bytesField(node, 2, l)
	}
	data := varint([]byte{0x08, 0x02}, 3, childSize*uint64(len(children)))
	for range children {
		data = varint(data, 4, childSize)
	}
	return bytesField(node, 1, data)
}

// A file input's DAG may link one block many times: a few blocks in the store expand into any
// size on the provider's disk (here 100 KiB of blocks into 50 MiB; one more level of 174 links
// is 8.5 GiB, two more 1.5 TiB) before the sandbox and its diskMiB apply. Staging must stop at a
// bound the spec states (its disk budget), deterministically: a bad-input failure, not a disk
// filled on every provider and mediator that takes the job.
func TestRun_inputDAGBombIsNotExpanded(t *testing.T) {
	m, _, _ := setup(t) // diskMiB 1
	storeDir := t.TempDir()
	store, err := storage.NewLocalStore(storeDir)
	if err != nil {
		t.Fatal(err)
	}
	put := func(codec uint64, block []byte) cid.Cid {
		h, err := mh.Sum(block, mh.SHA2_256, -1)
		if err != nil {
			t.Fatal(err)
		}
		c := cid.NewCidV1(codec, h)
		if err := os.WriteFile(filepath.Join(storeDir, "blocks", c.String()), block, 0o644); err != nil {
			t.Fatal(err)
		}
		return c
	}
	leaf := put(cid.Raw, bytes.Repeat([]byte("A"), 64<<10))
	mid := put(cid.DagProtobuf, pbFile(slices.Repeat([]cid.Cid{leaf}, 200), 64<<10))
	top := put(cid.DagProtobuf, pbFile(slices.Repeat([]cid.Cid{mid}, 4), 200*64<<10))

	var called bool
	r := &Runner{Executors: map[string]executor.Executor{module.ExecutorWasm: executorFunc(func(executor.Job) { called = true })}, Store: store}
	work := t.TempDir()
	_, err = r.Run(context.Background(), m, module.Inputs{"Data": top.String()}, "", work)
	staged, _ := os.Stat(filepath.Join(work, "inputs", "Data"))
	if staged != nil && staged.Size() > 1<<20 {
		t.Errorf("a %d-byte input was staged for a module whose disk budget is 1 MiB", staged.Size())
	}
	if called {
		t.Error("the module ran on an input larger than its disk budget")
	}
	if !errors.Is(err, ErrBadInput) {
		t.Errorf("want ErrBadInput (the same on every machine), got %v", err)
	}
}

type executorFunc func(executor.Job)

func (f executorFunc) Run(_ context.Context, j executor.Job) (executor.Result, error) {
	f(j)
	return executor.Result{}, os.WriteFile(filepath.Join(j.OutputsDir, "out.txt"), nil, 0o644)
}
