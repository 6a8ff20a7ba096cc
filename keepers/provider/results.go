package provider

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/ipfs/go-cid"

	"github.com/pond-compute/pond/keepers/internal/atomicfile"
)

// resultLog is the provider's cache of the results it has run, for the deals it still holds:
// a restarted provider submits them instead of running the deals again. Each result is one
// line, "<job id> <cid>\n", appended to a file in the work directory with one write and
// nothing flushed. What a crash or a power loss can leave (a line cut short, a line of zeros,
// the last results missing) is read as no result (a torn end is cut off when the cache is
// opened, before anything is appended), and those deals run again: a run is
// deterministic, so the cache only ever saves time. (It was a result.json per deal directory,
// written through atomicfile with two flushes: 0.55 ms a market job, a tenth of the keepers'
// benchmark's CPU, and most of a provider's system calls.) Lines of deals let go of are dropped
// when they outnumber the live ones, by rewriting the file whole.
type resultLog struct {
	path string

	mu   sync.Mutex
	live map[uint64]cid.Cid
	dead int // lines in the file of results no longer live
}

// resultLogCompactAt is how many dead lines the file holds before it is rewritten (also only
// once they outnumber the live ones).
const resultLogCompactAt = 1024

// openResultLog reads the cache at path (none yet: an empty one).
func openResultLog(path string) (*resultLog, error) {
	l := &resultLog{path: path, live: map[uint64]cid.Cid{}}
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return l, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the result cache: %w", err)
	}
	// A last write cut short is cut off, or the next line would be appended to it.
	if whole := bytes.LastIndexByte(raw, '\n') + 1; whole < len(raw) {
		if err := os.Truncate(path, int64(whole)); err != nil {
			return nil, fmt.Errorf("cut the torn end off the result cache: %w", err)
		}
		raw = raw[:whole]
	}
	for len(raw) > 0 {
		end := bytes.IndexByte(raw, '\n')
		if id, c, ok := parseResultLine(raw[:end]); ok {
			if _, again := l.live[id]; again {
				l.dead++
			}
			l.live[id] = c
		} else {
			l.dead++
		}
		raw = raw[end+1:]
	}
	return l, nil
}

func parseResultLine(line []byte) (uint64, cid.Cid, bool) {
	sp := bytes.IndexByte(line, ' ')
	if sp < 0 {
		return 0, cid.Undef, false
	}
	id, err := strconv.ParseUint(string(line[:sp]), 10, 64)
	if err != nil {
		return 0, cid.Undef, false
	}
	c, err := cid.Decode(string(line[sp+1:]))
	if err != nil {
		return 0, cid.Undef, false
	}
	return id, c, true
}

// Put records deal id's result.
func (l *resultLog) Put(id uint64, c cid.Cid) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	f, err := os.OpenFile(l.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("cache the result of deal %d: %w", id, err)
	}
	_, err = f.Write(fmt.Appendf(nil, "%d %s\n", id, c))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("cache the result of deal %d: %w", id, err)
	}
	if _, again := l.live[id]; again {
		l.dead++
	}
	l.live[id] = c
	return nil
}

// Get returns deal id's cached result.
func (l *resultLog) Get(id uint64) (cid.Cid, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	c, ok := l.live[id]
	return c, ok
}

// IDs returns the deals with a cached result.
func (l *resultLog) IDs() []uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	ids := make([]uint64, 0, len(l.live))
	for id := range l.live {
		ids = append(ids, id)
	}
	return ids
}

// Len is the number of cached results.
func (l *resultLog) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.live)
}

// Forget drops the results of deals that ended, rewriting the file once its dead lines are
// many and outnumber the live ones.
func (l *resultLog) Forget(ids []uint64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, id := range ids {
		if _, ok := l.live[id]; ok {
			delete(l.live, id)
			l.dead++
		}
	}
	if l.dead < resultLogCompactAt || l.dead <= len(l.live) {
		return nil
	}
	var b []byte
	for id, c := range l.live {
		b = fmt.Appendf(b, "%d %s\n", id, c)
	}
	if err := atomicfile.Write(l.path, b, 0o644); err != nil {
		return fmt.Errorf("compact the result cache: %w", err)
	}
	l.dead = 0
	return nil
}

// importDealDirs moves the results a provider before results.log cached in dir (deals/<id>/
// result.json, {"cid": ...}) into the log, then removes dir: a provider upgraded with results
// run and not yet submitted submits them instead of running the deals again. A directory whose
// result cannot be read is left out (that deal runs again).
func (l *resultLog) importDealDirs(dir string) (imported int, err error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read the old result cache: %w", err)
	}
	for _, e := range entries {
		id, err := strconv.ParseUint(e.Name(), 10, 64)
		if err != nil || !e.IsDir() {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, e.Name(), "result.json"))
		if err != nil {
			continue
		}
		var r struct {
			CID string `json:"cid"`
		}
		if json.Unmarshal(raw, &r) != nil {
			continue
		}
		c, err := cid.Decode(r.CID)
		if err != nil {
			continue
		}
		if _, ok := l.Get(id); ok {
			continue
		}
		if err := l.Put(id, c); err != nil {
			return imported, err
		}
		imported++
	}
	if err := os.RemoveAll(dir); err != nil {
		return imported, fmt.Errorf("remove the old result cache: %w", err)
	}
	return imported, nil
}
