package main

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/mediator"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// TestMediatorEarnings_showAndWithdraw: a mediator's fee for a challenge it judged shows in
// `pond mediator earnings` (not in its Pond balance) and `pond mediator withdraw-earnings --to`
// pays it to a wallet; with nothing earned the withdrawal says so and sends nothing. The
// command also shows the mediator's free Pond balance (where the delivery fees of contract
// clients' jobs it resolves go) and, when there is some, the `pond withdraw` that pays it out.
func TestMediatorEarnings_showAndWithdraw(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	// The committee is dev accounts 4, 5 and 6 (newCLIWorld).
	me := w.net.Accounts[4]
	asMediator := func(args ...string) (string, error) {
		return runPond(t, append(append(args, w.flags...), "--private-key", me.KeyHex())...)
	}

	out, err := asMediator("mediator", "earnings")
	if err != nil || !strings.Contains(out, "mediator "+me.Address.Hex()+" (registered, bond 1 ETH)") ||
		!strings.Contains(out, "earned   0 ETH (not withdrawn)\nPond     0 ETH (free balance in the market)\n") ||
		!strings.Contains(out, "earned   0 PTT (not withdrawn)\nPond     0 PTT (free balance in the market)\n") {
		t.Fatalf("earnings before any mediation: %v\n%s", err, out)
	}
	if _, err := asMediator("mediator", "withdraw-earnings"); err == nil || !strings.Contains(err.Error(), me.Address.Hex()+" has earned no ETH as a mediator") {
		t.Fatalf("withdrawing nothing: %v", err)
	}

	// A job whose wrong result the creator challenges; the committee votes it wrong.
	id := w.postCowsay(w.manager(1))
	w.serveJob(id, "< baa >\n")
	if out, err := w.pond("challenge", "1"); err != nil || !strings.Contains(out, "0.03 ETH mediation fee escrowed") {
		t.Fatalf("challenge: %v\n%s", err, out)
	}
	w.voteWrong(id)
	cand, err := w.market.ResolveChallenge(id, w.terms(id), "")
	w.send(w.solver, cand, err)

	fee := "0.01 ETH"
	out, err = runPond(t, append([]string{"mediator", "earnings", "--account", me.Address.Hex(), "--token", "eth"}, w.flags...)...)
	if err != nil || !strings.Contains(out, "earned   "+fee+" (not withdrawn)") || strings.Contains(out, "PTT") {
		t.Fatalf("earnings after the mediation: %v\n%s", err, out)
	}
	if bal, err := runPond(t, append([]string{"balance", "--account", me.Address.Hex(), "--token", "eth"}, w.flags...)...); err != nil || !strings.Contains(bal, "Pond     0 ETH") {
		t.Fatalf("the mediator's Pond balance: %v\n%s", err, bal)
	}
	deal, err := runPond(t, append([]string{"deal", "show", "1"}, w.readFlags...)...)
	if err != nil || !strings.Contains(deal, "mediator     "+me.Address.Hex()+" earned "+fee) {
		t.Fatalf("deal show: %v\n%s", err, deal)
	}

	cold := common.HexToAddress("0x00000000000000000000000000000000000c01d0")
	out, err = asMediator("mediator", "withdraw-earnings", "--to", cold.Hex())
	if err != nil || !strings.Contains(out, "Withdrew "+fee+" of mediator earnings to "+cold.Hex()) {
		t.Fatalf("withdraw-earnings: %v\n%s", err, out)
	}
	if got, err := w.net.Client().BalanceAt(ctx, cold, nil); err != nil || got.Cmp(big.NewInt(params.Ether/100)) != 0 {
		t.Fatalf("the wallet holds %s (%v), want %s", got, err, fee)
	}
	if out, err := asMediator("mediator", "earnings", "--token", "eth"); err != nil || !strings.Contains(out, "earned   0 ETH (not withdrawn)") {
		t.Fatalf("earnings after the withdrawal: %v\n%s", err, out)
	}
	if _, err := asMediator("mediator", "withdraw-earnings"); err == nil || !strings.Contains(err.Error(), "no mediator earnings to withdraw") {
		t.Fatalf("withdrawing twice: %v", err)
	}

	// Money in its free Pond balance (a delivery fee, here a deposit) shows with the command
	// that withdraws it, and that command empties it.
	if out, err := asMediator("deposit", "0.0025"); err != nil {
		t.Fatalf("deposit: %v\n%s", err, out)
	}
	out, err = runPond(t, append([]string{"mediator", "earnings", "--account", me.Address.Hex()}, w.flags...)...)
	withdraw := "pond withdraw 0.0025"
	if err != nil || !strings.Contains(out, "earned   0 ETH (not withdrawn)\nPond     0.0025 ETH (free balance in the market; `"+withdraw+"` sends it to your wallet)\n") ||
		!strings.Contains(out, "Pond     0 PTT (free balance in the market)\n") {
		t.Fatalf("earnings with a free Pond balance: %v\n%s", err, out)
	}
	if out, err := asMediator(strings.Fields(withdraw)[1:]...); err != nil || !strings.Contains(out, "Pond balance: 0 ETH") {
		t.Fatalf("%s: %v\n%s", withdraw, err, out)
	}
	if out, err := asMediator("mediator", "earnings", "--token", "eth"); err != nil || !strings.Contains(out, "Pond     0 ETH (free balance in the market)\n") {
		t.Fatalf("earnings after withdrawing the Pond balance: %v\n%s", err, out)
	}
}

