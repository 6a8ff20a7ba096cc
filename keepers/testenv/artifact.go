package testenv

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// Contract is a contract as forge compiled it into out/ (`make build`, or `make test-sol`):
// test contracts (the clients in test/) have no Go bindings, so tests read their artifact.
type Contract struct {
	ABI  abi.ABI
	Code []byte // creation bytecode
}

// ForgeArtifact loads out/<file>/<contract>.json; without a build the test is skipped (failed
// under CI=true).
func ForgeArtifact(t testing.TB, file, contract string) Contract {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(ModuleRoot(t), "out", file, contract+".json"))
	if err != nil {
		Unavailable(t, "the compiled "+contract+" (forge build)", err)
	}
	var art struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode struct {
			Object string `json:"object"`
		} `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		t.Fatalf("%s: %v", contract, err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(art.ABI)))
	if err != nil {
		t.Fatalf("%s: %v", contract, err)
	}
	return Contract{ABI: parsed, Code: common.FromHex(art.Bytecode.Object)}
}
