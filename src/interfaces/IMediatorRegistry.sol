// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Verdict, Vote} from "../types/Status.sol";

/// @title Bonded mediators, their committees and commit–reveal votes on challenged deals.
/// @notice Anyone registers with a bond (native currency) and leaves after a delay. A committee
///         is an immutable sorted list of 1, 3 or 5 mediators (odd, so that an honest majority
///         always decides) and judges deals only once every member has accepted it. When a deal
///         is challenged the market opens a mediation: each eligible member re-runs the job,
///         commits a hidden vote (ProviderRight, ProviderWrong or CannotRun), then reveals it. A
///         strict majority of the committee's members decides. Members who do not reveal, and
///         those who vote against a decided majority, lose `slashAmount` of their bond; slashed
///         bonds are burned (kept here, counted in `burned`), never paid to anyone.
///         Members are paid their fees into earnings kept here (the money stays in the market,
///         on this registry's balance) and withdraw them with `withdrawEarnings`.
/// @dev Concurrency is bond-backed: a member is eligible for a new mediation only while its bond
///      covers one more slash than the mediations it already sits on.
interface IMediatorRegistry {
    /// @notice A registered mediator.
    /// @dev One slot: a mediation's close updates it anyway (the member leaves the mediation),
    ///      so crediting a fee to `earned` costs next to nothing.
    struct Mediator {
        /// @dev At most 2^80 - 1 wei (about 1.2 million ether).
        uint80 bond;
        /// @dev 0 until the mediator asks to leave.
        uint40 exitAvailableAt;
        /// @dev Open mediations it is eligible in; it can leave only when this is 0.
        uint16 activeMediations;
        bool registered;
        /// @dev Committees it has accepted (at most `MAX_MEMBERSHIPS`).
        uint8 memberships;
        /// @dev Fees earned in the native currency and not yet withdrawn (`earnings`).
        uint72 earned;
        /// @dev Queued mediations it would sit on: its bond is kept for them, a new mediation
        ///      takes it only with a slash free beyond those, the head of a committee's queue
        ///      only with one free beyond each older head of its other committees' queues. 32 bits:
        ///      at 16 a colluding member could fill it (65,535 queued self-challenges) and have
        ///      every challenge of its committees that had to wait refused.
        uint32 waiting;
    }

    /// @notice A committee's state; bit i of each mask is member i (members sorted ascending).
    struct Committee {
        address[] members;
        /// @dev Members who accepted the committee.
        uint8 consentMask;
        /// @dev Accepted members that can judge: registered, not exiting, bond >= slashAmount.
        uint8 ableMask;
        /// @dev Accepted members who asked to leave: the committee takes no new deal, ever.
        uint8 exitMask;
        /// @dev Every member accepted, nobody left, and a strict majority can judge.
        bool usable;
    }

    /// @notice A mediation of one challenged deal (keyed by the job id).
    struct Mediation {
        uint32 committeeId;
        uint40 commitDeadline;
        uint40 revealDeadline;
        uint8 eligibleMask;
        uint8 committedMask;
        uint8 revealedMask;
        uint8 rightMask;
        uint8 wrongMask;
        bool open;
    }

    /// @notice Deployment parameters, bounded on-chain.
    struct Config {
        /// @dev Bond a new mediator must post (> 0).
        uint256 minBond;
        /// @dev Delay between `requestExit` and `completeExit`: at least the longest a deal can
        ///      stay challengeable after its match (`maxRunTime + challengeWindow`, checked by the
        ///      market), at most 365 days.
        uint256 exitDelay;
        /// @dev Taken per missed or minority vote (> 0 and <= minBond).
        uint256 slashAmount;
        /// @dev Commit phase after a challenge, extended by the job's run time (1 s to 30 days).
        uint256 commitWindow;
        /// @dev Reveal phase after the commit phase (1 s to 30 days).
        uint256 revealWindow;
    }

