package executor

// Images by digest from registries: the Docker executor pulls `name@sha256:...` through the
// engine (from the registry the name says, or a configured mirror of it, with optional
// credentials), and checks that what it runs carries that digest. Tag-only images are pinned to
// the digest a registry serves when a module version is published (PinImage).

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/moby/moby/api/types/registry"
	"github.com/moby/moby/client"

	"github.com/pond-compute/pond/keepers/module"
)

// RegistryConfig says how the executor reaches image registries.
type RegistryConfig struct {
	// Mirrors maps a registry host (docker.io, quay.io, 127.0.0.1:5000) to a mirror host serving
	// the same repositories. Pulls are by digest, so a mirror cannot substitute other content.
	Mirrors map[string]string
	// Auth maps a registry host (as pulled from, after mirroring) to "user:password".
	Auth map[string]string
}

// RegistryHost is the registry an image reference names: its first component when that is a
// host (has a '.' or ':' or is localhost), else Docker Hub, "docker.io".
func RegistryHost(ref string) string {
	first, _, ok := strings.Cut(ref, "/")
	if ok && (strings.ContainsAny(first, ".:") || first == "localhost") {
		return first
	}
	return "docker.io"
}

// localRef is where the executor pulls image from: the reference itself, or its mirror.
func (d *Docker) localRef(image string) string {
	host := RegistryHost(image)
	mirror, ok := d.Registry.Mirrors[host]
	if !ok || strings.HasPrefix(image, "sha256:") {
		return image
	}
	path := image
	if strings.HasPrefix(image, host+"/") {
		path = strings.TrimPrefix(image, host+"/")
	} else if !strings.Contains(strings.Split(image, "@")[0], "/") {
		path = "library/" + image // Docker Hub's official images
	}
	return mirror + "/" + path
}

func (d *Docker) registryAuth(ref string) (string, error) {
	cred, ok := d.Registry.Auth[RegistryHost(ref)]
	if !ok {
		return "", nil
	}
	user, pass, _ := strings.Cut(cred, ":")
	b, err := json.Marshal(registry.AuthConfig{Username: user, Password: pass, ServerAddress: RegistryHost(ref)})
	if err != nil {
		return "", err
	}
	return base64.URLEncoding.EncodeToString(b), nil
}

// PinImage resolves an image tag to the digest its registry serves now, without pulling it:
// "127.0.0.1:5000/pond/cowsay:latest" -> "127.0.0.1:5000/pond/cowsay@sha256:...".
func (d *Docker) PinImage(ctx context.Context, ref string) (string, error) {
	if module.IsPinned(ref) {
		return ref, nil
	}
	src := d.localRef(ref)
	auth, err := d.registryAuth(src)
	if err != nil {
		return "", err
	}
	res, err := d.api.DistributionInspect(ctx, src, client.DistributionInspectOptions{EncodedRegistryAuth: auth})
	if err != nil {
		return "", fmt.Errorf("ask the registry for %s: %w", src, err)
	}
	digest := res.Descriptor.Digest.String()
	if !strings.HasPrefix(digest, "sha256:") {
		return "", fmt.Errorf("registry gave %s the digest %q, not sha256", src, digest)
	}
	return module.RepositoryOf(ref) + "@" + digest, nil
}

// pull fetches a name@sha256 image and checks the engine now has it under that digest.
func (d *Docker) pull(ctx context.Context, image string) error {
	src := d.localRef(image)
	auth, err := d.registryAuth(src)
	if err != nil {
		return err
	}
	resp, err := d.api.ImagePull(ctx, src, client.ImagePullOptions{RegistryAuth: auth})
	if err != nil {
		return fmt.Errorf("pull %s: %w", src, err)
	}
	if err := resp.Wait(ctx); err != nil {
		return fmt.Errorf("pull %s: %w", src, err)
	}
	insp, err := d.api.ImageInspect(ctx, src)
	if err != nil {
		return fmt.Errorf("pulled %s but the engine does not have it: %w", src, err)
	}
	_, digest, _ := strings.Cut(image, "@")
	for _, rd := range insp.RepoDigests {
		if strings.HasSuffix(rd, "@"+digest) {
			return nil
		}
	}
	return fmt.Errorf("pulled %s, but the image carries digests %v, not %s", src, insp.RepoDigests, digest)
}
