package executor

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/api/pkg/stdcopy"
	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/api/types/mount"
	"github.com/moby/moby/client"

	"github.com/pond-compute/pond/keepers/module"
)

// DockerAPI is the part of the Docker Engine client the executor uses.
type DockerAPI interface {
	ImageInspect(ctx context.Context, image string, opts ...client.ImageInspectOption) (client.ImageInspectResult, error)
	ImageLoad(ctx context.Context, input io.Reader, opts ...client.ImageLoadOption) (client.ImageLoadResult, error)
	ImagePull(ctx context.Context, ref string, opts client.ImagePullOptions) (client.ImagePullResponse, error)
	DistributionInspect(ctx context.Context, ref string, opts client.DistributionInspectOptions) (client.DistributionInspectResult, error)
	ContainerCreate(ctx context.Context, opts client.ContainerCreateOptions) (client.ContainerCreateResult, error)
	ContainerStart(ctx context.Context, id string, opts client.ContainerStartOptions) (client.ContainerStartResult, error)
	ContainerWait(ctx context.Context, id string, opts client.ContainerWaitOptions) client.ContainerWaitResult
	ContainerKill(ctx context.Context, id string, opts client.ContainerKillOptions) (client.ContainerKillResult, error)
	ContainerInspect(ctx context.Context, id string, opts client.ContainerInspectOptions) (client.ContainerInspectResult, error)
	ContainerLogs(ctx context.Context, id string, opts client.ContainerLogsOptions) (client.ContainerLogsResult, error)
	CopyFromContainer(ctx context.Context, id string, opts client.CopyFromContainerOptions) (client.CopyFromContainerResult, error)
	ContainerRemove(ctx context.Context, id string, opts client.ContainerRemoveOptions) (client.ContainerRemoveResult, error)
}

// Docker runs modules as containers: no network, read-only root filesystem,
// all capabilities dropped, no new privileges, an unprivileged user, CPU,
// memory, pids and file-size limits, GPUs through NVIDIA device requests,
// inputs bind-mounted read-only, outputs copied out of /outputs through the
// API with a size cap. The container is killed at the timeout and always removed.
type Docker struct {
	api DockerAPI
	// PidsLimit caps processes and threads in the container.
	PidsLimit int64
	// User runs the module process (uid:gid).
	User string
	// Registry configures pulls of images pinned by digest (mirrors, credentials).
	Registry RegistryConfig

	mu        sync.Mutex
	leftovers []string // containers whose removal failed (the engine went away); removed later
}

var _ Executor = (*Docker)(nil)

// NewDocker connects to the engine from the environment (DOCKER_HOST or the
// default socket) and checks that it answers.
func NewDocker(ctx context.Context) (*Docker, error) {
	c, err := client.New(client.FromEnv)
	if err != nil {
		return nil, fmt.Errorf("docker client: %w", err)
	}
	if _, err := c.Ping(ctx, client.PingOptions{}); err != nil {
		c.Close()
		return nil, fmt.Errorf("docker engine does not answer (run `make setup-docker`): %w", err)
	}
	return NewDockerWithAPI(c), nil
}

// NewDockerWithAPI wraps an existing engine client.
func NewDockerWithAPI(api DockerAPI) *Docker {
	return &Docker{api: api, PidsLimit: 256, User: "65534:65534"}
}

// API returns the engine client.
func (d *Docker) API() DockerAPI { return d.api }

// EnsureImage makes the pinned image available: present already, loaded from the module's
// image archive (whose ID must then equal the pin), or pulled by digest from its registry.
func (d *Docker) EnsureImage(ctx context.Context, m *module.Module, s *module.Spec) error {
	ref := d.localRef(s.Docker.Image)
	if _, err := d.api.ImageInspect(ctx, ref); err == nil {
		return nil
	} else if !cerrdefs.IsNotFound(err) {
		return fmt.Errorf("inspect image %s: %w", ref, err)
	}
	if s.Docker.ImageArchive == "" {
		if strings.HasPrefix(ref, "sha256:") {
			return fmt.Errorf("image %s is not present, the module ships no imageArchive and an image ID names no registry", ref)
		}
		return d.pull(ctx, s.Docker.Image)
	}
	f, err := os.Open(m.Path(s.Docker.ImageArchive))
	if err != nil {
		return fmt.Errorf("image archive: %w (run `make modules`)", err)
	}
	defer f.Close()
	if err := LoadImage(ctx, d.api, f); err != nil {
		return err
	}
	if _, err := d.api.ImageInspect(ctx, ref); err != nil {
		return fmt.Errorf("image archive %s does not contain the pinned image %s: %w", s.Docker.ImageArchive, ref, err)
	}
	return nil
}

