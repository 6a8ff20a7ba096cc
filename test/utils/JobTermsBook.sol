// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "./Test.sol";
import {Vm} from "./Vm.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";

/// @notice Jobs' terms as a keeper finds them: rebuilt from each job's `JobPosted`, the way
///         `IPondMarket.JobTerms` documents. The market keeps only their hash, and every call on a
///         posted job (but `submitResult`) passes them.
/// @dev Reads the logs recorded since `_recordTerms` (cheatcodes only, so that a `vm.prank` or
///      `vm.expectRevert` before a market call still applies to that call when its terms are an
///      argument). `vm.getRecordedLogs` hands each log out once: one contract per test reads
///      them (the test, or in invariant tests the handler, which the test asks with `termsOf`).
///      Logs are read in order and a later post of the same id wins, so terms from a reverted
///      fuzz run never shadow the current run's.
abstract contract JobTermsBook is Test {
    mapping(address market => mapping(uint256 jobId => IPondMarket.JobTerms)) private _book;
    mapping(address market => mapping(uint256 jobId => string cid)) private _results;

    /// @dev The market `_terms` reads.
    function _bookMarket() internal view virtual returns (address);

    /// @dev Starts recording logs (once, before the first post).
    function _recordTerms() internal {
        vm.recordLogs();
    }

    /// @notice The terms of `jobId` on the book's market (zero for a job never posted).
    function termsOf(uint256 jobId) external returns (IPondMarket.JobTerms memory) {
        return _terms(jobId);
    }

    function _terms(uint256 jobId) internal virtual returns (IPondMarket.JobTerms memory) {
        return _termsAt(_bookMarket(), jobId);
    }

    function _termsAt(address market, uint256 jobId) internal returns (IPondMarket.JobTerms memory) {
        _readTerms(vm.getRecordedLogs());
        return _book[market][jobId];
    }

    /// @notice The result submitted for `jobId` on the book's market (`ResultSubmitted`), which
    ///         the calls after a result pass (empty before one).
    function resultOf(uint256 jobId) external returns (string memory) {
        return _result(jobId);
    }

    function _result(uint256 jobId) internal virtual returns (string memory) {
        _readTerms(vm.getRecordedLogs());
        return _results[_bookMarket()][jobId];
    }

    function _resultsOf(uint256[] memory jobIds) internal returns (string[] memory cids) {
        cids = new string[](jobIds.length);
        for (uint256 i; i < jobIds.length; ++i) {
            cids[i] = _result(jobIds[i]);
        }
    }

    function _termsOf(uint256[] memory jobIds) internal returns (IPondMarket.JobTerms[] memory terms) {
        terms = new IPondMarket.JobTerms[](jobIds.length);
        for (uint256 i; i < jobIds.length; ++i) {
            terms[i] = _terms(jobIds[i]);
        }
    }

    /// @dev Books every `JobPosted` and `ResultSubmitted` in `logs`: for a caller that took the
    ///      recorded logs itself.
    function _readTerms(Vm.Log[] memory logs) internal {
        for (uint256 i; i < logs.length; ++i) {
            Vm.Log memory l = logs[i];
            if (l.topics.length == 3 && l.topics[0] == IPondMarket.ResultSubmitted.selector) {
                (_results[l.emitter][uint256(l.topics[1])],) = abi.decode(l.data, (string, uint40));
                continue;
            }
            if (l.topics.length != 4 || l.topics[0] != IPondMarket.JobPosted.selector) continue;
            (IPondMarket.JobRequest memory r, uint32 committeeId,, uint96 mediatorFee) =
                abi.decode(l.data, (IPondMarket.JobRequest, uint32, uint8, uint96));
            _book[l.emitter][uint256(l.topics[1])] = IPondMarket.JobTerms({
                creator: address(uint160(uint256(l.topics[2]))),
                token: r.token,
                price: r.price,
                solverFee: r.solverFee,
                moduleId: r.moduleId,
                runTime: r.runTime,
                committeeId: committeeId,
                mediatorFee: mediatorFee,
                resources: r.resources
            });
        }
    }
}
