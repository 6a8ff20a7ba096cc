// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Where a job is in its lifecycle. A job's deal shares its id.
/// @dev Accepted, Rejected, Undecided, Cancelled and TimedOut are terminal. Undecided (no
///      mediation majority) pays the provider like Accepted: a creator never keeps a disputed
///      result for free.
enum JobStatus {
    None,
    Open,
    Matched,
    Submitted,
    Challenged,
    Accepted,
    Rejected,
    Undecided,
    Cancelled,
    TimedOut
}

/// @notice The outcome of a mediation.
enum Verdict {
    None,
    ProviderRight,
    ProviderWrong,
    NoMajority
}

/// @notice A mediator's vote on a challenged result.
/// @dev `CannotRun` (the module or its inputs could not be fetched or run) is never slashed and
///      never paid, and counts for neither side.
enum Vote {
    None,
    ProviderRight,
    ProviderWrong,
    CannotRun
}

/// @notice Why a creator got its escrow back.
enum RefundReason {
    CancelledByCreator,
    Expired,
    ProviderTimedOut,
    ResultRejected
}
