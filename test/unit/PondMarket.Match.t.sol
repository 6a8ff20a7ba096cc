// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IModuleRegistry} from "../../src/interfaces/IModuleRegistry.sol";
import {Resources} from "../../src/types/Resources.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice matchJob: the deal it makes, each check it does (with committees and module
///         allowlists), and the capacity it debits.
contract PondMarketMatchTest is PondUnitBase {
    /// @dev 2 x price + 3 members x the mediator fee.
    uint256 internal constant COLLATERAL = 2 * uint256(PRICE) + COMMITTEE_FEE;

    // ------------------------------------------------------------------ success

    function test_matchJob_makesDeal() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        uint40 runDeadline = uint40(block.timestamp + RUN_TIME);

        vm.expectEmit(address(market));
        emit IPondMarket.JobMatched(jobId, offerId, provider, solver, COLLATERAL, runDeadline);
        _match(jobId, offerId);

        IPondMarket.Job memory j = market.getJob(jobId);
        assertEq(j.status, JobStatus.Matched);
        assertEq(j.deadline, runDeadline);
        assertEq(j.offerId, offerId);
        assertEq(j.provider, provider);
    }

    function test_matchJob_locksCollateralTwicePricePlusCommitteeFees() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        assertEq(_collateralOf(PRICE), COLLATERAL);
        assertEq(_bal(provider), 10 ether - COLLATERAL);
    }

    /// @notice Even a 1-wei job locks enough to pay every mediator that could judge it.
    function test_matchJob_tinyJobStillCoversTheCommitteesFees() public {
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.price = 1;
        vm.prank(provider);
        market.updateOffer(offerId, 0, uint40(block.timestamp + 1 days));
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        assertEq(_bal(provider), 10 ether - 2 - COMMITTEE_FEE);
    }

    function test_matchJob_paysSolverFeeToCallerWhenTheDealEnds() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        vm.prank(stranger);
        market.matchJob(jobId, offerId, _terms(jobId));
        // The fee stays in escrow while the provider may still give the deal back, and until
        // the deal ends.
        assertEq(_bal(stranger), 0);
        assertEq(_bal(creator), 0);
        assertEq(address(market).balance, 10 ether + PRICE + SOLVER_FEE);
        _submit(jobId);
        assertEq(_bal(stranger), 0);
        assertEq(market.getJob(jobId).solver, stranger);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.expectEmit(address(market));
        emit IPondMarket.SolverPaid(jobId, stranger, SOLVER_FEE);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(_bal(stranger), SOLVER_FEE);
        assertEq(_bal(solver), 0);
        // Nothing is refunded to the creator: pay-as-bid.
        assertEq(_bal(creator), 0);
    }

    function test_matchJob_solverIsPaidAtTimeout() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.warp(block.timestamp + RUN_TIME);
        market.timeoutJob(jobId, _terms(jobId));
        assertEq(_bal(solver), SOLVER_FEE);
        assertEq(_bal(creator), PRICE + COLLATERAL);
    }

    function test_matchJob_providerMayMatchItself() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        vm.prank(provider);
        market.matchJob(jobId, offerId, _terms(jobId));
        assertEq(_bal(provider), 10 ether - COLLATERAL);
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(_bal(provider), 10 ether + PRICE + SOLVER_FEE);
    }

    // ------------------------------------------------------------------ abandonJob

    function test_abandonJob_returnsCollateralAndCapacityAndReopensTheJob() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        uint40 runDeadline = market.getJob(jobId).deadline;
        vm.warp(block.timestamp + FETCH_WINDOW - 1);
        vm.expectEmit(address(market));
        emit IPondMarket.JobAbandoned(jobId, provider, COLLATERAL, runDeadline);
        vm.prank(provider);
        market.abandonJob(jobId, _terms(jobId));

        assertEq(_bal(provider), 10 ether);
        assertEq(_bal(solver), 0);
        assertEq(market.getOffer(offerId).available, _capacity());
        IPondMarket.Job memory j = market.getJob(jobId);
        assertEq(j.status, JobStatus.Open);
        assertEq(j.deadline, runDeadline);
        assertEq(address(market).balance, 10 ether + PRICE + SOLVER_FEE);
        // Open again: another match pays its own solver once it holds; the creator can cancel.
        vm.prank(stranger);
        market.matchJob(jobId, offerId, _terms(jobId));
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(_bal(stranger), SOLVER_FEE);
        assertEq(_bal(solver), 0, "the solver of the deal given back is not paid");
    }

    function test_abandonJob_creatorMayCancelTheReopenedJob() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.prank(provider);
        market.abandonJob(jobId, _terms(jobId));
        vm.prank(creator);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(_bal(creator), PRICE + SOLVER_FEE);
        assertEq(_bal(provider), 10 ether);
    }

    function test_abandonJob_refusedAfterTheFetchWindow() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        uint256 closes = block.timestamp + FETCH_WINDOW;
        vm.warp(closes);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.FetchWindowClosed.selector, jobId, closes));
        vm.prank(provider);
        market.abandonJob(jobId, _terms(jobId));
    }

    function test_abandonJob_windowEndsAtTheRunDeadlineForShortJobs() public {
        IModuleRegistry.ModuleRequest memory mr = _moduleRequest("quick", "v1");
        mr.defaultRunTime = 60;
        uint32 quick = registry.publish(mr);
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.moduleId = quick;
        r.runTime = 60;
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        vm.warp(block.timestamp + 60);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.FetchWindowClosed.selector, jobId, block.timestamp));
        vm.prank(provider);
        market.abandonJob(jobId, _terms(jobId));
        market.timeoutJob(jobId, _terms(jobId));
    }

    function test_abandonJob_onlyTheDealsProvider() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        for (uint256 i; i < 2; ++i) {
            address who = i == 0 ? creator : solver;
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.NotProvider.selector, jobId, who));
            vm.prank(who);
            market.abandonJob(jobId, _terms(jobId));
        }
    }

    function test_abandonJob_onlyAMatchedDeal() public {
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotMatched.selector, jobId, JobStatus.Submitted));
        vm.prank(provider);
        market.abandonJob(jobId, _terms(jobId));
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
        Resources memory need = Resources({gpus: 1, vramMiB: 1, cpuMillis: 1, ramMiB: 1, diskMiB: 1});
        uint256 first = _tinyJob(need);
        uint256 second = _tinyJob(need);
        uint256 third = _tinyJob(need);
        _match(first, offerId);
        _match(second, offerId);
        assertEq(market.getOffer(offerId).available.gpus, 0);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CapacityExceeded.selector, third, offerId));
        _match(third, offerId);
    }

    function test_matchJob_gpuJobNeedsVramPerGpu() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId =
            _tinyJob(Resources({gpus: 1, vramMiB: _capacity().vramMiB + 1, cpuMillis: 1, ramMiB: 1, diskMiB: 1}));
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

    function test_matchJob_revertsWhenRunTimeBelowOffersMinimum() public {
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.minRunTime = RUN_TIME + 1;
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.RunTimeBelowOffer.selector, jobId, offerId, RUN_TIME, RUN_TIME + 1)
        );
        _match(jobId, offerId);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.runTime = RUN_TIME + 1;
        uint256 longer = _postJob(creator, r);
        _match(longer, offerId);
        assertEq(_status(longer), JobStatus.Matched);
    }

    function test_matchJob_revertsWhenOfferRefusesDefaultCommittee() public {
        uint32 defaultId = _defaultCommittee();
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.acceptsDefaultCommittee = false;
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, defaultId));
        _match(jobId, offerId);
    }

    /// @notice A job naming the default committee's id explicitly is the same as committee 0.
    function test_matchJob_explicitDefaultCommitteeIdIsTheDefault() public {
        uint32 committeeId = _defaultCommittee();
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = committeeId;
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Matched);
    }

    function test_matchJob_revertsWhenJobCommitteeAndOfferTrustsNone() public {
        uint32 other = _committee(mediatorSet[0], mediatorSet[1], _outsider());
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _committeeJob(other);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, other));
        _match(jobId, offerId);
    }

    /// @notice The default is the one at the time of the match: a job posted for the old
    ///         default is not accepted as "the default" once governance names another.
    function test_matchJob_defaultMeansTheCurrentDefault() public {
        uint32 old = _defaultCommittee();
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        uint32 next = _committee(mediatorSet[0], mediatorSet[2], _outsider());
        vm.prank(governance);
        market.setDefaultCommittee(next);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, old));
        _match(jobId, offerId);
        // Jobs posted now are judged by the new default.
        uint256 later = _postDefaultJob();
        assertEq(_terms(later).committeeId, next);
        _match(later, offerId);
    }

    // ------------------------------------------------------------------ committee usable

    function test_matchJob_revertsWhenCommitteeLacksConsent() public {
        address[] memory members = new address[](3);
        address out = _outsider();
        (members[0], members[1], members[2]) = (mediatorSet[0], mediatorSet[1], out);
        uint32 pending = mediation.createCommittee(members);
        vm.prank(mediatorSet[0]);
        mediation.acceptCommittee(pending);
        vm.prank(mediatorSet[1]);
        mediation.acceptCommittee(pending);
        uint256 offerId = _trustingOffer(pending);
        uint256 jobId = _committeeJob(pending);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotUsable.selector, pending));
        _match(jobId, offerId);
        // The last member's consent makes it usable.
        vm.prank(out);
        mediation.acceptCommittee(pending);
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Matched);
    }

    /// @notice A member asking to leave stops its committees from taking new deals, so that it
    ///         never has to judge a deal matched after it asked.
    function test_matchJob_revertsWhenAMemberIsLeaving() public {
        uint32 defaultId = _defaultCommittee();
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        vm.prank(mediatorSet[2]);
        mediation.requestExit();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotUsable.selector, defaultId));
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

    /// @notice Only the trusted committee itself: a subset of it, even one holding a majority
    ///         of its members, could be the trusted committee's dishonest minority plus one.
    function test_matchJob_revertsWhenCommitteeIsASubsetOfTrusted() public {
        address[] memory five = new address[](5);
        for (uint256 i; i < 3; ++i) five[i] = mediatorSet[i];
        five[3] = _outsider();
        five[4] = address(uint160(type(uint160).max - 3));
        _registerMediator(five[4]);
        // mediatorSet is sorted and below the two outsiders, which are sorted too.
        uint32 trusted = _consentedCommittee(five);
        uint32 subset = _committee(mediatorSet[0], five[3], five[4]);
        uint256 offerId = _trustingOffer(trusted);
        uint256 jobId = _committeeJob(subset);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, subset));
        _match(jobId, offerId);
    }

    function test_matchJob_revertsWhenSupersetOfTrustedCommittee() public {
        uint32 trusted = _committee(mediatorSet[0]);
        uint256 offerId = _trustingOffer(trusted);
        uint256 jobId = _committeeJob(_defaultCommittee());
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, _defaultCommittee())
        );
        _match(jobId, offerId);
    }

    function test_matchJob_trustingOfferRefusesDefaultCommitteeJob() public {
        uint32 trusted = _committee(mediatorSet[1], mediatorSet[2], _outsider());
        uint256 offerId = _trustingOffer(trusted);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, _defaultCommittee())
        );
        _match(jobId, offerId);
    }

    function test_matchJob_defaultFlagAndTrustedCommitteeBothAccepted() public {
        uint32 trusted = _committee(mediatorSet[1], mediatorSet[2], _outsider());
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
        uint256 offerId = _providerReady(COLLATERAL - 1);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.CollateralInsufficient.selector, provider, COLLATERAL - 1, COLLATERAL)
        );
        _match(jobId, offerId);
    }

    function test_matchJob_exactCollateral() public {
        uint256 offerId = _providerReady(COLLATERAL);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        assertEq(_bal(provider), 0);
    }

    function test_matchJob_failedMatchChangesNothing() public {
        uint256 offerId = _providerReady(1 ether);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.CollateralInsufficient.selector, provider, 1 ether, COLLATERAL)
        );
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Open);
        assertEq(market.getOffer(offerId).available, _capacity());
        assertEq(_bal(solver), 0);
        assertEq(_bal(provider), 1 ether);
    }
}
