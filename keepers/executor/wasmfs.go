package executor

import (
	"io/fs"
	"sort"
	"sync/atomic"

	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
	"github.com/tetratelabs/wazero/sys"
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

// hostFreeFS is how a WASM module sees /inputs and /outputs: the same on every machine that
// stages the same files. A directory lists its entries sorted by name, not in the host file
// system's order (ext4 hashes names with a seed of its own, tmpfs lists by creation); stat
// gives no device, inode or link count of the host and constant times, not when this machine
// staged or wrote the files. Without it, a module that lists a directory or reads a file's
// times (C's readdir, Rust's read_dir, Python's os.listdir, an archiver) gives different
// results on two honest machines, and the mediators vote an honest provider wrong. (WASI
// preview 1's filestat has no permissions or owner.)
type hostFreeFS struct {
	experimentalsys.FS
}

// Symlink is refused: the host resolves a link, so one whose target climbs out ("../../..";
// wazero refuses only absolute targets) would let the module open, read and create files
// anywhere the provider's user can, through a path that looks like it stays in /outputs. A
// link is no valid output anyway (checkOutputs), so refusing it changes no honest result.
func (h hostFreeFS) Symlink(oldName, link string) experimentalsys.Errno {
	return experimentalsys.EPERM
}

func (h hostFreeFS) OpenFile(path string, flag experimentalsys.Oflag, perm fs.FileMode) (experimentalsys.File, experimentalsys.Errno) {
	f, errno := h.FS.OpenFile(path, flag, perm)
	if errno != 0 {
		return nil, errno
	}
	return &hostFreeFile{File: f}, 0
}

func (h hostFreeFS) Stat(path string) (sys.Stat_t, experimentalsys.Errno) {
	st, errno := h.FS.Stat(path)
	return hostFreeStat(st), errno
}

func (h hostFreeFS) Lstat(path string) (sys.Stat_t, experimentalsys.Errno) {
	st, errno := h.FS.Lstat(path)
	return hostFreeStat(st), errno
}

// hostFreeStat keeps a file's type, permissions and size, and drops what only the host knows:
// every time is FileTime.
func hostFreeStat(st sys.Stat_t) sys.Stat_t {
	t := FileTime.UnixNano()
	return sys.Stat_t{Mode: st.Mode, Nlink: 1, Size: st.Size, Atim: t, Mtim: t, Ctim: t}
}

type hostFreeFile struct {
	experimentalsys.File
	listed  bool // dirents holds the whole directory, sorted
	dirents []experimentalsys.Dirent
}

func (f *hostFreeFile) Dev() (uint64, experimentalsys.Errno) { return 0, 0 }

func (f *hostFreeFile) Ino() (sys.Inode, experimentalsys.Errno) { return 0, 0 }

func (f *hostFreeFile) Stat() (sys.Stat_t, experimentalsys.Errno) {
	st, errno := f.File.Stat()
	return hostFreeStat(st), errno
}

// Readdir reads the whole directory at the first call (after a rewind) and hands its entries
// out sorted by name, without inode numbers.
func (f *hostFreeFile) Readdir(n int) ([]experimentalsys.Dirent, experimentalsys.Errno) {
	if !f.listed {
		all, errno := f.File.Readdir(-1)
		if errno != 0 {
			return nil, errno
		}
		for i := range all {
			all[i].Ino = 0
		}
		sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
		f.listed, f.dirents = true, all
	}
	if n <= 0 || n > len(f.dirents) {
		n = len(f.dirents)
	}
	out := f.dirents[:n:n]
	f.dirents = f.dirents[n:]
	return out, 0
}

// Seek to 0 rewinds a directory: the next Readdir lists it again.
func (f *hostFreeFile) Seek(offset int64, whence int) (int64, experimentalsys.Errno) {
	off, errno := f.File.Seek(offset, whence)
	if errno == 0 {
		f.listed, f.dirents = false, nil
	}
	return off, errno
}
