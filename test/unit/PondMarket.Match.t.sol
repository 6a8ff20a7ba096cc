// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {Resources} from "../../src/types/Resources.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice matchJob: the deal it makes, each check it does (with committees and module
///         allowlists), and the capacity it debits.
contract PondMarketMatchTest is PondUnitBase {
    // ------------------------------------------------------------------ success

    function test_matchJob_makesDeal() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        uint40 runDeadline = uint40(block.timestamp + RUN_TIME);

        vm.expectEmit(address(market));
        emit IPondMarket.JobMatched(jobId, offerId, provider, solver, 2 * PRICE, runDeadline);
        _match(jobId, offerId);

        IPondMarket.Job memory j = market.getJob(jobId);
        assertEq(j.status, JobStatus.Matched);
        assertEq(j.deadline, runDeadline);
        assertEq(j.offerId, offerId);
        assertEq(j.provider, provider);
    }

    function test_matchJob_locksCollateralTwicePrice() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        assertEq(market.collateralFor(PRICE), 2 * PRICE);
        assertEq(_bal(provider), 10 ether - 2 * PRICE);
    }

    function test_matchJob_paysSolverFeeToCaller() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        vm.prank(stranger);
        market.matchJob(jobId, offerId);
        assertEq(_bal(stranger), SOLVER_FEE);
        assertEq(_bal(solver), 0);
        // Nothing is refunded to the creator at match: pay-as-bid.
        assertEq(_bal(creator), 0);
        assertEq(address(market).balance, 10 ether + PRICE + SOLVER_FEE);
    }

    function test_matchJob_providerMayMatchItself() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        vm.prank(provider);
        market.matchJob(jobId, offerId);
        assertEq(_bal(provider), 10 ether - 2 * PRICE + SOLVER_FEE);
    }

    function test_matchJob_zeroSolverFeePaysNothing() public {
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.solverFee = 0;
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        assertEq(_bal(solver), 0);
    }

    function test_matchJob_priceEqualToAsk() public {
        uint256 offerId = _providerReady(10 ether);
        vm.prank(provider);
        market.updateOffer(offerId, PRICE, uint40(block.timestamp + 1 days));
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Matched);
    }

    function test_matchJob_debitsCapacityButNotVram() public {
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.resources = Resources({gpus: 1, vramMiB: 16_000, cpuMillis: 3000, ramMiB: 10_000, diskMiB: 40_000});
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);

        Resources memory c = _capacity();
        assertEq(
            market.getOffer(offerId).available,
            Resources({
                gpus: c.gpus - 1,
                vramMiB: c.vramMiB,
                cpuMillis: c.cpuMillis - 3000,
                ramMiB: c.ramMiB - 10_000,
                diskMiB: c.diskMiB - 40_000
            })
        );
    }

    function test_matchJob_offerServesConcurrentJobsUntilFull() public {
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.resources = Resources({gpus: 1, vramMiB: 1, cpuMillis: 1, ramMiB: 1, diskMiB: 1});
        uint256 first = _postJob(creator, r);
        uint256 second = _postJob(creator, r);
        uint256 third = _postJob(creator, r);
        _match(first, offerId);
        _match(second, offerId);
        assertEq(market.getOffer(offerId).available.gpus, 0);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CapacityExceeded.selector, third, offerId));
        _match(third, offerId);
    }

    function test_matchJob_gpuJobNeedsVramPerGpu() public {
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.resources = Resources({gpus: 1, vramMiB: _capacity().vramMiB + 1, cpuMillis: 1, ramMiB: 1, diskMiB: 1});
        uint256 jobId = _postJob(creator, r);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CapacityExceeded.selector, jobId, offerId));
        _match(jobId, offerId);
    }

    function test_matchJob_cpuJobIgnoresVram() public {
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.capacity = Resources({gpus: 0, vramMiB: 0, cpuMillis: 2000, ramMiB: 1024, diskMiB: 2048});
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.resources.vramMiB = 80_000;
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Matched);
    }

    // ------------------------------------------------------------------ reverts, in check order

    function test_matchJob_revertsWhenJobUnknown() public {
        uint256 offerId = _providerReady(10 ether);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotOpen.selector, 5, JobStatus.None));
        _match(5, offerId);
    }

    function test_matchJob_revertsWhenAlreadyMatched() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotOpen.selector, jobId, JobStatus.Matched));
        _match(jobId, offerId);
    }

    function test_matchJob_revertsWhenJobExpired() public {
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        uint256 jobId = _postJob(creator, r);
        vm.warp(r.expiry);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobExpired.selector, jobId, r.expiry));
        _match(jobId, offerId);
    }

    function test_matchJob_revertsWhenOfferUnknown() public {
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.OfferNotFound.selector, 4));
        _match(jobId, 4);
    }

    function test_matchJob_revertsWhenOfferExpired() public {
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.expiry = uint40(block.timestamp + 10 minutes);
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _postDefaultJob();
        vm.warp(o.expiry);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.OfferNotOpen.selector, offerId));
        _match(jobId, offerId);
    }

    function test_matchJob_revertsWhenTokenJobNativeOffer() public {
        uint256 offerId = _providerReady(10 ether);
        _fundTokens(creator, 5 ether);
        vm.prank(creator);
        uint256 jobId = market.postJob(_tokenJobRequest());
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenMismatch.selector, jobId, offerId));
        _match(jobId, offerId);
    }

    function test_matchJob_revertsWhenNativeJobTokenOffer() public {
        _fundTokens(provider, 10 ether);
        uint256 offerId = _postOffer(provider, _tokenOfferRequest());
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenMismatch.selector, jobId, offerId));
        _match(jobId, offerId);
    }

    function test_matchJob_revertsWhenPriceBelowAsk() public {
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.price = PRICE / 2 - 1;
        uint256 jobId = _postJob(creator, r);
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.PriceBelowAsk.selector, jobId, offerId, PRICE / 2 - 1, PRICE / 2)
        );
        _match(jobId, offerId);
    }

    function test_matchJob_revertsWhenModuleNotAllowed() public {
        uint32 other = _publish("other", "1.0");
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.anyModule = false;
        o.modules = new uint32[](1);
        o.modules[0] = other;
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ModuleNotAllowed.selector, offerId, moduleId));
        _match(jobId, offerId);
    }

    function test_matchJob_allowlistedModule() public {
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.anyModule = false;
        o.modules = new uint32[](1);
        o.modules[0] = moduleId;
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Matched);
    }

    function test_matchJob_revertsWhenOfferRefusesDefaultCommittee() public {
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.acceptsDefaultCommittee = false;
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, uint32(0)));
        _match(jobId, offerId);
    }

    function test_matchJob_revertsWhenJobCommitteeAndOfferTrustsNone() public {
        uint32 committeeId = _defaultCommittee();
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = committeeId;
        uint256 jobId = _postJob(creator, r);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, committeeId));
        _match(jobId, offerId);
    }

    // ------------------------------------------------------------------ trusted committees

    function _trustingOffer(uint32 trusted) internal returns (uint256 offerId) {
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.acceptsDefaultCommittee = false;
        o.trustedCommitteeId = trusted;
        _deposit(provider, 10 ether);
        offerId = _postOffer(provider, o);
    }

    function _committeeJob(uint32 committeeId) internal returns (uint256) {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = committeeId;
        return _postJob(creator, r);
    }

    function test_matchJob_trustedCommitteeItself() public {
        uint32 trusted = _defaultCommittee();
        uint256 offerId = _trustingOffer(trusted);
        uint256 jobId = _committeeJob(trusted);
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Matched);
    }

    function test_matchJob_subsetOfTrustedCommittee() public {
        uint32 trusted = _defaultCommittee();
        uint32 subset = _committee(mediatorSet[0], mediatorSet[2]);
        assertTrue(mediation.isSubset(subset, trusted));
        uint256 offerId = _trustingOffer(trusted);
        uint256 jobId = _committeeJob(subset);
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Matched);
    }

    function test_matchJob_revertsWhenCommitteeNotSubset() public {
        uint32 trusted = _defaultCommittee();
        uint32 mixed = _committee(mediatorSet[0], _outsider());
        uint256 offerId = _trustingOffer(trusted);
        uint256 jobId = _committeeJob(mixed);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, mixed));
        _match(jobId, offerId);
    }

    function test_matchJob_revertsWhenSupersetOfTrustedCommittee() public {
        _defaultCommittee();
        uint32 trusted = _committee(mediatorSet[0], mediatorSet[1]);
        uint256 offerId = _trustingOffer(trusted);
        uint256 jobId = _committeeJob(1);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, uint32(1)));
        _match(jobId, offerId);
    }

    function test_matchJob_trustingOfferRefusesDefaultCommitteeJob() public {
        uint32 trusted = _defaultCommittee();
        uint256 offerId = _trustingOffer(trusted);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, uint32(0)));
        _match(jobId, offerId);
    }

    function test_matchJob_defaultFlagAndTrustedCommitteeBothAccepted() public {
        uint32 trusted = _defaultCommittee();
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.trustedCommitteeId = trusted;
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        uint256 defaultJob = _postDefaultJob();
        uint256 committeeJob = _committeeJob(trusted);
        _match(defaultJob, offerId);
        _match(committeeJob, offerId);
        assertEq(_status(defaultJob), JobStatus.Matched);
        assertEq(_status(committeeJob), JobStatus.Matched);
    }

    // ------------------------------------------------------------------ capacity and collateral

    function test_matchJob_revertsWhenCapacityExceeded() public {
        IPondMarket.OfferRequest memory o = _tightOffer();
        o.capacity.diskMiB -= 1;
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CapacityExceeded.selector, jobId, offerId));
        _match(jobId, offerId);
    }

    function test_matchJob_revertsWhenCollateralInsufficient() public {
        uint256 offerId = _providerReady(2 * PRICE - 1);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(
            abi.encodeWithSelector(
                IPondMarket.CollateralInsufficient.selector, provider, 2 * PRICE - 1, 2 * PRICE
            )
        );
        _match(jobId, offerId);
    }

    function test_matchJob_exactCollateral() public {
        uint256 offerId = _providerReady(2 * PRICE);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        assertEq(_bal(provider), 0);
    }

    function test_matchJob_failedMatchChangesNothing() public {
        uint256 offerId = _providerReady(1 ether);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.CollateralInsufficient.selector, provider, 1 ether, 2 * PRICE)
        );
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Open);
        assertEq(market.getOffer(offerId).available, _capacity());
        assertEq(_bal(solver), 0);
        assertEq(_bal(provider), 1 ether);
    }
}
