//go:build !unix

package executor

import "github.com/tetratelabs/wazero/experimental"

// memoryAllocator is the allocator of every run's memory: a heap slice where address space
// cannot be reserved with mmap.
var memoryAllocator experimental.MemoryAllocator = experimental.MemoryAllocatorFunc(func(_, maxBytes uint64) experimental.LinearMemory {
	return &heapMemory{max: maxBytes}
})
