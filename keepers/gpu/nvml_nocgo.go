//go:build !cgo || !linux

package gpu

import "fmt"

// NVML stands in for the real library in builds without cgo: it always
// reports why GPUs cannot be discovered.
type NVML struct{}

var _ Library = NVML{}

func (NVML) Init() error {
	return fmt.Errorf("%w: pond was built without cgo (CGO_ENABLED=0) or not for linux", ErrUnavailable)
}
func (NVML) Shutdown() error                { return ErrUnavailable }
func (NVML) DriverVersion() (string, error) { return "", ErrUnavailable }
func (NVML) DeviceCount() (int, error)      { return 0, ErrUnavailable }
func (NVML) Device(int) (GPU, error)        { return GPU{}, ErrUnavailable }
