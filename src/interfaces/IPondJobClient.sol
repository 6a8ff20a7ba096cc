// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {RefundReason} from "../types/Status.sol";

/// @title What a contract that posts jobs implements to receive their results.
/// @dev Clients written for Lilypad/MODiCuM (no return value declared, no `receive`) work
///      unchanged: the market needs nothing else from them.
interface IPondJobClient {
    /// @notice Called by the market when the job's result stands (accepted, or no mediation
    ///         majority), with the job's callback gas limit (the market's default, or what the
    ///         client chose through `runModule`).
    /// @dev A revert or running out of gas here never blocks settlement: the market records the
    ///      failure in an event, keeps the result readable (`pendingResult`) and anyone may retry
    ///      the delivery with the job's gas limit or more (`retryCallback`).
    /// @param jobId The job that produced the result.
    /// @param cid The CID of the result directory.
    function receiveJobResults(uint256 jobId, string calldata cid) external;
}

/// @title What a client that asked to be told (`ClientOptions.notifyFailure`) implements to
///        learn that its job ended without a result.
interface IPondJobFailureClient {
    /// @notice Called by the market, with the job's callback gas limit and the same rules as
    ///         `receiveJobResults`, once the job is refunded: its refund was sent to the refund
    ///         address before (or, when that call failed, credited to the client's balance).
    function receiveJobFailure(uint256 jobId, RefundReason reason) external;
}
