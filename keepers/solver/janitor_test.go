package solver

import (
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/internal/turns"
	"github.com/pond-compute/pond/keepers/state"
)

// Janitors take turns by address, however each lists them, each address once.
func TestJanitorOrderIsByAddress(t *testing.T) {
	got := janitorOrder([]common.Address{carol, alice, bob, alice})
	if want := []common.Address{alice, bob, carol}; !slices.Equal(got, want) {
		t.Fatalf("janitorOrder = %v, want %v", got, want)
	}
}

func choreIDs(cs []chore) []uint64 {
	var ids []uint64
	for _, c := range cs {
		ids = append(ids, c.jobID)
	}
	return ids
}

// Of two janitors, the first for a chore does it at once; the second only while it is still due
// 30 s (by its clock) after it first saw it, and a chore that stopped being due and is due again
// waits from the start. Jobs 2 and 4 are the first janitor's (TestJanitorTurnsRotateByJob).
func TestJanitorTurn(t *testing.T) {
	at := time.Unix(1_700_000_000, 0)
	first := &Solver{janitorRank: 0, janitors: 2}
	second := &Solver{janitorRank: 1, janitors: 2}
	second.choreTurns.Now = func() time.Time { return at }
	due := func() []chore { return []chore{{jobID: 2, call: "cancelJob"}, {jobID: 4, call: "timeoutJob"}} }
	if got := choreIDs(first.janitorTurn(due())); !slices.Equal(got, []uint64{2, 4}) {
		t.Fatalf("the first janitor's chores %v, want [2 4] at once", got)
	}
	if got := second.janitorTurn(due()); len(got) != 0 {
		t.Fatalf("the second janitor's chores %v when first seen, want none", choreIDs(got))
	}
	at = at.Add(turns.DefaultStagger - time.Second)
	if got := second.janitorTurn(due()); len(got) != 0 {
		t.Fatalf("the second janitor's chores %v 1 s before its turn, want none", choreIDs(got))
	}
	// Job 2 is cancelled by the first janitor; then (a reorg) it is due again.
	second.janitorTurn(due()[1:])
	at = at.Add(time.Second)
	if got := choreIDs(second.janitorTurn(due())); !slices.Equal(got, []uint64{4}) {
		t.Fatalf("the second janitor's chores %v at its turn, want [4] (job 2 due again waits from the start)", got)
	}
	at = at.Add(turns.DefaultStagger)
	if got := choreIDs(second.janitorTurn(due())); !slices.Equal(got, []uint64{2, 4}) {
		t.Fatalf("the second janitor's chores %v, want [2 4]", got)
	}
}

// Janitors that take turns share the chores, and so their gas: the first for job j is the
// (j mod n)-th by address, the others follow in address order from it. A janitor outside the
// list goes after all of them, whatever the job.
func TestJanitorTurnsRotateByJob(t *testing.T) {
	at := time.Unix(1_700_000_000, 0)
	order := janitorOrder([]common.Address{carol, alice, bob})
	var due []chore
	for id := uint64(1); id <= 6; id++ {
		due = append(due, chore{jobID: id, call: "cancelJob"})
	}
	atOnce := map[common.Address][]uint64{}
	for _, a := range append(slices.Clone(order), common.Address{0xee}) {
		s := &Solver{janitorRank: turns.Rank(order, a), janitors: len(order)}
		s.choreTurns.Now = func() time.Time { return at }
		atOnce[a] = choreIDs(s.janitorTurn(slices.Clone(due)))
	}
	for i, a := range order {
		want := []uint64{uint64(i), uint64(i + 3)}
		if i == 0 {
			want = []uint64{3, 6}
		}
		if !slices.Equal(atOnce[a], want) {
			t.Errorf("janitor %d by address does %v at once, want %v", i, atOnce[a], want)
		}
	}
	if got := atOnce[common.Address{0xee}]; len(got) != 0 {
		t.Errorf("a janitor outside the list does %v at once, want none", got)
	}
}

// Right before sending, a chore is still due only if its job is still in the state it moves on
// from.
func TestChoreStillDue(t *testing.T) {
	m := state.NewMarket(common.Address{})
	m.Jobs[1] = &state.Job{ID: 1, Status: state.StatusOpen}
	m.Jobs[2] = &state.Job{ID: 2, Status: state.StatusMatched}
	m.Jobs[3] = &state.Job{ID: 3, Status: state.StatusCancelled}
	for _, tc := range []struct {
		c    chore
		want bool
	}{
		{chore{jobID: 1, call: "cancelJob"}, true},
		{chore{jobID: 1, call: "timeoutJob"}, false},
		{chore{jobID: 2, call: "timeoutJob"}, true},
		{chore{jobID: 2, call: "cancelJob"}, false},
		{chore{jobID: 3, call: "cancelJob"}, false},
		{chore{jobID: 4, call: "cancelJob"}, false}, // gone from the view (ended)
	} {
		if got := choreStillDue(m, tc.c); got != tc.want {
			t.Errorf("job %d, %s: still due %v, want %v", tc.c.jobID, tc.c.call, got, tc.want)
		}
	}
}
