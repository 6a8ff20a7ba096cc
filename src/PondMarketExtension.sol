// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IPondMarket} from "./interfaces/IPondMarket.sol";
import {IModuleRegistry} from "./interfaces/IModuleRegistry.sol";
import {PackedResources, ResourcesLib} from "./types/Resources.sol";
import {PondMarketStorage} from "./PondMarketStorage.sol";

/// @title PondMarketExtension
/// @notice The market's less frequent functions: governance and posting an offer. PondMarket
///         deploys it in its constructor and runs these functions by delegatecall (governance
///         after its own `onlyOwner` check) on its own storage (the layout both inherit from
///         PondMarketStorage); the immutables it reads are the market's, passed at construction.
///         Called directly, it changes only its own, unused storage. It exists to keep
///         PondMarket under the EIP-170 size limit.
contract PondMarketExtension is PondMarketStorage {
    IModuleRegistry internal immutable MODULES;
    uint32 internal immutable MAX_RUN_TIME;

    constructor(IModuleRegistry modules, uint32 maxRunTime) Ownable(msg.sender) {
        MODULES = modules;
        MAX_RUN_TIME = maxRunTime;
    }

    /// @notice See `IPondMarket.postOffer`.
    function postOffer(IPondMarket.OfferRequest calldata r) external returns (uint256 offerId) {
        (uint8 idx,) = _allowedToken(r.token);
        PackedResources capacity = ResourcesLib.pack(r.capacity);
        if (capacity.isZero()) revert IPondMarket.CapacityZero();
        if (r.expiry <= block.timestamp) revert IPondMarket.ExpiryInPast(r.expiry);
        if (r.minRunTime > MAX_RUN_TIME) revert IPondMarket.RunTimeInvalid(r.minRunTime, MAX_RUN_TIME);
        if (r.trustedCommitteeId != 0 && _committees[r.trustedCommitteeId] >> COMMITTEE_SIZE_SHIFT == 0) {
            revert IPondMarket.CommitteeNotFound(r.trustedCommitteeId);
        }

        // Deals keep the offer id in 32 bits.
        uint32 count = _counters.offerCount;
        if (count == type(uint32).max) revert IPondMarket.OfferLimitReached();
        offerId = ++count;
        _counters.offerCount = count;
        if (!r.anyModule) {
            uint32 moduleCount = MODULES.moduleCount();
            for (uint256 i; i < r.modules.length; ++i) {
                uint32 moduleId = r.modules[i];
                if (moduleId == 0 || moduleId > moduleCount) revert IPondMarket.ModuleNotFound(moduleId);
                _offerModules[offerId][moduleId] = true;
            }
        }
        uint8 flags = (r.anyModule ? OFFER_ANY_MODULE : 0) | (r.acceptsDefaultCommittee ? OFFER_DEFAULT_COMMITTEE : 0);
        _offers[offerId] = StoredOffer({
            provider: msg.sender,
            expiry: r.expiry,
            tokenIndex: idx,
            flags: flags,
            trustedCommitteeId: r.trustedCommitteeId,
            askPrice: r.askPrice,
            available: capacity,
            minRunTime: uint24(r.minRunTime)
        });
        _emitOfferPosted(offerId, r);
    }

    /// @dev Its own frame: the event has more fields than `postOffer`'s stack can hold.
    function _emitOfferPosted(uint256 offerId, IPondMarket.OfferRequest calldata r) internal {
        emit IPondMarket.OfferPosted(
            offerId,
            msg.sender,
            r.token,
            r.askPrice,
            r.capacity,
            r.expiry,
            r.anyModule,
            r.anyModule ? new uint32[](0) : r.modules,
            r.acceptsDefaultCommittee,
            r.trustedCommitteeId,
            r.minRunTime
        );
    }


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
