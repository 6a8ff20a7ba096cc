// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus, RefundReason} from "../../src/types/Status.sol";

/// @notice finalize and timeoutJob, and the exact balances after every unchallenged ending:
///         finalize, timeout, cancel by the creator, cancel after expiry by a stranger.
contract PondMarketSettlementTest is PondUnitBase {
    uint256 internal constant PROVIDER_DEPOSIT = 10 ether;

    /// @dev The market holds exactly what the actors' free balances add up to (nothing is locked).
    function _assertNothingLocked() internal view {
        uint256 sum = _bal(creator) + _bal(provider) + _bal(solver) + _bal(stranger);
        assertEq(address(market).balance, sum, "market balance == sum of free balances");
    }

    // ------------------------------------------------------------------ finalize

    function test_finalize_paysProviderAndReleasesCollateral() public {
        (uint256 jobId, uint256 offerId) = _submittedJob();
        uint256 collateral = _collateralOf(PRICE);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);

        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Accepted, PRICE + collateral, 0, 0);
        vm.prank(stranger);
        market.finalize(jobId, _terms(jobId), _result(jobId));

        assertEq(_status(jobId), JobStatus.Accepted);
        assertEq(_bal(provider), PROVIDER_DEPOSIT + PRICE);
        assertEq(_bal(solver), SOLVER_FEE);
        assertEq(_bal(creator), 0);
        assertEq(_bal(stranger), 0);
        assertEq(creator.balance, 1_000 ether - PRICE - SOLVER_FEE);
        assertEq(market.getOffer(offerId).available, _capacity());
        _assertNothingLocked();
    }

    function test_finalize_noCallbackForPlainJob() public {
        (uint256 jobId,) = _submittedJob();
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertFalse(market.getJob(jobId).callbackPending);
    }

    function test_finalize_revertsBeforeWindowEnds() public {
        (uint256 jobId,) = _submittedJob();
        uint256 deadline = block.timestamp + CHALLENGE_WINDOW;
        vm.warp(deadline - 1);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ChallengeWindowOpen.selector, jobId, deadline));
        market.finalize(jobId, _terms(jobId), _result(jobId));
    }

    function test_finalize_revertsWhenMatched() public {
        uint256 offerId = _providerReady(PROVIDER_DEPOSIT);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotSubmitted.selector, jobId, JobStatus.Matched));
        market.finalize(jobId, _terms(jobId), _result(jobId));
    }

    function test_finalize_revertsWhenAlreadyAccepted() public {
        (uint256 jobId,) = _submittedJob();
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotSubmitted.selector, jobId, JobStatus.Accepted));
        market.finalize(jobId, _terms(jobId), _result(jobId));
    }

    function test_finalize_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotSubmitted.selector, 3, JobStatus.None));
        market.finalize(3, _terms(3), _result(3));
    }

    function test_finalize_revertsWhenChallenged() public {
        (uint256 jobId,) = _challengedJob(creator);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.JobNotSubmitted.selector, jobId, JobStatus.Challenged)
        );
        market.finalize(jobId, _terms(jobId), _result(jobId));
    }

    // ------------------------------------------------------------------ timeoutJob

    function test_timeoutJob_refundsCreatorWithCollateral() public {
        uint256 offerId = _providerReady(PROVIDER_DEPOSIT);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        uint256 collateral = _collateralOf(PRICE);
        vm.warp(block.timestamp + RUN_TIME);

        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.TimedOut, 0, PRICE + collateral, 0);
        vm.expectEmit(address(market));
        emit IPondMarket.JobRefunded(jobId, creator, PRICE + collateral, RefundReason.ProviderTimedOut);
        vm.prank(stranger);
        market.timeoutJob(jobId, _terms(jobId));

        assertEq(_status(jobId), JobStatus.TimedOut);
        assertEq(_bal(creator), PRICE + collateral);
        assertEq(_bal(provider), PROVIDER_DEPOSIT - collateral);
        // The solver did its work: its fee is not clawed back.
        assertEq(_bal(solver), SOLVER_FEE);
        assertEq(market.getOffer(offerId).available, _capacity());
        _assertNothingLocked();
    }

    function test_timeoutJob_revertsBeforeRunDeadline() public {
        uint256 offerId = _providerReady(PROVIDER_DEPOSIT);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        uint256 deadline = block.timestamp + RUN_TIME;
        vm.warp(deadline - 1);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.RunDeadlineNotPassed.selector, jobId, deadline));
        market.timeoutJob(jobId, _terms(jobId));
    }

    function test_timeoutJob_revertsWhenOpen() public {
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotMatched.selector, jobId, JobStatus.Open));
        market.timeoutJob(jobId, _terms(jobId));
    }

    function test_timeoutJob_revertsWhenSubmitted() public {
        (uint256 jobId,) = _submittedJob();
        vm.warp(block.timestamp + RUN_TIME);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotMatched.selector, jobId, JobStatus.Submitted));
        market.timeoutJob(jobId, _terms(jobId));
    }

    function test_timeoutJob_revertsWhenAlreadyTimedOut() public {
        uint256 offerId = _providerReady(PROVIDER_DEPOSIT);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.warp(block.timestamp + RUN_TIME);
        market.timeoutJob(jobId, _terms(jobId));
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotMatched.selector, jobId, JobStatus.TimedOut));
        market.timeoutJob(jobId, _terms(jobId));
    }

    // ------------------------------------------------------------------ cancel, money view

    function test_cancelJob_byCreatorExactBalances() public {
        uint256 offerId = _providerReady(PROVIDER_DEPOSIT);
        uint256 jobId = _postDefaultJob();
        vm.prank(creator);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(_bal(creator), PRICE + SOLVER_FEE);
        assertEq(_bal(provider), PROVIDER_DEPOSIT);
        assertEq(_bal(solver), 0);
        assertEq(market.getOffer(offerId).available, _capacity());
        _assertNothingLocked();

        vm.prank(creator);
        market.withdraw(address(0), PRICE + SOLVER_FEE, creator);
        assertEq(creator.balance, 1_000 ether);
    }

    function test_cancelJob_byStrangerAfterExpiryExactBalances() public {
        _providerReady(PROVIDER_DEPOSIT);
        IPondMarket.JobRequest memory r = _jobRequest();
        uint256 jobId = _postJob(creator, r);
        vm.warp(r.expiry);
        vm.prank(stranger);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(_bal(creator), PRICE + SOLVER_FEE);
        assertEq(_bal(stranger), 0);
        assertEq(_bal(provider), PROVIDER_DEPOSIT);
        _assertNothingLocked();
    }

    // ------------------------------------------------------------------ capacity at every end

    function test_capacity_restoredAfterEachEnding() public {
        IPondMarket.OfferRequest memory o = _tightOffer();
        _deposit(provider, PROVIDER_DEPOSIT);
        uint256 offerId = _postOffer(provider, o);

        // Accepted.
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        assertEq(market.getOffer(offerId).available.cpuMillis, 0);
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(market.getOffer(offerId).available, o.capacity);

        // Timed out.
        jobId = _postDefaultJob();
        _match(jobId, offerId);
        assertEq(market.getOffer(offerId).available.cpuMillis, 0);
        vm.warp(block.timestamp + RUN_TIME);
        market.timeoutJob(jobId, _terms(jobId));
        assertEq(market.getOffer(offerId).available, o.capacity);

        // Challenged, then decided either way.
        _defaultCommittee();
        for (uint8 v = 1; v <= 2; ++v) {
            jobId = _postDefaultJob();
            _match(jobId, offerId);
            _submit(jobId);
            vm.prank(creator);
            market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
            assertEq(market.getOffer(offerId).available.cpuMillis, 0);
            _castVotes(jobId, [v, v, v]);
            market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
            assertEq(market.getOffer(offerId).available, o.capacity);
        }

        // Challenged, nobody votes.
        jobId = _postDefaultJob();
        _match(jobId, offerId);
        _submit(jobId);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        vm.warp(market.getJob(jobId).deadline);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        assertEq(_status(jobId), JobStatus.Undecided);
        assertEq(market.getOffer(offerId).available, o.capacity);
    }
}
