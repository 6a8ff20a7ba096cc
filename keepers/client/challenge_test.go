package client_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/devnet"
)

// A challenge the market will refuse (its window closed while the job still waits for its
// finalize) must not move the challenger's money first: Challenge deposits the fee's shortfall
// before it sends the challenge, so the refused challenge leaves the challenger's wallet
// poorer by the deposit (and its gas), the money sitting in its Pond balance unasked and
// unreported.
func TestChallengeRefusedMovesNoMoney(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e := newEnv(ctx, t)
	r := e.startMatched("cowsay:v0.0.1", map[string]string{"Message": "too late"}, client.RunOptions{Price: milliEther(10), NoSettle: true})
	e.submit(r.jobID, e.putResult(map[string]string{"cow.txt": "moo"}))
	r.waitStage(client.StageSubmitted)
	e.advance(time.Duration(e.params.ChallengeWindow+1) * time.Second)

	challenger, err := client.New(client.Config{Deployment: e.d, Backend: e.net.Client(), Sender: e.solver, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	before := e.pondBalance(e.solver.From())
	walletBefore, err := e.net.Client().BalanceAt(ctx, e.solver.From(), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = challenger.Challenge(ctx, r.jobID)
	if err == nil {
		t.Fatal("a challenge after the window was accepted")
	}
	if !errors.Is(err, revert.Named("ChallengeWindowClosed")) {
		t.Errorf("want the challenge refused with ChallengeWindowClosed, got %v", err)
	}
	if after := e.pondBalance(e.solver.From()); after.Cmp(before) != 0 {
		t.Errorf("the refused challenge moved the challenger's Pond balance from %s to %s (err: %v)", before, after, err)
	}
	walletAfter, err := e.net.Client().BalanceAt(ctx, e.solver.From(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if walletAfter.Cmp(walletBefore) != 0 {
		t.Errorf("the refused challenge cost the challenger's wallet %s wei", new(big.Int).Sub(walletBefore, walletAfter))
	}

	// The job finalizes as usual.
	cand, err := e.market.Finalize(r.jobID, e.terms(r.jobID), "")
	e.send(e.provider, cand, err)
	if _, err := r.wait(); err != nil {
		t.Fatalf("run: %v", err)
	}

	// A challenge in its window from a balance short of the fee still deposits the shortfall
	// and goes through.
	r = e.startMatched("cowsay:v0.0.1", map[string]string{"Message": "in time"}, client.RunOptions{Price: milliEther(10), NoSettle: true})
	e.submit(r.jobID, e.putResult(map[string]string{"cow.txt": "moo?"}))
	r.waitStage(client.StageSubmitted)
	ch, err := challenger.Challenge(ctx, r.jobID)
	if err != nil {
		t.Fatalf("challenge in the window: %v", err)
	}
	if want := new(big.Int).Mul(e.params.NativeMediatorFee, big.NewInt(3)); ch.Fee.Cmp(want) != 0 || ch.Waiting() {
		t.Fatalf("mediation fee %s (reveal deadline %d), want %s and a deadline", ch.Fee, ch.RevealDeadline, want)
	}
	r.waitStage(client.StageChallenged)
	e.voteAll(r.jobID, true)
	cand, err = e.market.ResolveChallenge(r.jobID, e.terms(r.jobID), "")
	e.sendRacing(e.provider, cand, err, "JobNotChallenged")
	if _, err := r.wait(); err != nil {
		t.Fatalf("run: %v", err)
	}
}

// A challenge whose committee's members are all held by another mediation waits in the
// committee's queue. `pond run` following the job shows it waiting, and keeps following: the
// market's deadline of a waiting challenge is 0, so its deadline action (resolveChallenge) is
// due at once and reverts MediationWaiting until the committee can take it; the run ended with
// that revert after three ticks. Once the other mediation closes, the waiting one opens, the
// committee votes the result wrong and the run resolves it and reports the rejection.
func TestRunFollowsAWaitingChallengeToItsVerdict(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	slash := milliEther(100) // each member bonds one slash: one mediation holds it
	e := newEnvDeployed(ctx, t, devnet.DeployConfig{MinBond: slash, SlashAmount: slash})
	challenger, err := client.New(client.Config{Deployment: e.d, Backend: e.net.Client(), Sender: e.solver, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	held := e.startMatched("cowsay:v0.0.1", map[string]string{"Message": "held"}, client.RunOptions{Price: milliEther(10), NoSettle: true})
	e.submit(held.jobID, e.putResult(map[string]string{"cow.txt": "baa"}))
	held.waitStage(client.StageSubmitted)
	if ch, err := challenger.Challenge(ctx, held.jobID); err != nil || ch.Waiting() {
		t.Fatalf("the first challenge: %+v %v", ch, err)
	}
	held.waitStage(client.StageChallenged)

	r := e.startMatched("cowsay:v0.0.1", map[string]string{"Message": "waits"}, client.RunOptions{Price: milliEther(10)})
	e.submit(r.jobID, e.putResult(map[string]string{"cow.txt": "baa"}))
	r.waitStage(client.StageSubmitted)
	ch, err := challenger.Challenge(ctx, r.jobID)
	if err != nil || !ch.Waiting() {
		t.Fatalf("the challenge of a held committee's deal: %+v %v", ch, err)
	}
	if p := r.waitStage(client.StageChallenged); p.Message != client.ChallengeWaitingMessage || !strings.Contains(p.Detail, client.VotesDue(0)) {
		t.Fatalf("pond run shows the waiting challenge as %q (%s)", p.Message, p.Detail)
	}

	// The held mediation is judged and closed: the waiting one opens in the same transaction.
	e.voteAll(held.jobID, false)
	cand, err := e.market.ResolveChallenge(held.jobID, e.terms(held.jobID), "")
	e.send(e.provider, cand, err)
	// pond run says when the committee takes the waiting challenge, with its new deadline.
	if p := r.waitStage(client.StageChallenged); !strings.Contains(p.Message, "took your challenge") || strings.Contains(p.Detail, client.VotesDue(0)) {
		t.Fatalf("pond run shows the opened challenge as %q (%s)", p.Message, p.Detail)
	}
	e.voteAll(r.jobID, false)
	_, err = r.wait()
	var failed *client.JobFailedError
	if !errors.As(err, &failed) || failed.Status != client.StatusRejected {
		t.Fatalf("the run of the waiting challenge's job ended with %v, want its rejection", err)
	}
}
