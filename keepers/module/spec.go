// Package module loads Pond modules: a directory holding a spec template
// (module.tmpl, Go text/template) that renders, for given inputs, to a JSON
// spec telling an executor exactly what to run.
package module

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
)

// Executor names.
const (
	ExecutorDocker = "docker"
	ExecutorWasm   = "wasm"
)

// Resources mirrors the contracts' Resources struct (same names and units).
type Resources struct {
	GPUs      uint8  `json:"gpus"`
	VRAMMiB   uint32 `json:"vramMiB"` // per GPU
	CPUMillis uint32 `json:"cpuMillis"`
	RAMMiB    uint32 `json:"ramMiB"`
	DiskMiB   uint32 `json:"diskMiB"`
}

// Docker describes the container variant of a module.
type Docker struct {
	// Image is pinned: "sha256:<id>" (a local image ID) or "name@sha256:<digest>".
	Image string `json:"image"`
	// ImageArchive optionally names a `docker save` tarball in the module
	// directory that is loaded when the image is missing; the loaded image
	// must have the pinned ID.
	ImageArchive string   `json:"imageArchive,omitempty"`
	Entrypoint   []string `json:"entrypoint,omitempty"`
}

// Wasm describes the WebAssembly (WASI preview 1) variant of a module.
type Wasm struct {
	// Module is a path inside the module directory.
	Module string `json:"module"`
	// SHA256 is the hex sha256 of that file; a different binary is refused.
	SHA256 string `json:"sha256"`
}

// Spec is a rendered module spec.
type Spec struct {
	// Executor is the default variant: "docker" or "wasm".
	Executor string  `json:"executor"`
	Docker   *Docker `json:"docker,omitempty"`
	Wasm     *Wasm   `json:"wasm,omitempty"`
	// Args follow the entrypoint (docker) or argv[0] (wasm).
	Args      []string          `json:"args,omitempty"`
	Env       map[string]string `json:"env,omitempty"`
	Resources Resources         `json:"resources"`
	// Timeout is the run time limit in seconds.
	Timeout uint32 `json:"timeout"`
	// PrimaryInput is the input a contract's plain-string params fill.
	PrimaryInput string `json:"primaryInput,omitempty"`
	// FileInputs are inputs whose value is the CID of content the runner
	// places at /inputs/<name> before the run.
	FileInputs []string `json:"fileInputs,omitempty"`
	// OptionalFileInputs are file inputs a job may leave out (Lilypad's inputFiles.optional).
	OptionalFileInputs []string `json:"optionalFileInputs,omitempty"`
	// Outputs are paths under /outputs that a successful run must produce.
	Outputs []string `json:"outputs"`
}

var (
	// ErrUnpinnedImage: a docker image not referenced by sha256 digest.
	ErrUnpinnedImage = errors.New("docker image is not pinned by @sha256 digest")
	// ErrMissingInput: the template needs an input that was not given.
	ErrMissingInput = errors.New("missing required input")
	// ErrInvalidSpec: the rendered spec is not acceptable.
	ErrInvalidSpec = errors.New("invalid module spec")
	// ErrNoVariant: the requested executor is not provided by the module.
	ErrNoVariant = errors.New("module has no variant for executor")
)

