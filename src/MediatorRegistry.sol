// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IMediatorRegistry} from "./interfaces/IMediatorRegistry.sol";
import {Verdict} from "./types/Status.sol";

/// @title MediatorRegistry
/// @notice Bonded mediators, immutable committees and commit–reveal voting. Deployed by the market,
///         which alone opens and closes mediations. Holds only bonds and credits, in native currency;
///         governance (the owner) can name the default committee and nothing else.
contract MediatorRegistry is IMediatorRegistry, Ownable2Step, ReentrancyGuardTransient {
    uint256 internal constant MAX_COMMITTEE = 5;

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
    /// @inheritdoc IMediatorRegistry
    uint32 public defaultCommitteeId;
    /// @inheritdoc IMediatorRegistry
    uint256 public totalHeld;

    mapping(address mediator => Mediator) internal _mediators;
    mapping(address account => uint256) internal _credits;
    mapping(uint32 committeeId => address[]) internal _committees;
    mapping(bytes32 membersHash => uint32 committeeId) internal _committeeIdOf;
    mapping(uint256 jobId => Mediation) internal _mediations;
    mapping(uint256 jobId => mapping(uint256 memberIndex => bytes32)) internal _commitments;

    struct Config {
        uint256 minBond;
        uint256 exitDelay;
        uint256 slashAmount;
        uint256 commitWindow;
        uint256 revealWindow;
    }

    constructor(address governance, Config memory config) Ownable(governance) {
        if (config.slashAmount > config.minBond) revert SlashExceedsMinBond(config.slashAmount, config.minBond);
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
            m.registered = true;
            m.bond = uint128(msg.value);
            totalHeld += msg.value;
            emit MediatorRegistered(msg.sender, msg.value);
        } else {
            if (msg.value == 0) revert BondTooSmall(0, 1);
            m.bond += uint128(msg.value);
            totalHeld += msg.value;
            emit BondToppedUp(msg.sender, msg.value, m.bond);
        }
    }

    /// @inheritdoc IMediatorRegistry
    function requestExit() external {
        Mediator storage m = _mediators[msg.sender];
        if (!m.registered) revert NotRegistered(msg.sender);
        if (m.exitAvailableAt != 0) revert MediatorExiting(msg.sender);
        uint40 at = uint40(block.timestamp + exitDelay);
        m.exitAvailableAt = at;
        emit ExitRequested(msg.sender, at);
    }

    /// @inheritdoc IMediatorRegistry
    function completeExit() external nonReentrant {
        Mediator memory m = _mediators[msg.sender];
        if (!m.registered) revert NotRegistered(msg.sender);
        if (m.exitAvailableAt == 0) revert ExitNotRequested(msg.sender);
        if (block.timestamp < m.exitAvailableAt) revert ExitNotYetAvailable(msg.sender, m.exitAvailableAt);
        if (m.activeMediations != 0) revert MediationsPending(msg.sender, m.activeMediations);
        delete _mediators[msg.sender];
        totalHeld -= m.bond;
        emit MediatorExited(msg.sender, m.bond);
        _send(msg.sender, m.bond);
    }

    /// @inheritdoc IMediatorRegistry
    function withdrawCredit() external nonReentrant {
        uint256 amount = _credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        _credits[msg.sender] = 0;
        totalHeld -= amount;
        emit CreditWithdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    // ================================================================== committees

    /// @inheritdoc IMediatorRegistry
    function createCommittee(address[] calldata members) external returns (uint32 committeeId) {
        uint256 n = members.length;
        if (n == 0 || n > MAX_COMMITTEE) revert CommitteeSizeInvalid(n);
        for (uint256 i; i < n; ++i) {
            if (i != 0 && members[i] <= members[i - 1]) revert CommitteeNotSorted(i);
            if (!_mediators[members[i]].registered) revert NotRegistered(members[i]);
        }
        bytes32 key = keccak256(abi.encode(members));
        committeeId = _committeeIdOf[key];
        if (committeeId != 0) return committeeId;
        committeeId = ++committeeCount;
        _committeeIdOf[key] = committeeId;
        _committees[committeeId] = members;
        emit CommitteeCreated(committeeId, members);
    }

    /// @inheritdoc IMediatorRegistry
    function setDefaultCommittee(uint32 committeeId) external onlyOwner {
        if (_committees[committeeId].length == 0) revert CommitteeNotFound(committeeId);
        defaultCommitteeId = committeeId;
        emit DefaultCommitteeSet(committeeId);
    }

    /// @inheritdoc IMediatorRegistry
    function isSubset(uint32 inner, uint32 outer) external view returns (bool) {
        address[] storage a = _committees[inner];
        address[] storage b = _committees[outer];
        if (a.length == 0 || b.length == 0) return false;
        // Both lists are sorted: one merge pass.
        uint256 j;
        for (uint256 i; i < a.length; ++i) {
            address x = a[i];
            while (j < b.length && b[j] < x) ++j;
            if (j == b.length || b[j] != x) return false;
        }
        return true;
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
        uint8 bit = _memberBit(jobId, med, msg.sender);
        if (med.committedMask & bit != 0) revert AlreadyCommitted(jobId, msg.sender);
        med.committedMask |= bit;
        _commitments[jobId][_bitIndex(bit)] = commitment;
        emit VoteCommitted(jobId, msg.sender, commitment);
    }

    /// @inheritdoc IMediatorRegistry
    function revealVote(uint256 jobId, bool providerRight, bytes32 salt) external {
        Mediation storage med = _mediations[jobId];
        if (!med.open) revert MediationNotOpen(jobId);
        if (block.timestamp < med.commitDeadline && med.committedMask != med.eligibleMask) {
            revert RevealPhaseNotStarted(jobId);
        }
        if (block.timestamp >= med.revealDeadline) revert RevealPhaseOver(jobId);
        uint8 bit = _memberBit(jobId, med, msg.sender);
        if (med.committedMask & bit == 0) revert NotCommitted(jobId, msg.sender);
        if (med.revealedMask & bit != 0) revert AlreadyRevealed(jobId, msg.sender);
        if (_commitments[jobId][_bitIndex(bit)] != voteCommitment(jobId, msg.sender, providerRight, salt)) {
            revert CommitmentMismatch(jobId, msg.sender);
        }
        med.revealedMask |= bit;
        if (providerRight) med.approveMask |= bit;
        emit VoteRevealed(jobId, msg.sender, providerRight);
    }

    /// @inheritdoc IMediatorRegistry
    function voteCommitment(uint256 jobId, address mediator, bool providerRight, bytes32 salt)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(jobId, mediator, providerRight, salt));
    }

    // ================================================================== market hooks

    /// @inheritdoc IMediatorRegistry
    function openMediation(uint256 jobId, uint32 committeeId, address challenger)
        external
        onlyMarket
        returns (uint32 resolvedCommitteeId, uint8 eligible, uint40 revealDeadline)
    {
        if (_mediations[jobId].commitDeadline != 0) revert MediationAlreadyOpen(jobId);
        resolvedCommitteeId = committeeId == 0 ? defaultCommitteeId : committeeId;
        if (resolvedCommitteeId == 0) revert NoDefaultCommittee();
        address[] storage members = _committees[resolvedCommitteeId];
        if (members.length == 0) revert CommitteeNotFound(resolvedCommitteeId);

        uint8 mask;
        for (uint256 i; i < members.length; ++i) {
            Mediator storage m = _mediators[members[i]];
            // A member whose bond can no longer pay a slash cannot be held to its vote.
            if (m.registered && m.exitAvailableAt == 0 && m.bond >= slashAmount) {
                mask |= uint8(1 << i);
                ++eligible;
                ++m.activeMediations;
            }
        }
        if (eligible == 0) revert NoEligibleMediators(resolvedCommitteeId);

        uint40 commitDeadline = uint40(block.timestamp + commitWindow);
        revealDeadline = uint40(commitDeadline + revealWindow);
        _mediations[jobId] = Mediation({
            committeeId: resolvedCommitteeId,
            commitDeadline: commitDeadline,
            revealDeadline: revealDeadline,
            eligibleMask: mask,
            committedMask: 0,
            revealedMask: 0,
            approveMask: 0,
            open: true,
            challenger: challenger
        });
        emit MediationOpened(jobId, resolvedCommitteeId, challenger, mask, commitDeadline, revealDeadline);
    }

    /// @inheritdoc IMediatorRegistry
    function closeMediation(uint256 jobId) external onlyMarket returns (Verdict verdict, address[] memory payees) {
        Mediation storage med = _mediations[jobId];
        if (!med.open) revert MediationNotOpen(jobId);
        uint8 eligibleMask = med.eligibleMask;
        uint8 revealedMask = med.revealedMask;
        if (block.timestamp < med.revealDeadline && revealedMask != eligibleMask) {
            revert MediationNotOver(jobId, med.revealDeadline);
        }
        med.open = false;

        uint8 approveMask = med.approveMask;
        uint8 rejectMask = revealedMask & ~approveMask;
        uint256 approvals = _popcount(approveMask);
        uint256 rejections = _popcount(rejectMask);
        uint256 quorum = _popcount(eligibleMask) / 2 + 1;

        // Honest: revealed with a decided majority, or (no majority) revealed at all.
        uint8 honestMask;
        if (approvals >= quorum) {
            verdict = Verdict.ProviderRight;
            honestMask = approveMask;
        } else if (rejections >= quorum) {
            verdict = Verdict.ProviderWrong;
            honestMask = rejectMask;
        } else {
            verdict = Verdict.NoMajority;
            honestMask = revealedMask;
        }
        emit MediationClosed(jobId, verdict, uint8(approvals), uint8(rejections));

        (address[] memory honest, uint256 slashed) = _slashDishonest(jobId, med.committeeId, eligibleMask, honestMask);
        _distribute(jobId, slashed, honest, med.challenger);
        if (verdict != Verdict.NoMajority) payees = honest;
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

    /// @inheritdoc IMediatorRegistry
    function credit(address account) external view returns (uint256) {
        return _credits[account];
    }

    // ================================================================== internal

    /// @dev Releases every eligible member from the mediation and slashes those not in `honestMask`.
    function _slashDishonest(uint256 jobId, uint32 committeeId, uint8 eligibleMask, uint8 honestMask)
        internal
        returns (address[] memory honest, uint256 slashed)
    {
        address[] storage members = _committees[committeeId];
        honest = new address[](_popcount(honestMask));
        uint256 k;
        for (uint256 i; i < members.length; ++i) {
            uint8 bit = uint8(1 << i);
            if (eligibleMask & bit == 0) continue;
            address member = members[i];
            Mediator storage m = _mediators[member];
            --m.activeMediations;
            if (honestMask & bit != 0) {
                honest[k++] = member;
                continue;
            }
            uint256 cut = m.bond < slashAmount ? m.bond : slashAmount;
            if (cut != 0) {
                m.bond -= uint128(cut);
                slashed += cut;
                emit MediatorSlashed(jobId, member, cut);
            }
        }
    }

    /// @dev Slashed bonds go to the honest members in equal shares (the remainder to the first);
    ///      with no honest member, to the challenger. `totalHeld` is unchanged: bond becomes credit.
    function _distribute(uint256 jobId, uint256 amount, address[] memory honest, address challenger) internal {
        if (amount == 0) return;
        if (honest.length == 0) {
            _credit(jobId, challenger, amount);
            return;
        }
        uint256 share = amount / honest.length;
        _credit(jobId, honest[0], share + amount % honest.length);
        for (uint256 i = 1; i < honest.length; ++i) {
            _credit(jobId, honest[i], share);
        }
    }

    function _credit(uint256 jobId, address account, uint256 amount) internal {
        _credits[account] += amount;
        emit Credited(jobId, account, amount);
    }

    function _memberBit(uint256 jobId, Mediation storage med, address who) internal view returns (uint8) {
        address[] storage members = _committees[med.committeeId];
        for (uint256 i; i < members.length; ++i) {
            if (members[i] == who) {
                uint8 bit = uint8(1 << i);
                if (med.eligibleMask & bit == 0) break;
                return bit;
            }
        }
        revert NotEligible(jobId, who);
    }

    function _bitIndex(uint8 bit) internal pure returns (uint256 i) {
        while (bit > 1) {
            bit >>= 1;
            ++i;
        }
    }

    function _popcount(uint8 x) internal pure returns (uint256 n) {
        while (x != 0) {
            x &= x - 1;
            ++n;
        }
    }

    function _send(address to, uint256 amount) internal {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