// LoadImage loads a `docker save` archive, reading the response to the end.
func LoadImage(ctx context.Context, api DockerAPI, archive io.Reader) error {
	resp, err := api.ImageLoad(ctx, archive, client.ImageLoadWithQuiet(true))
	if err != nil {
		return fmt.Errorf("load image: %w", err)
	}
	defer resp.Close()
	body, err := io.ReadAll(io.LimitReader(resp, 1<<20))
	if err != nil {
		return fmt.Errorf("load image: %w", err)
	}
	if bytes.Contains(body, []byte(`"error"`)) {
		return fmt.Errorf("load image: %s", bytes.TrimSpace(body))
	}
	return nil
}

// containerConfig builds the container and host configuration for a spec.
func (d *Docker) containerConfig(s *module.Spec, inputsDir, stagingDir string) (*container.Config, *container.HostConfig) {
	env := make([]string, 0, len(s.Env))
	for k, v := range s.Env {
		env = append(env, k+"="+v)
	}
	sort.Strings(env)
	cfg := &container.Config{
		Image:      d.localRef(s.Docker.Image),
		Entrypoint: s.Docker.Entrypoint,
		Cmd:        s.Args,
		Env:        env,
		User:       d.User,
		WorkingDir: "/",
		// Not the container's random ID (Docker's default, also in $HOSTNAME and /etc/hosts):
		// a module that records its hostname gets the same one on every machine.
		Hostname:        "pond",
		NetworkDisabled: true,
		Labels:          map[string]string{"pond.module": "true"},
	}
	mem := int64(s.Resources.RAMMiB) << 20
	pids := d.PidsLimit
	fsize := diskCap(s)
	host := &container.HostConfig{
		NetworkMode:    "none",
		ReadonlyRootfs: true,
		// The failure record keeps the tail of standard output, read back from the log: the
		// log must not depend on the daemon's defaults (journald rate-limits, a non-blocking
		// mode drops, "none" keeps nothing). json-file, blocking, rotated: the last 8 to 16 MB
		// of log are kept, the tail always among them.
		LogConfig: container.LogConfig{Type: "json-file", Config: map[string]string{
			"mode": "blocking", "max-size": "8m", "max-file": "2",
		}},
		CapDrop:     []string{"ALL"},
		SecurityOpt: []string{"no-new-privileges"},
		Mounts: []mount.Mount{
			{Type: mount.TypeBind, Source: inputsDir, Target: "/inputs", ReadOnly: true},
			{Type: mount.TypeBind, Source: stagingDir, Target: "/outputs"},
		},
		Resources: container.Resources{
			Memory:     mem,
			MemorySwap: mem, // no swap beyond the limit
			NanoCPUs:   int64(s.Resources.CPUMillis) * 1_000_000,
			PidsLimit:  &pids,
			Ulimits: []*container.Ulimit{
				{Name: "fsize", Soft: fsize, Hard: fsize},
				{Name: "nofile", Soft: 1024, Hard: 1024},
			},
		},
	}
	if n := s.GPUs(); n > 0 {
		host.Resources.DeviceRequests = []container.DeviceRequest{{
			Driver: "nvidia", Count: n, Capabilities: [][]string{{"gpu"}},
		}}
	}
	return cfg, host
}

