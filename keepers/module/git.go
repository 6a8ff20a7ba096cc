package module

// Modules from Git: a reference names a repository and a tag (or branch, or commit); the tag is
// resolved to a commit once, and from then on the module is that commit's tree. The spec URI a
// version publishes, git+<repo>@<commit>[?pin=...][#<dir>], names the repository, the commit and
// the image pins added at publish, so a moved tag can never change a published version.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	gitobject "github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/storage/memory"
)

// Errors of Git modules; match with errors.Is.
var (
	ErrRevisionNotFound = errors.New("no such tag, branch or commit in the repository")
	ErrCommitGone       = errors.New("the pinned commit is no longer in the repository")
	ErrHostileRepo      = errors.New("repository refused")
)

// GitRef is a module in a Git repository at a revision.
type GitRef struct {
	// Repo is the clone URL: https://, http://, git://, ssh:// or file://.
	Repo string
	// Rev is a tag, a branch or a full 40-hex commit, as given.
	Rev string
	// Dir is the module's directory inside the repository ("" for the root).
	Dir string
}

var (
	commitHex = regexp.MustCompile(`^[0-9a-f]{40}$`)
	revName   = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.+/-]{0,127}$`)
	// hostLike: the first element of a scheme-less reference names a host (github.com, 127.0.0.1:3000).
	hostLike = regexp.MustCompile(`^([a-z0-9-]+\.)+[a-z0-9-]+(:[0-9]+)?$|^localhost(:[0-9]+)?$`)
)

// ParseGitRef reads a Git module reference. ok is false when ref is not one (a local path, a
// CID, a name:version). Accepted forms:
//
//	github.com/<owner>/<repo>:<tag>        (https, as Lilypad users type it; @<tag> works too)
//	https://host/owner/repo.git@<tag>      (also http://, git://, ssh://, file:///path; :<tag> works too)
//	git+<url>@<commit>                     (the spec URI of a published version)
//
// followed by an optional #<dir> naming the module's directory inside the repository.
func ParseGitRef(ref string) (r GitRef, ok bool, err error) {
	s := strings.TrimPrefix(ref, "git+")
	explicit := s != ref
	if i := strings.Index(s, "#"); i >= 0 {
		s, r.Dir = s[:i], s[i+1:]
	}
	if i := strings.Index(s, "?"); i >= 0 {
		s = s[:i] // pins are read by ParseGitSource
	}
	scheme, rest, hasScheme := strings.Cut(s, "://")
	if hasScheme && !explicit && scheme == "ipfs" {
		return r, false, nil
	}
	if !hasScheme {
		first, _, _ := strings.Cut(s, "/")
		if explicit || !hostLike.MatchString(first) || strings.Count(s, "/") < 2 {
			if explicit {
				return r, true, fmt.Errorf("module %s: not a Git URL", ref)
			}
			return r, false, nil
		}
		scheme, rest = "https", s
	}
	switch scheme {
	case "https", "http", "git", "ssh", "file":
	default:
		return r, true, fmt.Errorf("module %s: unsupported Git URL scheme %q (want https, http, git, ssh or file)", ref, scheme)
	}
	slash := strings.LastIndex(rest, "/")
	sep := strings.LastIndexAny(rest, "@:")
	if sep <= slash {
		return r, true, fmt.Errorf("module %s: name the revision: <repository>:<tag> or <repository>@<tag>", ref)
	}
	r.Repo, r.Rev = scheme+"://"+rest[:sep], rest[sep+1:]
	if !revName.MatchString(r.Rev) || strings.Contains(r.Rev, "..") {
		return r, true, fmt.Errorf("module %s: %q is not a tag, branch or commit", ref, r.Rev)
	}
	if r.Dir != "" {
		if err := checkRelPath(r.Dir); err != nil {
			return r, true, fmt.Errorf("module %s: directory %v", ref, err)
		}
	}
	if _, err := url.Parse(r.Repo); err != nil {
		return r, true, fmt.Errorf("module %s: %w", ref, err)
	}
	return r, true, nil
}

func (r GitRef) String() string {
	s := r.Repo + "@" + r.Rev
	if r.Dir != "" {
		s += "#" + r.Dir
	}
	return s
}

// GitSource is a module pinned to a commit: what a published version's spec URI says.
type GitSource struct {
	Repo   string
	Commit string
	Dir    string
	// Pins are the image pins added at publish (on top of any PinsFile the repository has).
	Pins ImagePins
}

// URI is the spec URI: git+<repo>@<commit>[?pin=<tag>@sha256:<hex>...][#<dir>].
func (s GitSource) URI() string {
	u := "git+" + s.Repo + "@" + s.Commit
	if len(s.Pins) > 0 {
		var q []string
		for _, tag := range s.Pins.Tags() {
			_, digest, _ := strings.Cut(s.Pins[tag], "@")
			q = append(q, "pin="+url.QueryEscape(tag+"@"+digest))
		}
		u += "?" + strings.Join(q, "&")
	}
	if s.Dir != "" {
		u += "#" + s.Dir
	}
	return u
}

// ParseGitSource reads a git+ spec URI.
func ParseGitSource(uri string) (GitSource, error) {
	if !strings.HasPrefix(uri, "git+") {
		return GitSource{}, fmt.Errorf("spec URI %s: not git+<repo>@<commit>", uri)
	}
	ref, _, err := ParseGitRef(uri)
	if err != nil {
		return GitSource{}, err
	}
	if !commitHex.MatchString(ref.Rev) {
		return GitSource{}, fmt.Errorf("spec URI %s: %q is not a full commit hash", uri, ref.Rev)
	}
	src := GitSource{Repo: ref.Repo, Commit: ref.Rev, Dir: ref.Dir, Pins: ImagePins{}}
	s, _, _ := strings.Cut(uri, "#")
	if _, query, ok := strings.Cut(s, "?"); ok {
		vals, err := url.ParseQuery(query)
		if err != nil {
			return GitSource{}, fmt.Errorf("spec URI %s: %w", uri, err)
		}
		for k, vs := range vals {
			if k != "pin" {
				return GitSource{}, fmt.Errorf("spec URI %s: unknown parameter %q", uri, k)
			}
			for _, v := range vs {
				i := strings.LastIndex(v, "@")
				if i < 0 {
					return GitSource{}, fmt.Errorf("spec URI %s: pin %q is not <tag>@sha256:<digest>", uri, v)
				}
				src.Pins[v[:i]] = RepositoryOf(v[:i]) + v[i:]
			}
		}
		if err := src.Pins.Check(); err != nil {
			return GitSource{}, fmt.Errorf("spec URI %s: %w", uri, err)
		}
	}
	return src, nil
}

// Git fetches module trees with go-git and keeps them in a cache keyed by commit. Whatever a
// repository holds, a checkout is contained: at most MaxBytes fetched and extracted, MaxFiles
// files, no symlinks, no submodules.
type Git struct {
	// CacheDir holds one directory per (commit, module directory, pins).
	CacheDir string
	// MaxBytes bounds what one fetch downloads and what one checkout writes (default 256 MiB).
	MaxBytes int64
	// MaxFiles bounds the files of one module directory (default 10,000).
	MaxFiles int
}

func (g *Git) maxBytes() int64 {
	if g.MaxBytes > 0 {
		return g.MaxBytes
	}
	return 256 << 20
}

func (g *Git) maxFiles() int {
	if g.MaxFiles > 0 {
		return g.MaxFiles
	}
	return 10000
}

// ResolveCommit turns a reference's revision into a commit: a full commit hash is itself; a
// tag (annotated tags peeled) or a branch is looked up on the remote.
func (g *Git) ResolveCommit(ctx context.Context, r GitRef) (string, error) {
	if commitHex.MatchString(r.Rev) {
		return r.Rev, nil
	}
	remote := git.NewRemote(memory.NewStorage(), &config.RemoteConfig{Name: "origin", URLs: []string{r.Repo}})
	refs, err := remote.ListContext(ctx, &git.ListOptions{PeelingOption: git.AppendPeeled})
	if err != nil {
		return "", fmt.Errorf("list %s: %w", r.Repo, err)
	}
	byName := map[plumbing.ReferenceName]plumbing.Hash{}
	for _, ref := range refs {
		if ref.Type() == plumbing.HashReference {
			byName[ref.Name()] = ref.Hash()
		}
	}
	for _, name := range []string{"refs/tags/" + r.Rev + "^{}", "refs/tags/" + r.Rev, "refs/heads/" + r.Rev} {
		if h, ok := byName[plumbing.ReferenceName(name)]; ok {
			return h.String(), nil
		}
	}
	return "", fmt.Errorf("%s: %w: %q", r.Repo, ErrRevisionNotFound, r.Rev)
}

// Checkout returns a directory holding the module directory dir of repo at commit, with pins
// merged into its PinsFile. The tree is fetched once per commit and kept in the cache.
func (g *Git) Checkout(ctx context.Context, src GitSource) (string, error) {
	key := sha256.Sum256([]byte(src.URI()))
	dest := filepath.Join(g.CacheDir, src.Commit, hex.EncodeToString(key[:8]))
	if st, err := os.Stat(dest); err == nil && st.IsDir() {
		return dest, nil
	}
	if err := os.MkdirAll(filepath.Join(g.CacheDir, src.Commit), 0o755); err != nil {
		return "", fmt.Errorf("git cache: %w", err)
	}
	tmp, err := os.MkdirTemp(g.CacheDir, ".fetch-*")
	if err != nil {
		return "", fmt.Errorf("git cache: %w", err)
	}
	defer os.RemoveAll(tmp)
	tree, err := g.fetchTree(ctx, src.Repo, src.Commit, filepath.Join(tmp, "repo"))
	if err != nil {
		return "", err
	}
	if src.Dir != "" {
		if tree, err = tree.Tree(src.Dir); err != nil {
			return "", fmt.Errorf("%s at %s: no directory %s: %w", src.Repo, src.Commit[:12], src.Dir, err)
		}
	}
	out := filepath.Join(tmp, "module")
	x := &extractor{max: g.maxBytes(), maxFiles: g.maxFiles(), where: src.Repo + "@" + src.Commit[:12]}
	if err := x.tree(tree, out, ""); err != nil {
		return "", err
	}
	if len(src.Pins) > 0 {
		pins, err := ReadPins(out)
		if err != nil {
			return "", err
		}
		for t, p := range src.Pins {
			pins[t] = p
		}
		if err := WritePins(out, pins); err != nil {
			return "", err
		}
	}
	if err := os.Rename(out, dest); err != nil {
		if st, serr := os.Stat(dest); serr == nil && st.IsDir() {
			return dest, nil // another process checked it out first
		}
		return "", fmt.Errorf("git cache: %w", err)
	}
	return dest, nil
}

// fetchTree fetches commit from repo into a bare repository at dir and returns its tree. It
// asks for the commit alone first (servers that allow it send just that); otherwise it fetches
// every branch and tag and looks for the commit among them. The fetch is cancelled when dir
// grows beyond MaxBytes.
func (g *Git) fetchTree(ctx context.Context, repoURL, commit, dir string) (*gitobject.Tree, error) {
	repo, err := git.PlainInit(dir, true)
	if err != nil {
		return nil, fmt.Errorf("git: %w", err)
	}
	if _, err := repo.CreateRemote(&config.RemoteConfig{Name: "origin", URLs: []string{repoURL}}); err != nil {
		return nil, fmt.Errorf("git: %w", err)
	}
	fetch := func(specs []config.RefSpec, depth int) error {
		fctx, cancel := context.WithCancel(ctx)
		defer cancel()
		var tooBig atomic.Bool
		go func() {
			t := time.NewTicker(50 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-fctx.Done():
					return
				case <-t.C:
					if dirSize(dir) > g.maxBytes() {
						tooBig.Store(true)
						cancel()
						return
					}
				}
			}
		}()
		err := repo.FetchContext(fctx, &git.FetchOptions{RemoteName: "origin", RefSpecs: specs, Depth: depth, Tags: git.NoTags})
		if tooBig.Load() || dirSize(dir) > g.maxBytes() {
			return fmt.Errorf("%w: %s: fetching it takes more than %d MiB", ErrHostileRepo, repoURL, g.maxBytes()>>20)
		}
		if errors.Is(err, git.NoErrAlreadyUpToDate) {
			return nil
		}
		return err
	}
	hash := plumbing.NewHash(commit)
	errExact := fetch([]config.RefSpec{config.RefSpec(commit + ":refs/pond/want")}, 1)
	if errors.Is(errExact, ErrHostileRepo) {
		return nil, errExact
	}
	c, err := repo.CommitObject(hash)
	if err != nil {
		all := []config.RefSpec{"+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*"}
		if ferr := fetch(all, 0); ferr != nil {
			return nil, fmt.Errorf("fetch %s: %w", repoURL, ferr)
		}
		if c, err = repo.CommitObject(hash); err != nil {
			return nil, fmt.Errorf("%w: commit %s is not in %s (was a tag moved and the commit deleted?)", ErrCommitGone, commit, repoURL)
		}
	}
	return c.Tree()
}

type extractor struct {
	max      int64
	maxFiles int
	where    string
	bytes    int64
	files    int
}

func (x *extractor) refuse(p, format string, a ...any) error {
	return fmt.Errorf("%w: %s: %s %s", ErrHostileRepo, x.where, p, fmt.Sprintf(format, a...))
}

// tree writes t into dir: regular files and directories only.
func (x *extractor) tree(t *gitobject.Tree, dir, rel string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	entries := append([]gitobject.TreeEntry(nil), t.Entries...)
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name < entries[j].Name })
	for _, e := range entries {
		p := path.Join(rel, e.Name)
		if e.Name == "" || e.Name == "." || e.Name == ".." || strings.ContainsAny(e.Name, "/\\\x00") || strings.EqualFold(e.Name, ".git") {
			return x.refuse(fmt.Sprintf("%q", p), "is not a safe file name")
		}
		target := filepath.Join(dir, e.Name)
		switch e.Mode {
		case filemode.Dir:
			sub, err := t.Tree(e.Name)
			if err != nil {
				return err
			}
			if err := x.tree(sub, target, p); err != nil {
				return err
			}
		case filemode.Regular, filemode.Executable, filemode.Deprecated:
			if err := x.file(t, e, target, p); err != nil {
				return err
			}
		case filemode.Symlink:
			return x.refuse(p, "is a symlink; modules may hold only regular files and directories")
		case filemode.Submodule:
			return x.refuse(p, "is a submodule; Pond does not fetch submodules (vendor the files instead)")
		default:
			return x.refuse(p, "has unsupported file mode %s", e.Mode)
		}
	}
	return nil
}

func (x *extractor) file(t *gitobject.Tree, e gitobject.TreeEntry, target, p string) error {
	x.files++
	if x.files > x.maxFiles {
		return x.refuse(p, "is past the limit of %d files", x.maxFiles)
	}
	f, err := t.TreeEntryFile(&e)
	if err != nil {
		return err
	}
	x.bytes += f.Size
	if x.bytes > x.max {
		return x.refuse(p, "(%d bytes) takes the module past %d MiB", f.Size, x.max>>20)
	}
	r, err := f.Reader()
	if err != nil {
		return err
	}
	defer r.Close()
	mode := os.FileMode(0o644)
	if e.Mode == filemode.Executable {
		mode = 0o755
	}
	out, err := os.OpenFile(target, os.O_CREATE|os.O_EXCL|os.O_WRONLY, mode)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, io.LimitReader(r, f.Size))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// dirSize sums the regular files under dir.
func dirSize(dir string) int64 {
	var n int64
	_ = filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

var nameUnsafe = regexp.MustCompile(`[^a-z0-9._-]+`)

// DefaultName is the registry name a Git module publishes under unless told otherwise: the
// repository's last path element, lowercased, without ".git".
func (r GitRef) DefaultName() string {
	base := path.Base(strings.TrimSuffix(strings.TrimSuffix(r.Repo, "/"), ".git"))
	if r.Dir != "" {
		base = path.Base(r.Dir)
	}
	return strings.Trim(nameUnsafe.ReplaceAllString(strings.ToLower(base), "-"), "-.")
}
