package executor

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/client"
	"github.com/tetratelabs/wazero"

	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/testenv"
)

// fixtures are the hostile module built once per test binary.
var fixtures struct {
	once     sync.Once
	err      error
	wasm     []byte
	wasmSHA  string
	linuxBin []byte
	dir      string
}

func buildFixtures(t *testing.T) {
	t.Helper()
	fixtures.once.Do(func() {
		dir, err := os.MkdirTemp("", "pond-hostile-*")
		if err != nil {
			fixtures.err = err
			return
		}
		fixtures.dir = dir
		build := func(out string, env ...string) error {
			cmd := exec.Command("go", "build", "-trimpath", "-o", out, "./testdata/hostile")
			cmd.Env = append(append(os.Environ(), "CGO_ENABLED=0"), env...)
			if b, err := cmd.CombinedOutput(); err != nil {
				return fmt.Errorf("build hostile fixture: %v\n%s", err, b)
			}
			return nil
		}
		if fixtures.err = build(filepath.Join(dir, "hostile.wasm"), "GOOS=wasip1", "GOARCH=wasm"); fixtures.err != nil {
			return
		}
		if fixtures.err = build(filepath.Join(dir, "hostile"), "GOOS=linux", "GOARCH=amd64"); fixtures.err != nil {
			return
		}
		fixtures.wasm, fixtures.err = os.ReadFile(filepath.Join(dir, "hostile.wasm"))
		if fixtures.err != nil {
			return
		}
		sum := sha256.Sum256(fixtures.wasm)
		fixtures.wasmSHA = hex.EncodeToString(sum[:])
		fixtures.linuxBin, fixtures.err = os.ReadFile(filepath.Join(dir, "hostile"))
	})
	if fixtures.err != nil {
		t.Fatal(fixtures.err)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fixtures.dir != "" {
		os.RemoveAll(fixtures.dir)
	}
	os.Exit(code)
}

type hostileRun struct {
	mode    string
	args    []string
	timeout int
	ramMiB  int
	diskMiB int
	// tag, when set, is appended to the WASM binary as a custom section: another binary (and
	// sha256) that runs the same.
	tag string
}

// hostileModule writes a module directory whose spec runs the fixture in mode.
func hostileModule(t *testing.T, h hostileRun, image *ImageArchive) (*module.Module, *module.Spec) {
	t.Helper()
	buildFixtures(t)
	dir := t.TempDir()
	bin, sha := fixtures.wasm, fixtures.wasmSHA
	if h.tag != "" {
		// the section's name, then its contents (wazero cannot read an empty custom section
		// that ends the binary)
		custom := append(append([]byte{byte(len(h.tag))}, h.tag...), h.tag...)
		bin = append(append(append([]byte(nil), bin...), 0, byte(len(custom))), custom...)
		sum := sha256.Sum256(bin)
		sha = hex.EncodeToString(sum[:])
	}
	if err := os.WriteFile(filepath.Join(dir, "hostile.wasm"), bin, 0o644); err != nil {
		t.Fatal(err)
	}
	docker := ""
	if image != nil {
		if err := os.WriteFile(filepath.Join(dir, "image.tar"), image.Tar, 0o644); err != nil {
			t.Fatal(err)
		}
		docker = fmt.Sprintf(`"docker": {"image": %q, "imageArchive": "image.tar"},`, image.ID)
	}
	if h.timeout == 0 {
		h.timeout = 20
	}
	if h.ramMiB == 0 {
		h.ramMiB = 64
	}
	if h.diskMiB == 0 {
		h.diskMiB = 8
	}
	args := `[{{.Mode}}`
	for i := range h.args {
		args += fmt.Sprintf(", {{.Arg%d}}", i)
	}
	args += `]`
	tmpl := fmt.Sprintf(`{"executor": "wasm", "wasm": {"module": "hostile.wasm", "sha256": %q}, %s
"args": %s, "resources": {"gpus": 0, "vramMiB": 0, "cpuMillis": 500, "ramMiB": %d, "diskMiB": %d},
"timeout": %d, "outputs": []}`, sha, docker, args, h.ramMiB, h.diskMiB, h.timeout)
	if err := os.WriteFile(filepath.Join(dir, module.TemplateFile), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := module.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	in := module.Inputs{"Mode": h.mode}
	for i, a := range h.args {
		in[fmt.Sprintf("Arg%d", i)] = a
	}
	s, _, err := m.Render(in)
	if err != nil {
		t.Fatal(err)
	}
	return m, s
}

// jobDirs returns an inputs dir holding a canary file and an empty outputs dir.
func jobDirs(t *testing.T) (string, string) {
	t.Helper()
	base := t.TempDir()
	in, out := filepath.Join(base, "inputs"), filepath.Join(base, "outputs")
	for _, d := range []string{in, out} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(in, "canary"), []byte("untouched"), 0o644); err != nil {
		t.Fatal(err)
	}
	return in, out
}

// assertHostUntouched checks what a job could have damaged on the host.
func assertHostUntouched(t *testing.T, in, out string) {
	t.Helper()
	entries, err := os.ReadDir(in)
	if err != nil || len(entries) != 1 {
		t.Errorf("inputs dir changed: %v %v", entries, err)
	}
	if b, _ := os.ReadFile(filepath.Join(in, "canary")); string(b) != "untouched" {
		t.Errorf("input canary changed: %q", b)
	}
	for _, p := range []string{"/escaped", "/tmp/escaped", "/etc/escaped", "/tmp/pond-escaped", filepath.Join(filepath.Dir(out), "escaped")} {
		if _, err := os.Lstat(p); err == nil {
			t.Errorf("module wrote %s on the host", p)
			os.Remove(p)
		}
	}
}

// loopbackListener counts connections to a host-side port.
func loopbackListener(t *testing.T) (string, *atomic.Int32) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	var n atomic.Int32
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			n.Add(1)
			c.Close()
		}
	}()
	return fmt.Sprint(l.Addr().(*net.TCPAddr).Port), &n
}

