package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/testenv"
)

func runPond(t testing.TB, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := runPondTo(&out, &out, args...)
	return out.String(), err
}

// runPondSplit runs pond in this process and returns its standard output and standard error
// apart, as `pond ... --json | jq` sees them: progress goes to standard error.
func runPondSplit(t testing.TB, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = runPondTo(&out, &errOut, args...)
	return out.String(), errOut.String(), err
}

func runPondTo(stdout, stderr io.Writer, args ...string) error {
	app := newApp()
	app.Writer, app.ErrWriter = stdout, stderr
	return app.Run(reorderArgs(app, append([]string{"pond", "--log.format", "json", "--log.level", "error"}, args...)))
}

func cowsayDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(testenv.ModuleRoot(t), "modules", "cowsay")
	if _, err := os.Stat(filepath.Join(dir, "cowsay.wasm")); err != nil {
		if testenv.CI() {
			t.Fatalf("cowsay not built: %v", err)
		}
		t.Skip("cowsay not built (run `make modules`)")
	}
	return dir
}

var cidLine = regexp.MustCompile(`(?m)^run (\d) \((\w+)\): (bafy\w+)$`)

func TestModuleTest_printsTheSameCIDTwice(t *testing.T) {
	dir := cowsayDir(t)
	for _, ex := range []string{"wasm", "docker"} {
		t.Run(ex, func(t *testing.T) {
			if ex == "docker" {
				if _, err := os.Stat("/var/run/docker.sock"); err != nil {
					testenv.Unavailable(t, "Docker engine", err)
				}
			}
			// Flags after the positional argument, as users type them.
			out, err := runPond(t, "module", "test", dir, "-i", "Message=moo", "--executor", ex)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			m := cidLine.FindAllStringSubmatch(out, -1)
			if len(m) != 2 || m[0][3] != m[1][3] || m[0][2] != ex {
				t.Fatalf("want two identical CIDs from %s, got:\n%s", ex, out)
			}
			if !strings.Contains(out, "deterministic: 2 runs gave "+m[0][3]) {
				t.Fatalf("no verdict:\n%s", out)
			}
		})
	}
}

// Without --executor a module with both variants runs twice on each, and every CID must agree.
func TestModuleTest_runsBothExecutors(t *testing.T) {
	dir := cowsayDir(t)
	if _, err := os.Stat("/var/run/docker.sock"); err != nil {
		testenv.Unavailable(t, "Docker engine", err)
	}
	out, err := runPond(t, "module", "test", dir, "-i", "Message=moo")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	m := cidLine.FindAllStringSubmatch(out, -1)
	if len(m) != 4 || m[0][2] != "wasm" || m[3][2] != "docker" {
		t.Fatalf("want two wasm and two docker runs, got:\n%s", out)
	}
	if !strings.Contains(out, "deterministic: 4 runs gave "+m[0][3]+" (executors: wasm, docker; the CIDs agree)") {
		t.Fatalf("no verdict:\n%s", out)
	}
	if _, err := runPond(t, "module", "test", dir, "-i", "Message=moo", "-i", "Msg=moo"); err == nil || !strings.Contains(err.Error(), `unknown input "Msg"`) {
		t.Fatalf("unknown input: %v", err)
	}
}

func TestModuleTest_failsClearly(t *testing.T) {
	dir := cowsayDir(t)
	if _, err := runPond(t, "module", "test", dir); err == nil || !strings.Contains(err.Error(), `missing required input "Message"`) {
		t.Fatalf("missing input: %v", err)
	}
	if _, err := runPond(t, "module", "test", dir, "-i", "Message=x", "--executor", "vm"); err == nil || !strings.Contains(err.Error(), "--executor") {
		t.Fatalf("bad executor: %v", err)
	}
	if _, err := runPond(t, "module", "test", dir, "-i", "Message=x", "--runs", "0"); err == nil || !strings.Contains(err.Error(), "--runs") {
		t.Fatalf("bad runs: %v", err)
	}
}

func TestGlobalFlags_invalidConfigurationNamesTheFlag(t *testing.T) {
	app := newApp()
	app.Writer, app.ErrWriter = &bytes.Buffer{}, &bytes.Buffer{}
	err := app.Run([]string{"pond", "--log.format", "xml", "module", "hash", "."})
	if err == nil || !strings.Contains(err.Error(), "--log.format") {
		t.Fatalf("want an error naming --log.format, got %v", err)
	}
	t.Setenv("POND_LOG_LEVEL", "loud")
	app = newApp()
	app.Writer, app.ErrWriter = &bytes.Buffer{}, &bytes.Buffer{}
	err = app.Run([]string{"pond", "module", "hash", "."})
	if err == nil || !strings.Contains(err.Error(), "--log.level") {
		t.Fatalf("want an error naming --log.level from POND_LOG_LEVEL, got %v", err)
	}
}

