// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AdversarialFixture} from "./AdversarialFixture.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {Resources} from "../../src/types/Resources.sol";
import {JobStatus, RefundReason} from "../../src/types/Status.sol";

/// @notice Providers and mediators who do not do their job: a provider that never submits, one
///         that submits a wrong result and loses to the committee, mediators that never vote.
///         Each test checks who ends up with what, and that the market still holds exactly the
///         sum of everyone's free balance.
contract DishonestActorsTest is AdversarialFixture {
    uint256 internal offerId;
    uint256 internal collateral;
    uint256 internal constant PROVIDER_DEPOSIT = 10 ether;

    function setUp() public override {
        super.setUp();
        _defaultCommittee();
        offerId = _providerReady(PROVIDER_DEPOSIT);
        collateral = _collateralOf(PRICE);
    }

    // ------------------------------------------------------------------ helpers

    function _balance(address who) internal view returns (uint256) {
        return market.balanceOf(who, address(0));
    }

    /// @dev With no live job, the market's ether is exactly everyone's free balance.
    function _assertMarketConserved() internal view {
        uint256 sum = _balance(creator) + _balance(provider) + _balance(solver) + _balance(stranger);
        uint256 earned;
        for (uint256 i; i < 3; ++i) earned += _earned(mediatorSet[i]);
        vm.assertEq(_balance(address(mediation)), earned, "registry's balance != its mediators' earnings");
        vm.assertEq(address(market).balance, sum + earned, "market: held != sum of free balances");
        vm.assertEq(address(mediation).balance, mediation.totalHeld(), "registry: held != totalHeld");
    }

    function _assertCapacityRestored() internal view {
        Resources memory a = market.getOffer(offerId).available;
        Resources memory c = _capacity();
        vm.assertEq(a.gpus, c.gpus);
        vm.assertEq(a.cpuMillis, c.cpuMillis);
        vm.assertEq(a.ramMiB, c.ramMiB);
        vm.assertEq(a.diskMiB, c.diskMiB);
    }

    /// @dev A default job, matched, submitted and challenged by `stranger` paying the fee.
    function _challengedJob() internal returns (uint256 jobId, uint256 fee) {
        jobId = _postDefaultJob();
        _match(jobId, offerId);
        _submit(jobId);
        fee = 3 * uint256(MEDIATOR_FEE);
        vm.prank(stranger);
        market.challenge{value: fee}(jobId, _terms(jobId), _result(jobId));
    }

    function _bond(address m) internal view returns (uint256) {
        return mediation.getMediator(m).bond;
    }

    // ------------------------------------------------------------------ provider never submits

    function test_timeoutJob_providerThatNeverSubmitsRefundsPriceAndCollateral() public {
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        uint40 deadline = market.getJob(jobId).deadline;

        vm.warp(deadline - 1);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.RunDeadlineNotPassed.selector, jobId, deadline));
        vm.prank(stranger);
        market.timeoutJob(jobId, _terms(jobId));

        vm.warp(deadline);
        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.TimedOut, 0, PRICE + collateral, 0);
        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.JobRefunded(jobId, creator, PRICE + collateral, RefundReason.ProviderTimedOut);
        vm.prank(stranger);
        market.timeoutJob(jobId, _terms(jobId));

        vm.assertEq(uint256(_status(jobId)), uint256(JobStatus.TimedOut));
        vm.assertEq(_balance(creator), PRICE + collateral, "creator: price back + collateral");
        vm.assertEq(_balance(provider), PROVIDER_DEPOSIT - collateral, "provider lost its collateral");
        vm.assertEq(_balance(solver), SOLVER_FEE, "the solver keeps its fee");
        _assertCapacityRestored();
        _assertMarketConserved();

        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotMatched.selector, jobId, JobStatus.TimedOut));
        market.submitResult(jobId, CID);
    }

    function testFuzz_timeoutJob_refundDoesNotDependOnDelay(uint256 delay) public {
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.warp(market.getJob(jobId).deadline + bound(delay, 0, 3650 days));
        vm.prank(stranger);
        market.timeoutJob(jobId, _terms(jobId));
        vm.assertEq(_balance(creator), PRICE + collateral);
        _assertMarketConserved();
    }

    // ------------------------------------------------------------------ wrong result

    /// @dev Mediator 0 sides with the provider; mediators 1 and 2 find the result wrong. A
    ///      stranger challenged: it gets its fee back and the bounty.
    function test_resolveChallenge_wrongResultLosesToCommittee() public {
        (uint256 jobId, uint256 fee) = _challengedJob();
        _vote(jobId, [RIGHT, WRONG, WRONG]);
        uint256 paidToMediators = 2 * uint256(MEDIATOR_FEE);
        uint256 bounty = _bountyOf(PRICE);

        vm.expectEmit(true, true, false, true, address(mediation));
        emit IMediatorRegistry.MediatorSlashed(jobId, mediatorSet[0], SLASH);
        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.JobRefunded(
            jobId, creator, PRICE + collateral - bounty - paidToMediators, RefundReason.ResultRejected
        );
        vm.prank(solver);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));

        vm.assertEq(uint256(_status(jobId)), uint256(JobStatus.Rejected));
        vm.assertEq(
            _balance(creator), PRICE + collateral - bounty - paidToMediators, "creator refunded and compensated"
        );
        vm.assertEq(_balance(stranger), fee + bounty, "challenger's fee returned with the bounty");
        vm.assertEq(_balance(provider), PROVIDER_DEPOSIT - collateral, "provider lost its collateral");
        vm.assertEq(_earned(mediatorSet[0]), 0, "minority unpaid");
        vm.assertEq(_earned(mediatorSet[1]), MEDIATOR_FEE, "majority paid");
        vm.assertEq(_earned(mediatorSet[2]), MEDIATOR_FEE, "majority paid");

        vm.assertEq(_bond(mediatorSet[0]), MIN_BOND - SLASH, "minority slashed");
        vm.assertEq(_bond(mediatorSet[1]), MIN_BOND, "the majority gains no bond");
        vm.assertEq(_bond(mediatorSet[2]), MIN_BOND, "the majority gains no bond");
        vm.assertEq(mediation.burned(), SLASH, "the slash is burned");
        vm.assertEq(mediation.totalHeld(), 3 * MIN_BOND, "burned bond stays counted in the registry");
        for (uint256 i; i < 3; ++i) vm.assertEq(mediation.getMediator(mediatorSet[i]).activeMediations, 0);

        _assertCapacityRestored();
        _assertMarketConserved();
    }

    /// @dev The creator challenges its own job: refund, compensation, its fee and the bounty.
    function test_resolveChallenge_wrongResultChallengedByCreator() public {
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        _submit(jobId);
        uint256 fee = 3 * uint256(MEDIATOR_FEE);
        vm.deal(creator, fee);
        vm.prank(creator);
        market.challenge{value: fee}(jobId, _terms(jobId), _result(jobId));
        _vote(jobId, [WRONG, WRONG, WRONG]);

        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));

        // Each of the three is paid its fee from the collateral's committee part.
        vm.assertEq(_balance(creator), PRICE + collateral - 3 * uint256(MEDIATOR_FEE) + fee, "refund + compensation + fee back");
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(_earned(mediatorSet[i]), MEDIATOR_FEE);
            vm.assertEq(_bond(mediatorSet[i]), MIN_BOND, "nobody slashed");
        }
        _assertMarketConserved();
    }

    // ------------------------------------------------------------------ mediators that never vote

    /// @dev Mediators 0 and 1 find the provider right; mediator 2 never commits.
    function test_resolveChallenge_silentMediatorIsSlashedAndBurned() public {
        (uint256 jobId, uint256 fee) = _challengedJob();
        _vote(jobId, [RIGHT, RIGHT, SILENT]);

        uint40 revealDeadline = mediation.getMediation(jobId).revealDeadline;
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOver.selector, jobId, revealDeadline));
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));

        vm.warp(revealDeadline);
        vm.expectEmit(true, true, false, true, address(mediation));
        emit IMediatorRegistry.MediatorSlashed(jobId, mediatorSet[2], SLASH);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));

        vm.assertEq(uint256(_status(jobId)), uint256(JobStatus.Accepted));
        vm.assertEq(_bond(mediatorSet[2]), MIN_BOND - SLASH, "silent mediator slashed");
        vm.assertEq(_bond(mediatorSet[0]), MIN_BOND, "the honest gain no bond");
        vm.assertEq(mediation.burned(), SLASH);
        vm.assertEq(_earned(mediatorSet[0]), MEDIATOR_FEE, "voters paid from the challenger's fee");
        vm.assertEq(_earned(mediatorSet[1]), MEDIATOR_FEE);
        vm.assertEq(_earned(mediatorSet[2]), 0, "silent mediator unpaid");
        vm.assertEq(
            _balance(provider),
            PROVIDER_DEPOSIT + PRICE + fee - 2 * uint256(MEDIATOR_FEE),
            "provider: price, collateral back, unspent fee"
        );
        vm.assertEq(_balance(stranger), 0, "a lost challenge costs the fee");
        _assertMarketConserved();

        // The slashed one leaves with what is left of its bond.
        vm.prank(mediatorSet[2]);
        mediation.requestExit();
        vm.warp(block.timestamp + EXIT_DELAY);
        uint256 before = mediatorSet[2].balance;
        vm.prank(mediatorSet[2]);
        mediation.completeExit();
        vm.assertEq(mediatorSet[2].balance, before + MIN_BOND - SLASH, "exit returns the slashed bond");
        vm.assertEq(address(mediation).balance, mediation.totalHeld());
    }

    /// @dev A split vote with one silent member: no majority. The result stands and its provider
    ///      is paid; the two who revealed are paid from the fee; the silent one is slashed (burned).
    function test_resolveChallenge_silentMediatorWithSplitVoteIsSlashed() public {
        (uint256 jobId, uint256 fee) = _challengedJob();
        _vote(jobId, [RIGHT, WRONG, SILENT]);
        vm.warp(mediation.getMediation(jobId).revealDeadline);

        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Undecided, PRICE + collateral, 0, fee - 2 * uint256(MEDIATOR_FEE));
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));

        vm.assertEq(uint256(_status(jobId)), uint256(JobStatus.Undecided));
        vm.assertEq(_balance(creator), 0, "the creator paid for the result it keeps");
        vm.assertEq(_balance(provider), PROVIDER_DEPOSIT + PRICE, "provider paid");
        vm.assertEq(_balance(stranger), fee - 2 * uint256(MEDIATOR_FEE), "challenger: the fee left");
        vm.assertEq(_bond(mediatorSet[2]), MIN_BOND - SLASH);
        vm.assertEq(_bond(mediatorSet[0]), MIN_BOND);
        vm.assertEq(_bond(mediatorSet[1]), MIN_BOND);
        vm.assertEq(mediation.burned(), SLASH);
        _assertMarketConserved();
    }

    /// @dev Nobody votes: every member is slashed, burned; the challenger gets its fee back,
    ///      never the slashes.
    function test_resolveChallenge_silentCommitteeIsSlashedForNobody() public {
        (uint256 jobId, uint256 fee) = _challengedJob();
        vm.warp(mediation.getMediation(jobId).revealDeadline);

        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));

        vm.assertEq(uint256(_status(jobId)), uint256(JobStatus.Undecided));
        for (uint256 i; i < 3; ++i) vm.assertEq(_bond(mediatorSet[i]), MIN_BOND - SLASH);
        vm.assertEq(mediation.burned(), 3 * SLASH, "slashes burned");
        vm.assertEq(_balance(stranger), fee, "the challenger gets its fee back, nothing more");
        vm.assertEq(_balance(creator), 0);
        vm.assertEq(_balance(provider), PROVIDER_DEPOSIT + PRICE);
        _assertMarketConserved();
        vm.assertEq(address(mediation).balance, mediation.totalHeld());
        vm.assertEq(mediation.totalHeld(), 3 * MIN_BOND);
    }
}
