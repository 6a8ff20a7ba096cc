// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondFixture} from "../utils/PondFixture.sol";

/// @notice PondFixture plus vote helpers that compute each commitment before pranking.
/// @dev PondFixture's `_commit` evaluates `mediation.voteCommitment(...)` (an external call)
///      inside the pranked call's arguments, so the prank is spent on that view call and
///      `commitVote` runs as the test contract (`NotEligible`). These helpers avoid that.
abstract contract AdversarialFixture is PondFixture {
    uint8 internal constant SILENT = 0;
    uint8 internal constant RIGHT = 1;
    uint8 internal constant WRONG = 2;

    function _saltOf(address mediator) internal pure returns (bytes32) {
        return keccak256(abi.encode("salt", mediator));
    }

    function _commitVote(uint256 jobId, address mediator, bool providerRight) internal {
        bytes32 commitment = mediation.voteCommitment(jobId, mediator, providerRight, _saltOf(mediator));
        vm.prank(mediator);
        mediation.commitVote(jobId, commitment);
    }

    function _revealVote(uint256 jobId, address mediator, bool providerRight) internal {
        vm.prank(mediator);
        mediation.revealVote(jobId, providerRight, _saltOf(mediator));
    }

    /// @dev Mediator i of the default committee votes `votes[i]` (SILENT, RIGHT or WRONG): every
    ///      voter commits, the commit phase ends, every voter reveals.
    function _castVotes(uint256 jobId, uint8[3] memory votes) internal {
        for (uint256 i; i < 3; ++i) {
            if (votes[i] != SILENT) _commitVote(jobId, mediatorSet[i], votes[i] == RIGHT);
        }
        vm.warp(block.timestamp + COMMIT_WINDOW);
        for (uint256 i; i < 3; ++i) {
            if (votes[i] != SILENT) _revealVote(jobId, mediatorSet[i], votes[i] == RIGHT);
        }
    }
}
