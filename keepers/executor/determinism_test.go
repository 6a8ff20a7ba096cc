package executor

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/pond-compute/pond/keepers/storage"
)

// inputTree is a directory input as a client would post it: several files and a subdirectory.
func inputTree(t *testing.T) string {
	t.Helper()
	src := filepath.Join(t.TempDir(), "Data")
	if err := os.MkdirAll(filepath.Join(src, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"a.csv", "b.csv", "c.csv", "d.csv", "e.csv", "f.csv", "g.csv", "h.csv", "sub/x", "sub/y"} {
		if err := os.WriteFile(filepath.Join(src, name), []byte(fmt.Sprintf("row %d\n", i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return src
}

// stageOn stages the input tree at base/inputs/Data the way the runner does (fetched from the
// store by its CID) and returns the job's inputs and (empty) outputs directories.
func stageOn(t *testing.T, store *storage.LocalStore, data string, base string) (string, string) {
	t.Helper()
	c, err := store.Put(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	in, out := filepath.Join(base, "inputs"), filepath.Join(base, "outputs")
	for _, d := range []string{in, out} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.Get(context.Background(), c, filepath.Join(in, "Data")); err != nil {
		t.Fatal(err)
	}
	return in, out
}

// tmpfsDir is a fresh tmpfs: a work directory an operator may well keep in memory.
func tmpfsDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := unix.Mount("pond-test", dir, "tmpfs", 0, "size=16m"); err != nil {
		t.Skipf("cannot mount a tmpfs here (needs root): %v", err)
	}
	t.Cleanup(func() { _ = unix.Unmount(dir, unix.MNT_DETACH) })
	return dir
}

// runList runs the fixture's "list" mode (what /inputs looks like from inside) with ex and
// returns the CID of its outputs and its report.
func runList(t *testing.T, ex Executor, image *ImageArchive, variant, what, in, out string) (string, string) {
	t.Helper()
	m, s := hostileModule(t, hostileRun{mode: "list", args: []string{what}}, image)
	s.Executor = variant
	if _, err := ex.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out}); err != nil {
		t.Fatal(err)
	}
	c, err := storage.DirCID(out)
	if err != nil {
		t.Fatal(err)
	}
	return c.String(), readReport(t, out)
}

// Two honest machines stage the same input (same CID, same files created in the same order)
// into work directories on different file systems: ext4 lists a directory in the order of its
// names' hashes (seeded per file system, so two ext4 disks differ too), tmpfs in the reverse
// order of creation. A WASM module that lists /inputs with readdir (C, Rust, Python's
// os.listdir: only Go's os.ReadDir sorts) must see one order, or the provider's CID and the
// mediator's differ and the honest provider loses its collateral.
func TestWasm_inputListingDoesNotDependOnTheHostFileSystem(t *testing.T) {
	sameOnTwoStagings(t, "names", t.TempDir(), tmpfsDir(t))
}

// sameOnTwoStagings stages the same input tree under dir1 and dir2, runs the hostile module in
// mode on each with the WASM executor, and fails when the two results' CIDs differ.
func sameOnTwoStagings(t *testing.T, mode, dir1, dir2 string) {
	t.Helper()
	w := NewWasm()
	defer w.Close(context.Background())
	store, err := storage.NewLocalStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	data := inputTree(t)
	in1, out1 := stageOn(t, store, data, dir1)
	in2, out2 := stageOn(t, store, data, dir2)
	c1, rep1 := runList(t, w, nil, "wasm", mode, in1, out1)
	c2, rep2 := runList(t, w, nil, "wasm", mode, in2, out2)
	if c1 != c2 {
		t.Fatalf("same module, same input CID, different results on two stagings (%s, %s): %s vs %s\n%s---\n%s", dir1, dir2, c1, c2, rep1, rep2)
	}
}

// What a WASM module learns from stat about its inputs (WASI's filestat: device, inode, link
// count, access, modification and change times) is the host's: when and where this machine
// staged the files. Two honest runs of the same job must see the same thing.
func TestWasm_inputStatDoesNotDependOnTheHost(t *testing.T) {
	sameOnTwoStagings(t, "stat", t.TempDir(), t.TempDir())
}

// Docker names each container's host after its random ID (the hostname and $HOSTNAME): a
// module that logs or records its hostname (Python's logging, many a report header) gives a
// different result on every run, so no honest provider's result can be reproduced.
func TestDocker_hostnameIsTheSameOnEveryRun(t *testing.T) {
	d := dockerOrSkip(t)
	buildFixtures(t)
	img, err := BuildImageArchive([]ImageFile{{Path: "/hostile", Data: fixtures.linuxBin}}, []string{"/hostile"})
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	for i := 0; i < 2; i++ {
		m, s := hostileModule(t, hostileRun{mode: "entropy"}, img)
		s.Executor = "docker"
		in, out := jobDirs(t)
		if _, err := d.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out}); err != nil {
			t.Fatal(err)
		}
		var host []string
		for _, line := range strings.Split(readReport(t, out), "\n") {
			if strings.HasPrefix(line, "host ") || strings.HasPrefix(line, "env ") {
				host = append(host, line)
			}
		}
		seen = append(seen, strings.Join(host, "\n"))
	}
	if seen[0] != seen[1] {
		t.Fatalf("two runs of the same module saw different hosts:\n%s\n---\n%s", seen[0], seen[1])
	}
}

// resultCID runs h with ex the way modulerun does and returns the CID a provider or mediator
// would post: the outputs' CID, or the failure record's when the module failed.
func resultCID(t *testing.T, ex Executor, image *ImageArchive, variant string, h hostileRun) (string, string) {
	t.Helper()
	m, s := hostileModule(t, h, image)
	s.Executor = variant
	in, out := jobDirs(t)
	res, err := ex.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out})
	what := "ok"
	if err != nil {
		f, ok := Classify(err, res)
		if !ok {
			t.Fatalf("%s/%s: not a result: %v", variant, h.mode, err)
		}
		if err := f.Write(out); err != nil {
			t.Fatal(err)
		}
		what = f.String()
	}
	c, err := storage.DirCID(out)
	if err != nil {
		t.Fatal(err)
	}
	return c.String(), what
}

