package executor

import (
	"io/fs"
	"sync/atomic"

	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
)

// entryCost is what creating a file or directory costs against the quota,
// so that a module cannot exhaust inodes with empty files.
const entryCost = 4 << 10

// quotaFS is the /outputs mount of a WASM run: every byte written and every
// entry created is charged to a budget of diskMiB; past it writes fail with
// EIO and the run is stopped. It charges bytes written, not the final size,
// which makes the limit exact and independent of the host filesystem.
type quotaFS struct {
	experimentalsys.FS
	left atomic.Int64
	over func()
	hit  atomic.Bool
}

func newQuotaFS(inner experimentalsys.FS, limit int64, over func()) *quotaFS {
	q := &quotaFS{FS: inner, over: over}
	q.left.Store(limit)
	return q
}

func (q *quotaFS) charge(n int64) experimentalsys.Errno {
	if q.left.Add(-n) < 0 {
		if q.hit.CompareAndSwap(false, true) {
			q.over()
		}
		return experimentalsys.EIO
	}
	return 0
}

func (q *quotaFS) OpenFile(path string, flag experimentalsys.Oflag, perm fs.FileMode) (experimentalsys.File, experimentalsys.Errno) {
	if flag&experimentalsys.O_CREAT != 0 {
		if errno := q.charge(entryCost); errno != 0 {
			return nil, errno
		}
	}
	f, errno := q.FS.OpenFile(path, flag, perm)
	if errno != 0 {
		return nil, errno
	}
	return &quotaFile{File: f, q: q}, 0
}

func (q *quotaFS) Mkdir(path string, perm fs.FileMode) experimentalsys.Errno {
	if errno := q.charge(entryCost); errno != 0 {
		return errno
	}
	return q.FS.Mkdir(path, perm)
}

type quotaFile struct {
	experimentalsys.File
	q *quotaFS
}

func (f *quotaFile) Write(buf []byte) (int, experimentalsys.Errno) {
	if errno := f.q.charge(int64(len(buf))); errno != 0 {
		return 0, errno
	}
	return f.File.Write(buf)
}

func (f *quotaFile) Pwrite(buf []byte, off int64) (int, experimentalsys.Errno) {
	if errno := f.q.charge(int64(len(buf))); errno != 0 {
		return 0, errno
	}
	return f.File.Pwrite(buf, off)
}

func (f *quotaFile) Truncate(size int64) experimentalsys.Errno {
	if errno := f.q.charge(size); errno != 0 {
		return errno
	}
	return f.File.Truncate(size)
}
