package main

import (
	"fmt"
	"io/fs"
	"syscall"
)

// statDetail is what stat tells beyond the name, size and mtime.
func statDetail(fi fs.FileInfo) string {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	return fmt.Sprintf(" uid %d gid %d ino %d nlink %d ctime %d", st.Uid, st.Gid, st.Ino, st.Nlink, st.Ctim.Nano())
}
