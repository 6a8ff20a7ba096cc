// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {MediatorRegistry} from "../../src/MediatorRegistry.sol";
import {Verdict, Vote} from "../../src/types/Status.sol";

/// @notice Registers with a bond, then refuses the bond back (the TransferFailed path).
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
}

/// @notice The MediatorRegistry on its own: this test contract deploys it and so is its market,
///         which lets it open and close mediations directly.
contract MediatorRegistryTest is PondUnitBase {
    MediatorRegistry internal reg;
    address[3] internal m;
    uint256 internal constant JOB = 42;
    uint32 internal constant RUN = 10 minutes;
    uint256 internal constant FEE = 0.01 ether;

    function setUp() public override {
        super.setUp();
        reg = _newRegistry(_mediationConfig());
        m = mediatorSet;
        for (uint256 i; i < 3; ++i) {
            vm.deal(m[i], 100 ether);
        }
    }

    // ------------------------------------------------------------------ market hook

    /// @dev What the registry last reported through the market's hook, per committee.
    mapping(uint32 committeeId => bool) internal reportedUsable;

    /// @dev What the registry reported of each committee's size.
    mapping(uint32 committeeId => uint8) internal reportedSize;

    /// @dev This test contract is the registry's market: it records the reports.
    function updateCommittee(uint32 committeeId, uint8 size, bool usable) external {
        require(msg.sender == address(reg), "only the registry");
        reportedUsable[committeeId] = usable;
        reportedSize[committeeId] = size;
    }

    // ------------------------------------------------------------------ helpers

    function _newRegistry(IMediatorRegistry.Config memory c) internal returns (MediatorRegistry) {
        return new MediatorRegistry(c, MAX_RUN_TIME + CHALLENGE_WINDOW);
    }

    function _reg(address who) internal {
        vm.deal(who, who.balance + MIN_BOND);
        vm.prank(who);
        reg.register{value: MIN_BOND}();
    }

    function _all() internal view returns (address[] memory a) {
        a = new address[](3);
        (a[0], a[1], a[2]) = (m[0], m[1], m[2]);
    }

    function _acceptAll(uint32 id, address[] memory members) internal {
        for (uint256 i; i < members.length; ++i) {
            vm.prank(members[i]);
            reg.acceptCommittee(id);
        }
    }

    /// @dev Registers the three mediators, creates their committee and has each accept it.
    function _committeeOfThree() internal returns (uint32 id) {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        id = reg.createCommittee(_all());
        _acceptAll(id, _all());
    }

    /// @dev Five registered mediators, sorted, in an accepted committee.
    function _committeeOfFive() internal returns (uint32 id, address[] memory five) {
        five = new address[](5);
        for (uint256 i; i < 5; ++i) {
            five[i] = address(uint160(0x1000 + i));
            _reg(five[i]);
        }
        id = reg.createCommittee(five);
        _acceptAll(id, five);
    }

    function _open() internal returns (uint40 revealDeadline) {
        (, revealDeadline) = reg.openMediation(JOB, 1, RUN);
    }

    function _commitAs(uint256 job, address who, Vote v) internal {
        bytes32 c = reg.voteCommitment(job, who, v, _salt(who));
        vm.prank(who);
        reg.commitVote(job, c);
    }

    function _revealAs(uint256 job, address who, Vote v) internal {
        vm.prank(who);
        reg.revealVote(job, v, _salt(who));
    }

    function _commitAs(address who, Vote v) internal {
        _commitAs(JOB, who, v);
    }

    function _revealAs(address who, Vote v) internal {
        _revealAs(JOB, who, v);
    }

    /// @dev 0 = no vote, 1 = provider right, 2 = provider wrong, 3 = cannot run; for JOB.
    function _votes(uint8[3] memory v) internal {
        for (uint256 i; i < 3; ++i) {
            if (v[i] != 0) _commitAs(m[i], Vote(v[i]));
        }
        vm.warp(reg.getMediation(JOB).commitDeadline);
        for (uint256 i; i < 3; ++i) {
            if (v[i] != 0) _revealAs(m[i], Vote(v[i]));
        }
    }

    function _bond(address who) internal view returns (uint256) {
        return reg.getMediator(who).bond;
    }

    function _assertBooks() internal view {
        assertEq(address(reg).balance, reg.totalHeld(), "balance == totalHeld");
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
        assertEq(med.memberships, 0);
        assertEq(reg.totalHeld(), MIN_BOND);
        _assertBooks();
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

    function test_requestExit_retiresEveryCommitteeOfTheMember() public {
        uint32 id = _committeeOfThree();
        assertTrue(reg.committeeUsable(id));
        vm.prank(m[1]);
        reg.requestExit();
        IMediatorRegistry.Committee memory c = reg.getCommittee(id);
        assertEq(c.exitMask, 2);
        assertEq(c.ableMask, 5);
        vm.assertFalse(c.usable, "a committee with a member leaving takes no new deal");

        // Even after the member is gone and comes back, the committee stays retired.
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.prank(m[1]);
        reg.completeExit();
        _reg(m[1]);
        assertFalse(reg.committeeUsable(id));
        assertEq(reg.getMediator(m[1]).memberships, 0);
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
        _assertBooks();
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

        // Once the mediation closes (it did not vote: slashed, burned), the rest of its bond comes back.
        reg.closeMediation(JOB, address(0), FEE);
        uint256 before = m[0].balance;
        vm.prank(m[0]);
        reg.completeExit();
        assertEq(m[0].balance, before + MIN_BOND - SLASH);
        assertEq(reg.burned(), 3 * SLASH);
        _assertBooks();
    }

    /// @notice A member that a queued mediation waits for cannot leave until it opens or is
    ///         dropped: two members that left while a challenge waited for them (free everywhere
    ///         else, nobody had called openQueued yet) left their committee unable to judge, and
    ///         the waiting challenge was dropped, the challenged result standing unjudged.
    function test_completeExit_revertsWhileAMediationWaitsForTheMember() public {
        uint32 id = _committeeOfThree();
        uint256 slots = MIN_BOND / SLASH;
        // m0 and m1 each sit alone on another committee whose mediations hold their bonds.
        uint32[2] memory single;
        for (uint256 k; k < 2; ++k) {
            address[] memory one = new address[](1);
            one[0] = m[k];
            single[k] = reg.createCommittee(one);
            vm.prank(m[k]);
            reg.acceptCommittee(single[k]);
            for (uint256 j; j < slots; ++j) {
                reg.openMediation(1000 * (k + 1) + j, single[k], RUN);
            }
        }
        // The challenge of JOB waits: only m2 can take it now.
        (uint8 eligible,) = reg.openMediation(JOB, id, RUN);
        assertEq(eligible, 0);
        // m0 and m1 ask to leave, judge their own committees' mediations, and are free.
        for (uint256 k; k < 2; ++k) {
            vm.prank(m[k]);
            reg.requestExit();
            for (uint256 j; j < slots; ++j) {
                uint256 job = 1000 * (k + 1) + j;
                _commitAs(job, m[k], Vote.ProviderRight);
                _revealAs(job, m[k], Vote.ProviderRight);
                reg.closeMediation(job, address(0), FEE);
            }
            assertEq(reg.getMediator(m[k]).activeMediations, 0);
        }
        vm.warp(block.timestamp + EXIT_DELAY);
        for (uint256 k; k < 2; ++k) {
            vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationsPending.selector, m[k], 1));
            vm.prank(m[k]);
            reg.completeExit();
        }
        // The waiting mediation cannot be dropped: its members can still take it, and do.
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationWaiting.selector, JOB, id));
        reg.closeMediation(JOB, address(0), FEE);
        reg.openQueued(id);
        assertEq(reg.getMediation(JOB).eligibleMask, 7);
        _votes([uint8(2), 2, 2]);
        (Verdict verdict,,) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint8(verdict), uint8(Verdict.ProviderWrong));
        // Then they leave.
        for (uint256 k; k < 2; ++k) {
            vm.prank(m[k]);
            reg.completeExit();
        }
        _assertBooks();
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

    function test_createCommittee_storesSortedMembersPendingConsent() public {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.CommitteeCreated(1, stranger, _all());
        vm.prank(stranger);
        uint32 id = reg.createCommittee(_all());
        assertEq(id, 1);
        assertEq(reg.committeeCount(), 1);
        assertEq(reg.committeeSize(id), 3);
        address[] memory got = reg.committeeMembers(id);
        assertEq(got.length, 3);
        for (uint256 i; i < 3; ++i) {
            assertEq(got[i], m[i]);
        }
        IMediatorRegistry.Committee memory c = reg.getCommittee(id);
        assertEq(c.consentMask, 0);
        vm.assertFalse(c.usable, "nobody consented yet");
    }

    function test_createCommittee_usableOnlyOnceEveryMemberAccepted() public {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        uint32 id = reg.createCommittee(_all());
        for (uint256 i; i < 3; ++i) {
            assertFalse(reg.committeeUsable(id));
            vm.expectEmit(address(reg));
            emit IMediatorRegistry.CommitteeAccepted(id, m[i]);
            vm.prank(m[i]);
            reg.acceptCommittee(id);
            assertEq(reg.getMediator(m[i]).memberships, 1);
        }
        IMediatorRegistry.Committee memory c = reg.getCommittee(id);
        assertEq(c.consentMask, 7);
        assertEq(c.ableMask, 7);
        assertTrue(c.usable);
        vm.assertTrue(reportedUsable[id], "the market was told");
    }

    function test_committeeUsable_everyFlipIsReportedToTheMarket() public {
        uint32 id = _committeeOfThree();
        vm.assertTrue(reportedUsable[id]);
        _drainBond(m[1]);
        vm.assertTrue(reportedUsable[id], "two of three still able: no flip");
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.CommitteeUsable(id, false);
        vm.prank(m[0]);
        reg.requestExit();
        vm.assertFalse(reportedUsable[id], "a member leaving: reported unusable");
    }

    function test_createCommittee_creatorWhoIsMemberAcceptsForItself() public {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        vm.prank(m[1]);
        uint32 id = reg.createCommittee(_all());
        assertEq(reg.getCommittee(id).consentMask, 2);
        // Creating it again as another member is that member's consent.
        vm.prank(m[2]);
        assertEq(reg.createCommittee(_all()), id);
        assertEq(reg.getCommittee(id).consentMask, 6);
    }

    function test_createCommittee_sameMembersSameIdNoEvent() public {
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
        (uint32 five, address[] memory members) = _committeeOfFive();
        address[] memory one = new address[](1);
        one[0] = members[2];
        uint32 single = reg.createCommittee(one);
        assertEq(five, 1);
        assertEq(single, 2);
        assertEq(reg.committeeSize(five), 5);
        assertEq(reg.committeeSize(single), 1);
        assertTrue(reg.committeeUsable(five));
        vm.assertFalse(reg.committeeUsable(single), "the member did not accept the committee of one");
        vm.prank(members[2]);
        reg.acceptCommittee(single);
        assertTrue(reg.committeeUsable(single));
    }

    function test_createCommittee_revertsWhenEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeSizeInvalid.selector, 0));
        reg.createCommittee(new address[](0));
    }

    function test_createCommittee_revertsWhenEven() public {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        address[] memory two = new address[](2);
        (two[0], two[1]) = (m[0], m[1]);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeSizeInvalid.selector, 2));
        reg.createCommittee(two);
        address[] memory four = new address[](4);
        for (uint256 i; i < 4; ++i) {
            four[i] = address(uint160(0x1000 + i));
            _reg(four[i]);
        }
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeSizeInvalid.selector, 4));
        reg.createCommittee(four);
    }

    function test_createCommittee_revertsWhenMoreThanFive() public {
        address[] memory seven = new address[](7);
        for (uint256 i; i < 7; ++i) {
            seven[i] = address(uint160(0x1000 + i));
            _reg(seven[i]);
        }
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeSizeInvalid.selector, 7));
        reg.createCommittee(seven);
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
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        address[] memory a = _all();
        a[1] = a[0];
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeNotSorted.selector, 1));
        reg.createCommittee(a);
    }

    function test_createCommittee_revertsWhenMemberUnregistered() public {
        _reg(m[0]);
        _reg(m[2]);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotRegistered.selector, m[1]));
        reg.createCommittee(_all());
    }

    function test_createCommittee_revertsWhenMemberExiting() public {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        vm.prank(m[2]);
        reg.requestExit();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediatorExiting.selector, m[2]));
        reg.createCommittee(_all());
    }

    function test_acceptCommittee_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeNotFound.selector, uint32(9)));
        vm.prank(m[0]);
        reg.acceptCommittee(9);
    }

    function test_acceptCommittee_revertsWhenNotMember() public {
        uint32 id = _committeeOfThree();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotCommitteeMember.selector, id, stranger));
        vm.prank(stranger);
        reg.acceptCommittee(id);
    }

    function test_acceptCommittee_revertsWhenAlreadyAccepted() public {
        uint32 id = _committeeOfThree();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeAlreadyAccepted.selector, id, m[0]));
        vm.prank(m[0]);
        reg.acceptCommittee(id);
    }

    function test_acceptCommittee_revertsWhenExiting() public {
        for (uint256 i; i < 3; ++i) {
            _reg(m[i]);
        }
        uint32 id = reg.createCommittee(_all());
        vm.prank(m[0]);
        reg.requestExit();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediatorExiting.selector, m[0]));
        vm.prank(m[0]);
        reg.acceptCommittee(id);
    }

    /// @notice A mediator sits on at most MAX_MEMBERSHIPS committees, so that the committees a
    ///         change of its standing updates stay few.
    function test_acceptCommittee_revertsAtMembershipLimit() public {
        address member = m[0];
        _reg(member);
        uint256 limit = reg.MAX_MEMBERSHIPS();
        for (uint256 k; k <= limit; ++k) {
            address other = address(uint160(0x2000 + k));
            _reg(other);
            address[] memory one = new address[](1);
            one[0] = member;
            address[] memory three = new address[](3);
            address a = address(uint160(0x3000 + k));
            _reg(a);
            (three[0], three[1], three[2]) = (other, a, member);
            // Sorted: the generated addresses are small, the member's is a hash.
            if (member < a) (three[0], three[1], three[2]) = (member, other, a);
            uint32 id = reg.createCommittee(three);
            if (k < limit) {
                vm.prank(member);
                reg.acceptCommittee(id);
            } else {
                vm.expectRevert(
                    abi.encodeWithSelector(IMediatorRegistry.MembershipLimitReached.selector, member, limit)
                );
                vm.prank(member);
                reg.acceptCommittee(id);
            }
        }
        assertEq(reg.getMediator(member).memberships, limit);
    }

    // ------------------------------------------------------------------ committee health

    function test_committeeUsable_needsAStrictMajorityBonded() public {
        uint32 id = _committeeOfThree();
        // m[2] is slashed below one slash: it is no longer able, but two of three still are.
        _drainBond(m[2]);
        IMediatorRegistry.Committee memory c = reg.getCommittee(id);
        assertEq(c.ableMask, 3);
        assertTrue(c.usable);
        // m[1] too: one of three is not a majority.
        _drainBond(m[1]);
        assertEq(reg.getCommittee(id).ableMask, 1);
        assertFalse(reg.committeeUsable(id));
        // Topping a bond up back over one slash makes the member able again.
        vm.prank(m[1]);
        reg.register{value: MIN_BOND}();
        assertEq(reg.getCommittee(id).ableMask, 3);
        assertTrue(reg.committeeUsable(id));
    }

    /// @dev `who` stays silent in committee-of-one mediations until its bond is below one slash.
    function _drainBond(address who) internal {
        address[] memory one = new address[](1);
        one[0] = who;
        uint32 single = reg.createCommittee(one);
        if (reg.getCommittee(single).consentMask == 0) {
            vm.prank(who);
            reg.acceptCommittee(single);
        }
        uint256 job = uint256(keccak256(abi.encode(who, block.timestamp)));
        while (_bond(who) >= SLASH) {
            reg.openMediation(job, single, RUN);
            vm.warp(reg.getMediation(job).revealDeadline);
            reg.closeMediation(job, address(0), FEE);
            ++job;
        }
    }

    function test_committeeUsable_falseForUnknown() public view {
        assertFalse(reg.committeeUsable(0));
        assertFalse(reg.committeeUsable(7));
        assertEq(reg.committeeSize(7), 0);
    }

    // ------------------------------------------------------------------ openMediation

    function test_openMediation_commitPhaseCoversTheRunTime() public {
        uint32 id = _committeeOfThree();
        uint40 commitDeadline = uint40(block.timestamp + COMMIT_WINDOW + RUN);
        uint40 revealDeadline = uint40(commitDeadline + REVEAL_WINDOW);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationOpened(JOB, id, 7, commitDeadline, revealDeadline);
        (uint8 eligible, uint40 got) = reg.openMediation(JOB, id, RUN);

        assertEq(eligible, 3);
        assertEq(got, revealDeadline);
        IMediatorRegistry.Mediation memory med = reg.getMediation(JOB);
        assertTrue(med.open);
        assertEq(med.committeeId, id);
        assertEq(med.commitDeadline, commitDeadline);
        assertEq(med.revealDeadline, revealDeadline);
        assertEq(med.eligibleMask, 7);
        for (uint256 i; i < 3; ++i) {
            assertEq(reg.getMediator(m[i]).activeMediations, 1);
        }
    }

    /// @notice A member that asked to leave still judges the deals its committee took before.
    function test_openMediation_exitingMemberStillJudgesOldDeals() public {
        uint32 id = _committeeOfThree();
        vm.prank(m[0]);
        reg.requestExit();
        (uint8 eligible,) = reg.openMediation(JOB, id, RUN);
        assertEq(eligible, 3);
        assertEq(reg.getMediator(m[0]).activeMediations, 1);
    }

    /// @notice Concurrency is bond-backed: with a bond of ten slashes a member sits on ten
    ///         mediations at once, no more.
    /// @dev Closes `job` with every member of the committee of three voting provider right.
    function _closeRight(uint256 job) internal {
        for (uint256 i; i < 3; ++i) {
            _commitAs(job, m[i], Vote.ProviderRight);
        }
        for (uint256 i; i < 3; ++i) {
            _revealAs(job, m[i], Vote.ProviderRight);
        }
        reg.closeMediation(job, address(0), FEE);
    }

    /// @dev `who` alone in an accepted committee.
    function _single(address who) internal returns (uint32 id) {
        address[] memory one = new address[](1);
        one[0] = who;
        id = reg.createCommittee(one);
        if (reg.getCommittee(id).consentMask == 0) {
            vm.prank(who);
            reg.acceptCommittee(id);
        }
    }

    /// @dev Sets `who`'s count of the queued mediations it keeps bond for (`Mediator.waiting`, the
    ///      last field of its slot in `_mediators`, slot 3, from bit `WAITING_AT`), as queuing that
    ///      many would: a test cannot queue tens of thousands of mediations.
    function _setWaiting(address who, uint256 n) internal {
        bytes32 slot = keccak256(abi.encode(who, uint256(3)));
        uint256 word = uint256(vm.load(address(reg), slot));
        word = (word & ((1 << WAITING_AT) - 1)) | (n << WAITING_AT);
        vm.store(address(reg), slot, bytes32(word));
        assertEq(reg.getMediator(who).waiting, n);
    }

    uint256 internal constant WAITING_AT = 224;

    /// @notice A member's count of the queued mediations it keeps bond for was 16 bits: a
    ///         colluding member could fill it through its own committee of one (65,535 queued
    ///         self-challenges, their fees coming back to it; on a cheap chain a few tenths of an
    ///         ether of gas), or an attacker fill an honest member's through a committee it
    ///         shares with saturated accomplices, and every challenge of the member's committees
    ///         that had to wait was refused: a wrong result stood unchallenged. The count is 32
    ///         bits now (the bond 80), so filling it means four billion queued challenges.
    function test_openMediation_aMemberWaitingFor65535MediationsStillTakesTheNext() public {
        _reg(m[0]);
        uint32 a = _single(m[0]);
        _holdWholeBond(a);
        _setWaiting(m[0], 65_535);
        (uint8 eligible,) = reg.openMediation(JOB, a, RUN);
        assertEq(eligible, 0);
        assertEq(reg.getMediator(m[0]).waiting, 65_536);
        (uint256 waiting, uint256 next) = reg.queued(a);
        assertEq(waiting, 1);
        assertEq(next, JOB);
    }

    /// @notice The bond is 80 bits (the rest of its slot went to the count of waiting
    ///         mediations): a registration or a top-up past 2^80 - 1 wei is refused, and one up
    ///         to it is kept whole.
    function test_register_refusesABondPastEightyBits() public {
        uint256 cap = type(uint80).max;
        address big = address(0xB16);
        vm.deal(big, cap + 2);
        vm.prank(big);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.BondTooLarge.selector, cap + 1));
        reg.register{value: cap + 1}();
        vm.prank(big);
        reg.register{value: cap - 1}();
        vm.prank(big);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.BondTooLarge.selector, cap + 1));
        reg.register{value: 2}();
        vm.prank(big);
        reg.register{value: 1}();
        assertEq(reg.getMediator(big).bond, cap);
    }

    /// @notice At 2^32 - 1 the count refuses more: the challenge is refused, as before queues.
    function test_openMediation_refusesAtTheWaitingCountsLimit() public {
        _reg(m[0]);
        uint32 a = _single(m[0]);
        _holdWholeBond(a);
        _setWaiting(m[0], type(uint32).max);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEnoughEligibleMediators.selector, a, 0, 1));
        reg.openMediation(JOB, a, RUN);
    }

    /// @dev Holds m0's whole bond with mediations 1 to MIN_BOND / SLASH of its committee of one.
    function _holdWholeBond(uint32 a) internal {
        for (uint256 j = 1; j <= MIN_BOND / SLASH; ++j) {
            reg.openMediation(j, a, RUN);
        }
    }

    /// @dev Closes mediations 1 to MIN_BOND / SLASH (`_holdWholeBond`) after their reveal
    ///      deadline: m0, silent in each, loses its bond.
    function _silentLosesBond() internal {
        vm.warp(reg.getMediation(1).revealDeadline);
        for (uint256 j = 1; j <= MIN_BOND / SLASH; ++j) {
            reg.closeMediation(j, address(0), FEE);
        }
    }

    /// @notice A run of dropped mediations behind an opened head is walked at most 256 per call:
    ///         `openQueued` keeps the progress of a call that only moved the head, and the live
    ///         mediation behind the run opens once the head reaches it.
    function test_openQueued_walksALongRunOfDroppedEntriesInSeveralCalls() public {
        _reg(m[0]);
        uint32 a = _single(m[0]);
        _holdWholeBond(a);
        uint256 n = 600;
        for (uint256 j; j < n + 2; ++j) {
            reg.openMediation(100 + j, a, RUN);
        }
        // m0, silent in every mediation it sat on, loses its bond: all but the first and the last
        // waiting ones are dropped.
        _silentLosesBond();
        for (uint256 j = 1; j <= n; ++j) {
            reg.closeMediation(100 + j, address(0), FEE);
        }
        vm.prank(m[0]);
        reg.register{value: 2 * SLASH}();
        reg.openQueued(a); // the first
        assertTrue(reg.getMediation(100).open);
        assertEq(reg.getMediator(m[0]).waiting, 1);
        // 600 dropped: two calls move the head 256 each, the third opens the last.
        for (uint256 k; k < 2; ++k) {
            reg.openQueued(a);
            assertFalse(reg.getMediation(100 + n + 1).open);
            (uint256 waiting,) = reg.queued(a);
            assertEq(waiting, n + 1 - 256 * (k + 1));
        }
        reg.openQueued(a);
        assertTrue(reg.getMediation(100 + n + 1).open);
        (uint256 left,) = reg.queued(a);
        assertEq(left, 0);
        assertEq(reg.getMediator(m[0]).waiting, 0);
        _assertBooks();
    }

    /// @notice `openQueued` keeps a call's move past a dropped mediation even when the live one
    ///         it reaches cannot open yet: a dropped head counts for nothing in other committees'
    ///         heads' order, so the live one behind it must head its queue to keep its slashes.
    function test_openQueued_keepsAMovePastDroppedMediationsWhenTheLiveOneWaits() public {
        _reg(m[0]);
        uint32 a = _single(m[0]);
        _holdWholeBond(a);
        reg.openMediation(101, a, RUN);
        reg.openMediation(102, a, RUN);
        reg.openMediation(103, a, RUN);
        // m0, silent in every mediation it sat on, loses its bond: 102, in the middle, is dropped.
        _silentLosesBond();
        reg.closeMediation(102, address(0), FEE);
        // One slash back: 101 opens, and the dropped 102 heads the queue.
        vm.prank(m[0]);
        reg.register{value: SLASH}();
        reg.openQueued(a);
        assertTrue(reg.getMediation(101).open);
        (uint256 waiting, uint256 next) = reg.queued(a);
        assertEq(next, 102);
        assertEq(waiting, 2);
        // 103 cannot open (m0 sits on 101), but the head moves to it and stays.
        reg.openQueued(a);
        assertFalse(reg.getMediation(103).open);
        (waiting, next) = reg.queued(a);
        assertEq(next, 103);
        assertEq(waiting, 1);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEnoughEligibleMediators.selector, a, 0, 1));
        reg.openQueued(a);
        _assertBooks();
    }

    /// @notice A mediation its committee can take at once opens at once, whatever dropped
    ///         entries its queue still lists: it was queued (eligible 0, reveal deadline 0, so its
    ///         market charged the whole committee's fee and showed it waiting) whenever a dropped
    ///         entry stood behind the head that opened last and a member kept bond for another
    ///         committee's queue, and then opened in the same call.
    function test_openMediation_opensAtOnceBehindOnlyDroppedEntries() public {
        uint32 three = _committeeOfThree();
        uint32 a = _single(m[0]);
        _holdWholeBond(a);
        // Two wait; then m0, silent in every mediation it sat on, loses its whole bond.
        reg.openMediation(101, a, RUN);
        reg.openMediation(102, a, RUN);
        _silentLosesBond();
        vm.assertLt(_bond(m[0]), SLASH);
        // The second waiting one is dropped behind the first, which opens after a top-up.
        reg.closeMediation(102, address(0), FEE);
        vm.prank(m[0]);
        reg.register{value: SLASH}();
        reg.openQueued(a);
        assertTrue(reg.getMediation(101).open);
        // m1 and m2 are busy elsewhere: a mediation of the committee of three waits, and m0
        // keeps bond for it.
        for (uint256 k = 1; k < 3; ++k) {
            uint32 s = _single(m[k]);
            for (uint256 j; j < MIN_BOND / SLASH; ++j) {
                reg.openMediation(1000 * k + j, s, RUN);
            }
        }
        reg.openMediation(201, three, RUN);
        assertFalse(reg.getMediation(201).open);
        assertEq(reg.getMediator(m[0]).waiting, 1);
        vm.prank(m[0]);
        reg.register{value: 2 * SLASH}();
        // m0's bond covers 101, 201 and one more: 301 opens at once.
        (uint8 eligible, uint40 revealDeadline) = reg.openMediation(301, a, RUN);
        assertTrue(reg.getMediation(301).open);
        assertEq(eligible, 1, "opened at once, reported as waiting");
        assertEq(revealDeadline, reg.getMediation(301).revealDeadline);
        _assertBooks();
    }

    /// @notice A member's bond covers a slash in every mediation it sits on: past that, a
    ///         mediation waits in the committee's queue (eligible 0), nobody votes on it, and it
    ///         opens first in, first out, once a majority can take it: by anyone's openQueued
    ///         after top-ups, or at once when one of the committee's mediations closes.
    function test_openMediation_queuesWhatMembersCannotTakeFirstInFirstOut() public {
        uint32 id = _committeeOfThree();
        uint256 slots = MIN_BOND / SLASH;
        for (uint256 job = 1; job <= slots; ++job) {
            reg.openMediation(job, id, RUN);
        }
        for (uint256 i; i < 3; ++i) {
            assertEq(reg.getMediator(m[i]).activeMediations, slots);
        }
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationQueued(slots + 1, id, 0);
        (uint8 eligible, uint40 revealDeadline) = reg.openMediation(slots + 1, id, RUN);
        assertEq(eligible, 0);
        assertEq(revealDeadline, 0);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationQueued(slots + 2, id, 1);
        reg.openMediation(slots + 2, id, RUN);
        (uint256 waiting, uint256 next) = reg.queued(id);
        assertEq(waiting, 2);
        assertEq(next, slots + 1);
        assertEq(reg.getMediator(m[0]).waiting, 2);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationAlreadyOpen.selector, slots + 1));
        reg.openMediation(slots + 1, id, RUN);

        // Nobody votes on a waiting mediation, and it does not close while it can still open.
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOpen.selector, slots + 1));
        vm.prank(m[0]);
        reg.commitVote(slots + 1, bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationWaiting.selector, slots + 1, id));
        reg.closeMediation(slots + 1, address(0), FEE);

        // Members top up one more slash each: it waits for every member able to judge (a
        // majority alone could leave one liar enough to deny the committee's majority).
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEnoughEligibleMediators.selector, id, 0, 3));
        reg.openQueued(id);
        for (uint256 i; i < 2; ++i) {
            vm.prank(m[i]);
            reg.register{value: SLASH}();
            vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEnoughEligibleMediators.selector, id, i + 1, 3));
            reg.openQueued(id);
        }
        // The third does: anyone opens the oldest, every member takes it.
        vm.prank(m[2]);
        reg.register{value: SLASH}();
        vm.prank(stranger);
        reg.openQueued(id);
        assertTrue(reg.getMediation(slots + 1).open);
        assertEq(reg.getMediation(slots + 1).eligibleMask, 7);
        (waiting, next) = reg.queued(id);
        assertEq(waiting, 1);
        assertEq(next, slots + 2);
        assertEq(reg.getMediator(m[0]).waiting, 1);

        // A new mediation waits behind the queue even when a slot is free.
        reg.openMediation(slots + 3, id, RUN);
        assertFalse(reg.getMediation(slots + 3).open);

        // Closing one of the first frees a slot of every member: the next in line opens at once.
        _closeRight(1);
        vm.assertTrue(reg.getMediation(slots + 2).open, "the oldest waiting mediation did not open at the close");
        assertFalse(reg.getMediation(slots + 3).open);
        _closeRight(2);
        assertTrue(reg.getMediation(slots + 3).open);
        (waiting, next) = reg.queued(id);
        assertEq(waiting, 0);
        assertEq(next, 0);
        for (uint256 i; i < 3; ++i) {
            assertEq(reg.getMediator(m[i]).waiting, 0);
        }
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NothingQueued.selector, id));
        reg.openQueued(id);
    }

    /// @notice A member whose bond is kept for a waiting mediation takes no new one of another
    ///         committee with it: the other committee's mediation waits too.
    function test_openMediation_slotsKeptForWaitingMediationsAreNotTakenElsewhere() public {
        uint32 id = _committeeOfThree();
        uint256 slots = MIN_BOND / SLASH;
        for (uint256 job = 1; job <= slots; ++job) {
            reg.openMediation(job, id, RUN);
        }
        reg.openMediation(slots + 1, id, RUN); // waits: every member's bond is held
        address[] memory alone = new address[](1);
        alone[0] = m[0];
        uint32 single = reg.createCommittee(alone);
        vm.prank(m[0]);
        reg.acceptCommittee(single);
        _closeRight(1);
        vm.assertTrue(reg.getMediation(slots + 1).open, "the waiting mediation took the freed slots");
        for (uint256 job = slots + 2; job <= slots + 3; ++job) {
            reg.openMediation(job, id, RUN);
        }
        _closeRight(2); // frees one slot each: slots + 2 opens, slots + 3 still waits
        assertTrue(reg.getMediation(slots + 2).open);
        assertFalse(reg.getMediation(slots + 3).open);
        // m[0] bonds one more slash: that slot is kept for slots + 3, which it would sit on.
        vm.prank(m[0]);
        reg.register{value: SLASH}();
        (uint8 eligible,) = reg.openMediation(slots + 10, single, RUN);
        vm.assertEq(eligible, 0, "a slot kept for a waiting mediation went to another committee's");
    }

    /// @dev Closes the mediation `job` of `who`'s committee of one, `who` voting.
    function _closeAlone(uint256 job, address who) internal {
        _commitAs(job, who, Vote.ProviderRight);
        _revealAs(job, who, Vote.ProviderRight);
        reg.closeMediation(job, address(0), FEE);
    }

    /// @notice Queues' heads take a shared member's bond in the order they became heads: m0's
    ///         freed slot goes to the older waiting mediation of the committee of three, not to
    ///         the newer head of m0's committee of one, whose close freed it (that close opens
    ///         nothing; anyone's `openQueued` opens the older one); the newer opens at the next.
    function test_openQueued_anOlderHeadOfAnotherCommitteeTakesASharedMembersSlotFirst() public {
        uint32 three = _committeeOfThree();
        uint32 single = _single(m[0]);
        uint256 slots = MIN_BOND / SLASH;
        for (uint256 job = 1; job <= slots; ++job) {
            reg.openMediation(job, single, RUN);
        }
        reg.openMediation(101, three, RUN); // waits for m0, queued first
        reg.openMediation(201, single, RUN); // waits for m0, queued second
        assertEq(reg.getMediator(m[0]).waiting, 2);

        _closeAlone(1, m[0]);
        vm.assertFalse(reg.getMediation(201).open, "a newer head took the slot kept for an older one");
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEnoughEligibleMediators.selector, single, 0, 1));
        reg.openQueued(single);
        vm.prank(stranger);
        reg.openQueued(three);
        assertTrue(reg.getMediation(101).open);
        assertEq(reg.getMediation(101).eligibleMask, 7);
        assertFalse(reg.getMediation(201).open);

        _closeAlone(2, m[0]);
        assertTrue(reg.getMediation(201).open);
        assertEq(reg.getMediator(m[0]).waiting, 0);
        assertEq(reg.getMediator(m[0]).activeMediations, slots);
        _assertBooks();
    }

    /// @notice The oldest waiting mediation of all only waits for mediations to end, so a member
    ///         with a bond of exactly one slash, kept for mediations waiting in two committees,
    ///         deadlocks neither: they open one at a time in the order they became heads (b1, a1,
    ///         b2, a2: b2 heads its queue when b1 opens, after a1 was queued), each once the one
    ///         before it closes.
    function test_openQueued_oneSlashOfBondKeptForTwoCommitteesOpensThemInTurn() public {
        uint32 three = _committeeOfThree();
        uint32 single = _single(m[0]);
        // m0, silent nine times alone, keeps one slash of bond.
        for (uint256 job = 1; job < MIN_BOND / SLASH; ++job) {
            reg.openMediation(job, single, RUN);
            vm.warp(reg.getMediation(job).revealDeadline);
            reg.closeMediation(job, address(0), FEE);
        }
        assertEq(_bond(m[0]), SLASH);
        reg.openMediation(50, single, RUN); // takes m0's one slot
        (uint256 b1, uint256 a1, uint256 b2, uint256 a2) = (101, 201, 102, 202);
        reg.openMediation(b1, three, RUN);
        reg.openMediation(a1, single, RUN);
        reg.openMediation(b2, three, RUN);
        reg.openMediation(a2, single, RUN);
        assertEq(reg.getMediator(m[0]).waiting, 4);

        // 50's close frees the slot: a1 heads its queue but b1 is older.
        _closeAlone(50, m[0]);
        assertFalse(reg.getMediation(a1).open);
        reg.openQueued(three);
        assertTrue(reg.getMediation(b1).open);
        // b1's close: b2 heads its queue but a1 is older.
        _closeRight(b1);
        assertFalse(reg.getMediation(b2).open);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEnoughEligibleMediators.selector, three, 2, 3));
        reg.openQueued(three);
        reg.openQueued(single);
        assertTrue(reg.getMediation(a1).open);
        _closeAlone(a1, m[0]);
        assertFalse(reg.getMediation(a2).open);
        reg.openQueued(three);
        assertTrue(reg.getMediation(b2).open);
        _closeRight(b2);
        reg.openQueued(single);
        assertTrue(reg.getMediation(a2).open);
        _closeAlone(a2, m[0]);
        (uint256 waitingThree,) = reg.queued(three);
        (uint256 waitingSingle,) = reg.queued(single);
        assertEq(waitingThree + waitingSingle, 0);
        assertEq(reg.getMediator(m[0]).waiting, 0);
        assertEq(_bond(m[0]), SLASH);
        _assertBooks();
    }

    /// @notice A waiting mediation its committee can never take (a majority of its members no
    ///         longer bonded for a slash) closes without opening: NoMajority, nobody paid.
    function test_closeMediation_dropsAWaitingMediationItsCommitteeCanNeverTake() public {
        uint32 id = _committeeOfThree();
        uint256 slots = MIN_BOND / SLASH;
        uint40 last;
        for (uint256 job = 1; job <= slots; ++job) {
            (, last) = reg.openMediation(job, id, RUN);
        }
        reg.openMediation(slots + 1, id, RUN);
        // Nobody votes: every close slashes every member, whose bonds end at zero.
        vm.warp(last);
        for (uint256 job = 1; job <= slots; ++job) {
            reg.closeMediation(job, address(0), FEE);
            assertFalse(reg.getMediation(slots + 1).open);
        }
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationDropped(slots + 1, id);
        (Verdict verdict, uint8 eligible, address[] memory payees) = reg.closeMediation(slots + 1, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.NoMajority));
        assertEq(eligible, 0);
        assertEq(payees.length, 0);
        (uint256 waiting,) = reg.queued(id);
        assertEq(waiting, 0);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOpen.selector, slots + 1));
        reg.closeMediation(slots + 1, address(0), FEE);
    }

    function test_openMediation_revertsWhenNotMarket() public {
        _committeeOfThree();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotMarket.selector, stranger));
        vm.prank(stranger);
        reg.openMediation(JOB, 1, RUN);
    }

    function test_openMediation_marketsRegistryRefusesOthers() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotMarket.selector, address(this)));
        mediation.openMediation(1, 1, RUN);
    }

    function test_openMediation_revertsWhenAlreadyOpened() public {
        _committeeOfThree();
        _open();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationAlreadyOpen.selector, JOB));
        reg.openMediation(JOB, 1, RUN);
    }

    function test_openMediation_revertsWhenReopenedAfterClose() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        vm.warp(revealDeadline);
        reg.closeMediation(JOB, address(0), FEE);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationAlreadyOpen.selector, JOB));
        reg.openMediation(JOB, 1, RUN);
    }

    function test_openMediation_revertsWhenCommitteeUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeNotFound.selector, uint32(3)));
        reg.openMediation(JOB, 3, RUN);
    }

    // ------------------------------------------------------------------ commitVote

    function test_commitVote_recordsCommitment() public {
        _committeeOfThree();
        _open();
        bytes32 c = reg.voteCommitment(JOB, m[1], Vote.ProviderRight, _salt(m[1]));
        assertEq(c, keccak256(abi.encode(JOB, m[1], Vote.ProviderRight, _salt(m[1]))));
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

    function test_commitVote_lastSecondOfRunTimeExtendedPhase() public {
        _committeeOfThree();
        _open();
        vm.warp(block.timestamp + COMMIT_WINDOW + RUN - 1);
        _commitAs(m[0], Vote.ProviderRight);
        vm.warp(block.timestamp + 1);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitPhaseOver.selector, JOB));
        vm.prank(m[1]);
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

    function test_commitVote_revertsWhenMemberNotEligible() public {
        uint32 id = _committeeOfThree();
        // m[2] lost its bond (silent elsewhere): the others judge.
        _drainBond(m[2]);
        reg.openMediation(JOB, id, RUN);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEligible.selector, JOB, m[2]));
        vm.prank(m[2]);
        reg.commitVote(JOB, bytes32(uint256(1)));
    }

    function test_commitVote_revertsWhenAlreadyCommitted() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], Vote.ProviderRight);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.AlreadyCommitted.selector, JOB, m[0]));
        vm.prank(m[0]);
        reg.commitVote(JOB, bytes32(uint256(1)));
    }

    // ------------------------------------------------------------------ revealVote

    function test_revealVote_afterCommitPhase() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], Vote.ProviderWrong);
        vm.warp(reg.getMediation(JOB).commitDeadline);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.VoteRevealed(JOB, m[0], Vote.ProviderWrong);
        _revealAs(m[0], Vote.ProviderWrong);
        IMediatorRegistry.Mediation memory med = reg.getMediation(JOB);
        assertEq(med.revealedMask, 1);
        assertEq(med.wrongMask, 1);
        assertEq(med.rightMask, 0);
    }

    function test_revealVote_earlyOnceAllCommitted() public {
        _committeeOfThree();
        _open();
        for (uint256 i; i < 3; ++i) {
            _commitAs(m[i], Vote.ProviderRight);
        }
        _revealAs(m[1], Vote.ProviderRight);
        assertEq(reg.getMediation(JOB).rightMask, 2);
    }

    function test_revealVote_cannotRunCountsForNeitherSide() public {
        _committeeOfThree();
        _open();
        for (uint256 i; i < 3; ++i) {
            _commitAs(m[i], Vote.CannotRun);
        }
        _revealAs(m[2], Vote.CannotRun);
        IMediatorRegistry.Mediation memory med = reg.getMediation(JOB);
        assertEq(med.revealedMask, 4);
        assertEq(med.rightMask, 0);
        assertEq(med.wrongMask, 0);
    }

    function test_revealVote_revertsWhenVoteNone() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], Vote.None);
        vm.warp(reg.getMediation(JOB).commitDeadline);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.VoteInvalid.selector));
        _revealAs(m[0], Vote.None);
    }

    function test_revealVote_revertsWhenNotOpen() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOpen.selector, JOB));
        _revealAs(m[0], Vote.ProviderRight);
    }

    function test_revealVote_revertsDuringCommitPhase() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], Vote.ProviderRight);
        vm.warp(reg.getMediation(JOB).commitDeadline - 1);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.RevealPhaseNotStarted.selector, JOB));
        _revealAs(m[0], Vote.ProviderRight);
    }

    function test_revealVote_revertsAtRevealDeadline() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        _commitAs(m[0], Vote.ProviderRight);
        vm.warp(revealDeadline);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.RevealPhaseOver.selector, JOB));
        _revealAs(m[0], Vote.ProviderRight);
    }

    function test_revealVote_revertsWhenNotMember() public {
        _committeeOfThree();
        _open();
        vm.warp(reg.getMediation(JOB).commitDeadline);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEligible.selector, JOB, stranger));
        _revealAs(stranger, Vote.ProviderRight);
    }

    function test_revealVote_revertsWhenNotCommitted() public {
        _committeeOfThree();
        _open();
        vm.warp(reg.getMediation(JOB).commitDeadline);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotCommitted.selector, JOB, m[0]));
        _revealAs(m[0], Vote.ProviderRight);
    }

    function test_revealVote_revertsWhenAlreadyRevealed() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], Vote.ProviderRight);
        vm.warp(reg.getMediation(JOB).commitDeadline);
        _revealAs(m[0], Vote.ProviderRight);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.AlreadyRevealed.selector, JOB, m[0]));
        _revealAs(m[0], Vote.ProviderRight);
    }

    function test_revealVote_revertsWhenVoteDiffers() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], Vote.ProviderRight);
        vm.warp(reg.getMediation(JOB).commitDeadline);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitmentMismatch.selector, JOB, m[0]));
        _revealAs(m[0], Vote.CannotRun);
    }

    function test_revealVote_revertsWhenSaltDiffers() public {
        _committeeOfThree();
        _open();
        _commitAs(m[0], Vote.ProviderRight);
        vm.warp(reg.getMediation(JOB).commitDeadline);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitmentMismatch.selector, JOB, m[0]));
        vm.prank(m[0]);
        reg.revealVote(JOB, Vote.ProviderRight, bytes32(uint256(1)));
    }

    function test_revealVote_cannotReplayAnotherMembersCommitment() public {
        _committeeOfThree();
        _open();
        // m[1] copies m[0]'s commitment: it does not open for m[1].
        bytes32 c = reg.voteCommitment(JOB, m[0], Vote.ProviderRight, _salt(m[0]));
        vm.prank(m[0]);
        reg.commitVote(JOB, c);
        vm.prank(m[1]);
        reg.commitVote(JOB, c);
        vm.warp(reg.getMediation(JOB).commitDeadline);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitmentMismatch.selector, JOB, m[1]));
        vm.prank(m[1]);
        reg.revealVote(JOB, Vote.ProviderRight, _salt(m[0]));
    }

    // ------------------------------------------------------------------ closeMediation

    function test_closeMediation_unanimousNoSlash() public {
        _committeeOfThree();
        _open();
        _votes([uint8(1), 1, 1]);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationClosed(JOB, Verdict.ProviderRight, 3, 0);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.ProviderRight));
        assertEq(payees.length, 3);
        for (uint256 i; i < 3; ++i) {
            assertEq(payees[i], m[i]);
            assertEq(_bond(m[i]), MIN_BOND);
            assertEq(reg.getMediator(m[i]).activeMediations, 0);
        }
        assertFalse(reg.getMediation(JOB).open);
        assertEq(reg.burned(), 0);
    }

    /// @notice Each payee's fee is credited to its earnings (native in its slot, a token's in the
    ///         mapping); the others earn nothing; earnings survive the mediator's exit.
    function test_closeMediation_creditsEachPayeesEarnings() public {
        _committeeOfThree();
        _open();
        _votes([uint8(2), 1, 2]);
        reg.closeMediation(JOB, address(0), FEE);
        assertEq(reg.earnings(m[0], address(0)), FEE);
        assertEq(reg.earnings(m[1], address(0)), 0, "the minority earns nothing");
        assertEq(reg.earnings(m[2], address(0)), FEE);
        assertEq(reg.getMediator(m[0]).earned, FEE);

        // A second mediation paid in a token adds to the mapping, not the native field.
        address tok = address(0xBEEF);
        reg.openMediation(JOB + 1, reg.committeeCount(), RUN);
        for (uint256 i; i < 3; ++i) {
            _commitAs(JOB + 1, m[i], Vote.ProviderRight);
        }
        for (uint256 i; i < 3; ++i) {
            _revealAs(JOB + 1, m[i], Vote.ProviderRight);
        }
        reg.closeMediation(JOB + 1, tok, 7);
        for (uint256 i; i < 3; ++i) {
            assertEq(reg.earnings(m[i], tok), 7);
        }
        assertEq(reg.earnings(m[0], address(0)), FEE, "native earnings unchanged");

        // Leaving keeps what it earned.
        vm.prank(m[0]);
        reg.requestExit();
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.prank(m[0]);
        reg.completeExit();
        assertEq(reg.earnings(m[0], address(0)), FEE, "earnings lost at exit");
        assertEq(reg.earnings(m[0], tok), 7);
    }

    function test_closeMediation_burnsMinorityVotersBond() public {
        _committeeOfThree();
        _open();
        _votes([uint8(2), 1, 2]);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationClosed(JOB, Verdict.ProviderWrong, 1, 2);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediatorSlashed(JOB, m[1], SLASH);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);

        assertEq(uint256(verdict), uint256(Verdict.ProviderWrong));
        assertEq(payees.length, 2);
        assertEq(payees[0], m[0]);
        assertEq(payees[1], m[2]);
        assertEq(_bond(m[1]), MIN_BOND - SLASH);
        assertEq(_bond(m[0]), MIN_BOND, "the majority gains nothing from the slash");
        assertEq(_bond(m[2]), MIN_BOND);
        // Burned: it stays in the registry, counted, and belongs to nobody.
        assertEq(reg.burned(), SLASH);
        assertEq(reg.totalHeld(), 3 * MIN_BOND);
        _assertBooks();
    }

    function test_closeMediation_slashesNonVoter() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        _votes([uint8(1), 1, 0]);
        vm.warp(revealDeadline);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediatorSlashed(JOB, m[2], SLASH);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.ProviderRight));
        assertEq(payees.length, 2);
        assertEq(_bond(m[2]), MIN_BOND - SLASH);
        assertEq(reg.burned(), SLASH);
    }

    function test_closeMediation_cannotRunIsNeitherPaidNorSlashed() public {
        _committeeOfThree();
        _open();
        _votes([uint8(1), 3, 1]);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.ProviderRight));
        assertEq(payees.length, 2);
        assertEq(payees[0], m[0]);
        assertEq(payees[1], m[2]);
        assertEq(_bond(m[1]), MIN_BOND, "cannot run is not a lie");
        assertEq(reg.burned(), 0);
    }

    function test_closeMediation_noMajorityPaysDecidedRevealers() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        _votes([uint8(1), 2, 0]);
        vm.warp(revealDeadline);
        vm.expectEmit(address(reg));
        emit IMediatorRegistry.MediationClosed(JOB, Verdict.NoMajority, 1, 1);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.NoMajority));
        assertEq(payees.length, 2);
        assertEq(payees[0], m[0]);
        assertEq(payees[1], m[1]);
        assertEq(_bond(m[0]), MIN_BOND);
        assertEq(_bond(m[1]), MIN_BOND);
        assertEq(_bond(m[2]), MIN_BOND - SLASH);
        assertEq(reg.burned(), SLASH, "the silent member's slash goes to nobody");
    }

    /// @notice A majority that cannot run the job is paid like a deciding one (saturation with
    ///         unrunnable jobs is not free), and nobody is slashed.
    function test_closeMediation_everyoneCannotRun() public {
        _committeeOfThree();
        _open();
        _votes([uint8(3), 3, 3]);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.NoMajority));
        assertEq(payees.length, 3);
        for (uint256 i; i < 3; ++i) {
            assertEq(payees[i], m[i]);
            assertEq(_bond(m[i]), MIN_BOND);
        }
    }

    /// @notice With a majority that cannot run it, the member who ran it and said so is paid too.
    function test_closeMediation_cannotRunMajorityPaysEveryoneWhoRevealed() public {
        _committeeOfThree();
        _open();
        _votes([uint8(3), 1, 3]);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.NoMajority));
        assertEq(payees.length, 3);
    }

    /// @notice A silent member beside a majority that cannot run it is slashed and unpaid.
    function test_closeMediation_cannotRunMajorityLeavesTheSilentUnpaid() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        _votes([uint8(3), 0, 3]);
        vm.warp(revealDeadline);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.NoMajority));
        assertEq(payees.length, 2);
        assertEq(payees[0], m[0]);
        assertEq(payees[1], m[2]);
        assertEq(_bond(m[1]), MIN_BOND - SLASH);
    }

    /// @notice One member that cannot run it is no majority: the decided voters alone are paid.
    function test_closeMediation_cannotRunMinorityUnpaid() public {
        _committeeOfThree();
        _open();
        _votes([uint8(3), 1, 1]);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.ProviderRight));
        assertEq(payees.length, 2);
        assertEq(payees[0], m[1]);
        assertEq(payees[1], m[2]);
    }

    function test_closeMediation_nobodyVotedBurnsEverySlash() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        vm.warp(revealDeadline);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.NoMajority));
        assertEq(payees.length, 0);
        for (uint256 i; i < 3; ++i) {
            assertEq(_bond(m[i]), MIN_BOND - SLASH);
        }
        assertEq(reg.burned(), 3 * SLASH);
        _assertBooks();
    }

    /// @notice Two of five members have their bonds held elsewhere; the other three take the
    ///         mediation. Two of them agreeing is a majority of those eligible but not of the
    ///         committee: nothing is decided, so whoever holds some members busy cannot hand the
    ///         verdict to the rest.
    function test_closeMediation_quorumIsAMajorityOfTheCommittee() public {
        (uint32 id, address[] memory five) = _committeeOfFive();
        // Members 0 and 1 lost their bonds (silent elsewhere): three judge.
        for (uint256 i; i < 2; ++i) {
            _drainBond(five[i]);
        }
        uint256 burned = reg.burned();
        (uint8 eligible,) = reg.openMediation(JOB, id, RUN);
        assertEq(eligible, 3);
        _commitAs(five[2], Vote.ProviderWrong);
        _commitAs(five[3], Vote.ProviderWrong);
        _commitAs(five[4], Vote.ProviderRight);
        _revealAs(five[2], Vote.ProviderWrong);
        _revealAs(five[3], Vote.ProviderWrong);
        _revealAs(five[4], Vote.ProviderRight);
        (Verdict verdict,, address[] memory payees) = reg.closeMediation(JOB, address(0), FEE);
        assertEq(uint256(verdict), uint256(Verdict.NoMajority));
        assertEq(payees.length, 3);
        assertEq(reg.burned(), burned);
    }

    /// @notice A member's bond always covers a slash in each mediation it sits on.
    function test_closeMediation_bondCoversEverySlash() public {
        uint32 id = _committeeOfThree();
        for (uint256 job = 1; job <= MIN_BOND / SLASH; ++job) {
            reg.openMediation(job, id, RUN);
        }
        vm.warp(reg.getMediation(1).revealDeadline);
        for (uint256 job = 1; job <= MIN_BOND / SLASH; ++job) {
            reg.closeMediation(job, address(0), FEE);
        }
        for (uint256 i; i < 3; ++i) {
            assertEq(_bond(m[i]), 0);
        }
        assertEq(reg.burned(), 3 * MIN_BOND);
        assertFalse(reg.committeeUsable(id));
        _assertBooks();
    }

    function test_closeMediation_revertsWhenNotMarket() public {
        _committeeOfThree();
        _open();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotMarket.selector, stranger));
        vm.prank(stranger);
        reg.closeMediation(JOB, address(0), FEE);
    }

    function test_closeMediation_revertsWhenNeverOpened() public {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOpen.selector, JOB));
        reg.closeMediation(JOB, address(0), FEE);
    }

    function test_closeMediation_revertsWhenClosedTwice() public {
        _committeeOfThree();
        _open();
        _votes([uint8(1), 1, 1]);
        reg.closeMediation(JOB, address(0), FEE);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOpen.selector, JOB));
        reg.closeMediation(JOB, address(0), FEE);
    }

    function test_closeMediation_revertsBeforeRevealDeadline() public {
        _committeeOfThree();
        uint40 revealDeadline = _open();
        _votes([uint8(1), 1, 0]);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.MediationNotOver.selector, JOB, revealDeadline));
        reg.closeMediation(JOB, address(0), FEE);
    }

    // ------------------------------------------------------------------ constructor bounds

    function test_constructor_refusesEveryOutOfBoundsParameter() public {
        IMediatorRegistry.Config memory c = _mediationConfig();
        c.minBond = 0;
        _expectConfigInvalid(c, "minBond", 0);
        c = _mediationConfig();
        c.slashAmount = 0;
        _expectConfigInvalid(c, "slashAmount", 0);
        c.slashAmount = MIN_BOND + 1;
        _expectConfigInvalid(c, "slashAmount", MIN_BOND + 1);
        c = _mediationConfig();
        c.commitWindow = 0;
        _expectConfigInvalid(c, "commitWindow", 0);
        c.commitWindow = 30 days + 1;
        _expectConfigInvalid(c, "commitWindow", 30 days + 1);
        c = _mediationConfig();
        c.revealWindow = 0;
        _expectConfigInvalid(c, "revealWindow", 0);
        c = _mediationConfig();
        c.exitDelay = MAX_RUN_TIME + CHALLENGE_WINDOW - 1;
        _expectConfigInvalid(c, "exitDelay", c.exitDelay);
        c.exitDelay = 365 days + 1;
        _expectConfigInvalid(c, "exitDelay", c.exitDelay);
        // The lowest exit delay that still covers every deal is accepted.
        c.exitDelay = MAX_RUN_TIME + CHALLENGE_WINDOW;
        _newRegistry(c);
    }

    function _expectConfigInvalid(IMediatorRegistry.Config memory c, string memory name, uint256 value) internal {
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.ConfigInvalid.selector, name, value));
        _newRegistry(c);
    }

    // ------------------------------------------------------------------ views

    function test_views_config() public view {
        assertEq(reg.market(), address(this));
        assertEq(reg.minBond(), MIN_BOND);
        assertEq(reg.exitDelay(), EXIT_DELAY);
        assertEq(reg.slashAmount(), SLASH);
        assertEq(reg.commitWindow(), COMMIT_WINDOW);
        assertEq(reg.revealWindow(), REVEAL_WINDOW);
        assertEq(reg.burned(), 0);
    }

    // ------------------------------------------------------------------ gas of a head's reads

    event log_named_uint(string key, uint256 val);

    /// @notice The most other queues a head's opening reads: a committee of five whose every
    ///         member sits on seven committees of one, each with a live head, and keeps bond for
    ///         more queued mediations than its bond covers (so `_leaveOlderHeads` walks all seven
    ///         of each: 35 queues, three cold slots each). Measured as the close of a mediation of
    ///         the five (the market's `resolveChallenge` adds its own part), the registry's
    ///         storage cold (`vm.cool`), against the same close with the five on no other
    ///         committee (as many slashes kept, in their own queue).
    function test_measure_headOpeningReadsEveryOtherQueueOfFiveMembers() public {
        uint256 full = _closeOpeningAHeadGas(true);
        uint256 bare = _closeOpeningAHeadGas(false);
        emit log_named_uint("close opening a head, 35 other queues read", full);
        emit log_named_uint("the same close, the members on no other committee", bare);
        emit log_named_uint("the 35 queues' reads", full - bare);
        vm.assertLt(full, 600_000, "a head's opening reads too much for a close");
    }

    function _closeOpeningAHeadGas(bool otherQueues) internal returns (uint256 used) {
        uint256 snap = vm.snapshotState();
        (uint32 five, address[] memory f) = _committeeOfFive();
        // A member's other committees: seven of three, each with two fresh members.
        uint32[7][5] memory others;
        for (uint256 i; otherQueues && i < 5; ++i) {
            for (uint256 k; k < 7; ++k) {
                address a = address(uint160(0x10000 + i * 0x100 + k * 2));
                address b = address(uint160(0x10000 + i * 0x100 + k * 2 + 1));
                _reg(a);
                _reg(b);
                address[] memory three = new address[](3);
                (three[0], three[1], three[2]) = (f[i], a, b);
                for (uint256 x = 1; x < 3; ++x) {
                    for (uint256 y = x; y > 0 && three[y] < three[y - 1]; --y) {
                        (three[y], three[y - 1]) = (three[y - 1], three[y]);
                    }
                }
                others[i][k] = reg.createCommittee(three);
                _acceptAll(others[i][k], three);
            }
        }
        // The five's whole bonds held by ten mediations of their committee; two more wait (after
        // another mediation queued elsewhere: the very first queued one reads no other queue).
        uint256 slots = MIN_BOND / SLASH;
        address z = address(0xEEEE);
        _reg(z);
        uint32 zAlone = _single(z);
        for (uint256 j; j <= slots; ++j) {
            reg.openMediation(500 + j, zAlone, RUN);
        }
        for (uint256 j = 1; j <= slots; ++j) {
            reg.openMediation(j, five, RUN);
        }
        reg.openMediation(100, five, RUN);
        reg.openMediation(101, five, RUN);
        assertFalse(reg.getMediation(100).open);
        // Then one waiting mediation heads each other committee's queue (newer than 100's).
        if (otherQueues) {
            for (uint256 i; i < 5; ++i) {
                for (uint256 k; k < 7; ++k) {
                    reg.openMediation(1000 + i * 10 + k, others[i][k], RUN);
                }
            }
        } else {
            // As many kept slashes, in the five's own queue: no other queue to read.
            for (uint256 k; k < 7; ++k) {
                reg.openMediation(102 + k, five, RUN);
            }
        }
        vm.assertGt(reg.getMediator(f[0]).waiting, 8);
        // Every member votes on mediation 1; its close frees a slot and opens 100.
        for (uint256 i; i < 5; ++i) {
            _commitAs(1, f[i], Vote.ProviderRight);
        }
        for (uint256 i; i < 5; ++i) {
            _revealAs(1, f[i], Vote.ProviderRight);
        }
        CoolCheat(address(vm)).cool(address(reg));
        uint256 g = gasleft();
        reg.closeMediation(1, address(0), FEE);
        used = g - gasleft();
        assertTrue(reg.getMediation(100).open);
        vm.revertToState(snap);
    }
}

/// @dev Foundry's `cool` cheatcode: marks an account's storage cold again.
interface CoolCheat {
    function cool(address target) external;
}
