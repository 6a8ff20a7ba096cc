// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {MediatorRegistry} from "../../src/MediatorRegistry.sol";
import {Verdict} from "../../src/types/Status.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @notice Registers with a bond or earns credit, then refuses the payment (TransferFailed paths).
contract StubbornMediator {
    function register(MediatorRegistry r) external payable {
        r.register{value: msg.value}();
    }

    function requestExit(MediatorRegistry r) external {
        r.requestExit();
    }

    function completeExit(MediatorRegistry r) external {
        r.completeExit();
    }

    function withdrawCredit(MediatorRegistry r) external {
        r.withdrawCredit();
    }
}

/// @notice The MediatorRegistry on its own: this test contract deploys it and so is its market,
///         which lets it open and close mediations directly.
contract MediatorRegistryTest is PondUnitBase {
    MediatorRegistry internal reg;
    address[3] internal m;
    uint256 internal constant JOB = 42;

    function setUp() public override {
        super.setUp();
        reg = new MediatorRegistry(
            governance,
            MediatorRegistry.Config({
                minBond: MIN_BOND,
                exitDelay: EXIT_DELAY,
                slashAmount: SLASH,
                commitWindow: COMMIT_WINDOW,
                revealWindow: REVEAL_WINDOW
            })
        );
        m = mediatorSet;
        for (uint256 i; i < 3; ++i) {
            vm.deal(m[i], 10 ether);
        }
    }

    // ------------------------------------------------------------------ helpers

    function _reg(address who) internal {
        vm.prank(who);
        reg.register{value: MIN_BOND}();
    }

    function _all() internal view returns (address[] memory a) {
        a = new address[](3);
        (a[0], a[1], a[2]) = (m[0], m[1], m[2]);
    }

    /// @dev Registers the three mediators, creates their committee and makes it the default.
    function _committeeOfThree() internal returns (uint32 id) {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        id = reg.createCommittee(_all());
        vm.prank(governance);
        reg.setDefaultCommittee(id);
    }

    function _open() internal returns (uint40 revealDeadline) {
        (,, revealDeadline) = reg.openMediation(JOB, 0, stranger);
    }

    function _salt(address who) internal pure returns (bytes32) {
        return keccak256(abi.encode("salt", who));
    }

    function _commitAs(address who, bool providerRight) internal {
        bytes32 c = reg.voteCommitment(JOB, who, providerRight, _salt(who));
        vm.prank(who);
        reg.commitVote(JOB, c);
    }

    function _revealAs(address who, bool providerRight) internal {
        vm.prank(who);
        reg.revealVote(JOB, providerRight, _salt(who));
    }

    /// @dev 0 = no vote, 1 = provider right, 2 = provider wrong.
    function _votes(uint8[3] memory v) internal {
        for (uint256 i; i < 3; ++i) {
            if (v[i] != 0) _commitAs(m[i], v[i] == 1);
        }
        vm.warp(block.timestamp + COMMIT_WINDOW);
        for (uint256 i; i < 3; ++i) {
            if (v[i] != 0) _revealAs(m[i], v[i] == 1);
        }
    }

    function _bond(address who) internal view returns (uint256) {
        return reg.getMediator(who).bond;
    }

    // ------------------------------------------------------------------ register

    function test_register_withMinimumBond() public {
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediatorRegistered(m[0], MIN_BOND);
        _reg(m[0]);
        IMediatorRegistry.Mediator memory med = reg.getMediator(m[0]);
        assertTrue(med.registered);
        assertEq(med.bond, MIN_BOND);
        assertEq(med.exitAvailableAt, 0);
        assertEq(med.activeMediations, 0);
        assertEq(reg.totalHeld(), MIN_BOND);
        assertEq(address(reg).balance, MIN_BOND);
    }

    function test_register_topsUpBond() public {
        _reg(m[0]);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.BondToppedUp(m[0], 0.5 ether, MIN_BOND + 0.5 ether);
        vm.prank(m[0]);
        reg.register{value: 0.5 ether}();
        assertEq(_bond(m[0]), MIN_BOND + 0.5 ether);
        assertEq(reg.totalHeld(), MIN_BOND + 0.5 ether);
    }

    function test_register_revertsWhenBondTooSmall() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.BondTooSmall.selector, MIN_BOND - 1, MIN_BOND));
        vm.prank(m[0]);
        reg.register{value: MIN_BOND - 1}();
    }

    function test_register_revertsWhenTopUpZero() public {
        _reg(m[0]);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.BondTooSmall.selector, 0, 1));
        vm.prank(m[0]);
        reg.register();
    }

    function test_register_revertsWhenExiting() public {
        _reg(m[0]);
        vm.prank(m[0]);
        reg.requestExit();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediatorExiting.selector, m[0]));
        vm.prank(m[0]);
        reg.register{value: 1 ether}();
    }

    // ------------------------------------------------------------------ exit

    function test_requestExit_startsDelay() public {
        _reg(m[0]);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.ExitRequested(m[0], block.timestamp + EXIT_DELAY);
        vm.prank(m[0]);
        reg.requestExit();
        assertEq(reg.getMediator(m[0]).exitAvailableAt, block.timestamp + EXIT_DELAY);
    }

    function test_requestExit_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotRegistered.selector, m[0]));
        vm.prank(m[0]);
        reg.requestExit();
    }

    function test_requestExit_revertsWhenAlreadyExiting() public {
        _reg(m[0]);
        vm.startPrank(m[0]);
        reg.requestExit();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediatorExiting.selector, m[0]));
        reg.requestExit();
        vm.stopPrank();
    }

    function test_completeExit_returnsBondAfterDelay() public {
        _reg(m[0]);
        vm.prank(m[0]);
        reg.requestExit();
        vm.warp(block.timestamp + EXIT_DELAY);
        uint256 before = m[0].balance;

        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediatorExited(m[0], MIN_BOND);
        vm.prank(m[0]);
        reg.completeExit();

        assertEq(m[0].balance, before + MIN_BOND);
        assertFalse(reg.getMediator(m[0]).registered);
        assertEq(_bond(m[0]), 0);
        assertEq(reg.totalHeld(), 0);
        assertEq(address(reg).balance, 0);
        // It may register again.
        _reg(m[0]);
        assertTrue(reg.getMediator(m[0]).registered);
    }

    function test_completeExit_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotRegistered.selector, m[0]));
        vm.prank(m[0]);
        reg.completeExit();
    }

    function test_completeExit_revertsWhenExitNotRequested() public {
        _reg(m[0]);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.ExitNotRequested.selector, m[0]));
        vm.prank(m[0]);
        reg.completeExit();
    }

    function test_completeExit_revertsBeforeDelay() public {
        _reg(m[0]);
        vm.prank(m[0]);
        reg.requestExit();
        uint256 at = block.timestamp + EXIT_DELAY;
        vm.warp(at - 1);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.ExitNotYetAvailable.selector, m[0], at));
        vm.prank(m[0]);
        reg.completeExit();
    }

    function test_completeExit_revertsWhileMediationsPending() public {
        _committeeOfThree();
        _open();
        vm.prank(m[0]);
        reg.requestExit();
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationsPending.selector, m[0], 1));
        vm.prank(m[0]);
        reg.completeExit();

        // Once the mediation closes (it did not vote: slashed), the rest of its bond comes back.
        reg.closeMediation(JOB);
        uint256 before = m[0].balance;
        vm.prank(m[0]);
        reg.completeExit();
        assertEq(m[0].balance, before + MIN_BOND - SLASH);
    }

    function test_completeExit_revertsWhenBondRefused() public {
        StubbornMediator s = new StubbornMediator();
        s.register{value: MIN_BOND}(reg);
        s.requestExit(reg);
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.TransferFailed.selector, address(s), MIN_BOND));
        s.completeExit(reg);
    }

    // ------------------------------------------------------------------ committees

    function test_createCommittee_storesSortedMembers() public {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.CommitteeCreated(1, _all());
        uint32 id = reg.createCommittee(_all());
        assertEq(id, 1);
        assertEq(reg.committeeCount(), 1);
        address[] memory got = reg.committeeMembers(id);
        assertEq(got.length, 3);
        for (uint256 i; i < 3; ++i) {
            assertEq(got[i], m[i]);
        }
    }

    function test_createCommittee_sameMembersSameId() public {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        uint32 id = reg.createCommittee(_all());
        vm.recordLogs();
        assertEq(reg.createCommittee(_all()), id);
        assertEq(vm.getRecordedLogs().length, 0);
        assertEq(reg.committeeCount(), 1);
    }

    function test_createCommittee_ofOneAndOfFive() public {
        address[] memory five = new address[](5);
        for (uint256 i; i < 5; ++i) {
            five[i] = address(uint160(0x1000 + i));
            _registerMediatorIn(five[i]);
        }
        address[] memory one = new address[](1);
        one[0] = five[2];
        assertEq(reg.createCommittee(five), 1);
        assertEq(reg.createCommittee(one), 2);
        assertTrue(reg.isSubset(2, 1));
    }

    function _registerMediatorIn(address who) internal {
        vm.deal(who, MIN_BOND);
        vm.prank(who);
        reg.register{value: MIN_BOND}();
    }

    function test_createCommittee_revertsWhenEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeSizeInvalid.selector, 0));
        reg.createCommittee(new address[](0));
    }

    function test_createCommittee_revertsWhenMoreThanFive() public {
        address[] memory six = new address[](6);
        for (uint256 i; i < 6; ++i) {
            six[i] = address(uint160(0x1000 + i));
            _registerMediatorIn(six[i]);
        }
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeSizeInvalid.selector, 6));
        reg.createCommittee(six);
    }

    function test_createCommittee_revertsWhenUnsorted() public {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        address[] memory a = _all();
        (a[1], a[2]) = (a[2], a[1]);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeNotSorted.selector, 2));
        reg.createCommittee(a);
    }

    function test_createCommittee_revertsWhenDuplicate() public {
        _reg(m[0]);
        address[] memory a = new address[](2);
        (a[0], a[1]) = (m[0], m[0]);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeNotSorted.selector, 1));
        reg.createCommittee(a);
    }

    function test_createCommittee_revertsWhenMemberUnregistered() public {
        _reg(m[0]);
        _reg(m[2]);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotRegistered.selector, m[1]));
        reg.createCommittee(_all());
    }

    function test_setDefaultCommittee_byOwner() public {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        uint32 id = reg.createCommittee(_all());
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.DefaultCommitteeSet(id);
        vm.prank(governance);
        reg.setDefaultCommittee(id);
        assertEq(reg.defaultCommitteeId(), id);
    }

    function test_setDefaultCommittee_revertsWhenNotOwner() public {
        _committeeOfThree();
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        reg.setDefaultCommittee(1);
    }

    function test_setDefaultCommittee_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeNotFound.selector, uint32(1)));
        vm.prank(governance);
        reg.setDefaultCommittee(1);
    }

    function test_isSubset_cases() public {
        uint32 all = _committeeOfThree();
        address outsider = address(uint160(type(uint160).max - 1));
        _registerMediatorIn(outsider);
        address[] memory pair = new address[](2);
        (pair[0], pair[1]) = (m[0], m[2]);
        uint32 p = reg.createCommittee(pair);
        (pair[0], pair[1]) = (m[1], outsider);
        uint32 q = reg.createCommittee(pair);

        assertTrue(reg.isSubset(all, all));
        assertTrue(reg.isSubset(p, all));
        assertFalse(reg.isSubset(all, p));
        assertFalse(reg.isSubset(q, all));
        assertFalse(reg.isSubset(p, q));
        assertFalse(reg.isSubset(p, 99));
        assertFalse(reg.isSubset(0, all));
    }

    // ------------------------------------------------------------------ openMediation

    function test_openMediation_defaultCommittee() public {
        uint32 id = _committeeOfThree();
        uint40 commitDeadline = uint40(block.timestamp + COMMIT_WINDOW);
        uint40 revealDeadline = uint40(commitDeadline + REVEAL_WINDOW);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationOpened(JOB, id, stranger, 7, commitDeadline, revealDeadline);
        (uint32 resolved, uint8 eligible, uint40 got) = reg.openMediation(JOB, 0, stranger);

        assertEq(resolved, id);
        assertEq(eligible, 3);
        assertEq(got, revealDeadline);
        IMediatorRegistry.Mediation memory med = reg.getMediation(JOB);
        assertTrue(med.open);
        assertEq(med.committeeId, id);
        assertEq(med.commitDeadline, commitDeadline);
        assertEq(med.revealDeadline, revealDeadline);
        assertEq(med.eligibleMask, 7);
        assertEq(med.challenger, stranger);
        for (uint256 i; i < 3; ++i) {
            assertEq(reg.getMediator(m[i]).activeMediations, 1);
        }
    }

    function test_openMediation_skipsExitingMembers() public {
        uint32 id = _committeeOfThree();
        vm.prank(m[0]);
        reg.requestExit();
        (, uint8 eligible,) = reg.openMediation(JOB, id, stranger);
        assertEq(eligible, 2);
        assertEq(reg.getMediation(JOB).eligibleMask, 6);
        assertEq(reg.getMediator(m[0]).activeMediations, 0);
    }

    function test_openMediation_revertsWhenNotMarket() public {
        _committeeOfThree();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotMarket.selector, stranger));
        vm.prank(stranger);
        reg.openMediation(JOB, 0, stranger);
    }

    function test_openMediation_marketsRegistryRefusesOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotMarket.selector, address(this)));
        mediation.openMediation(1, 0, address(this));
    }

    function test_openMediation_revertsWhenAlreadyOpened() public {
        _committeeOfThree();
        _open();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationAlreadyOpen.selector, JOB));
        reg.openMediation(JOB, 0, stranger);
    }

    function test_openMediation_revertsWhenReopenedAfterClose() public {
        _committeeOfThree();
        _open();
        vm.warp(block.timestamp + COMMIT_WINDOW + REVEAL_WINDOW);
        reg.closeMediation(JOB);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationAlreadyOpen.selector, JOB));
        reg.openMediation(JOB, 0, stranger);
    }

    function test_openMediation_revertsWhenNoDefaultCommittee() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NoDefaultCommittee.selector));
        reg.openMediation(JOB, 0, stranger);
    }

    function test_openMediation_revertsWhenCommitteeUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeNotFound.selector, uint32(3)));
        reg.openMediation(JOB, 3, stranger);
    }

    function test_openMediation_skipsMemberWhoseBondCannotPayASlash() public {
        _committeeOfThree();
        // m[2] stays silent until its whole bond (10 slashes of 0.1 ether) is gone.
        for (uint256 job = 1; job <= MIN_BOND / SLASH; ++job) {
            reg.openMediation(job, 0, stranger);
            for (uint256 i; i < 2; ++i) {
                bytes32 c = reg.voteCommitment(job, m[i], true, _salt(m[i]));
                vm.prank(m[i]);
                reg.commitVote(job, c);
            }
            vm.warp(block.timestamp + COMMIT_WINDOW);
            for (uint256 i; i < 2; ++i) {
                vm.prank(m[i]);
                reg.revealVote(job, true, _salt(m[i]));
            }
            vm.warp(block.timestamp + REVEAL_WINDOW);
            reg.closeMediation(job);
        }
        assertEq(_bond(m[2]), 0);

        uint256 next = MIN_BOND / SLASH + 1;
        (, uint8 eligible,) = reg.openMediation(next, 0, stranger);
        assertEq(eligible, 2, "a member that can no longer be slashed does not mediate");
        assertEq(reg.getMediation(next).eligibleMask, 3);

        // Topping the bond up makes it eligible again.
        vm.prank(m[2]);
        reg.register{value: SLASH}();
        (, eligible,) = reg.openMediation(next + 1, 0, stranger);
        assertEq(eligible, 3);
    }

    function test_openMediation_revertsWhenNoEligibleMembers() public {
        uint32 id = _committeeOfThree();
        for (uint256 i; i < 3; ++i) {
            vm.prank(m[i]);
            reg.requestExit();
        }
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NoEligibleMediators.selector, id));
        reg.openMediation(JOB, 0, stranger);
    }

    // ------------------------------------------------------------------ commitVote

    function test_commitVote_recordsCommitment() public {
        _committeeOfThree();
        _open();
        bytes32 c = reg.voteCommitment(JOB, m[1], true, _salt(m[1]));
        assertEq(c, keccak256(abi.encode(JOB, m[1], true, _salt(m[1]))));
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.VoteCommitted(JOB, m[1], c);
        vm.prank(m[1]);
        reg.commitVote(JOB, c);
        assertEq(reg.getMediation(JOB).committedMask, 2);
    }

    function test_commitVote_revertsWhenNotOpen() public {
        _committeeOfThree();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOpen.selector, JOB));
        vm.prank(m[0]);
        reg.commitVote(JOB, bytes32(uint256(1)));
    }

    function test_commitVote_revertsAtCommitDeadline() public {
        _committeeOfThree();
        _open();
        vm.warp(block.timestamp + COMMIT_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitPhaseOver.selector, JOB));
        vm.prank(m[0]);
        reg.commitVote(JOB, bytes32(uint256(1)));
    }

    function test_commitVote_revertsWhenZero() public {
        _committeeOfThree();
        _open();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitmentZero.selector));
        vm.prank(m[0]);
        reg.commitVote(JOB, bytes32(0));
    }

    function test_commitVote_revertsWhenNotMember() public {
        _committeeOfThree();
        _open();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEligible.selector, JOB, stranger));
        vm.prank(stranger);
        reg.commitVote(JOB, bytes32(uint256(1)));
    }

    function test_commitVote_revertsWhenMemberWasExiting() public {
        _committeeOfThree();
        vm.prank(m[2]);
        reg.requestExit();
        _open();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEligible.selector, JOB, m[2]));
        vm.prank(m[2]);
        reg.commitVote(JOB, bytes32(uint256(1)));
    }

    function test_commitVote_revertsWhenAlreadyCommitted() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], true);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.AlreadyCommitted.selector, JOB, m[0]));
        vm.prank(m[0]);
        reg.commitVote(JOB, bytes32(uint256(1)));
    }

    // ------------------------------------------------------------------ revealVote

    function test_revealVote_afterCommitPhase() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], false);
        vm.warp(block.timestamp + COMMIT_WINDOW);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.VoteRevealed(JOB, m[0], false);
        _revealAs(m[0], false);
        IMediatorRegistry.Mediation memory med = reg.getMediation(JOB);
        assertEq(med.revealedMask, 1);
        assertEq(med.approveMask, 0);
    }

    function test_revealVote_earlyOnceAllCommitted() public {
        _committeeOfThree();
        _open();
        for (uint256 i; i < 3; ++i) {
            _commitAs(m[i], true);
        }
        _revealAs(m[1], true);
        assertEq(reg.getMediation(JOB).approveMask, 2);
    }

    function test_revealVote_revertsWhenNotOpen() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOpen.selector, JOB));
        _revealAs(m[0], true);
    }

    function test_revealVote_revertsDuringCommitPhase() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], true);
        vm.warp(block.timestamp + COMMIT_WINDOW - 1);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.RevealPhaseNotStarted.selector, JOB));
        _revealAs(m[0], true);
    }

    function test_revealVote_revertsAtRevealDeadline() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        _commitAs(m[0], true);
        vm.warp(revealDeadline);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.RevealPhaseOver.selector, JOB));
        _revealAs(m[0], true);
    }

    function test_revealVote_revertsWhenNotMember() public {
        _committeeOfThree();
        _open();
        vm.warp(block.timestamp + COMMIT_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEligible.selector, JOB, stranger));
        _revealAs(stranger, true);
    }

    function test_revealVote_revertsWhenNotCommitted() public {
        _committeeOfThree();
        _open();
        vm.warp(block.timestamp + COMMIT_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotCommitted.selector, JOB, m[0]));
        _revealAs(m[0], true);
    }

    function test_revealVote_revertsWhenAlreadyRevealed() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], true);
        vm.warp(block.timestamp + COMMIT_WINDOW);
        _revealAs(m[0], true);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.AlreadyRevealed.selector, JOB, m[0]));
        _revealAs(m[0], true);
    }

    function test_revealVote_revertsWhenVoteDiffers() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], true);
        vm.warp(block.timestamp + COMMIT_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitmentMismatch.selector, JOB, m[0]));
        _revealAs(m[0], false);
    }

    function test_revealVote_revertsWhenSaltDiffers() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], true);
        vm.warp(block.timestamp + COMMIT_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitmentMismatch.selector, JOB, m[0]));
        vm.prank(m[0]);
        reg.revealVote(JOB, true, bytes32(uint256(1)));
    }

    function test_revealVote_cannotReplayAnotherMembersCommitment() public {
        _committeeOfThree();
        _open();
        // m[1] copies m[0]'s commitment: it does not open for m[1].
        bytes32 c = reg.voteCommitment(JOB, m[0], true, _salt(m[0]));
        vm.prank(m[0]);
        reg.commitVote(JOB, c);
        vm.prank(m[1]);
        reg.commitVote(JOB, c);
        vm.warp(block.timestamp + COMMIT_WINDOW);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitmentMismatch.selector, JOB, m[1]));
        vm.prank(m[1]);
        reg.revealVote(JOB, true, _salt(m[0]));
    }

    // ------------------------------------------------------------------ closeMediation

    function test_closeMediation_unanimousNoSlash() public {
        _committeeOfThree();
        _open();
        _votes([uint8(1), 1, 1]);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationClosed(JOB, Verdict.ProviderRight, 3, 0);
        (Verdict verdict, address[] memory payees) = reg.closeMediation(JOB);
        assertEq(uint256(verdict), uint256(Verdict.ProviderRight));
        assertEq(payees.length, 3);
        for (uint256 i; i < 3; ++i) {
            assertEq(payees[i], m[i]);
            assertEq(_bond(m[i]), MIN_BOND);
            assertEq(reg.getMediator(m[i]).activeMediations, 0);
        }
        assertFalse(reg.getMediation(JOB).open);
    }

    function test_closeMediation_slashesMinorityVoter() public {
        _committeeOfThree();
        _open();
        _votes([uint8(2), 1, 2]);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationClosed(JOB, Verdict.ProviderWrong, 1, 2);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediatorSlashed(JOB, m[1], SLASH);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.Credited(JOB, m[0], SLASH / 2);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.Credited(JOB, m[2], SLASH / 2);
        (Verdict verdict, address[] memory payees) = reg.closeMediation(JOB);

        assertEq(uint256(verdict), uint256(Verdict.ProviderWrong));
        assertEq(payees.length, 2);
        assertEq(payees[0], m[0]);
        assertEq(payees[1], m[2]);
        assertEq(_bond(m[1]), MIN_BOND - SLASH);
        assertEq(reg.credit(m[0]), SLASH / 2);
        assertEq(reg.credit(m[2]), SLASH / 2);
        // Bond became credit: nothing left the registry.
        assertEq(reg.totalHeld(), 3 * MIN_BOND);
        assertEq(address(reg).balance, reg.totalHeld());
    }

    function test_closeMediation_slashesNonVoter() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        _votes([uint8(1), 1, 0]);
        vm.warp(revealDeadline);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediatorSlashed(JOB, m[2], SLASH);
        (Verdict verdict, address[] memory payees) = reg.closeMediation(JOB);
        assertEq(uint256(verdict), uint256(Verdict.ProviderRight));
        assertEq(payees.length, 2);
        assertEq(_bond(m[2]), MIN_BOND - SLASH);
        assertEq(reg.credit(m[0]), SLASH / 2);
        assertEq(reg.credit(m[1]), SLASH / 2);
    }

    function test_closeMediation_remainderToFirstHonest() public {
        // A slash that does not split evenly among three: the first honest member gets the rest.
        MediatorRegistry odd = new MediatorRegistry(
            governance,
            MediatorRegistry.Config({
                minBond: MIN_BOND,
                exitDelay: EXIT_DELAY,
                slashAmount: 100,
                commitWindow: COMMIT_WINDOW,
                revealWindow: REVEAL_WINDOW
            })
        );
        reg = odd;
        address[] memory four = new address[](4);
        for (uint256 i; i < 3; ++i) {
            four[i] = m[i];
        }
        four[3] = address(uint160(type(uint160).max - 1));
        for (uint256 i; i < 4; ++i) {
            _registerMediatorIn(four[i]);
        }
        uint32 id = reg.createCommittee(four);
        reg.openMediation(JOB, id, stranger);
        for (uint256 i; i < 3; ++i) {
            _commitAs(four[i], true);
        }
        vm.warp(block.timestamp + COMMIT_WINDOW);
        for (uint256 i; i < 3; ++i) {
            _revealAs(four[i], true);
        }
        vm.warp(block.timestamp + REVEAL_WINDOW);
        reg.closeMediation(JOB);
        assertEq(reg.credit(four[0]), 34);
        assertEq(reg.credit(four[1]), 33);
        assertEq(reg.credit(four[2]), 33);
        assertEq(_bond(four[3]), MIN_BOND - 100);
    }

    function test_closeMediation_noMajorityCreditsRevealers() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        _votes([uint8(1), 2, 0]);
        vm.warp(revealDeadline);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationClosed(JOB, Verdict.NoMajority, 1, 1);
        (Verdict verdict, address[] memory payees) = reg.closeMediation(JOB);
        assertEq(uint256(verdict), uint256(Verdict.NoMajority));
        assertEq(payees.length, 0);
        assertEq(_bond(m[0]), MIN_BOND);
        assertEq(_bond(m[1]), MIN_BOND);
        assertEq(_bond(m[2]), MIN_BOND - SLASH);
        assertEq(reg.credit(m[0]), SLASH / 2);
        assertEq(reg.credit(m[1]), SLASH / 2);
    }

    function test_closeMediation_nobodyVotedCreditsChallenger() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        vm.warp(revealDeadline);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.Credited(JOB, stranger, 3 * SLASH);
        reg.closeMediation(JOB);
        assertEq(reg.credit(stranger), 3 * SLASH);
        for (uint256 i; i < 3; ++i) {
            assertEq(_bond(m[i]), MIN_BOND - SLASH);
        }
    }

    function test_closeMediation_slashCappedAtBond() public {
        // Two mediations open at once: a member eligible for both can be slashed twice, the
        // second time for less than `slashAmount`.
        reg = new MediatorRegistry(
            governance,
            MediatorRegistry.Config({
                minBond: 1 ether,
                exitDelay: EXIT_DELAY,
                slashAmount: 0.6 ether,
                commitWindow: COMMIT_WINDOW,
                revealWindow: REVEAL_WINDOW
            })
        );
        _committeeOfThree();
        uint40 revealDeadline = _open();
        reg.openMediation(JOB + 1, 0, stranger);
        _votes([uint8(1), 1, 0]);
        vm.warp(revealDeadline);
        reg.closeMediation(JOB);
        assertEq(_bond(m[2]), 0.4 ether);

        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediatorSlashed(JOB + 1, m[2], 0.4 ether);
        reg.closeMediation(JOB + 1);
        assertEq(_bond(m[2]), 0);
        // Nobody voted in the second mediation: m[0] and m[1] lost a full slash each, m[2] what it
        // had left, all credited to the challenger.
        assertEq(reg.credit(stranger), 0.6 ether + 0.6 ether + 0.4 ether);
    }

    function test_constructor_revertsWhenSlashExceedsMinBond() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.SlashExceedsMinBond.selector, 2 ether, 1 ether));
        new MediatorRegistry(
            governance,
            MediatorRegistry.Config({
                minBond: 1 ether,
                exitDelay: EXIT_DELAY,
                slashAmount: 2 ether,
                commitWindow: COMMIT_WINDOW,
                revealWindow: REVEAL_WINDOW
            })
        );
    }

    function test_closeMediation_revertsWhenNotMarket() public {
        _committeeOfThree();
        _open();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotMarket.selector, stranger));
        vm.prank(stranger);
        reg.closeMediation(JOB);
    }

    function test_closeMediation_revertsWhenNeverOpened() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOpen.selector, JOB));
        reg.closeMediation(JOB);
    }

    function test_closeMediation_revertsWhenClosedTwice() public {
        _committeeOfThree();
        _open();
        _votes([uint8(1), 1, 1]);
        reg.closeMediation(JOB);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOpen.selector, JOB));
        reg.closeMediation(JOB);
    }

    function test_closeMediation_revertsBeforeRevealDeadline() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        _votes([uint8(1), 1, 0]);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOver.selector, JOB, revealDeadline));
        reg.closeMediation(JOB);
    }

    // ------------------------------------------------------------------ withdrawCredit

    function test_withdrawCredit_paysSlashedShare() public {
        _committeeOfThree();
        _open();
        _votes([uint8(1), 1, 2]);
        reg.closeMediation(JOB);
        uint256 before = m[0].balance;
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.CreditWithdrawn(m[0], SLASH / 2);
        vm.prank(m[0]);
        reg.withdrawCredit();
        assertEq(m[0].balance, before + SLASH / 2);
        assertEq(reg.credit(m[0]), 0);
        assertEq(reg.totalHeld(), 3 * MIN_BOND - SLASH / 2);
        assertEq(address(reg).balance, reg.totalHeld());
    }

    function test_withdrawCredit_revertsWhenNothing() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NothingToWithdraw.selector, m[0]));
        vm.prank(m[0]);
        reg.withdrawCredit();
    }

    function test_withdrawCredit_revertsWhenPaymentRefused() public {
        StubbornMediator s = new StubbornMediator();
        _committeeOfThree();
        uint40 revealDeadline = uint40(block.timestamp + COMMIT_WINDOW + REVEAL_WINDOW);
        reg.openMediation(JOB, 0, address(s));
        vm.warp(revealDeadline);
        reg.closeMediation(JOB);
        assertEq(reg.credit(address(s)), 3 * SLASH);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.TransferFailed.selector, address(s), 3 * SLASH));
        s.withdrawCredit(reg);
    }

    // ------------------------------------------------------------------ views

    function test_views_config() public view {
        assertEq(reg.market(), address(this));
        assertEq(reg.minBond(), MIN_BOND);
        assertEq(reg.exitDelay(), EXIT_DELAY);
        assertEq(reg.slashAmount(), SLASH);
        assertEq(reg.commitWindow(), COMMIT_WINDOW);
        assertEq(reg.revealWindow(), REVEAL_WINDOW);
        assertEq(reg.owner(), governance);
    }
}
