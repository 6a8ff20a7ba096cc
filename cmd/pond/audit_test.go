package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/audit"
	"github.com/pond-compute/pond/keepers/testenv"
)

// TestAudit_commandChecksTheDevnet: `pond audit` on a bootstrapped devnet with an offer and
// collateral passes, prints the parameters, books and code check, and says the same in --json;
// without a build to compare with it says how to get one.
func TestAudit_commandChecksTheDevnet(t *testing.T) {
	out := filepath.Join(testenv.ModuleRoot(t), "out")
	if _, err := os.Stat(filepath.Join(out, "PondMarket.sol", "PondMarket.json")); err != nil {
		testenv.Unavailable(t, "the contracts' build (make build)", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	args := append([]string{"audit", "--artifacts", out}, w.readFlags...)
	text, err := runPond(t, args...)
	if err != nil {
		t.Fatalf("pond audit: %v\n%s", err, text)
	}
	for _, want := range []string{"Protocol parameters", "collateral          2 x the price (20000 bps)", "default committee   1:",
		"market ETH  held 1 ETH = free 1 + open jobs 0", "PondMarket", "matches", "Result: OK"} {
		if !strings.Contains(text, want) {
			t.Fatalf("pond audit lacks %q:\n%s", want, text)
		}
	}
	// A block the index has not seen yet makes the audit report its indexing progress, on
	// standard error: the JSON on standard output stays whole (this test once read both as one
	// and failed on "indexing the market: block 17 of 18" when a block came between its runs).
	if _, err := w.net.Mine(ctx); err != nil {
		t.Fatal(err)
	}
	raw, progress, err := runPondSplit(t, append(args, "--json")...)
	if err != nil {
		t.Fatalf("%v\n%s", err, progress)
	}
	var r audit.Report
	if err := json.Unmarshal([]byte(raw), &r); err != nil {
		t.Fatalf("--json: %v\n%s", err, raw)
	}
	if !r.OK || r.Checked.Offers != 1 || len(r.Code) != 5 || r.Governance.Params.CollateralBps != 20_000 || r.Deployment.Market != w.d.Market {
		t.Fatalf("--json report %+v", r)
	}
	_, err = runPond(t, append([]string{"audit", "--artifacts", t.TempDir()}, w.readFlags...)...)
	if !errors.Is(err, audit.ErrNoArtifact) || !strings.Contains(err.Error(), "make build") || !strings.Contains(err.Error(), "--no-code-check") {
		t.Fatalf("audit without a build: %v", err)
	}
	text, err = runPond(t, append([]string{"audit", "--no-code-check"}, w.readFlags...)...)
	if err != nil || !strings.Contains(text, "Note: the deployed bytecode was not compared with a build") {
		t.Fatalf("audit --no-code-check: %v\n%s", err, text)
	}
}