func readReport(t *testing.T, out string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "report.txt"))
	if err != nil {
		t.Fatalf("no report from the module: %v", err)
	}
	return string(b)
}

// hostileSuite runs every hostile fixture through ex. image is nil for WASM.
func hostileSuite(t *testing.T, ex Executor, image *ImageArchive, variant string) {
	ctx := context.Background()
	//lint:ignore ST1008 the run's error is compared with the two outputs that follow it
	run := func(t *testing.T, h hostileRun) (Result, error, string, string) {
		m, s := hostileModule(t, h, image)
		if variant == module.ExecutorDocker {
			s.Executor = module.ExecutorDocker
		}
		in, out := jobDirs(t)
		res, err := ex.Run(ctx, Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out})
		t.Logf("%s/%s: exit %d after %v: %v; stderr: %.200s", variant, h.mode, res.ExitCode, res.Duration.Round(time.Millisecond), err, res.Stderr)
		assertHostUntouched(t, in, out)
		return res, err, in, out
	}

	t.Run("network", func(t *testing.T) {
		port, conns := loopbackListener(t)
		_, err, _, out := run(t, hostileRun{mode: "network", args: []string{port}})
		if err != nil {
			t.Fatalf("the module should finish and report: %v", err)
		}
		rep := readReport(t, out)
		if strings.Contains(rep, "CONNECTED") || strings.Count(rep, "blocked") != 3 {
			t.Fatalf("network reachable from the module:\n%s", rep)
		}
		if n := conns.Load(); n != 0 {
			t.Fatalf("host listener accepted %d connections from the module", n)
		}
	})
	t.Run("escape", func(t *testing.T) {
		_, err, _, out := run(t, hostileRun{mode: "escape"})
		if err != nil {
			t.Fatalf("the module should finish and report: %v", err)
		}
		if rep := readReport(t, out); strings.Contains(rep, "WROTE") || strings.Count(rep, "blocked") != 6 {
			t.Fatalf("module wrote outside /outputs:\n%s", rep)
		}
	})
	t.Run("symlink", func(t *testing.T) {
		_, err, _, out := run(t, hostileRun{mode: "symlink"})
		if err != nil && !errors.Is(err, ErrBadOutput) {
			t.Fatalf("want success without the link or ErrBadOutput, got %v", err)
		}
		if err == nil {
			if _, lerr := os.Lstat(filepath.Join(out, "leak")); lerr == nil {
				t.Fatal("a symlink reached the outputs")
			}
		}
	})
	t.Run("filldisk", func(t *testing.T) {
		_, err, _, out := run(t, hostileRun{mode: "filldisk", diskMiB: 8})
		if !errors.Is(err, ErrOutputTooLarge) {
			t.Fatalf("want ErrOutputTooLarge, got %v", err)
		}
		if variant == module.ExecutorDocker {
			// Docker outputs are only copied out after a clean exit.
			if entries, _ := os.ReadDir(out); len(entries) != 0 {
				t.Fatalf("outputs of a failed run were copied: %d entries", len(entries))
			}
		} else if sz := dirSize(out); sz > 8<<20 {
			t.Fatalf("module wrote %d bytes past its 8 MiB budget", sz)
		}
	})
	t.Run("forever", func(t *testing.T) {
		start := time.Now()
		_, err, _, _ := run(t, hostileRun{mode: "forever", timeout: 2})
		if !errors.Is(err, ErrTimeout) {
			t.Fatalf("want ErrTimeout, got %v", err)
		}
		if d := time.Since(start); d > 60*time.Second {
			t.Fatalf("killing took %v", d)
		}
	})
	t.Run("memory", func(t *testing.T) {
		res, err, _, _ := run(t, hostileRun{mode: "memory", ramMiB: 64, timeout: 60})
		if err == nil {
			t.Fatal("a module allocating without bound succeeded")
		}
		if variant == module.ExecutorDocker && !errors.Is(err, ErrOutOfMemory) {
			t.Fatalf("want ErrOutOfMemory, got %v (exit %d)", err, res.ExitCode)
		}
	})
	// A fork bomb's copies are Go programs of a few MiB each: the memory given here is well
	// above what the pids limit lets them use, so they meet the pids limit, not the OOM killer
	// (at 64 MiB they thrash against the memory limit, and nothing is decided by the timeout).
	const forkRAM = 1024
	t.Run("forklimit", func(t *testing.T) {
		res, err, _, out := run(t, hostileRun{mode: "forkbomb", args: []string{"report"}, ramMiB: forkRAM, timeout: 120})
		if variant == module.ExecutorWasm {
			// WASI has no process API: the fixture cannot fork and says so.
			if !errors.Is(err, ErrNonZeroExit) || res.ExitCode != 3 {
				t.Fatalf("want exit 3 from a WASI fork attempt, got %v", err)
			}
			return
		}
		if err != nil {
			t.Fatalf("the first copy should stop at the first refused fork and report: %v", err)
		}
		rep := readReport(t, out)
		t.Logf("report: %s", rep)
		var started int
		var why string
		if _, serr := fmt.Sscanf(rep, "refused after %d copies: %s", &started, &why); serr != nil || !strings.Contains(rep, "resource temporarily unavailable") {
			t.Fatalf("want the pids limit to refuse a fork (EAGAIN), report: %q (%v)", rep, serr)
		}
		if limit := ex.(*Docker).PidsLimit; started < 1 || int64(started) >= limit {
			t.Fatalf("%d copies started under a limit of %d processes and threads", started, limit)
		}
		waitReaped(t, "forkbomb")
	})
	t.Run("forkbomb", func(t *testing.T) {
		res, err, _, _ := run(t, hostileRun{mode: "forkbomb", ramMiB: forkRAM, timeout: 5})
		if variant == module.ExecutorWasm {
			if !errors.Is(err, ErrNonZeroExit) || res.ExitCode != 3 {
				t.Fatalf("want exit 3 from a WASI fork attempt, got %v", err)
			}
			return
		}
		// Held by the pids limit (forklimit) until the timeout kills it, or (when the copies
		// fill the memory limit first) stopped by the OOM killer.
		if !errors.Is(err, ErrTimeout) && !errors.Is(err, ErrOutOfMemory) {
			t.Fatalf("want ErrTimeout or ErrOutOfMemory for a fork bomb, got %v", err)
		}
		waitReaped(t, "forkbomb")
	})
}

