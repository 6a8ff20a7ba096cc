package module

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ipfs/go-cid"
)

// Fetcher gets verified content by CID (a storage.Store does).
type Fetcher interface {
	Get(ctx context.Context, c cid.Cid, dest string) error
}

// Resolve turns a module reference into a local directory:
//   - a local path is used as is;
//   - ipfs://<cid> (or a bare CID) is fetched once into cacheDir/<cid> through
//     f, and its content hash is checked against the CID, so a cached or
//     served module can never differ from the one that was published.
//
// Git URLs are not supported yet.
func Resolve(ctx context.Context, ref string, f Fetcher, cacheDir string) (string, error) {
	raw := strings.TrimPrefix(ref, "ipfs://")
	c, err := cid.Decode(raw)
	if err != nil {
		if strings.HasPrefix(ref, "ipfs://") {
			return "", fmt.Errorf("module %s: bad CID: %w", ref, err)
		}
		if st, err := os.Stat(ref); err != nil || !st.IsDir() {
			return "", fmt.Errorf("module %s: not a directory, and not ipfs://<cid>", ref)
		}
		return ref, nil
	}
	if f == nil {
		return "", fmt.Errorf("module %s: no content store to fetch it from", ref)
	}
	dir := filepath.Join(cacheDir, c.String())
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(cacheDir, 0o755); err != nil {
			return "", fmt.Errorf("module cache: %w", err)
		}
		if err := f.Get(ctx, c, dir); err != nil {
			return "", fmt.Errorf("fetch module %s: %w", c, err)
		}
	}
	got, err := Hash(dir)
	if err != nil {
		return "", err
	}
	if !got.Equals(c) {
		return "", fmt.Errorf("module %s: cached copy at %s hashes to %s", c, dir, got)
	}
	return dir, nil
}
