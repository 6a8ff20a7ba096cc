// Command testreport reads `go test -json` on stdin, prints what plain `go test` would (package
// results, and the full output of failing tests), and ends with a count line
// "go: N passed, N failed, N skipped". It exits non-zero when any test or package failed.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type event struct {
	Action  string
	Package string
	Test    string
	Output  string
	Elapsed float64
}

func main() {
	var passed, failed, skipped int
	pkgFailed := false
	// Output per test (and per package for output outside tests), kept until its result is known.
	pending := map[string][]string{}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if err := json.Unmarshal(line, &e); err != nil {
			fmt.Println(string(line)) // build errors and other non-JSON output
			continue
		}
		key := e.Package + "\x00" + e.Test
		switch e.Action {
		case "output":
			pending[key] = append(pending[key], e.Output)
		case "pass", "skip", "fail":
			out := pending[key]
			delete(pending, key)
			if e.Test == "" {
				if e.Action == "fail" {
					pkgFailed = true
					fmt.Print(strings.Join(out, ""))
				} else {
					fmt.Printf("ok  \t%s\t%.1fs\n", e.Package, e.Elapsed)
				}
				continue
			}
			switch e.Action {
			case "pass":
				passed++
			case "skip":
				skipped++
				fmt.Printf("skip\t%s %s: %s", e.Package, e.Test, lastLine(out))
			case "fail":
				failed++
				fmt.Print(strings.Join(out, ""))
			}
		}
	}
	fmt.Printf("go: %d passed, %d failed, %d skipped\n", passed, failed, skipped)
	if failed > 0 || pkgFailed {
		os.Exit(1)
	}
}

// lastLine is the skip reason: the last output line before "--- SKIP".
func lastLine(out []string) string {
	for i := len(out) - 1; i >= 0; i-- {
		s := strings.TrimSpace(out[i])
		if s != "" && !strings.HasPrefix(s, "--- SKIP") && !strings.HasPrefix(s, "=== ") {
			return s + "\n"
		}
	}
	return "\n"
}
