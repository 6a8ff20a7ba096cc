package executor

import (
	"context"
	"os"
	"strings"
	"testing"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/client"

	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/testenv"
)

// failureCID runs the hostile fixture in mode with ex and returns the CID of its failure record.
func failureCID(t *testing.T, ex Executor, image *ImageArchive, variant string, h hostileRun) (Failure, string) {
	t.Helper()
	m, s := hostileModule(t, h, image)
	s.Executor = variant
	in, out := jobDirs(t)
	res, err := ex.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out})
	f, ok := Classify(err, res)
	if !ok {
		t.Fatalf("%s/%s: %v is not classified as the module's own failure", variant, h.mode, err)
	}
	dir := t.TempDir() + "/result"
	if err := f.Write(dir); err != nil {
		t.Fatal(err)
	}
	c, err := storage.DirCID(dir)
	if err != nil {
		t.Fatal(err)
	}
	back, ok, err := ReadFailure(dir)
	if err != nil || !ok || back.Kind != f.Kind || string(back.Stdout) != string(f.Stdout) {
		t.Fatalf("failure record does not read back: %+v %v %v", back, ok, err)
	}
	return f, c.String()
}

func TestFailureRecords_sameOnWasmAndDocker(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	cases := []hostileRun{
		{mode: "fail", args: []string{"bad input"}},
		{mode: "forever", timeout: 2},
	}
	wasmCIDs := map[string]string{}
	for _, h := range cases {
		f, c := failureCID(t, w, nil, module.ExecutorWasm, h)
		again, c2 := failureCID(t, w, nil, module.ExecutorWasm, h)
		if c != c2 {
			t.Fatalf("wasm/%s: two runs gave failure records %s and %s", h.mode, c, c2)
		}
		switch h.mode {
		case "fail":
			if f.Kind != FailExit || f.ExitCode != 7 || string(f.Stdout) != "cannot process \"bad input\"\n" {
				t.Fatalf("wasm/fail: recorded %+v (stdout %q)", again, f.Stdout)
			}
		case "forever":
			if f.Kind != FailTimeout || f.Stdout != nil {
				t.Fatalf("wasm/forever: recorded %+v", f)
			}
		}
		wasmCIDs[h.mode] = c
	}

	d := dockerOrSkip(t)
	buildFixtures(t)
	img, err := BuildImageArchive([]ImageFile{{Path: "/hostile", Data: fixtures.linuxBin}}, []string{"/hostile"})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range cases {
		_, c := failureCID(t, d, img, module.ExecutorDocker, h)
		if c != wasmCIDs[h.mode] {
			t.Errorf("%s: Docker's failure record %s differs from WASM's %s: a mediator with the other executor would vote the provider wrong", h.mode, c, wasmCIDs[h.mode])
		}
	}
}

func TestClassify_machineErrorsAreNotResults(t *testing.T) {
	for _, err := range []error{context.Canceled, context.DeadlineExceeded, errString("docker: create container: Cannot connect to the Docker daemon")} {
		if f, ok := Classify(err, Result{ExitCode: 1}); ok {
			t.Errorf("%v classified as the module's failure %+v", err, f)
		}
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// cutAfterStart cuts the engine's socket as soon as the container has started.
type cutAfterStart struct {
	DockerAPI
	cut func()
	id  string
}

func (c *cutAfterStart) ContainerStart(ctx context.Context, id string, o client.ContainerStartOptions) (client.ContainerStartResult, error) {
	res, err := c.DockerAPI.ContainerStart(ctx, id, o)
	c.id = id
	c.cut()
	return res, err
}

// TestDocker_engineLostMidRunIsNotAResult: the engine going away while the module runs is the
// machine's failure, not the module's: no failure record comes of it, and once the engine is
// back the same job runs to its result.
func TestDocker_engineLostMidRunIsNotAResult(t *testing.T) {
	d := dockerOrSkip(t)
	sock := strings.TrimPrefix(os.Getenv("DOCKER_HOST"), "unix://")
	if sock == "" {
		sock = "/var/run/docker.sock"
	}
	buildFixtures(t)
	img, err := BuildImageArchive([]ImageFile{{Path: "/hostile", Data: fixtures.linuxBin}}, []string{"/hostile"})
	if err != nil {
		t.Fatal(err)
	}
	cut := testenv.CutUnix(t, sock)
	api, err := client.New(client.WithHost("unix://" + cut.Addr()))
	if err != nil {
		t.Fatal(err)
	}
	defer api.Close()
	lossy := &cutAfterStart{DockerAPI: api, cut: cut.Cut}
	m, s := hostileModule(t, hostileRun{mode: "slow"}, img)
	s.Executor = module.ExecutorDocker
	in, out := jobDirs(t)
	ex := NewDockerWithAPI(lossy)
	res, err := ex.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out})
	first := lossy.id
	if first == "" {
		t.Fatalf("the container never started: %v", err)
	}
	t.Cleanup(func() {
		_, _ = d.API().ContainerRemove(context.Background(), first, client.ContainerRemoveOptions{Force: true})
	})
	if err == nil {
		t.Fatal("the run succeeded without its engine")
	}
	if f, ok := Classify(err, res); ok {
		t.Fatalf("losing the engine (%v) was taken for the module's own failure %+v: a provider would submit it and lose", err, f)
	}

	cut.Restore(t)
	lossy.cut = func() {}
	in, out = jobDirs(t)
	if _, err := ex.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out}); err != nil {
		t.Fatalf("the same job once the engine is back: %v", err)
	}
	// The container the engine could not remove while it was away is gone too.
	if _, err := d.API().ContainerInspect(context.Background(), first, client.ContainerInspectOptions{}); !cerrdefs.IsNotFound(err) {
		t.Fatalf("the container of the interrupted run is left behind (inspect: %v)", err)
	}
	if rep := readReport(t, out); rep != "slept\n" {
		t.Fatalf("report %q", rep)
	}
}
