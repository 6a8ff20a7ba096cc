package module

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// PinsFile, in a module directory, pins the images its template names by tag only to the digest
// they had when the version was published: {"images": {"richbrem/cowsay:latest":
// "richbrem/cowsay@sha256:..."}}. It is part of the module's content, so the spec hash covers it
// and a registry that later serves other content under the tag changes nothing.
const PinsFile = "pond.lock.json"

// ImagePins maps an image reference as the template names it to the same image by digest.
type ImagePins map[string]string

var (
	digestRef = regexp.MustCompile(`^[a-z0-9][a-z0-9._/:-]*@sha256:[0-9a-f]{64}$`)
	// imageRef is a tag reference: [host[:port]/]path[:tag], lowercase path.
	imageRef = regexp.MustCompile(`^[a-zA-Z0-9][a-zA-Z0-9._-]*(:[0-9]+)?(/[a-z0-9][a-z0-9._-]*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$`)
)

// IsPinned reports whether an image reference names a digest (or a local image ID).
func IsPinned(image string) bool { return pinnedImage.MatchString(image) }

// Apply returns the pinned form of image: itself when already pinned, its pin when it has one,
// else itself (Spec.Check then refuses it as unpinned).
func (p ImagePins) Apply(image string) string {
	if IsPinned(image) {
		return image
	}
	if pinned, ok := p[image]; ok {
		return pinned
	}
	return image
}

// Check validates every pin: a tag reference mapped to the same repository by digest.
func (p ImagePins) Check() error {
	for tag, pinned := range p {
		if !imageRef.MatchString(tag) || IsPinned(tag) {
			return fmt.Errorf("%s: %q is not an image tag reference", PinsFile, tag)
		}
		if !digestRef.MatchString(pinned) {
			return fmt.Errorf("%s: %q pins %q, not name@sha256:<digest>", PinsFile, tag, pinned)
		}
		if repo, _, _ := strings.Cut(pinned, "@"); repo != RepositoryOf(tag) {
			return fmt.Errorf("%s: %q pins an image of another repository (%s)", PinsFile, tag, pinned)
		}
	}
	return nil
}

// RepositoryOf strips the tag from an image reference: "host:5000/a/b:v1" -> "host:5000/a/b".
func RepositoryOf(ref string) string {
	if i := strings.LastIndex(ref, "@"); i >= 0 {
		ref = ref[:i]
	}
	slash := strings.LastIndex(ref, "/")
	if colon := strings.LastIndex(ref, ":"); colon > slash {
		return ref[:colon]
	}
	return ref
}

// ReadPins reads dir's PinsFile; a directory without one has no pins.
func ReadPins(dir string) (ImagePins, error) {
	b, err := readCapped(filepath.Join(dir, PinsFile), 64<<10)
	if errors.Is(err, os.ErrNotExist) {
		return ImagePins{}, nil
	}
	if err != nil {
		return nil, err
	}
	var f struct {
		Images ImagePins `json:"images"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w", PinsFile, err)
	}
	if f.Images == nil {
		f.Images = ImagePins{}
	}
	return f.Images, f.Images.Check()
}

// WritePins writes pins to dir's PinsFile in its one canonical form (sorted keys, two-space
// indent, final newline), so the same pins always give the same spec hash.
func WritePins(dir string, pins ImagePins) error {
	if err := pins.Check(); err != nil {
		return err
	}
	b, err := json.MarshalIndent(struct {
		Images ImagePins `json:"images"`
	}{pins}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, PinsFile), append(b, '\n'), 0o644)
}

// Tags lists the pinned tags, sorted.
func (p ImagePins) Tags() []string {
	out := make([]string, 0, len(p))
	for t := range p {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}
