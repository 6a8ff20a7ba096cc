package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/state"
)

// TestJobShow_aDealGivenBackIsNotShownAsTheJobsDeal: a provider gave its deal back (abandonJob,
// within the fetch window) and the job is open again. `pond job show` listed the old deal as the
// job's ("deal provider ..., see `pond deal show`") and `pond deal show` printed it, collateral
// and run deadline included, as if it still held; both must say it was given back.
func TestJobShow_aDealGivenBackIsNotShownAsTheJobsDeal(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	creator := w.manager(1)
	id := w.postCowsay(creator)
	terms, _, err := state.FetchTerms(ctx, w.net.Client(), w.market, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	cand, err := w.market.MatchJob(id, w.offerID, terms)
	w.send(w.solver, cand, err)
	cand, err = w.market.AbandonJob(id, terms)
	w.send(w.provider, cand, err)

	show, err := runPond(t, append([]string{"job", "show", "1"}, w.readFlags...)...)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(show, "status       Open") || strings.Contains(show, "see `pond deal show 1`") || !strings.Contains(show, "given back") {
		t.Fatalf("job show of a job whose deal was given back:\n%s", show)
	}
	deal, err := runPond(t, append([]string{"deal", "show", "1"}, w.readFlags...)...)
	if err == nil || !strings.Contains(err.Error(), "given back") || !strings.Contains(err.Error(), w.provider.From().Hex()) {
		t.Fatalf("deal show of a deal given back: err %v, output:\n%s", err, deal)
	}
}
