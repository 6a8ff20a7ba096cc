// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title PondTestToken
/// @notice The devnet's ERC-20: anyone may mint. Never deploy it where it could be mistaken for money.
contract PondTestToken is ERC20 {
    constructor() ERC20("Pond Test Token", "PTT") {}

    /// @notice Mints `amount` to `to` (a faucet for local chains).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
