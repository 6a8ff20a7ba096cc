// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {Resources} from "../../src/types/Resources.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice The storage cheatcodes the shared Vm interface leaves out.
interface StorageCheats {
    function store(address target, bytes32 slot, bytes32 value) external;
    function load(address target, bytes32 slot) external view returns (bytes32);
}

/// @notice postOffer, updateOffer, withdrawOffer and the offer views.
contract PondMarketOffersTest is PondUnitBase {
    // ------------------------------------------------------------------ postOffer

    function test_postOffer_storesAndEmits() public {
        IPondMarket.OfferRequest memory r = _offerRequest();
        vm.expectEmit(address(market));
        emit IPondMarket.OfferPosted(
            1, provider, address(0), r.askPrice, r.capacity, r.expiry, true, new uint32[](0), true, 0, 0
        );
        uint256 offerId = _postOffer(provider, r);

        assertEq(offerId, 1);
        assertEq(market.offerCount(), 1);
        IPondMarket.Offer memory o = market.getOffer(offerId);
        assertEq(o.provider, provider);
        assertEq(o.expiry, r.expiry);
        assertEq(o.token, address(0));
        assertTrue(o.anyModule);
        assertTrue(o.acceptsDefaultCommittee);
        assertEq(o.trustedCommitteeId, 0);
        assertEq(o.askPrice, r.askPrice);
        assertEq(o.available, r.capacity);
        assertEq(o.minRunTime, 0);
    }

    function test_postOffer_minRunTime() public {
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.minRunTime = 2 hours;
        vm.expectEmit(address(market));
        emit IPondMarket.OfferPosted(
            1, provider, address(0), r.askPrice, r.capacity, r.expiry, true, new uint32[](0), true, 0, 2 hours
        );
        uint256 offerId = _postOffer(provider, r);
        assertEq(market.getOffer(offerId).minRunTime, 2 hours);
    }

    function test_postOffer_revertsWhenMinRunTimeAboveMax() public {
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.minRunTime = MAX_RUN_TIME + 1;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.RunTimeInvalid.selector, MAX_RUN_TIME + 1, MAX_RUN_TIME));
        vm.prank(provider);
        market.postOffer(r);
    }

    function test_postOffer_movesNoFunds() public {
        _postOffer(provider, _offerRequest());
        assertEq(_bal(provider), 0);
        assertEq(address(market).balance, 0);
    }

    function test_postOffer_idsIncrease() public {
        assertEq(_postOffer(provider, _offerRequest()), 1);
        assertEq(_postOffer(stranger, _offerRequest()), 2);
        assertEq(market.getOffer(2).provider, stranger);
    }

    function test_postOffer_inToken() public {
        uint256 offerId = _postOffer(provider, _tokenOfferRequest());
        assertEq(market.getOffer(offerId).token, address(token));
    }

    function test_postOffer_moduleAllowlist() public {
        uint32 other = _publish("other", "1.0");
        uint32 third = _publish("third", "1.0");
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.anyModule = false;
        r.modules = new uint32[](2);
        r.modules[0] = moduleId;
        r.modules[1] = other;

        vm.expectEmit(address(market));
        emit IPondMarket.OfferPosted(
            1, provider, address(0), r.askPrice, r.capacity, r.expiry, false, r.modules, true, 0, 0
        );
        uint256 offerId = _postOffer(provider, r);

        assertFalse(market.getOffer(offerId).anyModule);
        assertTrue(market.offerAllowsModule(offerId, moduleId));
        assertTrue(market.offerAllowsModule(offerId, other));
        assertFalse(market.offerAllowsModule(offerId, third));
    }

    function test_postOffer_anyModuleIgnoresList() public {
        uint32 other = _publish("other", "1.0");
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.modules = new uint32[](1);
        r.modules[0] = moduleId;

        vm.expectEmit(address(market));
        emit IPondMarket.OfferPosted(
            1, provider, address(0), r.askPrice, r.capacity, r.expiry, true, new uint32[](0), true, 0, 0
        );
        uint256 offerId = _postOffer(provider, r);
        assertTrue(market.offerAllowsModule(offerId, other));
    }

    function test_postOffer_trustedCommittee() public {
        uint32 committeeId = _defaultCommittee();
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.trustedCommitteeId = committeeId;
        r.acceptsDefaultCommittee = false;
        uint256 offerId = _postOffer(provider, r);
        IPondMarket.Offer memory o = market.getOffer(offerId);
        assertEq(o.trustedCommitteeId, committeeId);
        assertFalse(o.acceptsDefaultCommittee);
    }

    function test_postOffer_revertsWhenTokenUnknown() public {
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.token = stranger;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenNotAllowed.selector, stranger));
        vm.prank(provider);
        market.postOffer(r);
    }

    function test_postOffer_revertsWhenCapacityZero() public {
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.capacity = Resources(0, 0, 0, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CapacityZero.selector));
        vm.prank(provider);
        market.postOffer(r);
    }

    function test_postOffer_revertsWhenExpiryNow() public {
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.expiry = uint40(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ExpiryInPast.selector, block.timestamp));
        vm.prank(provider);
        market.postOffer(r);
    }

    function test_postOffer_revertsWhenTrustedCommitteeUnknown() public {
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.trustedCommitteeId = 2;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotFound.selector, uint32(2)));
        vm.prank(provider);
        market.postOffer(r);
    }

    function test_postOffer_revertsWhenModuleIdZero() public {
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.anyModule = false;
        r.modules = new uint32[](1);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ModuleNotFound.selector, uint32(0)));
        vm.prank(provider);
        market.postOffer(r);
    }

    function test_postOffer_revertsWhenModuleUnpublished() public {
        IPondMarket.OfferRequest memory r = _offerRequest();
        r.anyModule = false;
        r.modules = new uint32[](2);
        r.modules[0] = moduleId;
        r.modules[1] = moduleId + 1;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ModuleNotFound.selector, moduleId + 1));
        vm.prank(provider);
        market.postOffer(r);
    }

    /// @dev Deals keep the offer id in 32 bits, so ids stop at 2^32 - 1. Reaching that many
    ///      offers takes a storage write: the counters are the market's slot 2 (after Ownable's
    ///      owner and Ownable2Step's pending owner), `offerCount` its bits 64 to 95, checked first.
    function test_postOffer_revertsWhenOfferLimitReached() public {
        StorageCheats cheats = StorageCheats(address(vm));
        bytes32 slot = bytes32(uint256(2));
        _postOffer(provider, _offerRequest());
        uint256 word = uint256(cheats.load(address(market), slot));
        assertEq(uint32(word >> 64), 1);

        word = (word & ~(uint256(type(uint32).max) << 64)) | ((uint256(type(uint32).max) - 1) << 64);
        cheats.store(address(market), slot, bytes32(word));
        assertEq(market.offerCount(), type(uint32).max - 1);
        assertEq(_postOffer(provider, _offerRequest()), type(uint32).max);
        IPondMarket.OfferRequest memory r = _offerRequest();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.OfferLimitReached.selector));
        vm.prank(provider);
        market.postOffer(r);
    }

    // ------------------------------------------------------------------ updateOffer

    function test_updateOffer_changesAskAndExpiry() public {
        uint256 offerId = _postOffer(provider, _offerRequest());
        uint40 expiry = uint40(block.timestamp + 2 days);
        vm.expectEmit(address(market));
        emit IPondMarket.OfferUpdated(offerId, 0.7 ether, expiry);
        vm.prank(provider);
        market.updateOffer(offerId, 0.7 ether, expiry);

        IPondMarket.Offer memory o = market.getOffer(offerId);
        assertEq(o.askPrice, 0.7 ether);
        assertEq(o.expiry, expiry);
        assertEq(o.available, _capacity());
    }

    function test_updateOffer_newAskAppliesToMatching() public {
        uint256 offerId = _providerReady(10 ether);
        vm.prank(provider);
        market.updateOffer(offerId, PRICE + 1, uint40(block.timestamp + 1 days));
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.PriceBelowAsk.selector, jobId, offerId, PRICE, PRICE + 1)
        );
        _match(jobId, offerId);
    }

    function test_updateOffer_revertsWhenOfferUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.OfferNotFound.selector, 7));
        vm.prank(provider);
        market.updateOffer(7, 1, uint40(block.timestamp + 1));
    }

    function test_updateOffer_revertsWhenNotProvider() public {
        uint256 offerId = _postOffer(provider, _offerRequest());
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NotOfferProvider.selector, offerId, stranger));
        vm.prank(stranger);
        market.updateOffer(offerId, 1, uint40(block.timestamp + 1));
    }

    function test_updateOffer_revertsWhenExpiryNow() public {
        uint256 offerId = _postOffer(provider, _offerRequest());
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ExpiryInPast.selector, block.timestamp));
        vm.prank(provider);
        market.updateOffer(offerId, 1, uint40(block.timestamp));
    }

    // ------------------------------------------------------------------ withdrawOffer

    function test_withdrawOffer_closesToNewDeals() public {
        uint256 offerId = _providerReady(10 ether);
        vm.expectEmit(address(market));
        emit IPondMarket.OfferWithdrawn(offerId);
        vm.prank(provider);
        market.withdrawOffer(offerId);
        assertEq(market.getOffer(offerId).expiry, block.timestamp);

        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.OfferNotOpen.selector, offerId));
        _match(jobId, offerId);
    }

    function test_withdrawOffer_activeDealGoesOn() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.prank(provider);
        market.withdrawOffer(offerId);

        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(_status(jobId), JobStatus.Accepted);
        assertEq(market.getOffer(offerId).available, _capacity());
        assertEq(_bal(provider), 10 ether + PRICE);
    }

    function test_withdrawOffer_revertsWhenOfferUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.OfferNotFound.selector, 3));
        vm.prank(provider);
        market.withdrawOffer(3);
    }

    function test_withdrawOffer_revertsWhenNotProvider() public {
        uint256 offerId = _postOffer(provider, _offerRequest());
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NotOfferProvider.selector, offerId, stranger));
        vm.prank(stranger);
        market.withdrawOffer(offerId);
    }

    function test_withdrawOffer_revertsWhenAlreadyWithdrawn() public {
        uint256 offerId = _postOffer(provider, _offerRequest());
        vm.startPrank(provider);
        market.withdrawOffer(offerId);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.OfferNotOpen.selector, offerId));
        market.withdrawOffer(offerId);
        vm.stopPrank();
    }

    function test_withdrawOffer_revertsWhenExpired() public {
        IPondMarket.OfferRequest memory r = _offerRequest();
        uint256 offerId = _postOffer(provider, r);
        vm.warp(r.expiry);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.OfferNotOpen.selector, offerId));
        vm.prank(provider);
        market.withdrawOffer(offerId);
    }

    /// @dev `updateOffer` does not require the offer to be open: a provider can reopen its own
    ///      withdrawn offer by giving it a future expiry.
    function test_updateOffer_reopensWithdrawnOffer() public {
        uint256 offerId = _providerReady(10 ether);
        vm.startPrank(provider);
        market.withdrawOffer(offerId);
        market.updateOffer(offerId, PRICE / 2, uint40(block.timestamp + 1 days));
        vm.stopPrank();
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Matched);
    }

    // ------------------------------------------------------------------ views

    function test_getOffer_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.OfferNotFound.selector, 1));
        market.getOffer(1);
    }

    function test_offerAllowsModule_falseForUnknownOffer() public view {
        assertFalse(market.offerAllowsModule(1, moduleId));
    }
}
