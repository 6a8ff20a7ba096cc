package storage

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/ipfs/go-cid"
)

// Store keeps result directories by CID.
type Store interface {
	// Put stores the directory (or file) at path and returns its CID.
	Put(ctx context.Context, path string) (cid.Cid, error)
	// Get writes the content named by c to dest, which must not exist yet.
	// Every block is checked against its CID: corrupted content is an error
	// and leaves nothing at dest.
	Get(ctx context.Context, c cid.Cid, dest string) error
}

// ErrCorrupt reports a block whose content does not match its CID.
var ErrCorrupt = errors.New("content does not match its CID")

// ErrTooLarge reports content that expands beyond the byte budget of its context
// (WithByteBudget). A DAG may link one block many times, so a few blocks can name
// any size: the budget is what bounds what Get writes.
var ErrTooLarge = errors.New("content larger than its byte budget")

// entryCost is what each file or directory Get creates costs against a budget, so
// that a DAG of many empty entries is bounded too (as the WASM executor's outputs).
const entryCost = 4 << 10

type budgetKey struct{}

// WithByteBudget returns a context under which every Get shares a budget of n bytes
// (file content plus entryCost per entry created): past it Get fails with ErrTooLarge
// and leaves nothing at dest. Whether content fits is a function of its CID alone.
func WithByteBudget(ctx context.Context, n int64) context.Context {
	b := new(atomic.Int64)
	b.Store(n)
	return context.WithValue(ctx, budgetKey{}, b)
}

// charge takes n bytes from ctx's budget, if it has one.
func charge(ctx context.Context, n int64) error {
	b, _ := ctx.Value(budgetKey{}).(*atomic.Int64)
	if b == nil {
		return nil
	}
	if b.Add(-n) < 0 {
		return ErrTooLarge
	}
	return nil
}

// maxBlockSize bounds a block read from any store (Kubo's limit is 1 MiB for
// dag-pb; raw leaves are 256 KiB).
const maxBlockSize = 2 << 20

// blockGetter returns the bytes of one block; the caller verifies them.
type blockGetter func(ctx context.Context, c cid.Cid) ([]byte, error)

// verifyBlock checks that data hashes to c.
func verifyBlock(c cid.Cid, data []byte) error {
	got, err := c.Prefix().Sum(data)
	if err != nil {
		return fmt.Errorf("hash block %s: %w", c, err)
	}
	if !got.Equals(c) {
		return fmt.Errorf("block %s: %w (hashes to %s)", c, ErrCorrupt, got)
	}
	return nil
}

// fetch materialises the DAG under root at dest, verifying every block. On
// error the partial output is removed.
func fetch(ctx context.Context, get blockGetter, root cid.Cid, dest string) error {
	if _, err := os.Lstat(dest); err == nil {
		return fmt.Errorf("get %s: destination %s already exists", root, dest)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dest), ".pond-get-*")
	if err != nil {
		return fmt.Errorf("get %s: %w", root, err)
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "root")
	if err := fetchNode(ctx, get, root, out, 0); err != nil {
		return fmt.Errorf("get %s: %w", root, err)
	}
	if err := os.Rename(out, dest); err != nil {
		return fmt.Errorf("get %s: %w", root, err)
	}
	return nil
}

func getVerified(ctx context.Context, get blockGetter, c cid.Cid) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	data, err := get(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("block %s: %w", c, err)
	}
	if len(data) > maxBlockSize {
		return nil, fmt.Errorf("block %s: larger than %d bytes", c, maxBlockSize)
	}
	return data, verifyBlock(c, data)
}

func fetchNode(ctx context.Context, get blockGetter, c cid.Cid, path string, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("DAG deeper than %d", maxDepth)
	}
	data, err := getVerified(ctx, get, c)
	if err != nil {
		return err
	}
	if c.Type() == cid.Raw {
		if err := charge(ctx, entryCost+int64(len(data))); err != nil {
			return err
		}
		return os.WriteFile(path, data, 0o644)
	}
	if c.Type() != cid.DagProtobuf {
		return fmt.Errorf("block %s: unsupported codec %#x", c, c.Type())
	}
	n, err := decodePBNode(data)
	if err != nil {
		return fmt.Errorf("block %s: %w", c, err)
	}
	if err := charge(ctx, entryCost); err != nil {
		return err
	}
	switch n.fsType {
	case unixfsTypeDirectory:
		if err := os.Mkdir(path, 0o755); err != nil {
			return err
		}
		for _, l := range n.links {
			if err := checkEntryName(l.name); err != nil {
				return fmt.Errorf("directory %s: %w", c, err)
			}
			child, err := cid.Cast(l.hash)
			if err != nil {
				return fmt.Errorf("directory %s: link %q: %w", c, l.name, err)
			}
			if err := fetchNode(ctx, get, child, filepath.Join(path, l.name), depth+1); err != nil {
				return err
			}
		}
		return nil
	case unixfsTypeFile, unixfsTypeRaw:
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		werr := writeFileDAG(ctx, get, n, f, 0)
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		return werr
	default:
		return fmt.Errorf("block %s: unsupported UnixFS type %d", c, n.fsType)
	}
}

func writeFileDAG(ctx context.Context, get blockGetter, n *decodedNode, f *os.File, depth int) error {
	if depth > maxDepth {
		return fmt.Errorf("file DAG deeper than %d", maxDepth)
	}
	if err := charge(ctx, int64(len(n.fsData))); err != nil {
		return err
	}
	if _, err := f.Write(n.fsData); err != nil {
		return err
	}
	for _, l := range n.links {
		child, err := cid.Cast(l.hash)
		if err != nil {
			return fmt.Errorf("file link: %w", err)
		}
		data, err := getVerified(ctx, get, child)
		if err != nil {
			return err
		}
		if child.Type() == cid.Raw {
			if err := charge(ctx, int64(len(data))); err != nil {
				return err
			}
			if _, err := f.Write(data); err != nil {
				return err
			}
			continue
		}
		cn, err := decodePBNode(data)
		if err != nil {
			return fmt.Errorf("block %s: %w", child, err)
		}
		if cn.fsType != unixfsTypeFile && cn.fsType != unixfsTypeRaw {
			return fmt.Errorf("block %s: file chunk of UnixFS type %d", child, cn.fsType)
		}
		if err := writeFileDAG(ctx, get, cn, f, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// checkEntryName rejects names that would escape the destination directory.
func checkEntryName(name string) error {
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, "/\x00") {
		return fmt.Errorf("unsafe entry name %q", name)
	}
	return nil
}
