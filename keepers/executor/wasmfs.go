package executor

import (
	"io"
	"io/fs"
	"sort"
	"sync/atomic"

	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
	"github.com/tetratelabs/wazero/sys"
)

// entryCost is what every file or directory counts against diskMiB (outputCost), so that a
// module cannot exhaust inodes with empty files.
const entryCost = 4 << 10

// quotaFS is the /outputs mount of a WASM run. It keeps what the tree under /outputs counts
// against diskMiB by the rule every executor applies to outputs (outputCost: entryCost an entry
// plus a regular file's size), as the module changes it: creating an entry charges entryCost,
// growing a file charges the growth, and truncating, removing or replacing gives back what is
// gone. A change that would take the count past the limit fails with EIO and the run is stopped
// (output too large). It counts the tree as it is, not the bytes written, so a module that
// rewrites an output or removes a scratch file is judged by what it leaves, as Docker judges it.
// The count uses sizes, not the host file system's blocks, so it is the same on every host.
// A file's bytes count once however many hard links name it, as in dirSize: a link counts its
// entry, and the bytes go when the last link does (a link left in the outputs is a bad output).
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

// charge takes n (negative: gives back -n) from the budget, or refuses when the budget is short.
func (q *quotaFS) charge(n int64) experimentalsys.Errno {
	if q.left.Add(-n) < 0 && n > 0 {
		q.left.Add(n)
		if q.hit.CompareAndSwap(false, true) {
			q.over()
		}
		return experimentalsys.EIO
	}
	return 0
}

// freed is what removing the entry st gives back, but for entryCost: its size when it is a
// regular file that no other link keeps.
func freed(st sys.Stat_t) int64 {
	if st.Mode.IsRegular() && st.Nlink <= 1 {
		return st.Size
	}
	return 0
}

func (q *quotaFS) OpenFile(path string, flag experimentalsys.Oflag, perm fs.FileMode) (experimentalsys.File, experimentalsys.Errno) {
	st, errno := q.FS.Lstat(path)
	exists := errno == 0
	created := flag&experimentalsys.O_CREAT != 0 && !exists
	if created {
		if errno := q.charge(entryCost); errno != 0 {
			return nil, errno
		}
	}
	f, errno := q.FS.OpenFile(path, flag, perm)
	if errno != 0 {
		if created {
			q.charge(-entryCost)
		}
		return nil, errno
	}
	if exists && flag&experimentalsys.O_TRUNC != 0 && st.Mode.IsRegular() {
		q.charge(-st.Size)
	}
	return &quotaFile{File: f, q: q}, 0
}

func (q *quotaFS) Mkdir(path string, perm fs.FileMode) experimentalsys.Errno {
	return q.newEntry(func() experimentalsys.Errno { return q.FS.Mkdir(path, perm) })
}

func (q *quotaFS) Link(oldPath, newPath string) experimentalsys.Errno {
	return q.newEntry(func() experimentalsys.Errno { return q.FS.Link(oldPath, newPath) })
}

// newEntry charges entryCost for create, which makes an entry, and gives it back if create fails.
func (q *quotaFS) newEntry(create func() experimentalsys.Errno) experimentalsys.Errno {
	if errno := q.charge(entryCost); errno != 0 {
		return errno
	}
	errno := create()
	if errno != 0 {
		q.charge(-entryCost)
	}
	return errno
}

// removed gives back what the entry st counted once path no longer names it.
func (q *quotaFS) removed(st sys.Stat_t) {
	q.charge(-entryCost - freed(st))
}

func (q *quotaFS) Unlink(path string) experimentalsys.Errno { return q.remove(path, q.FS.Unlink) }

func (q *quotaFS) Rmdir(path string) experimentalsys.Errno { return q.remove(path, q.FS.Rmdir) }

// remove removes path with rm and gives back what it counted.
func (q *quotaFS) remove(path string, rm func(string) experimentalsys.Errno) experimentalsys.Errno {
	st, errno := q.FS.Lstat(path)
	if errno != 0 {
		return errno
	}
	if errno := rm(path); errno != 0 {
		return errno
	}
	q.removed(st)
	return 0
}

// Rename gives back what the entry it replaces counted.
func (q *quotaFS) Rename(from, to string) experimentalsys.Errno {
	st, errno := q.FS.Lstat(to)
	replaced := errno == 0
	if errno := q.FS.Rename(from, to); errno != 0 {
		return errno
	}
	if replaced {
		if fst, errno := q.FS.Lstat(to); errno != 0 || fst.Ino != st.Ino || fst.Dev != st.Dev {
			q.removed(st) // not a rename of a name onto itself (or onto another link of it)
		}
	}
	return 0
}

type quotaFile struct {
	experimentalsys.File
	q *quotaFS
}

// resize charges what do may grow the file by (to end, when end is past its size) before do
// runs, then settles the charge with the size the file has after: what do did not write, or
// what it cut off (a truncation), is given back.
func (f *quotaFile) resize(end func(size int64) int64, do func() (int, experimentalsys.Errno)) (int, experimentalsys.Errno) {
	st, errno := f.File.Stat()
	if errno != 0 {
		return 0, errno
	}
	grow := max(0, end(st.Size)-st.Size)
	if errno := f.q.charge(grow); errno != 0 {
		return 0, errno
	}
	n, errno := do()
	if now, serr := f.File.Stat(); serr == 0 {
		f.q.charge(now.Size - st.Size - grow)
	}
	return n, errno
}

func (f *quotaFile) Write(buf []byte) (int, experimentalsys.Errno) {
	return f.resize(func(size int64) int64 {
		if f.File.IsAppend() {
			return size + int64(len(buf))
		}
		off, errno := f.File.Seek(0, io.SeekCurrent)
		if errno != 0 {
			return size + int64(len(buf)) // the most it can grow
		}
		return off + int64(len(buf))
	}, func() (int, experimentalsys.Errno) { return f.File.Write(buf) })
}

func (f *quotaFile) Pwrite(buf []byte, off int64) (int, experimentalsys.Errno) {
	return f.resize(func(int64) int64 { return off + int64(len(buf)) },
		func() (int, experimentalsys.Errno) { return f.File.Pwrite(buf, off) })
}

func (f *quotaFile) Truncate(size int64) experimentalsys.Errno {
	_, errno := f.resize(func(int64) int64 { return size },
		func() (int, experimentalsys.Errno) { return 0, f.File.Truncate(size) })
	return errno
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
