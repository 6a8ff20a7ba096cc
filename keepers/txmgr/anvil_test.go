package txmgr_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/pond-compute/pond/keepers/chain/ethrpc"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// TestReceiptReorgedOutBeforeItsDepthIsWaitedFor: on anvil, a transaction is mined, then the
// chain is reverted to before it (evm_revert) while Send waits for 3 confirmations. Send must
// not return the orphaned receipt: it sends the transaction again and returns the receipt of
// the chain that stays, with the call made once.
func TestReceiptReorgedOutBeforeItsDepthIsWaitedFor(t *testing.T) {
	ctx := testCtx(t)
	a := testenv.StartAnvil(ctx, t)
	client := ethrpc.Wrap(ethclient.NewClient(a.RPC), ethrpc.Config{CallTimeout: 5 * time.Second})
	accounts, err := devnet.DevAccounts(1) // anvil funds the same accounts
	if err != nil {
		t.Fatal(err)
	}
	em := loadEmitter(t)
	mgr := func(confirmations uint64) *txmgr.Manager {
		m, err := txmgr.New(ctx, client, txmgr.Config{Key: accounts[0].Key, PollInterval: 10 * time.Millisecond,
			ResubmitTimeout: 100 * time.Millisecond, Confirmations: confirmations, Errors: revert.NewDecoder(&em.abi)})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	addr := deploy(ctx, t, mgr(1), em)
	var snapshot string
	if err := a.RPC.CallContext(ctx, &snapshot, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	count := func() int64 {
		out, err := client.CallContract(ctx, callMsg(addr, em.pack(t, "count")), nil)
		if err != nil {
			t.Fatal(err)
		}
		return new(big.Int).SetBytes(out).Int64()
	}

	type result struct {
		r   *types.Receipt
		err error
	}
	done := make(chan result, 1)
	deep := mgr(3)
	go func() {
		r, err := deep.Send(ctx, txmgr.Candidate{To: &addr, Data: em.pack(t, "ping", "reorged")})
		done <- result{r, err}
	}()
	for count() != 1 {
		select {
		case res := <-done:
			t.Fatalf("Send returned before its transaction was even mined: %+v", res)
		case <-ctx.Done():
			t.Fatal("the ping was never mined")
		case <-time.After(10 * time.Millisecond):
		}
	}
	var reverted bool
	if err := a.RPC.CallContext(ctx, &reverted, "evm_revert", snapshot); err != nil || !reverted {
		t.Fatalf("evm_revert: %v %v", reverted, err)
	}
	if count() != 0 {
		t.Fatal("the revert kept the ping")
	}
	var res result
	for res.r == nil && res.err == nil {
		select {
		case res = <-done:
		case <-ctx.Done():
			t.Fatal("Send never returned after the reorg")
		case <-time.After(50 * time.Millisecond):
			if err := a.RPC.CallContext(ctx, nil, "evm_mine"); err != nil {
				t.Fatal(err)
			}
		}
	}
	if res.err != nil {
		t.Fatal(res.err)
	}
	h, err := client.HeaderByNumber(ctx, res.r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	if h.Hash() != res.r.BlockHash {
		t.Fatalf("Send returned a receipt of block %s, which the chain no longer has", res.r.BlockHash)
	}
	if got := count(); got != 1 {
		t.Fatalf("count() = %d on the final chain, want the ping exactly once", got)
	}
}
