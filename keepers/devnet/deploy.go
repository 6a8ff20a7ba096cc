package devnet

// Deploying and bootstrapping Pond on a local chain (the embedded devnet, anvil, or any RPC
// endpoint `pond devnet --devnet.rpc-url` names): what `pond devnet` and the tests run.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// DeployConfig mirrors the environment of script/Deploy.s.sol; zero fields take its defaults.
type DeployConfig struct {
	Governance        common.Address // default: the deployer
	TestToken         *bool          // default: true on chain 31337
	CollateralBps     uint32         // 20000
	BountyBps         uint32         // 5000
	ChallengeWindow   uint32         // 3600 s
	ClientJobLifetime uint32         // 3600 s
	CallbackGasLimit  uint32         // 500000
	MaxCallbackGas    uint32         // 5000000
	MaxRunTime        uint32         // 86400 s
	FetchWindow       uint32         // 600 s
	MediatorFee       *big.Int       // 0.01 ether
	MinBond           *big.Int       // 1 ether
	ExitDelay         *big.Int       // 7 days
	SlashAmount       *big.Int       // 0.1 ether
	CommitWindow      *big.Int       // 3600 s
	RevealWindow      *big.Int       // 3600 s
	// MarketCode, when set, is the market's creation bytecode instead of the bindings' (a test
	// build with the same constructor, such as the audit tests' seeded bugs).
	MarketCode []byte
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
		CollateralBps:       orU32(c.CollateralBps, 20_000),
		BountyBps:           orU32(c.BountyBps, 5_000),
		ChallengeWindow:     orU32(c.ChallengeWindow, 3600),
		ClientJobLifetime:   orU32(c.ClientJobLifetime, 3600),
		CallbackGasLimit:    orU32(c.CallbackGasLimit, 500_000),
		MaxCallbackGasLimit: orU32(c.MaxCallbackGas, 5_000_000),
		MaxRunTime:          orU32(c.MaxRunTime, 86_400),
		FetchWindow:         orU32(c.FetchWindow, 600),
		NativeMediatorFee:   orBig(c.MediatorFee, ether(1, 100)),
	}
}

// MediationConfig is the mediator registry's configuration after defaults.
func (c DeployConfig) MediationConfig() bindings.IMediatorRegistryConfig {
	return bindings.IMediatorRegistryConfig{
		MinBond:      orBig(c.MinBond, ether(1, 1)),
		ExitDelay:    orBig(c.ExitDelay, big.NewInt(7*24*3600)),
		SlashAmount:  orBig(c.SlashAmount, ether(1, 10)),
		CommitWindow: orBig(c.CommitWindow, big.NewInt(3600)),
		RevealWindow: orBig(c.RevealWindow, big.NewInt(3600)),
	}
}

