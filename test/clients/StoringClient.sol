// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPondJobCreator} from "../../src/interfaces/IPondJobCreator.sol";

/// @notice The kind of client Lilypad's and MODiCuM's users already deploy, unchanged: it pays
///         2 ether, declares no return value for its callback, stores the job id and the CID in
///         storage and appends both to an array. It has no `withdraw` and no `receive`, and it
///         does not check who calls it back.
/// @dev Its first `receiveJobResults` writes only cold, empty slots (about 203,000 gas for a
///      59-byte CID): the case the market's default callback gas limit must fit.
contract StoringClient {
    struct Result {
        uint256 jobId;
        string cid;
    }

    IPondJobCreator public immutable pond;
    uint256 public lastJobId;
    string public lastCid;
    Result[] public results;

    constructor(IPondJobCreator pond_) {
        pond = pond_;
    }

    /// @notice Runs cowsay on `message`, paying 2 ether.
    function run(string calldata message) external payable returns (uint256) {
        return pond.runModuleWithDefaultMediators{value: 2 ether}("cowsay:v0.0.1", message);
    }

    function receiveJobResults(uint256 jobId, string calldata cid) external {
        lastJobId = jobId;
        lastCid = cid;
        results.push(Result(jobId, cid));
    }

    function resultCount() external view returns (uint256) {
        return results.length;
    }
}
