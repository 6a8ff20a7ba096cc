// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice The market keeps a job's terms as their hash: every call that takes them refuses terms
///         that are not exactly the job's, so nobody can settle, match, cancel or challenge a job
///         on terms of their own (a higher price, less collateral, smaller resources, another
///         creator or token), and the terms rebuilt from `JobPosted` are the ones it accepts.
contract PondMarketTermsTest is PondUnitBase {
    /// @dev `t` with field `which` (0-12, in struct order; resources' five fields last) changed.
    function _forged(IPondMarket.JobTerms memory t, uint256 which) internal view returns (IPondMarket.JobTerms memory f) {
        f = t;
        which %= 13;
        if (which == 0) f.creator = stranger;
        else if (which == 1) f.token = address(token);
        else if (which == 2) f.price = t.price + 1;
        else if (which == 3) f.solverFee = t.solverFee == 0 ? 1 : t.solverFee - 1;
        else if (which == 4) f.moduleId = t.moduleId + 1;
        else if (which == 5) f.runTime = t.runTime - 1;
        else if (which == 6) f.committeeId = t.committeeId + 1;
        else if (which == 7) f.mediatorFee = t.mediatorFee - 1;
        else if (which == 8) f.resources.gpus = t.resources.gpus + 1;
        else if (which == 9) f.resources.vramMiB = t.resources.vramMiB + 1;
        else if (which == 10) f.resources.cpuMillis = t.resources.cpuMillis - 1;
        else if (which == 11) f.resources.ramMiB = t.resources.ramMiB - 1;
        else f.resources.diskMiB = t.resources.diskMiB - 1;
    }

    function _mismatch(uint256 jobId) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IPondMarket.TermsMismatch.selector, jobId);
    }

    function test_termsRebuiltFromJobPostedHashToTheStoredHash() public {
        uint256 jobId = _postDefaultJob();
        IPondMarket.JobTerms memory t = _terms(jobId);
        vm.assertEq(market.hashTerms(t), market.getJob(jobId).termsHash);
        assertEq(t.creator, creator);
        assertEq(t.price, PRICE);
        assertEq(t.solverFee, SOLVER_FEE);
        assertEq(t.runTime, RUN_TIME);
        assertEq(t.resources, _resources());
    }

    function testFuzz_matchJob_refusesForgedTerms(uint256 which) public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        IPondMarket.JobTerms memory f = _forged(_terms(jobId), which);
        vm.prank(solver);
        vm.expectRevert(_mismatch(jobId));
        market.matchJob(jobId, offerId, f);
        _match(jobId, offerId);
        assertEq(_status(jobId), JobStatus.Matched);
    }

    function testFuzz_cancelJob_refusesForgedTerms(uint256 which) public {
        uint256 jobId = _postDefaultJob();
        IPondMarket.JobTerms memory f = _forged(_terms(jobId), which);
        // A stranger naming itself the creator cannot cancel someone else's job either.
        vm.prank(which % 13 == 0 ? stranger : creator);
        vm.expectRevert(_mismatch(jobId));
        market.cancelJob(jobId, f);
        assertEq(_status(jobId), JobStatus.Open);
    }

    function testFuzz_finalize_refusesForgedTerms(uint256 which) public {
        (uint256 jobId,) = _submittedJob();
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        IPondMarket.JobTerms memory f = _forged(_terms(jobId), which);
        vm.expectRevert(_mismatch(jobId));
        market.finalize(jobId, f, _result(jobId));
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(_bal(provider), 10 ether + PRICE);
    }

    function testFuzz_timeoutAbandonAndChallenge_refuseForgedTerms(uint256 which) public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        IPondMarket.JobTerms memory f = _forged(_terms(jobId), which);
        vm.prank(provider);
        vm.expectRevert(_mismatch(jobId));
        market.abandonJob(jobId, f);

        _submit(jobId);
        vm.deal(stranger, 1 ether);
        vm.prank(stranger);
        vm.expectRevert(_mismatch(jobId));
        market.challenge{value: COMMITTEE_FEE}(jobId, f, _result(jobId));

        uint256 other = _postDefaultJob();
        _match(other, offerId);
        vm.warp(block.timestamp + RUN_TIME);
        IPondMarket.JobTerms memory g = _forged(_terms(other), which);
        vm.expectRevert(_mismatch(other));
        market.timeoutJob(other, g);
        market.timeoutJob(other, _terms(other));
        assertEq(_status(other), JobStatus.TimedOut);
    }

    function testFuzz_resolveChallenge_refusesForgedTerms(uint256 which) public {
        (uint256 jobId,) = _challengedJob(stranger);
        vm.warp(block.timestamp + 1 days);
        IPondMarket.JobTerms memory f = _forged(_terms(jobId), which);
        vm.expectRevert(_mismatch(jobId));
        market.resolveChallenge(jobId, f, _result(jobId));
        assertEq(_status(jobId), JobStatus.Challenged);
    }

    /// @dev A contract client's job: from its result on, its hash covers the CID the provider
    ///      submitted, and every call after it refuses another CID (and forged terms with the
    ///      right one): nobody can challenge, settle or have delivered a result of their own.
    function testFuzz_clientJob_refusesAnotherResult(string memory wrong, uint256 which) public {
        vm.assume(keccak256(bytes(wrong)) != keccak256(bytes(CID)));
        (uint256 jobId,) = _submittedCallbackJob();
        IPondMarket.JobTerms memory t = _terms(jobId);
        vm.deal(stranger, 1 ether);
        vm.startPrank(stranger);
        vm.expectRevert(_mismatch(jobId));
        market.challenge{value: COMMITTEE_FEE}(jobId, t, wrong);
        vm.expectRevert(_mismatch(jobId));
        market.challenge{value: COMMITTEE_FEE}(jobId, _forged(_terms(jobId), which), CID);
        market.challenge{value: COMMITTEE_FEE}(jobId, t, CID);
        vm.stopPrank();
        vm.warp(block.timestamp + 1 days);
        vm.expectRevert(_mismatch(jobId));
        market.resolveChallenge(jobId, t, wrong);
        market.resolveChallenge(jobId, t, CID);
        assertTrue(_status(jobId) != JobStatus.Challenged);
    }

    /// @dev Terms of another job (the same creator, a different price) are not this job's.
    function test_termsOfAnotherJobAreRefused() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 a = _postDefaultJob();
        IPondMarket.JobRequest memory r = _jobRequest();
        r.price = PRICE / 2;
        uint256 b = _postJob(creator, r);
        vm.prank(solver);
        vm.expectRevert(_mismatch(a));
        market.matchJob(a, offerId, _terms(b));
    }

    /// @dev Terms whose calldata words carry dirty high bits hash differently from the clean
    ///      encoding the market stored, so they never pass for the job's.
    function test_dirtyCalldataTermsAreRefused() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        bytes memory data = abi.encodeCall(IPondMarket.matchJob, (jobId, offerId, _terms(jobId)));
        // The creator is the first word of the terms, after the selector, jobId and offerId.
        data[4 + 64] = 0x01;
        vm.prank(solver);
        (bool ok, bytes memory ret) = address(market).call(data);
        vm.assertFalse(ok);
        vm.assertEq(ret, _mismatch(jobId));
        assertEq(_status(jobId), JobStatus.Open);
    }

    /// @dev A job that was never posted has no terms: its calls fail on its status first.
    function test_unknownJobFailsOnStatus() public {
        IPondMarket.JobTerms memory t = _terms(1);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotOpen.selector, 99, JobStatus.None));
        market.cancelJob(99, t);
    }
}
