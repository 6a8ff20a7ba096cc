// Package atomicfile writes the small files keepers keep between restarts (a provider's result
// of a deal, a mediator's vote) so that a reader, or the keeper restarted after a crash or a
// power loss, finds the old content or the new, never a part of either.
package atomicfile

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// WriteJSON writes v as JSON to path, creating its directory; perm is the file's mode.
func WriteJSON(path string, v any, perm os.FileMode) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return Write(path, raw, perm)
}

// Write writes data to path, creating its directory: into a new file beside it, flushed to
// disk, then renamed over path, and the rename itself flushed. Several writers of one path
// each leave a whole file (the last rename wins).
func Write(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	err = func() error {
		defer f.Close()
		if err := f.Chmod(perm); err != nil {
			return err
		}
		if _, err := f.Write(data); err != nil {
			return err
		}
		if err := f.Sync(); err != nil {
			return err
		}
		return f.Close()
	}()
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	// The rename is durable once the directory is: a power loss before this may still
	// leave the old file, never a missing or partial one.
	if d, err := os.Open(dir); err == nil {
		err = d.Sync()
		d.Close()
		if err != nil {
			return fmt.Errorf("write %s: sync its directory: %w", path, err)
		}
	}
	return nil
}
