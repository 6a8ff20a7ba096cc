package module

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/pond-compute/pond/keepers/storage"
)

// Fetcher gets verified content by CID (a storage.Store does).
type Fetcher interface {
	Get(ctx context.Context, c cid.Cid, dest string) error
}

// ImageResolver finds the digest a registry serves for an image tag (the Docker executor does,
// through the engine): "registry/name:tag" -> "registry/name@sha256:...".
type ImageResolver interface {
	PinImage(ctx context.Context, ref string) (string, error)
}

// ErrModuleUnavailable: neither a local directory, the content store nor the repository has the
// module version.
var ErrModuleUnavailable = errors.New("module not available")

// Resolver turns module references into local directories, one way for every command and keeper.
type Resolver struct {
	// Store fetches modules published as ipfs://<cid>; may be nil.
	Store Fetcher
	// CacheDir holds fetched modules: ipfs/<cid>, git/<commit>/<key>.
	CacheDir string
	// LocalDirs are directories whose subdirectories are modules (modules/), found by their
	// content hash before anything is fetched.
	LocalDirs []string
	// Images pins tag-only images when an unpublished Git reference is resolved; may be nil.
	Images ImageResolver
	// Git bounds checkouts; its CacheDir defaults to CacheDir/git.
	Git Git
	// MaxFetchBytes bounds what fetching one module by its CID may write to the cache (file
	// bytes plus 4 KiB an entry, as storage.WithByteBudget counts); 0: DefaultMaxFetchBytes.
	MaxFetchBytes int64

	once  sync.Once
	local map[string]string // module CID -> directory
	err   error

	// verified remembers the hash of each directory checked, with its stamp then (see hash).
	verifiedMu sync.Mutex
	verified   map[string]verifiedDir
	// now is the clock hash compares file times with (time.Now; tests move it).
	now func() time.Time
}

type verifiedDir struct {
	stamp []byte
	cid   cid.Cid
}

// racyWindow: a directory whose newest file time is this close to the moment it is stamped may
// still change without its stamp changing (file systems keep times at a coarse granularity,
// a few milliseconds), so its hash is not remembered; git's index treats "racy" entries alike.
const racyWindow = 2 * time.Second

// hash is Hash(dir) for directories the resolver hands out to be run: it hashes dir, and when
// dir's stamp (every entry's name, type, size, inode and times) is the same as when it was
// last hashed, it reuses that hash instead of reading every byte again (a cowsay run read 5.3
// MB for it). Anything that changes the content changes the stamp: a write moves a file's
// modification and change times, a replaced file is another inode, and the change time cannot
// be set back by anyone who cannot set the system clock. A stamp taken within racyWindow of a
// file's last change is not trusted, since a second write in the same timestamp tick would
// leave it unchanged. Hashing every run would not protect against more: the run reads the
// files after the check either way.
func (r *Resolver) hash(dir string) (cid.Cid, error) {
	now := time.Now
	if r.now != nil {
		now = r.now
	}
	stamped := now()
	st, newest, serr := stamp(dir)
	if serr == nil {
		r.verifiedMu.Lock()
		v, ok := r.verified[dir]
		r.verifiedMu.Unlock()
		if ok && bytes.Equal(v.stamp, st) {
			return v.cid, nil
		}
	}
	c, err := hashDir(dir)
	if err != nil {
		return cid.Undef, err
	}
	if serr == nil && newest.Before(stamped.Add(-racyWindow)) {
		r.verifiedMu.Lock()
		if r.verified == nil {
			r.verified = map[string]verifiedDir{}
		}
		r.verified[dir] = verifiedDir{stamp: st, cid: c}
		r.verifiedMu.Unlock()
	}
	return c, nil
}

// hashDir is Hash; tests count its calls.
var hashDir = Hash

func (r *Resolver) git() *Git {
	if r.Git.CacheDir == "" {
		r.Git.CacheDir = filepath.Join(r.CacheDir, "git")
	}
	return &r.Git
}

// Resolved is a module reference made local.
type Resolved struct {
	Dir string
	// NewPins are the image pins made now for a local directory whose template names an image by
	// tag only: Dir is then a copy of the directory with them in its PinsFile (publishing writes
	// them into the directory itself, so that it keeps the content it was published with).
	NewPins ImagePins
	// Git is set for a module from Git: the repository, the commit the revision resolved to, and
	// the image pins; its URI() is what publishing it pins on-chain.
	Git *GitSource
	// Rev is the revision as given (a tag), for messages.
	Rev string
}

