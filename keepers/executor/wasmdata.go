package executor

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"slices"
)

// mergeDataSegments returns a WASM binary that instantiates to the same memory as bin with
// fewer data segments: consecutive active segments whose gap is at most maxGap bytes become
// one, the gap written as zeros (what a fresh memory holds there). Go's linker starts a new
// segment after every run of eight or more zero bytes, so a Go-built module has tens of
// thousands of them (cowsay: 31,899 in 1 MB), and wazero evaluates each one's offset and
// copies it on every instantiation: about half the CPU time of a small module's run.
//
// It only rewrites a binary it fully understands and in which segment indices and order cannot
// matter: every segment active in memory 0 at an i32.const offset, no two overlapping, and no data count section (which memory.init and data.drop, the only instructions that name
// a segment, require). Otherwise, and for anything malformed, it returns bin unchanged and the
// compiler reports what is wrong with it.
func mergeDataSegments(bin []byte, maxGap uint32) []byte {
	var data []byte // the data section's contents
	dataStart, dataEnd := 0, 0
	dataCount := false
	if !wasmSections(bin, func(id byte, start, bodyStart, end int) bool {
		switch id {
		case 12: // data count
			dataCount = true
			return false
		case 11:
			data, dataStart, dataEnd = bin[bodyStart:end], start, end
		}
		return true
	}) || dataCount || data == nil {
		return bin
	}
	segs, ok := parseActiveSegments(data)
	if !ok || len(segs) < 2 {
		return bin
	}
	var merged []dataSegment
	for _, s := range segs {
		if k := len(merged); k > 0 {
			last := &merged[k-1]
			end := last.offset + uint32(len(last.init))
			if s.offset-end <= maxGap {
				last.init = append(last.init, make([]byte, s.offset-end)...)
				last.init = append(last.init, s.init...)
				continue
			}
		}
		merged = append(merged, dataSegment{offset: s.offset, init: append([]byte(nil), s.init...)})
	}
	if len(merged) == len(segs) {
		return bin
	}
	var sec []byte
	sec = binary.AppendUvarint(sec, uint64(len(merged)))
	for _, s := range merged {
		sec = append(sec, 0x00, 0x41) // active in memory 0; i32.const
		sec = appendSleb(sec, int64(int32(s.offset)))
		sec = append(sec, 0x0b) // end
		sec = binary.AppendUvarint(sec, uint64(len(s.init)))
		sec = append(sec, s.init...)
	}
	out := make([]byte, 0, len(bin)-(dataEnd-dataStart)+len(sec)+6)
	out = append(out, bin[:dataStart]...)
	out = append(out, 11)
	out = binary.AppendUvarint(out, uint64(len(sec)))
	out = append(out, sec...)
	return append(out, bin[dataEnd:]...)
}

// wasmSections calls fn with the id of each section of the WASM binary bin, where it starts,
// where its contents start and where it ends, until fn returns false. It reports false when bin
// is not a WASM binary made of well-formed sections (fn may have been called for some).
func wasmSections(bin []byte, fn func(id byte, start, bodyStart, end int) bool) bool {
	if len(bin) < 8 || !bytes.Equal(bin[:4], []byte("\x00asm")) {
		return false
	}
	for i := 8; i < len(bin); {
		size, n := uleb32(bin[i+1:])
		start := i + 1 + n
		end := start + int(size)
		if n == 0 || end > len(bin) || end < start {
			return false
		}
		if !fn(bin[i], i, start, end) {
			return true
		}
		i = end
	}
	return true
}

// memoryPages returns the minimum and, when the binary declares one, the maximum size in pages
// of the memory a WASM binary defines (0 and no maximum when it defines none); ok is false for a
// binary this cannot read, or whose memory section holds more than one memory or a shared or
// 64-bit one (wazero refuses those too).
func memoryPages(bin []byte) (minPages, maxPages uint32, hasMax, ok bool) {
	ok = true
	if !wasmSections(bin, func(id byte, _, bodyStart, end int) bool {
		if id == 5 { // memory
			minPages, maxPages, hasMax, ok = parseMemorySection(bin[bodyStart:end])
			return false
		}
		return true
	}) {
		return 0, 0, false, false
	}
	return minPages, maxPages, hasMax, ok
}