// Deploy deploys Pond the way script/Deploy.s.sol does: ModuleRegistry, PondMarketExtension (the
// market's delegatecall code, built with the market's parameters), PondMarket (which checks the
// extension and creates its MediatorRegistry) and, on local chains, the test token, allowed in
// the market when the deployer governs. DeployBlock is the block of the first deployment
// transaction.
func Deploy(ctx context.Context, s chain.Sender, c chain.Caller, cfg DeployConfig) (chain.Deployment, error) {
	chainID := s.ChainID().Uint64()
	d := chain.Deployment{ChainID: chainID, Governance: cfg.Governance}
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

	p := cfg.MarketParams()
	extCode := append(common.FromHex(bindings.PondMarketExtensionMetaData.Bin), bindings.NewPondMarketExtension().PackConstructor(
		d.ModuleRegistry, big.NewInt(int64(p.ClientJobLifetime)), big.NewInt(int64(p.CallbackGasLimit)),
		big.NewInt(int64(p.MaxCallbackGasLimit)), p.MaxRunTime)...)
	r, err = s.Send(ctx, txmgr.Candidate{Data: extCode})
	if err != nil {
		return d, fmt.Errorf("deploy PondMarketExtension: %w", err)
	}
	extension := r.ContractAddress

	marketCode := common.FromHex(bindings.PondMarketMetaData.Bin)
	if cfg.MarketCode != nil {
		marketCode = slices.Clone(cfg.MarketCode)
	}
	marketCode = append(marketCode,
		bindings.NewPondMarket().PackConstructor(d.ModuleRegistry, d.Governance, p, cfg.MediationConfig(), extension)...)
	r, err = s.Send(ctx, txmgr.Candidate{Data: marketCode})
	if err != nil {
		return d, fmt.Errorf("deploy PondMarket: %w", err)
	}
	d.Market = r.ContractAddress
	market := chain.NewMarket(d.Market)
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

// BootstrapConfig describes a ready-to-use local market: contracts, funded accounts, a default
// mediator committee and published modules.
type BootstrapConfig struct {
	Deploy DeployConfig
	// Existing skips deployment and bootstraps this deployment instead.
	Existing *chain.Deployment
	// TokenHolders receive TokenAmount of the test token each.
	TokenHolders []common.Address
	TokenAmount  *big.Int // default 1,000,000 tokens (18 decimals)
	// Mediators register with the minimum bond and form the default committee, each accepting it
	// (1, 3 or 5 of them).
	Mediators []chain.Sender
	// Modules are published by the deployer; versions already published are skipped.
	Modules []bindings.IModuleRegistryModuleRequest
}

// Bootstrap deploys Pond with deployer (unless cfg.Existing is set) and prepares it for local
// use. It is the one code path behind `pond devnet`, whether the chain is the embedded devnet,
// anvil or another RPC endpoint.
func Bootstrap(ctx context.Context, deployer chain.Sender, c chain.Caller, cfg BootstrapConfig) (chain.Deployment, error) {
	var d chain.Deployment
	if cfg.Existing != nil {
		d = *cfg.Existing
	} else {
		var err error
		if d, err = Deploy(ctx, deployer, c, cfg.Deploy); err != nil {
			return d, err
		}
	}

	if len(cfg.TokenHolders) > 0 {
		if d.TestToken == (common.Address{}) {
			return d, fmt.Errorf("fund token holders: %w", chain.ErrNoTestToken)
		}
		amount := cfg.TokenAmount
		if amount == nil {
			amount = ether(1_000_000, 1)
		}
		token := chain.NewTestToken(d.TestToken)
		for _, h := range cfg.TokenHolders {
			cand, err := token.Mint(h, amount)
			if err != nil {
				return d, err
			}
			if _, err := deployer.Send(ctx, cand); err != nil {
				return d, fmt.Errorf("mint test tokens to %s: %w", h, err)
			}
		}
	}

	if len(cfg.Mediators) > 0 {
		if err := defaultCommittee(ctx, deployer, c, d, cfg.Mediators, cfg.Deploy.MediationConfig().MinBond); err != nil {
			return d, err
		}
	}

	registry := chain.NewModuleRegistry(d.ModuleRegistry)
	for _, m := range cfg.Modules {
		nameVersion := m.Name + ":" + m.Version
		id, err := registry.ModuleID(ctx, c, nameVersion)
		if err != nil {
			return d, err
		}
		if id != 0 {
			continue
		}
		cand, err := registry.Publish(m)
		if err != nil {
			return d, err
		}
		if _, err := deployer.Send(ctx, cand); err != nil {
			return d, fmt.Errorf("publish module %s: %w", nameVersion, err)
		}
	}
	return d, nil
}

// ErrCommitteeSize is returned when the default committee would not have 1, 3 or 5 members.
var ErrCommitteeSize = errors.New("the default committee needs 1, 3 or 5 mediators (an odd number, so that a majority always decides)")

// defaultCommittee registers each mediator (unless it is), creates their committee, has each
// member accept it (unless it has), and makes it the default. Running it again on the same
// deployment changes nothing.
func defaultCommittee(ctx context.Context, deployer chain.Sender, c chain.Caller, d chain.Deployment, mediators []chain.Sender, bond *big.Int) error {
	if n := len(mediators); n != 1 && n != 3 && n != 5 {
		return fmt.Errorf("%w: got %d", ErrCommitteeSize, n)
	}
	reg := chain.NewMediatorRegistry(d.MediatorRegistry)
	byAddress := map[common.Address]chain.Sender{}
	members := make([]common.Address, len(mediators))
	for i, m := range mediators {
		members[i] = m.From()
		byAddress[m.From()] = m
		info, err := reg.Mediator(ctx, c, m.From())
		if err != nil {
			return err
		}
		if info.Registered {
			continue
		}
		cand, err := reg.Register(bond)
		if err != nil {
			return err
		}
		if _, err := m.Send(ctx, cand); err != nil {
			return fmt.Errorf("register mediator %s: %w", m.From(), err)
		}
	}
	cand, err := reg.CreateCommittee(members)
	if err != nil {
		return err
	}
	// createCommittee returns the existing id for known members; read it by simulation.
	out, err := c.CallContract(ctx, ethereum.CallMsg{From: deployer.From(), To: cand.To, Data: cand.Data}, nil)
	if err != nil {
		return fmt.Errorf("simulate createCommittee: %w", chain.Errors().FromCallError(err))
	}
	id, err := bindings.NewMediatorRegistry().UnpackCreateCommittee(out)
	if err != nil {
		return fmt.Errorf("decode createCommittee result: %w", err)
	}
	if _, err := deployer.Send(ctx, cand); err != nil {
		return fmt.Errorf("create the default committee: %w", err)
	}
	// Each member's consent: a committee of other people's members judges nothing until then.
	committee, err := reg.Committee(ctx, c, id)
	if err != nil {
		return err
	}
	for i, member := range committee.Members {
		if committee.ConsentMask&(1<<i) != 0 {
			continue
		}
		cand, err := reg.AcceptCommittee(id)
		if err != nil {
			return err
		}
		if _, err := byAddress[member].Send(ctx, cand); err != nil {
			return fmt.Errorf("mediator %s accepts committee %d: %w", member, id, err)
		}
	}
	market := chain.NewMarket(d.Market)
	current, _, err := market.DefaultCommittee(ctx, c)
	if err != nil {
		return err
	}
	if current == id {
		return nil
	}
	if cand, err = market.SetDefaultCommittee(id); err != nil {
		return err
	}
	if _, err := deployer.Send(ctx, cand); err != nil {
		return fmt.Errorf("set default committee %d: %w", id, err)
	}
	return nil
}
