package executor

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// A module run can fail in two ways. A failure of the module itself on its inputs (it exits
// non-zero, runs past its timeout, exceeds its memory or disk, traps, leaves a declared output
// out, or its inputs do not fit its spec) is decided by the module and its inputs alone: every
// honest provider and mediator gets the same one. Such a run still has a result, a small
// directory recording the failure, whose CID the provider submits and mediators reproduce, so
// nobody can cost a provider its collateral by posting inputs that make a module fail.
// Anything else (the engine does not answer, the content store is down, the run was cancelled)
// is a failure of the machine, not of the module: it is retried and never judged.

// Failure kinds, as recorded in failure.json.
const (
	FailExit           = "exit"             // the module exited with a non-zero status
	FailTimeout        = "timeout"          // it ran past the spec's timeout
	FailOutOfMemory    = "out-of-memory"    // it exceeded its memory limit (Docker's OOM killer)
	FailOutputTooLarge = "output-too-large" // its outputs exceed the disk limit
	FailMissingOutput  = "missing-output"   // it did not write a declared output
	FailBadOutput      = "bad-output"       // it wrote something other than files and directories
	FailTrap           = "trap"             // the WASM module trapped (out of bounds, unreachable, memory growth refused)
	FailBadInput       = "bad-input"        // the job's inputs do not render into a runnable spec
)

// Files of a failure result directory.
const (
	FailureFile = "failure.json"
	StdoutFile  = "stdout"
)

// FailureVersion is the format of failure.json; a change of format is a change of the CIDs
// mediators compare, so it is versioned.
const FailureVersion = 1

// Failure is a module's deterministic failure: what is committed as the run's result.
type Failure struct {
	Version  int    `json:"version"`
	Kind     string `json:"failure"`
	ExitCode int    `json:"exitCode"`
	// Stdout is the tail of standard output (LogCap bytes) when the kind makes it
	// reproducible: the module's output up to an exit, a trap or a missing output. Output cut
	// off by a timeout or a kill depends on the machine's speed and is left out. Standard
	// error is never recorded: it carries diagnostics (panic traces) that differ between
	// executors and runtimes.
	Stdout []byte `json:"-"`
}

// Classify tells whether err, returned by an executor's Run with res, is a deterministic
// failure of the module, and describes it.
func Classify(err error, res Result) (Failure, bool) {
	f := Failure{Version: FailureVersion}
	withStdout := false
	switch {
	case err == nil:
		return Failure{}, false
	case errors.Is(err, ErrNonZeroExit):
		f.Kind, f.ExitCode, withStdout = FailExit, res.ExitCode, true
	case errors.Is(err, ErrTimeout):
		f.Kind = FailTimeout
	case errors.Is(err, ErrOutOfMemory):
		f.Kind = FailOutOfMemory
	case errors.Is(err, ErrOutputTooLarge):
		f.Kind = FailOutputTooLarge
	case errors.Is(err, ErrMissingOutput):
		f.Kind, withStdout = FailMissingOutput, true
	case errors.Is(err, ErrBadOutput):
		f.Kind, withStdout = FailBadOutput, true
	case errors.Is(err, ErrTrapped):
		f.Kind, withStdout = FailTrap, true
	default:
		return Failure{}, false
	}
	if withStdout {
		f.Stdout = res.Stdout
	}
	return f, true
}

// BadInput is the failure of a job whose inputs do not render into a runnable spec.
func BadInput() Failure { return Failure{Version: FailureVersion, Kind: FailBadInput} }

// Write records the failure in dir (created if missing, and emptied first): failure.json and,
// when recorded, stdout. The same failure always gives the same bytes, so the same CID.
func (f Failure) Write(dir string) error {
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("failure record: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("failure record: %w", err)
	}
	raw, err := json.Marshal(f)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, FailureFile), append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("failure record: %w", err)
	}
	if f.Stdout != nil {
		if err := os.WriteFile(filepath.Join(dir, StdoutFile), f.Stdout, 0o644); err != nil {
			return fmt.Errorf("failure record: %w", err)
		}
	}
	return nil
}

// ReadFailure reads the failure recorded in a result directory; ok is false for the outputs of
// a successful run.
func ReadFailure(dir string) (f Failure, ok bool, err error) {
	raw, err := os.ReadFile(filepath.Join(dir, FailureFile))
	if errors.Is(err, os.ErrNotExist) {
		return Failure{}, false, nil
	}
	if err != nil {
		return Failure{}, false, err
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		return Failure{}, false, fmt.Errorf("%s: %w", FailureFile, err)
	}
	if f.Stdout, err = os.ReadFile(filepath.Join(dir, StdoutFile)); errors.Is(err, os.ErrNotExist) {
		err = nil
	}
	return f, true, err
}

func (f Failure) String() string {
	if f.Kind == FailExit {
		return fmt.Sprintf("module exited with status %d", f.ExitCode)
	}
	return "module failed: " + f.Kind
}
