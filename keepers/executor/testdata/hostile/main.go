// Command hostile is a test fixture: a module that misbehaves in the way its
// first argument names. It writes what it managed to do to /outputs/report.txt
// when it gets the chance. Built as a static linux binary and as WASI.
package main

import (
	"bufio"
	crand "crypto/rand"
	"fmt"
	mrand "math/rand/v2"
	"net"
	"os"
	"strings"
	"time"
)

func report(lines ...string) {
	_ = os.WriteFile("/outputs/report.txt", []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

func main() {
	if len(os.Args) < 2 {
		os.Exit(2)
	}
	switch os.Args[1] {
	case "network":
		// Try the host's loopback listener (port in argv[2]), a public address and DNS.
		var lines []string
		for _, addr := range []string{"127.0.0.1:" + os.Args[2], "1.1.1.1:53", "example.com:80"} {
			c, err := net.DialTimeout("tcp", addr, 2*time.Second)
			if err == nil {
				c.Close()
				lines = append(lines, "CONNECTED "+addr)
				continue
			}
			lines = append(lines, fmt.Sprintf("blocked %s: %v", addr, err))
		}
		report(lines...)
	case "escape":
		var lines []string
		for _, p := range []string{"/escaped", "/tmp/escaped", "/etc/escaped", "/inputs/escaped", "/outputs/../escaped", "/outputs/../../tmp/pond-escaped"} {
			if err := os.WriteFile(p, []byte("x"), 0o644); err == nil {
				lines = append(lines, "WROTE "+p)
			} else {
				lines = append(lines, fmt.Sprintf("blocked %s: %v", p, err))
			}
		}
		report(lines...)
	case "symlink":
		// Try to smuggle a host file out through a link in the outputs.
		if err := os.Symlink("/etc/passwd", "/outputs/leak"); err != nil {
			fmt.Fprintln(os.Stderr, "symlink:", err)
		}
		report("linked")
	case "relsymlink":
		// A relative link out of /outputs (wazero refuses absolute targets only) to the host
		// directory argv[2]: read its secret.txt, plant pwned.txt there, then hide the link
		// and hand the secret out as a regular output.
		target := strings.Repeat("../", 64) + strings.TrimPrefix(os.Args[2], "/")
		if err := os.Symlink(target, "/outputs/esc"); err != nil {
			report("blocked symlink: " + err.Error())
			return
		}
		var lines []string
		if b, err := os.ReadFile("/outputs/esc/secret.txt"); err == nil {
			lines = append(lines, "READ "+string(b))
			_ = os.WriteFile("/outputs/stolen.txt", b, 0o644)
		} else {
			lines = append(lines, "blocked read: "+err.Error())
		}
		if err := os.WriteFile("/outputs/esc/pwned.txt", []byte("x"), 0o644); err == nil {
			lines = append(lines, "WROTE pwned.txt")
		} else {
			lines = append(lines, "blocked write: "+err.Error())
		}
		_ = os.Remove("/outputs/esc")
		report(lines...)
	case "filldisk":
		chunk := make([]byte, 1<<20)
		for i := 0; ; i++ {
			if err := os.WriteFile(fmt.Sprintf("/outputs/fill-%06d", i), chunk, 0o644); err != nil {
				fmt.Fprintln(os.Stderr, "fill stopped:", err)
				os.Exit(1)
			}
		}
	case "entropy":
		// Everything a module could use to differ between runs.
		b := make([]byte, 16)
		_, _ = crand.Read(b)
		host, _ := os.Hostname()
		report(fmt.Sprintf("now %d", time.Now().UnixNano()), fmt.Sprintf("rand %x", b),
			fmt.Sprintf("mathrand %d", mrand.Int64()), "pid "+fmt.Sprint(os.Getpid()), "host "+host,
			"env "+strings.Join(os.Environ(), ","))
	case "list":
		// Lists /inputs as the module sees it: names in the order the directory gives them
		// (argv[2] "names"), or with what stat says about each entry ("stat").
		var lines []string
		var walk func(dir string)
		walk = func(dir string) {
			f, err := os.Open(dir)
			if err != nil {
				fmt.Println("open:", err)
				os.Exit(1)
			}
			names, err := f.Readdirnames(-1) // directory order, unsorted, as C's readdir
			f.Close()
			if err != nil {
				fmt.Println("readdir:", err)
				os.Exit(1)
			}
			for _, n := range names {
				p := dir + "/" + n
				fi, err := os.Lstat(p)
				if err != nil {
					fmt.Println("stat:", err)
					os.Exit(1)
				}
				line := p
				if len(os.Args) > 2 && os.Args[2] == "stat" {
					line += fmt.Sprintf(" %v %d %s", fi.Mode(), fi.Size(), fi.ModTime().UTC().Format(time.RFC3339Nano)) + statDetail(fi)
				}
				if fi.IsDir() {
					lines = append(lines, line)
					walk(p)
					continue
				}
				b, err := os.ReadFile(p)
				if err != nil {
					fmt.Println("read:", err)
					os.Exit(1)
				}
				lines = append(lines, line+" "+fmt.Sprint(len(b)))
			}
		}
		walk("/inputs")
		report(lines...)
	case "files":
		// Creates argv[2] empty files: nothing written, many entries.
		var n int
		fmt.Sscan(os.Args[2], &n)
		if err := os.Mkdir("/outputs/f", 0o755); err != nil {
			fmt.Println("files:", err)
			os.Exit(1)
		}
		for i := 0; i < n; i++ {
			f, err := os.Create(fmt.Sprintf("/outputs/f/%d", i))
			if err != nil {
				fmt.Println("files:", err)
				os.Exit(1)
			}
			f.Close()
		}
	case "spew":
		// A deterministic failure after a lot of output: argv[2] numbered lines, then status 1.
		var n int
		fmt.Sscan(os.Args[2], &n)
		w := bufio.NewWriterSize(os.Stdout, 1<<16)
		for i := 0; i < n; i++ {
			fmt.Fprintf(w, "line %09d of the module's progress report\n", i)
		}
		w.Flush()
		os.Exit(1)
	case "write":
		// Writes one output of argv[2] bytes: a legitimate result close to the disk limit.
		// With argv[3] "chunked", 1 MiB at a time: little memory for a large output.
		var n int
		fmt.Sscan(os.Args[2], &n)
		if len(os.Args) > 3 && os.Args[3] == "chunked" {
			writeChunked("/outputs/blob", n)
			break
		}
		if err := os.WriteFile("/outputs/blob", make([]byte, n), 0o644); err != nil {
			fmt.Println("write:", err)
			os.Exit(1)
		}
	case "rewrite":
		// Writes one output of argv[2] bytes four times over, each time after writing and
		// removing a scratch file as large: the outputs never hold more than twice argv[2]
		// bytes, and end with one file of argv[2].
		var n int
		fmt.Sscan(os.Args[2], &n)
		for i := 0; i < 4; i++ {
			for _, name := range []string{"/outputs/scratch", "/outputs/blob"} {
				if err := os.WriteFile(name, make([]byte, n), 0o644); err != nil {
					fmt.Println("rewrite:", err)
					os.Exit(1)
				}
			}
			if err := os.Remove("/outputs/scratch"); err != nil {
				fmt.Println("rewrite:", err)
				os.Exit(1)
			}
		}
	case "hardlink":
		// Leaves one file under two names.
		if err := os.WriteFile("/outputs/a", []byte("shared\n"), 0o644); err != nil {
			fmt.Println("hardlink:", err)
			os.Exit(1)
		}
		if err := os.Link("/outputs/a", "/outputs/b"); err != nil {
			fmt.Println("hardlink:", err)
			os.Exit(1)
		}
	case "slow":
		// Runs for a while, then succeeds: long enough to lose the engine mid-run.
		time.Sleep(2 * time.Second)
		report("slept")
	case "fail":
		// A deterministic failure: some output, a diagnostic, a partial result, a status.
		report("partial")
		fmt.Printf("cannot process %q\n", strings.Join(os.Args[2:], " "))
		fmt.Fprintln(os.Stderr, "diagnostic that differs between runtimes:", os.Args[0])
		os.Exit(7)
	case "forkbomb":
		forkbomb(report, len(os.Args) > 2 && os.Args[2] == "report")
	case "exit137":
		// The status of a process killed by SIGKILL, which the module cannot send to itself
		// (the first process of a PID namespace ignores it from inside).
		fmt.Println("exiting as if killed")
		os.Exit(137)
	case "forever":
		x := 0
		for {
			x++
		}
	case "memory":
		var hog [][]byte
		for {
			b := make([]byte, 8<<20)
			for i := range b {
				b[i] = 1
			}
			hog = append(hog, b)
		}
	default:
		os.Exit(2)
	}
}

// writeChunked writes n zero bytes to path 1 MiB at a time.
func writeChunked(path string, n int) {
	f, err := os.Create(path)
	if err != nil {
		fmt.Println("write:", err)
		os.Exit(1)
	}
	chunk := make([]byte, 1<<20)
	for n > 0 {
		k := min(n, len(chunk))
		if _, err := f.Write(chunk[:k]); err != nil {
			fmt.Println("write:", err)
			os.Exit(1)
		}
		n -= k
	}
	if err := f.Close(); err != nil {
		fmt.Println("write:", err)
		os.Exit(1)
	}
}
