// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondFixture} from "../utils/PondFixture.sol";

/// @notice PondFixture with names for the votes of `_vote`: index i of the array is mediator i
///         of the default committee.
abstract contract AdversarialFixture is PondFixture {
    uint8 internal constant SILENT = 0;
    uint8 internal constant RIGHT = 1;
    uint8 internal constant WRONG = 2;
}