// waitReaped fails t unless every host process whose command line mentions word is gone within
// a while: the kernel reaps a container's processes after its first process dies.
func waitReaped(t *testing.T, word string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for hostProcesses(word) != 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if n := hostProcesses(word); n != 0 {
		t.Fatalf("%d %s processes survive on the host", n, word)
	}
}

// hostProcesses counts host processes whose command line mentions word.
func hostProcesses(word string) int {
	n := 0
	procs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, p := range procs {
		if b, err := os.ReadFile(p); err == nil && strings.Contains(string(b), word) && !strings.Contains(string(b), "go") {
			n++
		}
	}
	return n
}

func TestWasm_hostileModulesAreContained(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	hostileSuite(t, w, nil, module.ExecutorWasm)
}

// A module must not reach the host through a link it makes in /outputs: wazero refuses a link
// to an absolute path, not a relative one climbing out ("../../.."), which the host then
// follows when the module opens a path through it. The link is gone by the end of the run, so
// checkOutputs cannot see it; the harm (a host file read into the published result, a file
// planted on the host) is done during the run.
func TestWasm_relativeSymlinkCannotLeaveOutputs(t *testing.T) {
	secretDir := t.TempDir() // stands for the provider's home, keystore or module cache
	if err := os.WriteFile(filepath.Join(secretDir, "secret.txt"), []byte("provider-private-key"), 0o600); err != nil {
		t.Fatal(err)
	}
	w := NewWasm()
	defer w.Close(context.Background())
	m, s := hostileModule(t, hostileRun{mode: "relsymlink", args: []string{secretDir}}, nil)
	in, out := jobDirs(t)
	res, err := w.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out})
	t.Logf("exit %d: %v; stderr: %.300s", res.ExitCode, err, res.Stderr)
	assertHostUntouched(t, in, out)
	if _, err := os.Lstat(filepath.Join(secretDir, "pwned.txt")); err == nil {
		t.Error("the module created a file in a host directory outside its outputs")
	}
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if b, _ := os.ReadFile(p); strings.Contains(string(b), "provider-private-key") {
				t.Errorf("a host file outside the sandbox reached the outputs: %s", p)
			}
		}
		return nil
	})
}

