package executor

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/pond-compute/pond/keepers/module"
)

// seg is a data segment of a test module: flags 0 (active, memory 0) at an i32.const offset,
// or passive.
type seg struct {
	offset  int32
	init    []byte
	passive bool
}

// wasmWithData is a module with one memory of pages pages, exported as "memory", the segments
// given and, when dataCount, a data count section.
func wasmWithData(pages uint32, segs []seg, dataCount bool) []byte {
	section := func(out []byte, id byte, body []byte) []byte {
		out = append(out, id)
		out = binary.AppendUvarint(out, uint64(len(body)))
		return append(out, body...)
	}
	out := []byte("\x00asm\x01\x00\x00\x00")
	out = section(out, 5, append([]byte{1, 0}, binary.AppendUvarint(nil, uint64(pages))...))
	out = section(out, 7, []byte{1, 6, 'm', 'e', 'm', 'o', 'r', 'y', 2, 0})
	if dataCount {
		out = section(out, 12, binary.AppendUvarint(nil, uint64(len(segs))))
	}
	var data []byte
	data = binary.AppendUvarint(data, uint64(len(segs)))
	for _, s := range segs {
		if s.passive {
			data = append(data, 1)
		} else {
			data = append(data, 0, 0x41)
			data = appendSleb(data, int64(s.offset))
			data = append(data, 0x0b)
		}
		data = binary.AppendUvarint(data, uint64(len(s.init)))
		data = append(data, s.init...)
	}
	return section(out, 11, data)
}

// memoryAfterInstantiation instantiates bin and returns its exported memory, or the error.
func memoryAfterInstantiation(t testing.TB, bin []byte) ([]byte, error) {
	ctx := context.Background()
	rt := wazero.NewRuntime(ctx)
	defer rt.Close(ctx)
	mod, err := rt.Instantiate(ctx, bin)
	if err != nil {
		return nil, err
	}
	mem := mod.ExportedMemory("memory")
	b, ok := mem.Read(0, mem.Size())
	if !ok {
		t.Fatal("read memory")
	}
	return bytes.Clone(b), nil
}

func dataSegments(t testing.TB, bin []byte) int {
	for i := 8; i < len(bin); {
		size, n := uleb32(bin[i+1:])
		if bin[i] == 11 {
			count, _ := uleb32(bin[i+1+n:])
			return int(count)
		}
		i += 1 + n + int(size)
	}
	t.Fatal("no data section")
	return 0
}

func TestMergeDataSegments_sameMemoryFewerSegments(t *testing.T) {
	segs := []seg{
		{offset: 4096, init: []byte("third")},    // out of order: applied last, lands after the others
		{offset: 16, init: []byte("first")},      // gap of 16 bytes before it
		{offset: 40, init: []byte("second")},     // 19 bytes after the first
		{offset: 9000, init: []byte("far away")}, // more than a page after the third: stays apart
	}
	bin := wasmWithData(1, segs, false)
	merged := mergeDataSegments(bin, 4096)
	if got := dataSegments(t, merged); got != 2 {
		t.Fatalf("merged into %d segments, want 2 (three within a page of each other, one apart)", got)
	}
	want, err := memoryAfterInstantiation(t, bin)
	if err != nil {
		t.Fatal(err)
	}
	got, err := memoryAfterInstantiation(t, merged)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("the merged module's memory differs from the original's")
	}
	if g := mergeDataSegments(bin, 0); dataSegments(t, g) != 4 {
		t.Fatalf("maxGap 0 merged segments that do not touch: %d left", dataSegments(t, g))
	}
}

// Binaries whose segments' indices or order could matter, or that it cannot read, are left as
// they are.
func TestMergeDataSegments_leavesWhatItCannotProveAlone(t *testing.T) {
	two := []seg{{offset: 0, init: []byte("ab")}, {offset: 4, init: []byte("cd")}}
	cases := map[string][]byte{
		"data count section (memory.init and data.drop need it)": wasmWithData(1, two, true),
		"a passive segment":                         wasmWithData(1, []seg{{offset: 0, init: []byte("ab")}, {passive: true, init: []byte("cd")}}, false),
		"overlapping segments (the later one wins)": wasmWithData(1, []seg{{offset: 0, init: []byte("abcd")}, {offset: 2, init: []byte("XY")}}, false),
		"a negative offset":                         wasmWithData(1, []seg{{offset: -4, init: []byte("ab")}, {offset: 4, init: []byte("cd")}}, false),
		"one segment":                               wasmWithData(1, two[:1], false),
		"not WASM":                                  []byte("#!/bin/sh\necho hello\n"),
		"truncated":                                 wasmWithData(1, two, false)[:40],
		"empty":                                     nil,
	}
	for name, bin := range cases {
		if got := mergeDataSegments(bin, 4096); !bytes.Equal(got, bin) {
			t.Errorf("%s: rewritten", name)
		}
	}
}

// A Go-built module (cowsay) loses almost all its segments, and instantiates to the same
// memory.
func TestMergeDataSegments_goModule(t *testing.T) {
	bin, err := os.ReadFile("../../modules/cowsay/cowsay.wasm")
	if os.IsNotExist(err) {
		t.Skip("modules/cowsay/cowsay.wasm not built (make modules)")
	}
	if err != nil {
		t.Fatal(err)
	}
	merged := mergeDataSegments(bin, dataGapMerged)
	before, after := dataSegments(t, bin), dataSegments(t, merged)
	if before < 1000 || after > 10 {
		t.Fatalf("segments %d -> %d, want thousands -> a few", before, after)
	}
	// Instantiating runs the program (it has a _start): compare the data section's effect by
	// compiling both and checking the memory each declares and the bytes each writes.
	orig, ok := parseData(t, bin)
	if !ok {
		t.Fatal("cowsay's data section unreadable")
	}
	got, _ := parseData(t, merged)
	if !bytes.Equal(flatten(orig), flatten(got)) {
		t.Fatal("the merged segments write other bytes than the original ones")
	}
}

