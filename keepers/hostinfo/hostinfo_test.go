package hostinfo

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/pond-compute/pond/keepers/gpu"
)

type oneGPU struct{}

func (oneGPU) Init() error                    { return nil }
func (oneGPU) Shutdown() error                { return nil }
func (oneGPU) DriverVersion() (string, error) { return "550", nil }
func (oneGPU) DeviceCount() (int, error)      { return 1, nil }
func (oneGPU) Device(int) (gpu.GPU, error)    { return gpu.GPU{Name: "fake", MemoryMiB: 24576}, nil }

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDiscover_cgroupLimitsAndGPUs(t *testing.T) {
	root := t.TempDir()
	proc, cg := filepath.Join(root, "proc"), filepath.Join(root, "cg")
	write(t, proc+"/meminfo", "MemTotal:       16384000 kB\nMemFree: 1 kB\n")
	write(t, cg+"/cpu.max", "150000 100000\n")
	write(t, cg+"/memory.max", "2147483648\n")
	src := Sources{ProcRoot: proc, CgroupRoot: cg, NumCPU: func() int { return 8 }, GPU: oneGPU{},
		Statfs: func(_ string, st *syscall.Statfs_t) error { st.Bavail, st.Bsize = 1<<20, 4096; return nil }}
	c, err := Discover(src, "/data")
	if err != nil {
		t.Fatal(err)
	}
	if c.CPUMillis != 1500 || c.RAMMiB != 2048 || c.DiskMiB != 4096 || c.GPUs != 1 || c.VRAMMiB != 24576 {
		t.Fatalf("capacity %+v", c)
	}
	// Without cgroup limits the host totals apply.
	os.Remove(cg + "/cpu.max")
	write(t, cg+"/memory.max", "max\n")
	if c, err = Discover(src, "/data"); err != nil || c.CPUMillis != 8000 || c.RAMMiB != 16000 {
		t.Fatalf("capacity %+v %v", c, err)
	}
	src.Statfs = func(string, *syscall.Statfs_t) error { return errors.New("no such disk") }
	if _, err := Discover(src, "/nope"); err == nil {
		t.Fatal("disk error not reported")
	}
}

func TestDiscover_thisMachine(t *testing.T) {
	c, err := Discover(OS(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("this machine: %+v", c)
	if c.CPUMillis < 1000 || c.RAMMiB == 0 || c.DiskMiB == 0 {
		t.Fatalf("implausible capacity %+v", c)
	}
	if c.GPUs == 0 && c.GPU.Reason == "" {
		t.Fatal("no GPUs and no reason")
	}
}
