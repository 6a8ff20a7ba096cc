// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "../unit/PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {JobStatus, Vote} from "../../src/types/Status.sol";

/// @dev Foundry's `cool` cheatcode (not in the repository's small Vm interface): marks an
///      account's storage cold again, as in a transaction of its own.
interface CoolCheat {
    function cool(address target) external;
}

/// @notice Attacks on who judges a challenge when someone holds members' bonds busy (helper 32's
///         red-team review, 2026-12-03). Each test asserts what the honest party must end with.
contract QueueAttacksTest is PondUnitBase {
    uint256 internal constant DEPOSIT = 100 ether;

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

    // ------------------------------------------------------------------ finding 2

    function _endHeld(uint256 jobId, address member) internal {
        _commit(jobId, member, Vote.ProviderRight);
        _reveal(jobId, member, Vote.ProviderRight);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
    }

    /// @notice README: "From the moment a challenge waits, each of its members keeps a slash of
    ///         bond for it: a new mediation of any committee takes that member only with a slash
    ///         free beyond those, so an attacker that frees a member cannot take the slot back
    ///         with its next mediation" (test_attack_saturationThroughOtherCommitteesCannotRetake-
    ///         AFreedSlot). The kept slash was ignored by the HEAD of any queue (it checked
    ///         `active + 1` only): the attacker's next challenge on its one-member committee
    ///         waited, and the attacker's own `openQueued` opened it at once in the freed slot. The
    ///         victim's challenge, queued first, could not open: the attacker retook every freed
    ///         slot (one extra call each) and the victim's verdict waited as long as it kept doing
    ///         so (review, 2026-12-03). Since then queues' heads take a shared member's bond in the
    ///         order they became heads: the attacker's head keeps the slash for the victim's, older.
    function test_attack_openQueuedOfAnotherCommitteeRetakesTheSlotKeptForTheVictim() public {
        address attacker = stranger;
        _deposit(attacker, DEPOSIT);
        (uint256 victimJob, HeldAlone memory h) = _victimWaitsOnMembersHeldAlone(attacker);
        assertFalse(mediation.getMediation(victimJob).open);

        for (uint256 i; i < 3; ++i) {
            _endHeld(h.firsts[i], mediatorSet[i]);
            uint256 again = _selfChallenge(attacker, h.alone[i], h.offers[i]);
            assertFalse(mediation.getMediation(again).open); // it waits, as the README says...
            // ...and the attacker's own `openQueued` cannot open it: the victim's is older.
            vm.expectRevert(
                abi.encodeWithSelector(IMediatorRegistry.NotEnoughEligibleMediators.selector, h.alone[i], 0, 1)
            );
            mediation.openQueued(h.alone[i]);
            vm.assertFalse(mediation.getMediation(again).open, "the attacker took the slot kept for the victim");
        }
        mediation.openQueued(_defaultCommittee());
        assertTrue(mediation.getMediation(victimJob).open);
    }

    /// @notice The same without any call of its own at the freeing moment: the attacker queues
    ///         spare self-challenges on its one-member committees AFTER the victim's challenge
    ///         waits. Every close of a held mediation (by anyone, the victim included) opens the
    ///         attacker's next queued one in the same transaction (`closeMediation` opens the
    ///         closed mediation's committee's head, which ignored the slash kept for the victim),
    ///         so the victim could never open its mediation even by resolving the held ones itself
    ///         (review, 2026-12-03). Now the attacker's heads, newer, keep that slash: the closes
    ///         open nothing and the victim's (or anyone's) `openQueued` opens the victim's.
    function test_attack_spareQueuedChallengesRetakeEveryFreedSlotAtTheClose() public {
        address attacker = stranger;
        _deposit(attacker, DEPOSIT);
        (uint256 victimJob, HeldAlone memory h) = _victimWaitsOnMembersHeldAlone(attacker);
        // Queued after the victim's: one spare on each member.
        uint256[3] memory spare;
        for (uint256 i; i < 3; ++i) {
            spare[i] = _selfChallenge(attacker, h.alone[i], h.offers[i]);
            assertFalse(mediation.getMediation(spare[i]).open);
        }
        // The victim (or its keeper) ends a held mediation on each member.
        for (uint256 i; i < 3; ++i) {
            _endHeld(h.firsts[i], mediatorSet[i]);
            vm.assertFalse(mediation.getMediation(spare[i]).open, "a spare queued after the victim's opened first");
        }
        try mediation.openQueued(_defaultCommittee()) {} catch {}
        vm.assertTrue(
            mediation.getMediation(victimJob).open, "challenges queued after the victim's took the slots freed for it"
        );
    }

    /// @dev The creator's default job with a wrong result from `stranger`'s free offer, and member
    ///      `m` of its committee funded to play creator, provider and challenger of its own jobs.
    function _wrongResultForAMembersVictim(address m) internal returns (uint256 victimJob) {
        vm.deal(m, m.balance + DEPOSIT);
        _deposit(m, DEPOSIT);
        _deposit(stranger, DEPOSIT); // the wrong provider's collateral
        victimJob = _postDefaultJob();
        _match(victimJob, _freeOffer(stranger));
        vm.prank(stranger);
        market.submitResult(victimJob, WRONG_CID);
    }

    /// @notice One member of the victim's committee holds ITSELF busy: it is the creator,
    ///         provider and challenger of self-dealt jobs of its own committee of one, and votes in
    ///         them (its fees come back to it; it pays gas). Since a mediation waits for every
    ///         member able to judge, the victim's challenge waits for it. The README listed this as
    ///         an open weakness ("for as long as it keeps doing so"): each mediation it ended freed
    ///         a slot its next self-challenge took. With queues' heads ordered across committees
    ///         and new mediations leaving the slashes kept for waiting ones, the victim's challenge
    ///         opens once one of the member's own mediations ends: a delay of one mediation's
    ///         length (a backlog it queued before: the test below).
    function test_attack_memberHoldingItselfBusyDelaysAVictimOneMediationOnly() public {
        address m = mediatorSet[0];
        uint256 victimJob = _wrongResultForAMembersVictim(m);
        (uint32 single, uint256 offerId, uint256 first) = _saturateAlone(m, m, MIN_BOND / SLASH);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(victimJob, _terms(victimJob), _result(victimJob));
        vm.assertFalse(mediation.getMediation(victimJob).open, "the victim's challenge waits for the busy member");

        // The member ends one of its mediations and at once challenges another of its own jobs:
        // it cannot take the slot back, neither by a new mediation nor by its queue's head.
        _endHeld(first, m);
        uint256 again = _selfChallenge(m, single, offerId);
        vm.assertFalse(
            mediation.getMediation(again).open, "the member's new self-challenge took the slot kept for the victim"
        );
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEnoughEligibleMediators.selector, single, 0, 1));
        mediation.openQueued(single);
        mediation.openQueued(_defaultCommittee());
        vm.assertTrue(mediation.getMediation(victimJob).open, "the victim's challenge did not open in the freed slot");
    }

    // ------------------------------------------------------------------ backlog (2026-12-03, later)

    event log_named_uint(string key, uint256 val);

    /// @notice A member of the victim's committee (a liar, or any attacker's mediator) keeps a
    ///         BACKLOG of self-challenges queued in its committee of one BEFORE the victim's
    ///         challenge waits: its bond held by 10 of its own mediations, 30 more queued behind.
    ///         With heads numbered when queued, the backlog's head was older than the victim's,
    ///         and after it opened the next one headed the queue, still older: every slot the
    ///         member freed went to the backlog (the close that freed it opened the backlog's next
    ///         head in the same transaction), and the victim's challenge waited until the whole
    ///         backlog had opened (31 of the member's mediations ended first), not "one of the
    ///         member's mediations" (README). Each entry's fee comes back to the member (it is
    ///         the whole committee), so the delay cost gas only: 30 entries, three mediation
    ///         lengths (up to 26 h each: commit window + run time + reveal window); an honest
    ///         co-member's exit waited as long. Now a mediation is numbered again when it becomes
    ///         its queue's head: the backlog's next head is newer than the victim's.
    function test_attack_memberBacklogQueuedAheadDelaysAVictimForAsLongAsItLasts() public {
        address m = mediatorSet[0];
        uint256 victimJob = _wrongResultForAMembersVictim(m);
        uint256 slots = MIN_BOND / SLASH;
        uint256 backlog = 3 * slots;
        // The member's open mediations are jobs `firstHeld`.. (ids in order); the backlog waits
        // behind them, queued before the victim's challenge.
        (uint32 single, uint256 offerId, uint256 firstHeld) = _saturateAlone(m, m, slots);
        for (uint256 k; k < backlog; ++k) {
            uint256 id = _selfChallenge(m, single, offerId);
            vm.assertFalse(mediation.getMediation(id).open);
        }
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(victimJob, _terms(victimJob), _result(victimJob));
        vm.assertFalse(mediation.getMediation(victimJob).open, "the victim's challenge waits for the busy member");

        // The member's mediations end one by one, oldest first; after each the victim (or its
        // keeper) tries to open its own.
        uint256 ended;
        for (uint256 id = firstHeld; !mediation.getMediation(victimJob).open && ended < slots + backlog; ++id) {
            if (!mediation.getMediation(id).open) continue;
            _endHeld(id, m);
            ++ended;
            try mediation.openQueued(_defaultCommittee()) {} catch {}
        }
        emit log_named_uint("member's mediations ended before the victim's opened", ended);
        vm.assertLe(ended, 2, "the member's backlog, queued first, held the victim's challenge for all its length");
        _judge(victimJob, _members(), m);
        assertEq(uint256(_status(victimJob)), uint256(JobStatus.Rejected));
    }

    // ------------------------------------------------------------------ finding 3

    /// @dev The per-transaction gas cap of EIP-7825 (Osaka): no transaction may use more.
    uint256 internal constant TX_GAS_CAP = 1 << 24;

    struct Brick {
        uint32 committee;
        address a1;
        address a2;
        address honest;
        uint256 offerId;
        uint256 head;
        uint256 last;
    }

    /// @dev A committee {a1, a2, honest} (a1, a2 the attacker's, honest consented to it), and a
    ///      queue on it of a live head, `n` dropped entries and a live tail, the attacker's
    ///      members bonded again: `head` open, `last` waiting behind the dropped entries.
    function _brick(uint256 n) internal returns (Brick memory b) {
        address attacker = stranger;
        (b.a1, b.a2, b.honest) = (address(0x2001), address(0x2002), address(0x2003));
        _registerMediator(b.a1);
        _registerMediator(b.a2);
        _registerMediator(b.honest);
        b.committee = _committee(b.a1, b.a2, b.honest);
        // Collateral and a waiting challenge's fee: 6 fees a deal, all back when it is dropped.
        _deposit(attacker, DEPOSIT + (n + 12) * 6 * uint256(MEDIATOR_FEE));
        b.offerId = _freeOffer(attacker, b.committee);

        // n + 2 self-dealt deals matched while the committee can judge, with a day to submit.
        uint256[] memory ids = new uint256[](n + 2);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = b.committee;
        r.price = 1;
        r.solverFee = 0;
        r.runTime = MAX_RUN_TIME;
        r.moduleId = _tinyModule(); // one CPU millicore each: the offer fits them all
        r.resources.cpuMillis = 1;
        r.resources.ramMiB = 0;
        r.resources.diskMiB = 0;
        vm.startPrank(attacker);
        for (uint256 k; k < n + 2; ++k) {
            ids[k] = market.postJob{value: 1}(r);
            market.matchJob(ids[k], b.offerId, _terms(ids[k]));
        }
        vm.stopPrank();

        // The attacker's two members burn their bonds below a slash (silent on ten self-challenges;
        // the honest member votes and is paid): the committee can no longer take a mediation.
        uint256[] memory burn = new uint256[](MIN_BOND / SLASH);
        for (uint256 k; k < burn.length; ++k) {
            burn[k] = _selfChallenge(attacker, b.committee, b.offerId);
            _commit(burn[k], b.honest, Vote.ProviderRight);
        }
        vm.warp(mediation.getMediation(burn[0]).commitDeadline);
        for (uint256 k; k < burn.length; ++k) {
            _reveal(burn[k], b.honest, Vote.ProviderRight);
        }
        vm.warp(mediation.getMediation(burn[0]).revealDeadline);
        for (uint256 k; k < burn.length; ++k) {
            market.resolveChallenge(burn[k], _terms(burn[k]), _result(burn[k]));
        }
        vm.assertLt(mediation.getMediator(b.a1).bond, SLASH);

        // Every deal submitted and challenged: all wait; all but the first and the last dropped
        // (each refunds the attacker's fee and lets its result stand).
        vm.startPrank(attacker);
        for (uint256 k; k < n + 2; ++k) {
            market.submitResult(ids[k], CID);
            market.challenge(ids[k], _terms(ids[k]), _result(ids[k]));
        }
        vm.stopPrank();
        for (uint256 k = 1; k <= n; ++k) {
            market.resolveChallenge(ids[k], _terms(ids[k]), _result(ids[k]));
        }
        (b.head, b.last) = (ids[0], ids[n + 1]);

        // Bonded again with a slash each: the head opens.
        _topUp(b.a1, SLASH);
        _topUp(b.a2, SLASH);
        mediation.openQueued(b.committee);
        vm.assertTrue(mediation.getMediation(b.head).open);
        (uint256 waiting,) = mediation.queued(b.committee);
        vm.assertEq(waiting, n + 1);
    }

    /// @dev A new transaction: the registry's and the market's storage cold again.
    function _coolAll() internal {
        CoolCheat(address(vm)).cool(address(mediation));
        CoolCheat(address(vm)).cool(address(market));
    }

    /// @dev Gas of closing the head's mediation (which walks the dropped entries to the tail).
    function _closeHeadGas(uint256 n) internal returns (uint256 used) {
        Brick memory b = _brick(n);
        _commit(b.head, b.honest, Vote.ProviderRight);
        vm.warp(mediation.getMediation(b.head).commitDeadline);
        _reveal(b.head, b.honest, Vote.ProviderRight);
        vm.warp(mediation.getMediation(b.head).revealDeadline);
        _coolAll();
        uint256 g = gasleft();
        market.resolveChallenge(b.head, _terms(b.head), _result(b.head));
        used = g - gasleft();
    }

    /// @notice Prices the walk: each dropped entry behind an opened head costs the next close
    ///         (or challenge, or `openQueued`) of the committee about 7,000 gas, all in one
    ///         transaction (`_skipDropped` saves its progress only at the end).
    function test_measure_skipDroppedGasPerEntry() public {
        uint256 snap = vm.snapshotState();
        uint256 g100 = _closeHeadGas(100);
        vm.revertToState(snap);
        uint256 g300 = _closeHeadGas(300);
        uint256 perEntry = (g300 - g100) / 200;
        emit log_named_uint("gas per dropped entry walked", perEntry);
        emit log_named_uint("dropped entries that exceed a 2^24-gas transaction", TX_GAS_CAP / perEntry);
    }

    /// @notice A committee whose majority is the attacker's (its honest member consented to two
    ///         strangers) can be bricked for good: the attacker queues ~2,500 self-challenges
    ///         while its two members are below a slash, drops all but the first and the last
    ///         (each refunded: the attack costs gas and the two members' burned bonds), bonds its
    ///         members again and opens the first. Every later transaction that walks the queue
    ///         (`_skipDropped`, unbounded, progress saved only at its end) needs more gas than a
    ///         transaction may use: the open mediation can never be closed (the close opens the
    ///         next waiting one), the waiting one never opened nor dropped, a new challenge of
    ///         the committee's deals never made (they still match: the committee is usable). The
    ///         honest member, who voted the truth every time, can never complete its exit: its
    ///         whole bond is stuck (its documented risk under a lying majority is a slash per
    ///         mediation it loses, not the bond).
    function test_attack_droppedEntriesBrickTheQueueAndLockAnHonestMembersBond() public {
        uint256 n = 2_600;
        Brick memory b = _brick(n);
        uint256 bond = mediation.getMediator(b.honest).bond;
        vm.prank(b.honest);
        mediation.requestExit();
        _commit(b.head, b.honest, Vote.ProviderRight);
        vm.warp(mediation.getMediation(b.head).commitDeadline);
        _reveal(b.head, b.honest, Vote.ProviderRight);
        vm.warp(block.timestamp + EXIT_DELAY + 1 days);

        // Anyone, with all the gas a transaction may have, closes the head's mediation.
        _coolAll();
        // (Its two members stay silent there and fall below a slash again: then anyone drops the
        // last waiting challenge.) Without the walk, three transactions free the honest member.
        try market.resolveChallenge{gas: TX_GAS_CAP}(b.head, _terms(b.head), _result(b.head)) {} catch {}
        _coolAll();
        try market.resolveChallenge{gas: TX_GAS_CAP}(b.last, _terms(b.last), _result(b.last)) {} catch {}
        uint256 before = b.honest.balance;
        vm.prank(b.honest);
        try mediation.completeExit() {} catch {}
        vm.assertEq(b.honest.balance - before, bond, "the honest member's bond is stuck for good");
    }
}
