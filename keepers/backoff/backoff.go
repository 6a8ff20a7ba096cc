// Package backoff spaces out retries of failing work: exponential delays between a minimum and
// a maximum, for one loop (Backoff) or for many independent items such as deals (Keyed). Every
// keeper loop, the log follower and the transaction manager use it, so a failure that persists
// is retried less and less often and logged once per attempt instead of every tick.
//
// Nothing here reads the clock: callers pass "now", so tests decide time.
package backoff

import (
	"context"
	"sync"
	"time"
)

// Policy is the schedule of delays: Min after the first failure, doubling on each further
// failure up to Max. The zero Policy means 1s to 5m.
type Policy struct {
	Min, Max time.Duration
}

// Default is the policy of keeper steps: 1s, 2s, 4s, ... at most 5 minutes.
var Default = Policy{Min: time.Second, Max: 5 * time.Minute}

func (p Policy) withDefaults() Policy {
	if p.Min <= 0 {
		p.Min = Default.Min
	}
	if p.Max <= 0 {
		p.Max = max(Default.Max, p.Min)
	}
	if p.Max < p.Min {
		p.Max = p.Min
	}
	return p
}

// Delay is the wait after the n-th consecutive failure (n >= 1).
func (p Policy) Delay(n int) time.Duration {
	p = p.withDefaults()
	d := p.Min
	for i := 1; i < n && d < p.Max; i++ {
		d *= 2
	}
	return min(d, p.Max)
}

// Backoff counts the consecutive failures of one piece of work.
type Backoff struct {
	Policy   Policy
	failures int
}

// Failed records a failure and returns how long to wait before trying again.
func (b *Backoff) Failed() time.Duration {
	b.failures++
	return b.Policy.Delay(b.failures)
}

// Succeeded resets the schedule.
func (b *Backoff) Succeeded() { b.failures = 0 }

// Failures is the number of consecutive failures.
func (b *Backoff) Failures() int { return b.failures }

// Sleep waits d or until ctx ends, whichever is first; it returns ctx.Err() in the second case.
func Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Retry calls fn until it succeeds, retryable(err) is false, or ctx ends, sleeping by the
// policy between attempts. It returns fn's last error (or ctx's, when ctx ended first while
// waiting). A nil retryable retries every error.
func Retry(ctx context.Context, p Policy, retryable func(error) bool, fn func(context.Context) error) error {
	var b Backoff
	b.Policy = p
	for {
		err := fn(ctx)
		if err == nil || (retryable != nil && !retryable(err)) {
			return err
		}
		if ctx.Err() != nil {
			return err
		}
		if serr := Sleep(ctx, b.Failed()); serr != nil {
			return err
		}
	}
}

// Keyed keeps a retry schedule per key (a deal, a mediation): an item that failed is not due
// again until its delay has passed, while other items go on. Safe for concurrent use.
type Keyed[K comparable] struct {
	Policy Policy

	mu    sync.Mutex
	items map[K]*entry
}

type entry struct {
	failures int
	next     time.Time
	last     error
}

// Due reports whether k may be tried at now: it never failed, or its delay has passed.
func (k *Keyed[K]) Due(key K, now time.Time) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	e := k.items[key]
	return e == nil || !now.Before(e.next)
}

// Failed records a failure of key at now and returns the delay before it is due again.
func (k *Keyed[K]) Failed(key K, now time.Time, err error) time.Duration {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.items == nil {
		k.items = map[K]*entry{}
	}
	e := k.items[key]
	if e == nil {
		e = &entry{}
		k.items[key] = e
	}
	e.failures++
	e.last = err
	d := k.Policy.Delay(e.failures)
	e.next = now.Add(d)
	return d
}

// Failures is the number of consecutive failures of key and the last error.
func (k *Keyed[K]) Failures(key K) (int, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if e := k.items[key]; e != nil {
		return e.failures, e.last
	}
	return 0, nil
}

// Forget drops key's schedule (after a success, or when the item is gone).
func (k *Keyed[K]) Forget(key K) {
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.items, key)
}

// Retain drops the schedules of the keys keep refuses (items that are gone).
func (k *Keyed[K]) Retain(keep func(K) bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	for key := range k.items {
		if !keep(key) {
			delete(k.items, key)
		}
	}
}

// Len is the number of keys with a schedule.
func (k *Keyed[K]) Len() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.items)
}