    event MediatorRegistered(address indexed mediator, uint256 bond);
    event BondToppedUp(address indexed mediator, uint256 amount, uint256 bond);
    event ExitRequested(address indexed mediator, uint256 exitAvailableAt);
    event MediatorExited(address indexed mediator, uint256 bondReturned);
    /// @notice A committee was created; it judges no deal until every member accepted it.
    event CommitteeCreated(uint32 indexed committeeId, address indexed creator, address[] members);
    /// @notice `member` accepted committee `committeeId`.
    event CommitteeAccepted(uint32 indexed committeeId, address indexed member);
    /// @notice The committee became able (every member accepted, none leaving, a strict
    ///         majority bonded) or unable to judge new deals; the market was told.
    event CommitteeUsable(uint32 indexed committeeId, bool usable);
    event MediationOpened(
        uint256 indexed jobId,
        uint32 indexed committeeId,
        uint8 eligibleMask,
        uint40 commitDeadline,
        uint40 revealDeadline
    );
    event VoteCommitted(uint256 indexed jobId, address indexed mediator, bytes32 commitment);
    event VoteRevealed(uint256 indexed jobId, address indexed mediator, Vote vote);
    event MediationClosed(uint256 indexed jobId, Verdict verdict, uint8 rights, uint8 wrongs);
    /// @notice Fewer than a strict majority of the committee could take this mediation, or
    ///         challenges were already waiting for it: it waits, `ahead` of it in the committee's
    ///         queue, and opens (MediationOpened) first in, first out, as members free up.
    event MediationQueued(uint256 indexed jobId, uint32 indexed committeeId, uint256 ahead);
    /// @notice A queued mediation its committee can never take (fewer than a strict majority of
    ///         its members registered with a slash of bond) ended without opening.
    event MediationDropped(uint256 indexed jobId, uint32 indexed committeeId);
    /// @notice `mediator` withdrew `amount` of its earned fees in `token` (paid out by the market).
    event EarningsWithdrawn(address indexed mediator, address indexed token, uint256 amount, address to);
    /// @notice `amount` of `mediator`'s bond was burned for not revealing or voting against a
    ///         decided majority.
    event MediatorSlashed(uint256 indexed jobId, address indexed mediator, uint256 amount);

    error BondTooSmall(uint256 sent, uint256 minimum);
    error BondTooLarge(uint256 bond);
    error ConfigInvalid(string parameter, uint256 value);
    error NotRegistered(address account);
    error MediatorExiting(address mediator);
    error ExitNotRequested(address mediator);
    error ExitNotYetAvailable(address mediator, uint256 availableAt);
    error MediationsPending(address mediator, uint256 count);
    error CommitteeSizeInvalid(uint256 size);
    error CommitteeNotSorted(uint256 index);
    error CommitteeNotFound(uint32 committeeId);
    error NotCommitteeMember(uint32 committeeId, address account);
    error CommitteeAlreadyAccepted(uint32 committeeId, address member);
    error MembershipLimitReached(address mediator, uint256 limit);
    /// @notice Fewer members than a strict majority of the committee can take this mediation
    ///         (their bonds are held by other mediations, or too small): nobody could decide.
    error NotEnoughEligibleMediators(uint32 committeeId, uint256 eligible, uint256 quorum);
    error NotMarket(address caller);
    error MediationAlreadyOpen(uint256 jobId);
    error MediationNotOpen(uint256 jobId);
    /// @notice The mediation waits in its committee's queue for members to free up.
    error MediationWaiting(uint256 jobId, uint32 committeeId);
    /// @notice No challenge waits for this committee.
    error NothingQueued(uint32 committeeId);
    error NotEligible(uint256 jobId, address mediator);
    error CommitPhaseOver(uint256 jobId);
    error AlreadyCommitted(uint256 jobId, address mediator);
    error CommitmentZero();
    error RevealPhaseNotStarted(uint256 jobId);
    error RevealPhaseOver(uint256 jobId);
    error NotCommitted(uint256 jobId, address mediator);
    error AlreadyRevealed(uint256 jobId, address mediator);
    error VoteInvalid();
    error CommitmentMismatch(uint256 jobId, address mediator);
    error MediationNotOver(uint256 jobId, uint256 revealDeadline);
    error TransferFailed(address to, uint256 amount);
    error NothingEarned(address mediator, address token);

    // ------------------------------------------------------------------ mediators

    /// @notice Registers the caller with `msg.value` as bond (at least `minBond`), or tops up its bond.
    function register() external payable;

    /// @notice Starts the exit delay. From now on none of the caller's committees takes a new
    ///         deal; the caller still judges the deals they already have.
    function requestExit() external;

    /// @notice After the delay, once its mediations are closed and none waits for it in a
    ///         committee's queue, returns the caller's bond. Its earnings stay withdrawable.
    function completeExit() external;

    /// @notice Fees `mediator` earned in `token` and has not withdrawn.
    function earnings(address mediator, address token) external view returns (uint256);

    /// @notice Pays the caller's earnings in `token` to `to`: the market sends them from this
    ///         registry's balance there.
    function withdrawEarnings(address token, address to) external returns (uint256 amount);

    // ------------------------------------------------------------------ committees

    /// @notice Creates (or finds) the committee of `members`: sorted ascending, 1, 3 or 5
    ///         registered mediators not exiting. A caller who is a member accepts it at once; the
    ///         others accept with `acceptCommittee`.
    function createCommittee(address[] calldata members) external returns (uint32 committeeId);

    /// @notice The caller, a member of `committeeId`, agrees to judge its deals.
    function acceptCommittee(uint32 committeeId) external;

