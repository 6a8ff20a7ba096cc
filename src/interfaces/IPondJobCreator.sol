// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title The entry point other contracts use to run a module on Pond.
interface IPondJobCreator {
    /// @notice Posts a job for the module version `name` (`module:version`) paid by `msg.value`.
    /// @dev The module's registered solver fee comes out of `msg.value` and the rest is the price.
    ///      Resources and run time come from the ModuleRegistry; the committee is the default
    ///      mediator set. On acceptance the market calls `IPondJobClient.receiveJobResults` on the
    ///      caller; on a refund the value goes back to the caller's escrow balance.
    /// @param name The module version, `module:version`.
    /// @param params A JSON object of inputs, or (if it does not start with `{`) the value of the
    ///        module's primary input.
    /// @return jobId The job's id (its deal, once matched, has the same id).
    function runModuleWithDefaultMediators(string calldata name, string calldata params)
        external
        payable
        returns (uint256 jobId);
}
