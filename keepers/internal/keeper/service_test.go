package keeper_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/internal/keeper"
)

// fakeChain is a node whose answers each test sets. The real node is exercised by the
// end-to-end tests (keepers/stack); these tests need failures a real node does not make.
type fakeChain struct {
	mu       sync.Mutex
	head     uint64
	headErr  error
	logs     []types.Log
	logsErr  error
	pending  uint64 // pending nonce above the mined one while > 0
	nonceErr error
}

func (f *fakeChain) ChainID(context.Context) (*big.Int, error) { return big.NewInt(31337), nil }
func (f *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.headErr != nil {
		return nil, f.headErr
	}
	num := f.head
	if n != nil {
		num = n.Uint64()
	}
	return &types.Header{Number: new(big.Int).SetUint64(num), Time: 1000 + num, Extra: []byte("fake")}, nil
}
func (f *fakeChain) SuggestGasTipCap(context.Context) (*big.Int, error) { return big.NewInt(1), nil }
func (f *fakeChain) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.nonceErr != nil {
		return 0, f.nonceErr
	}
	if f.pending > 0 {
		f.pending--
		return 1, nil
	}
	return 0, nil
}
func (f *fakeChain) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) { return 0, nil }
func (f *fakeChain) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error)     { return 21000, nil }
func (f *fakeChain) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, nil
}
func (f *fakeChain) SendTransaction(context.Context, *types.Transaction) error {
	return errors.New("fake chain: no sending")
}
func (f *fakeChain) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, ethereum.NotFound
}
func (f *fakeChain) TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error) {
	return nil, false, ethereum.NotFound
}
func (f *fakeChain) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.logs, f.logsErr
}

var market = common.HexToAddress("0x00000000000000000000000000000000000000aa")

