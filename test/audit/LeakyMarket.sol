// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondMarket} from "../../src/PondMarket.sol";
import {PondMarketExtension} from "../../src/PondMarketExtension.sol";
import {MediatorRegistry} from "../../src/MediatorRegistry.sol";
import {IModuleRegistry} from "../../src/interfaces/IModuleRegistry.sol";

/// @notice A test build of the market with seeded accounting bugs, deployed only by the Go tests
///         of `pond audit` (keepers/audit), which must catch each one: everything else is the
///         real PondMarket.
contract LeakyMarket is PondMarket {
    constructor(
        IModuleRegistry moduleRegistry,
        address governance,
        Params memory p,
        MediatorRegistry.Config memory mediation,
        PondMarketExtension extension
    ) PondMarket(moduleRegistry, governance, p, mediation, extension) {}

    /// @notice Bug: credits the caller's free balance with no tokens and no event.
    function mintBalance(address token, uint256 amount) external {
        _balances[msg.sender][_tokenIndexOf[token]] += amount;
    }

    /// @notice Bug: sends native currency out without debiting any balance or logging it.
    function leak(address payable to, uint256 amount) external {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
