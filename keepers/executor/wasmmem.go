package executor

import (
	"sync/atomic"

	"github.com/tetratelabs/wazero/experimental"
)

// runMemory allocates a run's memory and holds its limit (resources.ramMiB). wazero refuses a
// growth past a memory's maximum before any allocator sees it, and its runtime limit is that
// maximum for a binary that declares none; so the runtime's limit is wasm32's whole 4 GiB and
// each growth past the run's limit reaches Reallocate, which refuses it (memory.grow returns
// -1 to the module, as before) and records that it did. That record is exact, where the
// memory's size at the end is not: a module refused 8 MiB more at 60 of 64 MiB ends at 60.
// The run's memory is reserved at the limit (or at the binary's own maximum when lower).
type runMemory struct {
	limit   uint64
	refused atomic.Bool
}

func (r *runMemory) Allocate(capBytes, maxBytes uint64) experimental.LinearMemory {
	return &cappedMemory{LinearMemory: memoryAllocator.Allocate(capBytes, min(maxBytes, r.limit)), run: r}
}

type cappedMemory struct {
	experimental.LinearMemory
	run *runMemory
}

func (m *cappedMemory) Reallocate(size uint64) []byte {
	if size > m.run.limit {
		m.run.refused.Store(true)
		return nil
	}
	return m.LinearMemory.Reallocate(size)
}

// heapMemory is a linear memory in a Go slice, grown by copying: what wazero does without an
// allocator, for a platform or a moment where reservedMemory cannot reserve the address space.
type heapMemory struct {
	buf []byte
	max uint64
}

func (m *heapMemory) Reallocate(size uint64) []byte {
	if size > m.max {
		return nil
	}
	if size > uint64(cap(m.buf)) {
		grown := make([]byte, size, min(max(size, 2*uint64(cap(m.buf))), m.max))
		copy(grown, m.buf)
		m.buf = grown
	}
	m.buf = m.buf[:size]
	return m.buf
}

func (m *heapMemory) Free() { m.buf = nil }
