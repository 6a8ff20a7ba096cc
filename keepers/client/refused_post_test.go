package client_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/client"
)

// Jobs the market refuses whatever the balance (here a run time above the market's maximum)
// must be refused before any money moves: RunMany deposits what the balance lacks for all of
// them first and then sends a postJobs whose every item fails, so the person's wallet pays
// the deposit's and the batch's gas, and its money sits in escrow, for nothing posted.
func TestRunManyRefusedTermsMoveNoMoney(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e := newEnv(ctx, t)
	before := e.pondBalance(e.creator.From())
	nonce, err := e.net.Client().NonceAt(ctx, e.creator.From(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tooLong := e.params.MaxRunTime + 1
	_, errs, err := e.client.RunMany(ctx, "cowsay:v0.0.1", nil, []string{"a", "b"}, client.RunOptions{Price: milliEther(10), RunTime: uint32(tooLong)})
	if err == nil {
		t.Errorf("RunMany of jobs the market refuses returned no error (items: %v)", errors.Join(errs...))
	} else if !errors.Is(err, revert.Named("RunTimeInvalid")) {
		t.Errorf("want RunTimeInvalid, got %v", err)
	}
	if after := e.pondBalance(e.creator.From()); after.Cmp(before) != 0 {
		t.Errorf("the refused jobs moved the creator's Pond balance from %s to %s", before, after)
	}
	if after, err := e.net.Client().NonceAt(ctx, e.creator.From(), nil); err != nil {
		t.Fatal(err)
	} else if after != nonce {
		t.Errorf("the refused jobs cost the creator %d transactions", after-nonce)
	}
}
