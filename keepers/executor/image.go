package executor

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"
	"time"
)

// ImageFile is one file of a FROM-scratch image.
type ImageFile struct {
	Path string // absolute path in the image, e.g. /cowsay
	Data []byte
	Mode int64
}

// ImageArchive is a `docker save` tarball built byte-for-byte
// deterministically: with no registry, a locally built image can only be
// pinned by its ID (the sha256 of its config), and a classic `docker build`
// stamps the build time into the config. Building the archive here gives the
// same ID on every machine for the same files, so a spec can pin it.
type ImageArchive struct {
	Tar []byte
	// ID is "sha256:<hex>" of the image config, what `docker load` reports.
	ID string
}

// epoch is the fixed timestamp written into layers and the config.
var epoch = time.Unix(0, 0).UTC()

// BuildImageArchive builds a single-layer image holding files, with the
// given entrypoint, for linux/amd64.
func BuildImageArchive(files []ImageFile, entrypoint []string) (*ImageArchive, error) {
	layer, err := layerTar(files)
	if err != nil {
		return nil, err
	}
	layerSum := sha256.Sum256(layer)
	diffID := "sha256:" + hex.EncodeToString(layerSum[:])
	type imgConfig struct {
		Entrypoint []string `json:"Entrypoint"`
		Env        []string `json:"Env"`
		WorkingDir string   `json:"WorkingDir"`
	}
	cfg := struct {
		Architecture string    `json:"architecture"`
		OS           string    `json:"os"`
		Created      time.Time `json:"created"`
		Config       imgConfig `json:"config"`
		RootFS       struct {
			Type    string   `json:"type"`
			DiffIDs []string `json:"diff_ids"`
		} `json:"rootfs"`
	}{Architecture: "amd64", OS: "linux", Created: epoch,
		Config: imgConfig{Entrypoint: entrypoint, Env: []string{"PATH=/"}, WorkingDir: "/"}}
	cfg.RootFS.Type = "layers"
	cfg.RootFS.DiffIDs = []string{diffID}
	cfgJSON, err := json.Marshal(cfg)
	if err != nil {
		return nil, err
	}
	cfgSum := sha256.Sum256(cfgJSON)
	id := hex.EncodeToString(cfgSum[:])
	layerName := hex.EncodeToString(layerSum[:]) + "/layer.tar"
	manifest, err := json.Marshal([]map[string]any{{
		"Config": id + ".json", "RepoTags": nil, "Layers": []string{layerName},
	}})
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	tw := tar.NewWriter(&out)
	entries := []struct {
		name string
		data []byte
	}{
		{id + ".json", cfgJSON},
		{hex.EncodeToString(layerSum[:]) + "/", nil},
		{layerName, layer},
		{"manifest.json", manifest},
	}
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Mode: 0o644, Size: int64(len(e.data)), ModTime: epoch, Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if strings.HasSuffix(e.name, "/") {
			h.Typeflag, h.Mode, h.Size = tar.TypeDir, 0o755, 0
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if _, err := tw.Write(e.data); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return &ImageArchive{Tar: out.Bytes(), ID: "sha256:" + id}, nil
}

func layerTar(files []ImageFile) ([]byte, error) {
	sorted := append([]ImageFile(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	dirs := map[string]bool{}
	for _, f := range sorted {
		p := path.Clean(f.Path)
		if !path.IsAbs(p) || p == "/" {
			return nil, fmt.Errorf("image file %q: need an absolute path", f.Path)
		}
		var parents []string
		for d := path.Dir(p); d != "/"; d = path.Dir(d) {
			parents = append([]string{d}, parents...)
		}
		for _, d := range parents {
			if dirs[d] {
				continue
			}
			dirs[d] = true
			if err := tw.WriteHeader(&tar.Header{Name: d[1:] + "/", Typeflag: tar.TypeDir, Mode: 0o755, ModTime: epoch, Format: tar.FormatPAX}); err != nil {
				return nil, err
			}
		}
		mode := f.Mode
		if mode == 0 {
			mode = 0o755
		}
		if err := tw.WriteHeader(&tar.Header{Name: p[1:], Typeflag: tar.TypeReg, Mode: mode, Size: int64(len(f.Data)), ModTime: epoch, Format: tar.FormatPAX}); err != nil {
			return nil, err
		}
		if _, err := tw.Write(f.Data); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
