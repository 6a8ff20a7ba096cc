// Package faultrpc is a fault-injecting JSON-RPC proxy for tests: it listens on loopback,
// forwards HTTP JSON-RPC requests to a real node (anvil, the devnet) and, on demand, answers as
// public providers do when things go wrong: eth_getLogs ranges refused in the providers' own
// words, calls that hang, connections dropped without an answer, bursts of HTTP 5xx, and a node
// that goes away and comes back on the same address. It counts the calls it forwards by method,
// so a test can check that nothing was sent twice.
package faultrpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Wording is how a provider refuses an eth_getLogs range: a JSON-RPC error code and message
// built from the limit and the requested range.
type Wording struct {
	Name    string
	Code    int
	Message func(limit, from, to uint64) string
}

// Wordings are real providers' refusals, as they document or answer them.
var Wordings = []Wording{
	{"alchemy", -32602, func(limit, from, _ uint64) string {
		return fmt.Sprintf("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, "+
			"or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x%x, 0x%x]", from, from+limit-1)
	}},
	{"alchemy-free", -32600, func(limit, _, _ uint64) string {
		return fmt.Sprintf("Under the Free tier plan, you can make eth_getLogs requests with up to a %d block range. Based on your parameters, this block range should work: ", limit)
	}},
	{"infura", -32005, func(limit, from, _ uint64) string {
		return fmt.Sprintf("query returned more than 10000 results. Try with this block range [0x%x, 0x%x].", from, from+limit-1)
	}},
	{"quicknode", -32614, func(limit, _, _ uint64) string {
		return fmt.Sprintf("eth_getLogs and eth_newFilter are limited to a %s blocks range", thousands(limit))
	}},
	{"base", -32614, func(limit, _, _ uint64) string {
		return fmt.Sprintf("eth_getLogs is limited to a %s range", thousands(limit))
	}},
	{"ankr-geth", -32000, func(limit, _, _ uint64) string { return fmt.Sprintf("exceed maximum block range: %d", limit) }},
	{"bor", -32602, func(limit, from, _ uint64) string {
		return fmt.Sprintf("query exceeds max results 20000, retry with the range %d-%d", from, from+limit-1)
	}},
	{"erigon", -32000, func(uint64, uint64, uint64) string { return "block range is too wide" }},
	{"too-many", -32005, func(uint64, uint64, uint64) string {
		return "too many results in the requested range; narrow the query"
	}},
}

