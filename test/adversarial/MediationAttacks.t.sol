// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "../unit/PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus, Vote} from "../../src/types/Status.sol";

/// @notice Who can make whom lose money through the challenge and mediation rules, the
///         MediatorRegistry's bonds and governance acting while deals are live. Each test asserts
///         what an honest party must end with.
contract MediationAttacksTest is PondUnitBase {
    uint256 internal constant DEPOSIT = 10 ether;

    // ------------------------------------------------------------------ saturation

    /// @notice README ("Saturation"): an attacker holds a committee's bonds with mediations of
    ///         its own jobs, whose inputs nobody serves, and meanwhile submits a wrong result on
    ///         an honest creator's job that committee judges. Each held mediation costs it every
    ///         member's fee (a majority that cannot run a job is paid like a deciding one), and
    ///         the victim's challenge is not refused: it waits in the committee's queue, the deal
    ///         cannot be finalized meanwhile, and it opens as soon as the attacker's mediations
    ///         free the members. The wrong result is rejected.
    function test_attack_saturationWithUnrunnableJobsCostsEveryMembersFeeAndBuysNoWrongResult() public {
        address attacker = stranger;
        _deposit(attacker, DEPOSIT);
        uint256 offerId = _freeOffer(attacker);

        // An honest creator's job, matched by a solver to the attacker's (cheapest) offer.
        uint256 victimJob = _postDefaultJob();
        uint256 before = _total(attacker); // its collateral for the victim's job still in it
        _match(victimJob, offerId);
        uint256 creatorBefore = _total(creator);

        // The attacker's own jobs, inputs nobody serves, each challenged by the attacker itself:
        // one mediation per slash of the members' bonds.
        uint256 slots = MIN_BOND / SLASH;
        uint256[] memory held = new uint256[](slots);
        for (uint256 k; k < slots; ++k) {
            IPondMarket.JobRequest memory r = _jobRequest();
            r.price = 1;
            r.solverFee = 0;
            r.runTime = MAX_RUN_TIME; // the commit phase lasts the commit window plus this
            r.inputs = '{"Message":"ipfs://bafy-never-served"}';
            vm.startPrank(attacker);
            held[k] = market.postJob{value: 1}(r);
            market.matchJob(held[k], offerId, _terms(held[k]));
            market.submitResult(held[k], CID);
            market.challenge{value: COMMITTEE_FEE}(held[k], _terms(held[k]), _result(held[k]));
            vm.stopPrank();
        }

        // The wrong result: its creator challenges it while every member's bond is held.
        vm.prank(attacker);
        market.submitResult(victimJob, WRONG_CID);
        vm.prank(creator);
        try market.challenge{value: COMMITTEE_FEE}(victimJob, _terms(victimJob), _result(victimJob)) {} catch {}
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.prank(attacker);
        try market.finalize(victimJob, _terms(victimJob), _result(victimJob)) {} catch {}

        // Near the end of the commit phase the members give up on the unrunnable jobs.
        for (uint256 k; k < slots; ++k) {
            _vote(held[k], [uint8(3), 3, 3]);
            market.resolveChallenge(held[k], _terms(held[k]), _result(held[k]));
        }
        vm.assertEq(
            _earned(mediatorSet[0]), slots * uint256(MEDIATOR_FEE), "members held by the attack were paid for it"
        );

        // The victim's challenge was heard once the members were free: the result is wrong.
        vm.assertTrue(mediation.getMediation(victimJob).open, "the victim's challenge never opened");
        _vote(victimJob, [uint8(2), 2, 2]);
        market.resolveChallenge(victimJob, _terms(victimJob), _result(victimJob));
        vm.assertEq(uint8(_status(victimJob)), uint8(JobStatus.Rejected), "the wrong result stood");
        vm.assertGt(_total(creator), creatorBefore, "the creator did not get its price back and more");
        vm.assertLe(
            _total(attacker) + slots * COMMITTEE_FEE + PRICE,
            before,
            "the attacker did not pay every member's fee per mediation, and lose the victim's price"
        );
    }

    /// @notice The same through other committees: each member of the victim's committee also
    ///         judges alone on a committee the attacker's jobs name, and the attacker holds their
    ///         bonds there. Once the victim's challenge waits, its members keep a slash of bond
    ///         for it: when the attacker frees a member and at once challenges another of its own
    ///         jobs there, that challenge waits too instead of taking the freed slot, and anyone
    ///         can open the victim's mediation when its members are free.
    function test_attack_saturationThroughOtherCommitteesCannotRetakeAFreedSlot() public {
        address attacker = stranger;
        _deposit(attacker, DEPOSIT);
        (uint256 victimJob, HeldAlone memory h) = _victimWaitsOnMembersHeldAlone(attacker);
        vm.assertEq(uint8(_status(victimJob)), uint8(JobStatus.Challenged), "the challenge was refused");
        vm.assertFalse(mediation.getMediation(victimJob).open);

        // The attacker ends one mediation on each member and at once holds them again.
        for (uint256 i; i < 3; ++i) {
            bytes32 c = mediation.voteCommitment(h.firsts[i], mediatorSet[i], Vote.ProviderRight, bytes32(0));
            vm.prank(mediatorSet[i]);
            mediation.commitVote(h.firsts[i], c);
            vm.prank(mediatorSet[i]);
            mediation.revealVote(h.firsts[i], Vote.ProviderRight, bytes32(0));
            market.resolveChallenge(h.firsts[i], _terms(h.firsts[i]), _result(h.firsts[i]));
            uint256 again = _selfChallenge(attacker, h.alone[i], h.offers[i]);
            vm.assertFalse(mediation.getMediation(again).open, "the attacker took the slot kept for the victim");
        }

        // Anyone opens the victim's mediation; the wrong result is rejected.
        mediation.openQueued(_defaultCommittee());
        vm.assertTrue(mediation.getMediation(victimJob).open);
        uint256 creatorBefore = _total(creator);
        // Every member judges it.
        for (uint256 i; i < 3; ++i) {
            bytes32 c = mediation.voteCommitment(victimJob, mediatorSet[i], Vote.ProviderWrong, bytes32(0));
            vm.prank(mediatorSet[i]);
            mediation.commitVote(victimJob, c);
        }
        for (uint256 i; i < 3; ++i) {
            vm.prank(mediatorSet[i]);
            mediation.revealVote(victimJob, Vote.ProviderWrong, bytes32(0));
        }
        market.resolveChallenge(victimJob, _terms(victimJob), _result(victimJob));
        vm.assertEq(uint8(_status(victimJob)), uint8(JobStatus.Rejected));
        vm.assertGt(_total(creator), creatorBefore);
    }

    // ------------------------------------------------------------------ governance mid-flight

    /// @notice README: "Nothing governance does after a job is posted changes its deal" and
    ///         "every submitted result can be challenged until its window closes". A challenge of
    ///         an ERC-20 job is paid in the job's token, from the challenger's market balance
    ///         only; once governance disallows the token nobody can deposit it. A creator that
    ///         paid its job exactly (the usual case: its balance is 0) then has no way to
    ///         challenge its provider's wrong result, and pays the price for it.
    function test_attack_disallowedTokenStillLetsTheCreatorChallengeAWrongResult() public {
        _fundTokens(provider, DEPOSIT);
        _fundTokens(creator, uint256(PRICE) + SOLVER_FEE);
        uint256 offerId = _postOffer(provider, _tokenOfferRequest());
        vm.prank(creator);
        uint256 jobId = market.postJob(_tokenJobRequest());
        _match(jobId, offerId);
        assertEq(_tokBal(creator), 0);

        // Governance stops taking the token for new jobs; the provider submits a wrong result.
        vm.prank(governance);
        market.configureToken(address(token), false, uint96(MEDIATOR_FEE));
        vm.prank(provider);
        market.submitResult(jobId, WRONG_CID);

        // The creator holds the fee in its wallet and brings it, whichever way the market takes it.
        token.mint(creator, COMMITTEE_FEE);
        vm.startPrank(creator);
        token.approve(address(market), COMMITTEE_FEE);
        try market.deposit(address(token), COMMITTEE_FEE) {} catch {}
        try market.challenge(jobId, _terms(jobId), _result(jobId)) {} catch {}
        vm.stopPrank();
        vm.assertEq(uint8(_status(jobId)), uint8(JobStatus.Challenged), "the creator could challenge the wrong result");

        _vote(jobId, [uint8(2), 2, 2]);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        // As creator its price back and the collateral less the bounty and the judges' fees; as
        // challenger its fee back and the bounty: P + C in all (the solver fee paid the solver).
        assertEq(token.balanceOf(creator) + _tokBal(creator), uint256(PRICE) + _collateralOf(PRICE));
    }
}
