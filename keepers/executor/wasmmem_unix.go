//go:build unix

package executor

import (
	"sync"

	"github.com/tetratelabs/wazero/experimental"
	"golang.org/x/sys/unix"
)

// reservedMemory backs a run's linear memory with an anonymous private mapping as large as the
// memory may ever grow (the run's limit), reserved but not committed: growing it extends the
// slice in place instead of copying the memory to a larger one (a Go-built module grows its
// memory several times as it starts), and the kernel hands out zeroed pages as they are
// touched. wazero calls Free when the run's module is closed, from the goroutine that ran it,
// never while the module runs.
//
// A freed memory that used little is zeroed and kept for the next run with the same limit
// (see memoryPool): the pages it touched stay mapped, so the next run does not fault them in
// again, which cost more than the zeroing (a Go-built cowsay touches 3 MiB: about 0.7 ms of
// faults a run on this project's 2-core machines). A run never sees another's bytes: every
// byte a run could reach (up to the largest size its memory had) is zeroed before the memory
// is kept.
type reservedMemory struct {
	buf  []byte
	used uint64 // the largest size the memory had: what the run could have written
}

// memoryPool keeps freed memories by size, up to poolPerSize of each, of at most
// poolMaxUsed bytes used: a bound on the memory a provider keeps between runs (a few MiB for
// small modules; a module that used more is unmapped and its pages returned at once).
var memoryPool = struct {
	sync.Mutex
	bySize map[uint64][]*reservedMemory
}{bySize: map[uint64][]*reservedMemory{}}

const (
	poolPerSize = 16
	poolMaxUsed = 16 << 20
)

// memoryAllocator is the allocator of every run's memory.
var memoryAllocator experimental.MemoryAllocator = experimental.MemoryAllocatorFunc(func(_, maxBytes uint64) experimental.LinearMemory {
	memoryPool.Lock()
	if kept := memoryPool.bySize[maxBytes]; len(kept) > 0 {
		m := kept[len(kept)-1]
		memoryPool.bySize[maxBytes] = kept[:len(kept)-1]
		memoryPool.Unlock()
		return m
	}
	memoryPool.Unlock()
	buf, err := unix.Mmap(-1, 0, int(maxBytes), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANONYMOUS|unix.MAP_NORESERVE)
	if err != nil {
		// Address space refused: a heap slice, grown by copying.
		return &heapMemory{max: maxBytes}
	}
	return &reservedMemory{buf: buf}
})

func (m *reservedMemory) Reallocate(size uint64) []byte {
	if size > uint64(len(m.buf)) {
		return nil
	}
	m.used = max(m.used, size)
	return m.buf[:size:size]
}

func (m *reservedMemory) Free() {
	if m.buf == nil {
		return
	}
	if m.used <= poolMaxUsed {
		clear(m.buf[:m.used])
		m.used = 0
		size := uint64(len(m.buf))
		memoryPool.Lock()
		if kept := memoryPool.bySize[size]; len(kept) < poolPerSize {
			memoryPool.bySize[size] = append(kept, m)
			memoryPool.Unlock()
			return
		}
		memoryPool.Unlock()
	}
	_ = unix.Munmap(m.buf)
	m.buf = nil
}
