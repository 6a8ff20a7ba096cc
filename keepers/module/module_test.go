package module

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodSpec = `{
  "executor": "wasm",
  "wasm": {"module": "m.wasm", "sha256": "%s"},
  "docker": {"image": "example/m@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},
  "args": [{{.Message}}, {{optional . "Seed" "42"}}],
  "env": {"MODE": {{.Message}}},
  "resources": {"gpus": 0, "vramMiB": 0, "cpuMillis": 500, "ramMiB": 64, "diskMiB": 16},
  "timeout": 30,
  "primaryInput": "Message",
  "outputs": ["out.txt"]
}`

const zeroSHA = "0000000000000000000000000000000000000000000000000000000000000000"

func writeModule(t *testing.T, tmpl string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, TemplateFile), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func render(t *testing.T, tmpl string, in Inputs) (*Spec, error) {
	t.Helper()
	m, err := Load(writeModule(t, tmpl))
	if err != nil {
		return nil, err
	}
	s, _, err := m.Render(in)
	return s, err
}

func TestRender_substitutesInputsAsJSONStrings(t *testing.T) {
	hostile := `moo", "--evil"], "timeout": 99999, "x": ["` + "\n\\u0000 </script>"
	s, err := render(t, strings.Replace(goodSpec, "%s", zeroSHA, 1), Inputs{"Message": hostile})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Args) != 2 || s.Args[0] != hostile || s.Args[1] != "42" {
		t.Fatalf("args = %q, want the hostile message intact as one argument and the default seed", s.Args)
	}
	if s.Timeout != 30 || s.Env["MODE"] != hostile {
		t.Fatalf("input escaped its string: timeout %d env %q", s.Timeout, s.Env)
	}
	s, err = render(t, strings.Replace(goodSpec, "%s", zeroSHA, 1), Inputs{"Message": "hi", "Seed": "7"})
	if err != nil {
		t.Fatal(err)
	}
	if s.Args[1] != "7" {
		t.Fatalf("optional input not used: %q", s.Args)
	}
}

func TestRender_errorsNameTheProblem(t *testing.T) {
	base := strings.Replace(goodSpec, "%s", zeroSHA, 1)
	cases := []struct {
		name    string
		tmpl    string
		inputs  Inputs
		wantErr error
		wantMsg string
	}{
		{"missing input", base, Inputs{}, ErrMissingInput, `"Message"`},
		{"unpinned image", strings.Replace(base, "example/m@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "example/m:latest", 1),
			Inputs{"Message": "x"}, ErrUnpinnedImage, "example/m:latest"},
		{"unknown field", strings.Replace(base, `"timeout": 30`, `"timeout": 30, "network": true`, 1),
			Inputs{"Message": "x"}, ErrInvalidSpec, `unknown field "network"`},
		{"trailing data", base + "{}", Inputs{"Message": "x"}, ErrInvalidSpec, "trailing data"},
		{"bad wasm hash", strings.Replace(goodSpec, "%s", "abc", 1), Inputs{"Message": "x"}, ErrInvalidSpec, "wasm.sha256"},
		{"zero timeout", strings.Replace(base, `"timeout": 30`, `"timeout": 0`, 1), Inputs{"Message": "x"}, ErrInvalidSpec, "timeout"},
		{"escaping output", strings.Replace(base, `["out.txt"]`, `["../etc/passwd"]`, 1), Inputs{"Message": "x"}, ErrInvalidSpec, "outputs"},
		{"unknown executor", strings.Replace(base, `"executor": "wasm"`, `"executor": "vm"`, 1), Inputs{"Message": "x"}, ErrInvalidSpec, `unknown executor "vm"`},
		{"gpus without docker", strings.Replace(strings.Replace(base, `"gpus": 0`, `"gpus": 1`, 1), `"docker": {"image": "example/m@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"},`, "", 1),
			Inputs{"Message": "x"}, ErrInvalidSpec, "gpus need the docker executor"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := render(t, tc.tmpl, tc.inputs)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("want %v, got %v", tc.wantErr, err)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Fatalf("error %q does not mention %q", err, tc.wantMsg)
			}
		})
	}
}

func TestLoadAndRender_templateErrors(t *testing.T) {
	if _, err := Load(writeModule(t, `{"executor": {{.Message}`)); err == nil || !strings.Contains(err.Error(), "does not parse") {
		t.Fatalf("want a parse error, got %v", err)
	}
	if _, err := Load(t.TempDir()); err == nil || !strings.Contains(err.Error(), TemplateFile) {
		t.Fatalf("want an error naming %s, got %v", TemplateFile, err)
	}
	_, err := render(t, `{{index .Message 99}}`, Inputs{"Message": "x"})
	if err == nil || !strings.Contains(err.Error(), "does not render") {
		t.Fatalf("want a render error, got %v", err)
	}
	_, err = render(t, strings.Replace(goodSpec, "%s", zeroSHA, 1), Inputs{"bad name": "x"})
	if err == nil || !strings.Contains(err.Error(), `"bad name"`) {
		t.Fatalf("want an input name error, got %v", err)
	}
}

