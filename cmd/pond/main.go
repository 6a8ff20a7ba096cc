// Command pond is the one Pond binary: devnet, keepers, module tooling.
package main

import (
	"fmt"
	"os"
)

func main() {
	app := newApp()
	if err := app.Run(reorderArgs(app, os.Args)); err != nil {
		fmt.Fprintln(os.Stderr, "pond:", err)
		os.Exit(1)
	}
}
