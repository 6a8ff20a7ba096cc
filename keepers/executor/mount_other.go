//go:build !linux

package executor

func mountCappedDir(string, int64) func() { return func() {} }
