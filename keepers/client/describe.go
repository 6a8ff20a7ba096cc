package client

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// What a person reads about a job, written once for `pond run`, `pond job show|deal show` and
// the explorer, so that all three say the same.

// ProgressMessage is the line `pond run` shows when its job reaches status (the explorer shows
// it next to each job): "Deal agreed. Running job..." for a matched job. Ended jobs that were
// not accepted are described by JobFailedError.
func ProgressMessage(status uint8) string {
	switch status {
	case StatusOpen:
		return "Job submitted. Negotiating deal..."
	case StatusMatched:
		return "Deal agreed. Running job..."
	case StatusSubmitted:
		return "Results submitted. Awaiting verification..."
	case StatusChallenged:
		return "Result challenged. Mediators are re-running the job..."
	case StatusAccepted:
		return "Results accepted."
	}
	return StatusName(status)
}

// RefundReasonText says why a creator was refunded (src/types/Status.sol RefundReason).
func RefundReasonText(reason uint8) string {
	reasons := []string{"cancelled by its creator", "expired without a match", "provider timed out", "result rejected"}
	if int(reason) < len(reasons) {
		return reasons[reason]
	}
	return fmt.Sprintf("reason %d", reason)
}

// VerdictText names a mediation's verdict (src/types/Status.sol Verdict).
func VerdictText(v uint8) string {
	verdicts := []string{"none", "provider right", "provider wrong", "no majority"}
	if int(v) < len(verdicts) {
		return verdicts[v]
	}
	return fmt.Sprint(v)
}

// VoteText names a mediator's revealed vote (src/types/Status.sol Vote).
func VoteText(v uint8) string {
	votes := []string{"none", "provider right", "provider wrong", "cannot run"}
	if int(v) < len(votes) {
		return votes[v]
	}
	return fmt.Sprint(v)
}

// Time renders a chain timestamp (seconds) in UTC, "-" for none.
func Time(unix uint64) string {
	if unix == 0 {
		return "-"
	}
	return time.Unix(int64(unix), 0).UTC().Format(time.RFC3339)
}

// Outcome is what `pond run` says about a job that ended without an accepted result: the refund
// and why (JobFailedError's message).
func Outcome(tokens *Tokens, jobID uint64, status, reason uint8, refund, price, solverFee *big.Int, provider, token common.Address) string {
	e := &JobFailedError{JobID: new(big.Int).SetUint64(jobID), Status: status, Reason: reason, Refund: refund, Price: price,
		SolverFee: solverFee, Provider: provider, Token: token, tokens: tokens}
	return e.Error()
}

// ChallengeWaitsText tells a challenger its challenge waits in its committee's queue (JobChallenged
// with reveal deadline 0, MediationQueued): `pond challenge` says it instead of a reveal deadline.
const ChallengeWaitsText = "the committee's members are all busy with other mediations; your challenge waits in its queue " +
	"and opens as they free up; the deal cannot be finalized meanwhile; you paid the fee of every member, the share of " +
	"members who do not take it comes back if the result is wrong"

// ChallengeWaitingMessage is ProgressMessage's line for a challenged job whose mediation waits in
// its committee's queue (ChallengeWaitsText).
const ChallengeWaitingMessage = "Result challenged. The challenge waits for the committee's members to free up..."

// ChallengeOpenedMessage is the progress line when the committee takes a challenge that waited.
const ChallengeOpenedMessage = "The committee took your challenge: its members re-run the job and vote..."

// VotesDue says when a challenge's votes are revealed, from its mediation's reveal deadline: 0
// while the mediation waits in its committee's queue (JobChallenged of a challenge that waited
// keeps 0, as getJob's deadline does; MediationOpened then gives the deadline).
func VotesDue(revealDeadline uint64) string {
	if revealDeadline == 0 {
		return "waiting in the committee's queue: its members are busy with other mediations; it opens as they free up"
	}
	return "votes revealed by " + Time(revealDeadline)
}

// MediationQueuedText describes MediationQueued: a challenge's mediation waits, ahead others
// before it in its committee's queue.
func MediationQueuedText(committee uint32, ahead *big.Int) string {
	return fmt.Sprintf("mediation waits in committee %d's queue (%s ahead of it): fewer than a majority of its members "+
		"can take one more mediation; it opens first in, first out, as they free up", committee, ahead)
}

// MediationDroppedText describes MediationDropped: a waiting mediation its committee can never
// take ended without opening.
func MediationDroppedText(committee uint32) string {
	return fmt.Sprintf("waiting mediation dropped: committee %d can never take it (fewer than a majority of its members "+
		"registered with a slash of bond); the result stands and the challenger's whole fee comes back", committee)
}

// ChallengeText is what `pond challenge` prints after challenging job id: the fee escrowed
// (fee, as money) and when the votes are revealed, or that the challenge waits
// (ChallengeWaitsText).
func ChallengeText(id *big.Int, ch Challenged, fee string) string {
	if ch.Waiting() {
		return fmt.Sprintf("Challenged job %s: %s mediation fee escrowed.\nIt waits: %s.\nFollow it with `pond deal show %s`.\n",
			id, fee, ChallengeWaitsText, id)
	}
	return fmt.Sprintf("Challenged job %s: %s mediation fee escrowed; %s. Follow the vote with `pond deal show %s`.\n",
		id, fee, VotesDue(ch.RevealDeadline), id)
}
