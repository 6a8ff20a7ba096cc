// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {JobStatus, RefundReason, Verdict} from "../../src/types/Status.sol";

/// @notice challenge and resolveChallenge: the fee, the three verdicts and who is paid what.
contract PondMarketChallengeTest is PondUnitBase {
    uint256 internal constant PROVIDER_DEPOSIT = 10 ether;
    uint256 internal constant COLLATERAL = 2 * uint256(PRICE);

    function _assertConserved() internal view {
        uint256 sum = _bal(creator) + _bal(provider) + _bal(solver) + _bal(stranger);
        for (uint256 i; i < 3; ++i) {
            sum += _bal(mediatorSet[i]);
        }
        assertEq(address(market).balance, sum, "market balance == sum of free balances");
    }

    // ------------------------------------------------------------------ challenge

    function test_challenge_byCreatorEscrowsCommitteeFee() public {
        uint32 committeeId = _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        uint40 revealDeadline = uint40(block.timestamp + COMMIT_WINDOW + REVEAL_WINDOW);

        vm.expectEmit(address(market));
        emit IPondMarket.JobChallenged(jobId, creator, committeeId, COMMITTEE_FEE, revealDeadline);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId);

        IPondMarket.Job memory j = market.getJob(jobId);
        assertEq(j.status, JobStatus.Challenged);
        assertEq(j.deadline, revealDeadline);
        (address challenger, uint96 feePerMediator, uint8 eligible) = market.challengeOf(jobId);
        assertEq(challenger, creator);
        assertEq(feePerMediator, MEDIATOR_FEE);
        assertEq(eligible, 3);
        assertEq(address(market).balance, PROVIDER_DEPOSIT + PRICE + SOLVER_FEE + COMMITTEE_FEE);

        IMediatorRegistry.Mediation memory m = mediation.getMediation(jobId);
        assertTrue(m.open);
        assertEq(m.committeeId, committeeId);
        assertEq(m.challenger, creator);
        assertEq(m.eligibleMask, 7);
    }

    function test_challenge_byStrangerFromBalance() public {
        _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        _deposit(stranger, 1 ether);
        vm.prank(stranger);
        market.challenge(jobId);
        assertEq(_bal(stranger), 1 ether - COMMITTEE_FEE);
        (address challenger,,) = market.challengeOf(jobId);
        assertEq(challenger, stranger);
    }

    function test_challenge_lastSecondOfWindow() public {
        _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        vm.warp(block.timestamp + CHALLENGE_WINDOW - 1);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId);
        assertEq(_status(jobId), JobStatus.Challenged);
    }

    function test_challenge_feeCountsOnlyEligibleMembers() public {
        uint32 committeeId = _defaultCommittee();
        vm.prank(mediatorSet[1]);
        mediation.requestExit();
        (uint256 jobId,) = _submittedJob();
        uint256 fee = 2 * uint256(MEDIATOR_FEE);

        vm.expectEmit(address(market));
        emit IPondMarket.JobChallenged(
            jobId, creator, committeeId, fee, uint40(block.timestamp + COMMIT_WINDOW + REVEAL_WINDOW)
        );
        vm.prank(creator);
        market.challenge{value: fee}(jobId);
        (,, uint8 eligible) = market.challengeOf(jobId);
        assertEq(eligible, 2);
        assertEq(mediation.getMediation(jobId).eligibleMask, 5);
    }

    function test_challenge_jobCommitteeUsed() public {
        _defaultCommittee();
        uint32 pair = _committee(mediatorSet[0], mediatorSet[1]);
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.trustedCommitteeId = 1;
        _deposit(provider, PROVIDER_DEPOSIT);
        uint256 offerId = _postOffer(provider, o);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = pair;
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        _submit(jobId);

        uint256 fee = 2 * uint256(MEDIATOR_FEE);
        vm.expectEmit(address(market));
        emit IPondMarket.JobChallenged(
            jobId, creator, pair, fee, uint40(block.timestamp + COMMIT_WINDOW + REVEAL_WINDOW)
        );
        vm.prank(creator);
        market.challenge{value: fee}(jobId);
    }

    function test_challenge_revertsWhenMatched() public {
        _defaultCommittee();
        uint256 offerId = _providerReady(PROVIDER_DEPOSIT);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotSubmitted.selector, jobId, JobStatus.Matched));
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId);
    }

    function test_challenge_revertsWhenAlreadyChallenged() public {
        (uint256 jobId,) = _challengedJob(creator);
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.JobNotSubmitted.selector, jobId, JobStatus.Challenged)
        );
        vm.prank(stranger);
        market.challenge{value: COMMITTEE_FEE}(jobId);
    }

    function test_challenge_revertsAtWindowEnd() public {
        _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        uint256 deadline = block.timestamp + CHALLENGE_WINDOW;
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ChallengeWindowClosed.selector, jobId, deadline));
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId);
    }

    function test_challenge_revertsWhenValueWrong() public {
        _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueMismatch.selector, MEDIATOR_FEE, COMMITTEE_FEE));
        vm.prank(creator);
        market.challenge{value: MEDIATOR_FEE}(jobId);
    }

    function test_challenge_revertsWhenBalanceTooSmall() public {
        _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.InsufficientBalance.selector, stranger, address(0), 0, COMMITTEE_FEE)
        );
        vm.prank(stranger);
        market.challenge(jobId);
    }

    function test_challenge_revertsWhenNoDefaultCommittee() public {
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NoDefaultCommittee.selector));
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId);
    }

    function test_challenge_revertsWhenNoEligibleMediators() public {
        uint32 committeeId = _defaultCommittee();
        for (uint256 i; i < 3; ++i) {
            vm.prank(mediatorSet[i]);
            mediation.requestExit();
        }
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NoEligibleMediators.selector, committeeId));
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId);
    }

    // ------------------------------------------------------------------ resolveChallenge: reverts

    function test_resolveChallenge_revertsWhenNotChallenged() public {
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.JobNotChallenged.selector, jobId, JobStatus.Submitted)
        );
        market.resolveChallenge(jobId);
    }

    function test_resolveChallenge_revertsBeforeRevealDeadline() public {
        (uint256 jobId,) = _challengedJob(creator);
        uint256 revealDeadline = block.timestamp + COMMIT_WINDOW + REVEAL_WINDOW;
        _commitVote(jobId, mediatorSet[0], true);
        vm.warp(revealDeadline - 1);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOver.selector, jobId, revealDeadline));
        market.resolveChallenge(jobId);
    }

    function test_resolveChallenge_revertsWhenAlreadyResolved() public {
        (uint256 jobId,) = _challengedJob(creator);
        _castVotes(jobId, [uint8(1), 1, 1]);
        market.resolveChallenge(jobId);
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.JobNotChallenged.selector, jobId, JobStatus.Accepted)
        );
        market.resolveChallenge(jobId);
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
        market.resolveChallenge(jobId);

        assertEq(_status(jobId), JobStatus.Accepted);
        assertEq(_bal(provider), PROVIDER_DEPOSIT + PRICE);
        assertEq(_bal(creator), 0);
        assertEq(_bal(solver), SOLVER_FEE);
        for (uint256 i; i < 3; ++i) {
            assertEq(_bal(mediatorSet[i]), MEDIATOR_FEE);
            assertEq(mediation.getMediator(mediatorSet[i]).bond, MIN_BOND);
        }
        assertEq(market.getOffer(offerId).available, _capacity());
        assertFalse(mediation.getMediation(jobId).open);
        _assertConserved();
    }

    function test_resolveChallenge_providerRightSplitVoteGivesProviderUnpaidFee() public {
        (uint256 jobId,) = _challengedJob(creator);
        _castVotes(jobId, [uint8(1), 2, 1]);

        vm.expectEmit(address(mediation));
        emit IMediatorRegistry.MediatorSlashed(jobId, mediatorSet[1], SLASH);
        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Accepted, PRICE + COLLATERAL + MEDIATOR_FEE, 0, 0);
        market.resolveChallenge(jobId);

        assertEq(_bal(provider), PROVIDER_DEPOSIT + PRICE + MEDIATOR_FEE);
        assertEq(_bal(mediatorSet[0]), MEDIATOR_FEE);
        assertEq(_bal(mediatorSet[1]), 0);
        assertEq(_bal(mediatorSet[2]), MEDIATOR_FEE);
        // The minority voter's slashed bond goes to the majority, in the registry.
        assertEq(mediation.getMediator(mediatorSet[1]).bond, MIN_BOND - SLASH);
        assertEq(mediation.credit(mediatorSet[0]), SLASH / 2);
        assertEq(mediation.credit(mediatorSet[2]), SLASH / 2);
        _assertConserved();
    }

    // ------------------------------------------------------------------ ProviderWrong

    function test_resolveChallenge_providerWrongRefundsAndCompensatesCreator() public {
        (uint256 jobId, uint256 offerId) = _challengedJob(stranger);
        _castVotes(jobId, [uint8(2), 2, 2]);
        uint256 toCreator = PRICE + COLLATERAL - COMMITTEE_FEE;

        for (uint256 i; i < 3; ++i) {
            vm.expectEmit(address(market));
            emit IPondMarket.MediatorPaid(jobId, mediatorSet[i], MEDIATOR_FEE);
        }
        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Rejected, 0, toCreator, COMMITTEE_FEE);
        vm.expectEmit(address(market));
        emit IPondMarket.JobRefunded(jobId, creator, toCreator, RefundReason.ResultRejected);
        market.resolveChallenge(jobId);

        assertEq(_status(jobId), JobStatus.Rejected);
        assertEq(_bal(creator), toCreator);
        assertEq(_bal(stranger), COMMITTEE_FEE);
        assertEq(_bal(provider), PROVIDER_DEPOSIT - COLLATERAL);
        for (uint256 i; i < 3; ++i) {
            assertEq(_bal(mediatorSet[i]), MEDIATOR_FEE);
        }
        assertEq(market.getOffer(offerId).available, _capacity());
        _assertConserved();
    }

    function test_resolveChallenge_providerWrongByCreatorChallenger() public {
        (uint256 jobId,) = _challengedJob(creator);
        _castVotes(jobId, [uint8(2), 1, 2]);
        market.resolveChallenge(jobId);
        // Two mediators paid from the collateral; the creator gets its fee back as challenger.
        assertEq(_bal(creator), PRICE + COLLATERAL - 2 * uint256(MEDIATOR_FEE) + COMMITTEE_FEE);
        assertEq(_bal(mediatorSet[1]), 0);
        assertEq(mediation.getMediator(mediatorSet[1]).bond, MIN_BOND - SLASH);
        _assertConserved();
    }

    // ------------------------------------------------------------------ NoMajority

    function test_resolveChallenge_noMajorityRefundsEveryone() public {
        (uint256 jobId, uint256 offerId) = _challengedJob(stranger);
        _commitVote(jobId, mediatorSet[0], true);
        vm.warp(block.timestamp + COMMIT_WINDOW);
        _reveal(jobId, mediatorSet[0], true);
        vm.warp(block.timestamp + REVEAL_WINDOW);

        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Undecided, COLLATERAL, PRICE, COMMITTEE_FEE);
        vm.expectEmit(address(market));
        emit IPondMarket.JobRefunded(jobId, creator, PRICE, RefundReason.NoMajority);
        market.resolveChallenge(jobId);

        assertEq(_status(jobId), JobStatus.Undecided);
        assertEq(_bal(creator), PRICE);
        assertEq(_bal(stranger), COMMITTEE_FEE);
        assertEq(_bal(provider), PROVIDER_DEPOSIT);
        for (uint256 i; i < 3; ++i) {
            assertEq(_bal(mediatorSet[i]), 0);
        }
        // The two who did not vote lose SLASH each, credited to the one who did.
        assertEq(mediation.getMediator(mediatorSet[1]).bond, MIN_BOND - SLASH);
        assertEq(mediation.getMediator(mediatorSet[2]).bond, MIN_BOND - SLASH);
        assertEq(mediation.credit(mediatorSet[0]), 2 * SLASH);
        assertEq(market.getOffer(offerId).available, _capacity());
        _assertConserved();
    }

    function test_resolveChallenge_nobodyVotesCreditsSlashToChallenger() public {
        (uint256 jobId,) = _challengedJob(stranger);
        vm.warp(block.timestamp + COMMIT_WINDOW + REVEAL_WINDOW);
        vm.expectEmit(address(mediation));
        emit IMediatorRegistry.MediationClosed(jobId, Verdict.NoMajority, 0, 0);
        market.resolveChallenge(jobId);
        assertEq(mediation.credit(stranger), 3 * SLASH);
        assertEq(_bal(stranger), COMMITTEE_FEE);
        _assertConserved();
    }
}
