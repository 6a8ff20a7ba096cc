// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {JobStatus, RefundReason, Verdict} from "../../src/types/Status.sol";

/// @notice challenge and resolveChallenge: the fee, the three verdicts and who is paid what
///         (the payoff table of the README, row by row).
contract PondMarketChallengeTest is PondUnitBase {
    uint256 internal constant PROVIDER_DEPOSIT = 10 ether;
    /// @dev 2 x price + 3 members x the mediator fee.
    uint256 internal constant COLLATERAL = 2 * uint256(PRICE) + COMMITTEE_FEE;
    /// @dev Half of the price-proportional collateral.
    uint256 internal constant BOUNTY = uint256(PRICE);

    function _assertConserved() internal view {
        uint256 sum = _bal(creator) + _bal(provider) + _bal(solver) + _bal(stranger);
        uint256 earned;
        for (uint256 i; i < 3; ++i) {
            earned += _earned(mediatorSet[i]);
        }
        assertEq(_bal(address(mediation)), earned, "registry's balance == its mediators' earnings");
        assertEq(address(market).balance, sum + earned, "market balance == sum of free balances");
        assertEq(address(mediation).balance, mediation.totalHeld(), "registry balance == totalHeld");
    }

    function _revealDeadline() internal view returns (uint40) {
        return uint40(block.timestamp + COMMIT_WINDOW + RUN_TIME + REVEAL_WINDOW);
    }

    // ------------------------------------------------------------------ challenge

    function test_challenge_byCreatorEscrowsCommitteeFee() public {
        uint32 committeeId = _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        uint40 revealDeadline = _revealDeadline();

        vm.expectEmit(address(market));
        emit IPondMarket.JobChallenged(jobId, creator, committeeId, COMMITTEE_FEE, revealDeadline);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));

        IPondMarket.Job memory j = market.getJob(jobId);
        assertEq(j.status, JobStatus.Challenged);
        assertEq(j.deadline, revealDeadline);
        assertEq(j.challenger, creator);
        // The deal held (a result came): its solver is paid at the challenge, whatever the verdict.
        assertEq(j.solver, address(0));
        assertEq(_bal(solver), SOLVER_FEE);
        assertEq(address(market).balance, PROVIDER_DEPOSIT + PRICE + SOLVER_FEE + COMMITTEE_FEE);

        IMediatorRegistry.Mediation memory m = mediation.getMediation(jobId);
        assertTrue(m.open);
        assertEq(m.committeeId, committeeId);
        assertEq(m.eligibleMask, 7);
        assertEq(m.commitDeadline, block.timestamp + COMMIT_WINDOW + RUN_TIME);
    }

    function test_challenge_byStrangerFromBalance() public {
        (uint256 jobId,) = _submittedJob();
        _deposit(stranger, 1 ether);
        vm.prank(stranger);
        market.challenge(jobId, _terms(jobId), _result(jobId));
        assertEq(_bal(stranger), 1 ether - COMMITTEE_FEE);
        assertEq(market.getJob(jobId).challenger, stranger);
    }

    function test_challenge_lastSecondOfWindow() public {
        (uint256 jobId,) = _submittedJob();
        vm.warp(block.timestamp + CHALLENGE_WINDOW - 1);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        assertEq(_status(jobId), JobStatus.Challenged);
    }

    /// @notice The fee is the job's, fixed when it was posted: governance raising it later
    ///         changes nothing for this deal.
    function test_challenge_feeFixedWhenTheJobWasPosted() public {
        (uint256 jobId,) = _submittedJob();
        vm.prank(governance);
        market.configureToken(address(0), true, 5 * MEDIATOR_FEE);
        vm.expectEmit(address(market));
        emit IPondMarket.JobChallenged(jobId, creator, _terms(jobId).committeeId, COMMITTEE_FEE, _revealDeadline());
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
    }

    /// @notice A member whose bond is held by other mediations does not take this one, and the
    ///         challenger pays only for those who do.
    function test_challenge_feeCountsOnlyEligibleMembers() public {
        uint32 committeeId = _defaultCommittee();
        // Member 1 lost its bond (silent in mediations of its committee of one): it cannot judge.
        uint256[] memory held = _saturate(mediatorSet[1]);
        vm.warp(mediation.getMediation(held[0]).revealDeadline);
        for (uint256 k; k < held.length; ++k) {
            market.resolveChallenge(held[k], _terms(held[k]), _result(held[k]));
        }
        vm.assertLt(mediation.getMediator(mediatorSet[1]).bond, SLASH);
        (uint256 jobId,) = _submittedJob();
        uint256 fee = 2 * uint256(MEDIATOR_FEE);

        vm.expectEmit(address(market));
        emit IPondMarket.JobChallenged(jobId, creator, committeeId, fee, _revealDeadline());
        vm.prank(creator);
        market.challenge{value: fee}(jobId, _terms(jobId), _result(jobId));
        assertEq(mediation.getMediation(jobId).eligibleMask, 5);
    }

    /// @dev Holds `who`'s whole bond with open mediations (one slash each) of its committee of one.
    function _saturate(address who) internal returns (uint256[] memory held) {
        uint32 single = _committee(who);
        _deposit(stranger, 10 ether);
        uint256 offerId = _freeOffer(stranger, single);
        held = new uint256[](MIN_BOND / SLASH);
        for (uint256 k; k < MIN_BOND / SLASH; ++k) {
            IPondMarket.JobRequest memory r = _jobRequest();
            r.committeeId = single;
            r.price = 1;
            r.solverFee = 0;
            vm.startPrank(stranger);
            uint256 id = market.postJob(r);
            market.matchJob(id, offerId, _terms(id));
            market.submitResult(id, CID);
            market.challenge(id, _terms(id), _result(id));
            vm.stopPrank();
            held[k] = id;
        }
        assertEq(mediation.getMediator(who).activeMediations, MIN_BOND / SLASH);
    }

    function test_challenge_jobCommitteeUsed() public {
        uint32 other = _committee(mediatorSet[0], mediatorSet[1], _outsider());
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.trustedCommitteeId = other;
        _deposit(provider, PROVIDER_DEPOSIT);
        uint256 offerId = _postOffer(provider, o);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = other;
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        _submit(jobId);

        vm.expectEmit(address(market));
        emit IPondMarket.JobChallenged(jobId, creator, other, COMMITTEE_FEE, _revealDeadline());
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
    }

    function test_challenge_revertsWhenMatched() public {
        uint256 offerId = _providerReady(PROVIDER_DEPOSIT);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotSubmitted.selector, jobId, JobStatus.Matched));
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
    }

    function test_challenge_revertsWhenAlreadyChallenged() public {
        (uint256 jobId,) = _challengedJob(creator);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotSubmitted.selector, jobId, JobStatus.Challenged));
        vm.prank(stranger);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
    }

    function test_challenge_revertsAtWindowEnd() public {
        (uint256 jobId,) = _submittedJob();
        uint256 deadline = block.timestamp + CHALLENGE_WINDOW;
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ChallengeWindowClosed.selector, jobId, deadline));
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
    }

    function test_challenge_revertsWhenValueWrong() public {
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueMismatch.selector, MEDIATOR_FEE, COMMITTEE_FEE));
        vm.prank(creator);
        market.challenge{value: MEDIATOR_FEE}(jobId, _terms(jobId), _result(jobId));
    }

    function test_challenge_revertsWhenBalanceTooSmall() public {
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.InsufficientBalance.selector, stranger, address(0), 0, COMMITTEE_FEE)
        );
        vm.prank(stranger);
        market.challenge(jobId, _terms(jobId), _result(jobId));
    }

    /// @notice Members that asked to leave still judge the deals they had: the default committee
    ///         leaving after a match does not make its result unchallengeable.
    function test_challenge_membersLeavingAfterTheMatchStillJudge() public {
        (uint256 jobId,) = _submittedJob();
        for (uint256 i; i < 3; ++i) {
            vm.prank(mediatorSet[i]);
            mediation.requestExit();
        }
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        assertEq(mediation.getMediation(jobId).eligibleMask, 7);
    }

    /// @dev A submitted job whose challenge by `creator` waits: members 0 and 2 of the default
    ///      committee have their bonds held by mediations of their own committees of one.
    function _waitingChallenge() internal returns (uint256 jobId, uint256 offerId) {
        (jobId, offerId) = _submittedJob();
        _saturate(mediatorSet[0]);
        _saturate(mediatorSet[2]);
        vm.expectEmit(address(mediation));
        emit IMediatorRegistry.MediationQueued(jobId, _defaultCommittee(), 0);
        vm.expectEmit(address(market));
        emit IPondMarket.JobChallenged(jobId, creator, _defaultCommittee(), COMMITTEE_FEE, 0);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
    }

    /// @dev Frees one slot of members 0 and 2 (a top-up) and opens the waiting mediation.
    function _openWaiting(uint256 jobId) internal {
        for (uint256 i; i < 3; i += 2) {
            vm.deal(mediatorSet[i], SLASH);
            vm.prank(mediatorSet[i]);
            mediation.register{value: SLASH}();
        }
        mediation.openQueued(_defaultCommittee());
        assertTrue(mediation.getMediation(jobId).open);
    }

    /// @notice Fewer than a majority can take the mediation: the challenge is not refused, it
    ///         waits (reveal deadline 0), the challenger pays for the whole committee, and the
    ///         deal can neither be finalized nor resolved meanwhile.
    function test_challenge_waitsWhenFewerThanAMajorityCanTakeIt() public {
        (uint256 jobId,) = _waitingChallenge();
        assertEq(_status(jobId), JobStatus.Challenged);
        assertEq(market.getJob(jobId).deadline, 0);
        assertFalse(mediation.getMediation(jobId).open);
        vm.warp(block.timestamp + CHALLENGE_WINDOW + 1);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotSubmitted.selector, jobId, JobStatus.Challenged));
        market.finalize(jobId, _terms(jobId), _result(jobId));
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationWaiting.selector, jobId, _defaultCommittee()));
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
    }

    /// @notice A waiting challenge that opens and finds the result wrong with two of three
    ///         votes (the third member silent) pays the challenger back its whole fee and the
    ///         bounty, and the creator its price. (The members' own committees keep deals open,
    ///         so these tests check the parties' balances, not the whole market's.)
    function test_challenge_waitedThenProviderWrong() public {
        (uint256 jobId,) = _waitingChallenge();
        _openWaiting(jobId);
        assertEq(mediation.getMediation(jobId).eligibleMask, 7);
        _castVotes(jobId, [uint8(2), 0, 2]);
        vm.warp(mediation.getMediation(jobId).revealDeadline);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        assertEq(_status(jobId), JobStatus.Rejected);
        // As creator its price and the collateral less the bounty and the two judges' fees; as
        // challenger its whole fee back and the bounty.
        assertEq(
            _bal(creator), uint256(PRICE) + _collateralOf(PRICE) - 2 * uint256(MEDIATOR_FEE) + COMMITTEE_FEE, "creator"
        );
        assertEq(_earned(mediatorSet[0]), MEDIATOR_FEE);
        assertEq(_earned(mediatorSet[1]), 0);
    }

    /// @notice A waiting challenge that finds the result right: the majority is paid from the
    ///         fee and the provider gets the rest of it, the absent member's share included.
    function test_challenge_waitedThenProviderRight() public {
        (uint256 jobId,) = _waitingChallenge();
        uint256 providerBefore = _bal(provider);
        _openWaiting(jobId);
        _castVotes(jobId, [uint8(1), 0, 1]);
        vm.warp(mediation.getMediation(jobId).revealDeadline);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        assertEq(_status(jobId), JobStatus.Accepted);
        assertEq(
            _bal(provider) - providerBefore,
            uint256(PRICE) + _collateralOf(PRICE) + COMMITTEE_FEE - 2 * uint256(MEDIATOR_FEE),
            "provider: price, collateral and the fee the majority did not take"
        );
    }

    /// @notice A waiting challenge whose committee can never take it (two of its three members
    ///         slashed below a slash of bond by their own committees' mediations) is resolved
    ///         without a mediation: the result stands, the challenger gets its whole fee back.
    function test_challenge_waitingDroppedWhenTheCommitteeCanNeverJudge() public {
        (uint256 jobId,) = _waitingChallenge();
        uint256 last = market.jobCount();
        vm.warp(market.getJob(last).deadline);
        for (uint256 id = jobId + 1; id <= last; ++id) {
            market.resolveChallenge(id, _terms(id), _result(id)); // silent: slashed
        }
        assertEq(mediation.getMediator(mediatorSet[0]).bond, 0);
        uint256 challengerBefore = _bal(creator);
        uint256 providerBefore = _bal(provider);
        vm.expectEmit(address(mediation));
        emit IMediatorRegistry.MediationDropped(jobId, _defaultCommittee());
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        assertEq(_status(jobId), JobStatus.Undecided);
        assertEq(_bal(creator) - challengerBefore, COMMITTEE_FEE, "the challenger's whole fee back");
        assertEq(_bal(provider) - providerBefore, uint256(PRICE) + _collateralOf(PRICE), "the provider paid");
    }

    // ------------------------------------------------------------------ resolveChallenge: reverts

    function test_resolveChallenge_revertsWhenNotChallenged() public {
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotChallenged.selector, jobId, JobStatus.Submitted));
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
    }

    function test_resolveChallenge_revertsBeforeRevealDeadline() public {
        (uint256 jobId,) = _challengedJob(creator);
        uint256 revealDeadline = market.getJob(jobId).deadline;
        _commitVote(jobId, mediatorSet[0], true);
        vm.warp(revealDeadline - 1);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOver.selector, jobId, revealDeadline));
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
    }

    function test_resolveChallenge_revertsWhenAlreadyResolved() public {
        (uint256 jobId,) = _challengedJob(creator);
        _castVotes(jobId, [uint8(1), 1, 1]);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotChallenged.selector, jobId, JobStatus.Accepted));
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
    }

    // ------------------------------------------------------------------ ProviderRight

    function test_resolveChallenge_providerRightPaysMediatorsFromFee() public {
        (uint256 jobId, uint256 offerId) = _challengedJob(creator);
        _castVotes(jobId, [uint8(1), 1, 1]);

        for (uint256 i; i < 3; ++i) {
            vm.expectEmit(address(market));
            emit IPondMarket.MediatorPaid(jobId, mediatorSet[i], MEDIATOR_FEE);
        }
        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Accepted, PRICE + COLLATERAL, 0, 0);
        vm.prank(stranger);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));

        assertEq(_status(jobId), JobStatus.Accepted);
        assertEq(_bal(provider), PROVIDER_DEPOSIT + PRICE);
        assertEq(_bal(creator), 0);
        assertEq(_bal(solver), SOLVER_FEE);
        for (uint256 i; i < 3; ++i) {
            assertEq(_earned(mediatorSet[i]), MEDIATOR_FEE);
            assertEq(mediation.getMediator(mediatorSet[i]).bond, MIN_BOND);
        }
        assertEq(market.getOffer(offerId).available, _capacity());
        assertFalse(mediation.getMediation(jobId).open);
        _assertConserved();
    }

    /// @notice A mediator takes its earned fees out: the market pays them from the registry's
    ///         balance, to any address; they survive its exit; nothing is paid twice.
    function test_withdrawEarnings_paysTheMediatorFromTheRegistrysBalance() public {
        (uint256 jobId,) = _challengedJob(creator);
        _castVotes(jobId, [uint8(1), 1, 1]);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        assertEq(_bal(address(mediation)), COMMITTEE_FEE);

        address to = makeAddr("cold wallet");
        vm.expectEmit(address(mediation));
        emit IMediatorRegistry.EarningsWithdrawn(mediatorSet[0], address(0), MEDIATOR_FEE, to);
        vm.expectEmit(address(market));
        emit IPondMarket.Withdrawn(address(mediation), address(0), MEDIATOR_FEE, to);
        vm.prank(mediatorSet[0]);
        assertEq(mediation.withdrawEarnings(address(0), to), MEDIATOR_FEE);
        assertEq(to.balance, MEDIATOR_FEE);
        assertEq(_earned(mediatorSet[0]), 0);
        assertEq(_bal(address(mediation)), COMMITTEE_FEE - MEDIATOR_FEE);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NothingEarned.selector, mediatorSet[0], address(0)));
        vm.prank(mediatorSet[0]);
        mediation.withdrawEarnings(address(0), to);

        // Another leaves the registry, then takes its earnings.
        vm.prank(mediatorSet[1]);
        mediation.requestExit();
        vm.warp(block.timestamp + mediation.exitDelay());
        vm.prank(mediatorSet[1]);
        mediation.completeExit();
        uint256 before = mediatorSet[1].balance;
        vm.prank(mediatorSet[1]);
        mediation.withdrawEarnings(address(0), mediatorSet[1]);
        assertEq(mediatorSet[1].balance, before + MEDIATOR_FEE);
        // A recipient of zero is refused by the market, and nothing moves.
        vm.expectRevert(IPondMarket.RecipientZero.selector);
        vm.prank(mediatorSet[2]);
        mediation.withdrawEarnings(address(0), address(0));
        assertEq(_earned(mediatorSet[2]), MEDIATOR_FEE);
        _assertConserved();
    }

    function test_resolveChallenge_providerRightSplitVoteGivesProviderUnpaidFee() public {
        (uint256 jobId,) = _challengedJob(creator);
        _castVotes(jobId, [uint8(1), 2, 1]);

        vm.expectEmit(address(mediation));
        emit IMediatorRegistry.MediatorSlashed(jobId, mediatorSet[1], SLASH);
        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Accepted, PRICE + COLLATERAL + MEDIATOR_FEE, 0, 0);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));

        assertEq(_bal(provider), PROVIDER_DEPOSIT + PRICE + MEDIATOR_FEE);
        assertEq(_earned(mediatorSet[0]), MEDIATOR_FEE);
        assertEq(_earned(mediatorSet[1]), 0);
        assertEq(_earned(mediatorSet[2]), MEDIATOR_FEE);
        // The minority voter's slashed bond is burned: nobody, the majority included, gains it.
        assertEq(mediation.getMediator(mediatorSet[1]).bond, MIN_BOND - SLASH);
        assertEq(mediation.getMediator(mediatorSet[0]).bond, MIN_BOND);
        assertEq(mediation.burned(), SLASH);
        _assertConserved();
    }

    function test_resolveChallenge_providerRightCannotRunVoterUnpaidUnslashed() public {
        (uint256 jobId,) = _challengedJob(creator);
        _castVotes(jobId, [uint8(1), 3, 1]);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        assertEq(_bal(provider), PROVIDER_DEPOSIT + PRICE + MEDIATOR_FEE);
        assertEq(_earned(mediatorSet[1]), 0);
        assertEq(mediation.getMediator(mediatorSet[1]).bond, MIN_BOND);
        _assertConserved();
    }

    // ------------------------------------------------------------------ ProviderWrong

    function test_resolveChallenge_providerWrongPaysBountyRefundsAndCompensatesCreator() public {
        (uint256 jobId, uint256 offerId) = _challengedJob(stranger);
        _castVotes(jobId, [uint8(2), 2, 2]);
        uint256 toCreator = PRICE + COLLATERAL - BOUNTY - COMMITTEE_FEE;
        uint256 toChallenger = COMMITTEE_FEE + BOUNTY;

        for (uint256 i; i < 3; ++i) {
            vm.expectEmit(address(market));
            emit IPondMarket.MediatorPaid(jobId, mediatorSet[i], MEDIATOR_FEE);
        }
        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Rejected, 0, toCreator, toChallenger);
        vm.expectEmit(address(market));
        emit IPondMarket.JobRefunded(jobId, creator, toCreator, RefundReason.ResultRejected);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));

        assertEq(_status(jobId), JobStatus.Rejected);
        assertEq(_bal(creator), toCreator);
        assertEq(toCreator, 2 * uint256(PRICE), "the creator: its price back and as much again");
        assertEq(_bal(stranger), toChallenger, "the watcher: its fee back plus the bounty");
        assertEq(_bal(provider), PROVIDER_DEPOSIT - COLLATERAL);
        for (uint256 i; i < 3; ++i) {
            assertEq(_earned(mediatorSet[i]), MEDIATOR_FEE);
        }
        assertEq(market.getOffer(offerId).available, _capacity());
        _assertConserved();
    }

    function test_resolveChallenge_providerWrongByCreatorChallenger() public {
        (uint256 jobId,) = _challengedJob(creator);
        _castVotes(jobId, [uint8(2), 1, 2]);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        // Two mediators paid from the collateral; the creator gets its fee back and the bounty
        // as challenger, its price and the rest of the collateral as creator.
        assertEq(_bal(creator), PRICE + COLLATERAL - 2 * uint256(MEDIATOR_FEE) + COMMITTEE_FEE);
        assertEq(_earned(mediatorSet[1]), 0);
        assertEq(mediation.getMediator(mediatorSet[1]).bond, MIN_BOND - SLASH);
        _assertConserved();
    }

    // ------------------------------------------------------------------ NoMajority

    /// @notice One right, one wrong, one silent: nothing decided. The result stands, so its
    ///         provider is paid; both who revealed a vote are paid from the fee; the silent
    ///         member's slash is burned; the challenger gets the rest of its fee.
    function test_resolveChallenge_noMajorityPaysTheProvider() public {
        (uint256 jobId, uint256 offerId) = _challengedJob(stranger);
        _castVotes(jobId, [uint8(1), 2, 0]);
        vm.warp(market.getJob(jobId).deadline);

        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Undecided, PRICE + COLLATERAL, 0, MEDIATOR_FEE);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));

        assertEq(_status(jobId), JobStatus.Undecided);
        assertEq(_bal(creator), 0, "the creator keeps the result it paid for, not its price");
        assertEq(_bal(stranger), MEDIATOR_FEE);
        assertEq(_bal(provider), PROVIDER_DEPOSIT + PRICE);
        assertEq(_earned(mediatorSet[0]), MEDIATOR_FEE);
        assertEq(_earned(mediatorSet[1]), MEDIATOR_FEE);
        assertEq(_earned(mediatorSet[2]), 0);
        assertEq(mediation.getMediator(mediatorSet[2]).bond, MIN_BOND - SLASH);
        assertEq(mediation.burned(), SLASH);
        assertEq(market.getOffer(offerId).available, _capacity());
        _assertConserved();
    }

    function test_resolveChallenge_nobodyVotesBurnsSlashesRefundsFee() public {
        (uint256 jobId,) = _challengedJob(stranger);
        vm.warp(market.getJob(jobId).deadline);
        vm.expectEmit(address(mediation));
        emit IMediatorRegistry.MediationClosed(jobId, Verdict.NoMajority, 0, 0);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        assertEq(mediation.burned(), 3 * SLASH);
        assertEq(_bal(stranger), COMMITTEE_FEE, "slashes never go to whoever opened the dispute");
        assertEq(_bal(provider), PROVIDER_DEPOSIT + PRICE);
        _assertConserved();
    }

    function test_resolveChallenge_everyoneCannotRun() public {
        (uint256 jobId,) = _challengedJob(stranger);
        _castVotes(jobId, [uint8(3), 3, 3]);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        assertEq(_status(jobId), JobStatus.Undecided);
        // A committee that tried and cannot run it is paid: the challenger's fee is spent.
        assertEq(_bal(stranger), 0);
        assertEq(_bal(provider), PROVIDER_DEPOSIT + PRICE);
        for (uint256 i; i < 3; ++i) {
            assertEq(_earned(mediatorSet[i]), MEDIATOR_FEE);
            assertEq(mediation.getMediator(mediatorSet[i]).bond, MIN_BOND);
        }
        _assertConserved();
    }
}
