// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title What a contract that posts jobs implements to receive their results.
interface IPondJobClient {
    /// @notice Called by the market when the job's result is accepted, with a capped gas stipend.
    /// @dev A revert or running out of gas here never blocks settlement: the market records the
    ///      failure in an event and anyone may retry the delivery.
    /// @param jobId The job that produced the result.
    /// @param cid The CID of the result directory.
    function receiveJobResults(uint256 jobId, string calldata cid) external;
}
