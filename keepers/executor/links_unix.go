//go:build unix

package executor

import (
	"io/fs"
	"syscall"
)

// fileLinks returns the device and inode numbers of the file info describes and how many hard
// links it has.
func fileLinks(info fs.FileInfo) (dev, ino, links uint64) {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Dev), uint64(st.Ino), uint64(st.Nlink)
	}
	return 0, 0, 1
}
