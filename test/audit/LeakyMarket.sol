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

    /// @notice Two bugs in one function (the market is near the EIP-170 size limit, and so is
    ///         this test build of it): with `send`, sends `amount` of native currency to `to`
    ///         without debiting any balance or logging it; without, credits the caller's free
    ///         native balance with `amount` that never arrived, and no event.
    function leak(address payable to, uint256 amount, bool send) external {
        if (!send) {
            _balances[msg.sender][0] += amount;
            return;
        }
        to.transfer(amount);
    }
}
