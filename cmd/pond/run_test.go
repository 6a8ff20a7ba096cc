package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Argument errors are reported before anything touches the chain, naming the flag or argument.
func TestRunAndAccountCommands_argumentErrorsNameTheFlag(t *testing.T) {
	t.Setenv("POND_PRIVATE_KEY", "")
	store := []string{"--storage.local-dir", t.TempDir()}
	existing := t.TempDir()
	// Port 9 (discard) on loopback: nothing answers, so reaching the chain would fail differently.
	noChain := []string{"--rpc-url", "http://127.0.0.1:9"}
	key := []string{"--private-key", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"}
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"no module", []string{"run"}, []string{"<module:version>"}},
		{"input without =", append([]string{"run", "cowsay:v0.0.1", "-i", "Message"}, key...), []string{"-i/--input", `"Message"`, "NAME=value"}},
		{"input with a bad name", append([]string{"run", "cowsay:v0.0.1", "-i", "=moo"}, key...), []string{"-i/--input"}},
		{"price not a number", []string{"run", "cowsay:v0.0.1", "--price", "lots"}, []string{"--price", `"lots"`}},
		{"price zero", []string{"run", "cowsay:v0.0.1", "--price", "0"}, []string{"--price", "more than zero"}},
		{"price with units", []string{"run", "cowsay:v0.0.1", "--price", "0.5 ETH"}, []string{"--price", "no units"}},
		{"price too precise", []string{"run", "cowsay:v0.0.1", "--price", "0.0000000000000000001"}, []string{"--price", "18 decimals"}},
		{"solver fee", []string{"run", "cowsay:v0.0.1", "--solver-fee", "1e3"}, []string{"--solver-fee"}},
		{"expiry", []string{"run", "cowsay:v0.0.1", "--expiry", "0s"}, []string{"--expiry", "at least 10s"}},
		{"run time", []string{"run", "cowsay:v0.0.1", "--run-time", "10ms"}, []string{"--run-time"}},
		{"existing output", []string{"run", "cowsay:v0.0.1", "--output", existing}, []string{"--output", "already exists"}},
		{"missing key", append(append([]string{"run", "cowsay:v0.0.1", "-i", "Message=moo"}, store...), noChain...), []string{"--private-key", "POND_PRIVATE_KEY"}},
		{"bad key", append([]string{"run", "cowsay:v0.0.1", "--private-key", "0xnotakey"}, noChain...), []string{"invalid --private-key"}},
		{"deposit amount", append([]string{"deposit", "abc"}, key...), []string{"<amount>", `"abc"`}},
		{"deposit nothing", []string{"deposit"}, []string{"<amount>"}},
		{"withdraw negative", []string{"withdraw", "--", "-1"}, []string{"<amount>", "positive"}},
		{"withdraw to", append([]string{"withdraw", "1", "--to", "nobody"}, key...), []string{"--to"}},
		{"deposit missing key", append([]string{"deposit", "1"}, noChain...), []string{"--private-key"}},
		{"balance account", []string{"balance", "--account", "0x12"}, []string{"--account"}},
		{"job id", []string{"job", "show", "first"}, []string{"<jobId>"}},
		{"deal id", []string{"deal", "show", "0"}, []string{"<dealId>", "positive"}},
		{"challenge id", []string{"challenge"}, []string{"<jobId>"}},
		{"withdraw-earnings to", append([]string{"mediator", "withdraw-earnings", "--to", "nobody"}, key...), []string{"--to", `"nobody"`}},
		{"withdraw-earnings amount", append([]string{"mediator", "withdraw-earnings", "0.5"}, key...), []string{"takes no argument", "--token"}},
		{"earnings account", []string{"mediator", "earnings", "--account", "0x12"}, []string{"--account"}},
		{"unreachable chain", append([]string{"job", "show", "1"}, noChain...), []string{"--rpc-url", "cannot reach the chain"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runPond(t, tc.args...)
			if err == nil {
				t.Fatalf("pond %v succeeded:\n%s", tc.args, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Fatalf("pond %v: error %q does not mention %q", tc.args, err, w)
				}
			}
			if strings.Contains(err.Error(), "notakey") {
				t.Fatalf("error echoes the private key: %v", err)
			}
		})
	}
	if _, err := runPond(t, append([]string{"run", "cowsay:v0.0.1"}, noChain...)...); !errors.Is(err, ErrNoPrivateKey) {
		t.Fatalf("want ErrNoPrivateKey, got %v", err)
	}
}

