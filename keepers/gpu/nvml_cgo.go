//go:build cgo && linux

package gpu

import (
	"fmt"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// NVML is the real library (dlopens libnvidia-ml.so.1 at Init).
type NVML struct{}

var _ Library = NVML{}

func check(op string, r nvml.Return) error {
	if r == nvml.SUCCESS {
		return nil
	}
	// Return.Error works without the library loaded (static strings).
	return fmt.Errorf("%s: %s", op, r.Error())
}

func (NVML) Init() error { return check("nvmlInit", nvml.Init()) }

func (NVML) Shutdown() error { return check("nvmlShutdown", nvml.Shutdown()) }

func (NVML) DriverVersion() (string, error) {
	v, r := nvml.SystemGetDriverVersion()
	return v, check("driver version", r)
}

func (NVML) DeviceCount() (int, error) {
	n, r := nvml.DeviceGetCount()
	return n, check("device count", r)
}

func (NVML) Device(i int) (GPU, error) {
	d, r := nvml.DeviceGetHandleByIndex(i)
	if err := check("device handle", r); err != nil {
		return GPU{}, err
	}
	name, r := d.GetName()
	if err := check("device name", r); err != nil {
		return GPU{}, err
	}
	uuid, r := d.GetUUID()
	if err := check("device uuid", r); err != nil {
		return GPU{}, err
	}
	mem, r := d.GetMemoryInfo()
	if err := check("device memory", r); err != nil {
		return GPU{}, err
	}
	return GPU{Name: name, UUID: uuid, MemoryMiB: uint32(mem.Total >> 20)}, nil
}
