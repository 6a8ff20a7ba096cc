// Package gpu discovers NVIDIA GPUs through NVML (github.com/NVIDIA/go-nvml)
// behind a small interface, so the provider can advertise them and tests can
// cover the GPU path with a fake.
//
// NVML has one rule that must never be broken: after a failed Init no other
// NVML function may be called, not even Shutdown — with no driver loaded the
// symbols are missing and the process dies. Discover calls nothing after a
// failed Init.
package gpu

import (
	"errors"
	"fmt"
)

// GPU is one device.
type GPU struct {
	Index     int
	UUID      string
	Name      string
	MemoryMiB uint32
}

// Report is what discovery found, and why there is nothing when there is nothing.
type Report struct {
	GPUs   []GPU
	Driver string
	// Reason says why no GPUs are reported (empty when GPUs were found).
	Reason string
}

// Library is the part of NVML discovery uses. Init must be the first call;
// when it fails, no other method is called.
type Library interface {
	Init() error
	DriverVersion() (string, error)
	DeviceCount() (int, error)
	Device(i int) (GPU, error)
	Shutdown() error
}

// ErrUnavailable is returned by libraries that cannot work in this build.
var ErrUnavailable = errors.New("NVML unavailable")

// maxDevices bounds the loop over a device count reported by the library.
const maxDevices = 64

// Discover lists the GPUs lib sees. It never fails: problems become the Reason.
func Discover(lib Library) Report {
	if err := lib.Init(); err != nil {
		return Report{Reason: fmt.Sprintf("no NVIDIA driver/NVML: %v", err)}
	}
	// Init succeeded: Shutdown is now allowed, and required.
	defer func() { _ = lib.Shutdown() }()
	var r Report
	if v, err := lib.DriverVersion(); err == nil {
		r.Driver = v
	}
	n, err := lib.DeviceCount()
	if err != nil {
		r.Reason = fmt.Sprintf("NVML device count: %v", err)
		return r
	}
	if n > maxDevices {
		n = maxDevices
	}
	var problems []error
	for i := 0; i < n; i++ {
		g, err := lib.Device(i)
		if err != nil {
			problems = append(problems, fmt.Errorf("device %d: %w", i, err))
			continue
		}
		g.Index = i
		r.GPUs = append(r.GPUs, g)
	}
	if len(r.GPUs) == 0 {
		r.Reason = "NVML reports no usable devices"
		if len(problems) > 0 {
			r.Reason += ": " + errors.Join(problems...).Error()
		}
	}
	return r
}

// Resources summarises a report the way an offer advertises GPUs: a count and
// the VRAM every one of them has (the smallest), since jobs ask for N GPUs of
// at least V MiB each.
func (r Report) Resources() (count uint8, vramMiB uint32) {
	if len(r.GPUs) == 0 {
		return 0, 0
	}
	vramMiB = r.GPUs[0].MemoryMiB
	for _, g := range r.GPUs[1:] {
		vramMiB = min(vramMiB, g.MemoryMiB)
	}
	return uint8(min(len(r.GPUs), 255)), vramMiB
}
