package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ipfs/go-cid"
)

// LocalStore is an embedded block store on disk: one file per block, named
// by its CID. It computes the same CIDs as Kubo.
type LocalStore struct {
	dir string
}

var _ Store = (*LocalStore)(nil)

// NewLocalStore opens (creating if needed) a block store under dir.
func NewLocalStore(dir string) (*LocalStore, error) {
	if err := os.MkdirAll(filepath.Join(dir, "blocks"), 0o755); err != nil {
		return nil, fmt.Errorf("local store %s: %w", dir, err)
	}
	return &LocalStore{dir: dir}, nil
}

func (s *LocalStore) blockPath(c cid.Cid) string {
	return filepath.Join(s.dir, "blocks", c.String())
}

// Put implements Store.
func (s *LocalStore) Put(ctx context.Context, path string) (cid.Cid, error) {
	root, err := Build(path, func(c cid.Cid, data []byte) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return s.putBlock(c, data)
	})
	if err != nil {
		return cid.Undef, fmt.Errorf("put %s: %w", path, err)
	}
	return root, nil
}

func (s *LocalStore) putBlock(c cid.Cid, data []byte) error {
	p := s.blockPath(c)
	if _, err := os.Stat(p); err == nil {
		return nil
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	return os.Rename(f.Name(), p)
}

func (s *LocalStore) getBlock(_ context.Context, c cid.Cid) ([]byte, error) {
	f, err := os.Open(s.blockPath(c))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("not in local store: %w", err)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxBlockSize+1))
}

// Get implements Store.
func (s *LocalStore) Get(ctx context.Context, c cid.Cid, dest string) error {
	return fetch(ctx, s.getBlock, c, dest)
}