func TestWasmBinary_checksPinnedHash(t *testing.T) {
	// sha256("hello\n")
	const helloSHA = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"
	dir := writeModule(t, strings.Replace(goodSpec, "%s", helloSHA, 1))
	m, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := m.Render(Inputs{"Message": "x"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.WasmBinary(s); err == nil || !strings.Contains(err.Error(), "make modules") {
		t.Fatalf("missing binary: want a hint to build it, got %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "m.wasm"), []byte("hello\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := m.WasmBinary(s); err != nil || string(b) != "hello\n" {
		t.Fatalf("matching binary refused: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "m.wasm"), []byte("hellO\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := m.WasmBinary(s); err == nil || !strings.Contains(err.Error(), "spec pins "+helloSHA) {
		t.Fatalf("tampered binary: want a pin mismatch, got %v", err)
	}
}

func TestSpecHash_isTheDirectoryCIDDigest(t *testing.T) {
	dir := writeModule(t, strings.Replace(goodSpec, "%s", zeroSHA, 1))
	h1, c1, err := SpecHash(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(c1.String(), "bafybei") {
		t.Fatalf("module CID %s is not a CIDv1 dag-pb directory", c1)
	}
	d, err := DigestOf(c1)
	if err != nil || d != h1 {
		t.Fatalf("spec hash %x is not the CID digest %x (%v)", h1, d, err)
	}
	h2, _, err := SpecHash(dir)
	if err != nil || h2 != h1 {
		t.Fatalf("spec hash not stable: %x vs %x (%v)", h1, h2, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "extra.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	h3, _, err := SpecHash(dir)
	if err != nil || h3 == h1 {
		t.Fatalf("spec hash did not change with the module content (%v)", err)
	}
}

func TestParseInput(t *testing.T) {
	k, v, err := ParseInput("Message=a=b")
	if err != nil || k != "Message" || v != "a=b" {
		t.Fatalf("got %q %q %v", k, v, err)
	}
	for _, bad := range []string{"Message", "=x", "a/b=c", "a b=c", "..=x", ".x=y"} {
		if _, _, err := ParseInput(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestRender_unknownInputIsNamed(t *testing.T) {
	_, err := render(t, strings.Replace(goodSpec, "%s", zeroSHA, 1), Inputs{"Message": "x", "Msg": "hi"})
	if !errors.Is(err, ErrUnknownInput) || !strings.Contains(err.Error(), `"Msg"`) ||
		!strings.Contains(err.Error(), "Message (required)") || !strings.Contains(err.Error(), "Seed") {
		t.Fatalf("want the unknown input named with the known ones, got %v", err)
	}
}

// A person who mistypes an input name (Msg for Message) is told both things at once: Message is
// missing and Msg is unknown, before anything is posted.
func TestRender_missingAndUnknownInputsNamedTogether(t *testing.T) {
	_, err := render(t, strings.Replace(goodSpec, "%s", zeroSHA, 1), Inputs{"Msg": "hi"})
	if !errors.Is(err, ErrUnknownInput) || !errors.Is(err, ErrMissingInput) {
		t.Fatalf("want both missing and unknown, got %v", err)
	}
	for _, want := range []string{`missing required input "Message"`, `unknown input "Msg"`, "Message (required)"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

// Rendering runs on every provider and mediator that takes a job, before any sandbox, and takes
// no context: a template that loops ({{range N}} over a huge number, from Go 1.22) or calls
// templates that call others twice over (exponential, within text/template's depth limit)
// writes nothing, so the size cap never stops it, and it never returns: the deal's worker and a
// CPU core are lost, and `pond module publish` hangs the same way. A spec template substitutes
// inputs; it has no need to loop or call. Load must refuse such templates (rendering them here
// would hang the test).
func TestLoad_refusesTemplatesThatLoopOrCall(t *testing.T) {
	spec := strings.Replace(goodSpec, "%s", zeroSHA, 1)
	for name, prefix := range map[string]string{
		"range over a number":   `{{range 9000000000000000000}}{{end}}`,
		"range over the inputs": `{{range .}}{{range .}}{{end}}{{end}}`,
		"template calls":        `{{define "a"}}{{end}}{{define "b"}}{{template "a"}}{{template "a"}}{{end}}{{template "b"}}`,
		"block":                 `{{block "a" .}}{{end}}`,
	} {
		if _, err := Load(writeModule(t, prefix+spec)); err == nil {
			t.Errorf("%s: Load accepted a template whose rendering can run without bound", name)
		}
	}
	if _, err := Load(writeModule(t, spec)); err != nil {
		t.Fatalf("a plain template is refused: %v", err)
	}
}
