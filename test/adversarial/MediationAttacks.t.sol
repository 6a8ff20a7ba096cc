// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "../unit/PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice Who can make whom lose money through the challenge and mediation rules, the
///         MediatorRegistry's bonds and governance acting while deals are live. Each test asserts
///         what an honest party must end with.
contract MediationAttacksTest is PondUnitBase {
    uint256 internal constant DEPOSIT = 10 ether;
    string internal constant WRONG_CID = "bafkreiwrongwrongwrongwrongwrongwrongwrongwrongwrongwrong";

    function _total(address who) internal view returns (uint256) {
        return who.balance + _bal(who);
    }

    /// @dev An offer asking nothing, with room for many jobs at once.
    function _freeOffer(address who) internal returns (uint256) {
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.askPrice = 0;
        o.capacity.cpuMillis = 100_000;
        o.capacity.ramMiB = 100_000;
        o.capacity.diskMiB = 100_000;
        return _postOffer(who, o);
    }

    // ------------------------------------------------------------------ saturation for free

    /// @notice README ("Saturation, a priced denial of service"): each mediation an attacker
    ///         holds a committee's bonds with costs it the fee of every eligible member, paid to
    ///         the members. An attacker whose own jobs name inputs it never serves holds them for
    ///         nothing: the members cannot run those jobs and say so (CannotRun, neither paid nor
    ///         slashed: the mediator keeper does it two minutes before the commit deadline), the
    ///         mediation ends without a majority and the whole fee goes back to the attacker,
    ///         its price and collateral to itself as provider. Meanwhile the same attacker, as the
    ///         provider of an honest creator's job, submits a wrong result nobody can challenge.
    function test_attack_saturationWithUnrunnableJobsStillCostsTheAttackerEveryMembersFee() public {
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

        // The wrong result: its creator cannot challenge it while the members' bonds are held.
        vm.prank(attacker);
        market.submitResult(victimJob, WRONG_CID);
        vm.prank(creator);
        try market.challenge{value: COMMITTEE_FEE}(victimJob, _terms(victimJob), _result(victimJob)) {} catch {}
        if (_status(victimJob) == JobStatus.Submitted) {
            vm.warp(block.timestamp + CHALLENGE_WINDOW);
            market.finalize(victimJob, _terms(victimJob), _result(victimJob));
        }

        // Near the end of the commit phase the members give up on the unrunnable jobs.
        for (uint256 k; k < slots; ++k) {
            _vote(held[k], [uint8(3), 3, 3]);
            market.resolveChallenge(held[k], _terms(held[k]), _result(held[k]));
        }

        // What the README prices the attack at: the fee of every member for each mediation held,
        // paid to the members.
        vm.assertEq(
            _earned(mediatorSet[0]), slots * uint256(MEDIATOR_FEE), "members held by the attack were paid for it"
        );
        vm.assertLe(
            _total(attacker) + slots * COMMITTEE_FEE,
            before + PRICE,
            "holding the committee cost the attacker n x fee per mediation"
        );
        // The creator, meanwhile, paid its price for the wrong result.
        vm.assertEq(uint8(_status(victimJob)), uint8(JobStatus.Accepted));
        vm.assertEq(_total(creator), creatorBefore);
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
