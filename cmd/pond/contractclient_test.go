package main

import (
	"context"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// pond job quote prints what the market's quote asks of a contract for a module, priced at the
// base fee of the block it names: checked against the formula the README documents
// (1 wei + the module's solver fee + (callback gas limit + chain.DeliveryOverheadGas) × 2 × base fee).
func TestJobQuote_onTheDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	priced := regexp.MustCompile(`at block (\d+) \(base fee (\d+) wei\)`)
	check := func(out string, callbackGas int64) {
		t.Helper()
		m := priced.FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("the quote names no block and base fee:\n%s", out)
		}
		block, _ := new(big.Int).SetString(m[1], 10)
		h, err := w.net.Client().HeaderByNumber(ctx, block)
		if err != nil {
			t.Fatal(err)
		}
		if h.BaseFee.String() != m[2] || h.BaseFee.Sign() == 0 {
			t.Fatalf("priced at base fee %s, block %s has %s:\n%s", m[2], block, h.BaseFee, out)
		}
		gasPrice := new(big.Int).Mul(h.BaseFee, big.NewInt(2))
		fee := new(big.Int).Mul(big.NewInt(callbackGas+chain.DeliveryOverheadGas), gasPrice)
		value := new(big.Int).Add(big.NewInt(1+params.Ether/1000), fee)
		eth := func(v *big.Int) string { return client.NewTokens(w.net.Client()).Money(chain.Native, v) }
		for _, want := range []string{"cowsay:v0.0.1", "send at least  " + eth(value), "solver fee   0.001 ETH", "price        " + eth(big.NewInt(1)),
			"delivery fee " + eth(fee), fmt.Sprintf("callback gas limit %d", callbackGas), fmt.Sprintf("delivery gas price %s wei", gasPrice)} {
			if !strings.Contains(out, want) {
				t.Fatalf("the quote lacks %q:\n%s", want, out)
			}
		}
	}
	// Without a key: the market contract (which holds the escrow) pays for the priced call.
	out, err := runPond(t, append([]string{"job", "quote", "cowsay:v0.0.1"}, w.flags...)...)
	if err != nil {
		t.Fatalf("pond job quote: %v\n%s", err, out)
	}
	check(out, 500_000)
	t.Logf("pond job quote cowsay:v0.0.1:\n%s", out)
	// With the creator's key, and a callback gas limit of its own.
	if out, err = w.pond("job", "quote", "cowsay:v0.0.1", "--callback-gas-limit", "1000000"); err != nil {
		t.Fatalf("pond job quote --callback-gas-limit: %v\n%s", err, out)
	}
	check(out, 1_000_000)

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"job", "quote"}, "<module:version>"},
		{[]string{"job", "quote", "nosuch:v1"}, "module nosuch:v1: module version not published"},
		{[]string{"job", "quote", "cowsay:v0.0.1", "--callback-gas-limit", "5000001"}, "CallbackGasLimitTooHigh"},
	} {
		if out, err := runPond(t, append(tc.args, w.flags...)...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("pond %v: error %v (want %q)\n%s", tc.args, err, tc.want, out)
		}
	}
}

