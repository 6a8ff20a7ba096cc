// Package executor runs a rendered module spec in isolation: in a Docker
// container or in a wazero WASM sandbox. Both read inputs from a read-only
// /inputs and leave results in /outputs, which is copied to the caller's
// outputs directory with a size cap.
package executor

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/pond-compute/pond/keepers/module"
)

// Job is one run of a module.
type Job struct {
	Module *module.Module
	Spec   *module.Spec
	// InputsDir is mounted read-only at /inputs.
	InputsDir string
	// OutputsDir receives what the module wrote to /outputs. It must exist and be empty.
	OutputsDir string
}

// Result describes a finished run. Logs are capped tails of stdout/stderr.
type Result struct {
	ExitCode int
	Stdout   []byte
	Stderr   []byte
	Duration time.Duration
}

// Executor runs jobs.
type Executor interface {
	Run(ctx context.Context, job Job) (Result, error)
}

// Failures a run can end with; match with errors.Is.
var (
	ErrTimeout        = errors.New("module exceeded its timeout and was killed")
	ErrNonZeroExit    = errors.New("module exited with a non-zero status")
	ErrOutputTooLarge = errors.New("module outputs exceed the disk limit")
	ErrMissingOutput  = errors.New("module did not produce a declared output")
	ErrOutOfMemory    = errors.New("module exceeded its memory limit")
	ErrBadOutput      = errors.New("module produced an output that is not a regular file or directory")
	ErrTrapped        = errors.New("module trapped")
)

// FileTime is the time every file a module is given shows (staged inputs, and all files in
// WASM's view): what a machine's clock said when it staged them must not reach the result.
// Not the Unix epoch: zip and other formats cannot store dates before 1980.
var FileTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// LogCap bounds how much of stdout and stderr a Result keeps.
const LogCap = 64 << 10

func (j Job) check() error {
	if j.Module == nil || j.Spec == nil {
		return errors.New("job needs a module and its rendered spec")
	}
	for _, d := range []string{j.InputsDir, j.OutputsDir} {
		st, err := os.Stat(d)
		if err != nil {
			return fmt.Errorf("job directory: %w", err)
		}
		if !st.IsDir() {
			return fmt.Errorf("job directory %s is not a directory", d)
		}
	}
	entries, err := os.ReadDir(j.OutputsDir)
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		return fmt.Errorf("outputs directory %s is not empty", j.OutputsDir)
	}
	return nil
}

func diskCap(s *module.Spec) int64 { return int64(s.Resources.DiskMiB) << 20 }

// The one rule for "output too large", in every executor (WASM, Docker watched by polling):
// what the outputs count against diskMiB is, for
// every file and directory under /outputs, entryCost plus a regular file's bytes (outputCost);
// a run whose outputs count more than diskCap is output-too-large. WASM's quota keeps that
// count as the module changes the tree and stops the run the moment it would pass the limit;
// Docker measures it in its watchdog (every 100 ms), after the run and while copying out.
// Outputs that pass the limit and
// shrink back before the run ends are the one case they can judge apart.

// outputCost is what one entry of the outputs counts: entryCost, plus size for a regular file
// (0 for a directory).
func outputCost(size int64) int64 { return entryCost + size }

// checkOutputs verifies that every declared output exists and that the
// outputs tree holds only regular files and directories within the cap.
func checkOutputs(s *module.Spec, dir string) error {
	var total int64
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == dir {
			return nil
		}
		if !d.Type().IsRegular() && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			return fmt.Errorf("%w: %s", ErrBadOutput, rel)
		}
		var size int64
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			// A file under two names: Docker's copy out sees a hard link, which is no file
			// or directory; WASM lets a module make one (path_link). Both refuse it.
			if _, _, links := fileLinks(info); links > 1 {
				rel, _ := filepath.Rel(dir, p)
				return fmt.Errorf("%w: %s (a hard link)", ErrBadOutput, rel)
			}
			size = info.Size()
		}
		total += outputCost(size)
		return nil
	})
	if err != nil {
		return err
	}
	if total > diskCap(s) {
		return fmt.Errorf("%w: %d bytes > %d MiB", ErrOutputTooLarge, total, s.Resources.DiskMiB)
	}
	for _, o := range s.Outputs {
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(o))); err != nil {
			return fmt.Errorf("%w: %s", ErrMissingOutput, o)
		}
	}
	return nil
}

// dirSize is what the tree under dir counts against a disk budget (outputCost of every entry,
// the bytes of a file that hard links share once, as WASM's quota counts them), without
// following symlinks.
func dirSize(dir string) int64 {
	var total int64
	shared := map[[2]uint64]bool{} // files with more than one link, by device and inode
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == dir {
			return nil
		}
		var size int64
		if d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				dev, ino, links := fileLinks(info)
				if links <= 1 || !shared[[2]uint64{dev, ino}] {
					size = info.Size()
				}
				if links > 1 {
					shared[[2]uint64{dev, ino}] = true
				}
			}
		}
		total += outputCost(size)
		return nil
	})
	return total
}

// watchDisk calls over once when the tree under dir grows beyond limit. It
// polls, so a module can overshoot by what it writes in one interval; the
// run is then killed and reported with ErrOutputTooLarge.
func watchDisk(ctx context.Context, dir string, limit int64, over func()) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if dirSize(dir) > limit {
				over()
				return
			}
		}
	}
}

// tailBuffer keeps the last n bytes written.
type tailBuffer struct {
	mu  sync.Mutex
	n   int
	buf []byte
}

func newTail(n int) *tailBuffer { return &tailBuffer{n: n} }

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > t.n {
		t.buf = append([]byte(nil), t.buf[len(t.buf)-t.n:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) Bytes() []byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]byte(nil), t.buf...)
}
