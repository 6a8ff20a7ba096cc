// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title The entry point other contracts use to run a module on Pond.
interface IPondJobCreator {
    /// @notice Posts a job for the module version `name` (`module:version`) paid by `msg.value`.
    /// @dev `msg.value` pays the module's registered solver fee and the delivery of the result
    ///      (the default callback gas limit, priced when posted: see `IPondMarket.quote`); the
    ///      rest is the price, at least 1 (pay-as-bid: sending more bids more). Resources and run
    ///      time come from the ModuleRegistry; the committee is the default mediator set. When the
    ///      result stands the market calls `IPondJobClient.receiveJobResults` on the caller; when
    ///      the job ends without a result the refund is sent to the caller (a gas-capped call),
    ///      or credited to its market balance when that call fails.
    /// @param name The module version, `module:version`.
    /// @param params A JSON object of inputs, or (if it does not start with `{`) the value of the
    ///        module's primary input.
    /// @return jobId The job's id (its deal, once matched, has the same id).
    function runModuleWithDefaultMediators(string calldata name, string calldata params)
        external
        payable
        returns (uint256 jobId);
}
