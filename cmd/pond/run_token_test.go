package main

import (
	"context"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/keepers/chain"
)

// A job paid in an ERC-20 that ends with a refund: the error names the command that sends the
// refund to the wallet. Following it must move the refunded token, not ether.
func TestRun_refundOfATokenJobNamesTheWithdrawalThatSendsIt(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	deployer := w.manager(0)
	token := chain.NewTestToken(w.d.TestToken)
	cand, err := token.Mint(w.creator, big.NewInt(params.Ether))
	w.send(deployer, cand, err)
	// The creator also keeps ether in Pond, as anyone who ran an ether job does.
	if out, err := w.pond("deposit", "1"); err != nil {
		t.Fatalf("deposit: %v\n%s", err, out)
	}

	done := make(chan struct{})
	var runErr error
	go func() {
		defer close(done)
		_, runErr = w.pond(append([]string{"run", "cowsay:v0.0.1", "nobody", "--token", "ptt", "--expiry", "1h", "--poll-interval", "20ms"}, w.storeFlags...)...)
	}()
	w.waitJob(1, done, &syncBuffer{})
	if err := w.net.IncreaseTime(ctx, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatal("pond run of an unmatched job never ended")
	}
	if runErr == nil || !strings.Contains(runErr.Error(), "refunded 0.011 PTT to your Pond balance") {
		t.Fatalf("pond run of an unmatched PTT job: %v", runErr)
	}
	hint := regexp.MustCompile("`pond (withdraw [^`]*)`").FindStringSubmatch(runErr.Error())
	if hint == nil {
		t.Fatalf("the error names no withdrawal: %v", runErr)
	}
	if out, err := w.pond(strings.Fields(hint[1])...); err != nil {
		t.Fatalf("pond %s: %v\n%s", hint[1], err, out)
	}
	ptt, err := w.market.BalanceOf(ctx, w.net.Client(), w.creator, w.d.TestToken)
	if err != nil {
		t.Fatal(err)
	}
	eth, err := w.market.BalanceOf(ctx, w.net.Client(), w.creator, chain.Native)
	if err != nil {
		t.Fatal(err)
	}
	if ptt.Sign() != 0 || eth.Cmp(big.NewInt(params.Ether)) != 0 {
		t.Fatalf("after `pond %s`: %s PTT and %s wei left in Pond, want the PTT refund withdrawn and the 1 ETH untouched", hint[1], ptt, eth)
	}
}
