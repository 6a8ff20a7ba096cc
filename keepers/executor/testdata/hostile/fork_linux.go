package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

// forkbomb starts copies of itself that do the same, forever, never waiting. With report set
// the first copy stops at the first fork the kernel refuses: it writes how many copies it
// started and why the next was refused to /outputs/report.txt and exits, which ends the
// container and every copy in it.
func forkbomb(report func(...string), stop bool) {
	started := 0
	for {
		_, err := syscall.ForkExec("/proc/self/exe", []string{os.Args[0], "forkbomb"}, &syscall.ProcAttr{})
		if err == nil {
			started++
			continue
		}
		if stop {
			report(fmt.Sprintf("refused after %d copies: %v", started, err))
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "fork:", err)
		time.Sleep(10 * time.Millisecond)
	}
}
