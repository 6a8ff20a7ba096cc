package module_test

import (
	"context"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/testenv"
)

const cowsayTmpl = `{"executor": "wasm", "wasm": {"module": "m.wasm", "sha256": "0000000000000000000000000000000000000000000000000000000000000000"},
 "args": [{{.Message}}], "resources": {"cpuMillis": 100, "ramMiB": 16, "diskMiB": 1}, "timeout": 5, "outputs": []}`

func TestParseGitRef(t *testing.T) {
	cases := []struct {
		in     string
		isGit  bool
		want   module.GitRef
		errMsg string
	}{
		{"cowsay:v0.0.1", false, module.GitRef{}, ""},
		{"modules/cowsay", false, module.GitRef{}, ""},
		{"ipfs://bafybeid6mnpa5sqggilrwjjsot7wqbcpa76oytbohce3eezkekns2qyvi4", false, module.GitRef{}, ""},
		{"github.com/lilypad-tech/lilypad-module-cowsay:v0.0.1", true,
			module.GitRef{Repo: "https://github.com/lilypad-tech/lilypad-module-cowsay", Rev: "v0.0.1"}, ""},
		{"github.com/o/r@v1#sub/dir", true, module.GitRef{Repo: "https://github.com/o/r", Rev: "v1", Dir: "sub/dir"}, ""},
		{"http://127.0.0.1:3000/cowsay.git:v0.0.1", true, module.GitRef{Repo: "http://127.0.0.1:3000/cowsay.git", Rev: "v0.0.1"}, ""},
		{"git://127.0.0.1:9418/cowsay@v0.0.1", true, module.GitRef{Repo: "git://127.0.0.1:9418/cowsay", Rev: "v0.0.1"}, ""},
		{"ssh://git@host.example/o/r.git@v2", true, module.GitRef{Repo: "ssh://git@host.example/o/r.git", Rev: "v2"}, ""},
		{"file:///srv/git/cowsay@v1", true, module.GitRef{Repo: "file:///srv/git/cowsay", Rev: "v1"}, ""},
		{"git+https://h.example/o/r@0123456789abcdef0123456789abcdef01234567", true,
			module.GitRef{Repo: "https://h.example/o/r", Rev: "0123456789abcdef0123456789abcdef01234567"}, ""},
		{"https://h.example/o/r", true, module.GitRef{}, "name the revision"},
		{"ftp://h.example/o/r@v1", true, module.GitRef{}, "unsupported Git URL scheme"},
		{"github.com/o/r@v1#../../etc", true, module.GitRef{}, "clean relative path"},
		{"github.com/o/r@v1..v2", true, module.GitRef{}, "not a tag"},
	}
	for _, tc := range cases {
		got, isGit, err := module.ParseGitRef(tc.in)
		if isGit != tc.isGit {
			t.Errorf("%s: isGit %v, want %v", tc.in, isGit, tc.isGit)
			continue
		}
		if tc.errMsg != "" {
			if err == nil || !strings.Contains(err.Error(), tc.errMsg) {
				t.Errorf("%s: want an error with %q, got %v", tc.in, tc.errMsg, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("%s: got %+v %v, want %+v", tc.in, got, err, tc.want)
		}
	}
	src := module.GitSource{Repo: "http://127.0.0.1:1/o/r.git", Commit: strings.Repeat("ab", 20), Dir: "m",
		Pins: module.ImagePins{"127.0.0.1:5000/pond/cowsay:latest": "127.0.0.1:5000/pond/cowsay@sha256:" + strings.Repeat("1", 64)}}
	back, err := module.ParseGitSource(src.URI())
	if err != nil || back.URI() != src.URI() || back.Pins["127.0.0.1:5000/pond/cowsay:latest"] != src.Pins["127.0.0.1:5000/pond/cowsay:latest"] {
		t.Fatalf("spec URI %s does not round-trip: %+v %v", src.URI(), back, err)
	}
}

// servers serves root over git daemon, git http-backend and file://, as base URLs.
func servers(t *testing.T, root string) map[string]string {
	return map[string]string{
		"git daemon":       testenv.GitDaemon(t, root),
		"git http-backend": testenv.GitHTTP(t, root),
		"file":             "file://" + root,
	}
}

func TestGit_tagResolvedAndCheckedOut(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	repo := testenv.NewGitRepo(t, root, "cowsay")
	repo.Write("module.tmpl", []byte(cowsayTmpl))
	repo.Write("README.md", []byte("a module\n"))
	c1 := repo.Commit("v1")
	repo.Tag("v0.0.1")
	repo.Git("tag", "-a", "-m", "annotated", "v0.0.2")
	for name, base := range servers(t, root) {
		t.Run(name, func(t *testing.T) {
			r := &module.Resolver{CacheDir: t.TempDir()}
			for _, tag := range []string{"v0.0.1", "v0.0.2"} {
				res, err := r.Ref(ctx, base+"/cowsay:"+tag)
				if err != nil {
					t.Fatal(err)
				}
				if res.Git == nil || res.Git.Commit != c1 || res.Rev != tag {
					t.Fatalf("%s resolved to %+v, want commit %s", tag, res.Git, c1)
				}
				if b, err := os.ReadFile(filepath.Join(res.Dir, "README.md")); err != nil || string(b) != "a module\n" {
					t.Fatalf("checkout: %q %v", b, err)
				}
				if _, err := os.Stat(filepath.Join(res.Dir, ".git")); err == nil {
					t.Fatal("checkout holds .git")
				}
				m, err := module.Load(res.Dir)
				if err != nil {
					t.Fatal(err)
				}
				if _, _, err := m.Render(module.Inputs{"Message": "moo"}); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := r.Ref(ctx, base+"/cowsay:v9"); !errors.Is(err, module.ErrRevisionNotFound) || !strings.Contains(err.Error(), `"v9"`) {
				t.Fatalf("unknown tag: %v", err)
			}
		})
	}
}

// TestGit_retagDoesNotChangeAPublishedVersion: a version pins a commit; moving the tag changes
// what the tag resolves to but not what the published version runs, and once the old commit is
// deleted the published version fails with a clear error rather than running something else.
func TestGit_retagDoesNotChangeAPublishedVersion(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	repo := testenv.NewGitRepo(t, root, "cowsay")
	repo.Write("module.tmpl", []byte(cowsayTmpl))
	repo.Commit("base")
	repo.Git("checkout", "-q", "-b", "release")
	repo.Write("VERSION", []byte("one\n"))
	c1 := repo.Commit("one")
	repo.Tag("v1")
	base := testenv.GitDaemon(t, root)

	r := &module.Resolver{CacheDir: t.TempDir()}
	res, err := r.Ref(ctx, base+"/cowsay:v1")
	if err != nil {
		t.Fatal(err)
	}
	uri := res.Git.URI()
	hash, _, err := module.SpecHash(res.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(uri, "git+"+base+"/cowsay@"+c1) {
		t.Fatalf("spec URI %s does not name the repository and commit %s", uri, c1)
	}

	// Retag v1 on another commit; the old one stays reachable only from its branch.
	repo.Git("checkout", "-q", "main")
	repo.Write("VERSION", []byte("two: changed under the same tag\n"))
	c2 := repo.Commit("two")
	repo.Tag("v1")
	if res2, err := r.Ref(ctx, base+"/cowsay:v1"); err != nil || res2.Git.Commit != c2 {
		t.Fatalf("moved tag resolves to %+v %v, want %s", res2, err, c2)
	}
	fresh := &module.Resolver{CacheDir: t.TempDir()} // a provider that never saw it
	dir, err := fresh.Published(ctx, "cowsay:v1", uri, hash)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "VERSION")); string(b) != "one\n" {
		t.Fatalf("published version runs %q, want the pinned commit's content", b)
	}

	// Delete the old commit from the repository: the published version now fails clearly.
	repo.Git("branch", "-D", "release")
	repo.Git("reflog", "expire", "--expire=now", "--all")
	repo.Git("gc", "-q", "--prune=now")
	gone := &module.Resolver{CacheDir: t.TempDir()}
	if _, err := gone.Published(ctx, "cowsay:v1", uri, hash); !errors.Is(err, module.ErrCommitGone) ||
		!errors.Is(err, module.ErrModuleUnavailable) || !strings.Contains(err.Error(), c1) {
		t.Fatalf("deleted commit: want ErrCommitGone naming %s, got %v", c1, err)
	}
	// A cache that already holds the commit keeps serving it, checked against the spec hash.
	if _, err := fresh.Published(ctx, "cowsay:v1", uri, hash); err != nil {
		t.Fatalf("cached checkout: %v", err)
	}
	// A tampered cache is refused, not run.
	if err := os.WriteFile(filepath.Join(dir, "VERSION"), []byte("evil\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := fresh.Published(ctx, "cowsay:v1", uri, hash); err == nil || !strings.Contains(err.Error(), "the registry pins") {
		t.Fatalf("tampered cache: %v", err)
	}
}

func TestGit_hostileRepositoriesAreRefused(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	big := make([]byte, 3<<20)
	if _, err := rand.Read(big); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		build func(r *testenv.GitRepo)
		ref   string
		want  string
	}{
		{"huge file", func(r *testenv.GitRepo) { r.Write("weights.bin", big) }, "", "MiB"},
		{"huge file outside the module directory", func(r *testenv.GitRepo) {
			r.Write("m/module.tmpl", []byte(cowsayTmpl))
			r.Write("data/weights.bin", big)
		}, "#m", "MiB"},
		{"symlink out of the tree", func(r *testenv.GitRepo) {
			r.Git("--version")
			mustSymlink(t, "/etc/passwd", filepath.Join(r.Dir, "passwd"))
		}, "", "symlink"},
		{"symlink inside the tree", func(r *testenv.GitRepo) { mustSymlink(t, "module.tmpl", filepath.Join(r.Dir, "alias.tmpl")) }, "", "symlink"},
		{"submodule", func(r *testenv.GitRepo) {
			r.Git("update-index", "--add", "--cacheinfo", "160000,"+strings.Repeat("a", 40)+",vendor/lib")
		}, "", "submodule"},
		{"too many files", func(r *testenv.GitRepo) {
			for i := range 40 {
				r.Write(filepath.Join("many", strings.Repeat("f", i+1)), []byte("x"))
			}
		}, "", "files"},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			name := "hostile" + string(rune('a'+i))
			repo := testenv.NewGitRepo(t, root, name)
			repo.Write("module.tmpl", []byte(cowsayTmpl))
			repo.Git("add", "-A")
			tc.build(repo)
			if tc.name != "submodule" { // a gitlink lives in the index only
				repo.Git("add", "-A")
			}
			repo.Git("commit", "-q", "-m", "hostile")
			repo.Tag("v1")
			r := &module.Resolver{CacheDir: t.TempDir(), Git: module.Git{MaxBytes: 1 << 20, MaxFiles: 32}}
			_, err := r.Ref(ctx, "file://"+root+"/"+name+"@v1"+tc.ref)
			if !errors.Is(err, module.ErrHostileRepo) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("want ErrHostileRepo mentioning %q, got %v", tc.want, err)
			}
			entries, _ := os.ReadDir(filepath.Join(r.CacheDir, "git"))
			for _, e := range entries {
				if !strings.HasPrefix(e.Name(), ".") {
					sub, _ := os.ReadDir(filepath.Join(r.CacheDir, "git", e.Name()))
					if len(sub) > 0 {
						t.Fatalf("a refused checkout was left in the cache: %s", e.Name())
					}
				}
			}
		})
	}
}

func mustSymlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}
