package mediator_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/internal/atomicfile"
	"github.com/pond-compute/pond/keepers/mediator"
)

// A mediator killed while writing a vote left the write's temporary file in votes/; the next
// start removes it and keeps the whole votes.
func TestNew_removesTheTemporaryFileOfAVoteWriteKilledMidway(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.Stop() })
	work := t.TempDir()
	votes := filepath.Join(work, "votes")
	if err := os.MkdirAll(votes, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"7.json":                 `{"vote":1,"cid":"bafyright","providerCid":"bafyright","salt":"0x01"}`,
		".8.json.tmp-3141592653": `{"vote":2,"ci`, // as atomicfile.Write names it, cut short
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(votes, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if !atomicfile.IsTemp(".8.json.tmp-3141592653") {
		t.Fatal("the test's temporary file is not named as atomicfile.Write names one")
	}
	if _, err := mediator.New(ctx, mediator.Config{
		Base: mediator.Base{Key: net.Accounts[0].Key, Chain: net.Client(),
			Deployment: chain.Deployment{Market: common.HexToAddress("0x1"), MediatorRegistry: common.HexToAddress("0x2")}},
		Executors: map[string]executor.Executor{"wasm": executor.NewWasm()},
		WorkDir:   work,
	}); err != nil {
		t.Fatal(err)
	}
	des, err := os.ReadDir(votes)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, de := range des {
		names = append(names, de.Name())
	}
	if strings.Join(names, " ") != "7.json" {
		t.Fatalf("votes/ holds %v after the start, want only the whole vote 7.json", names)
	}
	if raw, _ := os.ReadFile(filepath.Join(votes, "7.json")); string(raw) != files["7.json"] {
		t.Fatalf("7.json changed to %s", raw)
	}
}
