// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "../unit/PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus, Vote} from "../../src/types/Status.sol";

/// @notice Attacks on who judges a challenge when someone holds members' bonds busy (helper 32's
///         red-team review, 2026-12-03). Each test asserts what the honest party must end with.
contract QueueAttacksTest is PondUnitBase {
    uint256 internal constant DEPOSIT = 100 ether;
    string internal constant WRONG_CID = "bafkreiwrongwrongwrongwrongwrongwrongwrongwrongwrongwrong";

    function _topUp(address who, uint256 amount) internal {
        vm.deal(who, who.balance + amount);
        vm.prank(who);
        mediation.register{value: amount}();
    }

    /// @dev The attacker's held mediations close one by one (every eligible member confirms
    ///      its correct result) until the victim's challenge is open.
    function _closeUntilOpen(uint256 victimJob, address[] memory members, uint256[] memory held) internal {
        for (uint256 k; k < held.length && !mediation.getMediation(victimJob).open; ++k) {
            uint8 eligible = mediation.getMediation(held[k]).eligibleMask;
            for (uint256 i; i < members.length; ++i) {
                if (eligible & (1 << i) != 0) _commit(held[k], members[i], Vote.ProviderRight);
            }
            for (uint256 i; i < members.length; ++i) {
                if (eligible & (1 << i) != 0) _reveal(held[k], members[i], Vote.ProviderRight);
            }
            market.resolveChallenge(held[k], _terms(held[k]), _result(held[k]));
        }
        vm.assertTrue(mediation.getMediation(victimJob).open, "the victim's challenge never opened");
    }

    /// @dev Every eligible member of the victim's mediation votes: the liar ProviderRight, the
    ///      others the truth (ProviderWrong); then it is resolved.
    function _judge(uint256 victimJob, address[] memory members, address liar) internal {
        uint8 eligible = mediation.getMediation(victimJob).eligibleMask;
        for (uint256 i; i < members.length; ++i) {
            if (eligible & (1 << i) != 0) {
                _commit(victimJob, members[i], members[i] == liar ? Vote.ProviderRight : Vote.ProviderWrong);
            }
        }
        for (uint256 i; i < members.length; ++i) {
            if (eligible & (1 << i) != 0) {
                _reveal(victimJob, members[i], members[i] == liar ? Vote.ProviderRight : Vote.ProviderWrong);
            }
        }
        market.resolveChallenge(victimJob, _terms(victimJob), _result(victimJob));
    }

    /// @notice README: "Saturation delays a verdict; it cannot buy one". The default committee
    ///         {m0, m1, m2} has an honest majority (m0, m1); m2 colludes with a provider. The
    ///         provider holds m1's whole bond with ten self-challenged jobs of the committee (m1
    ///         bonded 10 slashes, m0 and the colluder 20: bonds differ in practice), then submits
    ///         a wrong result on an honest creator's job. The creator's challenge opened at once
    ///         with the two members that had bond free, {m0, m2}: m0 voted the truth, the colluder
    ///         lied, 1 - 1, no majority of the committee, and the wrong result stood (the creator
    ///         paid the price for it and the liar's fee). Now it waits for m1.
    function test_attack_heldHonestMemberLetsOneLiarMakeAWrongResultStand() public {
        address attacker = stranger;
        address[] memory members = new address[](3);
        (members[0], members[1], members[2]) = (mediatorSet[0], mediatorSet[1], mediatorSet[2]);
        address liar = members[2];
        uint32 committee = _defaultCommittee();
        _topUp(members[0], MIN_BOND); // an honest member with a larger bond
        _topUp(liar, MIN_BOND);
        _deposit(attacker, DEPOSIT);
        uint256 offerId = _freeOffer(attacker);

        uint256 victimJob = _postDefaultJob();
        _match(victimJob, offerId);
        uint256[] memory held = new uint256[](MIN_BOND / SLASH);
        for (uint256 k; k < held.length; ++k) {
            held[k] = _selfChallenge(attacker, committee, offerId);
        }
        assertEq(mediation.getMediator(members[1]).activeMediations, held.length, "m1 held");

        vm.prank(attacker);
        market.submitResult(victimJob, WRONG_CID);
        _deposit(creator, COMMITTEE_FEE);
        uint256 creatorBefore = _total(creator);
        vm.prank(creator);
        market.challenge(victimJob, _terms(victimJob), _result(victimJob));
        _closeUntilOpen(victimJob, members, held);
        _judge(victimJob, members, liar);

        assertEq(
            uint256(_status(victimJob)),
            uint256(JobStatus.Rejected),
            "an honest-majority committee let one liar make a wrong result stand"
        );
        vm.assertGe(_total(creator), creatorBefore, "the creator lost on its provider's wrong result");
    }

    /// @notice The same with a committee of five and one liar: holding two honest members (their
    ///         bonds smaller) opened the challenge with {h, h, liar}; two wrong votes are not a
    ///         majority of five, and the wrong result stood.
    function test_attack_committeeOfFiveOneLiarTwoHeldMembersWrongResultStands() public {
        address attacker = stranger;
        address[] memory m = new address[](5);
        for (uint256 i; i < 5; ++i) {
            m[i] = address(uint160(0x1000 + i));
            _registerMediator(m[i]);
        }
        uint32 five = _consentedCommittee(m);
        // m[0], m[1] hold 10 slashes; m[2], m[3] (honest) and m[4] (the liar) 20.
        for (uint256 i = 2; i < 5; ++i) {
            _topUp(m[i], MIN_BOND);
        }
        _deposit(attacker, DEPOSIT);
        uint256 offerId = _freeOffer(attacker, five);

        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = five;
        uint256 victimJob = _postJob(creator, r);
        _match(victimJob, offerId);
        uint256[] memory held = new uint256[](MIN_BOND / SLASH);
        for (uint256 k; k < held.length; ++k) {
            held[k] = _selfChallenge(attacker, five, offerId);
        }
        vm.prank(attacker);
        market.submitResult(victimJob, WRONG_CID);
        _deposit(creator, 5 * uint256(MEDIATOR_FEE));
        uint256 creatorBefore = _total(creator);
        vm.prank(creator);
        market.challenge(victimJob, _terms(victimJob), _result(victimJob));
        _closeUntilOpen(victimJob, m, held);
        _judge(victimJob, m, m[4]);
        assertEq(
            uint256(_status(victimJob)),
            uint256(JobStatus.Rejected),
            "a committee of five with one liar let a wrong result stand"
        );
        vm.assertGe(_total(creator), creatorBefore, "the creator lost on its provider's wrong result");
    }
}