// postCowsay posts a cowsay job from `from` (price 0.02 ETH, solver fee 0.001 ETH, paid with the
// call, 500 CPU millicores, run time 60 s, open an hour) and returns its id.
func (w *cliWorld) postCowsay(from *txmgr.Manager) *big.Int {
	w.t.Helper()
	return w.postCowsayJob(from, 500, big.NewInt(params.Ether/1000))
}

// postCowsayJob is postCowsay with the CPU and the solver fee given.
func (w *cliWorld) postCowsayJob(from *txmgr.Manager, cpuMillis uint32, solverFee *big.Int) *big.Int {
	w.t.Helper()
	head, err := w.net.Client().HeaderByNumber(w.ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	price := big.NewInt(params.Ether / 50)
	cand, err := w.market.PostJob(bindings.IPondMarketJobRequest{ModuleId: 1, Token: chain.Native, Price: price, SolverFee: solverFee,
		Resources: bindings.Resources{CpuMillis: cpuMillis, RamMiB: 64, DiskMiB: 16}, RunTime: 60,
		Expiry: new(big.Int).SetUint64(head.Time + 3600), Inputs: `{"Message":"moo"}`}, new(big.Int).Add(price, solverFee))
	r := w.send(from, cand, err)
	for _, l := range r.Logs {
		if ev, err := bindings.NewPondMarket().UnpackJobPostedEvent(l); err == nil {
			return ev.JobId
		}
	}
	w.t.Fatal("postJob emitted no JobPosted")
	return nil
}

// voteWrong has the committee (dev accounts 4, 5 and 6, newCLIWorld) commit and then reveal
// ProviderWrong on job id's mediation.
func (w *cliWorld) voteWrong(id *big.Int) {
	w.t.Helper()
	reg := chain.NewMediatorRegistry(w.d.MediatorRegistry)
	voters := []*txmgr.Manager{w.manager(4), w.manager(5), w.manager(6)}
	for i, v := range voters {
		salt := crypto.Keccak256Hash([]byte{byte(i)})
		cand, err := reg.CommitVote(id, mediator.Commitment(id.Uint64(), v.From(), chain.VoteProviderWrong, salt))
		w.send(v, cand, err)
	}
	for i, v := range voters { // every member committed: the reveals may start
		salt := crypto.Keccak256Hash([]byte{byte(i)})
		cand, err := reg.RevealVote(id, chain.VoteProviderWrong, salt)
		w.send(v, cand, err)
	}
}

// TestMediatorLeave: `pond mediator leave` asks the registry to let the mediator go and says
// when its bond can come back; run again it says what it waits for and sends nothing while the
// exit delay runs or a mediation holds the mediator; once neither does, it takes the bond back to
// the wallet.
func TestMediatorLeave(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	me := w.net.Accounts[4]
	leave := func() (string, error) {
		return runPond(t, append(append([]string{"mediator", "leave"}, w.flags...), "--private-key", me.KeyHex())...)
	}
	nonce := func() uint64 {
		n, err := w.net.Client().NonceAt(ctx, me.Address, nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	// A challenged deal holds the committee (dev accounts 4, 5 and 6).
	id := w.postCowsay(w.manager(1))
	w.serveJob(id, "< baa >\n")
	if out, err := w.pond("challenge", "1"); err != nil {
		t.Fatalf("challenge: %v\n%s", err, out)
	}

	out, err := leave()
	if err != nil || !strings.Contains(out, "asked to leave") || !strings.Contains(out, "your bond (1 ETH) can come back from") {
		t.Fatalf("leave: %v\n%s", err, out)
	}
	sent := nonce()
	out, err = leave()
	if err != nil || !strings.Contains(out, "leaving: your bond (1 ETH) can come back from") || nonce() != sent {
		t.Fatalf("leave again during the exit delay: %v (nonce %d, was %d)\n%s", err, nonce(), sent, out)
	}

	if err := w.net.IncreaseTime(ctx, 8*24*time.Hour); err != nil {
		t.Fatal(err)
	}
	out, err = leave()
	if err != nil || !strings.Contains(out, "1 mediation holds you or waits for you") || nonce() != sent {
		t.Fatalf("leave while a mediation holds the mediator: %v (nonce %d, was %d)\n%s", err, nonce(), sent, out)
	}

	// The mediation ends (nobody voted: each member loses a slash, 0.1 ETH).
	cand, err := w.market.ResolveChallenge(id, w.terms(id), "")
	w.send(w.solver, cand, err)
	before, err := w.net.Client().BalanceAt(ctx, me.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err = leave()
	if err != nil || !strings.Contains(out, "left the mediator registry: 0.9 ETH of bond sent to "+me.Address.Hex()) {
		t.Fatalf("leave once free: %v\n%s", err, out)
	}
	after, err := w.net.Client().BalanceAt(ctx, me.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	if gain := new(big.Int).Sub(after, before); gain.Cmp(big.NewInt(params.Ether/10*8)) <= 0 {
		t.Fatalf("the wallet gained %s, want about 0.9 ETH less gas", gain)
	}
	if _, err := leave(); err == nil || !strings.Contains(err.Error(), "is not registered") {
		t.Fatalf("leave after leaving: %v", err)
	}
}
