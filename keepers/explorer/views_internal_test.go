package explorer

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
)

// TestTimelineText_refundHeldInItsOwnToken: the refund of a contract client's job paid in an
// ERC-20 is two sends (PondMarketExtension.refundClient): the price in the job's token and the
// delivery fee in the native currency, each logged as RefundHeld with its own token when the
// refund address refuses it. The timeline must name the event's token, not the job's.
func TestTimelineText_refundHeldInItsOwnToken(t *testing.T) {
	dep := chain.Deployment{Market: common.HexToAddress("0x1"), TestToken: common.HexToAddress("0x7e57")}
	e := &Explorer{cfg: Config{Deployment: dep}}
	refundTo := common.HexToAddress("0xbad")
	ev := index.Event{Name: "RefundHeld", Args: map[string]any{
		"JobId": "1", "RefundTo": refundTo.Hex(), "Token": chain.Native.Hex(), "Amount": "975000000000000"}}
	got := e.timelineText(ev, dep.TestToken) // the job is paid in PTT; this held refund is its ETH delivery fee
	if want := "refund 0.000975 ETH refused by " + refundTo.Hex(); !strings.HasPrefix(got, want) {
		t.Fatalf("timeline says %q, want it to start with %q", got, want)
	}
}

// A challenge whose mediation waits in its committee's queue (JobChallenged with reveal deadline
// 0, MediationQueued) shows as waiting, not "votes revealed by -" or 1970, on the timeline and
// the job page; a dropped one says the result stands and the fee comes back.
func TestWaitingChallengeShowsAsWaiting(t *testing.T) {
	dep := chain.Deployment{Market: common.HexToAddress("0x1")}
	e := &Explorer{cfg: Config{Deployment: dep}}
	challenger := common.HexToAddress("0xc1")
	ev := index.Event{Name: "JobChallenged", Args: map[string]any{
		"JobId": "2", "Challenger": challenger.Hex(), "CommitteeId": "1", "Fee": "30000000000000000", "RevealDeadline": "0"}}
	got := e.timelineText(ev, chain.Native)
	if want := "challenged by " + challenger.Hex() + " (fee 0.03 ETH), committee 1, " + client.VotesDue(0); got != want ||
		strings.Contains(got, "revealed by") {
		t.Fatalf("JobChallenged of a waiting challenge: %q, want %q", got, want)
	}
	ev = index.Event{Name: "JobChallenged", Args: map[string]any{
		"JobId": "2", "Challenger": challenger.Hex(), "CommitteeId": "1", "Fee": "30000000000000000", "RevealDeadline": "1796306394"}}
	if got := e.timelineText(ev, chain.Native); !strings.HasSuffix(got, "votes revealed by 2026-12-03T13:59:54Z") {
		t.Fatalf("JobChallenged of an open mediation: %q", got)
	}
	ev = index.Event{Name: "MediationQueued", Args: map[string]any{"JobId": "2", "CommitteeId": "1", "Ahead": "2"}}
	if got := e.timelineText(ev, chain.Native); !strings.HasPrefix(got, "mediation waits in committee 1's queue (2 ahead of it)") {
		t.Fatalf("MediationQueued: %q", got)
	}
	ev = index.Event{Name: "MediationDropped", Args: map[string]any{"JobId": "2", "CommitteeId": "1"}}
	if got := e.timelineText(ev, chain.Native); !strings.HasPrefix(got, "waiting mediation dropped: committee 1 can never take it") ||
		!strings.Contains(got, "the result stands and the challenger's whole fee comes back") {
		t.Fatalf("MediationDropped: %q", got)
	}

	j := &state.Job{ID: 2, Status: state.StatusChallenged, Token: chain.Native, Challenger: challenger, MediatorCommittee: 1,
		ChallengeQueued: true}
	v := e.jobView(j, nil)
	if v.Deadline != client.VotesDue(0) || v.Progress != client.ChallengeWaitingMessage {
		t.Fatalf("the job page of a waiting challenge: deadline %q, progress %q", v.Deadline, v.Progress)
	}
	j.RevealDeadline = 1796306394 // its mediation opened
	v = e.jobView(j, nil)
	if v.Deadline != "votes revealed by 2026-12-03T13:59:54Z" || v.Progress != client.ProgressMessage(uint8(state.StatusChallenged)) {
		t.Fatalf("the job page of an opened waiting challenge: deadline %q, progress %q", v.Deadline, v.Progress)
	}
}
