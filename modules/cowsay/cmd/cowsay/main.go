// Command cowsay draws a cow saying the message given as its arguments and
// writes it to /outputs/cow.txt (and stdout). It runs as a WASI module and
// as a static binary in a FROM-scratch container.
package main

import (
	"fmt"
	"os"
	"strings"
	"unicode/utf8"
)

const width = 40

func wrap(msg string) []string {
	var lines []string
	for _, para := range strings.Split(msg, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			for utf8.RuneCountInString(w) > width {
				r := []rune(w)
				if line != "" {
					lines = append(lines, line)
					line = ""
				}
				lines = append(lines, string(r[:width]))
				w = string(r[width:])
			}
			switch {
			case line == "":
				line = w
			case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
				line += " " + w
			default:
				lines = append(lines, line)
				line = w
			}
		}
		lines = append(lines, line)
	}
	return lines
}

func cow(msg string) string {
	lines := wrap(msg)
	n := 0
	for _, l := range lines {
		n = max(n, utf8.RuneCountInString(l))
	}
	var b strings.Builder
	b.WriteString(" " + strings.Repeat("_", n+2) + "\n")
	for i, l := range lines {
		left, right := "|", "|"
		switch {
		case len(lines) == 1:
			left, right = "<", ">"
		case i == 0:
			left, right = "/", "\\"
		case i == len(lines)-1:
			left, right = "\\", "/"
		}
		pad := strings.Repeat(" ", n-utf8.RuneCountInString(l))
		fmt.Fprintf(&b, "%s %s%s %s\n", left, l, pad, right)
	}
	b.WriteString(" " + strings.Repeat("-", n+2) + "\n")
	b.WriteString(`        \   ^__^
         \  (oo)\_______
            (__)\       )\/\
                ||----w |
                ||     ||
`)
	return b.String()
}

func main() {
	msg := strings.Join(os.Args[1:], " ")
	out := cow(msg)
	fmt.Print(out)
	if err := os.WriteFile("/outputs/cow.txt", []byte(out), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "cowsay:", err)
		os.Exit(1)
	}
}