func dockerHostile(t *testing.T) (*Docker, *ImageArchive) {
	t.Helper()
	d := dockerOrSkip(t)
	buildFixtures(t)
	img, err := BuildImageArchive([]ImageFile{{Path: "/hostile", Data: fixtures.linuxBin}}, []string{"/hostile"})
	if err != nil {
		t.Fatal(err)
	}
	return d, img
}

// A module that fails after writing much to standard output: its failure record keeps the
// last LogCap bytes. Docker's executor reads only the first 16 MiB of the container's log, so
// past that it records some middle part of the output, which depends on how much the log
// driver kept (the daemon's log driver and rotation are its operator's settings: journald,
// the default on some distributions, rate-limits), where WASM records the real tail.
func TestFailureRecordOfALongOutput_sameOnWasmAndDocker(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	h := hostileRun{mode: "spew", args: []string{"320000"}, diskMiB: 8, timeout: 60} // 15.3 MiB, 17.8 MiB of log stream
	wc, wwhat := resultCID(t, w, nil, "wasm", h)
	d, img := dockerHostile(t)
	dc, dwhat := resultCID(t, d, img, "docker", h)
	if wc != dc {
		t.Fatalf("WASM: %s (%s); Docker: %s (%s)", wc, wwhat, dc, dwhat)
	}
}

// A module that creates many empty files writes nothing, but every entry costs the provider an
// inode and a copy: WASM charges each entry 4 KiB against diskMiB and stops the run (output too
// large), while Docker counted only bytes and copied out and hashed every empty file (millions
// would fill the provider's inodes), another result. Both must count entries alike.
func TestManyEmptyFiles_sameOnWasmAndDocker(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	h := hostileRun{mode: "files", args: []string{"5000"}, diskMiB: 8, timeout: 60} // 5,000 entries: 20 MiB of entries
	wc, wwhat := resultCID(t, w, nil, "wasm", h)
	if !strings.Contains(wwhat, FailOutputTooLarge) {
		t.Fatalf("WASM: %s (%s), want an output-too-large record", wc, wwhat)
	}
	sameOnDocker(t, h, wc, wwhat)
}

// sameOnDocker fails t unless Docker gives h the result CID wc that WASM gave, recording wwhat.
func sameOnDocker(t *testing.T, h hostileRun, wc, wwhat string) {
	t.Helper()
	d, img := dockerHostile(t)
	if c, what := resultCID(t, d, img, "docker", h); c != wc {
		t.Errorf("WASM: %s (%s); docker (euid %d): %s (%s)", wc, wwhat, os.Geteuid(), c, what)
	}
}

