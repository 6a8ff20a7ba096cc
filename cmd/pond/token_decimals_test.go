package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// deployToken deploys a test token from the deployer (the market's owner), allows it in the
// market and mints mint base units to the creator.
func (w *cliWorld) deployToken(code []byte, mint int64) common.Address {
	w.t.Helper()
	deployer := w.manager(0)
	addr := w.send(deployer, txmgr.Candidate{Data: code}, nil).ContractAddress
	cand, err := w.market.ConfigureToken(addr, true, big.NewInt(1000))
	w.send(deployer, cand, err)
	cand, err = chain.NewTestToken(addr).Mint(w.creator, big.NewInt(mint))
	w.send(deployer, cand, err)
	return addr
}

// An ERC-20 with 6 decimals: amounts typed for it are read in its units (1.5 is 1,500,000 base
// units), shown in them with its symbol, and one with more decimals than it has is refused.
// A token whose decimals() reverts, or says more than 77, is refused for typed amounts and its
// balances are shown in base units with a note.
func TestCLI_amountsOfATokenUseItsDecimals(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	six := w.deployToken(testenv.DecimalsTokenCode(t, "SIX", 6), 10_000_000).Hex()

	out, err := w.pond("deposit", "1.5", "--token", six)
	if err != nil {
		t.Fatalf("pond deposit 1.5 --token SIX: %v\n%s", err, out)
	}
	if !strings.Contains(out, "Deposited 1.5 SIX. Pond balance: 1.5 SIX; wallet: 8.5 SIX.") {
		t.Fatalf("pond deposit 1.5 --token SIX said:\n%s", out)
	}
	bal, err := w.market.BalanceOf(ctx, w.net.Client(), w.creator, common.HexToAddress(six))
	if err != nil {
		t.Fatal(err)
	}
	if bal.Cmp(big.NewInt(1_500_000)) != 0 {
		t.Fatalf("after depositing 1.5 SIX the Pond balance is %s base units, want 1500000", bal)
	}
	if out, err = w.pond("balance", "--token", six); err != nil || !strings.Contains(out, "Pond     1.5 SIX (free balance") ||
		!strings.Contains(out, "wallet   8.5 SIX") {
		t.Fatalf("pond balance --token SIX: %v\n%s", err, out)
	}
	if out, err = w.pond("withdraw", "0.0000001", "--token", six); err == nil ||
		!strings.Contains(err.Error(), `"0.0000001": more than 6 decimals (SIX has 6)`) {
		t.Fatalf("pond withdraw 0.0000001 --token SIX: %v, want it refused for its 7 decimals\n%s", err, out)
	}

	// pond run: --price and --solver-fee in the token's units, the refund shown in them.
	done := make(chan struct{})
	var runErr error
	go func() {
		defer close(done)
		_, runErr = w.pond(append([]string{"run", "cowsay:v0.0.1", "nobody", "--token", six, "--price", "0.02", "--solver-fee", "0.001",
			"--expiry", "1h", "--poll-interval", "20ms"}, w.storeFlags...)...)
	}()
	id := w.waitJob(1, done, &syncBuffer{})
	terms := w.terms(id)
	if terms.Price.Cmp(big.NewInt(20_000)) != 0 || terms.SolverFee.Cmp(big.NewInt(1_000)) != 0 {
		t.Fatalf("pond run --price 0.02 --solver-fee 0.001 --token SIX posted price %s, solver fee %s; want 20000 and 1000", terms.Price, terms.SolverFee)
	}
	if err := w.net.IncreaseTime(ctx, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatal("pond run of an unmatched job never ended")
	}
	if runErr == nil || !strings.Contains(runErr.Error(), "refunded 0.021 SIX to your Pond balance") ||
		!strings.Contains(runErr.Error(), "`pond withdraw 0.021 --token "+six+"`") {
		t.Fatalf("pond run of an unmatched SIX job: %v", runErr)
	}

	// decimals() reverts: typed amounts refused, balances in base units.
	nodec := w.deployToken(testenv.NoDecimalsTokenCode(t), 5_000_000)
	creator := w.manager(1)
	cand, err := chain.NewTestToken(nodec).Approve(w.d.Market, big.NewInt(1_234_567))
	w.send(creator, cand, err)
	cand, err = w.market.Deposit(nodec, big.NewInt(1_234_567))
	w.send(creator, cand, err)
	if out, err = w.pond("deposit", "1", "--token", nodec.Hex()); err == nil ||
		!strings.Contains(err.Error(), "decimals() reverts") || !strings.Contains(err.Error(), "base units") {
		t.Fatalf("pond deposit 1 --token NODEC (decimals() reverts): %v, want a clear refusal\n%s", err, out)
	}
	if out, err = w.pond("balance", "--token", nodec.Hex()); err != nil ||
		!strings.Contains(out, "Pond     1234567 base units of NODEC (its decimals() reverts") {
		t.Fatalf("pond balance --token NODEC: %v\n%s", err, out)
	}

	// decimals() says 200: no amount can be typed.
	absurd := w.deployToken(testenv.DecimalsTokenCode(t, "HUGE", 200), 1).Hex()
	if out, err = w.pond("deposit", "1", "--token", absurd); err == nil || !strings.Contains(err.Error(), "decimals() says 200") {
		t.Fatalf("pond deposit 1 --token HUGE (200 decimals): %v, want a clear refusal\n%s", err, out)
	}
}