// recordingAPI remembers the containers the executor created.
type recordingAPI struct {
	DockerAPI
	mu  sync.Mutex
	ids []string
}

func (r *recordingAPI) ContainerCreate(ctx context.Context, o client.ContainerCreateOptions) (client.ContainerCreateResult, error) {
	res, err := r.DockerAPI.ContainerCreate(ctx, o)
	if err == nil {
		r.mu.Lock()
		r.ids = append(r.ids, res.ID)
		r.mu.Unlock()
	}
	return res, err
}

func dockerOrSkip(t *testing.T) *Docker {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	d, err := NewDocker(ctx)
	if err != nil {
		testenv.Unavailable(t, "Docker engine", err)
	}
	return d
}

func TestDocker_hostileModulesAreContained(t *testing.T) {
	d := dockerOrSkip(t)
	rec := &recordingAPI{DockerAPI: d.API()}
	d.api = rec
	buildFixtures(t)
	img, err := BuildImageArchive([]ImageFile{{Path: "/hostile", Data: fixtures.linuxBin}}, []string{"/hostile"})
	if err != nil {
		t.Fatal(err)
	}
	hostileSuite(t, d, img, module.ExecutorDocker)

	if len(rec.ids) == 0 {
		t.Fatal("no containers were created")
	}
	for _, id := range rec.ids {
		if _, err := rec.ContainerInspect(context.Background(), id, client.ContainerInspectOptions{}); !cerrdefs.IsNotFound(err) {
			t.Errorf("container %s was not removed (inspect: %v)", id, err)
		}
	}
}

