package explorer_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/explorer"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// TestExplorer_auditAPIDoesNotServeAStalePassAfterAFailedAudit: once an audit fails to run (here
// the build it compares the code with is gone), /api/audit kept answering 200 with the last
// report, "ok": true, and no word of the failure, however many blocks went by unaudited.
func TestExplorer_auditAPIDoesNotServeAStalePassAfterAFailedAudit(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out := filepath.Join(testenv.ModuleRoot(t), "out")
	arts := filepath.Join(t.TempDir(), "out")
	for _, c := range []string{"PondMarket", "PondMarketExtension", "MediatorRegistry", "ModuleRegistry", "PondTestToken"} {
		raw, err := os.ReadFile(filepath.Join(out, c+".sol", c+".json"))
		if err != nil {
			testenv.Unavailable(t, "the contracts' build (make build)", err)
		}
		if err := os.MkdirAll(filepath.Join(arts, c+".sol"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(arts, c+".sol", c+".json"), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	net, err := devnet.Start(ctx, devnet.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Stop()
	mgr, err := txmgr.New(ctx, net.Client(), txmgr.Config{Key: net.Accounts[1].Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
	if err != nil {
		t.Fatal(err)
	}
	deployer, err := txmgr.New(ctx, net.Client(), txmgr.Config{Key: net.Accounts[0].Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
	if err != nil {
		t.Fatal(err)
	}
	dep, err := devnet.Bootstrap(ctx, deployer, net.Client(), devnet.BootstrapConfig{})
	if err != nil {
		t.Fatal(err)
	}
	ex, err := explorer.New(explorer.Config{Deployment: dep, Dial: follow.Static(net.Client()), Chain: net.Client(), Artifacts: arts,
		IndexPath: filepath.Join(t.TempDir(), "explorer.sqlite"), Addr: "127.0.0.1:0", PollInterval: 20 * time.Millisecond, AuditInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := ex.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer ex.Stop(context.Background())
	apiAudit := func() (int, map[string]any) {
		resp, err := http.Get(ex.URL() + "/api/audit")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		var v map[string]any
		_ = json.Unmarshal(raw, &v)
		return resp.StatusCode, v
	}
	for {
		if code, v := apiAudit(); code == http.StatusOK && v["ok"] == true {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("no passing audit")
		}
		time.Sleep(20 * time.Millisecond)
	}

	// The build goes away; a deposit makes a block, and the next audit fails to run.
	if err := os.RemoveAll(arts); err != nil {
		t.Fatal(err)
	}
	cand, err := chain.NewMarket(dep.Market).Deposit(chain.Native, big.NewInt(params.Ether))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mgr.Send(ctx, cand); err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := ex.Audit(); err != nil {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("the audit never failed to run without its build")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if code, v := apiAudit(); code == http.StatusOK && v["ok"] == true && v["error"] == nil {
		t.Fatalf("/api/audit answers %d with a passing report of block %v and no error, while the latest audit failed to run", code, v["block"])
	}
}
