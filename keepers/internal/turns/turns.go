// Package turns lets keepers that could all send the same transaction take turns at it, so
// that those beaten on chain do not pay gas for a revert: the keepers agree on an order, the
// first sends at once, and each next one only if the work is still to do Stagger later per
// rank. One that is down delays the work by its Stagger, never stops it.
//
// The mediators closing a mediation (resolveChallenge) and the solvers' janitors (cancelJob,
// timeoutJob) take turns this way.
package turns

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// DefaultStagger is how long each keeper waits, per rank, for those before it.
const DefaultStagger = 30 * time.Second

// Rank is me's position in order (0 first), or len(order) when me is not in it: a keeper
// outside the order goes after all of those in it.
func Rank(order []common.Address, me common.Address) int {
	for i, a := range order {
		if a == me {
			return i
		}
	}
	return len(order)
}

// Turns remembers when this process first saw each piece of work due (keyed by K) and says
// when it is this keeper's turn at it. The zero value waits DefaultStagger per rank on the
// wall clock. Safe for concurrent use.
type Turns[K comparable] struct {
	// Stagger is the wait per rank; 0 is DefaultStagger.
	Stagger time.Duration
	// Now is the clock (time.Now when nil); tests set their own.
	Now func() time.Time

	mu    sync.Mutex
	since map[K]time.Time
}

// Mine says whether it is this keeper's turn at key, due now, at rank: at once for rank 0,
// else once key has stayed due rank × Stagger since this process first saw it due (the
// keepers before it did not do it).
func (t *Turns[K]) Mine(key K, rank int) bool {
	if rank <= 0 {
		return true
	}
	now := time.Now
	if t.Now != nil {
		now = t.Now
	}
	stagger := t.Stagger
	if stagger == 0 {
		stagger = DefaultStagger
	}
	at := now()
	t.mu.Lock()
	defer t.mu.Unlock()
	since, ok := t.since[key]
	if !ok {
		if t.since == nil {
			t.since = map[K]time.Time{}
		}
		since = at
		t.since[key] = since
	}
	return at.Sub(since) >= time.Duration(rank)*stagger
}

// Retain forgets the work for which due is false (done, or no longer due): if it is ever due
// again, the wait starts over.
func (t *Turns[K]) Retain(due func(K) bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for k := range t.since {
		if !due(k) {
			delete(t.since, k)
		}
	}
}
