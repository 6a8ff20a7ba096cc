package main

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/devnet"
)

// TestChallenge_waitingIsShownAsWaiting: the committee's members bond one slash each, and an
// attacker's challenge of its own job holds them all. `pond challenge` of the creator's job then
// says the challenge waits in the committee's queue (not "votes revealed by" 1970), `pond deal
// show`, `pond job show`, `pond job why` and `pond job get` show it waiting (deal show: queued); once the attacker's mediation closes and
// the waiting one opens, they show its reveal deadline.
func TestChallenge_waitingIsShownAsWaiting(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	slash := big.NewInt(params.Ether / 10)
	w := newCLIWorldDeployed(ctx, t, devnet.DeployConfig{MinBond: slash, SlashAmount: slash})
	// The attacker (dev account 0) challenges its own job: the three members are held.
	attacker := w.manager(0)
	own := w.postCowsay(attacker)
	w.serveJob(own, "< baa >\n")
	committeeFee := big.NewInt(3 * params.Ether / 100)
	cand, err := w.market.Challenge(own, w.terms(own), "", committeeFee)
	w.send(attacker, cand, err)

	id := w.postCowsay(w.manager(1))
	w.serveJob(id, "< baa >\n")
	out, err := w.pond("challenge", id.String())
	if err != nil || !strings.Contains(out, "0.03 ETH mediation fee escrowed") || !strings.Contains(out, client.ChallengeWaitsText) ||
		strings.Contains(out, "revealed by") {
		t.Fatalf("challenge of a saturated committee's deal: %v\n%s", err, out)
	}
	waiting := client.VotesDue(0)
	deal, err := runPond(t, append([]string{"deal", "show", id.String()}, w.readFlags...)...)
	if err != nil || !strings.Contains(deal, "fee 0.03 ETH, "+waiting) || !strings.Contains(deal, "queued       "+client.MediationQueuedText(1, big.NewInt(0))) ||
		strings.Contains(deal, "1970") {
		t.Fatalf("deal show of a waiting challenge: %v\n%s", err, deal)
	}
	job, err := runPond(t, append([]string{"job", "show", id.String()}, w.readFlags...)...)
	if err != nil || !strings.Contains(job, "mediation    "+waiting) || strings.Contains(job, "1970") {
		t.Fatalf("job show of a waiting challenge: %v\n%s", err, job)
	}
	why, err := runPond(t, append([]string{"job", "why", id.String()}, w.readFlags...)...)
	if err != nil || !strings.Contains(why, "its challenge is "+waiting) {
		t.Fatalf("job why of a waiting challenge: %v\n%s", err, why)
	}
	get, err := runPond(t, append(append([]string{"job", "get", id.String(), "--output", filepath.Join(t.TempDir(), "r")}, w.readFlags...), w.storeFlags...)...)
	if err != nil || !strings.Contains(get, "Its challenge is "+waiting+".") {
		t.Fatalf("job get of a waiting challenge: %v\n%s", err, get)
	}

	// The members judge the attacker's job; its close opens the waiting mediation.
	w.voteWrong(own)
	cand, err = w.market.ResolveChallenge(own, w.terms(own), "")
	w.send(w.solver, cand, err)
	logs, err := w.net.Client().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{w.d.MediatorRegistry}})
	if err != nil {
		t.Fatal(err)
	}
	var reveal uint64
	for i := range logs {
		if ev, err := bindings.NewMediatorRegistry().UnpackMediationOpenedEvent(&logs[i]); err == nil && ev.JobId.Cmp(id) == 0 {
			reveal = ev.RevealDeadline.Uint64()
		}
	}
	if reveal == 0 {
		t.Fatal("the attacker's mediation closed and the waiting one did not open")
	}
	opened := client.VotesDue(reveal)
	deal, err = runPond(t, append([]string{"deal", "show", id.String()}, w.readFlags...)...)
	if err != nil || !strings.Contains(deal, "fee 0.03 ETH, "+opened) || !strings.Contains(deal, "queued       waited in committee 1's queue; opened in block") {
		t.Fatalf("deal show of an opened waiting challenge: %v\n%s", err, deal)
	}
	job, err = runPond(t, append([]string{"job", "show", id.String()}, w.readFlags...)...)
	if err != nil || !strings.Contains(job, "mediation    "+opened) {
		t.Fatalf("job show of an opened waiting challenge: %v\n%s", err, job)
	}
	get, err = runPond(t, append(append([]string{"job", "get", id.String(), "--output", filepath.Join(t.TempDir(), "r")}, w.readFlags...), w.storeFlags...)...)
	if err != nil || strings.Contains(get, "Its challenge is") {
		t.Fatalf("job get of an opened waiting challenge: %v\n%s", err, get)
	}
}
