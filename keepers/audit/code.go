package audit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pond-compute/pond/bindings"
)

// CodeCheck is one contract's deployed runtime bytecode against the build.
type CodeCheck struct {
	Contract string         `json:"contract"`
	Address  common.Address `json:"address"`
	Artifact string         `json:"artifact"`
	Matches  bool           `json:"matches"`
	// Immutables counts the immutable references masked before comparing (their values are
	// set at deployment).
	Immutables int `json:"immutables"`
	// Detail says how it matched or where it differs.
	Detail string `json:"detail"`
}

// artifact is what the code check reads from a forge artifact (out/<File>.sol/<Name>.json).
type artifact struct {
	DeployedBytecode struct {
		Object              string                       `json:"object"`
		ImmutableReferences map[string][]ImmutableRegion `json:"immutableReferences"`
	} `json:"deployedBytecode"`
}

// ImmutableRegion is a range of runtime bytecode that holds an immutable set at deployment.
type ImmutableRegion struct {
	Start  int `json:"start"`
	Length int `json:"length"`
}

// ErrNoArtifact is returned when the build has no artifact for a deployed contract.
var ErrNoArtifact = errors.New("audit: no build artifact")

// LoadRuntime reads a contract's runtime bytecode and immutable regions from a forge artifact.
func LoadRuntime(path string) ([]byte, []ImmutableRegion, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("%w: %s (build the contracts with `make build`, or point --artifacts at forge's out/)", ErrNoArtifact, path)
	}
	if err != nil {
		return nil, nil, err
	}
	var art artifact
	if err := json.Unmarshal(raw, &art); err != nil {
		return nil, nil, fmt.Errorf("audit: artifact %s: %w", path, err)
	}
	code, err := hexutil.Decode(art.DeployedBytecode.Object)
	if err != nil {
		return nil, nil, fmt.Errorf("audit: artifact %s: deployed bytecode: %w", path, err)
	}
	var regions []ImmutableRegion
	for _, rs := range art.DeployedBytecode.ImmutableReferences {
		regions = append(regions, rs...)
	}
	return code, regions, nil
}

// CompareRuntime compares deployed code with built code, the immutable regions zeroed in both.
// It returns where they first differ (-1 when they match).
func CompareRuntime(deployed, built []byte, regions []ImmutableRegion) int {
	mask := func(b []byte) []byte {
		b = append([]byte(nil), b...)
		for _, r := range regions {
			for i := r.Start; i < r.Start+r.Length && i < len(b); i++ {
				b[i] = 0
			}
		}
		return b
	}
	d, w := mask(deployed), mask(built)
	for i := range min(len(d), len(w)) {
		if d[i] != w[i] {
			return i
		}
	}
	if len(d) != len(w) {
		return min(len(d), len(w))
	}
	return -1
}

// code compares each deployed contract's runtime bytecode with the build's: the market, the
// extension whose code it runs by delegatecall, the registries and the test token.
func (a *auditor) code(ctx context.Context) error {
	m := bindings.NewPondMarket()
	extension, err := get(ctx, a, a.d.Market, m.PackExtension(), m.UnpackExtension, "extension()")
	if err != nil {
		return err
	}
	contracts := []struct {
		name, file string
		addr       common.Address
	}{
		{"PondMarket", "PondMarket.sol", a.d.Market},
		{"PondMarketExtension", "PondMarketExtension.sol", extension},
		{"MediatorRegistry", "MediatorRegistry.sol", a.d.MediatorRegistry},
		{"ModuleRegistry", "ModuleRegistry.sol", a.d.ModuleRegistry},
		{"PondTestToken", "PondTestToken.sol", a.d.TestToken},
	}
	a.r.Code = []CodeCheck{}
	for _, c := range contracts {
		if c.addr == (common.Address{}) {
			continue
		}
		path := filepath.Join(a.cfg.Artifacts, c.file, c.name+".json")
		check := CodeCheck{Contract: c.name, Address: c.addr, Artifact: path}
		built, regions, err := LoadRuntime(path)
		if err != nil {
			return err
		}
		check.Immutables = len(regions)
		deployed, err := a.cfg.Chain.CodeAt(ctx, c.addr, a.block)
		if err != nil {
			return fmt.Errorf("audit: code of %s at %s: %w", c.name, c.addr.Hex(), err)
		}
		switch at := CompareRuntime(deployed, built, regions); {
		case len(deployed) == 0:
			check.Detail = "DIFFERS: no code at this address"
		case at < 0:
			check.Matches = true
			check.Detail = fmt.Sprintf("matches %s (%d bytes, %d immutable %s masked)", path, len(built), len(regions), plural(len(regions), "reference", "references"))
		default:
			check.Detail = fmt.Sprintf("DIFFERS from %s: %d bytes deployed, %d built, first difference at byte %d", path, len(deployed), len(built), at)
		}
		a.r.Code = append(a.r.Code, check)
	}
	return nil
}
