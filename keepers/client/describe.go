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