var (
	pinnedImage = regexp.MustCompile(`^([a-z0-9][a-z0-9._/:-]*@)?sha256:[0-9a-f]{64}$`)
	hexSHA256   = regexp.MustCompile(`^[0-9a-f]{64}$`)
	// inputName also admits file names (Lilypad's inputFiles: "cat.jpg"): one path component.
	inputName = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`)
)

// MaxTimeout bounds a module's run time (one day).
const MaxTimeout = 24 * 3600

// UnpinnedImageError names a Docker image not referenced by digest.
type UnpinnedImageError struct{ Image string }

func (e *UnpinnedImageError) Error() string {
	return fmt.Sprintf("%v: %q (use name@sha256:<digest> or sha256:<image id>; `pond module test` and `pond module publish` pin a tag to its digest)", ErrUnpinnedImage, e.Image)
}

func (e *UnpinnedImageError) Unwrap() error { return ErrUnpinnedImage }

// ParseSpec strictly decodes a rendered spec (unknown fields and trailing
// data are errors) and validates it.
func ParseSpec(data []byte) (*Spec, error) {
	s, err := decodeSpec(data)
	if err != nil {
		return nil, err
	}
	if err := s.Check(); err != nil {
		return nil, err
	}
	return s, nil
}

func decodeSpec(data []byte) (*Spec, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s Spec
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidSpec, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: trailing data after the spec object", ErrInvalidSpec)
	}
	return &s, nil
}

func (s *Spec) isFileInput(name string) bool {
	for _, l := range [][]string{s.FileInputs, s.OptionalFileInputs} {
		for _, n := range l {
			if n == name {
				return true
			}
		}
	}
	return false
}

// Check validates a spec.
func (s *Spec) Check() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidSpec, fmt.Sprintf(format, a...))
	}
	if s.Docker == nil && s.Wasm == nil {
		return bad(`neither "docker" nor "wasm" is given`)
	}
	if _, err := s.Variant(s.Executor); err != nil {
		return bad(`"executor": %v`, err)
	}
	if d := s.Docker; d != nil {
		if !pinnedImage.MatchString(d.Image) {
			return &UnpinnedImageError{Image: d.Image}
		}
		if d.ImageArchive != "" {
			if err := checkRelPath(d.ImageArchive); err != nil {
				return bad(`"docker.imageArchive": %v`, err)
			}
		}
	}
	if w := s.Wasm; w != nil {
		if err := checkRelPath(w.Module); err != nil {
			return bad(`"wasm.module": %v`, err)
		}
		if !hexSHA256.MatchString(w.SHA256) {
			return bad(`"wasm.sha256" must be 64 lowercase hex digits, got %q`, w.SHA256)
		}
	}
	if s.Timeout == 0 || s.Timeout > MaxTimeout {
		return bad(`"timeout" must be between 1 and %d seconds, got %d`, MaxTimeout, s.Timeout)
	}
	r := s.Resources
	if r.CPUMillis == 0 || r.RAMMiB == 0 || r.DiskMiB == 0 {
		return bad(`"resources": cpuMillis, ramMiB and diskMiB must be positive`)
	}
	if r.GPUs == 0 && r.VRAMMiB != 0 {
		return bad(`"resources": vramMiB without gpus`)
	}
	if s.GPUs() > 0 && s.Docker == nil {
		return bad(`"resources": gpus need the docker executor`)
	}
	if s.PrimaryInput != "" && !inputName.MatchString(s.PrimaryInput) {
		return bad(`"primaryInput": %q is not an input name`, s.PrimaryInput)
	}
	for _, n := range append(append([]string{}, s.FileInputs...), s.OptionalFileInputs...) {
		if !inputName.MatchString(n) || n == "." || n == ".." {
			return bad(`"fileInputs": %q is not an input name`, n)
		}
	}
	for _, o := range s.Outputs {
		if err := checkRelPath(o); err != nil {
			return bad(`"outputs": %v`, err)
		}
	}
	for k := range s.Env {
		if k == "" || bytes.ContainsAny([]byte(k), "=\x00") {
			return bad(`"env": invalid variable name %q`, k)
		}
	}
	return nil
}

// GPUs is the number of GPUs the module needs.
func (s *Spec) GPUs() int { return int(s.Resources.GPUs) }

// Variant checks that the module provides executor ("" means the default).
func (s *Spec) Variant(executor string) (string, error) {
	if executor == "" {
		executor = s.Executor
	}
	switch executor {
	case ExecutorDocker:
		if s.Docker == nil {
			return "", fmt.Errorf("%w %q", ErrNoVariant, executor)
		}
	case ExecutorWasm:
		if s.Wasm == nil {
			return "", fmt.Errorf("%w %q", ErrNoVariant, executor)
		}
	default:
		return "", fmt.Errorf("unknown executor %q (want %q or %q)", executor, ExecutorDocker, ExecutorWasm)
	}
	return executor, nil
}

// checkRelPath accepts clean relative slash paths that stay inside their root.
func checkRelPath(p string) error {
	if p == "" || p[0] == '/' {
		return fmt.Errorf("%q must be a relative path", p)
	}
	for _, part := range bytes.Split([]byte(p), []byte("/")) {
		if len(part) == 0 || string(part) == "." || string(part) == ".." {
			return fmt.Errorf("%q must be a clean relative path inside its directory", p)
		}
	}
	return nil
}
