// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Verdict} from "../types/Status.sol";

/// @title Bonded mediators, their committees and commit–reveal votes on challenged deals.
/// @notice Anyone registers with a bond (native currency) and leaves after a delay. Committees are
///         immutable sorted lists of up to 5 mediators; governance names the default one. When a
///         deal is challenged the market opens a mediation: each eligible committee member re-runs
///         the job, commits a hidden vote, then reveals it. A strict majority of the eligible
///         members decides. Members who do not reveal, or vote against a decided majority, lose
///         `slashAmount` of their bond to the members who voted with it.
interface IMediatorRegistry {
    /// @notice A registered mediator.
    struct Mediator {
        uint128 bond;
        uint40 exitAvailableAt;
        uint32 activeMediations;
        bool registered;
    }

    /// @notice A mediation of one challenged deal (keyed by the job id).
    struct Mediation {
        uint32 committeeId;
        uint40 commitDeadline;
        uint40 revealDeadline;
        uint8 eligibleMask;
        uint8 committedMask;
        uint8 revealedMask;
        uint8 approveMask;
        bool open;
        address challenger;
    }

    event MediatorRegistered(address indexed mediator, uint256 bond);
    event BondToppedUp(address indexed mediator, uint256 amount, uint256 bond);
    event ExitRequested(address indexed mediator, uint256 exitAvailableAt);
    event MediatorExited(address indexed mediator, uint256 bondReturned);
    event CommitteeCreated(uint32 indexed committeeId, address[] members);
    event DefaultCommitteeSet(uint32 indexed committeeId);
    event MediationOpened(
        uint256 indexed jobId,
        uint32 indexed committeeId,
        address indexed challenger,
        uint8 eligibleMask,
        uint40 commitDeadline,
        uint40 revealDeadline
    );
    event VoteCommitted(uint256 indexed jobId, address indexed mediator, bytes32 commitment);
    event VoteRevealed(uint256 indexed jobId, address indexed mediator, bool providerRight);
    event MediationClosed(uint256 indexed jobId, Verdict verdict, uint8 approvals, uint8 rejections);
    /// @notice `amount` of `mediator`'s bond was taken for not revealing or voting against the majority.
    event MediatorSlashed(uint256 indexed jobId, address indexed mediator, uint256 amount);
    /// @notice `account` may withdraw `amount` more (its share of slashed bonds).
    event Credited(uint256 indexed jobId, address indexed account, uint256 amount);
    event CreditWithdrawn(address indexed account, uint256 amount);

    error BondTooSmall(uint256 sent, uint256 minimum);
    /// @notice A new mediator's bond must cover at least one slash.
    error SlashExceedsMinBond(uint256 slashAmount, uint256 minBond);
    error NotRegistered(address account);
    error MediatorExiting(address mediator);
    error ExitNotRequested(address mediator);
    error ExitNotYetAvailable(address mediator, uint256 availableAt);
    error MediationsPending(address mediator, uint256 count);
    error CommitteeSizeInvalid(uint256 size);
    error CommitteeNotSorted(uint256 index);
    error CommitteeNotFound(uint32 committeeId);
    error NoDefaultCommittee();
    error NoEligibleMediators(uint32 committeeId);
    error NotMarket(address caller);
    error MediationNotOpen(uint256 jobId);
    error MediationAlreadyOpen(uint256 jobId);
    error NotEligible(uint256 jobId, address mediator);
    error CommitPhaseOver(uint256 jobId);
    error AlreadyCommitted(uint256 jobId, address mediator);
    error CommitmentZero();
    error RevealPhaseNotStarted(uint256 jobId);
    error RevealPhaseOver(uint256 jobId);
    error NotCommitted(uint256 jobId, address mediator);
    error AlreadyRevealed(uint256 jobId, address mediator);
    error CommitmentMismatch(uint256 jobId, address mediator);
    error MediationNotOver(uint256 jobId, uint256 revealDeadline);
    error NothingToWithdraw(address account);
    error TransferFailed(address to, uint256 amount);

    // ------------------------------------------------------------------ mediators

    /// @notice Registers the caller with `msg.value` as bond (at least `minBond`), or tops up its bond.
    function register() external payable;

    /// @notice Starts the exit delay; an exiting mediator is not asked to mediate new challenges.
    function requestExit() external;

    /// @notice After the delay, and once its mediations are closed, returns the caller's bond.
    function completeExit() external;

    /// @notice Sends the caller its credit (its share of slashed bonds).
    function withdrawCredit() external;

    // ------------------------------------------------------------------ committees

    /// @notice Creates (or finds) the committee of `members`, sorted ascending, 1 to 5 registered mediators.
    function createCommittee(address[] calldata members) external returns (uint32 committeeId);

    /// @notice Governance names the default committee.
    function setDefaultCommittee(uint32 committeeId) external;

    /// @notice Whether every member of committee `inner` is a member of committee `outer`.
    function isSubset(uint32 inner, uint32 outer) external view returns (bool);

    function committeeMembers(uint32 committeeId) external view returns (address[] memory);
    function committeeCount() external view returns (uint32);
    function defaultCommitteeId() external view returns (uint32);

    // ------------------------------------------------------------------ votes

    /// @notice Commits `keccak256(abi.encode(jobId, msg.sender, providerRight, salt))` before the commit deadline.
    function commitVote(uint256 jobId, bytes32 commitment) external;

    /// @notice Reveals a committed vote, after the commit phase (or once every member committed).
    function revealVote(uint256 jobId, bool providerRight, bytes32 salt) external;

    /// @notice The commitment a mediator should post for `vote`.
    function voteCommitment(uint256 jobId, address mediator, bool providerRight, bytes32 salt)
        external
        pure
        returns (bytes32);

    // ------------------------------------------------------------------ market hooks

    /// @notice Opens the mediation of a challenged deal. Committee 0 is the default committee.
    /// @return resolvedCommitteeId The committee that mediates (the default resolved).
    /// @return eligible How many members can vote: registered, not exiting, and with a bond of at
    ///         least `slashAmount` (top up with `register`).
    /// @return revealDeadline When anyone may close the mediation.
    function openMediation(uint256 jobId, uint32 committeeId, address challenger)
        external
        returns (uint32 resolvedCommitteeId, uint8 eligible, uint40 revealDeadline);

    /// @notice Tallies, slashes and closes; only the market, after the reveal deadline or once all revealed.
    /// @return verdict The outcome.
    /// @return payees The members who voted with a decided majority (empty for `NoMajority`).
    function closeMediation(uint256 jobId) external returns (Verdict verdict, address[] memory payees);

    // ------------------------------------------------------------------ views

    function market() external view returns (address);
    function minBond() external view returns (uint256);
    function exitDelay() external view returns (uint256);
    function slashAmount() external view returns (uint256);
    function commitWindow() external view returns (uint256);
    function revealWindow() external view returns (uint256);
    function getMediator(address mediator) external view returns (Mediator memory);
    function getMediation(uint256 jobId) external view returns (Mediation memory);
    function credit(address account) external view returns (uint256);
    /// @notice Sum of all bonds and credits: equals this contract's balance.
    function totalHeld() external view returns (uint256);
}
