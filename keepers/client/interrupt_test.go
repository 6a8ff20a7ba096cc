package client_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// interruptAfterSend is a node through which the person's first transaction reaches the pool,
// and then the person presses Ctrl-C (interrupt) before its receipt is read: the transaction
// is mined all the same, as it would be on a real chain.
type interruptAfterSend struct {
	txmgr.Backend
	armed     atomic.Bool
	interrupt func()
}

func (b *interruptAfterSend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := b.Backend.SendTransaction(ctx, tx)
	if err == nil && b.armed.CompareAndSwap(true, false) {
		b.interrupt()
	}
	return err
}

func (b *interruptAfterSend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return b.Backend.TransactionReceipt(ctx, h)
}

// newInterruptedClient is a client of the env's creator whose first transaction is interrupted
// (runCtx cancelled) once the node has it, before its receipt.
func (e *env) newInterruptedClient(cancelRun func()) *client.Client {
	e.t.Helper()
	b := &interruptAfterSend{Backend: e.net.Client(), interrupt: cancelRun}
	b.armed.Store(true)
	sender, err := txmgr.New(e.ctx, b, txmgr.Config{Key: e.net.Accounts[1].Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
	if err != nil {
		e.t.Fatal(err)
	}
	cl, err := client.New(client.Config{
		Deployment: e.d, Backend: e.net.Client(), Sender: sender, Store: e.store, PollInterval: 20 * time.Millisecond,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	return cl
}

// waitJobCount waits for the transaction the node has to be mined: the market's job count
// moves past count.
func (e *env) waitJobCount(count *big.Int) *big.Int {
	e.t.Helper()
	for {
		n, err := e.market.JobCount(e.ctx, e.net.Client())
		if err != nil {
			e.t.Fatal(err)
		}
		if n.Cmp(count) > 0 {
			return n
		}
		select {
		case <-e.ctx.Done():
			e.t.Fatalf("the interrupted post was never mined: %v", e.ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// Ctrl-C while the post is being mined: the job is posted all the same (the node has the
// transaction). The run must not leave it open with the creator's price and solver fee in
// escrow, unnamed, for a solver to match and a provider to be paid for a result nobody fetches
// (or for the person, told the post failed, to post it again and pay twice): it cancels it, as it
// does for an interruption once the job is open.
func TestRunInterruptedWhileThePostIsMined(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e := newEnv(ctx, t)
	price := milliEther(10)

	t.Run("single job", func(t *testing.T) {
		e.t = t
		runCtx, stop := context.WithCancel(ctx)
		defer stop()
		cl := e.newInterruptedClient(stop)
		before := e.pondBalance(e.creator.From())
		count, err := e.market.JobCount(ctx, e.net.Client())
		if err != nil {
			t.Fatal(err)
		}
		_, runErr := cl.Run(runCtx, "cowsay:v0.0.1", map[string]string{"Message": "ctrl-c"}, client.RunOptions{Price: price})
		if runErr == nil {
			t.Fatal("an interrupted run reported success")
		}
		after := e.waitJobCount(count)
		jobID := after // the job the run posted
		job, err := e.market.Job(ctx, e.net.Client(), jobID)
		if err != nil {
			t.Fatal(err)
		}
		if job.Status != client.StatusCancelled {
			t.Errorf("job %s posted by the interrupted run is %s, not cancelled (run: %v)", jobID, client.StatusName(job.Status), runErr)
		}
		// The price and solver fee paid with the post are back in the creator's Pond balance.
		want := new(big.Int).Add(before, new(big.Int).Add(price, cowsay.DefaultSolverFee))
		if got := e.pondBalance(e.creator.From()); got.Cmp(want) != 0 {
			t.Errorf("creator's Pond balance %s after the interrupted run, want %s (price + solver fee refunded)", got, want)
		}
		if !strings.Contains(runErr.Error(), "job "+jobID.String()) {
			t.Errorf("the interrupted run's error does not name job %s: %v", jobID, runErr)
		}
	})

	t.Run("several jobs", func(t *testing.T) {
		e.t = t
		runCtx, stop := context.WithCancel(ctx)
		defer stop()
		cl := e.newInterruptedClient(stop)
		// The balance covers all three jobs: the postJobs is the run's first transaction.
		cand, err := e.market.Deposit(chain.Native, new(big.Int).Mul(big.NewInt(3), new(big.Int).Add(price, cowsay.DefaultSolverFee)))
		e.send(e.creator, cand, err)
		before := e.pondBalance(e.creator.From())
		count, err := e.market.JobCount(ctx, e.net.Client())
		if err != nil {
			t.Fatal(err)
		}
		_, errs, runErr := cl.RunMany(runCtx, "cowsay:v0.0.1", nil, []string{"a", "b", "c"}, client.RunOptions{Price: price})
		if runErr == nil && errs == nil {
			t.Fatal("an interrupted run reported success")
		}
		after := e.waitJobCount(count)
		for id := new(big.Int).Add(count, big.NewInt(1)); id.Cmp(after) <= 0; id.Add(id, big.NewInt(1)) {
			job, err := e.market.Job(ctx, e.net.Client(), id)
			if err != nil {
				t.Fatal(err)
			}
			if job.Status != client.StatusCancelled {
				t.Errorf("job %s posted by the interrupted run is %s, not cancelled (run: %v, %v)", id, client.StatusName(job.Status), runErr, errors.Join(errs...))
			}
		}
		if got := e.pondBalance(e.creator.From()); got.Cmp(before) != 0 {
			t.Errorf("creator's Pond balance %s after the interrupted run, want %s (every job refunded)", got, before)
		}
	})
}
