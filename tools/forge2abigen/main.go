// Command forge2abigen turns forge artifacts into the solc combined-json that abigen reads, so
// that all contracts are bound in one abigen run (one package, shared struct types).
//
//	go run ./tools/forge2abigen -out out PondMarket.sol:PondMarket ModuleRegistry.sol:ModuleRegistry > combined.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
}

type combinedContract struct {
	ABI json.RawMessage `json:"abi"`
	Bin string          `json:"bin"`
}

type combined struct {
	Contracts map[string]combinedContract `json:"contracts"`
	Version   string                      `json:"version"`
}

func main() {
	outDir := flag.String("out", "out", "forge artifacts directory")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: forge2abigen [-out dir] File.sol:Contract...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*outDir, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "forge2abigen:", err)
		os.Exit(1)
	}
}

func run(outDir string, names []string) error {
	res := combined{Contracts: map[string]combinedContract{}}
	for _, name := range names {
		file, contract, ok := strings.Cut(name, ":")
		if !ok || file == "" || contract == "" {
			return fmt.Errorf("%q: want File.sol:Contract", name)
		}
		path := filepath.Join(outDir, file, contract+".json")
		raw, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read artifact (run forge build first): %w", err)
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return fmt.Errorf("parse %s: %w", path, err)
		}
		if len(a.ABI) == 0 {
			return fmt.Errorf("%s has no abi", path)
		}
		res.Contracts[name] = combinedContract{ABI: a.ABI, Bin: strings.TrimPrefix(a.Bytecode.Object, "0x")}
	}
	enc := json.NewEncoder(os.Stdout)
	return enc.Encode(res)
}
