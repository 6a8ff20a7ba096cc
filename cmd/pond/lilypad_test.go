package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/testenv"
)

// lilypadCowsayRepo builds what a Lilypad author has: a Git repository whose root holds
// lilypad_module.json.tmpl (modules/lilypad/cowsay) naming the cowsay image by tag only on a
// loopback registry, tagged v0.0.1. It returns the Git server's base URL and the registry.
func lilypadCowsayRepo(t *testing.T) (base, reg, imageTag string) {
	t.Helper()
	root := testenv.ModuleRoot(t)
	m, err := module.Load(cowsayDir(t))
	if err != nil {
		t.Fatal(err)
	}
	spec, err := m.Describe()
	if err != nil {
		t.Fatal(err)
	}
	archive, err := os.ReadFile(m.Path(spec.Docker.ImageArchive))
	if err != nil {
		t.Fatal(err)
	}
	reg = testenv.Registry(t)
	imageTag = reg + "/pond/cowsay:v0.0.1"
	testenv.PushImage(t, archive, spec.Docker.Image, imageTag)
	tmpl, err := os.ReadFile(filepath.Join(root, "modules", "lilypad", "cowsay", module.LilypadTemplateFile))
	if err != nil {
		t.Fatal(err)
	}
	gitRoot := t.TempDir()
	repo := testenv.NewGitRepo(t, gitRoot, "lilypad-module-cowsay")
	repo.Write(module.LilypadTemplateFile, []byte(strings.ReplaceAll(string(tmpl), "localhost:5000", reg)))
	repo.Write("README.md", []byte("cowsay for Lilypad\n"))
	repo.Commit("cowsay")
	repo.Tag("v0.0.1")
	return testenv.GitDaemon(t, gitRoot), reg, imageTag
}

var rpcLine = regexp.MustCompile(`RPC \(HTTP\)\s+(\S+)`)

// The proof of issue 10: on `pond devnet --with-keepers`, a Lilypad module published from a Git
// server on loopback runs with `pond run <git-url>:<tag> -i Message=moo`, its image pulled by
// digest from a loopback registry, and prints the cow; a wrong input is refused before posting.
func TestLilypadModule_fromGitThroughTheMarket(t *testing.T) {
	if _, err := os.Stat("/var/run/docker.sock"); err != nil {
		testenv.Unavailable(t, "Docker engine", err)
	}
	base, reg, imageTag := lilypadCowsayRepo(t)
	work := t.TempDir()
	t.Chdir(work) // outside the repository: no modules/ here

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	out := startDevnetCommand(ctx, t, "devnet", "--with-keepers", "--executors", "docker", "--devnet.port", "0", "--devnet.challenge-window", "3s",
		"--storage.local-dir", filepath.Join(work, "store"))
	if !strings.Contains(out.String(), "no example module was published") || !strings.Contains(out.String(), "pond module publish") {
		t.Fatalf("devnet outside the repository does not say how to publish a module:\n%s", out.String())
	}
	rpc := rpcLine.FindStringSubmatch(out.String())
	if rpc == nil {
		t.Fatalf("no RPC URL in:\n%s", out.String())
	}
	accounts, err := devnet.DevAccounts(2)
	if err != nil {
		t.Fatal(err)
	}
	chainFlags := []string{"--rpc-url", rpc[1], "--deployment", filepath.Join(work, "deployments", "31337.json"),
		"--private-key", accounts[1].KeyHex(), "--storage.local-dir", filepath.Join(work, "store")}
	ref := base + "/lilypad-module-cowsay:v0.0.1"

	pub, err := runPond(t, append([]string{"module", "publish", ref}, chainFlags...)...)
	if err != nil {
		t.Fatalf("publish: %v\n%s", err, pub)
	}
	for _, want := range []string{"published lilypad-module-cowsay:v0.0.1", "pinned image " + imageTag + " to " + reg + "/pond/cowsay@sha256:",
		"spec uri  git+" + base + "/lilypad-module-cowsay@"} {
		if !strings.Contains(pub, want) {
			t.Fatalf("publish output lacks %q:\n%s", want, pub)
		}
	}

	bad, err := runPond(t, append([]string{"run", ref, "-i", "Msg=moo"}, chainFlags...)...)
	if err == nil || !strings.Contains(err.Error(), `unknown input "Msg"`) || !strings.Contains(err.Error(), "nothing was posted") {
		t.Fatalf("a wrong input: %v\n%s", err, bad)
	}

	res, err := runPond(t, append([]string{"run", ref, "-i", "Message=moo", "--output", filepath.Join(work, "result")}, chainFlags...)...)
	if err != nil {
		t.Fatalf("run: %v\n%s\ndevnet:\n%s", err, res, out.String())
	}
	if !strings.Contains(res, "is published as lilypad-module-cowsay:v0.0.1") || !strings.Contains(res, "Job 1 done") {
		t.Fatalf("run output:\n%s", res)
	}
	cow, err := os.ReadFile(filepath.Join(work, "result", "cow.txt"))
	if err != nil || !strings.Contains(string(cow), "< moo >") || !strings.Contains(string(cow), "(oo)") {
		t.Fatalf("the cow: %q %v", cow, err)
	}
	t.Logf("pond run %s -i Message=moo:\n%s\n%s", ref, res, cow)
}

