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