func TestModuleRenderAndHash(t *testing.T) {
	dir := filepath.Join(testenv.ModuleRoot(t), "modules", "cowsay")
	out, err := runPond(t, "module", "render", dir, "-i", `Message=a"],"x":["b`)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"args": ["a\"],\"x\":[\"b"]`) {
		t.Fatalf("input not escaped in the rendered spec:\n%s", out)
	}
	out, err = runPond(t, "module", "hash", dir)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^specHash 0x[0-9a-f]{64}$`).MatchString(out) || !strings.Contains(out, "ipfs://bafy") {
		t.Fatalf("hash output:\n%s", out)
	}
}

func TestReorderArgs(t *testing.T) {
	app := newApp()
	got := reorderArgs(app, strings.Fields("pond --log.level debug module test dir -i A=1 --executor wasm -i B=2"))
	want := "pond --log.level debug module test -i A=1 --executor wasm -i B=2 dir"
	if strings.Join(got, " ") != want {
		t.Fatalf("got  %q\nwant %q", strings.Join(got, " "), want)
	}
	// Flags before a subcommand's name that it defines too are its own; the others stay with
	// the command that defines them.
	got = reorderArgs(app, strings.Fields("pond --log.level debug mediator --rpc-url http://x --mediator.bond 2 earnings --account 0x1"))
	want = "pond --log.level debug mediator --mediator.bond 2 earnings --rpc-url http://x --account 0x1"
	if strings.Join(got, " ") != want {
		t.Fatalf("got  %q\nwant %q", strings.Join(got, " "), want)
	}
}

func TestHost_reportsResourcesAndWhyNoGPU(t *testing.T) {
	out, err := runPond(t, "host", "--data.dir", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		GPUs      int    `json:"gpus"`
		CPUMillis int    `json:"cpuMillis"`
		RAMMiB    int    `json:"ramMiB"`
		DiskMiB   int    `json:"diskMiB"`
		GPUReason string `json:"gpuReason"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.CPUMillis < 1000 || got.RAMMiB == 0 || got.DiskMiB == 0 || (got.GPUs == 0 && got.GPUReason == "") {
		t.Fatalf("implausible host report:\n%s", out)
	}
	if _, err := runPond(t, "host", "--data.dir", "/does/not/exist"); err == nil || !strings.Contains(err.Error(), "--data.dir") {
		t.Fatalf("bad data dir: %v", err)
	}
}

// --modules.max-fetch-mib bounds what fetching one module by its CID writes to the module cache
// (its default, 8 GiB, is room for large images): cowsay (5 MiB with its image) is refused
// under 1 MiB with an error naming the flag, and runs under the default.
func TestModuleTest_fetchByCIDIsBoundedByTheFlag(t *testing.T) {
	dir := cowsayDir(t)
	storeDir := t.TempDir()
	store, err := storage.NewLocalStore(storeDir)
	if err != nil {
		t.Fatal(err)
	}
	c, err := store.Put(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	ref := "ipfs://" + c.String()
	out, err := runPond(t, "module", "test", ref, "--store.dir", storeDir, "--modules.cache", t.TempDir(),
		"--modules.max-fetch-mib", "1", "--executor", "wasm", "-i", "Message=moo")
	if err == nil || !strings.Contains(err.Error(), "--modules.max-fetch-mib") {
		t.Fatalf("a 5 MiB module under a 1 MiB bound: %v\n%s", err, out)
	}
	if _, err := runPond(t, "module", "test", ref, "--store.dir", storeDir, "--modules.cache", t.TempDir(),
		"--modules.max-fetch-mib", "0", "--executor", "wasm", "-i", "Message=moo"); err == nil ||
		!strings.Contains(err.Error(), "--modules.max-fetch-mib") {
		t.Fatalf("a zero bound: %v", err)
	}
	if out, err := runPond(t, "module", "test", ref, "--store.dir", storeDir, "--modules.cache", t.TempDir(),
		"--executor", "wasm", "-i", "Message=moo", "--runs", "1"); err != nil {
		t.Fatalf("under the default bound: %v\n%s", err, out)
	}
}