// A Lilypad module kept in a local directory (not yet in Git) whose template names its image by
// tag only: `pond module render` shows the digest it pins without touching the directory;
// `pond module publish` pins that digest on-chain and writes it to the directory's
// pond.lock.json, so that publishing again is a no-op, whatever the registry serves by then.
func TestModulePublish_localLilypadDirPinsTagOnlyImage(t *testing.T) {
	if _, err := os.Stat("/var/run/docker.sock"); err != nil {
		testenv.Unavailable(t, "Docker engine", err)
	}
	m, err := module.Load(cowsayDir(t))
	if err != nil {
		t.Fatal(err)
	}
	spec, err := m.Describe()
	if err != nil {
		t.Fatal(err)
	}
	archive, err := os.ReadFile(m.Path(spec.Docker.ImageArchive))
	if err != nil {
		t.Fatal(err)
	}
	reg := testenv.Registry(t)
	imageTag := reg + "/pond/cowsay:v0.0.1"
	digest := testenv.PushImage(t, archive, spec.Docker.Image, imageTag)
	tmpl, err := os.ReadFile(filepath.Join(testenv.ModuleRoot(t), "modules", "lilypad", "cowsay", module.LilypadTemplateFile))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "lilypad-module-cowsay")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, module.LilypadTemplateFile), []byte(strings.ReplaceAll(string(tmpl), "localhost:5000", reg)), 0o644); err != nil {
		t.Fatal(err)
	}
	pinned := reg + "/pond/cowsay@" + digest
	lock := filepath.Join(dir, module.PinsFile)

	out, err := runPond(t, "module", "render", dir, "-i", "Message=moo")
	if err != nil {
		t.Fatalf("render: %v\n%s", err, out)
	}
	if !strings.Contains(out, "pinned image "+imageTag+" to "+pinned) || !strings.Contains(out, `"image": "`+pinned+`"`) {
		t.Fatalf("render does not show the pin:\n%s", out)
	}
	if _, err := os.Stat(lock); !os.IsNotExist(err) {
		t.Fatalf("render wrote %s: %v", lock, err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	pc := newPublishChain(ctx, t)
	publish := func() (string, error) {
		return runPond(t, append([]string{"module", "publish", dir, "--version", "v0.0.1"}, pc.flags()...)...)
	}
	out, err = publish()
	if err != nil || !strings.Contains(out, "published lilypad-module-cowsay:v0.0.1 as module 1") {
		t.Fatalf("publish: %v\n%s", err, out)
	}
	pins, err := module.ReadPins(dir)
	if err != nil || pins[imageTag] != pinned {
		t.Fatalf("%s holds %v (%v), want %s -> %s", lock, pins, err, imageTag, pinned)
	}
	published, err := chain.NewModuleRegistry(pc.d.ModuleRegistry).Module(ctx, pc.net.Client(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if hash, _, err := module.SpecHash(dir); err != nil || published.SpecHash != hash {
		t.Fatalf("the directory with its lock hashes to %x (%v); the registry pins %x", hash, err, published.SpecHash)
	}

	// The registry now serves other content under the tag: the directory keeps its pin.
	other, err := os.ReadFile(filepath.Join(testenv.ModuleRoot(t), "modules", "csvstats", "image.tar"))
	if err != nil {
		t.Fatal(err)
	}
	csv, err := module.Load(filepath.Join(testenv.ModuleRoot(t), "modules", "csvstats"))
	if err != nil {
		t.Fatal(err)
	}
	csvSpec, err := csv.Describe()
	if err != nil {
		t.Fatal(err)
	}
	if moved := testenv.PushImage(t, other, csvSpec.Docker.Image, imageTag); moved == digest {
		t.Fatal("the tag still serves the same digest")
	}
	out, err = publish()
	if err != nil || !strings.Contains(out, "already published as module 1") {
		t.Fatalf("republish after the tag moved: %v\n%s", err, out)
	}
}

// Each example module also exists in Lilypad's format (modules/lilypad/<m>). Kept as a Lilypad
// author keeps it (a Git repository tagged v0.0.1 whose template names the image by tag only),
// served by `git http-backend` and by file://, `pond module test` runs it (image pinned and
// pulled by digest from a loopback registry) and gets the result the Pond-format module gives.
func TestLilypadExamples_fromGitGiveThePondModulesResults(t *testing.T) {
	if _, err := os.Stat("/var/run/docker.sock"); err != nil {
		testenv.Unavailable(t, "Docker engine", err)
	}
	root := testenv.ModuleRoot(t)
	reg := testenv.Registry(t)
	gitRoot := t.TempDir()
	httpBase := testenv.GitHTTP(t, gitRoot)
	csv := filepath.Join(root, "modules", "csvstats", "example.csv")
	for _, ex := range []struct {
		name   string
		inputs []string
	}{
		{"cowsay", []string{"-i", "Message=moo"}},
		{"csvstats", []string{"-i", "Data=@" + csv, "-i", "GroupBy=region"}},
		{"tinylm", []string{"-i", "Prompt=the pond", "-i", "Seed=7"}},
	} {
		t.Run(ex.name, func(t *testing.T) {
			pondDir := filepath.Join(root, "modules", ex.name)
			m, err := module.Load(pondDir)
			if err != nil {
				t.Fatal(err)
			}
			spec, err := m.Describe()
			if err != nil {
				t.Fatal(err)
			}
			archive, err := os.ReadFile(m.Path(spec.Docker.ImageArchive))
			if err != nil {
				testenv.Unavailable(t, ex.name+" image archive (run `make modules`)", err)
			}
			testenv.PushImage(t, archive, spec.Docker.Image, reg+"/pond/"+ex.name+":v0.0.1")
			tmpl, err := os.ReadFile(filepath.Join(root, "modules", "lilypad", ex.name, module.LilypadTemplateFile))
			if err != nil {
				t.Fatal(err)
			}
			repoName := "lilypad-module-" + ex.name
			repo := testenv.NewGitRepo(t, gitRoot, repoName)
			repo.Write(module.LilypadTemplateFile, []byte(strings.ReplaceAll(string(tmpl), "localhost:5000", reg)))
			repo.Commit(ex.name)
			repo.Tag("v0.0.1")

			want := moduleTestCID(t, append([]string{"module", "test", pondDir, "--executor", "docker"}, ex.inputs...))
			for _, ref := range []string{httpBase + "/" + repoName + ":v0.0.1", "file://" + filepath.Join(gitRoot, repoName) + "@v0.0.1"} {
				args := append([]string{"module", "test", ref, "--modules.cache", t.TempDir()}, ex.inputs...)
				if got := moduleTestCID(t, args); got != want {
					t.Errorf("%s gives %s, the Pond-format module %s", ref, got, want)
				}
			}
		})
	}
}

// moduleTestCID runs `pond module test` and returns the CID every run agreed on.
func moduleTestCID(t *testing.T, args []string) string {
	t.Helper()
	out, err := runPond(t, args...)
	if err != nil {
		t.Fatalf("pond %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	runs := cidLine.FindAllStringSubmatch(out, -1)
	if len(runs) < 2 || !strings.Contains(out, "deterministic: ") {
		t.Fatalf("pond %s: no deterministic verdict:\n%s", strings.Join(args, " "), out)
	}
	return runs[0][3]
}
