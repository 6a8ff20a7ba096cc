package turns_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/internal/turns"
)

// clock is a clock the test moves by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// Rank 0 goes at once; rank r only once the work has stayed due r × Stagger since first seen,
// by the injected clock; work forgotten (done) and due again waits from the start.
func TestTurnsWaitRankTimesStaggerSinceFirstSeen(t *testing.T) {
	c := &clock{t: time.Unix(1_000_000, 0)}
	tt := turns.Turns[uint64]{Stagger: 30 * time.Second, Now: c.now}
	if !tt.Mine(1, 0) {
		t.Fatal("rank 0 must go at once")
	}
	if tt.Mine(1, 1) || tt.Mine(2, 2) {
		t.Fatal("ranks 1 and 2 went when first seeing the work")
	}
	c.t = c.t.Add(29 * time.Second)
	if tt.Mine(1, 1) {
		t.Fatal("rank 1 went 29 s after first seeing the work, before its 30 s")
	}
	c.t = c.t.Add(time.Second)
	if !tt.Mine(1, 1) {
		t.Fatal("rank 1 did not go 30 s after first seeing the work")
	}
	if tt.Mine(2, 2) {
		t.Fatal("rank 2 went after 30 s, before its 60 s")
	}
	// Work first seen later waits from then, not from the first work's sighting.
	if tt.Mine(3, 1) {
		t.Fatal("rank 1 went on work it just saw")
	}
	c.t = c.t.Add(30 * time.Second)
	if !tt.Mine(2, 2) || !tt.Mine(3, 1) {
		t.Fatal("rank 2 after 60 s, or rank 1 after 30 s on the later work, did not go")
	}
	// Forgetting work that is done: due again, it waits from the start.
	tt.Retain(func(k uint64) bool { return k != 1 })
	if tt.Mine(1, 1) {
		t.Fatal("rank 1 went at once on work forgotten and due again")
	}
	if !tt.Mine(2, 2) {
		t.Fatal("Retain forgot work it was told to keep")
	}
}

// The zero value waits DefaultStagger per rank.
func TestTurnsZeroValueWaitsTheDefaultStagger(t *testing.T) {
	c := &clock{t: time.Unix(5, 0)}
	tt := turns.Turns[string]{Now: c.now}
	tt.Mine("a", 1)
	c.t = c.t.Add(turns.DefaultStagger - time.Nanosecond)
	if tt.Mine("a", 1) {
		t.Fatal("rank 1 went before DefaultStagger")
	}
	c.t = c.t.Add(time.Nanosecond)
	if !tt.Mine("a", 1) {
		t.Fatal("rank 1 did not go at DefaultStagger")
	}
}

func TestRank(t *testing.T) {
	a, b, c := common.HexToAddress("0xa"), common.HexToAddress("0xb"), common.HexToAddress("0xc")
	order := []common.Address{b, a}
	for _, tc := range []struct {
		me   common.Address
		want int
	}{{b, 0}, {a, 1}, {c, 2}} {
		if got := turns.Rank(order, tc.me); got != tc.want {
			t.Errorf("Rank(%v, %v) = %d, want %d", order, tc.me, got, tc.want)
		}
	}
	if got := turns.Rank(nil, a); got != 0 {
		t.Errorf("Rank of a keeper in an empty order = %d, want 0 (alone, it goes first)", got)
	}
}