// oomFlagLost reports every container as not killed by the OOM killer, as the engine does when
// the kernel's OOM event reaches it after the container's exit (seen under load: exit 137,
// OOMKilled false).
type oomFlagLost struct{ DockerAPI }

func (o oomFlagLost) ContainerInspect(ctx context.Context, id string, opts client.ContainerInspectOptions) (client.ContainerInspectResult, error) {
	res, err := o.DockerAPI.ContainerInspect(ctx, id, opts)
	if err == nil && res.Container.State != nil {
		st := *res.Container.State
		st.OOMKilled = false
		res.Container.State = &st
	}
	return res, err
}

// TestDocker_aKillPondDidNotSendIsOutOfMemory: whether the engine's OOMKilled flag is set when
// the container's exit is read depends on the machine's load, so two honest machines could
// record one run as out of memory and as "exit 137" (with a stdout tail cut wherever the kill
// fell): different results, and one of them loses its collateral. A SIGKILL that Pond did not
// send is the OOM killer's (the module's first process cannot receive it from inside its PID
// namespace, nor can anything else in the container without capabilities): it is out of memory
// with the flag or without it. A module that exits with 137 itself is recorded the same way, on
// every machine.
func TestDocker_aKillPondDidNotSendIsOutOfMemory(t *testing.T) {
	d := dockerOrSkip(t)
	d.api = oomFlagLost{d.API()}
	buildFixtures(t)
	img, err := BuildImageArchive([]ImageFile{{Path: "/hostile", Data: fixtures.linuxBin}}, []string{"/hostile"})
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"memory", "exit137"} {
		m, s := hostileModule(t, hostileRun{mode: mode, ramMiB: 64, timeout: 60}, img)
		s.Executor = module.ExecutorDocker
		in, out := jobDirs(t)
		res, err := d.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out})
		if !errors.Is(err, ErrOutOfMemory) {
			t.Fatalf("%s: want ErrOutOfMemory, got %v (exit %d)", mode, err, res.ExitCode)
		}
		if f, ok := Classify(err, res); !ok || f.Kind != FailOutOfMemory || len(f.Stdout) != 0 {
			t.Fatalf("%s: recorded as %+v (%v)", mode, f, ok)
		}
	}
}

