// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "../unit/PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice What a provider can do with `abandonJob` (giving a deal back in the fetch window)
///         beyond its purpose, an input it cannot fetch: the market cannot tell a deal given
///         back because the inputs are missing from one given back on purpose, and the job is
///         open again, matchable by anyone, the moment it is given back.
contract GiveBackAttacksTest is PondUnitBase {
    uint256 internal constant DEPOSIT = 10 ether;

    /// @dev Gives the deal back and matches the job again to `offerId`, as its solver, in one
    ///      step (a provider's contract does both in one transaction): nobody sees it open.
    ///      Returns whether the market let the job be matched again.
    function _giveBackAndRematch(address who, uint256 jobId, uint256 offerId) internal returns (bool) {
        IPondMarket.JobTerms memory t = _terms(jobId);
        vm.startPrank(who);
        market.abandonJob(jobId, t);
        (bool ok,) = address(market).call(abi.encodeCall(IPondMarket.matchJob, (jobId, offerId, t)));
        vm.stopPrank();
        return ok;
    }

    /// @notice A known cost, documented in the README (Payoffs, "A provider can take a solver's
    ///         fee"): an honest solver matches a job to a provider's offer; the provider gives
    ///         the deal back at once and matches the job again to the same offer as its own
    ///         solver, runs it and is paid the price and the solver fee. The honest solver is paid
    ///         nothing for its match. No rule found stops this without moving the loss to
    ///         another honest party (see the README). This test pins its bound: the provider
    ///         gains the solver fee and no more, the creator pays what it agreed, and the
    ///         solver loses nothing but its expected fee.
    function test_knownCost_providerTakesTheSolverFeeOfAMatchItGivesBack() public {
        uint256 offerId = _providerReady(DEPOSIT);
        uint256 jobId = _postDefaultJob();
        uint256 providerBefore = _total(provider);
        uint256 creatorBefore = _total(creator);
        uint256 solverBefore = _total(solver);
        _match(jobId, offerId); // the honest solver

        vm.assertTrue(_giveBackAndRematch(provider, jobId, offerId), "the provider could not match the job again");
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));

        assertEq(_status(jobId), JobStatus.Accepted);
        vm.assertEq(_total(provider), providerBefore + PRICE + SOLVER_FEE, "the provider gains the price and the solver fee");
        vm.assertEq(_total(creator), creatorBefore, "the creator paid at posting, and nothing more");
        vm.assertEq(_total(solver), solverBefore, "the honest solver is paid nothing, and loses nothing but gas");
    }

    /// @notice The job's expiry is its only clock while it is open, and giving a deal back
    ///         replaces it with the deal's run deadline, which a new match pushes on again. A
    ///         provider that gives the deal back and matches the job to itself in one step, once
    ///         per fetch window, keeps a creator's job (price and solver fee escrowed) from ever
    ///         expiring or timing out: nobody can cancel it, the creator included, for as long as
    ///         the attacker pays the gas. Its collateral comes back each time; it pays nothing
    ///         else. A day past the job's expiry plus its run time (the latest a job can end when
    ///         its one deal times out) the creator must be able to take its money back.
    function test_attack_givingBackAndRematchingKeepsAJobAliveForever() public {
        address attacker = stranger;
        vm.prank(attacker);
        market.deposit{value: DEPOSIT}(address(0), DEPOSIT);
        uint256 offerId = _postOffer(attacker, _offerRequest());
        uint256 attackerBefore = _total(attacker);

        IPondMarket.JobRequest memory r = _jobRequest();
        uint256 expiry = r.expiry;
        uint256 creatorBefore = _total(creator);
        uint256 jobId = _postJob(creator, r);
        vm.prank(attacker);
        market.matchJob(jobId, offerId, _terms(jobId));

        uint256 end = expiry + RUN_TIME + 1 days;
        bool held = true;
        while (held && block.timestamp + FETCH_WINDOW < end) {
            vm.warp(block.timestamp + FETCH_WINDOW - 1);
            held = _giveBackAndRematch(attacker, jobId, offerId);
        }
        vm.warp(end);
        // Its collateral is locked in the deal of the moment (if any), nothing else of it moved.
        vm.assertEq(_total(attacker) + (held ? _collateralOf(PRICE) : 0), attackerBefore, "the attacker paid only gas");

        // The creator (or anyone) ends the job and the creator has its escrow back.
        IPondMarket.JobTerms memory t = _terms(jobId);
        vm.prank(creator);
        try market.cancelJob(jobId, t) {} catch {}
        vm.prank(creator);
        try market.timeoutJob(jobId, t) {} catch {}
        vm.assertTrue(_status(jobId) != JobStatus.Matched, "the job is still held by the attacker");
        vm.assertGe(_total(creator), creatorBefore, "the creator's escrow is stuck");
    }
}
