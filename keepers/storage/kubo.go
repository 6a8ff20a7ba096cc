package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ipfs/boxo/files"
	"github.com/ipfs/go-cid"
	shell "github.com/ipfs/go-ipfs-api"
)

// KuboStore stores results in a Kubo node through its HTTP RPC API.
type KuboStore struct {
	sh *shell.Shell
}

var _ Store = (*KuboStore)(nil)

// NewKuboStore talks to the Kubo RPC API at addr (host:port or a multiaddr).
func NewKuboStore(addr string) *KuboStore {
	return &KuboStore{sh: shell.NewShell(addr)}
}

// Put adds the directory with the options that give Pond's CIDs (CIDv1, raw
// leaves, default chunker, hidden files included) and checks that Kubo's root
// CID equals the one computed locally.
func (s *KuboStore) Put(ctx context.Context, path string) (cid.Cid, error) {
	want, err := DirCID(path)
	if err != nil {
		return cid.Undef, fmt.Errorf("put %s: %w", path, err)
	}
	st, err := os.Lstat(path)
	if err != nil {
		return cid.Undef, fmt.Errorf("put %s: %w", path, err)
	}
	sf, err := files.NewSerialFile(path, true, st)
	if err != nil {
		return cid.Undef, fmt.Errorf("put %s: %w", path, err)
	}
	name := filepath.Base(path)
	body := files.NewMultiFileReader(files.NewSliceDirectory([]files.DirEntry{files.FileEntry(name, sf)}), true, false)
	resp, err := s.sh.Request("add").
		Option("recursive", true).
		Option("hidden", true).
		Option("cid-version", 1).
		Option("raw-leaves", true).
		Option("chunker", fmt.Sprintf("size-%d", ChunkSize)).
		Option("pin", true).
		Body(body).Send(ctx)
	if err != nil {
		return cid.Undef, fmt.Errorf("put %s: kubo add: %w", path, err)
	}
	defer resp.Close()
	if resp.Error != nil {
		return cid.Undef, fmt.Errorf("put %s: kubo add: %w", path, resp.Error)
	}
	var root string
	dec := json.NewDecoder(resp.Output)
	for {
		var ev struct{ Name, Hash string }
		if err := dec.Decode(&ev); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return cid.Undef, fmt.Errorf("put %s: kubo add response: %w", path, err)
		}
		if ev.Name == name && ev.Hash != "" {
			root = ev.Hash
		}
	}
	got, err := cid.Decode(root)
	if err != nil {
		return cid.Undef, fmt.Errorf("put %s: kubo returned root %q: %w", path, root, err)
	}
	if !got.Equals(want) {
		return cid.Undef, fmt.Errorf("put %s: kubo computed %s, local encoder %s", path, got, want)
	}
	return got, nil
}

func (s *KuboStore) getBlock(ctx context.Context, c cid.Cid) ([]byte, error) {
	resp, err := s.sh.Request("block/get", c.String()).Send(ctx)
	if err != nil {
		return nil, err
	}
	defer resp.Close()
	if resp.Error != nil {
		return nil, resp.Error
	}
	return io.ReadAll(io.LimitReader(resp.Output, maxBlockSize+1))
}

// Get fetches block by block and verifies each block against its CID, so a
// node that serves wrong bytes is detected here rather than trusted.
func (s *KuboStore) Get(ctx context.Context, c cid.Cid, dest string) error {
	return fetch(ctx, s.getBlock, c, dest)
}
