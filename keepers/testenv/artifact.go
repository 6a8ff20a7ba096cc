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

// DecimalsTokenCode is the creation code (constructor arguments included) of
// test/utils/DecimalsTokens.sol's DecimalsToken: a mintable ERC-20 with the given symbol and
// decimals.
func DecimalsTokenCode(t testing.TB, symbol string, decimals uint8) []byte {
	t.Helper()
	c := ForgeArtifact(t, "DecimalsTokens.sol", "DecimalsToken")
	args, err := c.ABI.Pack("", symbol+" Test Token", symbol, decimals)
	if err != nil {
		t.Fatal(err)
	}
	return append(c.Code, args...)
}

// NoDecimalsTokenCode is the creation code of a mintable ERC-20 whose decimals() reverts
// (test/utils/DecimalsTokens.sol's NoDecimalsToken, symbol NODEC).
func NoDecimalsTokenCode(t testing.TB) []byte {
	t.Helper()
	return ForgeArtifact(t, "DecimalsTokens.sol", "NoDecimalsToken").Code
}
