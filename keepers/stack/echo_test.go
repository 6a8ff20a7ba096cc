package stack_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/modulerun"
)

// echoWasm is a WASI (preview 1) command of 421 bytes that writes its one argument to
// /outputs/echo.txt, assembled here so that the keeper-capacity benchmark has a real module
// that costs next to nothing to run (a Go module such as cowsay spends a few hundred
// milliseconds in its runtime's start). In the text format:
//
//	(module
//	  (import "wasi_snapshot_preview1" "args_sizes_get" (func $sizes (param i32 i32) (result i32)))
//	  (import "wasi_snapshot_preview1" "args_get" (func $args (param i32 i32) (result i32)))
//	  (import "wasi_snapshot_preview1" "path_open" (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
//	  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
//	  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
//	  (memory (export "memory") 1)
//	  (data (i32.const 16) "echo.txt")
//	  (func (export "_start")
//	    (if (call $sizes (i32.const 0) (i32.const 4)) (then (call $exit (i32.const 1))))   ;; argc at 0, size at 4
//	    (if (i32.ne (i32.load (i32.const 0)) (i32.const 2)) (then (call $exit (i32.const 2))))
//	    (if (i32.gt_u (i32.load (i32.const 4)) (i32.const 60000)) (then (call $exit (i32.const 2))))
//	    (if (call $args (i32.const 64) (i32.const 1024)) (then (call $exit (i32.const 1))))  ;; argv at 64, strings at 1024
//	    (i32.store (i32.const 40) (i32.load (i32.const 68)))                                ;; iovec: argv[1],
//	    (i32.store (i32.const 44) (i32.sub (i32.add (i32.const 1023) (i32.load (i32.const 4))) (i32.load (i32.const 68))))
//	    ;; fd 4 is the second preopen, /outputs (the executor mounts /inputs, then /outputs); O_CREAT|O_TRUNC
//	    (if (call $open (i32.const 4) (i32.const 0) (i32.const 16) (i32.const 8) (i32.const 9) (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 32))
//	      (then (call $exit (i32.const 1))))
//	    (if (call $write (i32.load (i32.const 32)) (i32.const 40) (i32.const 1) (i32.const 48)) (then (call $exit (i32.const 1))))))
func echoWasm() []byte {
	const (
		i32, i64, fn        = 0x7f, 0x7e, 0x60
		call, ifOp, end     = 0x10, 0x04, 0x0b
		i32Const, i64Const  = 0x41, 0x42
		load, store         = 0x28, 0x36
		ne, gtU, add, sub   = 0x47, 0x4b, 0x6a, 0x6b
		empty               = 0x40
		sizes, args, open   = 0, 1, 2
		write, exit, starts = 3, 4, 5
	)
	uleb := func(v uint64) []byte {
		var b []byte
		for {
			c := byte(v & 0x7f)
			v >>= 7
			if v != 0 {
				b = append(b, c|0x80)
				continue
			}
			return append(b, c)
		}
	}
	// Every constant here is small and non-negative: its signed LEB128 is the unsigned one unless
	// bit 6 of the last byte is set.
	sleb := func(v uint64) []byte {
		b := uleb(v)
		if b[len(b)-1]&0x40 != 0 {
			b[len(b)-1] |= 0x80
			b = append(b, 0)
		}
		return b
	}
	name := func(s string) []byte { return append(uleb(uint64(len(s))), s...) }
	vec := func(items ...[]byte) []byte {
		b := uleb(uint64(len(items)))
		for _, it := range items {
			b = append(b, it...)
		}
		return b
	}
	cat := func(parts ...[]byte) []byte {
		var b []byte
		for _, p := range parts {
			b = append(b, p...)
		}
		return b
	}
	section := func(id byte, body []byte) []byte { return cat([]byte{id}, uleb(uint64(len(body))), body) }
	c32 := func(v uint64) []byte { return cat([]byte{i32Const}, sleb(v)) }
	c64 := func(v uint64) []byte { return cat([]byte{i64Const}, sleb(v)) }
	ld := func(addr uint64) []byte { return cat(c32(addr), []byte{load, 2, 0}) }
	st := []byte{store, 2, 0}
	exitIf := func(code uint64) []byte { return cat([]byte{ifOp, empty}, c32(code), []byte{call, exit, end}) }

	types := vec(
		cat([]byte{fn}, vec([]byte{i32}, []byte{i32}), vec([]byte{i32})),                           // 0: sizes, args
		cat([]byte{fn}, []byte{9, i32, i32, i32, i32, i32, i64, i64, i32, i32}, vec([]byte{i32})),  // 1: path_open
		cat([]byte{fn}, vec([]byte{i32}, []byte{i32}, []byte{i32}, []byte{i32}), vec([]byte{i32})), // 2: fd_write
		cat([]byte{fn}, vec([]byte{i32}), vec()),                                                   // 3: proc_exit
		cat([]byte{fn}, vec(), vec()),                                                              // 4: _start
	)
	imp := func(field string, typ byte) []byte {
		return cat(name("wasi_snapshot_preview1"), name(field), []byte{0x00, typ})
	}
	imports := vec(imp("args_sizes_get", 0), imp("args_get", 0), imp("path_open", 1), imp("fd_write", 2), imp("proc_exit", 3))
	body := cat(
		c32(0), c32(4), []byte{call, sizes}, exitIf(1),
		ld(0), c32(2), []byte{ne}, exitIf(2),
		ld(4), c32(60000), []byte{gtU}, exitIf(2),
		c32(64), c32(1024), []byte{call, args}, exitIf(1),
		c32(40), ld(68), st,
		c32(44), c32(1023), ld(4), []byte{add}, ld(68), []byte{sub}, st,
		c32(4), c32(0), c32(16), c32(8), c32(9), c64(64), c64(0), c32(0), c32(32), []byte{call, open}, exitIf(1),
		ld(32), c32(40), c32(1), c32(48), []byte{call, write}, exitIf(1),
		[]byte{end},
	)
	code := cat(uleb(0), body) // no locals
	return cat(
		[]byte{0x00, 'a', 's', 'm', 1, 0, 0, 0},
		section(1, types),
		section(2, imports),
		section(3, vec([]byte{4})),
		section(5, vec([]byte{0x00, 1})), // one memory: min 1 page, no max
		section(7, vec(cat(name("memory"), []byte{0x02, 0}), cat(name("_start"), []byte{0x00, starts}))),
		section(10, vec(cat(uleb(uint64(len(code))), code))),
		section(11, vec(cat([]byte{0x00}, c32(16), []byte{end}, name("echo.txt")))),
	)
}

