package gpu

import (
	"errors"
	"strings"
	"testing"
)

// fakeNVML records calls and panics on any call after a failed Init, which is
// what the real library does (it kills the process).
type fakeNVML struct {
	initErr  error
	devices  []GPU
	devErr   map[int]error
	calls    []string
	initDone bool
}

func (f *fakeNVML) call(name string) {
	f.calls = append(f.calls, name)
	if name != "Init" && !f.initDone {
		panic("NVML " + name + " called after a failed Init")
	}
}
func (f *fakeNVML) Init() error {
	f.call("Init")
	f.initDone = f.initErr == nil
	return f.initErr
}
func (f *fakeNVML) Shutdown() error                { f.call("Shutdown"); return nil }
func (f *fakeNVML) DriverVersion() (string, error) { f.call("DriverVersion"); return "550.54", nil }
func (f *fakeNVML) DeviceCount() (int, error)      { f.call("DeviceCount"); return len(f.devices), nil }
func (f *fakeNVML) Device(i int) (GPU, error) {
	f.call("Device")
	if err := f.devErr[i]; err != nil {
		return GPU{}, err
	}
	return f.devices[i], nil
}

func TestDiscover_failedInitCallsNothingElse(t *testing.T) {
	f := &fakeNVML{initErr: errors.New("ERROR_LIBRARY_NOT_FOUND")}
	r := Discover(f)
	if len(r.GPUs) != 0 || !strings.Contains(r.Reason, "ERROR_LIBRARY_NOT_FOUND") {
		t.Fatalf("report %+v: want no GPUs and the reason", r)
	}
	if len(f.calls) != 1 {
		t.Fatalf("calls after failed Init: %v", f.calls)
	}
}

func TestDiscover_listsGPUsAndShutsDown(t *testing.T) {
	f := &fakeNVML{
		devices: []GPU{{Name: "NVIDIA A100", UUID: "GPU-a", MemoryMiB: 81920}, {Name: "broken"}, {Name: "NVIDIA L4", UUID: "GPU-c", MemoryMiB: 23034}},
		devErr:  map[int]error{1: errors.New("ERROR_GPU_IS_LOST")},
	}
	r := Discover(f)
	if len(r.GPUs) != 2 || r.GPUs[0].Index != 0 || r.GPUs[1].Index != 2 || r.Driver != "550.54" || r.Reason != "" {
		t.Fatalf("report %+v", r)
	}
	if n, v := r.Resources(); n != 2 || v != 23034 {
		t.Fatalf("resources: %d GPUs of %d MiB, want 2 of the smallest (23034)", n, v)
	}
	if f.calls[len(f.calls)-1] != "Shutdown" {
		t.Fatalf("Shutdown not called last: %v", f.calls)
	}
}

func TestDiscover_noDevices(t *testing.T) {
	r := Discover(&fakeNVML{})
	if len(r.GPUs) != 0 || r.Reason == "" {
		t.Fatalf("report %+v: want a reason", r)
	}
	if n, v := r.Resources(); n != 0 || v != 0 {
		t.Fatalf("resources %d %d", n, v)
	}
}

// TestDiscover_realLibrary runs the real NVML path: on this kind of machine
// (no driver) it must report why, without crashing the process.
func TestDiscover_realLibrary(t *testing.T) {
	r := Discover(NVML{})
	t.Logf("GPUs: %d, driver %q, reason: %s", len(r.GPUs), r.Driver, r.Reason)
	if len(r.GPUs) == 0 && r.Reason == "" {
		t.Fatal("no GPUs and no reason")
	}
}
