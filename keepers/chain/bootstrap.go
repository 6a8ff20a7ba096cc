package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
)

// BootstrapConfig describes a ready-to-use local market: contracts, funded accounts, a default
// mediator committee and published modules.
type BootstrapConfig struct {
	Deploy DeployConfig
	// Existing skips deployment and bootstraps this deployment instead.
	Existing *Deployment
	// TokenHolders receive TokenAmount of the test token each.
	TokenHolders []common.Address
	TokenAmount  *big.Int // default 1,000,000 tokens (18 decimals)
	// Mediators register with the minimum bond and form the default committee (at most 5).
	Mediators []Sender
	// Modules are published by the deployer; versions already published are skipped.
	Modules []bindings.IModuleRegistryModuleRequest
}

// Bootstrap deploys Pond with deployer (unless cfg.Existing is set) and prepares it for local
// use. It is the one code path behind `pond devnet`, whether the chain is the embedded devnet,
// anvil or another RPC endpoint.
func Bootstrap(ctx context.Context, deployer Sender, c Caller, cfg BootstrapConfig) (Deployment, error) {
	var d Deployment
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
			return d, fmt.Errorf("fund token holders: %w", ErrNoTestToken)
		}
		amount := cfg.TokenAmount
		if amount == nil {
			amount = ether(1_000_000, 1)
		}
		token := NewTestToken(d.TestToken)
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

	registry := NewModuleRegistry(d.ModuleRegistry)
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

// defaultCommittee registers each mediator, creates their committee and makes it the default.
func defaultCommittee(ctx context.Context, deployer Sender, c Caller, d Deployment, mediators []Sender, bond *big.Int) error {
	reg := NewMediatorRegistry(d.MediatorRegistry)
	members := make([]common.Address, len(mediators))
	for i, m := range mediators {
		members[i] = m.From()
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
		return fmt.Errorf("simulate createCommittee: %w", errorDecoder.FromCallError(err))
	}
	id, err := bindings.NewMediatorRegistry().UnpackCreateCommittee(out)
	if err != nil {
		return fmt.Errorf("decode createCommittee result: %w", err)
	}
	if _, err := deployer.Send(ctx, cand); err != nil {
		return fmt.Errorf("create the default committee: %w", err)
	}
	if cand, err = reg.SetDefaultCommittee(id); err != nil {
		return err
	}
	if _, err := deployer.Send(ctx, cand); err != nil {
		return fmt.Errorf("set default committee %d: %w", id, err)
	}
	return nil
}
