//go:build unix

package executor

import (
	"bytes"
	"testing"
	"unsafe"
)

// A memory kept for the next run holds nothing of the last: every byte the last run could
// reach is zero again, and a memory that used a lot is not kept.
func TestReservedMemory_keptMemoryIsZeroed(t *testing.T) {
	const maxBytes = 48 << 20 // a size no other test uses, so the pool holds only this test's
	m := memoryAllocator.Allocate(0, maxBytes)
	buf := m.Reallocate(64 << 10)
	for i := range buf {
		buf[i] = 0xa5
	}
	buf = m.Reallocate(256 << 10) // grown in place
	if unsafe.SliceData(buf) == nil || buf[0] != 0xa5 || buf[len(buf)-1] != 0 {
		t.Fatal("growing lost or invented bytes")
	}
	buf[len(buf)-1] = 0x5a
	m.Reallocate(128 << 10) // the run's size drops (it cannot in WASM, but Free must not trust it)
	first := unsafe.SliceData(buf)
	m.Free()

	again := memoryAllocator.Allocate(0, maxBytes)
	got := again.Reallocate(256 << 10)
	if unsafe.SliceData(got) != first {
		t.Fatal("a small freed memory was not kept for the next run")
	}
	if !bytes.Equal(got, make([]byte, len(got))) {
		t.Fatal("a kept memory still holds the last run's bytes")
	}
	if m := again.Reallocate(maxBytes + 1); m != nil {
		t.Fatal("grew beyond the reserved size")
	}
	big := again.Reallocate(poolMaxUsed + 1<<20)
	big[len(big)-1] = 1
	again.Free()
	memoryPool.Lock()
	defer memoryPool.Unlock()
	if n := len(memoryPool.bySize[maxBytes]); n != 0 {
		t.Fatalf("a memory that used more than the pool keeps was kept (%d kept)", n)
	}
}