// Ref resolves what a person types: a local module directory, ipfs://<cid> (or a bare CID)
// fetched through the store, or a Git reference (see ParseGitRef) whose revision is resolved to
// a commit now. A Git module whose template names an image by tag only is pinned to the digest
// the registry serves now (when the resolver has Images), and the pin becomes part of its content.
func (r *Resolver) Ref(ctx context.Context, ref string) (*Resolved, error) {
	g, isGit, err := ParseGitRef(ref)
	if err != nil {
		return nil, err
	}
	if isGit {
		commit, err := r.git().ResolveCommit(ctx, g)
		if err != nil {
			return nil, fmt.Errorf("module %s: %w", ref, err)
		}
		src := GitSource{Repo: g.Repo, Commit: commit, Dir: g.Dir}
		if strings.HasPrefix(ref, "git+") {
			if src, err = ParseGitSource(ref); err != nil {
				return nil, err
			}
		}
		dir, err := r.git().Checkout(ctx, src)
		if err != nil {
			return nil, fmt.Errorf("module %s: %w", ref, err)
		}
		if r.Images != nil {
			m, err := Load(dir)
			if err != nil {
				return nil, err
			}
			if image, err := m.UnpinnedImage(); err != nil {
				return nil, err
			} else if image != "" {
				pinned, err := r.Images.PinImage(ctx, image)
				if err != nil {
					return nil, fmt.Errorf("module %s: pin image %s to its digest: %w", ref, image, err)
				}
				if src.Pins == nil {
					src.Pins = ImagePins{}
				}
				src.Pins[image] = pinned
				if dir, err = r.git().Checkout(ctx, src); err != nil {
					return nil, fmt.Errorf("module %s: %w", ref, err)
				}
			}
		}
		return &Resolved{Dir: dir, Git: &src, Rev: g.Rev}, nil
	}
	raw := strings.TrimPrefix(ref, "ipfs://")
	c, err := cid.Decode(raw)
	if err != nil {
		if strings.HasPrefix(ref, "ipfs://") {
			return nil, fmt.Errorf("module %s: bad CID: %w", ref, err)
		}
		if st, err := os.Stat(ref); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("module %s: not a directory, not ipfs://<cid> and not a Git reference (<host>/<owner>/<repo>:<tag>, <url>@<tag>)", ref)
		}
		return r.localDir(ctx, ref)
	}
	dir, err := r.fetchCID(ctx, c)
	if err != nil {
		return nil, err
	}
	return &Resolved{Dir: dir}, nil
}

func (r *Resolver) fetchCID(ctx context.Context, c cid.Cid) (string, error) {
	if r.Store == nil {
		return "", fmt.Errorf("module %s: no content store to fetch it from", c)
	}
	cache := filepath.Join(r.CacheDir, "ipfs")
	dir := filepath.Join(cache, c.String())
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(cache, 0o755); err != nil {
			return "", fmt.Errorf("module cache: %w", err)
		}
		// Its CID does not say how much its DAG expands to: the fetch writes at most the bound.
		if err := r.Store.Get(storage.WithByteBudget(ctx, r.maxFetchBytes()), c, dir); err != nil {
			os.RemoveAll(dir)
			if errors.Is(err, storage.ErrTooLarge) {
				return "", fmt.Errorf("fetch module %s: it expands to more than the %d MiB a module fetch may write: %w", c, r.maxFetchBytes()>>20, err)
			}
			return "", fmt.Errorf("fetch module %s: %w", c, err)
		}
	}
	got, err := r.hash(dir)
	if err != nil {
		return "", err
	}
	if !got.Equals(c) {
		return "", fmt.Errorf("module %s: cached copy at %s hashes to %s", c, dir, got)
	}
	return dir, nil
}

// DefaultMaxFetchBytes is what fetching one module by its CID may write unless
// Resolver.MaxFetchBytes says otherwise: room for a module with a large image, not for a DAG
// that links one block over and over to fill the provider's disk.
const DefaultMaxFetchBytes = 8 << 30

func (r *Resolver) maxFetchBytes() int64 {
	if r.MaxFetchBytes > 0 {
		return r.MaxFetchBytes
	}
	return DefaultMaxFetchBytes
}