func thousands(n uint64) string {
	s := strconv.FormatUint(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// WordingNamed returns the wording called name; it panics on an unknown name.
func WordingNamed(name string) Wording {
	for _, w := range Wordings {
		if w.Name == name {
			return w
		}
	}
	panic("faultrpc: no wording " + name)
}

// Proxy forwards JSON-RPC to a node and injects faults.
type Proxy struct {
	upstream string
	addr     string
	client   *http.Client

	mu         sync.Mutex
	srv        *http.Server
	ln         net.Listener
	rangeLimit uint64
	wording    Wording
	hang       map[string]int // method -> calls still to hang (<0: all)
	released   chan struct{}
	drops      int
	serverErrs int
	errStatus  int
	calls      map[string]int // forwarded calls by method
	refused    map[string]int // calls answered with an injected fault, by method
	injected   int            // faults injected: refusals, hangs, drops, 5xx
}

// Start starts a proxy to upstream (an http:// URL) on a free loopback port; it stops when the
// test ends.
func Start(t testing.TB, upstream string) *Proxy {
	t.Helper()
	p := &Proxy{upstream: upstream, client: &http.Client{}, hang: map[string]int{}, released: make(chan struct{}),
		calls: map[string]int{}, refused: map[string]int{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("faultrpc: listen: %v", err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(func() {
		p.Release()
		p.Stop()
	})
	return p
}

// URL is the proxy's http:// address.
func (p *Proxy) URL() string { return "http://" + p.addr }

func (p *Proxy) serve(ln net.Listener) {
	srv := &http.Server{Handler: http.HandlerFunc(p.handle), ReadHeaderTimeout: 10 * time.Second}
	p.mu.Lock()
	p.srv, p.ln = srv, ln
	p.mu.Unlock()
	go func() { _ = srv.Serve(ln) }()
}

// Stop takes the node away: the listener closes and open connections are cut, as when a node
// restarts. Calls fail with "connection refused" until Restart.
func (p *Proxy) Stop() {
	p.mu.Lock()
	srv := p.srv
	p.srv, p.ln = nil, nil
	p.mu.Unlock()
	if srv != nil {
		_ = srv.Close()
	}
}

// Restart brings the node back on the same address.
func (p *Proxy) Restart(t testing.TB) {
	t.Helper()
	var ln net.Listener
	var err error
	for range 50 { // the port may take a moment to be free again
		if ln, err = net.Listen("tcp", p.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("faultrpc: listen again on %s: %v", p.addr, err)
	}
	p.serve(ln)
}

// LimitLogRange refuses eth_getLogs calls spanning more than limit blocks with w's words; 0
// lifts the limit.
func (p *Proxy) LimitLogRange(limit uint64, w Wording) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rangeLimit, p.wording = limit, w
}

// Hang makes the next n calls of method (all of them when n < 0) hang without an answer until
// the caller gives up or Release is called; method "*" hangs every method.
func (p *Proxy) Hang(method string, n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.hang[method] = n
}

// Release answers every hung call (by forwarding it) and stops hanging.
func (p *Proxy) Release() {
	p.mu.Lock()
	defer p.mu.Unlock()
	clear(p.hang)
	select {
	case <-p.released:
	default:
		close(p.released)
	}
	p.released = make(chan struct{})
}

// DropConnections closes the connection of the next n requests without answering.
func (p *Proxy) DropConnections(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.drops = n
}

// ServerErrors answers the next n requests with HTTP status (a 5xx).
func (p *Proxy) ServerErrors(n, status int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.serverErrs, p.errStatus = n, status
}

// Calls is how many calls of method reached the node.
func (p *Proxy) Calls(method string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.calls[method]
}

// Refused is how many calls of method were answered with an injected fault (a range refusal,
// a drop, a 5xx).
func (p *Proxy) Refused(method string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.refused[method]
}

// Injected is how many faults the proxy has injected (refusals, hangs, drops, 5xx).
func (p *Proxy) Injected() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.injected
}

type request struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

func (p *Proxy) handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 32<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req request
	single := json.Unmarshal(body, &req) == nil && req.Method != ""

	p.mu.Lock()
	switch {
	case p.drops > 0:
		p.drops--
		p.injected++
		p.refused[req.Method]++
		p.mu.Unlock()
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
				return
			}
		}
		panic(http.ErrAbortHandler)
	case p.serverErrs > 0:
		p.serverErrs--
		p.injected++
		p.refused[req.Method]++
		status := p.errStatus
		p.mu.Unlock()
		http.Error(w, http.StatusText(status), status)
		return
	}
	hang := false
	if single {
		for _, key := range []string{req.Method, "*"} {
			if n, ok := p.hang[key]; ok && n != 0 {
				hang = true
				p.injected++
				if n > 0 {
					p.hang[key] = n - 1
				}
				break
			}
		}
	}
	released := p.released
	var refusal *rpcError
	if single && req.Method == "eth_getLogs" && p.rangeLimit > 0 {
		if from, to, ok := logRange(req); ok && to >= from && to-from+1 > p.rangeLimit {
			refusal = &rpcError{Code: p.wording.Code, Message: p.wording.Message(p.rangeLimit, from, to)}
			p.injected++
			p.refused[req.Method]++
		}
	}
	p.mu.Unlock()

	if hang {
		select {
		case <-r.Context().Done():
			return
		case <-released:
		}
	}
	if refusal != nil {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": refusal})
		return
	}
	p.forward(w, r.Context(), body, req.Method)
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (p *Proxy) forward(w http.ResponseWriter, ctx context.Context, body []byte, method string) {
	up, err := http.NewRequestWithContext(ctx, http.MethodPost, p.upstream, bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	up.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(up)
	if err != nil {
		if !errors.Is(err, context.Canceled) {
			http.Error(w, err.Error(), http.StatusBadGateway)
		}
		return
	}
	defer resp.Body.Close()
	p.mu.Lock()
	p.calls[method]++
	p.mu.Unlock()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

// logRange reads the numeric fromBlock and toBlock of an eth_getLogs filter.
func logRange(req request) (uint64, uint64, bool) {
	if len(req.Params) == 0 {
		return 0, 0, false
	}
	var q struct {
		From string `json:"fromBlock"`
		To   string `json:"toBlock"`
	}
	if json.Unmarshal(req.Params[0], &q) != nil {
		return 0, 0, false
	}
	from, err1 := strconv.ParseUint(strings.TrimPrefix(q.From, "0x"), 16, 64)
	to, err2 := strconv.ParseUint(strings.TrimPrefix(q.To, "0x"), 16, 64)
	return from, to, err1 == nil && err2 == nil
}
