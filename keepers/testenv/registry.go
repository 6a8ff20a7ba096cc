package testenv

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/moby/moby/client"
)

// Registry starts Debian's docker-registry (the distribution registry) on a free loopback port
// with a temporary store and returns its host:port. The Docker engine pulls from and pushes to
// loopback registries over plain HTTP. It stops when the test ends.
func Registry(t testing.TB) string {
	t.Helper()
	bin, err := exec.LookPath("docker-registry")
	if err != nil {
		Unavailable(t, "docker-registry (apt-get install docker-registry; make setup does)", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	dir := t.TempDir()
	cfg := fmt.Sprintf("version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: %s\n  delete:\n    enabled: true\nhttp:\n  addr: %s\n", filepath.Join(dir, "data"), addr)
	cfgPath := filepath.Join(dir, "config.yml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "serve", cfgPath)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		Unavailable(t, "docker-registry", err)
	}
	t.Cleanup(func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); _ = cmd.Wait() })
	for i := 0; ; i++ {
		resp, err := http.Get("http://" + addr + "/v2/")
		if err == nil {
			resp.Body.Close()
			break
		}
		if i == 400 {
			t.Fatalf("docker-registry did not answer on %s: %v\n%s", addr, err, logs.String())
		}
		time.Sleep(25 * time.Millisecond)
	}
	return addr
}

// Docker returns an engine client, or skips (fails under CI=true) when no engine answers.
func Docker(t testing.TB) *client.Client {
	t.Helper()
	c, err := client.New(client.FromEnv)
	if err != nil {
		Unavailable(t, "Docker engine", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := c.Ping(ctx, client.PingOptions{}); err != nil {
		c.Close()
		Unavailable(t, "Docker engine", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// PushImage loads a `docker save` archive into the engine, tags its image (imageID) as ref
// (host:port/name:tag of a loopback registry) and pushes it; it returns the digest the registry
// now serves under ref ("sha256:...").
func PushImage(t testing.TB, archive []byte, imageID, ref string) string {
	t.Helper()
	ctx := context.Background()
	c := Docker(t)
	resp, err := c.ImageLoad(ctx, bytes.NewReader(archive), client.ImageLoadWithQuiet(true))
	if err != nil {
		t.Fatalf("load image: %v", err)
	}
	body, _ := readAllClose(resp)
	if strings.Contains(body, `"error"`) {
		t.Fatalf("load image: %s", body)
	}
	if _, err := c.ImageTag(ctx, client.ImageTagOptions{Source: imageID, Target: ref}); err != nil {
		t.Fatalf("tag %s as %s: %v", imageID, ref, err)
	}
	push, err := c.ImagePush(ctx, ref, client.ImagePushOptions{RegistryAuth: "e30="}) // "{}": no credentials
	if err != nil {
		t.Fatalf("push %s: %v", ref, err)
	}
	if err := push.Wait(ctx); err != nil {
		t.Fatalf("push %s: %v", ref, err)
	}
	insp, err := c.DistributionInspect(ctx, ref, client.DistributionInspectOptions{})
	if err != nil {
		t.Fatalf("inspect %s in the registry: %v", ref, err)
	}
	// Untag locally, so that a later run must pull it.
	_, _ = c.ImageRemove(ctx, ref, client.ImageRemoveOptions{})
	return insp.Descriptor.Digest.String()
}

func readAllClose(r interface {
	Read([]byte) (int, error)
	Close() error
}) (string, error) {
	defer r.Close()
	var b bytes.Buffer
	_, err := b.ReadFrom(r)
	return b.String(), err
}
