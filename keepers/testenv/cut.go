package testenv

import (
	"io"
	"net"
	"sync"
	"testing"
	"time"
)

// Cuttable forwards connections from a listener of its own to a service (Kubo's API, dockerd's
// socket), so a test can make the service unavailable and bring it back without stopping the
// service itself, which other tests may share. While cut, connections are refused and open
// ones are closed.
type Cuttable struct {
	network, addr, target, targetNet string

	mu    sync.Mutex
	ln    net.Listener
	conns map[net.Conn]bool
}

// CutTCP forwards a free loopback TCP port to target (host:port).
func CutTCP(t testing.TB, target string) *Cuttable {
	t.Helper()
	c := &Cuttable{network: "tcp", addr: "127.0.0.1:0", target: target, targetNet: "tcp", conns: map[net.Conn]bool{}}
	c.listen(t)
	t.Cleanup(c.Cut)
	return c
}

// CutUnix forwards a unix socket in a temporary directory to the unix socket target.
func CutUnix(t testing.TB, target string) *Cuttable {
	t.Helper()
	c := &Cuttable{network: "unix", addr: t.TempDir() + "/cut.sock", target: target, targetNet: "unix", conns: map[net.Conn]bool{}}
	c.listen(t)
	t.Cleanup(c.Cut)
	return c
}

// Addr is where clients connect: host:port for TCP, the socket path for unix.
func (c *Cuttable) Addr() string { return c.addr }

func (c *Cuttable) listen(t testing.TB) {
	t.Helper()
	var ln net.Listener
	var err error
	for range 50 {
		if ln, err = net.Listen(c.network, c.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("cuttable proxy: listen %s: %v", c.addr, err)
	}
	c.mu.Lock()
	c.ln, c.addr = ln, ln.Addr().String()
	c.mu.Unlock()
	go c.accept(ln)
}

func (c *Cuttable) accept(ln net.Listener) {
	for {
		in, err := ln.Accept()
		if err != nil {
			return
		}
		out, err := net.Dial(c.targetNet, c.target)
		if err != nil {
			in.Close()
			continue
		}
		c.mu.Lock()
		if c.ln != ln { // cut meanwhile
			c.mu.Unlock()
			in.Close()
			out.Close()
			return
		}
		c.conns[in], c.conns[out] = true, true
		c.mu.Unlock()
		go c.pipe(in, out)
		go c.pipe(out, in)
	}
}

func (c *Cuttable) pipe(dst, src net.Conn) {
	_, _ = io.Copy(dst, src)
	dst.Close()
	src.Close()
	c.mu.Lock()
	delete(c.conns, dst)
	delete(c.conns, src)
	c.mu.Unlock()
}

// Cut refuses new connections and closes open ones.
func (c *Cuttable) Cut() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ln != nil {
		c.ln.Close()
		c.ln = nil
	}
	for conn := range c.conns {
		conn.Close()
	}
	clear(c.conns)
}

// Restore accepts connections again on the same address.
func (c *Cuttable) Restore(t testing.TB) {
	t.Helper()
	c.listen(t)
}
