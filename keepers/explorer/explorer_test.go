package explorer_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/audit"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/explorer"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/mediator"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/txmgr"
)

func get(t *testing.T, url string, into any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if into != nil {
		if s, ok := into.(*string); ok {
			*s = string(raw)
		} else if err := json.Unmarshal(raw, into); err != nil {
			t.Fatalf("%s: %v\n%s", url, err, raw)
		}
	}
	return resp.StatusCode
}

// TestExplorer_APIAndStream: the JSON API lists a job, its timeline and the audit, and the
// stream delivers the job's next events as they happen.
func TestExplorer_APIAndStream(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Accounts: 5})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Stop()
	mgr := func(i int) *txmgr.Manager {
		m, err := txmgr.New(ctx, net.Client(), txmgr.Config{Key: net.Accounts[i].Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	creator := mgr(1)
	dep, err := devnet.Bootstrap(ctx, mgr(0), net.Client(), devnet.BootstrapConfig{
		Mediators: []chain.Sender{mgr(4)},
		Modules: []bindings.IModuleRegistryModuleRequest{{Name: "cowsay", Version: "v0.0.1", SpecHash: [32]byte{1}, SpecUri: "ipfs://x",
			Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, DefaultRunTime: 600, PrimaryInput: "Message", DefaultSolverFee: big.NewInt(params.Ether / 1000)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := explorer.New(explorer.Config{Deployment: dep, Dial: follow.Static(net.Client()), Chain: net.Client(), IndexPath: "x", Addr: "0.0.0.0:0"}); err == nil {
		t.Fatal("an explorer on every interface was accepted without Public")
	}
	// A keeper's index keeps too few events for the explorer's timelines and feed.
	keepers := filepath.Join(t.TempDir(), "keeper.sqlite")
	if x, err := index.OpenView(keepers, dep); err != nil {
		t.Fatal(err)
	} else {
		x.Close()
	}
	onKeepers, err := explorer.New(explorer.Config{Deployment: dep, Dial: follow.Static(net.Client()), Chain: net.Client(),
		IndexPath: keepers, Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	if err := onKeepers.Start(ctx); !errors.Is(err, index.ErrNotAllEvents) {
		t.Fatalf("an explorer on a keeper's index: %v, want ErrNotAllEvents", err)
	}
	ex, err := explorer.New(explorer.Config{Deployment: dep, Dial: follow.Static(net.Client()), Chain: net.Client(),
		IndexPath: filepath.Join(t.TempDir(), "explorer.sqlite"), Addr: "127.0.0.1:0", PollInterval: 20 * time.Millisecond, AuditInterval: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := ex.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer ex.Stop(context.Background())
	base := ex.URL()

	// The stream, opened before the job exists.
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/stream", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("stream content type %q", ct)
	}
	events := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				events <- data
			}
		}
		close(events)
	}()

	m := chain.NewMarket(dep.Market)
	h, err := net.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	price, fee := big.NewInt(params.Ether/100), big.NewInt(params.Ether/1000)
	cand, err := m.PostJob(bindings.IPondMarketJobRequest{ModuleId: 1, Token: chain.Native, Price: price, SolverFee: fee,
		Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, RunTime: 600,
		Expiry: new(big.Int).SetUint64(h.Time + 3600), Inputs: `{"Message":"moo"}`}, new(big.Int).Add(price, fee))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := creator.Send(ctx, cand); err != nil {
		t.Fatal(err)
	}
	waitStream := func(want string) {
		t.Helper()
		for {
			select {
			case data, ok := <-events:
				if !ok {
					t.Fatalf("stream ended before %s", want)
				}
				if strings.Contains(data, want) {
					return
				}
			case <-ctx.Done():
				t.Fatalf("no %s on the stream", want)
			}
		}
	}
	waitStream(`"Name":"JobPosted"`)

	var jobs []explorer.JobView
	if code := get(t, base+"/api/jobs", &jobs); code != 200 || len(jobs) != 1 {
		t.Fatalf("/api/jobs: %d %+v", code, jobs)
	}
	if j := jobs[0]; j.Status != "Open" || j.Progress != "Job submitted. Negotiating deal..." || j.PriceText != "0.01 ETH (+ solver fee 0.001 ETH)" || j.Module != "cowsay:v0.0.1" {
		t.Fatalf("job view %+v", j)
	}

	terms, _, err := state.FetchTerms(ctx, net.Client(), m, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	cand, err = m.CancelJob(big.NewInt(1), terms)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := creator.Send(ctx, cand); err != nil {
		t.Fatal(err)
	}
	waitStream(`"Name":"JobRefunded"`)
	// A batch whose one item fails: finalizing the cancelled job.
	if cand, err = m.FinalizeJobs([]*big.Int{big.NewInt(1)}, []chain.JobTerms{terms}, []string{""}); err != nil {
		t.Fatal(err)
	}
	if _, err := creator.Send(ctx, cand); err != nil {
		t.Fatal(err)
	}
	waitStream(`"Name":"BatchItemFailed"`)
	var failures explorer.BatchFailures
	if code := get(t, base+"/api/batch-failures", &failures); code != 200 || failures.Total != 1 || len(failures.Items) != 1 {
		t.Fatalf("/api/batch-failures: %d %+v", code, failures)
	}
	if f := failures.Items[0]; f.Call != "finalizeJobs" || f.Single != "finalize" || f.Item != 0 || f.Error != "JobNotSubmitted" ||
		f.JobID == nil || *f.JobID != 1 || f.Text != "finalizeJobs item 0 failed: JobNotSubmitted(jobId=1, status=8)" {
		t.Fatalf("failed item %+v", f)
	}
	var job explorer.JobView
	if code := get(t, base+"/api/jobs/1", &job); code != 200 {
		t.Fatalf("/api/jobs/1: %d", code)
	}
	var names []string
	for _, e := range job.Timeline {
		names = append(names, e.Name)
	}
	if strings.Join(names, " ") != "JobPosted JobSettled JobRefunded" || job.Status != "Cancelled" ||
		!strings.Contains(job.Progress, "refunded 0.011 ETH to your Pond balance") ||
		job.Timeline[2].Text != "refund 0.011 ETH to the creator (cancelled by its creator)" {
		t.Fatalf("job 1: %+v", job)
	}
	if code := get(t, base+"/api/jobs/99", nil); code != http.StatusNotFound {
		t.Fatalf("unknown job: %d", code)
	}
	if code := get(t, base+"/api/jobs?status=nonsense", nil); code != http.StatusBadRequest {
		t.Fatalf("bad status: %d", code)
	}
	var bals []explorer.BalanceView
	get(t, base+"/api/balances?account="+net.Accounts[1].Address.Hex(), &bals)
	if len(bals) != 1 || bals[0].Text != "0.011 ETH" {
		t.Fatalf("balances %+v", bals)
	}
	var meds []explorer.MediatorView
	get(t, base+"/api/mediators", &meds)
	if len(meds) != 1 || meds[0].BondText != "1 ETH" || !meds[0].Registered {
		t.Fatalf("mediators %+v", meds)
	}
	var page explorer.EventsPage
	get(t, base+"/api/events?after=0:0&limit=1000", &page)
	if len(page.Events) == 0 || page.Next == "0:0" {
		t.Fatalf("events %+v", page)
	}

	// The audit catches up with the block of the refund.
	var rep audit.Report
	deadline := time.Now().Add(time.Minute)
	for {
		if get(t, base+"/api/audit", &rep) == 200 && rep.Checked.Jobs == 1 && rep.Tokens[0].OpenJobs.Sign() == 0 && rep.BatchItemsFailedCount > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("audit never caught up: %+v", rep)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !rep.OK {
		t.Fatalf("audit: %+v", rep.Discrepancies)
	}
	if rep.BatchItemsFailedCount != 1 || len(rep.BatchItemsFailed) != 1 || rep.BatchItemsFailed[0].Text != failures.Items[0].Text {
		t.Fatalf("the audit lists failed batch items %+v (%d)", rep.BatchItemsFailed, rep.BatchItemsFailedCount)
	}
	var html string
	get(t, base+"/", &html)
	for _, want := range []string{`id="job-1"`, "Cancelled", "OK: the books balance", "Mediators and bonds", "/static/explorer.js",
		"Batch items that failed", "JobNotSubmitted(jobId=1, status=8)"} {
		if !strings.Contains(html, want) {
			t.Fatalf("page lacks %q:\n%s", want, html)
		}
	}
	get(t, base+"/jobs/1", &html)
	if !strings.Contains(html, "refund 0.011 ETH to the creator (cancelled by its creator)") {
		t.Fatalf("job page lacks the timeline:\n%s", html)
	}

	// A challenged job: the one-member committee's fee is the mediator's earnings, shown with it,
	// and the registry's balance that holds it is named as such.
	provider, solver, med := mgr(2), mgr(3), mgr(4)
	as := func(m *txmgr.Manager) func(txmgr.Candidate, error) {
		return func(cand txmgr.Candidate, err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := m.Send(ctx, cand); err != nil {
				t.Fatal(err)
			}
		}
	}
	as(provider)(m.Deposit(chain.Native, big.NewInt(params.Ether)))
	as(provider)(m.PostOffer(bindings.IPondMarketOfferRequest{Token: chain.Native, AskPrice: big.NewInt(1),
		Capacity: bindings.Resources{CpuMillis: 1000, RamMiB: 1024, DiskMiB: 1024}, Expiry: new(big.Int).SetUint64(h.Time + 86_400),
		AnyModule: true, Modules: []uint32{}, AcceptsDefaultCommittee: true}))
	as(creator)(m.PostJob(bindings.IPondMarketJobRequest{ModuleId: 1, Token: chain.Native, Price: price, SolverFee: fee,
		Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, RunTime: 600,
		Expiry: new(big.Int).SetUint64(h.Time + 3600), Inputs: `{"Message":"moo"}`}, new(big.Int).Add(price, fee)))
	id := big.NewInt(2)
	terms2 := func() chain.JobTerms {
		t.Helper()
		terms, _, err := state.FetchTerms(ctx, net.Client(), m, 0, 2)
		if err != nil {
			t.Fatal(err)
		}
		return terms
	}
	as(solver)(m.MatchJob(id, big.NewInt(1), terms2()))
	as(provider)(m.SubmitResult(id, "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"))
	mediatorFee, err := m.Params(ctx, net.Client())
	if err != nil {
		t.Fatal(err)
	}
	as(creator)(m.Challenge(id, terms2(), "", mediatorFee.NativeMediatorFee))
	reg := chain.NewMediatorRegistry(dep.MediatorRegistry)
	as(med)(reg.CommitVote(id, mediator.Commitment(2, med.From(), chain.VoteProviderRight, [32]byte{7})))
	as(med)(reg.RevealVote(id, chain.VoteProviderRight, [32]byte{7}))
	as(solver)(m.ResolveChallenge(id, terms2(), ""))
	waitStream(`"Name":"MediatorPaid"`)
	earned := client.NewTokens(net.Client()).Money(chain.Native, mediatorFee.NativeMediatorFee)
	get(t, base+"/api/mediators", &meds)
	if len(meds) != 1 || len(meds[0].Earnings) != 1 || meds[0].Earnings[0] != earned {
		t.Fatalf("mediators after a challenge %+v, want %s earned", meds, earned)
	}
	get(t, base+"/api/balances?account="+dep.MediatorRegistry.Hex(), &bals)
	if len(bals) != 1 || bals[0].Text != earned || !strings.Contains(bals[0].Holder, "mediators' earnings") {
		t.Fatalf("the registry's balance %+v, want %s named as the mediators' earnings", bals, earned)
	}
	if code := get(t, base+"/api/jobs/2", &job); code != 200 {
		t.Fatalf("/api/jobs/2: %d", code)
	}
	paid := false
	for _, e := range job.Timeline {
		paid = paid || (e.Name == "MediatorPaid" && strings.Contains(e.Text, "mediator "+med.From().Hex()+" earned "+earned))
	}
	if !paid {
		t.Fatalf("job 2's timeline does not say the mediator earned its fee: %+v", job.Timeline)
	}
}