// A module with both variants is run by whichever executor a machine has (RunJob falls back
// to the other variant), so a provider with Docker and a mediator with WASM judge one job.
// A result of 8 MiB - 32 KiB under an 8 MiB disk limit fits WASM's budget, but Docker as root
// (then a tmpfs capped at the limit) called any output within 64 KiB of the cap too large.
// The rule is exact: an output that counts exactly the limit (its bytes plus 4 KiB for the
// entry) fits everywhere, one byte more is output-too-large everywhere.
func TestOutputsNearTheDiskLimit_sameOnWasmAndDocker(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	tooLarge := Failure{Kind: FailOutputTooLarge}.String()
	for _, c := range []struct {
		size int
		want string // what WASM records
	}{{8<<20 - 32<<10, "ok"}, {8<<20 - entryCost, "ok"}, {8<<20 - entryCost + 1, tooLarge}} {
		t.Run(fmt.Sprint(c.size), func(t *testing.T) {
			h := hostileRun{mode: "write", args: []string{fmt.Sprint(c.size)}, diskMiB: 8}
			wc, wwhat := resultCID(t, w, nil, "wasm", h)
			if wwhat != c.want {
				t.Fatalf("WASM: %s, want %s", wwhat, c.want)
			}
			sameOnDocker(t, h, wc, wwhat)
		})
	}
}

// Outputs are disk, not memory: a module that writes 96 MiB of outputs 1 MiB at a time, with
// 64 MiB of memory and 128 MiB of disk, fits both on every machine. Docker as root kept /outputs
// in a tmpfs whose pages the kernel charges to the container's memory: the OOM killer stopped
// the module there (out-of-memory) while WASM and Docker without root gave its outputs.
func TestLargeOutputsWithLittleMemory_sameOnWasmAndDocker(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	h := hostileRun{mode: "write", args: []string{fmt.Sprint(96 << 20), "chunked"}, ramMiB: 64, diskMiB: 128, timeout: 120}
	wc, wwhat := resultCID(t, w, nil, "wasm", h)
	if wwhat != "ok" {
		t.Fatalf("WASM: %s (%s), want the outputs", wc, wwhat)
	}
	sameOnDocker(t, h, wc, wwhat)
}

// A module that runs out of memory: Docker's OOM killer gives the out-of-memory record, while
// WASM's refused memory growth ends a Go module with its runtime's exit status 2 (another
// language: a trap or another status), another record.
func TestOutOfMemory_sameOnWasmAndDocker(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	h := hostileRun{mode: "memory", ramMiB: 64, timeout: 60}
	wc, wwhat := resultCID(t, w, nil, "wasm", h)
	sameOnDocker(t, h, wc, wwhat)
}

// Outputs are judged by what the module leaves, not by what it wrote: a module that rewrites its
// 3 MiB output four times and uses a scratch file in /outputs (never more than 6 MiB there) fits
// an 8 MiB limit on Docker, which measures the tree, and did not on WASM, whose quota charged
// every byte written (24 MiB) and every create.
func TestOutputsRewritten_sameOnWasmAndDocker(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	h := hostileRun{mode: "rewrite", args: []string{fmt.Sprint(3 << 20)}, diskMiB: 8}
	wc, wwhat := resultCID(t, w, nil, "wasm", h)
	if wwhat != "ok" {
		t.Fatalf("WASM: %s (%s), want the outputs", wc, wwhat)
	}
	sameOnDocker(t, h, wc, wwhat)
}

// A module that leaves one file under two names: Docker's copy out sees a hard link, no file
// or directory, and records bad-output; WASM let the module make it (path_link) and took both
// names as files. Both record bad-output now.
func TestHardLinkInOutputs_sameOnWasmAndDocker(t *testing.T) {
	w := NewWasm()
	defer w.Close(context.Background())
	h := hostileRun{mode: "hardlink"}
	wc, wwhat := resultCID(t, w, nil, "wasm", h)
	if !strings.Contains(wwhat, FailBadOutput) {
		t.Fatalf("WASM: %s (%s), want a bad-output record", wc, wwhat)
	}
	sameOnDocker(t, h, wc, wwhat)
}
