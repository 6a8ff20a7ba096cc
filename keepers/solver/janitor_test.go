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

// The first janitor does every chore due at once; the second only those still due 30 s (by
// its clock) after it first saw them, and a chore that stopped being due and is due again
// waits from the start.
func TestJanitorTurn(t *testing.T) {
	at := time.Unix(1_700_000_000, 0)
	first := &Solver{janitorRank: 0}
	second := &Solver{janitorRank: 1}
	second.choreTurns.Now = func() time.Time { return at }
	due := func() []chore { return []chore{{jobID: 1, call: "cancelJob"}, {jobID: 2, call: "timeoutJob"}} }
	if got := choreIDs(first.janitorTurn(due())); !slices.Equal(got, []uint64{1, 2}) {
		t.Fatalf("the first janitor's chores %v, want [1 2] at once", got)
	}
	if got := second.janitorTurn(due()); len(got) != 0 {
		t.Fatalf("the second janitor's chores %v when first seen, want none", choreIDs(got))
	}
	at = at.Add(turns.DefaultStagger - time.Second)
	if got := second.janitorTurn(due()); len(got) != 0 {
		t.Fatalf("the second janitor's chores %v 1 s before its turn, want none", choreIDs(got))
	}
	// Job 1 is cancelled by the first janitor; then (a reorg) it is due again.
	second.janitorTurn(due()[1:])
	at = at.Add(time.Second)
	if got := choreIDs(second.janitorTurn(due())); !slices.Equal(got, []uint64{2}) {
		t.Fatalf("the second janitor's chores %v at its turn, want [2] (job 1 due again waits from the start)", got)
	}
	at = at.Add(turns.DefaultStagger)
	if got := choreIDs(second.janitorTurn(due())); !slices.Equal(got, []uint64{1, 2}) {
		t.Fatalf("the second janitor's chores %v, want [1 2]", got)
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