// Run implements Executor.
func (d *Docker) Run(ctx context.Context, job Job) (res Result, err error) {
	if err := job.check(); err != nil {
		return Result{}, fmt.Errorf("docker: %w", err)
	}
	s := job.Spec
	if s.Docker == nil {
		return Result{}, fmt.Errorf("docker: %w %q", module.ErrNoVariant, module.ExecutorDocker)
	}
	d.removeLeftovers(ctx)
	if err := d.EnsureImage(ctx, job.Module, s); err != nil {
		return Result{}, fmt.Errorf("docker: %w", err)
	}
	inputs, err := filepath.Abs(job.InputsDir)
	if err != nil {
		return Result{}, err
	}
	staging, err := os.MkdirTemp("", "pond-outputs-*")
	if err != nil {
		return Result{}, fmt.Errorf("docker: staging dir: %w", err)
	}
	defer os.RemoveAll(staging)
	// /outputs is this directory on the provider's disk, as root or not: a tmpfs (which capped
	// what a module could write between two polls of the watchdog) had its pages charged to the
	// container's memory, so a module writing large outputs with little memory was out of memory
	// as root and succeeded elsewhere (TestLargeOutputsWithLittleMemory_sameOnWasmAndDocker).
	// The watchdog stops a module whose outputs pass the limit at its next poll, no file can
	// pass it (the fsize limit), and the rule is applied to what the module left.
	if err := os.Chmod(staging, 0o777); err != nil { // written by the unprivileged container user
		return Result{}, fmt.Errorf("docker: staging dir: %w", err)
	}

	cfg, host := d.containerConfig(s, inputs, staging)
	created, err := d.api.ContainerCreate(ctx, client.ContainerCreateOptions{Config: cfg, HostConfig: host})
	if err != nil {
		return Result{}, fmt.Errorf("docker: create container: %w", err)
	}
	id := created.ID
	defer func() {
		// Always remove, even when ctx is cancelled.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if _, rerr := d.api.ContainerRemove(rctx, id, client.ContainerRemoveOptions{Force: true, RemoveVolumes: true}); rerr != nil && !cerrdefs.IsNotFound(rerr) {
			d.mu.Lock()
			d.leftovers = append(d.leftovers, id)
			d.mu.Unlock()
			if err == nil {
				err = fmt.Errorf("docker: remove container %s: %w", id, rerr)
			}
		}
	}()

	waitCtx, stopWait := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWait()
	wait := d.api.ContainerWait(waitCtx, id, client.ContainerWaitOptions{Condition: container.WaitConditionNextExit})
	start := time.Now()
	if _, err := d.api.ContainerStart(ctx, id, client.ContainerStartOptions{}); err != nil {
		return Result{}, fmt.Errorf("docker: start container: %w", err)
	}

	var tooBig atomic.Bool
	overDisk := make(chan struct{})
	watchCtx, stopWatch := context.WithCancel(ctx)
	go watchDisk(watchCtx, staging, diskCap(s), func() { tooBig.Store(true); close(overDisk) })
	timer := time.NewTimer(time.Duration(s.Timeout) * time.Second)
	defer timer.Stop()

	var cause error
	kill := func(why error) {
		cause = why
		kctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		_, _ = d.api.ContainerKill(kctx, id, client.ContainerKillOptions{Signal: "KILL"})
	}
	var exitCode int64
	var waitErr error
waiting:
	for {
		select {
		case r := <-wait.Result:
			exitCode = r.StatusCode
			if r.Error != nil && r.Error.Message != "" {
				waitErr = errors.New(r.Error.Message)
			}
			break waiting
		case e := <-wait.Error:
			waitErr = e
			break waiting
		case <-timer.C:
			kill(fmt.Errorf("%w after %ds", ErrTimeout, s.Timeout))
		case <-overDisk:
			overDisk = nil
			kill(fmt.Errorf("%w (%d MiB)", ErrOutputTooLarge, s.Resources.DiskMiB))
		case <-ctx.Done():
			kill(ctx.Err())
			ctx = context.WithoutCancel(ctx)
		}
	}
	stopWatch()
	res = Result{ExitCode: int(exitCode), Duration: time.Since(start)}
	res.Stdout, res.Stderr = d.logs(ctx, id)
	if waitErr != nil {
		return res, fmt.Errorf("docker: wait for container: %w", waitErr)
	}
	if cause != nil {
		return res, fmt.Errorf("docker: %w", cause)
	}
	// Before the exit status, as WASM's quota stops the run: a module that went past the
	// limit (and then exited with the kernel's ENOSPC or EFBIG, or not) has outputs too large.
	if tooBig.Load() || dirSize(staging) > diskCap(s) {
		return res, fmt.Errorf("docker: %w (%d MiB)", ErrOutputTooLarge, s.Resources.DiskMiB)
	}
	if exitCode == exitKilled || d.oomKilled(ctx, id) {
		return res, fmt.Errorf("docker: %w (%d MiB)", ErrOutOfMemory, s.Resources.RAMMiB)
	}
	if exitCode != 0 {
		return res, fmt.Errorf("docker: %w: %d", ErrNonZeroExit, exitCode)
	}
	if err := d.copyOutputs(ctx, id, s, job.OutputsDir); err != nil {
		return res, fmt.Errorf("docker: %w", err)
	}
	if err := checkOutputs(s, job.OutputsDir); err != nil {
		return res, fmt.Errorf("docker: %w", err)
	}
	return res, nil
}

