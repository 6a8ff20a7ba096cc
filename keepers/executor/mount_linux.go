package executor

import (
	"fmt"

	"golang.org/x/sys/unix"
)

// fullSlack is how close to its cap a capped outputs dir counts as full.
const fullSlack = 64 << 10

// maxTmpfsOutputs bounds the outputs kept in RAM-backed tmpfs; larger
// budgets fall back to the polling watchdog on disk.
const maxTmpfsOutputs = 1 << 30

// mountCappedDir mounts a tmpfs of limit bytes on dir when allowed (root,
// small enough). It reports whether it did and returns the undo.
func mountCappedDir(dir string, limit int64) (bool, func()) {
	if limit > maxTmpfsOutputs {
		return false, func() {}
	}
	opts := fmt.Sprintf("size=%d,mode=0777", limit)
	if err := unix.Mount("pond-outputs", dir, "tmpfs", unix.MS_NOSUID|unix.MS_NODEV|unix.MS_NOEXEC, opts); err != nil {
		return false, func() {}
	}
	return true, func() { _ = unix.Unmount(dir, unix.MNT_DETACH) }
}
