// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IPondMarket} from "./interfaces/IPondMarket.sol";
import {PondMarketStorage} from "./PondMarketStorage.sol";

/// @title PondMarketAdmin
/// @notice The market's governance functions. PondMarket deploys it in its constructor and runs
///         these functions by delegatecall, after its own `onlyOwner` check, on its own storage
///         (the layout both inherit from PondMarketStorage). Called directly, it changes only
///         its own, unused storage. It exists to keep PondMarket under the EIP-170 size limit.
contract PondMarketAdmin is PondMarketStorage {
    constructor() Ownable(msg.sender) {}

    /// @notice See `IPondMarket.configureToken`; the market checked the caller.
    function configureToken(address token, bool allowed, uint96 mediatorFee) external {
        uint8 idx = _tokenIndexOf[token];
        // A new token: no job uses it yet, so its first fee is free within the type's range, and
        // pins the range of every later fee.
        uint256 lowest = 1;
        uint256 highest = MAX_BASE_FEE;
        bool known = _tokens[idx].token == token;
        if (known) {
            uint256 base = _baseFees[idx];
            if (base >= MEDIATOR_FEE_RANGE) lowest = base / MEDIATOR_FEE_RANGE;
            highest = base * MEDIATOR_FEE_RANGE;
        }
        if (mediatorFee < lowest || mediatorFee > highest) {
            revert IPondMarket.MediatorFeeOutOfRange(token, mediatorFee, lowest, highest);
        }
        if (!known) {
            uint8 count = _counters.tokenCount;
            if (count == type(uint8).max) revert IPondMarket.TokenLimitReached();
            idx = count;
            _counters.tokenCount = count + 1;
            _tokenIndexOf[token] = idx;
            _baseFees[idx] = uint88(mediatorFee);
        }
        _tokens[idx] = TokenInfo({token: token, allowed: allowed, mediatorFee: uint88(mediatorFee)});
        if (idx == 0) {
            _counters.nativeAllowed = allowed;
            _counters.nativeMediatorFee = uint88(mediatorFee);
        }
        emit IPondMarket.TokenConfigured(token, idx, allowed, mediatorFee);
    }

    /// @notice See `IPondMarket.setDefaultCommittee`; the market checked the caller.
    function setDefaultCommittee(uint32 committeeId) external {
        uint8 committee = _committees[committeeId];
        if (committee & COMMITTEE_USABLE == 0) revert IPondMarket.CommitteeNotUsable(committeeId);
        uint8 size = committee >> COMMITTEE_SIZE_SHIFT;
        _committees[_counters.defaultCommitteeId] &= ~COMMITTEE_DEFAULT;
        _committees[committeeId] = committee | COMMITTEE_DEFAULT;
        _counters.defaultCommitteeId = committeeId;
        _counters.defaultCommitteeSize = size;
        emit IPondMarket.DefaultCommitteeSet(committeeId, size);
    }
}
