package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/audit"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/mediator"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

func ether(num, den int64) *big.Int {
	v := new(big.Int).Mul(big.NewInt(num), big.NewInt(params.Ether))
	return v.Div(v, big.NewInt(den))
}

// market is a devnet with Pond bootstrapped (three mediators, one module).
type market struct {
	t    *testing.T
	ctx  context.Context
	net  *devnet.Devnet
	dep  chain.Deployment
	mgrs []*txmgr.Manager
}

// artifacts is forge's out/ of this repository; tests that need it skip without it (and fail
// under CI=true, where make test builds it first).
func artifacts(t *testing.T, contract string) string {
	t.Helper()
	dir := filepath.Join(testenv.ModuleRoot(t), "out")
	if _, err := os.Stat(filepath.Join(dir, contract+".sol", contract+".json")); err != nil {
		testenv.Unavailable(t, "the contracts' build (make build)", err)
	}
	return dir
}

func newMarket(t *testing.T, marketCode []byte) *market {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	d, err := devnet.Start(ctx, devnet.Config{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Stop() })
	m := &market{t: t, ctx: ctx, net: d}
	for _, a := range d.Accounts {
		mgr, err := txmgr.New(ctx, d.Client(), txmgr.Config{Key: a.Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
		if err != nil {
			t.Fatal(err)
		}
		m.mgrs = append(m.mgrs, mgr)
	}
	holders := []common.Address{d.Accounts[1].Address, d.Accounts[2].Address}
	m.dep, err = devnet.Bootstrap(ctx, m.mgrs[0], d.Client(), devnet.BootstrapConfig{
		Deploy:       devnet.DeployConfig{MarketCode: marketCode},
		TokenHolders: holders, Mediators: []chain.Sender{m.mgrs[7], m.mgrs[8], m.mgrs[9]},
		Modules: []bindings.IModuleRegistryModuleRequest{{Name: "cowsay", Version: "v0.0.1", SpecHash: [32]byte{1}, SpecUri: "ipfs://x",
			Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, DefaultRunTime: 600, PrimaryInput: "Message", DefaultSolverFee: ether(1, 1000)}},
	})
	if err != nil {
		t.Fatalf("bootstrap: %v", err)
	}
	return m
}

// as sends a candidate from dev account i: m.as(1)(market.Deposit(...)).
func (m *market) as(i int) func(txmgr.Candidate, error) {
	return func(cand txmgr.Candidate, err error) {
		m.t.Helper()
		if err != nil {
			m.t.Fatal(err)
		}
		if _, err := m.mgrs[i].Send(m.ctx, cand); err != nil {
			m.t.Fatalf("send from account %d: %v", i, err)
		}
	}
}

// terms are job id's terms, from its JobPosted log.
func (m *market) terms(id uint64) chain.JobTerms {
	m.t.Helper()
	t, _, err := state.FetchTerms(m.ctx, m.net.Client(), chain.NewMarket(m.dep.Market), 0, id)
	if err != nil {
		m.t.Fatal(err)
	}
	return t
}

// audit brings an index of the market up to the head and audits it.
func (m *market) audit(artifacts string) *audit.Report {
	m.t.Helper()
	return m.auditTampered(artifacts, nil)
}

// auditTampered is audit with tamper changing the index before the audit reads it (a rebuild
// from events that went wrong).
func (m *market) auditTampered(artifacts string, tamper func(*index.Index)) *audit.Report {
	m.t.Helper()
	x, err := index.Open(filepath.Join(m.t.TempDir(), "index.sqlite"), m.dep)
	if err != nil {
		m.t.Fatal(err)
	}
	defer x.Close()
	head, err := m.net.Client().HeaderByNumber(m.ctx, nil)
	if err != nil {
		m.t.Fatal(err)
	}
	if _, err := x.Sync(m.ctx, index.SyncConfig{Dial: follow.Static(m.net.Client()), Head: head.Number.Uint64()}); err != nil {
		m.t.Fatal(err)
	}
	if tamper != nil {
		tamper(x)
	}
	r, err := audit.Run(m.ctx, audit.Config{Deployment: m.dep, Chain: m.net.Client(), Index: x, Artifacts: artifacts})
	if err != nil {
		m.t.Fatalf("audit: %v", err)
	}
	var text bytes.Buffer
	r.WriteText(&text)
	m.t.Logf("pond audit:\n%s", text.String())
	// The JSON form round-trips (scripts read it).
	raw, err := json.Marshal(r)
	if err != nil {
		m.t.Fatal(err)
	}
	var back audit.Report
	if err := json.Unmarshal(raw, &back); err != nil || back.OK != r.OK || back.DiscrepancyCount != r.DiscrepancyCount {
		m.t.Fatalf("report JSON does not round-trip: %v", err)
	}
	return r
}

func (m *market) postJob(creator int, token common.Address, value *big.Int) {
	m.t.Helper()
	h, err := m.net.Client().HeaderByNumber(m.ctx, nil)
	if err != nil {
		m.t.Fatal(err)
	}
	cand, err := chain.NewMarket(m.dep.Market).PostJob(bindings.IPondMarketJobRequest{
		ModuleId: 1, Token: token, Price: ether(1, 100), SolverFee: ether(1, 1000),
		Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, RunTime: 600,
		Expiry: new(big.Int).SetUint64(h.Time + 3600), Inputs: `{"Message":"moo"}`,
	}, value)
	m.as(creator)(cand, err)
}

// TestAudit_passesOnAHealthyMarketAndReportsASurplus: deposits in ETH and the ERC-20 test
// token, jobs paid by value and from a balance, a cancellation and a withdrawal balance, the
// code is the build's; tokens sent to the market outside deposit are a surplus, not hidden.
func TestAudit_passesOnAHealthyMarketAndReportsASurplus(t *testing.T) {
	out := artifacts(t, "PondMarket")
	m := newMarket(t, nil)
	mk := chain.NewMarket(m.dep.Market)
	token := chain.NewTestToken(m.dep.TestToken)
	m.as(1)(mk.Deposit(chain.Native, ether(2, 1)))
	m.as(1)(mk.Withdraw(chain.Native, ether(1, 2), m.net.Accounts[1].Address))
	m.as(2)(token.Approve(m.dep.Market, ether(10, 1)))
	m.as(2)(mk.Deposit(m.dep.TestToken, ether(10, 1)))
	m.postJob(1, chain.Native, new(big.Int).Add(ether(1, 100), ether(1, 1000))) // paid by value
	m.postJob(1, chain.Native, nil)                                             // from the balance
	m.postJob(2, m.dep.TestToken, nil)
	m.as(1)(mk.CancelJob(big.NewInt(2), m.terms(2)))

	r := m.audit(out)
	if !r.OK || r.Failures() != 0 {
		t.Fatalf("a healthy market fails its audit: %d discrepancies %+v", r.DiscrepancyCount, r.Discrepancies)
	}
	if len(r.Code) != 5 {
		t.Fatalf("code checked for %d contracts, want the market, its extension, both registries and the test token", len(r.Code))
	}
	if r.Checked.Jobs != 3 || r.Checked.Offers != 0 || r.Checked.Balances < 2 || r.Checked.Mediators != 3 {
		t.Fatalf("checked %+v", r.Checked)
	}
	eth, ptt := r.Tokens[0], r.Tokens[1]
	// ETH: 1.5 deposited, 0.022 posted, 0.011 cancelled back: books 1.511 + 0.011 = held.
	if eth.Held.Cmp(new(big.Int).Add(ether(15, 10), ether(11, 1000))) != 0 || eth.OpenJobs.Cmp(ether(11, 1000)) != 0 || eth.Surplus.Sign() != 0 {
		t.Fatalf("ETH books %+v", eth)
	}
	if ptt.Held.Cmp(ether(10, 1)) != 0 || ptt.OpenJobs.Cmp(ether(11, 1000)) != 0 {
		t.Fatalf("PTT books %+v", ptt)
	}

	// 3 PTT sent straight to the market: a surplus, reported, the books unchanged.
	m.as(1)(txmgr.Candidate{To: &m.dep.TestToken, Data: bindings.NewPondTestToken().PackTransfer(m.dep.Market, ether(3, 1))}, nil)
	r = m.audit(out)
	if !r.OK {
		t.Fatalf("a surplus fails the audit: %+v", r.Discrepancies)
	}
	if r.Tokens[1].Surplus.Cmp(ether(3, 1)) != 0 || len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "3 PTT more than its books") {
		t.Fatalf("surplus not reported: %+v, notes %q", r.Tokens[1], r.Notes)
	}
	var text bytes.Buffer
	r.WriteText(&text)
	if !strings.Contains(text.String(), "surplus 3 (sent outside deposit)") {
		t.Fatalf("text report hides the surplus:\n%s", text.String())
	}
}

// TestAudit_failsOnASeededAccountingBug deploys a test build of the market whose extra functions
// break its books; the audit names the account, its events and the contract whose code differs.
func TestAudit_failsOnASeededAccountingBug(t *testing.T) {
	out := artifacts(t, "LeakyMarket")
	code, _, err := audit.LoadRuntime(filepath.Join(out, "LeakyMarket.sol", "LeakyMarket.json"))
	if err != nil || len(code) == 0 {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(out, "LeakyMarket.sol", "LeakyMarket.json"))
	if err != nil {
		t.Fatal(err)
	}
	var art struct {
		Bytecode struct{ Object string } `json:"bytecode"`
		ABI      json.RawMessage         `json:"abi"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		t.Fatal(err)
	}
	m := newMarket(t, hexutil.MustDecode(art.Bytecode.Object))
	mk := chain.NewMarket(m.dep.Market)
	victim := m.net.Accounts[1].Address
	m.as(1)(mk.Deposit(chain.Native, ether(1, 1)))
	m.postJob(1, chain.Native, nil)

	// Bug 1: account 1's balance grows by 0.5 ETH with no event.
	leaky := leakyCall(t, art.ABI, "leak", m.net.Accounts[1].Address, ether(1, 2), false)
	m.as(1)(txmgr.Candidate{To: &m.dep.Market, Data: leaky}, nil)
	r := m.audit(out)
	if r.OK {
		t.Fatal("the audit passes a market that credits balances from nothing")
	}
	var bal *audit.Discrepancy
	for i, d := range r.Discrepancies {
		if d.Kind == "balance" && d.Account != nil && *d.Account == victim {
			bal = &r.Discrepancies[i]
		}
	}
	if bal == nil {
		t.Fatalf("no balance discrepancy names account %s: %+v", victim.Hex(), r.Discrepancies)
	}
	if bal.Events != "0.989 ETH" || bal.Chain != "1.489 ETH" {
		t.Fatalf("balance discrepancy %+v", bal)
	}
	if len(bal.Evidence) != 2 || bal.Evidence[0].Name != "Deposited" || bal.Evidence[0].Effect != "+1 ETH" ||
		bal.Evidence[1].Name != "JobPosted" || bal.Evidence[1].Effect != "-0.011 ETH" {
		t.Fatalf("evidence behind the balance: %+v", bal.Evidence)
	}
	deficit := false
	for _, d := range r.Discrepancies {
		deficit = deficit || d.Kind == "holdings"
	}
	if deficit {
		t.Fatalf("no tokens left yet, but a holdings discrepancy: %+v", r.Discrepancies)
	}
	var codeDiffers []string
	for _, c := range r.Code {
		if !c.Matches {
			codeDiffers = append(codeDiffers, c.Contract)
		}
	}
	if strings.Join(codeDiffers, ",") != "PondMarket" {
		t.Fatalf("contracts whose code differs: %v, want PondMarket only", codeDiffers)
	}
	var text bytes.Buffer
	r.WriteText(&text)
	for _, want := range []string{"account " + victim.Hex() + " (ETH): free balance (balanceOf): the events say 0.989 ETH, the chain says 1.489 ETH",
		"Deposited +1 ETH", "JobPosted job 1 -0.011 ETH", "PondMarket", "DIFFERS from"} {
		if !strings.Contains(text.String(), want) {
			t.Fatalf("text report lacks %q:\n%s", want, text.String())
		}
	}

	// Bug 2: 0.3 ETH leaves the market unrecorded: it now holds less than it owes.
	m.as(2)(txmgr.Candidate{To: &m.dep.Market, Data: leakyCall(t, art.ABI, "leak", m.net.Accounts[2].Address, ether(3, 10), true)}, nil)
	r = m.audit(out)
	var hold *audit.Discrepancy
	for i, d := range r.Discrepancies {
		if d.Kind == "holdings" {
			hold = &r.Discrepancies[i]
		}
	}
	if hold == nil || hold.Subject != "market's ETH" || hold.Events != "1 ETH" || hold.Chain != "0.7 ETH" {
		t.Fatalf("deficit not reported: %+v", r.Discrepancies)
	}
}

// TestAudit_checksMediatorsEarnings: after a challenge the three voters' fees are their
// earnings in the registry and the registry's balance in the market; the audit passes, counts
// them in the report, and still passes once one mediator withdrew. An index whose rebuild got a
// mediator's earnings wrong fails it twice: the mediator's earnings against earnings(), and the
// registry's balance against the sum of its mediators' earnings.
func TestAudit_checksMediatorsEarnings(t *testing.T) {
	out := artifacts(t, "PondMarket")
	m := newMarket(t, nil)
	mk := chain.NewMarket(m.dep.Market)
	reg := chain.NewMediatorRegistry(m.dep.MediatorRegistry)
	h, err := m.net.Client().HeaderByNumber(m.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	m.as(2)(mk.Deposit(chain.Native, ether(1, 1)))
	m.as(2)(mk.PostOffer(bindings.IPondMarketOfferRequest{Token: chain.Native, AskPrice: big.NewInt(1),
		Capacity: bindings.Resources{CpuMillis: 1000, RamMiB: 1024, DiskMiB: 1024}, Expiry: new(big.Int).SetUint64(h.Time + 86_400),
		AnyModule: true, Modules: []uint32{}, AcceptsDefaultCommittee: true}))
	m.postJob(1, chain.Native, new(big.Int).Add(ether(1, 100), ether(1, 1000)))
	id := big.NewInt(1)
	m.as(3)(mk.MatchJob(id, big.NewInt(1), m.terms(1)))
	m.as(2)(mk.SubmitResult(id, "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"))
	params, err := mk.Params(m.ctx, m.net.Client())
	if err != nil {
		t.Fatal(err)
	}
	fee := params.NativeMediatorFee
	m.as(1)(mk.Challenge(id, m.terms(1), "", new(big.Int).Mul(fee, big.NewInt(3))))
	voters := []int{7, 8, 9}
	for _, i := range voters {
		m.as(i)(reg.CommitVote(id, mediator.Commitment(1, m.net.Accounts[i].Address, chain.VoteProviderWrong, [32]byte{byte(i)})))
	}
	for _, i := range voters {
		m.as(i)(reg.RevealVote(id, chain.VoteProviderWrong, [32]byte{byte(i)}))
	}
	m.as(3)(mk.ResolveChallenge(id, m.terms(1), ""))

	three := new(big.Int).Mul(fee, big.NewInt(3))
	r := m.audit(out)
	if !r.OK {
		t.Fatalf("a market after a challenge fails its audit: %+v", r.Discrepancies)
	}
	if e := r.Registry.Earnings; len(e) != 1 || e[0].Token != chain.Native || e[0].Earned.Cmp(three) != 0 || e[0].Balance.Cmp(three) != 0 {
		t.Fatalf("the registry's earnings in the report: %+v, want %s earned and held", e, three)
	}
	var text bytes.Buffer
	r.WriteText(&text)
	if want := "mediators' earnings 0.03 ETH not withdrawn, on the registry's market balance of 0.03"; !strings.Contains(text.String(), want) {
		t.Fatalf("text report lacks %q:\n%s", want, text.String())
	}

	m.as(7)(reg.WithdrawEarnings(chain.Native, m.net.Accounts[0].Address))
	r = m.audit(out)
	two := new(big.Int).Mul(fee, big.NewInt(2))
	if !r.OK || len(r.Registry.Earnings) != 1 || r.Registry.Earnings[0].Earned.Cmp(two) != 0 {
		t.Fatalf("after a withdrawal: ok %v, earnings %+v, discrepancies %+v", r.OK, r.Registry.Earnings, r.Discrepancies)
	}

	// The index credits mediator 8 twice its fee.
	victim := m.net.Accounts[8].Address
	r = m.auditTampered(out, func(x *index.Index) {
		var raw string
		if err := x.DB().QueryRow("SELECT data FROM mediators WHERE address = ?", victim.Hex()).Scan(&raw); err != nil {
			t.Fatal(err)
		}
		var md state.Mediator
		if err := json.Unmarshal([]byte(raw), &md); err != nil {
			t.Fatal(err)
		}
		md.Earnings[chain.Native] = new(big.Int).Mul(fee, big.NewInt(2))
		data, err := json.Marshal(&md)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := x.DB().Exec("UPDATE mediators SET data = ? WHERE address = ?", string(data), victim.Hex()); err != nil {
			t.Fatal(err)
		}
	})
	var mine, registry *audit.Discrepancy
	for i, d := range r.Discrepancies {
		switch {
		case d.Kind == "earnings" && d.Account != nil && *d.Account == victim:
			mine = &r.Discrepancies[i]
		case d.Kind == "earnings" && d.Account != nil && *d.Account == m.dep.MediatorRegistry:
			registry = &r.Discrepancies[i]
		}
	}
	if r.OK || mine == nil || registry == nil {
		t.Fatalf("a wrong rebuild of a mediator's earnings passes: %+v", r.Discrepancies)
	}
	if mine.Events != "0.02 ETH" || mine.Chain != "0.01 ETH" || registry.Events != "0.03 ETH" || registry.Chain != "0.02 ETH" {
		t.Fatalf("earnings discrepancies %+v and %+v", mine, registry)
	}
	// The evidence is the event that credited the mediator, replayed.
	if len(mine.Evidence) != 1 || mine.Evidence[0].Name != "MediatorPaid" || mine.Evidence[0].Effect != "+0.01 ETH" {
		t.Fatalf("evidence behind the mediator's earnings: %+v", mine.Evidence)
	}
}

func leakyCall(t *testing.T, abiJSON []byte, method string, args ...any) []byte {
	t.Helper()
	parsed, err := abi.JSON(bytes.NewReader(abiJSON))
	if err != nil {
		t.Fatal(err)
	}
	data, err := parsed.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestCompareRuntime_masksImmutables: bytes inside an immutable reference may differ, any
// other byte may not.
func TestCompareRuntime_masksImmutables(t *testing.T) {
	built := []byte{1, 2, 0, 0, 0, 0, 7}
	regions := []audit.ImmutableRegion{{Start: 2, Length: 4}}
	if at := audit.CompareRuntime([]byte{1, 2, 9, 9, 9, 9, 7}, built, regions); at != -1 {
		t.Fatalf("immutable bytes compared: differs at %d", at)
	}
	if at := audit.CompareRuntime([]byte{1, 3, 9, 9, 9, 9, 7}, built, regions); at != 1 {
		t.Fatalf("a changed byte outside the immutables: at %d, want 1", at)
	}
	if at := audit.CompareRuntime([]byte{1, 2, 0, 0, 0, 0}, built, regions); at != 6 {
		t.Fatalf("shorter code: at %d, want 6", at)
	}
}

// The audit reads its evidence from the events table: a keeper's index, which keeps only the
// events it reads back, is refused rather than audited on part of the evidence.
func TestAudit_refusesAKeepersIndex(t *testing.T) {
	dep := chain.Deployment{ChainID: 31337, Market: common.HexToAddress("0xabc")}
	x, err := index.OpenView(filepath.Join(t.TempDir(), "keeper.sqlite"), dep)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var reader audit.Reader = (*ethclient.Client)(nil) // never called
	if _, err := audit.Run(context.Background(), audit.Config{Deployment: dep, Chain: reader, Index: x}); !errors.Is(err, index.ErrNotAllEvents) {
		t.Fatalf("audit of a keeper's index: %v, want ErrNotAllEvents", err)
	}
}

// TestAudit_failsWhenTheIndexMissesAJob: an index that lost a job (its whole transaction: a
// job paid by value leaves its creator's balance where it was) still counts the highest job id,
// so jobCount() agrees; the job's escrow then shows as a harmless "surplus" and the audit passed
// having checked two jobs of three. It must fail and name the job it did not check.
func TestAudit_failsWhenTheIndexMissesAJob(t *testing.T) {
	out := artifacts(t, "PondMarket")
	m := newMarket(t, nil)
	value := new(big.Int).Add(ether(1, 100), ether(1, 1000))
	m.postJob(1, chain.Native, value)
	m.postJob(1, chain.Native, value)
	m.postJob(1, chain.Native, value)
	if r := m.audit(out); !r.OK {
		t.Fatalf("a healthy market fails its audit: %+v", r.Discrepancies)
	}

	r := m.auditTampered(out, func(x *index.Index) {
		if _, err := x.DB().Exec("DELETE FROM events WHERE tx_hash = (SELECT tx_hash FROM events WHERE job_id = 2 LIMIT 1)"); err != nil {
			t.Fatal(err)
		}
		if _, err := x.DB().Exec("DELETE FROM jobs WHERE id = 2"); err != nil {
			t.Fatal(err)
		}
	})
	if r.OK {
		t.Fatalf("the audit passes an index missing job 2 (checked %d jobs of %d; notes %q)", r.Checked.Jobs, r.Governance.Jobs, r.Notes)
	}
	found := false
	for _, d := range r.Discrepancies {
		found = found || (d.JobID != nil && *d.JobID == 2)
	}
	if !found {
		t.Fatalf("no discrepancy names job 2: %+v", r.Discrepancies)
	}
}

// TestAudit_checksTheMarketsMediatorRegistry: a deployment file naming another (genuine, and
// consistent) MediatorRegistry than the one the market created and pays its mediators through:
// the audit read bonds, committees and earnings from the decoy and reported its members as the
// market's default committee. The market's own mediators() must be the registry audited.
func TestAudit_checksTheMarketsMediatorRegistry(t *testing.T) {
	out := artifacts(t, "PondMarket")
	m := newMarket(t, nil)
	decoy, err := devnet.Bootstrap(m.ctx, m.mgrs[0], m.net.Client(), devnet.BootstrapConfig{
		Mediators: []chain.Sender{m.mgrs[4], m.mgrs[5], m.mgrs[6]},
	})
	if err != nil {
		t.Fatalf("bootstrap the decoy: %v", err)
	}
	real := m.dep.MediatorRegistry
	m.dep.MediatorRegistry = decoy.MediatorRegistry
	r := m.audit(out)
	if r.OK {
		t.Fatalf("the audit passes a deployment naming registry %s, while the market's is %s (default committee reported: %v)",
			decoy.MediatorRegistry.Hex(), real.Hex(), r.Governance.DefaultMembers)
	}
	found := false
	for _, d := range r.Discrepancies {
		found = found || (strings.Contains(d.Events+d.Chain, decoy.MediatorRegistry.Hex()) && strings.Contains(d.Events+d.Chain, real.Hex()))
	}
	if !found {
		t.Fatalf("no discrepancy names both registries: %+v", r.Discrepancies)
	}
}