// exitKilled is the status of a container whose first process died of SIGKILL (128+9). Pond
// sends it only at a timeout, a disk overrun or a cancellation, which Run reports first; the
// first process of a PID namespace ignores it from inside, and nothing in the container has the
// capabilities to reach anything outside; the other sender is the kernel's OOM killer. So a run
// ending with it is out of memory whether or not the engine has set OOMKilled by the time the
// exit is read: that flag comes from an event that can reach the engine after the exit (seen
// under load), and a result must not depend on the machine's load. A module that exits with
// 137 itself is recorded the same way on every machine.
const exitKilled = 137

// oomKilled tells whether the engine saw the OOM killer in the container (a process other than
// the first, after which the first exited some other way).
func (d *Docker) oomKilled(ctx context.Context, id string) bool {
	insp, err := d.api.ContainerInspect(ctx, id, client.ContainerInspectOptions{})
	return err == nil && insp.Container.State != nil && insp.Container.State.OOMKilled
}

// removeLeftovers removes the containers an earlier run could not (the engine was away then).
func (d *Docker) removeLeftovers(ctx context.Context) {
	d.mu.Lock()
	ids := d.leftovers
	d.leftovers = nil
	d.mu.Unlock()
	for _, id := range ids {
		if _, err := d.api.ContainerRemove(ctx, id, client.ContainerRemoveOptions{Force: true, RemoveVolumes: true}); err != nil && !cerrdefs.IsNotFound(err) {
			d.mu.Lock()
			d.leftovers = append(d.leftovers, id)
			d.mu.Unlock()
		}
	}
}

// maxLogRead bounds what logs reads: more than the rotated json-file log can hold.
const maxLogRead = 64 << 20

func (d *Docker) logs(ctx context.Context, id string) ([]byte, []byte) {
	rc, err := d.api.ContainerLogs(ctx, id, client.ContainerLogsOptions{ShowStdout: true, ShowStderr: true})
	if err != nil {
		return nil, []byte("logs unavailable: " + err.Error())
	}
	defer rc.Close()
	stdout, stderr := newTail(LogCap), newTail(LogCap)
	// All of it (at most 16 MB of json-file log): the tails must be the output's real ends.
	_, _ = stdcopy.StdCopy(stdout, stderr, io.LimitReader(rc, maxLogRead))
	return stdout.Bytes(), stderr.Bytes()
}

// copyOutputs extracts /outputs from the container through the archive API
// into dest: regular files and directories only, total size capped.
func (d *Docker) copyOutputs(ctx context.Context, id string, s *module.Spec, dest string) error {
	cp, err := d.api.CopyFromContainer(ctx, id, client.CopyFromContainerOptions{SourcePath: "/outputs/."})
	if err != nil {
		return fmt.Errorf("copy /outputs: %w", err)
	}
	defer cp.Content.Close()
	return extractTar(cp.Content, dest, diskCap(s))
}

func extractTar(r io.Reader, dest string, limit int64) error {
	tr := tar.NewReader(r)
	var total int64
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read outputs archive: %w", err)
		}
		// The archive of "/outputs/." names entries "./x" or "x".
		name := path.Clean(strings.TrimPrefix(h.Name, "./"))
		if name == "." || name == "outputs" {
			continue
		}
		name = strings.TrimPrefix(name, "outputs/")
		if path.IsAbs(name) || name == ".." || strings.HasPrefix(name, "../") {
			return fmt.Errorf("%w: %q escapes /outputs", ErrBadOutput, h.Name)
		}
		target := filepath.Join(dest, filepath.FromSlash(name))
		// Each entry counts its outputCost, as in dirSize and checkOutputs.
		var size int64
		if h.Typeflag == tar.TypeReg {
			size = h.Size
		}
		if total += outputCost(size); total > limit {
			return fmt.Errorf("%w: more than %d bytes", ErrOutputTooLarge, limit)
		}
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			f, err := os.OpenFile(target, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
			if err != nil {
				return err
			}
			_, err = io.Copy(f, io.LimitReader(tr, h.Size))
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		default:
			return fmt.Errorf("%w: %s (tar type %q)", ErrBadOutput, name, h.Typeflag)
		}
	}
}