func newKeeper(t *testing.T, c *fakeChain) *keeper.Keeper {
	t.Helper()
	key, _ := crypto.GenerateKey()
	k, err := keeper.New(context.Background(), keeper.Config{Name: "test", MaxBackoff: 20 * time.Millisecond,
		Base: keeper.Base{Key: key, Deployment: chain.Deployment{Market: market}, Chain: c,
			PollInterval: 10 * time.Millisecond, MaxOutage: 300 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = k.Stop(context.Background()) })
	return k
}

// waitDone waits for the keeper to stop on its own and returns its error.
func waitDone(t *testing.T, k *keeper.Keeper) error {
	t.Helper()
	select {
	case <-k.Done():
		return k.Err()
	case <-time.After(time.Minute):
		t.Fatal("the keeper did not stop on its own")
		return nil
	}
}

func TestKeeperStopsOnUndecodableLog(t *testing.T) {
	parsed, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	topic := parsed.Events["JobPosted"].ID
	c := &fakeChain{head: 5, logs: []types.Log{{Address: market, Topics: []common.Hash{topic}, Data: []byte{1, 2, 3}, BlockNumber: 3}}}
	k := newKeeper(t, c)
	var steps atomic.Int32
	if err := k.Start(context.Background(), func(context.Context, keeper.Head) (uint64, error) { steps.Add(1); return 0, nil }); err != nil {
		t.Fatal(err)
	}
	err = waitDone(t, k)
	if !errors.Is(err, keeper.ErrViewFailed) {
		t.Fatalf("want ErrViewFailed, got %v", err)
	}
	if steps.Load() != 0 {
		t.Fatalf("the keeper stepped %d times on a view that stopped before block 5", steps.Load())
	}
	if h := k.Health(); h.Err == "" || h.Running {
		t.Fatalf("health after the failure: %+v", h)
	}
}

func TestKeeperNeverStepsOnAStaleView(t *testing.T) {
	c := &fakeChain{head: 5, logsErr: errors.New("connection refused")}
	k := newKeeper(t, c)
	var steps atomic.Int32
	if err := k.Start(context.Background(), func(context.Context, keeper.Head) (uint64, error) { steps.Add(1); return 0, nil }); err != nil {
		t.Fatal(err)
	}
	err := waitDone(t, k)
	if !errors.Is(err, keeper.ErrViewStuck) {
		t.Fatalf("want ErrViewStuck, got %v", err)
	}
	if steps.Load() != 0 {
		t.Fatalf("the keeper stepped %d times although its view never reached the head", steps.Load())
	}
}

func TestKeeperStopsWhenTheChainIsGone(t *testing.T) {
	c := &fakeChain{head: 5, headErr: errors.New("dial tcp: connection refused")}
	k := newKeeper(t, c)
	if err := k.Start(context.Background(), func(context.Context, keeper.Head) (uint64, error) { return 0, nil }); err != nil {
		t.Fatal(err)
	}
	if err := waitDone(t, k); !errors.Is(err, keeper.ErrChainUnreachable) {
		t.Fatalf("want ErrChainUnreachable, got %v", err)
	}
}

// A step waiting on the chain (a transaction waiting for its receipt) while the chain goes away
// does not keep the keeper alive past the outage limit: the step is cancelled and the keeper
// stops with ErrChainUnreachable.
func TestKeeperStopsWhenTheChainIsGoneDuringAStep(t *testing.T) {
	c := &fakeChain{head: 5}
	k := newKeeper(t, c)
	cancelled := make(chan struct{})
	err := k.Start(context.Background(), func(ctx context.Context, _ keeper.Head) (uint64, error) {
		c.mu.Lock()
		c.headErr = errors.New("dial tcp: connection refused")
		c.mu.Unlock()
		<-ctx.Done() // as a Send polling for a receipt that never comes
		close(cancelled)
		return 0, ctx.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := waitDone(t, k); !errors.Is(err, keeper.ErrChainUnreachable) {
		t.Fatalf("want ErrChainUnreachable, got %v", err)
	}
	select {
	case <-cancelled:
	default:
		t.Fatal("the keeper stopped without cancelling the step")
	}
}

func TestKeeperWaitsForItsPendingTransactionsThenSteps(t *testing.T) {
	c := &fakeChain{head: 5, pending: 3}
	k := newKeeper(t, c)
	stepped := make(chan keeper.Head, 1)
	err := k.Start(context.Background(), func(_ context.Context, h keeper.Head) (uint64, error) {
		c.mu.Lock()
		left := c.pending
		c.mu.Unlock()
		if left != 0 {
			t.Errorf("stepped with %d nonce reads still pending", left)
		}
		select {
		case stepped <- h:
		default:
		}
		return 0, errors.New("step fails: backing off")
	})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case h := <-stepped:
		if h.Number != 5 {
			t.Fatalf("stepped at head %d, want 5", h.Number)
		}
	case <-time.After(time.Minute):
		t.Fatal("no step")
	}
	// A failing step is retried and counted, and the keeper keeps running.
	deadline := time.After(time.Minute)
	for k.Health().Failing < 2 {
		select {
		case <-deadline:
			t.Fatalf("health: %+v", k.Health())
		case <-time.After(10 * time.Millisecond):
		}
	}
	if err := k.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if k.Err() != nil {
		t.Fatalf("a stopped keeper reports %v", k.Err())
	}
}

func TestKeeperStopWaitsForWorkersWithinItsContext(t *testing.T) {
	c := &fakeChain{head: 1}
	k := newKeeper(t, c)
	release := make(chan struct{})
	if err := k.Start(context.Background(), func(context.Context, keeper.Head) (uint64, error) { return 0, nil }); err != nil {
		t.Fatal(err)
	}
	k.Go(func(context.Context) { <-release })
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := k.Stop(ctx); err == nil {
		t.Fatal("Stop returned nil while a worker was still running past its context")
	}
	close(release)
}

// A worker a step starts (a provider's module run, a mediator's re-run) outlives that step: it
// has the keeper's context, which the end of the step does not cancel, and Stop ends it.
func TestKeeperWorkerOutlivesTheStepThatStartedIt(t *testing.T) {
	k := newKeeper(t, &fakeChain{head: 5})
	secondStep := make(chan struct{})
	workerCtxErr := make(chan error, 1)
	var steps atomic.Int32
	err := k.Start(context.Background(), func(ctx context.Context, _ keeper.Head) (uint64, error) {
		switch steps.Add(1) {
		case 1:
			k.Go(func(ctx context.Context) {
				<-secondStep // the first step has returned
				workerCtxErr <- ctx.Err()
				<-ctx.Done()
			})
		case 2:
			close(secondStep)
		}
		return 0, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-workerCtxErr:
		if err != nil {
			t.Fatalf("the worker's context ended with the step that started it: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("the keeper never ran a second step")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := k.Stop(ctx); err != nil {
		t.Fatalf("stop: %v", err)
	}
}
