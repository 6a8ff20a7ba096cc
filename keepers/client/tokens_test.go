package client_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// countingCaller counts eth_calls, and fails them while down.
type countingCaller struct {
	chain.Caller
	calls atomic.Int32
	down  atomic.Bool
}

func (c *countingCaller) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	c.calls.Add(1)
	if c.down.Load() {
		return nil, errors.New("connection refused")
	}
	return c.Caller.CallContract(ctx, msg, block)
}

// Tokens reads a token's decimals() and symbol() once, on a real EVM: 6 decimals scale its
// amounts, a decimals() that reverts or says 200 leaves them in base units and refuses typed
// ones, and a failed read (the endpoint down) is tried again rather than remembered.
func TestTokens_readsEachTokensDecimalsOnce(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Stop()
	m, err := txmgr.New(ctx, net.Client(), txmgr.Config{Key: net.Accounts[0].Key, PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	deploy := func(code []byte) common.Address {
		r, err := m.Send(ctx, txmgr.Candidate{Data: code})
		if err != nil {
			t.Fatal(err)
		}
		return r.ContractAddress
	}
	six, huge, nodec := deploy(testenv.DecimalsTokenCode(t, "SIX", 6)), deploy(testenv.DecimalsTokenCode(t, "HUGE", 200)), deploy(testenv.NoDecimalsTokenCode(t))

	caller := &countingCaller{Caller: net.Client()}
	ts := client.NewTokens(caller)
	caller.down.Store(true)
	if got := ts.Money(six, big.NewInt(1_500_000)); !strings.Contains(got, "1500000 base units") || !strings.Contains(got, "could not be read") {
		t.Fatalf("SIX with the endpoint down: %q", got)
	}
	caller.down.Store(false)
	before := caller.calls.Load()
	for range 3 {
		if got := ts.Money(six, big.NewInt(1_500_000)); got != "1.5 SIX" {
			t.Fatalf("1,500,000 base units of SIX: %q, want 1.5 SIX", got)
		}
	}
	if v, err := ts.Parse(ctx, six, "0.02"); err != nil || v.Int64() != 20_000 {
		t.Fatalf("0.02 SIX: %v, %v; want 20000", v, err)
	}
	if _, err := ts.Parse(ctx, six, "0.0000001"); err == nil || !strings.Contains(err.Error(), "more than 6 decimals (SIX has 6)") {
		t.Fatalf("0.0000001 SIX: %v", err)
	}
	if n := caller.calls.Load() - before; n != 2 {
		t.Fatalf("%d calls to read SIX's metadata, want 2 (decimals and symbol, once)", n)
	}
	for token, problem := range map[common.Address]string{huge: "its decimals() says 200, more than 77", nodec: "its decimals() reverts"} {
		if _, err := ts.Parse(ctx, token, "1"); !errors.Is(err, client.ErrNoDecimals) || !strings.Contains(err.Error(), problem) {
			t.Fatalf("1 of a token whose %s: %v", problem, err)
		}
		if got := ts.Money(token, big.NewInt(42)); !strings.HasPrefix(got, "42 base units of ") || !strings.HasSuffix(got, "("+problem+")") {
			t.Fatalf("42 base units of a token whose %s: %q", problem, got)
		}
	}
	if got := ts.Symbol(nodec); got != "NODEC" {
		t.Fatalf("NODEC's symbol: %q", got)
	}
	// An address with no code answers nothing: not a number of decimals.
	if _, err := ts.Parse(ctx, common.HexToAddress("0x1234"), "1"); !errors.Is(err, client.ErrNoDecimals) {
		t.Fatalf("an address without code: %v", err)
	}
}
