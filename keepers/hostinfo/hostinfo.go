// Package hostinfo measures what a provider machine can offer: CPU, RAM and
// disk from the OS (honouring cgroup limits), GPUs through NVML. The result
// uses the units of the contracts' Resources struct.
package hostinfo

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/pond-compute/pond/keepers/gpu"
)

// Capacity is a machine's offerable resources.
type Capacity struct {
	GPUs      uint8
	VRAMMiB   uint32 // per GPU (the smallest GPU's memory)
	CPUMillis uint32
	RAMMiB    uint32
	DiskMiB   uint32
	// GPU is the discovery report, with the reason when there are no GPUs.
	GPU gpu.Report
}

// Sources are where measurements come from; tests swap them.
type Sources struct {
	ProcRoot   string // usually /proc
	CgroupRoot string // usually /sys/fs/cgroup
	NumCPU     func() int
	Statfs     func(path string, st *syscall.Statfs_t) error
	GPU        gpu.Library
}

// OS returns the real sources.
func OS() Sources {
	return Sources{ProcRoot: "/proc", CgroupRoot: "/sys/fs/cgroup", NumCPU: runtime.NumCPU, Statfs: syscall.Statfs, GPU: gpu.NVML{}}
}

// Discover measures the machine; diskPath is where job data will live.
func Discover(src Sources, diskPath string) (Capacity, error) {
	var c Capacity
	c.CPUMillis = uint32(src.NumCPU()) * 1000
	if q, ok := cgroupCPUMillis(src.CgroupRoot); ok && q < c.CPUMillis {
		c.CPUMillis = q
	}
	mem, err := memTotalMiB(src.ProcRoot)
	if err != nil {
		return c, fmt.Errorf("memory: %w", err)
	}
	if lim, ok := cgroupMemMiB(src.CgroupRoot); ok && lim < mem {
		mem = lim
	}
	c.RAMMiB = mem
	var st syscall.Statfs_t
	if err := src.Statfs(diskPath, &st); err != nil {
		return c, fmt.Errorf("disk %s: %w", diskPath, err)
	}
	c.DiskMiB = uint32(min(st.Bavail*uint64(st.Bsize)>>20, 1<<32-1))
	c.GPU = gpu.Discover(src.GPU)
	c.GPUs, c.VRAMMiB = c.GPU.Resources()
	return c, nil
}

func memTotalMiB(proc string) (uint32, error) {
	f, err := os.Open(proc + "/meminfo")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) >= 2 && fields[0] == "MemTotal:" {
			kb, err := strconv.ParseUint(fields[1], 10, 64)
			if err != nil {
				return 0, fmt.Errorf("MemTotal: %w", err)
			}
			return uint32(min(kb>>10, 1<<32-1)), nil
		}
	}
	return 0, fmt.Errorf("no MemTotal in %s/meminfo", proc)
}

func readTrim(p string) (string, bool) {
	b, err := os.ReadFile(p)
	if err != nil {
		return "", false
	}
	return string(bytes.TrimSpace(b)), true
}

// cgroupCPUMillis reads a CPU quota (cgroup v2 cpu.max, or v1 cfs quota/period).
func cgroupCPUMillis(root string) (uint32, bool) {
	if s, ok := readTrim(root + "/cpu.max"); ok {
		f := strings.Fields(s)
		if len(f) == 2 && f[0] != "max" {
			q, err1 := strconv.ParseUint(f[0], 10, 64)
			p, err2 := strconv.ParseUint(f[1], 10, 64)
			if err1 == nil && err2 == nil && p > 0 {
				return uint32(q * 1000 / p), true
			}
		}
		return 0, false
	}
	qs, ok1 := readTrim(root + "/cpu/cpu.cfs_quota_us")
	ps, ok2 := readTrim(root + "/cpu/cpu.cfs_period_us")
	if !ok1 || !ok2 {
		return 0, false
	}
	q, err1 := strconv.ParseInt(qs, 10, 64)
	p, err2 := strconv.ParseInt(ps, 10, 64)
	if err1 != nil || err2 != nil || q <= 0 || p <= 0 {
		return 0, false
	}
	return uint32(q * 1000 / p), true
}

// cgroupMemMiB reads a memory limit (v2 memory.max, or v1 limit_in_bytes).
func cgroupMemMiB(root string) (uint32, bool) {
	for _, p := range []string{root + "/memory.max", root + "/memory/memory.limit_in_bytes"} {
		s, ok := readTrim(p)
		if !ok || s == "max" {
			continue
		}
		b, err := strconv.ParseUint(s, 10, 64)
		if err != nil || b >= 1<<62 { // v1 reports "unlimited" as a huge number
			continue
		}
		return uint32(min(b>>20, 1<<32-1)), true
	}
	return 0, false
}