// echoModuleDir writes the echo module (echoWasm and its module.tmpl) into a fresh modules
// directory and returns the module's directory; its parent is what keepers take as ModuleDirs.
func echoModuleDir(t testing.TB) string {
	t.Helper()
	bin := echoWasm()
	sum := sha256.Sum256(bin)
	dir := filepath.Join(t.TempDir(), "echo")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	tmpl := fmt.Sprintf(`{
  "executor": "wasm",
  "wasm": {"module": "echo.wasm", "sha256": %q},
  "args": [{{.Message}}],
  "resources": {"gpus": 0, "vramMiB": 0, "cpuMillis": 500, "ramMiB": 64, "diskMiB": 16},
  "timeout": 30,
  "primaryInput": "Message",
  "outputs": ["echo.txt"]
}
`, hex.EncodeToString(sum[:]))
	if err := os.WriteFile(filepath.Join(dir, "echo.wasm"), bin, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "module.tmpl"), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// The echo module the capacity benchmark runs is a real WASI module: the wasm executor runs it
// and its output is its input.
func TestEchoModuleWritesItsInput(t *testing.T) {
	dir := echoModuleDir(t)
	m, err := module.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	wasm := executor.NewWasm()
	t.Cleanup(func() { _ = wasm.Close(context.Background()) })
	r := &modulerun.Runner{Executors: map[string]executor.Executor{module.ExecutorWasm: wasm}}
	for _, msg := range []string{"moo 1", "", `a "quoted" message, with ünïcode`} {
		run, err := r.Run(t.Context(), m, module.Inputs{"Message": msg}, "", t.TempDir())
		if err != nil {
			t.Fatalf("echo %q: %v", msg, err)
		}
		out, err := os.ReadFile(filepath.Join(run.OutputsDir, "echo.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if string(out) != msg {
			t.Errorf("echo %q wrote %q", msg, out)
		}
	}
}