// cliWorld is a devnet with Pond bootstrapped, a deployment file, a local store and a test double
// acting as solver and provider.
type cliWorld struct {
	t          *testing.T
	ctx        context.Context
	net        *devnet.Devnet
	d          chain.Deployment
	market     *chain.Market
	provider   *txmgr.Manager
	solver     *txmgr.Manager
	offerID    *big.Int
	store      *storage.LocalStore
	flags      []string // --rpc-url, --deployment
	storeFlags []string // --storage.local-dir
	readFlags  []string // flags plus --index (the read commands' market index, kept in the test's directory)
	creatorKey string
	creator    common.Address
}

// manager is a new transaction manager of devnet account i.
func (w *cliWorld) manager(i int) *txmgr.Manager {
	w.t.Helper()
	m, err := txmgr.New(w.ctx, w.net.Client(), txmgr.Config{Key: w.net.Accounts[i].Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
	if err != nil {
		w.t.Fatal(err)
	}
	return m
}

func newCLIWorld(ctx context.Context, t *testing.T) *cliWorld {
	t.Helper()
	return newCLIWorldDeployed(ctx, t, devnet.DeployConfig{})
}

// newCLIWorldDeployed is newCLIWorld with Pond deployed from deploy (the mediators register
// with its minimum bond).
func newCLIWorldDeployed(ctx context.Context, t *testing.T, deploy devnet.DeployConfig) *cliWorld {
	t.Helper()
	net, err := devnet.Start(ctx, devnet.Config{Accounts: 7})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.Stop() })
	m := make([]*txmgr.Manager, len(net.Accounts))
	for i, a := range net.Accounts {
		if m[i], err = txmgr.New(ctx, net.Client(), txmgr.Config{Key: a.Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()}); err != nil {
			t.Fatal(err)
		}
	}
	d, err := devnet.Bootstrap(ctx, m[0], net.Client(), devnet.BootstrapConfig{Deploy: deploy,
		Mediators: []chain.Sender{m[4], m[5], m[6]},
		Modules: []bindings.IModuleRegistryModuleRequest{{
			Name: "cowsay", Version: "v0.0.1", SpecHash: crypto.Keccak256Hash([]byte("cowsay")), SpecUri: "ipfs://x",
			Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, DefaultRunTime: 60,
			PrimaryInput: "Message", DefaultSolverFee: big.NewInt(params.Ether / 1000),
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "deployment.json")
	if err := d.Write(path); err != nil {
		t.Fatal(err)
	}
	storeDir := filepath.Join(dir, "store")
	store, err := storage.NewLocalStore(storeDir)
	if err != nil {
		t.Fatal(err)
	}
	w := &cliWorld{t: t, ctx: ctx, net: net, d: d, market: chain.NewMarket(d.Market), provider: m[2], solver: m[3],
		store: store, flags: []string{"--rpc-url", net.HTTPURL, "--deployment", path}, storeFlags: []string{"--storage.local-dir", storeDir},
		creatorKey: net.Accounts[1].KeyHex(), creator: net.Accounts[1].Address}
	w.readFlags = append(append([]string{}, w.flags...), "--index", filepath.Join(dir, "index.sqlite"))

	cand, err := w.market.Deposit(chain.Native, big.NewInt(params.Ether))
	w.send(w.provider, cand, err)
	head, err := net.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	cand, err = w.market.PostOffer(bindings.IPondMarketOfferRequest{
		Token: chain.Native, AskPrice: big.NewInt(1), Capacity: bindings.Resources{CpuMillis: 4000, RamMiB: 4096, DiskMiB: 4096},
		Expiry: new(big.Int).SetUint64(head.Time + 365*86_400), AnyModule: true, Modules: []uint32{}, AcceptsDefaultCommittee: true,
	})
	r := w.send(w.provider, cand, err)
	for _, l := range r.Logs {
		if ev, err := bindings.NewPondMarket().UnpackOfferPostedEvent(l); err == nil {
			w.offerID = ev.OfferId
		}
	}
	return w
}

func (w *cliWorld) send(m *txmgr.Manager, cand txmgr.Candidate, err error) *types.Receipt {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
	r, err := m.Send(w.ctx, cand)
	if err != nil {
		w.t.Fatalf("send: %v", err)
	}
	return r
}

// pond runs the CLI with the world's chain flags and the creator's key.
func (w *cliWorld) pond(args ...string) (string, error) {
	w.t.Helper()
	return runPond(w.t, append(append(args, w.flags...), "--private-key", w.creatorKey)...)
}

// terms are job id's terms, from its JobPosted log.
func (w *cliWorld) terms(id *big.Int) chain.JobTerms {
	w.t.Helper()
	t, _, err := state.FetchTerms(w.ctx, w.net.Client(), w.market, 0, id.Uint64())
	if err != nil {
		w.t.Fatal(err)
	}
	return t
}

// waitJob waits until the market holds job n.
func (w *cliWorld) waitJob(n int64, runDone <-chan struct{}, out *syncBuffer) *big.Int {
	w.t.Helper()
	for {
		count, err := w.market.JobCount(w.ctx, w.net.Client())
		if err != nil {
			w.t.Fatal(err)
		}
		if count.Int64() >= n {
			return big.NewInt(n)
		}
		select {
		case <-runDone:
			w.t.Fatalf("pond run ended before posting job %d:\n%s", n, out.String())
		case <-w.ctx.Done():
			w.t.Fatalf("job %d never posted:\n%s", n, out.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// runInBackground runs `pond run cowsay:v0.0.1 args...` as the creator, as a person in one
// terminal: its output, closed done when it ends, and then its error.
func (w *cliWorld) runInBackground(args ...string) (*syncBuffer, chan struct{}, *error) {
	app := newApp()
	out := &syncBuffer{}
	app.Writer, app.ErrWriter = out, out
	done := make(chan struct{})
	var runErr error
	go func() {
		defer close(done)
		all := append(append([]string{"pond", "--log.level", "error", "run", "cowsay:v0.0.1"}, args...),
			append([]string{"--poll-interval", "20ms", "--private-key", w.creatorKey}, append(w.flags, w.storeFlags...)...)...)
		runErr = app.RunContext(w.ctx, reorderArgs(app, all))
	}()
	return out, done, &runErr
}

// waitRun waits for a runInBackground to end, fails the test if it failed, and returns its output.
func (w *cliWorld) waitRun(out *syncBuffer, done chan struct{}, runErr *error) string {
	w.t.Helper()
	select {
	case <-done:
	case <-w.ctx.Done():
		w.t.Fatalf("pond run never finished:\n%s", out.String())
	}
	if *runErr != nil {
		w.t.Fatalf("pond run: %v\n%s", *runErr, out.String())
	}
	return out.String()
}

// serveJob plays the solver and the provider for job id: it matches the job to the test's
// offer, stores a result whose cow.txt is cow and submits it; it returns the result's CID.
func (w *cliWorld) serveJob(id *big.Int, cow string) string {
	w.t.Helper()
	cand, err := w.market.MatchJob(id, w.offerID, w.terms(id))
	w.send(w.solver, cand, err)
	src := w.t.TempDir()
	if err := os.WriteFile(filepath.Join(src, "cow.txt"), []byte(cow), 0o644); err != nil {
		w.t.Fatal(err)
	}
	cid, err := w.store.Put(w.ctx, src)
	if err != nil {
		w.t.Fatal(err)
	}
	cand, err = w.market.SubmitResult(id, cid.String())
	w.send(w.provider, cand, err)
	return cid.String()
}

// TestRun_severalValuesPostSeveralJobs: `pond run cowsay:v0.0.1 moo baa` posts two jobs in one
// postJobs, follows both (one progress line per job and step) and writes each result to
// <output>/<jobId>.
func TestRun_severalValuesPostSeveralJobs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	resultDir := filepath.Join(t.TempDir(), "results")
	out, done, runErr := w.runInBackground("moo", "baa", "--price", "0.02", "--output", resultDir)
	w.waitJob(2, done, out)
	cids := map[int64]string{}
	for id, msg := range map[int64]string{1: "< moo >\n", 2: "< baa >\n"} {
		cids[id] = w.serveJob(big.NewInt(id), msg)
	}
	if err := w.net.IncreaseTime(ctx, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	text := w.waitRun(out, done, runErr)
	for _, want := range []string{"Posting 2 cowsay:v0.0.1 jobs in one transaction...", "Depositing 0.042 ETH to pay 0.042 ETH for 2 jobs",
		"job 1: Job submitted. Negotiating deal...", "job 2: Deal agreed. Running job...", "job 1: Results accepted. Downloading result...",
		"Job 1 done: result " + cids[1] + " verified and written to " + filepath.Join(resultDir, "1"),
		"Job 2 done: result " + cids[2] + " verified and written to " + filepath.Join(resultDir, "2"), "All 2 jobs done."} {
		if !strings.Contains(text, want) {
			t.Fatalf("output lacks %q:\n%s", want, text)
		}
	}
	for id, msg := range map[int64]string{1: "< moo >\n", 2: "< baa >\n"} {
		if data, err := os.ReadFile(filepath.Join(resultDir, fmt.Sprint(id), "cow.txt")); err != nil || string(data) != msg {
			t.Fatalf("job %d: result %q, %v", id, data, err)
		}
	}
	// One transaction posted both.
	logs, err := w.net.Client().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{w.d.Market}})
	if err != nil {
		t.Fatal(err)
	}
	posts := map[common.Hash]int{}
	for _, l := range logs {
		if _, err := bindings.NewPondMarket().UnpackJobPostedEvent(&l); err == nil {
			posts[l.TxHash]++
		}
	}
	if len(posts) != 1 {
		t.Fatalf("JobPosted by transaction: %v, want both in one", posts)
	}
}

func TestRun_throughTheMarketOnTheDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	resultDir := filepath.Join(t.TempDir(), "result")

	// pond run in the background, as a person in one terminal.
	out, done, runErr := w.runInBackground("moo", "--price", "0.02", "--output", resultDir)

	// The test double: solver matches, provider runs (stores a result), submits and finalizes.
	jobID := w.waitJob(1, done, out)
	cid := w.serveJob(jobID, "< moo >\n")
	if err := w.net.IncreaseTime(ctx, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	// pond run finalizes itself once the window has passed (no keeper does here).
	text := w.waitRun(out, done, runErr)
	last := -1
	for _, want := range []string{"Job submitted. Negotiating deal...", "Deal agreed. Running job...",
		"Results submitted. Awaiting verification...", "Results accepted. Downloading result...",
		"Job 1 done: result " + cid + " verified and written to " + resultDir, "cow.txt (8 bytes)"} {
		i := strings.Index(text, want)
		if i < 0 || i < last {
			t.Fatalf("output lacks %q (in order):\n%s", want, text)
		}
		last = i
	}
	if strings.Contains(text, "\r") {
		t.Fatalf("spinner drawn on a non-terminal:\n%q", text)
	}
	if data, err := os.ReadFile(filepath.Join(resultDir, "cow.txt")); err != nil || string(data) != "< moo >\n" {
		t.Fatalf("result file %q, %v", data, err)
	}

	show, err := runPond(t, append([]string{"job", "show", "1"}, w.readFlags...)...)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"status       Accepted", "cowsay:v0.0.1", `{"Message":"moo"}`, cid, "0.02 ETH (+ solver fee 0.001 ETH)"} {
		if !strings.Contains(show, want) {
			t.Fatalf("job show lacks %q:\n%s", want, show)
		}
	}
	deal, err := runPond(t, append([]string{"deal", "show", "1"}, w.readFlags...)...)
	if err != nil {
		t.Fatal(err)
	}
	// Collateral: 2 x the 0.02 price + 3 members x the 0.01 mediator fee.
	for _, want := range []string{w.provider.From().Hex(), "collateral   0.07 ETH", "settled      Accepted: provider +0.09 ETH"} {
		if !strings.Contains(deal, want) {
			t.Fatalf("deal show lacks %q:\n%s", want, deal)
		}
	}
	t.Logf("pond run:\n%s\npond job show 1:\n%s\npond deal show 1:\n%s", text, show, deal)
	// The result again, as after an interrupted run: downloaded and checked against its CID.
	again := filepath.Join(t.TempDir(), "again")
	getArgs := append(append([]string{"job", "get", "1", "--output", again}, w.readFlags...), w.storeFlags...)
	got, err := runPond(t, getArgs...)
	if err != nil || !strings.Contains(got, "Job 1 (Accepted): result "+cid+" verified and written to "+again) || !strings.Contains(got, "cow.txt (8 bytes)") {
		t.Fatalf("job get: %v\n%s", err, got)
	}
	if data, err := os.ReadFile(filepath.Join(again, "cow.txt")); err != nil || string(data) != "< moo >\n" {
		t.Fatalf("job get wrote %q, %v", data, err)
	}
	if _, err := runPond(t, getArgs...); err == nil || !strings.Contains(err.Error(), "it already exists; name a new directory") {
		t.Fatalf("job get into an existing directory: %v", err)
	}
	// A job id the market never gave out is named as such, not as the market's raw revert.
	for _, cmd := range [][]string{{"job", "show", "99"}, {"deal", "show", "99"}, {"job", "cancel", "99"}, {"challenge", "99"}} {
		var err error
		if cmd[1] == "show" {
			_, err = runPond(t, append(cmd, w.readFlags...)...)
		} else {
			_, err = w.pond(cmd...)
		}
		if err == nil || err.Error() != "no such job: job 99" {
			t.Fatalf("pond %s: error %v, want \"no such job: job 99\"", strings.Join(cmd, " "), err)
		}
	}
	if _, err := w.pond("challenge", "1"); err == nil || !strings.Contains(err.Error(), "only a submitted result can be challenged") {
		t.Fatalf("challenge of an accepted job: %v", err)
	}

	// Money in and out of the Pond balance.
	if out, err := w.pond("deposit", "1.5"); err != nil || !strings.Contains(out, "Deposited 1.5 ETH. Pond balance: 1.5 ETH") {
		t.Fatalf("deposit: %v\n%s", err, out)
	}
	if out, err := w.pond("withdraw", "0.25"); err != nil || !strings.Contains(out, "Withdrew 0.25 ETH. Pond balance: 1.25 ETH") {
		t.Fatalf("withdraw: %v\n%s", err, out)
	}
	if _, err := w.pond("withdraw", "5"); err == nil || !strings.Contains(err.Error(), "not enough free balance: your free Pond balance is 1.25 ETH") {
		t.Fatalf("over-withdraw: %v", err)
	}
	bal, err := runPond(t, append([]string{"balance", "--account", w.creator.Hex()}, w.flags...)...)
	if err != nil || !strings.Contains(bal, "Pond     1.25 ETH") || !strings.Contains(bal, "Pond     0 PTT") {
		t.Fatalf("balance: %v\n%s", err, bal)
	}
	if bal, err := w.pond("balance", "--token", "ptt"); err != nil || !strings.Contains(bal, "0 PTT") {
		t.Fatalf("balance --token ptt: %v\n%s", err, bal)
	}
	// Nobody matches job 2 before its expiry: the failure names the refund and how to get it out.
	failDone := make(chan struct{})
	var failErr error
	go func() {
		defer close(failDone)
		_, failErr = w.pond(append([]string{"run", "cowsay:v0.0.1", "nobody", "--expiry", "1h", "--poll-interval", "20ms"}, w.storeFlags...)...)
	}()
	w.waitJob(2, failDone, out)
	if _, err := w.pond("job", "cancel", "1"); err == nil || !strings.Contains(err.Error(), "job 1 is Accepted: only an open job can be cancelled") {
		t.Fatalf("cancel of an accepted job: %v", err)
	}
	if err := w.net.IncreaseTime(ctx, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	select {
	case <-failDone:
	case <-ctx.Done():
		t.Fatal("pond run of an unmatched job never ended")
	}
	for _, want := range []string{"job 2: no provider took the job before it expired", "refunded 0.011 ETH to your Pond balance", "`pond job why 2`", "`pond withdraw 0.011`"} {
		if failErr == nil || !strings.Contains(failErr.Error(), want) {
			t.Fatalf("pond run of an unmatched job: error %v does not say %q", failErr, want)
		}
	}
	// A job cancelled by its creator from another terminal ends its pond run with the refund.
	cancelDone := make(chan struct{})
	var cancelErr error
	go func() {
		defer close(cancelDone)
		_, cancelErr = w.pond(append([]string{"run", "cowsay:v0.0.1", "changed my mind", "--poll-interval", "20ms"}, w.storeFlags...)...)
	}()
	w.waitJob(3, cancelDone, out)
	if msg, err := w.pond("job", "cancel", "3"); err != nil || !strings.Contains(msg, "Cancelled job 3: 0.011 ETH refunded") {
		t.Fatalf("job cancel: %v\n%s", err, msg)
	}
	select {
	case <-cancelDone:
	case <-ctx.Done():
		t.Fatal("pond run of a cancelled job never ended")
	}
	if cancelErr == nil || !strings.Contains(cancelErr.Error(), "job 3: cancelled before any provider took it, refunded 0.011 ETH") {
		t.Fatalf("pond run of a cancelled job: %v", cancelErr)
	}
	if _, err := runPond(t, append(append([]string{"job", "get", "3", "--output", filepath.Join(t.TempDir(), "none")}, w.readFlags...), w.storeFlags...)...); err == nil ||
		err.Error() != "job 3 has no result: it is Cancelled (`pond job show 3`)" {
		t.Fatalf("job get of a cancelled job: %v", err)
	}
	if _, err := w.pond(append([]string{"run", "nosuch:v1", "x"}, w.storeFlags...)...); !errors.Is(err, client.ErrModuleNotFound) {
		t.Fatalf("run of an unpublished module: %v", err)
	}
}

func TestProgressView_spinnerOnATerminalPlainLinesOtherwise(t *testing.T) {
	steps := []client.Progress{
		{Stage: client.StagePosted, Message: "Job submitted. Negotiating deal...", Detail: "job 1"},
		{Stage: client.StageMatched, Message: "Deal agreed. Running job...", Detail: "provider 0xabc"},
	}
	var plain syncBuffer
	v := newProgressView(&plain, false)
	for _, p := range steps {
		v.Report(p)
	}
	v.Close(true)
	if want := "Job submitted. Negotiating deal...\n  job 1\nDeal agreed. Running job...\n  provider 0xabc\n"; plain.String() != want {
		t.Fatalf("plain output %q, want %q", plain.String(), want)
	}

	var tty syncBuffer
	v = newProgressView(&tty, true)
	for _, p := range steps {
		v.Report(p)
	}
	v.Close(false)
	out := tty.String()
	first := strings.Index(out, "✔ Job submitted. Negotiating deal... (")
	detail := strings.Index(out, "\n  job 1\n")
	failed := strings.Index(out, "✘ Deal agreed. Running job... (")
	if first < 0 || detail < first || failed < detail || !strings.HasSuffix(out, "\n  provider 0xabc\n") {
		t.Fatalf("terminal output %q: want each step ticked off (the last crossed out) with its detail under it", out)
	}
	if !strings.Contains(out, "\r\033[K") {
		t.Fatalf("terminal output %q redraws no line", out)
	}
}

// TestRun_resultFromKubo: the provider stores its result in Kubo and pond run fetches it through
// --storage.kubo-api, verifying every block.
func TestRun_resultFromKubo(t *testing.T) {
	kubo := testenv.StartKubo(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	kuboStore := storage.NewKuboStore(kubo.API)
	resultDir := filepath.Join(t.TempDir(), "result")

	app := newApp()
	var out syncBuffer
	app.Writer, app.ErrWriter = &out, &out
	done := make(chan struct{})
	var runErr error
	go func() {
		defer close(done)
		args := append([]string{"pond", "--log.level", "error", "run", "cowsay:v0.0.1", "-i", "Message=from kubo",
			"--output", resultDir, "--poll-interval", "20ms", "--private-key", w.creatorKey,
			"--storage.kubo-api", "http://" + kubo.API + "/"}, w.flags...)
		runErr = app.RunContext(ctx, reorderArgs(app, args))
	}()
	jobID := w.waitJob(1, done, &out)
	cand, err := w.market.MatchJob(jobID, w.offerID, w.terms(jobID))
	w.send(w.solver, cand, err)
	src := t.TempDir()
	if err := os.WriteFile(filepath.Join(src, "cow.txt"), []byte("< from kubo >\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cid, err := kuboStore.Put(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	cand, err = w.market.SubmitResult(jobID, cid.String())
	w.send(w.provider, cand, err)
	if err := w.net.IncreaseTime(ctx, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatalf("pond run never finished:\n%s", out.String())
	}
	if runErr != nil {
		t.Fatalf("pond run: %v\n%s", runErr, out.String())
	}
	if data, err := os.ReadFile(filepath.Join(resultDir, "cow.txt")); err != nil || string(data) != "< from kubo >\n" {
		t.Fatalf("result file %q, %v\n%s", data, err, out.String())
	}
}