func parseData(t testing.TB, bin []byte) ([]dataSegment, bool) {
	for i := 8; i < len(bin); {
		size, n := uleb32(bin[i+1:])
		if bin[i] == 11 {
			return parseActiveSegments(bin[i+1+n : i+1+n+int(size)])
		}
		i += 1 + n + int(size)
	}
	return nil, false
}

// flatten is the memory image segments write, from 0 to the end of the last.
func flatten(segs []dataSegment) []byte {
	var img []byte
	for _, s := range segs {
		if end := int(s.offset) + len(s.init); end > len(img) {
			img = append(img, make([]byte, end-len(img))...)
		}
		copy(img[s.offset:], s.init)
	}
	return img
}

// Random layouts: a rewritten module always instantiates to the same memory as the original
// (or fails as the original does).
func FuzzMergeDataSegments(f *testing.F) {
	f.Add(uint64(1), uint16(64))
	f.Add(uint64(7), uint16(0))
	f.Add(uint64(42), uint16(4096))
	f.Fuzz(func(t *testing.T, seed uint64, maxGap uint16) {
		r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		n := 1 + r.IntN(12)
		var segs []seg
		for range n {
			init := make([]byte, r.IntN(40))
			for i := range init {
				init[i] = byte(r.IntN(256))
			}
			segs = append(segs, seg{offset: int32(r.IntN(2 * 65536)), init: init, passive: r.IntN(20) == 0})
		}
		bin := wasmWithData(1, segs, r.IntN(10) == 0)
		merged := mergeDataSegments(bin, uint32(maxGap))
		want, errWant := memoryAfterInstantiation(t, bin)
		got, errGot := memoryAfterInstantiation(t, merged)
		if (errWant == nil) != (errGot == nil) {
			t.Fatalf("original: %v; merged: %v", errWant, errGot)
		}
		if !bytes.Equal(got, want) {
			t.Fatal("the merged module's memory differs from the original's")
		}
	})
}

// memoryPages reads the memory a binary defines: its minimum and its maximum when declared.
func TestMemoryPages(t *testing.T) {
	if min, max, hasMax, ok := memoryPages(wasmWithData(3, nil, false)); !ok || min != 3 || max != 0 || hasMax {
		t.Fatalf("min 3: got %d %d %v %v", min, max, hasMax, ok)
	}
	withMax := []byte("\x00asm\x01\x00\x00\x00\x05\x05\x01\x01\x02\x80\x02") // min 2, max 256
	if min, max, hasMax, ok := memoryPages(withMax); !ok || min != 2 || max != 256 || !hasMax {
		t.Fatalf("min 2 max 256: got %d %d %v %v", min, max, hasMax, ok)
	}
	if _, _, _, ok := memoryPages([]byte("\x00asm\x01\x00\x00\x00")); !ok {
		t.Fatal("a binary without memory is readable")
	}
	for _, bad := range [][]byte{
		[]byte("\x00asm\x01\x00\x00\x00\x05\x04\x01\x03\x02\x02"),     // shared
		[]byte("\x00asm\x01\x00\x00\x00\x05\x05\x02\x00\x01\x00\x01"), // two memories
		[]byte("\x00asm\x01\x00\x00\x00\x05\x03\x01\x01\x02"),         // max missing
		[]byte("\x00asm\x01\x00\x00\x00\x05\x09\x01"),                 // truncated section
	} {
		if _, _, _, ok := memoryPages(bad); ok {
			t.Fatalf("%x: read as a memory", bad)
		}
	}
}

// A binary whose memory's minimum is over the run's limit is refused before it runs (wazero
// refused to compile it when its runtime's limit was the run's): an error that is not a result,
// and no panic of the allocator, which could not give it that much.
func TestWasm_memoryOverTheLimitIsRefused(t *testing.T) {
	dir := t.TempDir()
	bin := wasmWithData(2048, nil, false) // 128 MiB
	if err := os.WriteFile(filepath.Join(dir, "big.wasm"), bin, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(bin)
	tmpl := fmt.Sprintf(`{"executor": "wasm", "wasm": {"module": "big.wasm", "sha256": %q}, "args": [],
"resources": {"gpus": 0, "vramMiB": 0, "cpuMillis": 500, "ramMiB": 64, "diskMiB": 8}, "timeout": 10, "outputs": []}`, hex.EncodeToString(sum[:]))
	if err := os.WriteFile(filepath.Join(dir, module.TemplateFile), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := module.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	w := NewWasm()
	defer w.Close(context.Background())
	run := func(ramMiB uint32) error {
		s, _, err := m.Render(module.Inputs{})
		if err != nil {
			t.Fatal(err)
		}
		s.Resources.RAMMiB = ramMiB
		in, out := jobDirs(t)
		res, err := w.Run(context.Background(), Job{Module: m, Spec: s, InputsDir: in, OutputsDir: out})
		if _, ok := Classify(err, res); ok {
			t.Fatalf("%d MiB: %v is recorded as the module's failure", ramMiB, err)
		}
		return err
	}
	if err := run(64); err == nil || !strings.Contains(err.Error(), "over the limit") {
		t.Fatalf("a 128 MiB memory under 64 MiB: %v, want refused", err)
	}
	if err := run(128); err != nil {
		t.Fatalf("a 128 MiB memory under 128 MiB: %v", err)
	}
}
