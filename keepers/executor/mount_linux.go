package executor

import (
	"fmt"

	"golang.org/x/sys/unix"
)

// maxTmpfsOutputs bounds the outputs kept in RAM-backed tmpfs; larger
// budgets fall back to the polling watchdog on disk.
const maxTmpfsOutputs = 1 << 30

// mountCappedDir mounts a tmpfs of limit bytes on dir when allowed (root,
// small enough). It returns the undo.
func mountCappedDir(dir string, limit int64) func() {
	if limit > maxTmpfsOutputs {
		return func() {}
	}
	opts := fmt.Sprintf("size=%d,mode=0777", limit)
	if err := unix.Mount("pond-outputs", dir, "tmpfs", unix.MS_NOSUID|unix.MS_NODEV|unix.MS_NOEXEC, opts); err != nil {
		return func() {}
	}
	return func() { _ = unix.Unmount(dir, unix.MNT_DETACH) }
}
