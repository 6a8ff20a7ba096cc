package index_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/testenv/synthchain"
)

// crashJobs is the history of the writer tests: 2,500 jobs, about 10,000 events, so that the
// one range that reads them is written in several batches (the view commits at block ends
// every few thousand events).
const crashJobs = 2500

// The fast writer (multi-row statements, the arguments' own encoder, bounded batches) leaves
// the index the reference writer (one row per statement, encoding/json) leaves, whether the
// view reads the history in one range, in ranges of 7 blocks, or block by block.
func TestTheIndexHoldsWhatTheReferenceWriterWrote(t *testing.T) {
	c, err := synthchain.New(crashJobs, 10)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	ref := filepath.Join(dir, "reference.sqlite")
	followThrough(t, c, ref, c.LastBlock(), 0, index.ReferenceStore)
	want := dump(t, ref)
	if !strings.Contains(want, "JobSettled") || len(want) < 1<<20 {
		t.Fatalf("the reference index is suspiciously small (%d bytes)", len(want))
	}
	for _, step := range []uint64{0, 7, 1} {
		path := filepath.Join(dir, fmt.Sprintf("fast-%d.sqlite", step))
		followTo(t, c, path, c.LastBlock(), step)
		if got := dump(t, path); got != want {
			t.Fatalf("following in ranges of %d blocks (0: one range), the fast writer's index differs from the reference:\n%s", step, firstDiff(got, want))
		}
	}
}

// A keeper killed (SIGKILL) while it writes a batch leaves the index complete to the last
// batch it committed, equal to an index built to that block from scratch; restarted on it,
// the view resumes from there and ends with the index an uninterrupted run builds. Each crash
// runs in a child process (this test binary again), after every row of its batch is written
// and before the transaction commits: in the first batch (nothing committed), in the second
// (the first, cut at a block inside the range, committed), and in the batch that ends the
// range.
func TestAKeeperKilledMidBatchLeavesAConsistentIndexThatResumes(t *testing.T) {
	c, err := synthchain.New(crashJobs, 10)
	if err != nil {
		t.Fatal(err)
	}
	if path := os.Getenv("POND_INDEX_CRASH_PATH"); path != "" {
		n, err := strconv.Atoi(os.Getenv("POND_INDEX_CRASH_AT"))
		if err != nil {
			t.Fatal(err)
		}
		followThrough(t, c, path, c.LastBlock(), 0, func(x *index.Index) state.Store { return index.CrashingStore(x, n) })
		t.Fatalf("the view finished without crashing in commit %d", n)
	}
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.sqlite")
	followTo(t, c, whole, c.LastBlock(), 0)
	want := dump(t, whole)

	var resumedFrom []uint64
	for _, n := range []int{1, 2, 3} {
		path := filepath.Join(dir, fmt.Sprintf("crashed-%d.sqlite", n))
		cmd := exec.Command(os.Args[0], "-test.run=^TestAKeeperKilledMidBatchLeavesAConsistentIndexThatResumes$")
		cmd.Env = append(os.Environ(), "POND_INDEX_CRASH_PATH="+path, fmt.Sprintf("POND_INDEX_CRASH_AT=%d", n))
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || !exit.Sys().(syscall.WaitStatus).Signaled() || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL ||
			!strings.Contains(string(out), fmt.Sprintf("crashing in commit %d ", n)) {
			t.Fatalf("the child was to be killed in commit %d; it ended with %v:\n%s", n, err, out)
		}

		x, err := index.Open(path, synthchain.Deployment)
		if err != nil {
			t.Fatalf("after the crash in commit %d: %v", n, err)
		}
		pos, err := x.Position()
		x.Close()
		if err != nil {
			t.Fatal(err)
		}
		var block uint64
		if pos != nil {
			block = pos.Block
			fresh := filepath.Join(dir, fmt.Sprintf("fresh-%d.sqlite", n))
			followTo(t, c, fresh, block, 0)
			if got, at := dump(t, path), dump(t, fresh); got != at {
				t.Fatalf("killed in commit %d, the index (at block %d) differs from one built to block %d:\n%s", n, block, block, firstDiff(got, at))
			}
		}
		resumedFrom = append(resumedFrom, block)
		before := c.LogCalls()
		followTo(t, c, path, c.LastBlock(), 0)
		if got := dump(t, path); got != want {
			t.Fatalf("resumed after a crash in commit %d (from block %d), the index differs from an uninterrupted run's:\n%s", n, block, firstDiff(got, want))
		}
		if calls := c.LogCalls() - before; calls > 2 {
			t.Fatalf("the view resumed from block %d with %d eth_getLogs calls, one range expected", block, calls)
		}
	}
	// Nothing was committed before the first batch; the second crash kept the first batch,
	// which ends inside the range; the third kept the second.
	if b := resumedFrom; b[0] != 0 || b[1] == 0 || b[1] >= b[2] || b[2] >= c.LastBlock() {
		t.Fatalf("the crashed indexes were complete to blocks %v of %d", b, c.LastBlock())
	}
}
