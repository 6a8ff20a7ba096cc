package module

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
	"text/template/parse"

	"github.com/ipfs/go-cid"

	"github.com/pond-compute/pond/keepers/storage"
)

// Template files: Pond's own spec template and Lilypad's. A module directory holds exactly one.
const (
	TemplateFile        = "module.tmpl"
	LilypadTemplateFile = "lilypad_module.json.tmpl"
)

// Template formats.
const (
	FormatPond    = "pond"
	FormatLilypad = "lilypad"
)

// maxTemplateSize bounds the spec template and maxRenderedSize its output.
const (
	maxTemplateSize = 64 << 10
	maxRenderedSize = 256 << 10
)

// Module is a module directory with its parsed spec template.
type Module struct {
	Dir string
	// Format is FormatPond (module.tmpl) or FormatLilypad (lilypad_module.json.tmpl).
	Format string
	tmpl   *template.Template
	fields map[string]bool // template inputs: name -> required
	pins   ImagePins
}

// HasTemplate reports whether dir holds a spec template of either format.
func HasTemplate(dir string) bool {
	for _, f := range []string{TemplateFile, LilypadTemplateFile} {
		if st, err := os.Stat(filepath.Join(dir, f)); err == nil && st.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// Load reads the module at dir (a local path): its spec template in either format, and the
// image pins in PinsFile when there is one.
func Load(dir string) (*Module, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("module %s: %w", dir, err)
	}
	pond, errPond := readCapped(filepath.Join(abs, TemplateFile), maxTemplateSize)
	lily, errLily := readCapped(filepath.Join(abs, LilypadTemplateFile), maxTemplateSize)
	m := &Module{Dir: abs}
	var src []byte
	switch {
	case errPond == nil && errLily == nil:
		return nil, fmt.Errorf("module %s: holds both %s and %s; keep one", dir, TemplateFile, LilypadTemplateFile)
	case errPond == nil:
		m.Format, src = FormatPond, pond
	case errLily == nil:
		m.Format, src = FormatLilypad, lily
	case errors.Is(errPond, os.ErrNotExist) && errors.Is(errLily, os.ErrNotExist):
		return nil, fmt.Errorf("module %s: read spec template: no %s or %s: %w", dir, TemplateFile, LilypadTemplateFile, errPond)
	case !errors.Is(errPond, os.ErrNotExist):
		return nil, fmt.Errorf("module %s: read spec template: %w", dir, errPond)
	default:
		return nil, fmt.Errorf("module %s: read spec template: %w", dir, errLily)
	}
	name := TemplateFile
	if m.Format == FormatLilypad {
		name = LilypadTemplateFile
	}
	t, err := template.New(name).Option("missingkey=error").Funcs(Funcs).Parse(string(src))
	if err != nil {
		return nil, fmt.Errorf("module %s: spec template does not parse: %w", dir, err)
	}
	if err := checkBounded(t); err != nil {
		return nil, fmt.Errorf("module %s: spec template: %w", dir, err)
	}
	m.tmpl = t
	m.fields = templateInputs(t)
	if m.pins, err = ReadPins(abs); err != nil {
		return nil, fmt.Errorf("module %s: %w", dir, err)
	}
	return m, nil
}

// checkBounded refuses what lets a template's rendering run without bound: {{range}} (over a
// number from Go 1.22, or nested over the inputs) and {{template}}/{{define}}/{{block}} (calls
// that branch are exponential within text/template's depth limit). Without them a rendering
// takes time linear in the template's size, which maxTemplateSize bounds. Rendering takes no
// context and runs on every provider and mediator of a job before any sandbox, so an endless
// one would hold a worker and a core for good. A spec template substitutes inputs; it has no
// need to loop or call.
func checkBounded(t *template.Template) error {
	if len(t.Templates()) > 1 {
		return errors.New("{{define}} and {{block}} are not allowed")
	}
	var walk func(n parse.Node) error
	walk = func(n parse.Node) error {
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return nil
			}
			for _, c := range n.Nodes {
				if err := walk(c); err != nil {
					return err
				}
			}
		case *parse.RangeNode:
			return errors.New("{{range}} is not allowed")
		case *parse.TemplateNode:
			return errors.New("{{template}} is not allowed")
		case *parse.IfNode:
			return errors.Join(walk(n.List), walk(n.ElseList))
		case *parse.WithNode:
			return errors.Join(walk(n.List), walk(n.ElseList))
		}
		return nil
	}
	if t.Tree == nil {
		return nil
	}
	return walk(t.Root)
}

