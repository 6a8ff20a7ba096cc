// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice A mintable ERC-20 with any number of decimals (a stablecoin's 6, or an absurd 200): the
///         Go tests check that the CLI and the explorer read and write its amounts in its units.
contract DecimalsToken is ERC20 {
    uint8 private immutable _decimals;

    constructor(string memory name_, string memory symbol_, uint8 decimals_) ERC20(name_, symbol_) {
        _decimals = decimals_;
    }

    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Mints `amount` base units to `to`.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

/// @notice A mintable ERC-20 whose decimals() reverts (the metadata is optional in ERC-20).
contract NoDecimalsToken is ERC20 {
    constructor() ERC20("No Decimals Token", "NODEC") {}

    function decimals() public pure override returns (uint8) {
        revert("no decimals");
    }

    /// @notice Mints `amount` base units to `to`.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