// pond job deliver calls a contract client back with its pending result: refused with a clear
// error for a job that does not exist, is not a client's, has not settled, or for a gas limit
// below the job's; a client that reverts again keeps its delivery pending (an error naming
// --gas-limit); once the client takes it, the result is delivered, unpaid (the first attempt
// was), and a second delivery is refused.
func TestJobDeliver_onTheDevnet(t *testing.T) {
	rc := testenv.ForgeArtifact(t, "PondUnitBase.sol", "RecordingClient")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	creator := w.manager(1)
	ctor, err := rc.ABI.Pack("", w.d.Market)
	if err != nil {
		t.Fatal(err)
	}
	clientAddr := w.send(creator, txmgr.Candidate{Data: append(rc.Code, ctor...)}, nil).ContractAddress
	callClient := func(value *big.Int, method string, args ...any) {
		t.Helper()
		data, err := rc.ABI.Pack(method, args...)
		if err != nil {
			t.Fatal(err)
		}
		w.send(creator, txmgr.Candidate{To: &clientAddr, Data: data, Value: value}, nil)
	}
	read := func(method string) any {
		t.Helper()
		data, err := rc.ABI.Pack(method)
		if err != nil {
			t.Fatal(err)
		}
		out, err := w.net.Client().CallContract(ctx, ethereum.CallMsg{To: &clientAddr, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		vals, err := rc.ABI.Unpack(method, out)
		if err != nil {
			t.Fatal(err)
		}
		return vals[0]
	}
	deliver := func(args ...string) (string, error) {
		t.Helper()
		return w.pond(append([]string{"job", "deliver"}, args...)...)
	}
	wantErr := func(want string, args ...string) {
		t.Helper()
		if out, err := deliver(args...); err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("pond job deliver %v: error %v, want %q\n%s", args, err, want, out)
		}
	}

	// Job 1: the client's, whose callback reverts at first.
	callClient(nil, "setReverting", true)
	callClient(big.NewInt(params.Ether/100), "run", "cowsay:v0.0.1", "moo")
	job := big.NewInt(1)
	wantErr("job 1 is Open: no delivery pending", "1")
	wantErr("no such job", "99")
	wantErr("<jobId>", "one")
	cand, err := w.market.MatchJob(job, w.offerID, w.terms(job))
	w.send(w.solver, cand, err)
	const cid = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	cand, err = w.market.SubmitResult(job, cid)
	w.send(w.provider, cand, err)
	if err := w.net.IncreaseTime(ctx, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	cand, err = w.market.Finalize(job, w.terms(job), cid)
	r := w.send(w.provider, cand, err)
	var failed, paidProvider bool
	for _, l := range r.Logs {
		if _, err := bindings.NewPondMarket().UnpackCallbackFailedEvent(l); err == nil {
			failed = true
		}
		if ev, err := bindings.NewPondMarket().UnpackDeliveryFeePaidEvent(l); err == nil && ev.To == w.provider.From() {
			paidProvider = true
		}
	}
	if !failed || !paidProvider {
		t.Fatalf("finalize: callback failed %v, delivery fee paid to the provider %v", failed, paidProvider)
	}

	wantErr("gas limit below the job's callback gas limit: 1000 is below job 1's 500000", "1", "--gas-limit", "1000")
	// Still reverting: the delivery stays pending, and nothing is paid for a second attempt.
	wantErr("reverted or ran out of its 500000 gas", "1")
	wantErr("no delivery fee", "1")
	if n := read("calls").(*big.Int); n.Sign() != 0 {
		t.Fatalf("a reverting client recorded %s calls", n)
	}

	callClient(nil, "setReverting", false)
	out, err := deliver("1", "--gas-limit", "600000")
	if err != nil {
		t.Fatalf("pond job deliver 1: %v\n%s", err, out)
	}
	for _, want := range []string{"Delivered job 1 to its client " + clientAddr.Hex(), "with 600000 gas for the callback", "no delivery fee (it was paid to the first attempt)"} {
		if !strings.Contains(out, want) {
			t.Fatalf("pond job deliver 1 says %q, lacking %q", out, want)
		}
	}
	if got := read("lastCid").(string); got != cid {
		t.Fatalf("the client got CID %q, want %q", got, cid)
	}
	if n := read("calls").(*big.Int); n.Int64() != 1 {
		t.Fatalf("the client recorded %s calls, want 1", n)
	}
	wantErr("no delivery pending: its client "+clientAddr.Hex()+" was called back already", "1")

	// Job 2: a person's (no callback).
	head, err := w.net.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	cand, err = w.market.PostJob(bindings.IPondMarketJobRequest{ModuleId: 1, Token: chain.Native, Price: big.NewInt(1), SolverFee: new(big.Int),
		Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, RunTime: 60, Expiry: new(big.Int).SetUint64(head.Time + 600),
		Inputs: `{"Message":"moo"}`}, big.NewInt(1))
	w.send(creator, cand, err)
	wantErr("job 2 was posted by "+w.creator.Hex()+", not a contract client: no delivery pending", "2")
}
