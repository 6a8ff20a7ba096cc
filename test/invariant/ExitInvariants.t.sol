// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {InvariantBase} from "./PondInvariants.t.sol";
import {PondHandler} from "./handlers/PondHandler.sol";

/// @notice "No funds stuck forever": the same random lifecycles, plus an `exitAll` action that
///         jumps past every deadline, calls the permissionless exit of every live job
///         (cancelJob / timeoutJob / finalize / resolveChallenge), records what is still locked,
///         then has every actor withdraw everything. A revert in any exit fails the run
///         (`fail_on_revert`); the invariants below check what `exitAll` left behind. (The
///         always-true properties are PondInvariants' job; repeating them here would double the
///         suite's run time for little: `exitAll` only calls the same exits the handler does.)
contract ExitInvariants is InvariantBase {
    function _selectors() internal virtual override returns (bytes4[] memory s) {
        bytes4[] memory base = super._selectors();
        s = new bytes4[](base.length + 1);
        for (uint256 i; i < base.length; ++i) s[i] = base[i];
        s[base.length] = PondHandler.exitAll.selector;
    }

    /// @notice After the exits every job is terminal.
    function invariant_exitsLeaveNoLiveJob() public view {
        vm.assertEq(handler.ghost_liveJobsAfterExitAll(), 0, "live jobs after every exit was called");
    }

    /// @notice After the exits nothing is locked in jobs, deals or challenges, in either token.
    function invariant_exitsUnlockEverything() public view {
        vm.assertEq(handler.ghost_lockedAfterExitAll(address(0)), 0, "native still locked");
        vm.assertEq(handler.ghost_lockedAfterExitAll(address(token)), 0, "token still locked");
    }

    /// @notice After the exits every offer has its whole capacity back.
    function invariant_exitsRestoreCapacity() public view {
        vm.assertEq(handler.ghost_capacityGapsAfterExitAll(), 0, "capacity not restored");
    }

    /// @notice After the exits no mediator is held by a mediation (all may leave).
    function invariant_exitsReleaseMediators() public view {
        vm.assertEq(handler.ghost_activeMediationsAfterExitAll(), 0, "mediators still held");
    }

    /// @notice After the exits, once everyone withdraws everything, the market holds nothing.
    function invariant_drainedMarketHoldsNothing() public view {
        vm.assertEq(handler.ghost_heldAfterDrain(address(0)), 0, "native left in the market");
        vm.assertEq(handler.ghost_heldAfterDrain(address(token)), 0, "token left in the market");
    }
}