func parseMemorySection(sec []byte) (minPages, maxPages uint32, hasMax, ok bool) {
	count, n := uleb32(sec)
	if n == 0 || count > 1 {
		return 0, 0, false, false
	}
	if count == 0 {
		return 0, 0, false, true
	}
	sec = sec[n:]
	if len(sec) < 1 || sec[0] > 1 { // limits flags: 0 (a minimum) or 1 (a minimum and a maximum)
		return 0, 0, false, false
	}
	hasMax = sec[0] == 1
	if minPages, n = uleb32(sec[1:]); n == 0 {
		return 0, 0, false, false
	}
	if hasMax {
		var m int
		if maxPages, m = uleb32(sec[1+n:]); m == 0 {
			return 0, 0, false, false
		}
	}
	return minPages, maxPages, hasMax, true
}

type dataSegment struct {
	offset uint32
	init   []byte
}

// parseActiveSegments reads a data section whose segments are all active in memory 0 at an
// i32.const offset and do not overlap, and returns them by offset (when no two segments write
// the same byte, the order they are applied in cannot matter); ok is false for anything else.
func parseActiveSegments(data []byte) (segs []dataSegment, ok bool) {
	count, n := uleb32(data)
	if n == 0 {
		return nil, false
	}
	data = data[n:]
	for range count {
		// flags 0 (active, memory 0), then 0x41 (i32.const)
		if len(data) < 2 || data[0] != 0x00 || data[1] != 0x41 {
			return nil, false
		}
		off, n := sleb32(data[2:])
		if n == 0 || off < 0 || len(data) < 3+n || data[2+n] != 0x0b {
			return nil, false
		}
		data = data[3+n:]
		size, n := uleb32(data)
		if n == 0 || uint64(len(data)-n) < uint64(size) {
			return nil, false
		}
		segs = append(segs, dataSegment{offset: uint32(off), init: data[n : n+int(size)]})
		data = data[n+int(size):]
	}
	if len(data) != 0 {
		return nil, false
	}
	slices.SortStableFunc(segs, func(a, b dataSegment) int { return cmp.Compare(a.offset, b.offset) })
	var next uint64 // the lowest offset the next segment may start at
	for _, s := range segs {
		if uint64(s.offset) < next {
			return nil, false
		}
		next = uint64(s.offset) + uint64(len(s.init))
	}
	return segs, next <= 1<<32
}

// uleb32 decodes an unsigned LEB128 of at most 5 bytes; n is 0 when b does not start with one.
func uleb32(b []byte) (v uint32, n int) {
	var shift uint
	for i := 0; i < len(b) && i < 5; i++ {
		c := b[i]
		if i == 4 && c > 0x0f {
			return 0, 0
		}
		v |= uint32(c&0x7f) << shift
		if c < 0x80 {
			return v, i + 1
		}
		shift += 7
	}
	return 0, 0
}

// sleb32 decodes a signed LEB128 of at most 5 bytes (an i32.const immediate); n is 0 when b
// does not start with one.
func sleb32(b []byte) (v int32, n int) {
	var r int64
	var shift uint
	for i := 0; i < len(b) && i < 5; i++ {
		c := b[i]
		r |= int64(c&0x7f) << shift
		shift += 7
		if c < 0x80 {
			if shift < 64 && c&0x40 != 0 {
				r |= -1 << shift
			}
			if r < -1<<31 || r > 1<<31-1 {
				return 0, 0
			}
			return int32(r), i + 1
		}
	}
	return 0, 0
}

// appendSleb appends v as a signed LEB128 (binary.AppendVarint is zig-zag, not LEB128).
func appendSleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