func TestBuildImageArchive_isDeterministicAndLoads(t *testing.T) {
	files := []ImageFile{{Path: "/bin/x", Data: []byte("#!x")}, {Path: "/a", Data: []byte("a")}}
	a, err := BuildImageArchive(files, []string{"/bin/x"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := BuildImageArchive([]ImageFile{files[1], files[0]}, []string{"/bin/x"})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != b.ID || string(a.Tar) != string(b.Tar) {
		t.Fatalf("same files gave different archives: %s vs %s", a.ID, b.ID)
	}
	c, err := BuildImageArchive([]ImageFile{{Path: "/bin/x", Data: []byte("#!y")}, files[1]}, []string{"/bin/x"})
	if err != nil {
		t.Fatal(err)
	}
	if c.ID == a.ID {
		t.Fatal("different content, same image ID")
	}
	d := dockerOrSkip(t)
	if err := LoadImage(context.Background(), d.API(), strings.NewReader(string(a.Tar))); err != nil {
		t.Fatal(err)
	}
	got, err := d.API().ImageInspect(context.Background(), a.ID)
	if err != nil {
		t.Fatalf("docker does not know the image under the ID we computed: %v", err)
	}
	if got.ID != a.ID {
		t.Fatalf("docker says %s, we computed %s", got.ID, a.ID)
	}
}

func TestDocker_containerConfig(t *testing.T) {
	d := NewDockerWithAPI(nil)
	s := &module.Spec{
		Docker:    &module.Docker{Image: "sha256:" + strings.Repeat("a", 64)},
		Args:      []string{"x"},
		Env:       map[string]string{"B": "2", "A": "1"},
		Resources: module.Resources{GPUs: 2, VRAMMiB: 8192, CPUMillis: 1500, RAMMiB: 512, DiskMiB: 100},
	}
	cfg, host := d.containerConfig(s, "/in", "/stage")
	if host.NetworkMode != "none" || !cfg.NetworkDisabled || !host.ReadonlyRootfs {
		t.Fatal("network or root filesystem not locked down")
	}
	if host.NanoCPUs != 1_500_000_000 || host.Memory != 512<<20 || host.MemorySwap != host.Memory || *host.PidsLimit != 256 {
		t.Fatalf("limits: cpu %d mem %d swap %d pids %d", host.NanoCPUs, host.Memory, host.MemorySwap, *host.PidsLimit)
	}
	if len(host.DeviceRequests) != 1 || host.DeviceRequests[0].Driver != "nvidia" || host.DeviceRequests[0].Count != 2 ||
		host.DeviceRequests[0].Capabilities[0][0] != "gpu" {
		t.Fatalf("GPU device request: %+v", host.DeviceRequests)
	}
	if !host.Mounts[0].ReadOnly || host.Mounts[0].Target != "/inputs" || host.Mounts[1].Target != "/outputs" {
		t.Fatalf("mounts: %+v", host.Mounts)
	}
	if strings.Join(cfg.Env, ",") != "A=1,B=2" || cfg.User == "" || cfg.User[0] == '0' {
		t.Fatalf("env %q user %q", cfg.Env, cfg.User)
	}
	s.Resources.GPUs = 0
	if _, host := d.containerConfig(s, "/in", "/stage"); len(host.DeviceRequests) != 0 {
		t.Fatal("device request without GPUs")
	}
}

// TestWasm_noEntropy: clock, random sources, pid and environment are the
// same on every run, so a module cannot differ between runs by accident.
func TestWasm_noEntropy(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	var reports []string
	for i := 0; i < 2; i++ {
		m, s := hostileModule(t, hostileRun{mode: "entropy"}, nil)
		in, out := jobDirs(t)
		if _, err := w.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out}); err != nil {
			t.Fatal(err)
		}
		reports = append(reports, readReport(t, out))
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("entropy report:\n%s", reports[0])
	if reports[0] != reports[1] {
		t.Fatalf("two runs saw different clocks or randomness:\n%s\n---\n%s", reports[0], reports[1])
	}
	if strings.Contains(reports[0], fmt.Sprint(time.Now().Year())) {
		t.Fatalf("the host's wall clock leaked in:\n%s", reports[0])
	}
}

// Runs share one runtime (WASI built once, not per run), whatever their memory limit, and each
// run's limit holds: a run past its limit is out of memory, and the next run is not.
func TestWasm_runsShareOneRuntime(t *testing.T) {
	runtimes := 0
	defer func(orig func(context.Context, wazero.RuntimeConfig) wazero.Runtime) { newRuntime = orig }(newRuntime)
	newRuntime = func(ctx context.Context, cfg wazero.RuntimeConfig) wazero.Runtime {
		runtimes++
		return wazero.NewRuntimeWithConfig(ctx, cfg)
	}
	w := NewWasm()
	defer w.Close(context.Background())
	run := func(h hostileRun) error {
		m, s := hostileModule(t, h, nil)
		in, out := jobDirs(t)
		_, err := w.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out})
		return err
	}
	for i := range 3 {
		if err := run(hostileRun{mode: "entropy", ramMiB: 64}); err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
	}
	if runtimes != 1 {
		t.Fatalf("3 runs with the same memory limit built %d runtimes, want 1", runtimes)
	}
	if err := run(hostileRun{mode: "memory", ramMiB: 16, timeout: 60}); !errors.Is(err, ErrOutOfMemory) {
		t.Fatalf("a module allocating without bound under a 16 MiB limit: %v, want ErrOutOfMemory", err)
	}
	if err := run(hostileRun{mode: "entropy", ramMiB: 16}); err != nil {
		t.Fatalf("a run after one that hit its memory limit: %v", err)
	}
	if err := run(hostileRun{mode: "entropy", ramMiB: 64}); err != nil {
		t.Fatalf("a 64 MiB run after a 16 MiB one: %v", err)
	}
	if runtimes != 1 {
		t.Fatalf("runs with two memory limits built %d runtimes, want 1", runtimes)
	}
}

