package executor

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// As root, Docker's /outputs is a tmpfs of tmpfsSize: the kernel refuses writes past it (a
// module cannot fill the provider's memory or disk between two polls of the watchdog), and
// outputs within the rule always fit, the worst case included (as many one-byte files as the
// rule allows, a page each).
func TestMountCappedDir_kernelCapsTheOutputs(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	const limit = 8 << 20
	mount := func(t *testing.T) string {
		dir := t.TempDir()
		unmount := mountCappedDir(dir, tmpfsSize(limit))
		t.Cleanup(unmount)
		var st syscall.Statfs_t
		if err := syscall.Statfs(dir, &st); err != nil || st.Type != 0x01021994 { // TMPFS_MAGIC
			t.Fatalf("no tmpfs mounted (statfs: %v, type %#x)", err, st.Type)
		}
		return dir
	}
	t.Run("full", func(t *testing.T) {
		dir := mount(t)
		chunk := make([]byte, 1<<20)
		var written int64
		for i := 0; ; i++ {
			f, err := os.Create(filepath.Join(dir, fmt.Sprint(i)))
			if err == nil {
				var n int
				n, err = f.Write(chunk)
				written += int64(n)
				f.Close()
			}
			if err != nil {
				if !errors.Is(err, syscall.ENOSPC) {
					t.Fatalf("after %d bytes: %v, want ENOSPC", written, err)
				}
				break
			}
			if written > tmpfsSize(limit) {
				t.Fatalf("wrote %d bytes into a tmpfs of %d", written, tmpfsSize(limit))
			}
		}
		if written < limit {
			t.Fatalf("ENOSPC after %d bytes, under the %d bytes limit", written, limit)
		}
	})
	t.Run("tiny files within the rule", func(t *testing.T) {
		dir := mount(t)
		n := limit / outputCost(1)
		for i := range n {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprint(i)), []byte{1}, 0o644); err != nil {
				t.Fatalf("file %d of %d (outputs of %d bytes by the rule): %v", i, n, n*outputCost(1), err)
			}
		}
		if got := dirSize(dir); got > limit {
			t.Fatalf("the test's outputs count %d, over the limit", got)
		}
	})
}