// Inputs are the job inputs, by name.
type Inputs map[string]string

// Input is one input a module's template reads.
type Input struct {
	Name string
	// Required: the template reads it outside any {{if .Name}} / {{with .Name}} guard and
	// without a default.
	Required bool
}

// TemplateInputs lists the inputs the template reads, sorted by name. File inputs declared in
// the rendered spec (fileInputs, Lilypad's inputFiles) come on top of these.
func (m *Module) TemplateInputs() []Input {
	out := make([]Input, 0, len(m.fields))
	for n, req := range m.fields {
		out = append(out, Input{Name: n, Required: req})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Funcs is the template function set, the same for both formats:
//   - optional . "Name" "default": the input, or the default (JSON-encoded) when not given;
//   - subst "FORMAT" .A .B: Lilypad's helper, fmt.Sprintf of the inputs' string values. Its
//     result is JSON-escaped without the surrounding quotes, so `"{{subst "PROMPT=%s" .Prompt}}"`
//     gives the string Lilypad gives and no input can break out of it.
var Funcs = template.FuncMap{
	"optional": optionalInput,
	"subst":    subst,
}

// templateData is what the template sees: every given input already JSON-encoded (quotes
// included), so `"args": [{{.Message}}]` can never break out of the string; an optional input
// that was not given is the empty string, which {{if}} treats as false.
type templateData map[string]string

func optionalInput(data templateData, name, def string) (string, error) {
	if v := data[name]; v != "" {
		return v, nil
	}
	return jsonString(def), nil
}

func subst(format string, inputs ...string) (string, error) {
	args := make([]any, len(inputs))
	for i, in := range inputs {
		var s string
		if err := json.Unmarshal([]byte(in), &s); err != nil {
			return "", fmt.Errorf("subst: argument %d is not a given input (guard it with {{if}})", i+1)
		}
		args[i] = s
	}
	quoted := jsonString(fmt.Sprintf(format, args...))
	return quoted[1 : len(quoted)-1], nil
}

func jsonString(s string) string {
	b, _ := json.Marshal(s) // strings always marshal
	return string(b)
}

// Render checks the inputs against what the template reads and the spec declares (a missing
// required input and an input the module does not know are both named), substitutes them and
// returns the validated spec and the rendered JSON. A Lilypad template is mapped onto the same
// spec (see lilypad.go); its rendered JSON is that spec's.
func (m *Module) Render(inputs Inputs) (*Spec, []byte, error) {
	data := templateData{}
	for k, v := range inputs {
		if !inputName.MatchString(k) {
			return nil, nil, fmt.Errorf("input %q: names are letters, digits, '_', '.' and '-', starting with a letter, digit or '_'", k)
		}
		data[k] = jsonString(v)
	}
	// A missing template input is rendered with a placeholder so that the spec still says which
	// file inputs the module takes: every missing and unknown input is named in one error.
	var missing []string
	for n, required := range m.fields {
		if _, ok := inputs[n]; !ok {
			if required {
				missing = append(missing, n)
				data[n] = jsonString("x")
			} else {
				data[n] = ""
			}
		}
	}
	// With placeholders standing in, a failure to render says less than the missing inputs do.
	fail := func(err error) (*Spec, []byte, error) {
		if len(missing) > 0 {
			return nil, nil, m.inputError(missing, nil)
		}
		return nil, nil, err
	}
	var buf bytes.Buffer
	if err := m.tmpl.Execute(&limitedWriter{w: &buf, n: maxRenderedSize}, data); err != nil {
		return fail(fmt.Errorf("module %s: spec template does not render: %w", m.Dir, err))
	}
	rendered := buf.Bytes()
	var spec *Spec
	var err error
	if m.Format == FormatLilypad {
		spec, err = MapLilypad(rendered)
	} else {
		spec, err = decodeSpec(rendered)
	}
	if err != nil {
		return fail(fmt.Errorf("module %s: %w", m.Dir, err))
	}
	if spec.Docker != nil {
		spec.Docker.Image = m.pins.Apply(spec.Docker.Image)
	}
	if m.Format == FormatLilypad {
		if spec.PrimaryInput == "" && len(m.fields) == 1 {
			for n := range m.fields {
				spec.PrimaryInput = n
			}
		}
		if rendered, err = json.MarshalIndent(spec, "", "  "); err != nil {
			return nil, nil, err
		}
	}
	if err := spec.Check(); err != nil {
		return fail(fmt.Errorf("module %s: %w", m.Dir, err))
	}
	var unknown []string
	for k := range inputs {
		if _, ok := m.fields[k]; !ok && !spec.isFileInput(k) {
			unknown = append(unknown, k)
		}
	}
	for _, n := range spec.FileInputs {
		missing = appendMissing(missing, inputs, n)
	}
	if len(missing) > 0 || len(unknown) > 0 {
		return nil, nil, m.inputError(missing, unknown, spec.FileInputs, spec.OptionalFileInputs)
	}
	return spec, rendered, nil
}

func appendMissing(missing []string, inputs Inputs, name string) []string {
	if _, ok := inputs[name]; !ok {
		return append(missing, name)
	}
	return missing
}

// InputError names the inputs that are missing and those that are unknown, and what the module
// takes. errors.Is matches ErrMissingInput and ErrUnknownInput as the lists say.
type InputError struct {
	Missing []string
	Unknown []string
	// Known lists every input the module takes, "(required)" marked.
	Known []string
	Dir   string
}

func (e *InputError) Error() string {
	var parts []string
	if len(e.Missing) > 0 {
		parts = append(parts, fmt.Sprintf("%v %s", ErrMissingInput, quoteAll(e.Missing)))
	}
	if len(e.Unknown) > 0 {
		parts = append(parts, fmt.Sprintf("%v %s", ErrUnknownInput, quoteAll(e.Unknown)))
	}
	known := "none"
	if len(e.Known) > 0 {
		known = strings.Join(e.Known, ", ")
	}
	return fmt.Sprintf("module %s: %s (the module takes: %s)", e.Dir, strings.Join(parts, "; "), known)
}

func (e *InputError) Unwrap() []error {
	var errs []error
	if len(e.Missing) > 0 {
		errs = append(errs, ErrMissingInput)
	}
	if len(e.Unknown) > 0 {
		errs = append(errs, ErrUnknownInput)
	}
	return errs
}

func quoteAll(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(quoted, ", ")
}

func (m *Module) inputError(missing, unknown []string, files ...[]string) error {
	sort.Strings(missing)
	sort.Strings(unknown)
	var known []string
	for _, in := range m.TemplateInputs() {
		if in.Required {
			known = append(known, in.Name+" (required)")
		} else {
			known = append(known, in.Name)
		}
	}
	for _, fs := range files {
		for _, f := range fs {
			known = append(known, f+" (file)")
		}
	}
	return &InputError{Missing: missing, Unknown: unknown, Known: known, Dir: m.Dir}
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
// the spec URI is ipfs://<cid> or, for a module from Git, git+<repo>@<commit>: anyone can fetch
// the module by it and check it.
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
