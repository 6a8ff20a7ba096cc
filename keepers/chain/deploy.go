package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Deployment is the content of deployments/<chainId>.json, as script/Deploy.s.sol writes it.
type Deployment struct {
	ChainID          uint64         `json:"chainId"`
	DeployBlock      uint64         `json:"deployBlock"`
	Governance       common.Address `json:"governance"`
	ModuleRegistry   common.Address `json:"moduleRegistry"`
	MediatorRegistry common.Address `json:"mediatorRegistry"`
	TestToken        common.Address `json:"testToken"`
	Market           common.Address `json:"market"`
}

// DeploymentPath is deployments/<chainId>.json under root.
func DeploymentPath(root string, chainID uint64) string {
	return filepath.Join(root, "deployments", strconv.FormatUint(chainID, 10)+".json")
}

// LoadDeployment reads a deployment file.
func LoadDeployment(path string) (Deployment, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Deployment{}, fmt.Errorf("read deployment: %w", err)
	}
	var d Deployment
	if err := json.Unmarshal(raw, &d); err != nil {
		return Deployment{}, fmt.Errorf("parse deployment %s: %w", path, err)
	}
	if d.Market == (common.Address{}) {
		return Deployment{}, fmt.Errorf("deployment %s names no market", path)
	}
	return d, nil
}

// Write stores the deployment at path, creating its directory.
func (d Deployment) Write(path string) error {
	raw, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := os.WriteFile(path, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	return nil
}

// DeployConfig mirrors the environment of script/Deploy.s.sol; zero fields take its defaults.
type DeployConfig struct {
	Governance        common.Address // default: the deployer
	TestToken         *bool          // default: true on chain 31337
	CollateralBps     uint32         // 20000
	ChallengeWindow   uint32         // 3600 s
	ClientJobLifetime uint32         // 3600 s
	CallbackGasLimit  uint32         // 200000
	MaxRunTime        uint32         // 86400 s
	MediatorFee       *big.Int       // 0.01 ether
	MinBond           *big.Int       // 1 ether
	ExitDelay         *big.Int       // 7 days
	SlashAmount       *big.Int       // 0.1 ether
	CommitWindow      *big.Int       // 3600 s
	RevealWindow      *big.Int       // 3600 s
}

func orU32(v, def uint32) uint32 {
	if v == 0 {
		return def
	}
	return v
}

func orBig(v *big.Int, def *big.Int) *big.Int {
	if v == nil {
		return def
	}
	return v
}

func ether(num, den int64) *big.Int {
	v := new(big.Int).Mul(big.NewInt(num), big.NewInt(params.Ether))
	return v.Div(v, big.NewInt(den))
}

// MarketParams are the market's protocol parameters after defaults.
func (c DeployConfig) MarketParams() bindings.IPondMarketParams {
	return bindings.IPondMarketParams{
		CollateralBps:     orU32(c.CollateralBps, 20_000),
		ChallengeWindow:   orU32(c.ChallengeWindow, 3600),
		ClientJobLifetime: orU32(c.ClientJobLifetime, 3600),
		CallbackGasLimit:  orU32(c.CallbackGasLimit, 200_000),
		MaxRunTime:        orU32(c.MaxRunTime, 86_400),
		NativeMediatorFee: orBig(c.MediatorFee, ether(1, 100)),
	}
}

// MediationConfig is the mediator registry's configuration after defaults.
func (c DeployConfig) MediationConfig() bindings.MediatorRegistryConfig {
	return bindings.MediatorRegistryConfig{
		MinBond:      orBig(c.MinBond, ether(1, 1)),
		ExitDelay:    orBig(c.ExitDelay, big.NewInt(7*24*3600)),
		SlashAmount:  orBig(c.SlashAmount, ether(1, 10)),
		CommitWindow: orBig(c.CommitWindow, big.NewInt(3600)),
		RevealWindow: orBig(c.RevealWindow, big.NewInt(3600)),
	}
}

// Sender sends candidates; *txmgr.Manager is one.
type Sender interface {
	Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error)
	From() common.Address
	ChainID() *big.Int
}

// Deploy deploys Pond the way script/Deploy.s.sol does: ModuleRegistry, PondMarket (which creates
// its MediatorRegistry) and, on local chains, the test token, allowed in the market when the
// deployer governs. DeployBlock is the block of the first deployment transaction.
func Deploy(ctx context.Context, s Sender, c Caller, cfg DeployConfig) (Deployment, error) {
	chainID := s.ChainID().Uint64()
	d := Deployment{ChainID: chainID, Governance: cfg.Governance}
	if d.Governance == (common.Address{}) {
		d.Governance = s.From()
	}
	withToken := chainID == 31337
	if cfg.TestToken != nil {
		withToken = *cfg.TestToken
	}

	r, err := s.Send(ctx, txmgr.Candidate{Data: common.FromHex(bindings.ModuleRegistryMetaData.Bin)})
	if err != nil {
		return d, fmt.Errorf("deploy ModuleRegistry: %w", err)
	}
	d.ModuleRegistry, d.DeployBlock = r.ContractAddress, r.BlockNumber.Uint64()

	marketCode := append(common.FromHex(bindings.PondMarketMetaData.Bin),
		bindings.NewPondMarket().PackConstructor(d.ModuleRegistry, d.Governance, cfg.MarketParams(), cfg.MediationConfig())...)
	r, err = s.Send(ctx, txmgr.Candidate{Data: marketCode})
	if err != nil {
		return d, fmt.Errorf("deploy PondMarket: %w", err)
	}
	d.Market = r.ContractAddress
	market := NewMarket(d.Market)
	if d.MediatorRegistry, err = market.MediatorRegistryAddress(ctx, c); err != nil {
		return d, fmt.Errorf("read the market's mediator registry: %w", err)
	}

	if withToken {
		r, err = s.Send(ctx, txmgr.Candidate{Data: common.FromHex(bindings.PondTestTokenMetaData.Bin)})
		if err != nil {
			return d, fmt.Errorf("deploy PondTestToken: %w", err)
		}
		d.TestToken = r.ContractAddress
		if d.Governance == s.From() {
			cand, err := market.ConfigureToken(d.TestToken, true, cfg.MarketParams().NativeMediatorFee)
			if err != nil {
				return d, err
			}
			if _, err := s.Send(ctx, cand); err != nil {
				return d, fmt.Errorf("allow the test token in the market: %w", err)
			}
		}
	}
	return d, nil
}

// ErrNoTestToken is returned when an operation needs the test token and the deployment has none.
var ErrNoTestToken = errors.New("deployment has no test token")
