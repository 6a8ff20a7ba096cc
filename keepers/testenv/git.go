package testenv

import (
	"fmt"
	"net"
	"net/http"
	"net/http/cgi"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// GitRepo is a throwaway Git repository built with the git binary (tests only: Pond itself
// reads repositories with go-git).
type GitRepo struct {
	t   testing.TB
	Dir string
}

func gitBinary(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("git")
	if err != nil {
		Unavailable(t, "git", err)
	}
	return p
}

// NewGitRepo creates an empty repository named name under root (served as <base>/<name>).
func NewGitRepo(t testing.TB, root, name string) *GitRepo {
	t.Helper()
	gitBinary(t)
	r := &GitRepo{t: t, Dir: filepath.Join(root, name)}
	if err := os.MkdirAll(r.Dir, 0o755); err != nil {
		t.Fatal(err)
	}
	r.Git("init", "-q", "-b", "main")
	return r
}

// Git runs git in the repository and returns its trimmed output.
func (r *GitRepo) Git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = r.Dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=pond", "GIT_AUTHOR_EMAIL=pond@example.invalid",
		"GIT_COMMITTER_NAME=pond", "GIT_COMMITTER_EMAIL=pond@example.invalid", "GIT_CONFIG_NOSYSTEM=1", "HOME="+r.Dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// Write writes a file (creating directories) in the work tree.
func (r *GitRepo) Write(rel string, data []byte) {
	r.t.Helper()
	p := filepath.Join(r.Dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// CopyDir copies the regular files of src (recursively) into the work tree under rel.
func (r *GitRepo) CopyDir(src, rel string, skip func(name string) bool) {
	r.t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || (skip != nil && skip(d.Name())) {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		relp, _ := filepath.Rel(src, p)
		r.Write(filepath.ToSlash(filepath.Join(rel, relp)), b)
		return nil
	})
	if err != nil {
		r.t.Fatal(err)
	}
}

// Commit commits everything in the work tree and returns the commit hash.
func (r *GitRepo) Commit(msg string) string {
	r.t.Helper()
	r.Git("add", "-A")
	r.Git("commit", "-q", "--allow-empty", "-m", msg)
	return r.Git("rev-parse", "HEAD")
}

// Tag points tag at HEAD (moving it if it exists: a retag).
func (r *GitRepo) Tag(tag string) { r.t.Helper(); r.Git("tag", "-f", tag) }

// GitDaemon serves the repositories under root with `git daemon` on a free loopback port and
// returns the base URL (git://127.0.0.1:<port>). It stops when the test ends.
func GitDaemon(t testing.TB, root string) string {
	t.Helper()
	git := gitBinary(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(git, "daemon", "--reuseaddr", "--export-all", "--listen=127.0.0.1",
		fmt.Sprintf("--port=%d", port), "--base-path="+root, root)
	// Its own process group, so that stopping it also stops the children serving connections.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		Unavailable(t, "git daemon", err)
	}
	t.Cleanup(func() { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); _ = cmd.Wait() })
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	for i := 0; ; i++ {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
			break
		}
		if i == 200 {
			t.Fatalf("git daemon did not listen on %s: %v", addr, err)
		}
		time.Sleep(25 * time.Millisecond)
	}
	return "git://" + addr
}

// GitHTTP serves the repositories under root through `git http-backend` (Git's smart HTTP
// server, run as CGI) on a loopback httptest server and returns its base URL.
func GitHTTP(t testing.TB, root string) string {
	t.Helper()
	git := gitBinary(t)
	out, err := exec.Command(git, "--exec-path").Output()
	if err != nil {
		Unavailable(t, "git --exec-path", err)
	}
	backend := filepath.Join(strings.TrimSpace(string(out)), "git-http-backend")
	if _, err := os.Stat(backend); err != nil {
		Unavailable(t, "git http-backend", err)
	}
	h := &cgi.Handler{Path: backend, Env: []string{"GIT_PROJECT_ROOT=" + root, "GIT_HTTP_EXPORT_ALL=1"}}
	srv := httptest.NewServer(http.StripPrefix("", h))
	t.Cleanup(srv.Close)
	return srv.URL
}
