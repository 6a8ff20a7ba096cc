package main

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/testenv/faultrpc"
)

// process is `pond args...` running as a process of its own (this test binary running main).
type process struct {
	cmd    *exec.Cmd
	out    bytes.Buffer // standard output and error
	exited chan struct{}
	err    error // Wait's, once exited is closed
}

func pondProcess(t *testing.T, args ...string) *process {
	t.Helper()
	p := &process{cmd: exec.Command(os.Args[0], args...), exited: make(chan struct{})}
	p.cmd.Env = append(os.Environ(), "POND_TEST_MAIN=1")
	p.cmd.Stdout, p.cmd.Stderr = &p.out, &p.out
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.exited)
	}()
	t.Cleanup(func() {
		_ = p.cmd.Process.Kill()
		<-p.exited
	})
	return p
}

// waitIndexed waits until the keeper's market index at path is complete to some block.
func (p *process) waitIndexed(ctx context.Context, t *testing.T, path string, d chain.Deployment) {
	t.Helper()
	for {
		if _, err := os.Stat(path); err == nil {
			x, err := index.Open(path, d)
			if err != nil {
				t.Fatal(err)
			}
			pos, err := x.Position()
			x.Close()
			if err != nil {
				t.Fatal(err)
			}
			if pos != nil {
				return
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the keeper never indexed the market: %v", ctx.Err())
		case <-p.exited:
			t.Fatalf("the keeper exited before it indexed the market (%v):\n%s", p.err, p.out.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// TestKeepers_exitWithAClearErrorWhenTheirViewFailsForGood: `pond solver|provider|mediator`
// exit (status 1, "pond: " and the error on the last line, no stack trace) instead of acting on
// a view that stopped or waiting forever: when another process moved their market index on (the
// view refuses to write over it, and stops), and when the chain stays unreachable longer than
// --max-outage.
func TestKeepers_exitWithAClearErrorWhenTheirViewFailsForGood(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	deployment := w.flags[len(w.flags)-1]
	keepers := []struct {
		name string
		args []string
	}{
		{"solver", []string{"--private-key", w.net.Accounts[3].KeyHex()}},
		{"provider", append([]string{"--private-key", w.net.Accounts[2].KeyHex(), "--executors", "wasm"}, w.storeFlags...)},
		{"mediator", append([]string{"--private-key", w.net.Accounts[4].KeyHex(), "--executors", "wasm"}, w.storeFlags...)},
	}
	for _, k := range keepers {
		// Each case waits on its own context: one keeper that never exits fails its case alone,
		// not every case after it.
		caseCtx := func(t *testing.T) context.Context {
			ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
			t.Cleanup(cancel)
			return ctx
		}
		run := func(ctx context.Context, t *testing.T, rpcURL string, extra ...string) (*process, string) {
			dir := t.TempDir()
			idx := filepath.Join(dir, "index.sqlite")
			args := append([]string{"--log.format", "json", k.name, "--rpc-url", rpcURL, "--deployment", deployment, "--index", idx,
				"--work.dir", dir, "--poll-interval", "50ms"}, k.args...)
			p := pondProcess(t, append(args, extra...)...)
			p.waitIndexed(ctx, t, idx, w.d)
			return p, idx
		}
		t.Run(k.name+"/index moved by another process", func(t *testing.T) {
			ctx := caseCtx(t)
			p, idx := run(ctx, t, w.net.HTTPURL)
			x, err := index.Open(idx, w.d)
			if err != nil {
				t.Fatal(err)
			}
			for {
				// The keeper may commit a block between this load and this commit, which the
				// index then refuses as another writer's: load again.
				_, pos, err := x.Load()
				if err == nil {
					err = x.Commit(state.Changes{}, nil, follow.Position{Block: pos.Block + 1000, BlockHash: pos.BlockHash, Index: follow.EndOfBlock})
				}
				if err == nil {
					break
				}
				if !errors.Is(err, index.ErrOtherWriter) || ctx.Err() != nil {
					t.Fatal(err)
				}
			}
			x.Close()
			// A new block: the keeper's view applies it and finds the file moved.
			cand, err := w.market.Deposit(chain.Native, big.NewInt(1))
			w.send(w.solver, cand, err)
			p.exitsClearly(ctx, t, k.name, "another process advanced the index")
		})
		t.Run(k.name+"/chain unreachable", func(t *testing.T) {
			ctx := caseCtx(t)
			proxy := faultrpc.Start(t, w.net.HTTPURL)
			p, _ := run(ctx, t, proxy.URL(), "--max-outage", "2s")
			proxy.Stop()
			p.exitsClearly(ctx, t, k.name, "unreachable for longer than the outage limit")
		})
	}
}

// exitsClearly waits for the keeper process to exit and checks how.
func (p *process) exitsClearly(ctx context.Context, t *testing.T, name, cause string) {
	t.Helper()
	select {
	case <-p.exited:
	case <-ctx.Done():
		t.Fatalf("pond %s did not exit:\n%s", name, p.out.String())
	}
	out := p.out.String()
	var exit *exec.ExitError
	if !errors.As(p.err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("pond %s ended with %v, want exit status 1:\n%s", name, p.err, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "pond: "+name+": ") || !strings.Contains(last, cause) {
		t.Fatalf("pond %s's last line is %q, want \"pond: %s: ...\" naming %q:\n%s", name, last, name, cause, out)
	}
	t.Logf("exit 1, %s", last)
	for _, trace := range []string{"goroutine ", "panic", "stacktrace", ".go:"} {
		if strings.Contains(out, trace) {
			t.Fatalf("pond %s printed %q (a stack trace?):\n%s", name, trace, out)
		}
	}
}
