// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus, RefundReason} from "../../src/types/Status.sol";

/// @notice postJob, cancelJob, submitResult and the job views.
contract PondMarketJobsTest is PondUnitBase {
    // ------------------------------------------------------------------ postJob

    function test_postJob_nativeValueEscrowsPriceAndFee() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        vm.expectEmit(address(market));
        emit IPondMarket.JobPosted(1, creator, moduleId, r, _defaultCommittee(), 3, MEDIATOR_FEE);
        uint256 jobId = _postJob(creator, r);

        assertEq(jobId, 1);
        assertEq(market.jobCount(), 1);
        assertEq(address(market).balance, PRICE + SOLVER_FEE);
        assertEq(creator.balance, 1_000 ether - PRICE - SOLVER_FEE);
        assertEq(_bal(creator), 0);

        IPondMarket.Job memory j = market.getJob(jobId);
        IPondMarket.JobTerms memory jt = _terms(jobId);
        assertEq(jt.creator, creator);
        assertEq(j.deadline, r.expiry);
        assertEq(j.status, JobStatus.Open);
        assertFalse(j.callback);
        assertFalse(j.callbackPending);
        assertEq(jt.token, address(0));
        assertEq(j.offerId, 0);
        assertEq(j.provider, address(0));
        assertEq(jt.price, PRICE);
        assertEq(jt.solverFee, SOLVER_FEE);
        assertEq(jt.moduleId, moduleId);
        assertEq(jt.committeeId, _defaultCommittee(), "committee 0 resolved to the default");
        assertEq(j.committeeSize, 3);
        assertEq(jt.mediatorFee, MEDIATOR_FEE);
        assertEq(jt.committeeId, _defaultCommittee());
        vm.assertEq(market.hashTerms(jt), j.termsHash, "JobPosted rebuilds the terms the market hashed");
        assertEq(jt.runTime, RUN_TIME);
        assertEq(jt.resources, _resources());
    }

    function test_postJob_fromBalance() public {
        _deposit(creator, 5 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        vm.prank(creator);
        market.postJob(r);
        assertEq(_bal(creator), 5 ether - PRICE - SOLVER_FEE);
        assertEq(address(market).balance, 5 ether);
    }

    function test_postJob_tokenFromBalance() public {
        _fundTokens(creator, 5 ether);
        IPondMarket.JobRequest memory r = _tokenJobRequest();
        vm.expectEmit(address(market));
        emit IPondMarket.JobPosted(1, creator, moduleId, r, _defaultCommittee(), 3, MEDIATOR_FEE);
        vm.prank(creator);
        uint256 jobId = market.postJob(r);
        assertEq(_tokBal(creator), 5 ether - PRICE - SOLVER_FEE);
        assertEq(_terms(jobId).token, address(token));
    }

    function test_postJob_zeroSolverFee() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.solverFee = 0;
        uint256 jobId = _postJob(creator, r);
        assertEq(_terms(jobId).solverFee, 0);
        assertEq(address(market).balance, PRICE);
    }

    function test_postJob_callbackFlagAndCommittee() public {
        uint32 committeeId = _defaultCommittee();
        IPondMarket.JobRequest memory r = _jobRequest();
        r.callback = true;
        r.committeeId = committeeId;
        uint256 jobId = _postJob(creator, r);
        IPondMarket.Job memory j = market.getJob(jobId);
        IPondMarket.JobTerms memory jt = _terms(jobId);
        assertTrue(j.callback);
        assertEq(jt.committeeId, committeeId);
    }

    function test_postJob_maxRunTimeAccepted() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.runTime = MAX_RUN_TIME;
        uint256 jobId = _postJob(creator, r);
        assertEq(_terms(jobId).runTime, MAX_RUN_TIME);
    }

    function test_postJob_revertsWhenTokenUnknown() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.token = stranger;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenNotAllowed.selector, stranger));
        vm.prank(creator);
        market.postJob(r);
    }

    function test_postJob_revertsWhenPriceZero() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.price = 0;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.PriceZero.selector));
        vm.prank(creator);
        market.postJob{value: SOLVER_FEE}(r);
    }

    function test_postJob_revertsWhenRunTimeZero() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.runTime = 0;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.RunTimeBelowModule.selector, uint32(0), RUN_TIME));
        _postJob(creator, r);
    }

    function test_postJob_revertsWhenRunTimeBelowModule() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.runTime = RUN_TIME - 1;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.RunTimeBelowModule.selector, RUN_TIME - 1, RUN_TIME));
        _postJob(creator, r);
    }

    function test_postJob_revertsWhenAnyResourceBelowModule() public {
        for (uint256 field; field < 3; ++field) {
            IPondMarket.JobRequest memory r = _jobRequest();
            if (field == 0) r.resources.cpuMillis -= 1;
            else if (field == 1) r.resources.ramMiB -= 1;
            else r.resources.diskMiB -= 1;
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.ResourcesBelowModule.selector, moduleId));
            _postJob(creator, r);
        }
    }

    function test_postJob_moreThanTheModuleNeedsIsFine() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.resources.cpuMillis += 1;
        r.resources.gpus = 1;
        r.resources.vramMiB = 1;
        r.runTime = RUN_TIME + 1;
        uint256 jobId = _postJob(creator, r);
        assertEq(_terms(jobId).runTime, RUN_TIME + 1);
    }

    /// @notice The committee and fee a job is judged by are fixed when it is posted.
    function test_postJob_fixesCommitteeAndFee() public {
        uint256 jobId = _postDefaultJob();
        uint32 next = _committee(mediatorSet[0], mediatorSet[1], _outsider());
        vm.startPrank(governance);
        market.configureToken(address(0), true, 2 * MEDIATOR_FEE);
        market.setDefaultCommittee(next);
        vm.stopPrank();
        IPondMarket.JobTerms memory j = _terms(jobId);
        assertEq(j.committeeId, 1);
        assertEq(j.mediatorFee, MEDIATOR_FEE);
        assertEq(_terms(_postDefaultJob()).mediatorFee, 2 * MEDIATOR_FEE);
    }


    function test_postJob_revertsWhenRunTimeAboveMax() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.runTime = MAX_RUN_TIME + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.RunTimeInvalid.selector, MAX_RUN_TIME + 1, MAX_RUN_TIME)
        );
        _postJob(creator, r);
    }

    function test_postJob_revertsWhenExpiryNow() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.expiry = uint40(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ExpiryInPast.selector, block.timestamp));
        _postJob(creator, r);
    }

    function test_postJob_revertsWhenModuleIdZero() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.moduleId = 0;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ModuleNotFound.selector, uint32(0)));
        _postJob(creator, r);
    }

    function test_postJob_revertsWhenModuleUnpublished() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.moduleId = moduleId + 1;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ModuleNotFound.selector, moduleId + 1));
        _postJob(creator, r);
    }

    function test_postJob_revertsWhenCommitteeUnknown() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = 4;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotFound.selector, uint32(4)));
        _postJob(creator, r);
    }

    function test_postJob_revertsWhenValueShort() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueMismatch.selector, PRICE, PRICE + SOLVER_FEE));
        vm.prank(creator);
        market.postJob{value: PRICE}(r);
    }

    function test_postJob_revertsWhenValueSentForTokenJob() public {
        _fundTokens(creator, 5 ether);
        IPondMarket.JobRequest memory r = _tokenJobRequest();
        uint256 total = uint256(PRICE) + SOLVER_FEE;
        // A token job pays nothing in value (a contract client's pays its delivery fee).
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueMismatch.selector, total, 0));
        vm.prank(creator);
        market.postJob{value: total}(r);
    }

    function test_postJob_revertsWhenBalanceTooSmall() public {
        _deposit(creator, 0.5 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        vm.expectRevert(
            abi.encodeWithSelector(
                IPondMarket.InsufficientBalance.selector, creator, address(0), 0.5 ether, PRICE + SOLVER_FEE
            )
        );
        vm.prank(creator);
        market.postJob(r);
    }

    function test_postJob_revertsWhenTokenBalanceTooSmall() public {
        IPondMarket.JobRequest memory r = _tokenJobRequest();
        vm.expectRevert(
            abi.encodeWithSelector(
                IPondMarket.InsufficientBalance.selector, creator, address(token), 0, PRICE + SOLVER_FEE
            )
        );
        vm.prank(creator);
        market.postJob(r);
    }

    // ------------------------------------------------------------------ cancelJob

    function test_cancelJob_byCreatorRefundsEverything() public {
        uint256 jobId = _postDefaultJob();
        uint256 total = PRICE + SOLVER_FEE;
        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Cancelled, 0, total, 0);
        vm.expectEmit(address(market));
        emit IPondMarket.JobRefunded(jobId, creator, total, RefundReason.CancelledByCreator);
        vm.prank(creator);
        market.cancelJob(jobId, _terms(jobId));

        assertEq(_status(jobId), JobStatus.Cancelled);
        assertEq(_bal(creator), total);
        assertEq(address(market).balance, total);
    }

    function test_cancelJob_byStrangerAfterExpiry() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        uint256 jobId = _postJob(creator, r);
        uint256 total = PRICE + SOLVER_FEE;
        vm.warp(r.expiry);
        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Cancelled, 0, total, 0);
        vm.expectEmit(address(market));
        emit IPondMarket.JobRefunded(jobId, creator, total, RefundReason.Expired);
        vm.prank(stranger);
        market.cancelJob(jobId, _terms(jobId));

        assertEq(_bal(creator), total);
        assertEq(_bal(stranger), 0);
    }

    function test_cancelJob_byCreatorAfterExpiryIsExpired() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        uint256 jobId = _postJob(creator, r);
        vm.warp(r.expiry + 1);
        vm.expectEmit(address(market));
        emit IPondMarket.JobRefunded(jobId, creator, PRICE + SOLVER_FEE, RefundReason.Expired);
        vm.prank(creator);
        market.cancelJob(jobId, _terms(jobId));
    }

    function test_cancelJob_tokenRefund() public {
        _fundTokens(creator, 2 ether);
        vm.prank(creator);
        uint256 jobId = market.postJob(_tokenJobRequest());
        vm.prank(creator);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(_tokBal(creator), 2 ether);
    }

    function test_cancelJob_revertsWhenStrangerBeforeExpiry() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        uint256 jobId = _postJob(creator, r);
        vm.warp(r.expiry - 1);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NotJobCreator.selector, jobId, stranger));
        vm.prank(stranger);
        market.cancelJob(jobId, _terms(jobId));
    }

    function test_cancelJob_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotOpen.selector, 9, JobStatus.None));
        vm.prank(creator);
        market.cancelJob(9, _terms(9));
    }

    function test_cancelJob_revertsWhenMatched() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotOpen.selector, jobId, JobStatus.Matched));
        vm.prank(creator);
        market.cancelJob(jobId, _terms(jobId));
    }

    function test_cancelJob_revertsWhenAlreadyCancelled() public {
        uint256 jobId = _postDefaultJob();
        vm.startPrank(creator);
        market.cancelJob(jobId, _terms(jobId));
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotOpen.selector, jobId, JobStatus.Cancelled));
        market.cancelJob(jobId, _terms(jobId));
        vm.stopPrank();
    }

    // ------------------------------------------------------------------ submitResult

    function test_submitResult_opensChallengeWindow() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.warp(block.timestamp + 5 minutes);
        uint40 challengeDeadline = uint40(block.timestamp + CHALLENGE_WINDOW);

        vm.expectEmit(address(market));
        emit IPondMarket.ResultSubmitted(jobId, provider, CID, challengeDeadline);
        _submit(jobId);

        IPondMarket.Job memory j = market.getJob(jobId);
        assertEq(j.status, JobStatus.Submitted);
        assertEq(j.deadline, challengeDeadline);
        // Only a job with a callback keeps its CID for delivery.
        assertEq(market.pendingResult(jobId), "");
    }

    /// @dev A client's result is kept by hash, with the terms': not stored (three slots), and
    ///      every later call must name it; another job's hash is left alone.
    function test_submitResult_bindsTheCidOfACallbackJobToItsHash() public {
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.callback = true;
        uint256 jobId = _postJob(creator, r);
        uint256 plain = _postDefaultJob();
        _match(jobId, offerId);
        _match(plain, offerId);
        bytes32 termsHash = market.getJob(jobId).termsHash;
        _submit(jobId);
        _submit(plain);
        assertEq(market.pendingResult(jobId), "");
        assertEq(market.getJob(jobId).termsHash, keccak256(abi.encode(termsHash, keccak256(bytes(CID)))));
        assertEq(market.getJob(plain).termsHash, market.hashTerms(_terms(plain)));

        IPondMarket.JobTerms memory t = _terms(jobId);
        string[3] memory wrong = ["", "bafyother", string.concat(CID, " ")];
        for (uint256 i; i < wrong.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.TermsMismatch.selector, jobId));
            market.challenge(jobId, t, wrong[i]);
        }
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        for (uint256 i; i < wrong.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.TermsMismatch.selector, jobId));
            market.finalize(jobId, t, wrong[i]);
        }
        // Another job's result is not kept: the market ignores what the call names.
        market.finalize(plain, _terms(plain), "bafyother");
        assertEq(_status(plain), JobStatus.Accepted);
        market.finalize(jobId, t, CID);
        assertEq(_status(jobId), JobStatus.Accepted);
    }

    function test_submitResult_maxLengthCid() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.prank(provider);
        market.submitResult(jobId, string(new bytes(128)));
        assertEq(_status(jobId), JobStatus.Submitted);
    }

    function test_submitResult_revertsWhenOpen() public {
        _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotMatched.selector, jobId, JobStatus.Open));
        _submit(jobId);
    }

    function test_submitResult_revertsWhenAlreadySubmitted() public {
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotMatched.selector, jobId, JobStatus.Submitted));
        _submit(jobId);
    }

    function test_submitResult_revertsWhenNotProvider() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NotProvider.selector, jobId, solver));
        vm.prank(solver);
        market.submitResult(jobId, CID);
    }

    function test_submitResult_revertsAtRunDeadline() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        uint256 deadline = block.timestamp + RUN_TIME;
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.RunDeadlinePassed.selector, jobId, deadline));
        _submit(jobId);
    }

    function test_submitResult_revertsWhenCidEmpty() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ResultCidInvalid.selector, 0));
        vm.prank(provider);
        market.submitResult(jobId, "");
    }

    function test_submitResult_revertsWhenCidTooLong() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ResultCidInvalid.selector, 129));
        vm.prank(provider);
        market.submitResult(jobId, string(new bytes(129)));
    }

    // ------------------------------------------------------------------ views

    function test_getJob_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotFound.selector, 1));
        market.getJob(1);
    }

    function test_jobCount_countsEveryPostedJob() public {
        _postDefaultJob();
        _postDefaultJob();
        assertEq(market.jobCount(), 2);
    }
}
