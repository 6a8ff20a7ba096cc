// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Where a job is in its lifecycle. A job's deal shares its id.
/// @dev Accepted, Rejected, Undecided, Cancelled and TimedOut are terminal.
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

/// @notice Why a creator got its escrow back.
enum RefundReason {
    CancelledByCreator,
    Expired,
    ProviderTimedOut,
    ResultRejected,
    NoMajority
}
