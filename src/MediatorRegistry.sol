// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IMediatorRegistry} from "./interfaces/IMediatorRegistry.sol";
import {IPondMarket} from "./interfaces/IPondMarket.sol";
import {Verdict, Vote} from "./types/Status.sol";

/// @title MediatorRegistry
/// @notice Bonded mediators, committees formed with their members' consent, and commit–reveal
///         voting. Deployed by the market, which alone opens and closes mediations. Holds only
///         bonds and burned slashes, in native currency. Nobody governs it.
/// @dev Each committee keeps a small state word (consents, members able to judge, exits) that
///      the registry updates whenever a member's standing changes, and reports to the market
///      when it flips between usable and not, so that a match checks it in the market's own
///      storage. A member accepts at most `MAX_MEMBERSHIPS` committees, which bounds those updates.
contract MediatorRegistry is IMediatorRegistry, ReentrancyGuardTransient {
    uint256 internal constant MAX_COMMITTEE = 5;
    /// @notice How many committees one mediator may accept.
    uint256 public constant MAX_MEMBERSHIPS = 8;
    uint256 internal constant MAX_WINDOW = 30 days;
    uint256 internal constant MAX_EXIT_DELAY = 365 days;
    /// @dev Dropped mediations one call moves a queue's head past, at most: a run of them left
    ///      behind an opened head (a committee's majority can drop thousands) would otherwise
    ///      make the next close, challenge or `openQueued` of the committee cost more gas than a
    ///      transaction may use, for good (QueueAttacks). Longer runs take several calls.
    uint128 internal constant MAX_SKIP = 256;

    struct CommitteeState {
        uint8 size;
        uint8 consentMask;
        uint8 ableMask;
        uint8 exitMask;
    }

    /// @inheritdoc IMediatorRegistry
    address public immutable market;
    /// @inheritdoc IMediatorRegistry
    uint256 public immutable minBond;
    /// @inheritdoc IMediatorRegistry
    uint256 public immutable exitDelay;
    /// @inheritdoc IMediatorRegistry
    uint256 public immutable slashAmount;
    /// @inheritdoc IMediatorRegistry
    uint256 public immutable commitWindow;
    /// @inheritdoc IMediatorRegistry
    uint256 public immutable revealWindow;

    /// @inheritdoc IMediatorRegistry
    uint32 public committeeCount;
    /// @dev The last sequence number given to a mediation queued, or reaching the head of its
    ///      queue behind others, in any committee (in the slot of `committeeCount`, which no
    ///      challenge reads).
    uint64 internal _lastQueued;
    /// @inheritdoc IMediatorRegistry
    uint256 public totalHeld;
    /// @inheritdoc IMediatorRegistry
    uint256 public burned;

    mapping(address mediator => Mediator) internal _mediators;
    /// @dev Each entry is `committeeId << 8 | memberIndex`, for the committees the member accepted.
    mapping(address mediator => uint40[]) internal _memberships;
    mapping(uint32 committeeId => address[]) internal _committees;
    mapping(uint32 committeeId => CommitteeState) internal _states;
    mapping(bytes32 membersHash => uint32 committeeId) internal _committeeIdOf;
    /// @dev Each member's index in its committee, plus one (0: not a member): a vote finds its
    ///      voter's bit in one read instead of a walk through the members.
    mapping(uint32 committeeId => mapping(address member => uint256)) internal _memberIndex;
    mapping(uint256 jobId => Mediation) internal _mediations;
    mapping(uint256 jobId => mapping(uint256 memberIndex => bytes32)) internal _commitments;
    /// @dev Earnings in ERC-20 tokens, and native earnings left when their mediator exited (the
    ///      native ones of a registered mediator are in its `Mediator.earned`).
    mapping(address mediator => mapping(address token => uint256)) internal _earnings;
    /// @dev Each committee's queue of mediations waiting for members: positions head..tail-1.
    mapping(uint32 committeeId => Queue) internal _queues;
    mapping(uint32 committeeId => mapping(uint256 position => uint256 jobId)) internal _queued;
    /// @dev Each queued mediation (dropped ones too, until their queue's head moves past them).
    mapping(uint256 jobId => QueuedMediation) internal _queuedMediations;

    struct Queue {
        uint128 head;
        uint128 tail;
    }

    /// @dev A queued mediation, in one slot: its job's run time (0: not queued, or dropped) and
    ///      its sequence number across every committee's queue, taken when it was queued and again
    ///      when it reaches its queue's head behind others (`_promote`): the order in which the
    ///      heads of queues sharing a member take its bond.
    struct QueuedMediation {
        uint32 runTime;
        uint64 seq;
    }

    /// @param minExitDelay The longest a deal stays challengeable after its match (the market's
    ///        `maxRunTime + challengeWindow`): `exitDelay` must cover it.
    constructor(Config memory config, uint256 minExitDelay) {
        if (config.minBond == 0) revert ConfigInvalid("minBond", 0);
        if (config.slashAmount == 0 || config.slashAmount > config.minBond) {
            revert ConfigInvalid("slashAmount", config.slashAmount);
        }
        if (config.commitWindow == 0 || config.commitWindow > MAX_WINDOW) {
            revert ConfigInvalid("commitWindow", config.commitWindow);
        }
        if (config.revealWindow == 0 || config.revealWindow > MAX_WINDOW) {
            revert ConfigInvalid("revealWindow", config.revealWindow);
        }
        if (config.exitDelay < minExitDelay || config.exitDelay > MAX_EXIT_DELAY) {
            revert ConfigInvalid("exitDelay", config.exitDelay);
        }
        if (config.minBond > type(uint80).max) revert ConfigInvalid("minBond", config.minBond);
        market = msg.sender;
        minBond = config.minBond;
        exitDelay = config.exitDelay;
        slashAmount = config.slashAmount;
        commitWindow = config.commitWindow;
        revealWindow = config.revealWindow;
    }

    modifier onlyMarket() {
        if (msg.sender != market) revert NotMarket(msg.sender);
        _;
    }

    // ================================================================== mediators

    /// @inheritdoc IMediatorRegistry
    function register() external payable {
        Mediator storage m = _mediators[msg.sender];
        if (m.exitAvailableAt != 0) revert MediatorExiting(msg.sender);
        if (!m.registered) {
            if (msg.value < minBond) revert BondTooSmall(msg.value, minBond);
            if (msg.value > type(uint80).max) revert BondTooLarge(msg.value);
            m.registered = true;
            m.bond = uint80(msg.value);
            totalHeld += msg.value;
            emit MediatorRegistered(msg.sender, msg.value);
            return; // a new mediator has no committee yet
        }
        if (msg.value == 0) revert BondTooSmall(0, 1);
        bool wasAble = m.bond >= slashAmount;
        uint256 sum = uint256(m.bond) + msg.value;
        if (sum > type(uint80).max) revert BondTooLarge(sum);
        uint80 bond = uint80(sum);
        m.bond = bond;
        totalHeld += msg.value;
        emit BondToppedUp(msg.sender, msg.value, bond);
        if (!wasAble && bond >= slashAmount) _updateCommittees(msg.sender, true, false);
    }

    /// @inheritdoc IMediatorRegistry
    function requestExit() external {
        Mediator storage m = _mediators[msg.sender];
        if (!m.registered) revert NotRegistered(msg.sender);
        if (m.exitAvailableAt != 0) revert MediatorExiting(msg.sender);
        uint40 at = uint40(block.timestamp + exitDelay);
        m.exitAvailableAt = at;
        emit ExitRequested(msg.sender, at);
        _updateCommittees(msg.sender, false, true);
    }

    /// @inheritdoc IMediatorRegistry
    function completeExit() external nonReentrant {
        Mediator memory m = _mediators[msg.sender];
        if (!m.registered) revert NotRegistered(msg.sender);
        if (m.exitAvailableAt == 0) revert ExitNotRequested(msg.sender);
        if (block.timestamp < m.exitAvailableAt) revert ExitNotYetAvailable(msg.sender, m.exitAvailableAt);
        // Nor while a queued mediation waits for it: leaving could take its committee below a
        // majority able to judge, and the waiting challenge would be dropped unjudged.
        uint256 pending = uint256(m.activeMediations) + m.waiting;
        if (pending != 0) revert MediationsPending(msg.sender, pending);
        // Its committees keep the member's exit bit: they never take a new deal again.
        delete _mediators[msg.sender];
        if (m.earned != 0) _earnings[msg.sender][address(0)] += m.earned;
        delete _memberships[msg.sender];
        totalHeld -= m.bond;
        emit MediatorExited(msg.sender, m.bond);
        (bool ok,) = msg.sender.call{value: m.bond}("");
        if (!ok) revert TransferFailed(msg.sender, m.bond);
    }

    /// @inheritdoc IMediatorRegistry
    function earnings(address mediator, address token) external view returns (uint256) {
        uint256 kept = _earnings[mediator][token];
        return token == address(0) ? kept + _mediators[mediator].earned : kept;
    }

    /// @inheritdoc IMediatorRegistry
    function withdrawEarnings(address token, address to) external nonReentrant returns (uint256 amount) {
        amount = _earnings[msg.sender][token];
        if (amount != 0) _earnings[msg.sender][token] = 0;
        if (token == address(0)) {
            Mediator storage m = _mediators[msg.sender];
            amount += m.earned;
            m.earned = 0;
        }
        if (amount == 0) revert NothingEarned(msg.sender, token);
        emit EarningsWithdrawn(msg.sender, token, amount, to);
        IPondMarket(market).withdraw(token, amount, to);
    }

    // ================================================================== committees

    /// @inheritdoc IMediatorRegistry
    function createCommittee(address[] calldata members) external returns (uint32 committeeId) {
        uint256 n = members.length;
        if (n == 0 || n > MAX_COMMITTEE || n % 2 == 0) revert CommitteeSizeInvalid(n);
        for (uint256 i; i < n; ++i) {
            if (i != 0 && members[i] <= members[i - 1]) revert CommitteeNotSorted(i);
            Mediator storage m = _mediators[members[i]];
            if (!m.registered) revert NotRegistered(members[i]);
            if (m.exitAvailableAt != 0) revert MediatorExiting(members[i]);
        }
        bytes32 key = keccak256(abi.encode(members));
        committeeId = _committeeIdOf[key];
        bool created = committeeId == 0;
        if (created) {
            committeeId = ++committeeCount;
            _committeeIdOf[key] = committeeId;
            _committees[committeeId] = members;
            _states[committeeId].size = uint8(n);
            for (uint256 i; i < n; ++i) {
                _memberIndex[committeeId][members[i]] = i + 1;
            }
            emit CommitteeCreated(committeeId, msg.sender, members);
        }
        for (uint256 i; i < n; ++i) {
            if (members[i] == msg.sender) {
                if (_states[committeeId].consentMask & (1 << i) == 0) _accept(committeeId, i, !created);
                break;
            }
        }
        if (created) {
            // The market learns of the new committee (usable at once only when its one member
            // created it).
            bool usable = _usable(_states[committeeId]);
            if (usable) emit CommitteeUsable(committeeId, true);
            IPondMarket(market).updateCommittee(committeeId, uint8(n), usable);
        }
    }

    /// @inheritdoc IMediatorRegistry
    function acceptCommittee(uint32 committeeId) external {
        if (_states[committeeId].size == 0) revert CommitteeNotFound(committeeId);
        uint256 k = _memberIndex[committeeId][msg.sender];
        if (k == 0) revert NotCommitteeMember(committeeId, msg.sender);
        if (_states[committeeId].consentMask & (1 << (k - 1)) != 0) {
            revert CommitteeAlreadyAccepted(committeeId, msg.sender);
        }
        _accept(committeeId, k - 1, true);
    }

    /// @inheritdoc IMediatorRegistry
    function getCommittee(uint32 committeeId) external view returns (Committee memory c) {
        CommitteeState memory s = _states[committeeId];
        c.members = _committees[committeeId];
        c.consentMask = s.consentMask;
        c.ableMask = s.ableMask;
        c.exitMask = s.exitMask;
        c.usable = _usable(s);
    }

    /// @inheritdoc IMediatorRegistry
    function committeeSize(uint32 committeeId) external view returns (uint8) {
        return _states[committeeId].size;
    }

    /// @inheritdoc IMediatorRegistry
    function committeeUsable(uint32 committeeId) external view returns (bool) {
        return _usable(_states[committeeId]);
    }

    /// @inheritdoc IMediatorRegistry
    function committeeMembers(uint32 committeeId) external view returns (address[] memory) {
        return _committees[committeeId];
    }

    // ================================================================== votes

    /// @inheritdoc IMediatorRegistry
    function commitVote(uint256 jobId, bytes32 commitment) external {
        Mediation storage med = _mediations[jobId];
        if (!med.open) revert MediationNotOpen(jobId);
        if (block.timestamp >= med.commitDeadline) revert CommitPhaseOver(jobId);
        if (commitment == bytes32(0)) revert CommitmentZero();
        (uint8 bit, uint256 index) = _memberBit(jobId, med, msg.sender);
        if (med.committedMask & bit != 0) revert AlreadyCommitted(jobId, msg.sender);
        med.committedMask |= bit;
        _commitments[jobId][index] = commitment;
        emit VoteCommitted(jobId, msg.sender, commitment);
    }

    /// @inheritdoc IMediatorRegistry
    function revealVote(uint256 jobId, Vote vote, bytes32 salt) external {
        Mediation storage med = _mediations[jobId];
        if (!med.open) revert MediationNotOpen(jobId);
        if (block.timestamp < med.commitDeadline && med.committedMask != med.eligibleMask) {
            revert RevealPhaseNotStarted(jobId);
        }
        if (block.timestamp >= med.revealDeadline) revert RevealPhaseOver(jobId);
        if (vote == Vote.None) revert VoteInvalid();
        (uint8 bit, uint256 index) = _memberBit(jobId, med, msg.sender);
        if (med.committedMask & bit == 0) revert NotCommitted(jobId, msg.sender);
        if (med.revealedMask & bit != 0) revert AlreadyRevealed(jobId, msg.sender);
        if (_commitments[jobId][index] != voteCommitment(jobId, msg.sender, vote, salt)) {
            revert CommitmentMismatch(jobId, msg.sender);
        }
        // The revealed bit keeps the member from revealing twice: its commitment is not needed.
        delete _commitments[jobId][index];
        med.revealedMask |= bit;
        if (vote == Vote.ProviderRight) med.rightMask |= bit;
        else if (vote == Vote.ProviderWrong) med.wrongMask |= bit;
        emit VoteRevealed(jobId, msg.sender, vote);
    }

    /// @inheritdoc IMediatorRegistry
    function voteCommitment(uint256 jobId, address mediator, Vote vote, bytes32 salt) public pure returns (bytes32) {
        return keccak256(abi.encode(jobId, mediator, vote, salt));
    }

    // ================================================================== market hooks

    /// @inheritdoc IMediatorRegistry
    function openMediation(uint256 jobId, uint32 committeeId, uint32 runTime)
        external
        onlyMarket
        returns (uint8 eligible, uint40 revealDeadline)
    {
        // A queued mediation has its committee set, an open or closed one its deadlines too.
        if (_mediations[jobId].committeeId != 0) revert MediationAlreadyOpen(jobId);
        uint256 n = _committees[committeeId].length;
        if (n == 0) revert CommitteeNotFound(committeeId);
        (uint8 mask, uint8 count, uint8 able, bool waitingSeen) = _eligible(committeeId, 0);
        // Only a committee with a member keeping bond for a queued mediation can have a queue;
        // dropped entries left behind an opened head do not count as waiting.
        Queue storage q = _queues[committeeId];
        uint128 tail = waitingSeen ? q.tail : 0;
        if ((!waitingSeen || _skipDropped(committeeId) == tail) && _takes(count, able, n)) {
            return (count, _start(jobId, committeeId, runTime, mask));
        }
        // Members cannot take it now, or others wait before it: it waits its turn, and each
        // member keeps a slash of bond for it from then on.
        if (!waitingSeen) tail = q.tail;
        _reserve(committeeId, true);
        _queued[committeeId][tail] = jobId;
        q.tail = tail + 1;
        _queuedMediations[jobId] = QueuedMediation({runTime: runTime, seq: ++_lastQueued});
        _mediations[jobId].committeeId = committeeId;
        emit MediationQueued(jobId, committeeId, tail - q.head);
        if (q.head != tail) _openNext(committeeId);
        return (0, 0);
    }

    /// @inheritdoc IMediatorRegistry
    function openQueued(uint32 committeeId) external {
        Queue memory q = _queues[committeeId];
        if (q.head == q.tail) revert NothingQueued(committeeId);
        (bool opened, uint8 eligible, uint8 able) = _openNext(committeeId);
        // A call that moved the head past dropped mediations keeps that progress, even when the
        // live one it reached cannot open yet: other committees' heads keep a slash for it then
        // (a dropped head counts for nothing in theirs).
        if (!opened && _queues[committeeId].head == q.head) {
            uint256 quorum = _quorum(_committees[committeeId].length);
            revert NotEnoughEligibleMediators(committeeId, eligible, able > quorum ? able : quorum);
        }
    }

    /// @inheritdoc IMediatorRegistry
    function queued(uint32 committeeId) external view returns (uint256 waiting, uint256 nextJobId) {
        Queue memory q = _queues[committeeId];
        waiting = q.tail - q.head;
        if (waiting != 0) nextJobId = _queued[committeeId][q.head];
    }

    /// @dev Opens the committee's oldest queued mediation (skipping dropped ones) if the
    ///      committee takes it (`_takes`); `eligible` counts the members that can, `able` those
    ///      able to judge at all, either way.
    function _openNext(uint32 committeeId) internal returns (bool opened, uint8 eligible, uint8 able) {
        Queue storage q = _queues[committeeId];
        uint128 head = _skipDropped(committeeId);
        if (head < q.tail) {
            uint256 jobId = _queued[committeeId][head];
            QueuedMediation memory queuedMediation = _queuedMediations[jobId];
            // Dropped mediations still ahead (more than one call skips): the next call goes on.
            if (queuedMediation.runTime == 0) return (false, 0, 0);
            uint8 mask;
            (mask, eligible, able,) = _eligible(committeeId, queuedMediation.seq);
            opened = _takes(eligible, able, _committees[committeeId].length);
            if (opened) {
                _start(jobId, committeeId, queuedMediation.runTime, mask);
                delete _queued[committeeId][head];
                q.head = head + 1;
                delete _queuedMediations[jobId];
                _reserve(committeeId, false);
                _promote(committeeId, head + 1, q.tail);
            }
        }
    }

    /// @dev The mediation at `head` of the committee's queue, if live, heads it from now on: it
    ///      takes the next sequence number, behind every head already waiting. Heads take a
    ///      shared member's bond in the order they BECAME heads, not in the order they were
    ///      queued: otherwise a backlog a member queued in its own committees before a victim's
    ///      challenge (its fees coming back to it) kept each slot it freed until the whole backlog
    ///      had opened (QueueAttacks). A queue's next mediation now waits behind the heads already
    ///      there, so a head waits for at most one head of each of its members' other committees.
    function _promote(uint32 committeeId, uint128 head, uint128 tail) internal {
        if (head >= tail) return;
        QueuedMediation storage next = _queuedMediations[_queued[committeeId][head]];
        if (next.runTime != 0) next.seq = ++_lastQueued;
    }

    /// @dev Moves the committee's queue head past dropped mediations, at most `MAX_SKIP` of them;
    ///      returns the head (a dropped one still when the run was longer).
    function _skipDropped(uint32 committeeId) internal returns (uint128 head) {
        Queue storage q = _queues[committeeId];
        (uint128 h, uint128 tail) = (q.head, q.tail);
        uint128 end = tail - h > MAX_SKIP ? h + MAX_SKIP : tail;
        while (h < end && _queuedMediations[_queued[committeeId][h]].runTime == 0) {
            delete _queued[committeeId][h++];
        }
        if (h != q.head) {
            q.head = h;
            _promote(committeeId, h, tail);
        }
        return h;
    }

    /// @dev Counts one more (or one less) queued mediation on each member of the committee. A
    ///      member on 2^32 - 1 already refuses more (each costs its challenger the committee's fee):
    ///      the challenge is then refused, as before queues.
    function _reserve(uint32 committeeId, bool add) internal {
        address[] storage members = _committees[committeeId];
        for (uint256 i; i < members.length; ++i) {
            Mediator storage m = _mediators[members[i]];
            uint32 w = m.waiting;
            if (add && w == type(uint32).max) {
                revert NotEnoughEligibleMediators(committeeId, 0, _quorum(members.length));
            }
            // A member that exited was deleted with its count: nothing to take back.
            if (add) m.waiting = w + 1;
            else if (w != 0) m.waiting = w - 1;
        }
    }

    /// @dev The members that can take one more mediation now (`mask`, `count` of them):
    ///      registered, with a bond covering a slash in it on top of one in each it sits on and
    ///      one it keeps for each queued one it would sit on (a new mediation: `headSeq` 0), or,
    ///      for the head of the committee's queue (sequence number `headSeq`), one for each head
    ///      of its other committees' queues that became head before this one: heads take a shared
    ///      member's bond in the order they became heads, so a newer one never takes the slash
    ///      kept for an older one, and the oldest of all only waits for mediations to end. Also how many are able
    ///      to judge at all (registered with a slash of bond), and whether any member keeps bond
    ///      for a queued one. A member that asked to leave still judges: its committees took no
    ///      deal since.
    function _eligible(uint32 committeeId, uint256 headSeq)
        internal
        view
        returns (uint8 mask, uint8 count, uint8 able, bool waitingSeen)
    {
        address[] storage members = _committees[committeeId];
        uint256 slash = slashAmount;
        for (uint256 i; i < members.length; ++i) {
            Mediator storage m = _mediators[members[i]];
            uint256 active = m.activeMediations;
            uint256 waiting = m.waiting;
            if (waiting != 0) waitingSeen = true;
            uint256 bond = m.bond;
            if (!m.registered || bond < slash) continue;
            ++able;
            if (active == type(uint16).max || bond < slash * (active + (headSeq == 0 ? waiting : 0) + 1)) continue;
            mask |= uint8(1 << i);
            ++count;
        }
        // No head is older than the first sequence number: only a later one has older ones to
        // leave to.
        if (waitingSeen && headSeq > 1) (mask, count) = _leaveOlderHeads(committeeId, headSeq, mask, count);
    }

    /// @dev Takes out of `mask` (and `count`) the members whose bond does not also cover a slash
    ///      for each head of their other committees' queues older than `seq`. Those heads are
    ///      fewer than a member's `waiting` (which counts them and this one): their queues are
    ///      read only for a member whose bond is short of all it keeps.
    function _leaveOlderHeads(uint32 committeeId, uint256 seq, uint8 mask, uint8 count)
        internal
        view
        returns (uint8, uint8)
    {
        address[] storage members = _committees[committeeId];
        uint256 slash = slashAmount;
        for (uint256 i; i < members.length; ++i) {
            uint8 bit = uint8(1 << i);
            if (mask & bit == 0) continue;
            Mediator storage m = _mediators[members[i]];
            uint256 active = m.activeMediations;
            uint256 bond = m.bond;
            if (bond >= slash * (active + m.waiting)) continue;
            if (!_coversOlderHeads(members[i], committeeId, seq, bond / slash - active - 1)) {
                mask &= ~bit;
                --count;
            }
        }
        return (mask, count);
    }

    /// @dev Whether `spare` slashes cover one for each of `member`'s committees other than
    ///      `committeeId` whose queue's head is older than `seq`. A dropped head counts for
    ///      nothing (the live mediation behind it counts, as a new head, once anyone's close,
    ///      challenge or `openQueued` of that committee moves its head). Reads at most
    ///      `MAX_MEMBERSHIPS - 1` queues.
    function _coversOlderHeads(address member, uint32 committeeId, uint256 seq, uint256 spare)
        internal
        view
        returns (bool)
    {
        uint40[] storage list = _memberships[member];
        uint256 n = list.length;
        for (uint256 i; i < n; ++i) {
            uint32 other = uint32(list[i] >> 8);
            if (other == committeeId) continue;
            Queue memory q = _queues[other];
            if (q.head == q.tail) continue;
            QueuedMediation memory head = _queuedMediations[_queued[other][q.head]];
            if (head.runTime == 0 || head.seq >= seq) continue;
            if (spare == 0) return false;
            --spare;
        }
        return true;
    }

    /// @dev Whether a committee of `size` takes a mediation now: every member able to judge at
    ///      all can take it, and those are a strict majority. Not a mere majority of members: a
    ///      mediation opened without an honest member whom someone's mediations held busy left
    ///      one liar among the others enough to deny the committee's majority, and a wrong result
    ///      stood (QueueAttacks). A member held busy makes it wait.
    function _takes(uint8 count, uint8 able, uint256 size) internal pure returns (bool) {
        return count == able && _isMajority(able, size);
    }

    /// @dev Opens the mediation with the members of `mask`.
    function _start(uint256 jobId, uint32 committeeId, uint32 runTime, uint8 mask)
        internal
        returns (uint40 revealDeadline)
    {
        address[] storage members = _committees[committeeId];
        for (uint256 i; i < members.length; ++i) {
            if (mask & (1 << i) != 0) ++_mediators[members[i]].activeMediations;
        }
        uint40 commitDeadline = uint40(block.timestamp + commitWindow + runTime);
        revealDeadline = uint40(commitDeadline + revealWindow);
        _mediations[jobId] = Mediation({
            committeeId: committeeId,
            commitDeadline: commitDeadline,
            revealDeadline: revealDeadline,
            eligibleMask: mask,
            committedMask: 0,
            revealedMask: 0,
            rightMask: 0,
            wrongMask: 0,
            open: true
        });
        emit MediationOpened(jobId, committeeId, mask, commitDeadline, revealDeadline);
    }

    /// @inheritdoc IMediatorRegistry
    function closeMediation(uint256 jobId, address token, uint256 fee)
        external
        onlyMarket
        returns (Verdict verdict, uint8 eligible, address[] memory payees)
    {
        Mediation storage med = _mediations[jobId];
        if (!med.open) {
            if (_queuedMediations[jobId].runTime == 0) revert MediationNotOpen(jobId);
            return (_drop(jobId, med.committeeId), 0, new address[](0));
        }
        Mediation memory md = med;
        if (block.timestamp < md.revealDeadline && md.revealedMask != md.eligibleMask) {
            revert MediationNotOver(jobId, md.revealDeadline);
        }
        med.open = false;
        uint8 paidMask;
        uint8 slashMask;
        (verdict, paidMask, slashMask) = _tally(jobId, md);
        eligible = uint8(_popcount(md.eligibleMask));
        bool waitingSeen;
        (payees, waitingSeen) = _release(jobId, md.committeeId, md.eligibleMask, paidMask, slashMask, token, fee);
        // Its members are free of it: the committee's oldest waiting mediation goes first (only
        // a member keeping bond for a queued mediation can sit on a committee with a queue). A
        // slot kept for an older head of a member's other committee stays kept for it until
        // anyone's `openQueued` of that committee (mediator keepers call it for each committee
        // with a waiting mediation): trying those heads here too would make whoever closes pay
        // for up to 5 × 7 of them, each reading its members' other queues in turn.
        if (waitingSeen) _openNext(md.committeeId);
    }

    /// @dev Ends a queued mediation without opening it, once its committee can never take it:
    ///      fewer than a strict majority of its members are registered with a slash of bond (the
    ///      others' mediations all end in time, so while a majority is, it waits).
    function _drop(uint256 jobId, uint32 committeeId) internal returns (Verdict) {
        // Only `able` counts here (as the first queued, 1, no head has older ones to leave to).
        (,, uint8 able,) = _eligible(committeeId, 1);
        if (_isMajority(able, _committees[committeeId].length)) revert MediationWaiting(jobId, committeeId);
        delete _queuedMediations[jobId];
        _reserve(committeeId, false);
        _skipDropped(committeeId);
        emit MediationDropped(jobId, committeeId);
        emit MediationClosed(jobId, Verdict.NoMajority, 0, 0);
        return Verdict.NoMajority;
    }

    /// @dev The verdict, who is paid (the majority's voters; with no majority every member who
    ///      revealed a decided vote, or every member who revealed when a majority cannot run the
    ///      job) and who is slashed (silent members and a decided majority's opponents).
    function _tally(uint256 jobId, Mediation memory md)
        internal
        returns (Verdict verdict, uint8 paidMask, uint8 slashMask)
    {
        uint256 rights = _popcount(md.rightMask);
        uint256 wrongs = _popcount(md.wrongMask);
        // A strict majority of the whole committee, not of those eligible: whoever holds some
        // members' bonds busy cannot hand the verdict to the others.
        uint256 quorum = _quorum(_committees[md.committeeId].length);
        slashMask = md.eligibleMask & ~md.revealedMask;
        if (rights >= quorum) {
            verdict = Verdict.ProviderRight;
            paidMask = md.rightMask;
            slashMask |= md.wrongMask;
        } else if (wrongs >= quorum) {
            verdict = Verdict.ProviderWrong;
            paidMask = md.wrongMask;
            slashMask |= md.rightMask;
        } else {
            verdict = Verdict.NoMajority;
            // A majority that says it cannot run the job tried as hard as a deciding one and is
            // paid like one, with every member who revealed: a mediation that holds members'
            // bonds is never free for its challenger (saturation, README).
            uint8 decided = md.rightMask | md.wrongMask;
            paidMask = _popcount(md.revealedMask & ~decided) >= quorum ? md.revealedMask : decided;
        }
        emit MediationClosed(jobId, verdict, uint8(rights), uint8(wrongs));
    }

    // ================================================================== views

    /// @inheritdoc IMediatorRegistry
    function getMediator(address mediator) external view returns (Mediator memory) {
        return _mediators[mediator];
    }

    /// @inheritdoc IMediatorRegistry
    function getMediation(uint256 jobId) external view returns (Mediation memory) {
        return _mediations[jobId];
    }

    // ================================================================== internal

    /// @dev Releases every eligible member from the mediation, credits `fee` of `token` to each
    ///      in `paidMask` (listed) and burns a slash of each in `slashMask`; `waitingSeen` when a
    ///      member keeps bond for a queued mediation.
    function _release(
        uint256 jobId,
        uint32 committeeId,
        uint8 eligibleMask,
        uint8 paidMask,
        uint8 slashMask,
        address token,
        uint256 fee
    ) internal returns (address[] memory payees, bool waitingSeen) {
        address[] storage members = _committees[committeeId];
        payees = new address[](_popcount(paidMask));
        uint256 k = 0;
        for (uint256 i; i < members.length; ++i) {
            uint8 bit = uint8(1 << i);
            if (eligibleMask & bit == 0) continue;
            address member = members[i];
            Mediator storage m = _mediators[member];
            --m.activeMediations;
            if (m.waiting != 0) waitingSeen = true;
            if (paidMask & bit != 0) {
                payees[k++] = member;
                _credit(m, member, token, fee);
            }
            if (slashMask & bit != 0) _slash(jobId, member);
        }
    }

    /// @dev Credits a fee to `member`'s earnings: a native one in its slot, just written by the
    ///      release (or, were that field to overflow, in the mapping), a token's in the mapping.
    function _credit(Mediator storage m, address member, address token, uint256 fee) internal {
        uint256 earned = uint256(m.earned) + fee;
        if (token == address(0) && earned <= type(uint72).max) m.earned = uint72(earned);
        else _earnings[member][token] += fee;
    }

    /// @dev Burns min(bond, slashAmount) of `member`'s bond; its committees learn if it can no
    ///      longer pay a slash.
    function _slash(uint256 jobId, address member) internal {
        Mediator storage m = _mediators[member];
        uint256 slash = slashAmount;
        uint80 bond = m.bond;
        uint256 cut = bond < slash ? bond : slash;
        if (cut == 0) return;
        m.bond = bond - uint80(cut);
        burned += cut;
        emit MediatorSlashed(jobId, member, cut);
        if (bond >= slash && bond - cut < slash) _updateCommittees(member, false, false);
    }

    /// @dev The caller, member `index` of the committee, accepts it; with `report`, a change of
    ///      the committee's usability is reported to the market.
    function _accept(uint32 committeeId, uint256 index, bool report) internal {
        Mediator storage m = _mediators[msg.sender];
        if (!m.registered) revert NotRegistered(msg.sender);
        if (m.exitAvailableAt != 0) revert MediatorExiting(msg.sender);
        if (m.memberships >= MAX_MEMBERSHIPS) revert MembershipLimitReached(msg.sender, MAX_MEMBERSHIPS);
        ++m.memberships;
        _memberships[msg.sender].push(uint40(committeeId) << 8 | uint40(index));
        CommitteeState storage s = _states[committeeId];
        bool wasUsable = _usable(s);
        uint8 bit = uint8(1 << index);
        s.consentMask |= bit;
        if (m.bond >= slashAmount) s.ableMask |= bit;
        emit CommitteeAccepted(committeeId, msg.sender);
        if (!report) return;
        bool usable = _usable(s);
        if (usable == wasUsable) return;
        emit CommitteeUsable(committeeId, usable);
        IPondMarket(market).updateCommittee(committeeId, s.size, usable);
    }

    /// @dev Sets (or clears) the member's bit in the able mask of every committee it accepted,
    ///      and sets its exit bit when it asked to leave. At most MAX_MEMBERSHIPS slots.
    function _updateCommittees(address member, bool able, bool exiting) internal {
        uint40[] storage list = _memberships[member];
        uint256 n = list.length;
        uint256 flipped = 0;
        for (uint256 i; i < n; ++i) {
            uint40 entry = list[i];
            CommitteeState storage s = _states[uint32(entry >> 8)];
            bool wasUsable = _usable(s);
            uint8 bit = uint8(1 << uint8(entry));
            if (able) s.ableMask |= bit;
            else s.ableMask &= ~bit;
            if (exiting) s.exitMask |= bit;
            if (_usable(s) != wasUsable) flipped |= 1 << i;
        }
        // The market hears of the flips once every committee is updated.
        for (uint256 i; i < n; ++i) {
            if (flipped & (1 << i) == 0) continue;
            uint32 committeeId = uint32(list[i] >> 8);
            CommitteeState storage s = _states[committeeId];
            bool usable = _usable(s);
            emit CommitteeUsable(committeeId, usable);
            IPondMarket(market).updateCommittee(committeeId, s.size, usable);
        }
    }

    function _usable(CommitteeState memory s) internal pure returns (bool) {
        uint8 all = uint8((1 << s.size) - 1);
        return s.size != 0 && s.consentMask == all && s.exitMask == 0 && _isMajority(_popcount(s.ableMask), s.size);
    }

    function _memberBit(uint256 jobId, Mediation storage med, address who)
        internal
        view
        returns (uint8 bit, uint256 index)
    {
        uint256 k = _memberIndex[med.committeeId][who];
        if (k != 0) {
            index = k - 1;
            bit = uint8(1 << index);
            if (med.eligibleMask & bit != 0) return (bit, index);
        }
        revert NotEligible(jobId, who);
    }

    /// @dev The strict majority of a committee of `size` members: what decides a verdict, and
    ///      how many members must be able to take a mediation for it to open.
    function _quorum(uint256 size) internal pure returns (uint256) {
        return size / 2 + 1;
    }

    /// @dev Whether `count` members are a strict majority of a committee of `size`.
    function _isMajority(uint256 count, uint256 size) internal pure returns (bool) {
        return count > size / 2;
    }

    function _popcount(uint8 x) internal pure returns (uint256 n) {
        while (x != 0) {
            x &= x - 1;
            ++n;
        }
    }
}
