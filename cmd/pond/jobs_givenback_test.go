package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
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
	head, err := w.net.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	price, fee := big.NewInt(params.Ether/100), big.NewInt(params.Ether/1000)
	cand, err := w.market.PostJob(bindings.IPondMarketJobRequest{
		ModuleId: 1, Token: chain.Native, Price: price, SolverFee: fee,
		Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, RunTime: 60,
		Expiry: new(big.Int).SetUint64(head.Time + 3600), Inputs: `{"Message":"moo"}`,
	}, new(big.Int).Add(price, fee))
	w.send(creator, cand, err)
	id := big.NewInt(1)
	terms, _, err := state.FetchTerms(ctx, w.net.Client(), w.market, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	cand, err = w.market.MatchJob(id, w.offerID, terms)
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
