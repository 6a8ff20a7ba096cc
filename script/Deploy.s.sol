// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "../test/utils/Vm.sol";
import {PondMarket} from "../src/PondMarket.sol";
import {PondMarketExtension} from "../src/PondMarketExtension.sol";
import {ModuleRegistry} from "../src/ModuleRegistry.sol";
import {MediatorRegistry} from "../src/MediatorRegistry.sol";
import {PondTestToken} from "../src/tokens/PondTestToken.sol";
import {IPondMarket} from "../src/interfaces/IPondMarket.sol";
import {IMediatorRegistry} from "../src/interfaces/IMediatorRegistry.sol";

/// @title Deploy
/// @notice Deploys Pond (ModuleRegistry, PondMarket and its MediatorRegistry, and on local chains a
///         test token) and writes `deployments/<chainId>.json`.
/// @dev Configuration from the environment, each with a default for a local chain:
///      POND_DEPLOYER_KEY (anvil's first key), POND_GOVERNANCE (the deployer),
///      POND_TEST_TOKEN (true on chain 31337), POND_COLLATERAL_BPS (20000), POND_BOUNTY_BPS (5000),
///      POND_CHALLENGE_WINDOW (3600), POND_CLIENT_JOB_LIFETIME (3600), POND_CALLBACK_GAS (200000),
///      POND_MAX_RUN_TIME (86400), POND_FETCH_WINDOW (600), POND_MEDIATOR_FEE (0.01 ether), POND_MIN_BOND (1 ether),
///      POND_EXIT_DELAY (7 days), POND_SLASH_AMOUNT (0.1 ether), POND_COMMIT_WINDOW (3600),
///      POND_REVEAL_WINDOW (3600). A value too large for its field is refused (never truncated);
///      the contracts refuse values outside their bounds.
///      `forge script script/Deploy.s.sol --rpc-url <url> --broadcast` (see `make deploy-anvil`).
contract Deploy {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    bool public constant IS_SCRIPT = true;

    /// @notice An environment value does not fit the field it configures.
    error EnvValueTooLarge(string name, uint256 value, uint256 max);

    /// @dev Anvil's first well-known development key: local chains only.
    uint256 internal constant ANVIL_KEY_0 = 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80;

    struct Deployment {
        uint256 chainId;
        uint256 deployBlock;
        address governance;
        ModuleRegistry modules;
        PondMarket market;
        MediatorRegistry mediators;
        PondTestToken testToken;
    }

    function run() external returns (Deployment memory d) {
        uint256 key = vm.envOr("POND_DEPLOYER_KEY", ANVIL_KEY_0);
        address deployer = vm.addr(key);
        d.chainId = block.chainid;
        d.deployBlock = block.number;
        d.governance = vm.envOr("POND_GOVERNANCE", deployer);
        bool withTestToken = vm.envOr("POND_TEST_TOKEN", block.chainid == 31337);

        vm.startBroadcast(key);
        d.modules = new ModuleRegistry();
        IPondMarket.Params memory p = marketParams();
        // The extension first: the market checks it was built with the same parameters.
        PondMarketExtension extension = new PondMarketExtension(
            d.modules, p.clientJobLifetime, p.callbackGasLimit, p.maxCallbackGasLimit, p.maxRunTime
        );
        d.market = new PondMarket(d.modules, d.governance, p, mediationConfig(), extension);
        d.mediators = MediatorRegistry(address(d.market.mediators()));
        if (withTestToken) {
            d.testToken = new PondTestToken();
            if (d.governance == deployer) {
                d.market.configureToken(address(d.testToken), true, marketParams().nativeMediatorFee);
            }
        }
        vm.stopBroadcast();

        write(d);
    }

    function marketParams() public view returns (IPondMarket.Params memory) {
        return IPondMarket.Params({
            collateralBps: uint32(env("POND_COLLATERAL_BPS", 20_000, type(uint32).max)),
            bountyBps: uint32(env("POND_BOUNTY_BPS", 5_000, type(uint32).max)),
            challengeWindow: uint32(env("POND_CHALLENGE_WINDOW", 1 hours, type(uint32).max)),
            clientJobLifetime: uint32(env("POND_CLIENT_JOB_LIFETIME", 1 hours, type(uint32).max)),
            callbackGasLimit: uint32(env("POND_CALLBACK_GAS", 500_000, type(uint32).max)),
            maxCallbackGasLimit: uint32(env("POND_MAX_CALLBACK_GAS", 5_000_000, type(uint32).max)),
            maxRunTime: uint32(env("POND_MAX_RUN_TIME", 1 days, type(uint32).max)),
            fetchWindow: uint32(env("POND_FETCH_WINDOW", 10 minutes, type(uint32).max)),
            nativeMediatorFee: uint96(env("POND_MEDIATOR_FEE", 0.01 ether, type(uint96).max))
        });
    }

    function mediationConfig() public view returns (IMediatorRegistry.Config memory) {
        // The registry keeps bonds in 128 bits and times in 40 bits.
        return IMediatorRegistry.Config({
            minBond: env("POND_MIN_BOND", 1 ether, type(uint128).max),
            exitDelay: env("POND_EXIT_DELAY", 7 days, type(uint40).max),
            slashAmount: env("POND_SLASH_AMOUNT", 0.1 ether, type(uint128).max),
            commitWindow: env("POND_COMMIT_WINDOW", 1 hours, type(uint40).max),
            revealWindow: env("POND_REVEAL_WINDOW", 1 hours, type(uint40).max)
        });
    }

    /// @notice The environment variable `name` (or `fallback_`), refused when above `max`.
    function env(string memory name, uint256 fallback_, uint256 max) public view returns (uint256 value) {
        value = vm.envOr(name, fallback_);
        if (value > max) revert EnvValueTooLarge(name, value, max);
    }

    /// @notice The deployment file's path for `chainId`.
    function deploymentPath(uint256 chainId) public view returns (string memory) {
        return string.concat(vm.projectRoot(), "/deployments/", vm.toString(chainId), ".json");
    }

    function write(Deployment memory d) internal {
        string memory o = "deployment";
        vm.serializeUint(o, "chainId", d.chainId);
        vm.serializeUint(o, "deployBlock", d.deployBlock);
        vm.serializeAddress(o, "governance", d.governance);
        vm.serializeAddress(o, "moduleRegistry", address(d.modules));
        vm.serializeAddress(o, "mediatorRegistry", address(d.mediators));
        vm.serializeAddress(o, "testToken", address(d.testToken));
        string memory json = vm.serializeAddress(o, "market", address(d.market));
        vm.createDir(string.concat(vm.projectRoot(), "/deployments"), true);
        vm.writeJson(json, deploymentPath(d.chainId));
    }
}
