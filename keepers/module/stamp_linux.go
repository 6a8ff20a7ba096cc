package module

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

// stamp describes every entry under dir as the file system records it (name, type, mode,
// size, inode, device, modification and change times), or fails when dir holds anything but
// regular files and directories. Any change to the content changes it: a write moves the
// modification and change times, a file replaced by another is another inode, and the change
// time cannot be set back without changing the system clock. newest is the latest of those
// times, which says whether a change could still come within the file system's timestamp
// granularity (see Resolver.hash).
func stamp(dir string) (st []byte, newest time.Time, err error) {
	var walk func(path string, depth int) error
	walk = func(path string, depth int) error {
		if depth > maxStampDepth { // as deep as a DAG may be (storage's maxDepth)
			return errStampUnsupported
		}
		fi, err := os.Lstat(path)
		if err != nil {
			return err
		}
		sys, ok := fi.Sys().(*syscall.Stat_t)
		if !ok || !(fi.Mode().IsRegular() || fi.IsDir()) {
			return errStampUnsupported
		}
		mtime, ctime := time.Unix(sys.Mtim.Unix()), time.Unix(sys.Ctim.Unix())
		newest = maxTime(newest, mtime, ctime)
		st = append(st, filepath.Base(path)...)
		st = append(st, 0)
		for _, v := range []uint64{uint64(fi.Mode()), uint64(sys.Size), sys.Ino, sys.Dev,
			uint64(mtime.UnixNano()), uint64(ctime.UnixNano())} {
			st = binary.LittleEndian.AppendUint64(st, v)
		}
		if !fi.IsDir() {
			return nil
		}
		entries, err := os.ReadDir(path)
		if err != nil {
			return err
		}
		st = binary.LittleEndian.AppendUint64(st, uint64(len(entries)))
		for _, e := range entries {
			if err := walk(filepath.Join(path, e.Name()), depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(dir, 0); err != nil {
		return nil, time.Time{}, err
	}
	return st, newest, nil
}

const maxStampDepth = 64

var errStampUnsupported = errors.New("not a tree of regular files and directories")

func maxTime(ts ...time.Time) time.Time {
	var m time.Time
	for _, t := range ts {
		if t.After(m) {
			m = t
		}
	}
	return m
}
