package synthchain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
)

// The contracts' getters as of the chain's last block (every job accepted), for readers that
// check the chain's state against its events (the audit's benchmark): what the real contracts
// would answer after these logs. Calls at other blocks are refused.

// Governance is the synthetic contracts' owner.
var Governance = common.HexToAddress("0x000000000000000000000000000000000000900d")

// MediatorBond is the synthetic mediator's bond.
var MediatorBond = big.NewInt(1e18)

// Final free balances (all jobs accepted): the creator keeps one job's budget, the provider
// its collateral plus every price, the solver every solver fee.
func (c *Chain) finalBalance(account, token common.Address) *big.Int {
	n := new(big.Int).SetUint64(c.Jobs)
	switch {
	case token != chain.Native:
		return new(big.Int)
	case account == Creator:
		return new(big.Int).Add(Price, SolverFee)
	case account == Provider:
		return new(big.Int).Add(new(big.Int).Mul(Collateral, big.NewInt(1000)), new(big.Int).Mul(Price, n))
	case account == Solver:
		return new(big.Int).Mul(SolverFee, n)
	}
	return new(big.Int)
}

// CallContract answers the market's, module registry's and mediator registry's getters at the
// last block.
func (c *Chain) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	c.calls.Add(1)
	if block != nil && block.Uint64() != c.LastBlock() {
		return nil, fmt.Errorf("synthchain: getters answer only at the last block %d, not %s", c.LastBlock(), block)
	}
	if msg.To == nil || len(msg.Data) < 4 {
		return nil, fmt.Errorf("synthchain: not a contract call")
	}
	var contract *abi.ABI
	switch *msg.To {
	case Deployment.Market:
		contract = &c.market
	case Deployment.MediatorRegistry:
		contract = &c.mediators
	case Deployment.ModuleRegistry:
		contract = &c.modules
	default:
		return nil, fmt.Errorf("synthchain: no contract at %s", msg.To)
	}
	method, err := contract.MethodById(msg.Data[:4])
	if err != nil {
		return nil, fmt.Errorf("synthchain: %w", err)
	}
	args, err := method.Inputs.Unpack(msg.Data[4:])
	if err != nil {
		return nil, fmt.Errorf("synthchain: %s: %w", method.Name, err)
	}
	if method.Name == "getJob" {
		return c.getJob(args[0].(*big.Int))
	}
	out, err := c.answer(*msg.To, method.Name, args)
	if err != nil {
		return nil, err
	}
	return method.Outputs.Pack(out...)
}

// getJob answers getJob(id): every job is the same accepted job but for its deadline (the end
// of its challenge window), so the answer is packed once and the deadline's word set per call.
func (c *Chain) getJob(id *big.Int) ([]byte, error) {
	if !id.IsUint64() || id.Uint64() == 0 || id.Uint64() > c.Jobs {
		return nil, fmt.Errorf("synthchain: getJob(%s): no such job", id)
	}
	c.jobOnce.Do(func() {
		j, _ := c.jobAt(1, c.LastBlock())
		c.jobTemplate, c.jobErr = c.market.Methods["getJob"].Outputs.Pack(j)
	})
	if c.jobErr != nil {
		return nil, c.jobErr
	}
	out := append([]byte(nil), c.jobTemplate...)
	// The tuple is static: word 0 the status, word 1 the deadline.
	new(big.Int).SetUint64(c.Time(c.BlockOfJob(id.Uint64()) + 2)).FillBytes(out[32:64])
	return out, nil
}

func (c *Chain) answer(to common.Address, name string, args []any) ([]any, error) {
	full := bindings.Resources{CpuMillis: 1 << 30, RamMiB: 1 << 30, DiskMiB: 1 << 30}
	switch {
	case name == "owner":
		return []any{Governance}, nil
	case name == "pendingOwner":
		return []any{common.Address{}}, nil
	case to == Deployment.Market:
		switch name {
		case "params":
			return []any{bindings.IPondMarketParams{CollateralBps: 20_000, BountyBps: 5_000, ChallengeWindow: 3600, ClientJobLifetime: 3600,
				CallbackGasLimit: 200_000, MaxRunTime: 86_400, FetchWindow: 600, NativeMediatorFee: big.NewInt(1e14)}}, nil
		case "jobCount":
			return []any{new(big.Int).SetUint64(c.Jobs)}, nil
		case "offerCount":
			return []any{big.NewInt(1)}, nil
		case "defaultCommittee":
			return []any{uint32(1), uint8(1)}, nil
		case "committeeUsable":
			return []any{true}, nil
		case "tokenIndex":
			return []any{uint8(0), true, big.NewInt(1e14)}, nil
		case "balanceOf":
			return []any{c.finalBalance(args[0].(common.Address), args[1].(common.Address))}, nil
		case "getOffer":
			return []any{bindings.IPondMarketOffer{Provider: Provider, Expiry: big.NewInt(1 << 40), Token: chain.Native, AnyModule: true,
				AcceptsDefaultCommittee: true, AskPrice: big.NewInt(1e12), Available: full}}, nil
		}
	case to == Deployment.MediatorRegistry:
		switch name {
		case "minBond", "totalHeld":
			return []any{MediatorBond}, nil
		case "slashAmount":
			return []any{big.NewInt(1e17)}, nil
		case "exitDelay":
			return []any{big.NewInt(7 * 86_400)}, nil
		case "commitWindow", "revealWindow":
			return []any{big.NewInt(3600)}, nil
		case "committeeCount":
			return []any{uint32(1)}, nil
		case "burned":
			return []any{new(big.Int)}, nil
		case "committeeMembers":
			return []any{[]common.Address{Mediator}}, nil
		case "getMediator":
			if args[0].(common.Address) != Mediator {
				return []any{bindings.IMediatorRegistryMediator{Bond: new(big.Int), ExitAvailableAt: new(big.Int), Earned: new(big.Int)}}, nil
			}
			return []any{bindings.IMediatorRegistryMediator{Bond: MediatorBond, ExitAvailableAt: new(big.Int), Registered: true, Earned: new(big.Int)}}, nil
		case "earnings":
			// No job was challenged: no mediator earned anything.
			return []any{new(big.Int)}, nil
		}
	case to == Deployment.ModuleRegistry:
		switch name {
		case "moduleCount":
			return []any{uint32(1)}, nil
		case "getModule":
			return []any{bindings.IModuleRegistryModule{SpecHash: [32]byte{}, Publisher: Creator, DefaultRunTime: 600, DefaultSolverFee: SolverFee,
				Resources: JobNeeds, NameVersion: "cowsay:v0.0.1", SpecUri: "ipfs://synthetic", PrimaryInput: "Message"}}, nil
		}
	}
	return nil, fmt.Errorf("synthchain: no answer for %s.%s", to, name)
}

// BalanceAt answers the native balances of the market and the mediator registry at the last block.
func (c *Chain) BalanceAt(_ context.Context, account common.Address, _ *big.Int) (*big.Int, error) {
	c.calls.Add(1)
	switch account {
	case Deployment.Market:
		held := new(big.Int)
		for _, a := range []common.Address{Creator, Provider, Solver} {
			held.Add(held, c.finalBalance(a, chain.Native))
		}
		return held, nil
	case Deployment.MediatorRegistry:
		return new(big.Int).Set(MediatorBond), nil
	}
	return new(big.Int), nil
}

// CodeAt answers no code: the synthetic contracts have none (audit them without the code check).
func (c *Chain) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) { return nil, nil }
