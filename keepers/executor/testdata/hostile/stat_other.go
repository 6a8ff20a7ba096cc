//go:build !linux

package main

import (
	"fmt"
	"io/fs"
	"syscall"
)

// statDetail is what WASI's filestat tells beyond the name, size and mtime.
func statDetail(fi fs.FileInfo) string {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	return fmt.Sprintf(" dev %d ino %d nlink %d atime %d ctime %d", st.Dev, st.Ino, st.Nlink, st.Atime, st.Ctime)
}