    /// @notice The committee's members and state (consents, members able to judge, exits).
    function getCommittee(uint32 committeeId) external view returns (Committee memory);

    /// @notice The committee's size (0 for an unknown id).
    function committeeSize(uint32 committeeId) external view returns (uint8);

    /// @notice Whether a new deal may be judged by the committee: every member accepted it, none
    ///         asked to leave, and a strict majority is registered with a bond of at least
    ///         `slashAmount`.
    function committeeUsable(uint32 committeeId) external view returns (bool);

    function committeeMembers(uint32 committeeId) external view returns (address[] memory);
    function committeeCount() external view returns (uint32);

    // ------------------------------------------------------------------ votes

    /// @notice Commits `voteCommitment(jobId, msg.sender, vote, salt)` before the commit deadline.
    function commitVote(uint256 jobId, bytes32 commitment) external;

    /// @notice Reveals a committed vote, after the commit phase (or once every member committed).
    function revealVote(uint256 jobId, Vote vote, bytes32 salt) external;

    /// @notice `keccak256(abi.encode(jobId, mediator, vote, salt))`.
    function voteCommitment(uint256 jobId, address mediator, Vote vote, bytes32 salt) external pure returns (bytes32);

    // ------------------------------------------------------------------ market hooks

    /// @notice Opens the mediation of a challenged deal judged by `committeeId`. The commit phase
    ///         lasts `commitWindow + runTime`, so that members can re-run the job. When fewer than
    ///         a strict majority of the committee can take it, or mediations already wait for the
    ///         committee, it is queued instead (MediationQueued): it opens first in, first out,
    ///         when members free up (at the close of another of the committee's mediations, or by
    ///         anyone's `openQueued`), so that holding a committee's bonds delays a verdict but
    ///         never prevents one. Queues sharing a member take its bond in the order their
    ///         mediations became their queue's head (queued into an empty queue, or reached when
    ///         the one before opened or was dropped).
    /// @return eligible How many members take it: registered, with a bond covering one more slash
    ///         than the mediations they sit on; at least a strict majority of the committee, or 0
    ///         when it was queued.
    /// @return revealDeadline When anyone may close the mediation (0 when queued).
    function openMediation(uint256 jobId, uint32 committeeId, uint32 runTime)
        external
        returns (uint8 eligible, uint40 revealDeadline);

    /// @notice Tallies, slashes (burns), credits each payee's earnings with `fee` of `token`, and
    ///         closes; only the market, after the reveal deadline or once all eligible members
    ///         revealed. The market credits this registry's balance with the fees it pays. Then
    ///         opens the committee's oldest queued mediation if its members can now take it. A
    ///         queued mediation closes only once its committee can never take it
    ///         (MediationDropped): NoMajority, nobody eligible, nobody paid.
    /// @return verdict ProviderRight or ProviderWrong when a strict majority of the committee
    ///         voted so, else NoMajority.
    /// @return eligible How many members took the mediation (`openMediation`'s count).
    /// @return payees The members paid `fee` each: the majority's voters, or with no majority
    ///         every member who revealed ProviderRight or ProviderWrong; when a strict majority
    ///         of the committee revealed CannotRun, every member who revealed.
    function closeMediation(uint256 jobId, address token, uint256 fee)
        external
        returns (Verdict verdict, uint8 eligible, address[] memory payees);

    /// @notice Opens the oldest mediation queued for `committeeId`, when every member able to
    ///         judge, a strict majority, can take it now (their bonds freed by another committee's
    ///         mediations, or topped up) with a slash left for each older head of their other
    ///         committees' queues. Anyone may call it: the close of a mediation tries only its own
    ///         committee's queue, so a slot it frees for an older head elsewhere waits for this.
    ///         Reverts (NotEnoughEligibleMediators) when it neither opened one nor moved the head
    ///         past dropped mediations.
    function openQueued(uint32 committeeId) external;

    /// @notice How many mediations wait for `committeeId`, and the job of the oldest (0: none).
    function queued(uint32 committeeId) external view returns (uint256 waiting, uint256 nextJobId);

    // ------------------------------------------------------------------ views

    function market() external view returns (address);
    function minBond() external view returns (uint256);
    function exitDelay() external view returns (uint256);
    function slashAmount() external view returns (uint256);
    function commitWindow() external view returns (uint256);
    function revealWindow() external view returns (uint256);
    function getMediator(address mediator) external view returns (Mediator memory);
    function getMediation(uint256 jobId) external view returns (Mediation memory);
    /// @notice Slashed bonds, burned: they stay here and belong to nobody.
    function burned() external view returns (uint256);
    /// @notice Sum of all bonds and `burned`: equals this contract's balance.
    function totalHeld() external view returns (uint256);
}
