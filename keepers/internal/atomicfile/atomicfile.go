// Package atomicfile writes the small files keepers keep between restarts (a provider's result
// of a deal, a mediator's vote) so that a reader, or the keeper restarted after a crash or a
// power loss, finds the old content or the new, never a part of either.
package atomicfile

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// tempInfix is in the name of every temporary file Write creates: ".<name>.tmp-<random>".
const tempInfix = ".tmp-"

// beforeRename runs between a temporary file's write and its rename; tests stop a write there
// as a kill would.
var beforeRename = func() {}

// IsTemp reports whether name (a base name) is one of Write's temporary files.
func IsTemp(name string) bool {
	i := strings.LastIndex(name, tempInfix)
	return strings.HasPrefix(name, ".") && i > 1 && i+len(tempInfix) < len(name)
}

// RemoveTemps removes the temporary files that writes into dir left behind when their process
// was killed between creating one and renaming it (a whole file they would have replaced is
// kept as it was), and returns their names. Call it when the keeper starts, before it writes
// into dir again: a concurrent writer's temporary file would go too, and its write fail.
// A directory that does not exist has none.
func RemoveTemps(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("remove temporary files in %s: %w", dir, err)
	}
	var removed []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !IsTemp(e.Name()) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, os.ErrNotExist) {
			return removed, fmt.Errorf("remove temporary file: %w", err)
		}
		removed = append(removed, e.Name())
	}
	return removed, nil
}

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
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+tempInfix+"*")
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
		beforeRename()
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
