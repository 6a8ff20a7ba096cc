package executor

import (
	"context"
	"fmt"
	cerrdefs "github.com/containerd/errdefs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/moby/moby/client"

	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/testenv"
)

// imageRecorder remembers the image of every container created.
type imageRecorder struct {
	DockerAPI
	mu     sync.Mutex
	images []string
}

func (r *imageRecorder) ContainerCreate(ctx context.Context, o client.ContainerCreateOptions) (client.ContainerCreateResult, error) {
	r.mu.Lock()
	r.images = append(r.images, o.Config.Image)
	r.mu.Unlock()
	return r.DockerAPI.ContainerCreate(ctx, o)
}

// TestDocker_pullsByDigestFromRegistry: a Lilypad module naming an image by tag only is pinned
// to the digest a real registry (on loopback) serves; the executor pulls that digest and runs it,
// and a registry that later serves other content under the tag changes nothing.
func TestDocker_pullsByDigestFromRegistry(t *testing.T) {
	ctx := context.Background()
	d := dockerOrSkip(t)
	reg := testenv.Registry(t)
	buildFixtures(t)
	build := func(marker string) *ImageArchive {
		img, err := BuildImageArchive([]ImageFile{{Path: "/hostile", Data: fixtures.linuxBin},
			{Path: "/marker", Data: []byte(marker), Mode: 0o644}}, []string{"/hostile"})
		if err != nil {
			t.Fatal(err)
		}
		return img
	}
	tag := reg + "/pond/hostile:latest"
	imgA := build(fmt.Sprintf("A %s", t.Name()))
	digestA := testenv.PushImage(t, imgA.Tar, imgA.ID, tag)
	removeImage(t, d, imgA.ID)

	pinned, err := d.PinImage(ctx, tag)
	if err != nil {
		t.Fatal(err)
	}
	if want := reg + "/pond/hostile@" + digestA; pinned != want {
		t.Fatalf("pinned %s, want %s", pinned, want)
	}

	// The registry now serves other content under the same tag.
	imgB := build(fmt.Sprintf("B %s", t.Name()))
	digestB := testenv.PushImage(t, imgB.Tar, imgB.ID, tag)
	removeImage(t, d, imgB.ID)
	if digestB == digestA {
		t.Fatal("both images have the same digest")
	}
	if now, _ := d.PinImage(ctx, tag); now != reg+"/pond/hostile@"+digestB {
		t.Fatalf("the tag now resolves to %s, want %s", now, digestB)
	}

	dir := t.TempDir()
	tmpl := fmt.Sprintf(`{"machine": {"gpu": 0, "cpu": 500, "ram": 64}, "job": {"APIVersion": "V1beta1", "Spec": {
  "Engine": "Docker", "Docker": {"Image": %q, "Entrypoint": ["/hostile", "escape"]},
  "Network": {"Type": "None"}, "Outputs": [{"Name": "outputs", "Path": "/outputs"}], "Timeout": 30}}}`, tag)
	if err := os.WriteFile(filepath.Join(dir, module.LilypadTemplateFile), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := module.WritePins(dir, module.ImagePins{tag: pinned}); err != nil {
		t.Fatal(err)
	}
	m, err := module.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := m.Render(module.Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	rec := &imageRecorder{DockerAPI: d.API()}
	d.api = rec
	in, out := jobDirs(t)
	if _, err := d.Run(ctx, Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out}); err != nil {
		t.Fatal(err)
	}
	if len(rec.images) != 1 || rec.images[0] != pinned {
		t.Fatalf("ran %v, want the pinned %s", rec.images, pinned)
	}
	if b, err := os.ReadFile(filepath.Join(out, "report.txt")); err != nil || !strings.Contains(string(b), "blocked /escaped") {
		t.Fatalf("module output %q %v", b, err)
	}

	// A digest the registry does not have is a clear error, not a run of something else.
	s.Docker.Image = reg + "/pond/hostile@sha256:" + strings.Repeat("0", 64)
	in, out = jobDirs(t)
	if _, err := d.Run(ctx, Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out}); err == nil || !strings.Contains(err.Error(), "pull") {
		t.Fatalf("missing digest: %v", err)
	}
}

func TestDocker_mirrorRewritesTheRegistry(t *testing.T) {
	d := NewDockerWithAPI(nil)
	d.Registry.Mirrors = map[string]string{"docker.io": "127.0.0.1:5000", "quay.io": "mirror.example:443"}
	for in, want := range map[string]string{
		"richbrem/cowsay@sha256:ab":         "127.0.0.1:5000/richbrem/cowsay@sha256:ab",
		"ubuntu@sha256:ab":                  "127.0.0.1:5000/library/ubuntu@sha256:ab",
		"quay.io/lukemarsden/sdxl:v0.9":     "mirror.example:443/lukemarsden/sdxl:v0.9",
		"ghcr.io/o/r@sha256:ab":             "ghcr.io/o/r@sha256:ab",
		"sha256:" + strings.Repeat("a", 64): "sha256:" + strings.Repeat("a", 64),
	} {
		if got := d.localRef(in); got != want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
	}
}

func removeImage(t *testing.T, d *Docker, id string) {
	t.Helper()
	c, ok := d.API().(*client.Client)
	if !ok {
		t.Fatal("not an engine client")
	}
	if _, err := c.ImageRemove(context.Background(), id, client.ImageRemoveOptions{Force: true}); err != nil && !cerrdefs.IsNotFound(err) {
		t.Fatalf("remove %s: %v", id, err)
	}
}
