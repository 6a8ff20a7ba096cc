package explorer_test

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/audit"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/explorer"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// The explorer shows the amounts of an ERC-20 with 6 decimals in its units, with its symbol:
// a balance of 1,500,000 base units is "1.5 SIX", a job's price of 20,000 "0.02 SIX"; the
// balance of a token whose decimals() reverts is shown in base units, with a note.
func TestExplorer_amountsOfATokenUseItsDecimals(t *testing.T) {
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
	deployer, creator := mgr(0), mgr(1)
	dep, err := devnet.Bootstrap(ctx, deployer, net.Client(), devnet.BootstrapConfig{
		Mediators: []chain.Sender{mgr(4)},
		Modules: []bindings.IModuleRegistryModuleRequest{{Name: "cowsay", Version: "v0.0.1", SpecHash: [32]byte{1}, SpecUri: "ipfs://x",
			Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, DefaultRunTime: 600, PrimaryInput: "Message", DefaultSolverFee: big.NewInt(params.Ether / 1000)}},
	})
	if err != nil {
		t.Fatal(err)
	}
	send := func(m *txmgr.Manager, cand txmgr.Candidate, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		r, err := m.Send(ctx, cand)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	m := chain.NewMarket(dep.Market)
	// Each token: deployed, allowed, 1,234,567 base units deposited by the creator.
	token := func(code []byte) chain.TestToken {
		t.Helper()
		tok := chain.NewTestToken(send(deployer, txmgr.Candidate{Data: code}, nil).ContractAddress)
		cand, err := m.ConfigureToken(tok.Address, true, big.NewInt(1000))
		send(deployer, cand, err)
		cand, err = tok.Mint(creator.From(), big.NewInt(10_000_000))
		send(deployer, cand, err)
		cand, err = tok.Approve(dep.Market, big.NewInt(1_234_567))
		send(creator, cand, err)
		cand, err = m.Deposit(tok.Address, big.NewInt(1_234_567))
		send(creator, cand, err)
		return *tok
	}
	six, nodec := token(testenv.DecimalsTokenCode(t, "SIX", 6)), token(testenv.NoDecimalsTokenCode(t))
	h, err := net.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	cand, err := m.PostJob(bindings.IPondMarketJobRequest{ModuleId: 1, Token: six.Address, Price: big.NewInt(20_000), SolverFee: big.NewInt(1_000),
		Resources: bindings.Resources{CpuMillis: 500, RamMiB: 64, DiskMiB: 16}, RunTime: 600,
		Expiry: new(big.Int).SetUint64(h.Time + 3600), Inputs: `{"Message":"moo"}`}, nil)
	send(creator, cand, err)

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

	var jobs []explorer.JobView
	for {
		if get(t, base+"/api/jobs", &jobs); len(jobs) == 1 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the explorer never showed the job")
		case <-time.After(20 * time.Millisecond):
		}
	}
	if j := jobs[0]; j.PriceText != "0.02 SIX (+ solver fee 0.001 SIX)" || j.Symbol != "SIX" {
		t.Fatalf("a SIX job's price: %q (symbol %q), want 0.02 SIX (+ solver fee 0.001 SIX)", j.PriceText, j.Symbol)
	}
	var bals []explorer.BalanceView
	get(t, base+"/api/balances?account="+creator.From().Hex(), &bals)
	texts := map[string]string{}
	for _, b := range bals {
		texts[b.Token.Hex()] = b.Text
	}
	if got := texts[six.Address.Hex()]; got != "1.213567 SIX" {
		t.Fatalf("the creator's SIX balance reads %q, want 1.213567 SIX (1,234,567 deposited less the job's 21,000) (%+v)", got, bals)
	}
	if got := texts[nodec.Address.Hex()]; !strings.HasPrefix(got, "1234567 base units of NODEC (its decimals() reverts") {
		t.Fatalf("the creator's NODEC balance reads %q, want 1234567 base units with a note (%+v)", got, bals)
	}
	var rep audit.Report
	deadline := time.Now().Add(time.Minute)
	for get(t, base+"/api/audit", &rep) != 200 || rep.Checked.Jobs != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("audit never caught up: %+v", rep)
		}
		time.Sleep(50 * time.Millisecond)
	}
	symbols := map[string]string{}
	for _, b := range rep.Tokens {
		symbols[b.Token.Hex()] = b.Symbol
	}
	if symbols[six.Address.Hex()] != "SIX" || symbols[nodec.Address.Hex()] != "NODEC" {
		t.Fatalf("the audit's books name the tokens %v, want SIX and NODEC", symbols)
	}
	var html string
	get(t, base+"/", &html)
	if !strings.Contains(html, "0.02 SIX") {
		t.Fatalf("the page does not show the job's price as 0.02 SIX:\n%s", html)
	}
}