// Runs at once in one runtime are isolated: each sees its own files and the same fixed clock
// and randomness.
func TestWasm_concurrentRunsInOneRuntime(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	const n = 4
	reports := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		m, s := hostileModule(t, hostileRun{mode: "entropy"}, nil)
		in, out := jobDirs(t)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, errs[i] = w.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out}); errs[i] == nil {
				raw, err := os.ReadFile(filepath.Join(out, "report.txt"))
				reports[i], errs[i] = string(raw), err
			}
		}()
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("run %d: %v", i, errs[i])
		}
		if reports[i] == "" || reports[i] != reports[0] {
			t.Fatalf("run %d reported %q, run 0 %q", i, reports[i], reports[0])
		}
	}
}

// A pinned binary is read and compiled once, whatever the runs' memory limits: later runs use the compiled code
// (the file is not read again, it may even be gone), and a binary that could not be read is
// not remembered as failed.
func TestWasm_compilesAPinnedBinaryOnce(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	m, s := hostileModule(t, hostileRun{mode: "entropy"}, nil)
	run := func() error {
		in, out := jobDirs(t)
		_, err := w.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out})
		return err
	}
	m16, s16 := hostileModule(t, hostileRun{mode: "entropy", ramMiB: 16}, nil)
	bin := filepath.Join(m.Dir, "hostile.wasm")
	if err := os.Rename(bin, bin+".away"); err != nil {
		t.Fatal(err)
	}
	if err := run(); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("run without its binary: %v, want a not-exist error", err)
	}
	if err := os.Rename(bin+".away", bin); err != nil {
		t.Fatal(err)
	}
	if err := run(); err != nil {
		t.Fatalf("run once the binary is back: %v", err)
	}
	if err := os.Remove(bin); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := run(); err != nil {
			t.Fatalf("run %d after the binary was compiled and removed: %v", i, err)
		}
	}
	// The same binary under another limit, its file gone too.
	if err := os.Remove(filepath.Join(m16.Dir, "hostile.wasm")); err != nil {
		t.Fatal(err)
	}
	in, out := jobDirs(t)
	if _, err := w.Run(context.Background(), Job{Module: m16, Spec: s16, InputsDir: in, OutputsDir: out}); err != nil {
		t.Fatalf("run under another memory limit, the binary compiled and removed: %v", err)
	}
}

// An executor keeps at most maxCompiled compiled binaries: the least recently used is closed
// once no run holds it, and compiled again when a run needs it.
func TestWasm_keepsABoundedNumberOfCompiledBinaries(t *testing.T) {
	defer func(n int) { maxCompiled = n }(maxCompiled)
	maxCompiled = 2
	w := NewWasm()
	defer w.Close(context.Background())
	shas := map[string]string{} // tag by sha256
	run := func(tag string) {
		t.Helper()
		// Three binaries (one fixture, three custom sections): three compilations.
		m, s := hostileModule(t, hostileRun{mode: "entropy", tag: tag}, nil)
		shas[s.Wasm.SHA256] = tag
		in, out := jobDirs(t)
		if _, err := w.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out}); err != nil {
			t.Fatalf("run of binary %s: %v", tag, err)
		}
	}
	kept := func() []string {
		w.mu.Lock()
		defer w.mu.Unlock()
		var tags []string
		for k := range w.compiled {
			tags = append(tags, shas[k])
		}
		slices.Sort(tags)
		return tags
	}
	run("a")
	run("b")
	run("a") // b is now the least recently used
	run("c")
	if got := kept(); !slices.Equal(got, []string{"a", "c"}) {
		t.Fatalf("kept the compilations of %v, want a and c", got)
	}
	run("b") // compiled again
	if got := kept(); !slices.Equal(got, []string{"b", "c"}) {
		t.Fatalf("kept %v, want b and c", got)
	}
}