func (r *Resolver) index() (map[string]string, error) {
	r.once.Do(func() {
		r.local = map[string]string{}
		for _, root := range r.LocalDirs {
			entries, err := os.ReadDir(root)
			if errors.Is(err, os.ErrNotExist) {
				continue // no example modules here: everything is fetched
			}
			if err != nil {
				r.err = fmt.Errorf("module dir %s: %w", root, err)
				return
			}
			for _, e := range entries {
				dir := filepath.Join(root, e.Name())
				if !e.IsDir() || !HasTemplate(dir) {
					continue
				}
				c, err := r.hash(dir)
				if err != nil {
					r.err = err
					return
				}
				r.local[c.String()] = dir
			}
		}
	})
	return r.local, r.err
}

// Published finds the directory of a published module version from its spec URI (ipfs://<cid>,
// found in LocalDirs or fetched; git+<repo>@<commit>, checked out) and checks it against the spec
// hash pinned on-chain. Errors wrap ErrModuleUnavailable when the module cannot be had.
func (r *Resolver) Published(ctx context.Context, nameVersion, specURI string, specHash [32]byte) (string, error) {
	var dir string
	if strings.HasPrefix(specURI, "git+") {
		src, err := ParseGitSource(specURI)
		if err != nil {
			return "", fmt.Errorf("%w: %s: %w", ErrModuleUnavailable, nameVersion, err)
		}
		if dir, err = r.git().Checkout(ctx, src); err != nil {
			return "", fmt.Errorf("%w: %s: %w", ErrModuleUnavailable, nameVersion, err)
		}
	} else {
		ref := strings.TrimPrefix(specURI, "ipfs://")
		local, err := r.index()
		if err != nil {
			return "", err
		}
		var ok bool
		if dir, ok = local[ref]; !ok {
			c, err := cid.Decode(ref)
			if err != nil || r.Store == nil {
				return "", fmt.Errorf("%w: %s (%s) is in no module directory and cannot be fetched", ErrModuleUnavailable, nameVersion, specURI)
			}
			if dir, err = r.fetchCID(ctx, c); err != nil {
				return "", fmt.Errorf("%w: %s: %w", ErrModuleUnavailable, nameVersion, err)
			}
		}
	}
	c, err := r.hash(dir)
	if err != nil {
		return "", err
	}
	hash, err := DigestOf(c)
	if err != nil {
		return "", err
	}
	if hash != specHash {
		return "", fmt.Errorf("module %s at %s hashes to 0x%s, the registry pins 0x%s", nameVersion, dir, hex.EncodeToString(hash[:]), hex.EncodeToString(specHash[:]))
	}
	return dir, nil
}

// localDir resolves a local module directory. One whose template names a Docker image by tag
// only is pinned like a Git module: the digest the registry serves now, in a copy of the
// directory (under CacheDir/local) with the pin added to its PinsFile.
func (r *Resolver) localDir(ctx context.Context, dir string) (*Resolved, error) {
	if r.Images == nil || !HasTemplate(dir) {
		return &Resolved{Dir: dir}, nil
	}
	m, err := Load(dir)
	if err != nil {
		return nil, err
	}
	image, err := m.UnpinnedImage()
	if err != nil || image == "" {
		return &Resolved{Dir: dir}, err
	}
	pinned, err := r.Images.PinImage(ctx, image)
	if err != nil {
		return nil, fmt.Errorf("module %s: pin image %s to its digest: %w", dir, image, err)
	}
	pins, err := ReadPins(dir)
	if err != nil {
		return nil, err
	}
	pins[image] = pinned
	// One copy per directory and pin, made again each time: the directory may have changed.
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	key := sha256.Sum256([]byte(abs + "\x00" + pinned))
	staged := filepath.Join(r.CacheDir, "local", hex.EncodeToString(key[:8]))
	if err := os.RemoveAll(staged); err != nil {
		return nil, fmt.Errorf("module cache: %w", err)
	}
	if err := os.MkdirAll(staged, 0o755); err != nil {
		return nil, fmt.Errorf("module cache: %w", err)
	}
	if err := copyModuleDir(dir, staged); err != nil {
		return nil, fmt.Errorf("module %s: %w", dir, err)
	}
	if err := WritePins(staged, pins); err != nil {
		return nil, err
	}
	return &Resolved{Dir: staged, NewPins: ImagePins{image: pinned}}, nil
}

// copyModuleDir copies a module directory's regular files and directories; a symlink or any
// other kind of file is refused, as in a module from Git.
func copyModuleDir(from, to string) error {
	return filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		dest := filepath.Join(to, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(dest, 0o755)
		case d.Type().IsRegular():
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			return os.WriteFile(dest, b, info.Mode().Perm())
		default:
			return fmt.Errorf("%s is not a regular file or directory", rel)
		}
	})
}
