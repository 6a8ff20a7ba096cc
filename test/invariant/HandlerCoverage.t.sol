// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {InvariantBase} from "./PondInvariants.t.sol";
import {PondHandler} from "./handlers/PondHandler.sol";

/// @notice The handler is only as good as the states it reaches: drive it with a fixed
///         pseudo-random sequence and check that every action does something at least once, so a
///         handler that silently returns early everywhere cannot pass the invariant suites.
contract HandlerCoverage is InvariantBase {
    /// @dev ds-test's log event: `forge test -vv` prints the call counts (for tuning the handler).
    event log(string);

    function test_handlerReachesEveryAction() public {
        bytes4[] memory s = _selectors();
        for (uint256 step; step < 2500; ++step) {
            bytes32 r = keccak256(abi.encode("coverage", step));
            bytes4 selector = s[uint256(r) % s.length];
            uint256[7] memory args;
            for (uint256 i; i < 7; ++i) {
                args[i] = uint256(keccak256(abi.encode(r, i)));
            }
            (bool ok, bytes memory ret) = address(handler).call(abi.encodePacked(selector, abi.encode(args)));
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(ret, 0x20), mload(ret))
                }
            }
        }
        string[35] memory actions = [
            "deposit",
            "withdraw",
            "postOffer",
            "updateOffer",
            "withdrawOffer",
            "postJob",
            "runClientJob",
            "cancelJob",
            "matchJob",
            "submitResult",
            "timeoutJob",
            "challenge",
            "commitVote",
            "revealVote",
            "finalize",
            "resolveChallenge",
            "retryCallback",
            "setClientBroken",
            "warp",
            "registerMediator",
            "requestExit",
            "completeExit",
            "formCommittee",
            "advanceJob",
            "slash",
            "setDefaultCommittee",
            "configureFee",
            "abandonJob",
            "runClientJobWithOptions",
            "setBaseFee",
            "openQueued",
            "rushChallenge",
            "challengeQueued",
            "queueOpened",
            "queueDropped"
        ];
        string memory report;
        for (uint256 i; i < actions.length; ++i) {
            report = string.concat(report, actions[i], "=", vm.toString(handler.calls(bytes32(bytes(actions[i])))), " ");
        }
        emit log(report);
        for (uint256 i; i < actions.length; ++i) {
            vm.assertGt(handler.calls(bytes32(bytes(actions[i]))), 0, report);
        }
    }
}
