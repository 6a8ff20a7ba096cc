package executor

import (
	"math/rand/v2"
	"testing"

	experimentalsys "github.com/tetratelabs/wazero/experimental/sys"
	"github.com/tetratelabs/wazero/experimental/sysfs"
)

// WASM's quota counts the outputs as they are, by the rule Docker applies to what a module
// leaves (dirSize): after any sequence of creates, writes, appends, writes past the end,
// truncations, hard links, removals and renames, what it has charged is what dirSize measures.
func TestQuotaFS_countsTheTreeAsDirSizeDoes(t *testing.T) {
	const limit = 1 << 30
	r := rand.New(rand.NewPCG(1, 2))
	names := []string{"a", "b", "d/c", "d/e", "d"}
	for round := range 20 {
		dir := t.TempDir()
		q := newQuotaFS(sysfs.DirFS(dir), limit, func() { t.Fatal("over the limit") })
		buf := make([]byte, 10000)
		for step := range 200 {
			name := names[r.IntN(len(names))]
			n := r.IntN(len(buf))
			var what string
			switch r.IntN(9) {
			case 0, 1:
				what = "create and write"
				if f, errno := q.OpenFile(name, experimentalsys.O_CREAT|experimentalsys.O_TRUNC|experimentalsys.O_WRONLY, 0o644); errno == 0 {
					f.Write(buf[:n])
					f.Close()
				}
			case 2:
				what = "append"
				if f, errno := q.OpenFile(name, experimentalsys.O_CREAT|experimentalsys.O_APPEND|experimentalsys.O_WRONLY, 0o644); errno == 0 {
					f.Write(buf[:n])
					f.Close()
				}
			case 3:
				what = "seek, write, pwrite past the end"
				if f, errno := q.OpenFile(name, experimentalsys.O_RDWR, 0); errno == 0 {
					f.Seek(int64(r.IntN(20000)), 0)
					f.Write(buf[:n])
					f.Pwrite(buf[:n/2], int64(r.IntN(30000)))
					f.Close()
				}
			case 4:
				what = "truncate"
				if f, errno := q.OpenFile(name, experimentalsys.O_RDWR, 0); errno == 0 {
					f.Truncate(int64(r.IntN(20000)))
					f.Close()
				}
			case 5:
				what = "unlink or rmdir"
				q.Unlink(name)
				q.Rmdir(name)
			case 6:
				what = "mkdir"
				q.Mkdir(name, 0o755)
			case 7:
				what = "rename"
				q.Rename(name, names[r.IntN(len(names))])
			case 8:
				what = "link"
				q.Link(name, names[r.IntN(len(names))])
			}
			if got, want := limit-q.left.Load(), dirSize(dir); got != want {
				t.Fatalf("round %d step %d (%s %s): the quota counts %d, dirSize %d", round, step, what, name, got, want)
			}
		}
	}
}

// The quota stops a module at the limit exactly: outputs that count the limit fit, a byte more
// does not, and a refused write leaves the count where it was.
func TestQuotaFS_limitIsExact(t *testing.T) {
	dir := t.TempDir()
	over := 0
	q := newQuotaFS(sysfs.DirFS(dir), 64<<10, func() { over++ })
	f, errno := q.OpenFile("x", experimentalsys.O_CREAT|experimentalsys.O_WRONLY, 0o644)
	if errno != 0 {
		t.Fatal(errno)
	}
	defer f.Close()
	if _, errno := f.Write(make([]byte, 60<<10)); errno != 0 || over != 0 {
		t.Fatalf("write up to the limit: %v (over %d)", errno, over)
	}
	if _, errno := f.Write([]byte{1}); errno != experimentalsys.EIO || over != 1 {
		t.Fatalf("a byte past the limit: %v (over %d), want EIO", errno, over)
	}
	if got := q.left.Load(); got != 0 {
		t.Fatalf("left %d after a refused write, want 0", got)
	}
}
