package module

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const fakeDigest = "sha256:1111111111111111111111111111111111111111111111111111111111111111"

// lilypadModule writes testdata/lilypad/<name>.json.tmpl as a module directory's
// lilypad_module.json.tmpl (edited by replace, old/new pairs), with pins for its image when pin.
func lilypadModule(t *testing.T, name string, pin bool, replace ...string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "lilypad", name+".json.tmpl"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	for i := 0; i+1 < len(replace); i += 2 {
		if !strings.Contains(text, replace[i]) {
			t.Fatalf("%s has no %q to replace", name, replace[i])
		}
		text = strings.Replace(text, replace[i], replace[i+1], 1)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, LilypadTemplateFile), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if pin {
		images := map[string]string{
			"cowsay": "richbrem/cowsay:latest",
			"sdxl":   "quay.io/lukemarsden/sdxl:v0.9-lilypad1-v2",
			"ollama": "zorlin/sdxl:v1.0-refiner-lilypad4",
		}
		tag := images[name]
		if err := WritePins(dir, ImagePins{tag: RepositoryOf(tag) + "@" + fakeDigest}); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func renderDir(t *testing.T, dir string, in Inputs) (*Spec, error) {
	t.Helper()
	m, err := Load(dir)
	if err != nil {
		return nil, err
	}
	if m.Format != FormatLilypad {
		t.Fatalf("format %q, want lilypad", m.Format)
	}
	s, _, err := m.Render(in)
	return s, err
}

const someCID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"

// TestLilypadTemplates maps Lilypad's public example modules (testdata/lilypad/README.md names
// their sources) onto Pond's spec, field by field.
func TestLilypadTemplates(t *testing.T) {
	cases := []struct {
		name   string
		module string
		inputs Inputs
		want   Spec
	}{
		{"cowsay with Message", "cowsay", Inputs{"Message": `moo "and" \ more`, "cat.jpg": someCID}, Spec{
			Executor: ExecutorDocker,
			Docker: &Docker{Image: "richbrem/cowsay@" + fakeDigest,
				Entrypoint: []string{"/usr/local/bin/cowsay", `moo "and" \ more`}},
			Resources: Resources{GPUs: 0, CPUMillis: 1000, RAMMiB: 100, DiskMiB: LilypadDefaultDiskMiB},
			Timeout:   1800, PrimaryInput: "Message",
			FileInputs: []string{"cat.jpg"}, OptionalFileInputs: []string{"cat_facts.txt"}, Outputs: []string{},
		}},
		{"cowsay default message", "cowsay", Inputs{"cat.jpg": someCID, "cat_facts.txt": someCID}, Spec{
			Executor: ExecutorDocker,
			Docker: &Docker{Image: "richbrem/cowsay@" + fakeDigest, Entrypoint: []string{"/usr/local/bin/cowsay",
				"Pass me an input called Message, like lilypad run cowsay:<tag> -i Message=moo"}},
			Resources: Resources{CPUMillis: 1000, RAMMiB: 100, DiskMiB: LilypadDefaultDiskMiB},
			Timeout:   1800, PrimaryInput: "Message",
			FileInputs: []string{"cat.jpg"}, OptionalFileInputs: []string{"cat_facts.txt"}, Outputs: []string{},
		}},
		{"sdxl with a prompt", "sdxl", Inputs{"PromptEnv": "PROMPT=An astronaut riding on a unicorn"}, Spec{
			Executor: ExecutorDocker,
			Docker: &Docker{Image: "quay.io/lukemarsden/sdxl@" + fakeDigest,
				Entrypoint: []string{"bash", "-c", "python3 inference.py 2>/dev/null"}},
			Env: map[string]string{"PROMPT": "An astronaut riding on a unicorn", "RANDOM_SEED": "42",
				"OUTPUT_DIR": "/outputs/", "HF_HUB_OFFLINE": "1"},
			Resources: Resources{GPUs: 1, CPUMillis: 1000, RAMMiB: 100, DiskMiB: LilypadDefaultDiskMiB},
			Timeout:   1800, Outputs: []string{},
		}},
		{"ollama-style defaults", "ollama", Inputs{}, Spec{
			Executor:  ExecutorDocker,
			Docker:    &Docker{Image: "zorlin/sdxl@" + fakeDigest},
			Env:       map[string]string{"HF_HUB_OFFLINE": "1"},
			Resources: Resources{GPUs: 1, CPUMillis: 1000, RAMMiB: 8000, DiskMiB: LilypadDefaultDiskMiB},
			Timeout:   1800, Args: []string{}, Outputs: []string{},
		}},
		{"ollama-style subst cannot break out", "ollama", Inputs{"Prompt": `a "cat", "SEED=666`, "Steps": "50"}, Spec{
			Executor:  ExecutorDocker,
			Docker:    &Docker{Image: "zorlin/sdxl@" + fakeDigest},
			Env:       map[string]string{"PROMPT": `a "cat", "SEED=666`, "STEPS": "50", "HF_HUB_OFFLINE": "1"},
			Resources: Resources{GPUs: 1, CPUMillis: 1000, RAMMiB: 8000, DiskMiB: LilypadDefaultDiskMiB},
			Timeout:   1800, Args: []string{}, Outputs: []string{},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := renderDir(t, lilypadModule(t, tc.module, true), tc.inputs)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, tc.want) {
				t.Fatalf("spec\n got %+v %+v\nwant %+v %+v", *got, *got.Docker, tc.want, *tc.want.Docker)
			}
		})
	}
}

func TestLilypadTemplates_inputsAndPins(t *testing.T) {
	m, err := Load(lilypadModule(t, "ollama", true))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, in := range m.TemplateInputs() {
		if in.Required {
			t.Errorf("input %s reads as required; every ollama input has a default", in.Name)
		}
		names = append(names, in.Name)
	}
	if want := []string{"Batching", "Prompt", "Sampler", "Scheduler", "Seed", "Size", "Steps"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("inputs %v, want %v", names, want)
	}
	cases := []struct {
		name    string
		dir     string
		inputs  Inputs
		wantErr error
		wantMsg []string
	}{
		{"unknown input named with what the module takes", lilypadModule(t, "cowsay", true), Inputs{"Msg": "hi", "cat.jpg": someCID},
			ErrUnknownInput, []string{`"Msg"`, "Message", "cat.jpg (file)", "cat_facts.txt (file)"}},
		{"missing required file input", lilypadModule(t, "cowsay", true), Inputs{"Message": "hi"}, ErrMissingInput, []string{`"cat.jpg"`}},
		{"tag-only image without a pin", lilypadModule(t, "cowsay", false), Inputs{"Message": "hi", "cat.jpg": someCID},
			ErrUnpinnedImage, []string{"richbrem/cowsay:latest", "pond module test"}},
		{"required input (no guard)", lilypadModule(t, "sdxl", true, "{{if .PromptEnv}}{{.PromptEnv}}{{else}}\"PROMPT=question mark floating in space\"{{end}}", "{{.PromptEnv}}"),
			Inputs{}, ErrMissingInput, []string{`"PromptEnv"`, "PromptEnv (required)", "SeedEnv"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := renderDir(t, tc.dir, tc.inputs)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("want %v, got %v", tc.wantErr, err)
			}
			for _, s := range tc.wantMsg {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}

// TestLilypadTemplates_unsupportedFields: every field Pond cannot honour is refused by name,
// all of them in one error.
func TestLilypadTemplates_unsupportedFields(t *testing.T) {
	cases := []struct {
		name    string
		module  string
		replace []string
		wantMsg []string
	}{
		{"network", "cowsay", []string{`"Type": "None"`, `"Type": "Full"`}, []string{"job.Spec.Network.Type", "without network"}},
		{"wasm engine", "cowsay", []string{`"Engine": "Docker"`, `"Engine": "Wasm"`}, []string{"job.Spec.Engine", "only Docker"}},
		{"outputs elsewhere", "sdxl", []string{`"path": "/outputs"`, `"path": "/data"`}, []string{"job.Spec.Outputs[0].Path", "/outputs only"}},
		{"concurrency", "cowsay", []string{`"Concurrency": 1`, `"Concurrency": 3`}, []string{"job.Spec.Deal.Concurrency"}},
		{"unknown fields, all named", "ollama", []string{`"Timeout": 1800,`, `"Timeout": 1800, "Inputs": [{"URL": "https://x"}], "Sharding": {"x": 1},`,
			`"WorkingDirectory": ""`, `"WorkingDirectory": "/app"`},
			[]string{"job.Spec.Inputs", "job.Spec.Sharding", "job.Spec.EngineSpec.Params.WorkingDirectory"}},
		{"engine spec type", "ollama", []string{`"Type": "docker"`, `"Type": "wasm"`}, []string{"job.Spec.EngineSpec.Type"}},
		{"env without =", "sdxl", []string{`"HF_HUB_OFFLINE=1"`, `"HF_HUB_OFFLINE"`}, []string{"EnvironmentVariables", `"HF_HUB_OFFLINE" is not NAME=value`}},
		{"bad resources", "sdxl", []string{`"GPU": "1"`, `"GPU": "1", "Memory": "lots"`}, []string{"job.Spec.Resources.Memory"}},
		{"no machine", "cowsay", []string{`"machine"`, `"machina"`}, []string{"machine: required", "machina: not supported"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := Inputs{}
			if tc.module == "cowsay" {
				in["cat.jpg"] = someCID
			}
			_, err := renderDir(t, lilypadModule(t, tc.module, true, tc.replace...), in)
			if !errors.Is(err, ErrUnsupportedField) {
				t.Fatalf("want %v, got %v", ErrUnsupportedField, err)
			}
			for _, s := range tc.wantMsg {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}

func TestLilypadResources(t *testing.T) {
	dir := lilypadModule(t, "sdxl", true, `"GPU": "1"`, `"GPU": "2", "CPU": "2.5", "Memory": "8gb", "Disk": "10Gi"`)
	s, err := renderDir(t, dir, Inputs{})
	if err != nil {
		t.Fatal(err)
	}
	want := Resources{GPUs: 2, CPUMillis: 2500, RAMMiB: 7630, DiskMiB: 10240}
	if s.Resources != want {
		t.Fatalf("resources %+v, want %+v (the larger of machine and job resources)", s.Resources, want)
	}
}

func TestPins(t *testing.T) {
	dir := t.TempDir()
	good := ImagePins{"127.0.0.1:5000/pond/cowsay:v1": "127.0.0.1:5000/pond/cowsay@" + fakeDigest}
	if err := WritePins(dir, good); err != nil {
		t.Fatal(err)
	}
	got, err := ReadPins(dir)
	if err != nil || !reflect.DeepEqual(got, good) {
		t.Fatalf("read back %v %v", got, err)
	}
	for _, bad := range []ImagePins{
		{"a/b:v1": "c/d@" + fakeDigest},
		{"a/b:v1": "a/b:v2"},
		{"a/b@" + fakeDigest: "a/b@" + fakeDigest},
	} {
		if err := WritePins(dir, bad); err == nil {
			t.Errorf("pins %v accepted", bad)
		}
	}
}

func TestTemplates_bothFormatsInOneDirectoryRefused(t *testing.T) {
	dir := lilypadModule(t, "cowsay", true)
	if err := os.WriteFile(filepath.Join(dir, TemplateFile), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "keep one") {
		t.Fatalf("want both formats refused, got %v", err)
	}
}
