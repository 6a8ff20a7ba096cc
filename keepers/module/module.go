package module

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"

	"github.com/ipfs/go-cid"

	"github.com/pond-compute/pond/keepers/storage"
)

// TemplateFile is the spec template inside a module directory.
const TemplateFile = "module.tmpl"

// maxTemplateSize bounds the spec template and maxRenderedSize its output.
const (
	maxTemplateSize = 64 << 10
	maxRenderedSize = 256 << 10
)

// Module is a module directory with its parsed spec template.
type Module struct {
	Dir  string
	tmpl *template.Template
}

// Load reads the module at dir (a local path).
func Load(dir string) (*Module, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("module %s: %w", dir, err)
	}
	src, err := readCapped(filepath.Join(abs, TemplateFile), maxTemplateSize)
	if err != nil {
		return nil, fmt.Errorf("module %s: read spec template: %w", dir, err)
	}
	t, err := template.New(TemplateFile).Option("missingkey=error").Funcs(template.FuncMap{
		"optional": optionalInput,
	}).Parse(string(src))
	if err != nil {
		return nil, fmt.Errorf("module %s: spec template does not parse: %w", dir, err)
	}
	return &Module{Dir: abs, tmpl: t}, nil
}

// Inputs are the job inputs, by name.
type Inputs map[string]string

// templateData is what the template sees: every input already JSON-encoded
// (quotes included), so `"args": [{{.Message}}]` can never break out of the string.
type templateData map[string]string

func optionalInput(data templateData, name, def string) (string, error) {
	if v, ok := data[name]; ok {
		return v, nil
	}
	return jsonString(def), nil
}

func jsonString(s string) string {
	b, _ := json.Marshal(s) // strings always marshal
	return string(b)
}

var missingKey = regexp.MustCompile(`map has no entry for key "([^"]*)"`)

// Render substitutes the inputs and returns the validated spec and the rendered JSON.
func (m *Module) Render(inputs Inputs) (*Spec, []byte, error) {
	data := templateData{}
	for k, v := range inputs {
		if !inputName.MatchString(k) {
			return nil, nil, fmt.Errorf("input %q: names are letters, digits and _ starting with a letter", k)
		}
		data[k] = jsonString(v)
	}
	var buf bytes.Buffer
	if err := m.tmpl.Execute(&limitedWriter{w: &buf, n: maxRenderedSize}, data); err != nil {
		if sm := missingKey.FindStringSubmatch(err.Error()); sm != nil {
			return nil, nil, fmt.Errorf("module %s: %w %q", m.Dir, ErrMissingInput, sm[1])
		}
		return nil, nil, fmt.Errorf("module %s: spec template does not render: %w", m.Dir, err)
	}
	spec, err := ParseSpec(buf.Bytes())
	if err != nil {
		return nil, nil, fmt.Errorf("module %s: %w", m.Dir, err)
	}
	for _, n := range spec.FileInputs {
		if _, ok := inputs[n]; !ok {
			return nil, nil, fmt.Errorf("module %s: %w %q", m.Dir, ErrMissingInput, n)
		}
	}
	return spec, buf.Bytes(), nil
}

// WasmBinary reads the spec's WASM binary from the module directory and
// checks it against the pinned sha256.
func (m *Module) WasmBinary(s *Spec) ([]byte, error) {
	if s.Wasm == nil {
		return nil, fmt.Errorf("module %s: %w %q", m.Dir, ErrNoVariant, ExecutorWasm)
	}
	b, err := readCapped(filepath.Join(m.Dir, filepath.FromSlash(s.Wasm.Module)), 256<<20)
	if err != nil {
		return nil, fmt.Errorf("module %s: wasm binary: %w (run `make modules`)", m.Dir, err)
	}
	sum := sha256.Sum256(b)
	if got := hex.EncodeToString(sum[:]); got != s.Wasm.SHA256 {
		return nil, fmt.Errorf("module %s: wasm binary %s has sha256 %s, spec pins %s", m.Dir, s.Wasm.Module, got, s.Wasm.SHA256)
	}
	return b, nil
}

// Path resolves a relative path from the spec inside the module directory.
func (m *Module) Path(rel string) string {
	return filepath.Join(m.Dir, filepath.FromSlash(rel))
}

// Hash is the module's content hash: the CID of the module directory as
// `ipfs add -r --cid-version 1 --hidden` computes it. The bytes32 the
// ModuleRegistry pins is the sha256 digest inside that CID (SpecHash), and
// the spec URI is ipfs://<cid>: anyone can fetch the module by it and check it.
func Hash(dir string) (cid.Cid, error) {
	c, err := storage.DirCID(dir)
	if err != nil {
		return cid.Undef, fmt.Errorf("hash module %s: %w", dir, err)
	}
	return c, nil
}

// SpecHash returns the bytes32 pinned on-chain for the module at dir.
func SpecHash(dir string) ([32]byte, cid.Cid, error) {
	c, err := Hash(dir)
	if err != nil {
		return [32]byte{}, cid.Undef, err
	}
	h, err := DigestOf(c)
	return h, c, err
}

// DigestOf extracts the sha2-256 digest from a module CID.
func DigestOf(c cid.Cid) ([32]byte, error) {
	var out [32]byte
	d, err := decodeSHA256(c)
	if err != nil {
		return out, err
	}
	copy(out[:], d)
	return out, nil
}

func readCapped(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, limit)
	}
	return b, nil
}

type limitedWriter struct {
	w io.Writer
	n int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if len(p) > l.n {
		return 0, fmt.Errorf("rendered spec larger than %d bytes", maxRenderedSize)
	}
	l.n -= len(p)
	return l.w.Write(p)
}

// ParseInput splits a K=V command-line input.
func ParseInput(kv string) (string, string, error) {
	k, v, ok := strings.Cut(kv, "=")
	if !ok || !inputName.MatchString(k) {
		return "", "", fmt.Errorf("input %q: want NAME=value", kv)
	}
	return k, v, nil
}
