// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AdversarialFixture} from "./AdversarialFixture.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus, RefundReason} from "../../src/types/Status.sol";
import {PondClient, RevertingClient, GasBurningClient, HungryClient} from "./fixtures/Clients.sol";

/// @notice Contract clients whose `receiveJobResults` reverts or burns all its gas never block
///         settlement; delivery can be retried once they are fixed; a caller cannot starve the
///         callback of its stipend.
contract HostileClientsTest is AdversarialFixture {
    string internal constant MODULE = "cowsay:v0.0.1";

    uint256 internal offerId;

    function setUp() public override {
        super.setUp();
        _defaultCommittee();
        offerId = _providerReady(10 ether);
        vm.deal(address(this), 100 ether);
    }

    /// @dev A client job for `c`, matched and submitted, its challenge window over.
    function _finalizableClientJob(PondClient c) internal returns (uint256 jobId) {
        jobId = c.run{value: PRICE + SOLVER_FEE}(MODULE, "moo");
        _match(jobId, offerId);
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
    }

    function _collateral() internal view returns (uint256) {
        return _collateralOf(PRICE);
    }

    function _assertSettledDespiteClient(PondClient c) internal {
        c.setBroken(true);
        uint256 jobId = _finalizableClientJob(c);
        uint256 providerBefore = market.balanceOf(provider, address(0));

        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Accepted, PRICE + _collateral(), 0, 0);
        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.CallbackFailed(jobId, address(c));
        vm.prank(stranger);
        market.finalize(jobId, _terms(jobId), _result(jobId));

        IPondMarket.Job memory j = market.getJob(jobId);
        vm.assertEq(uint256(j.status), uint256(JobStatus.Accepted));
        vm.assertTrue(j.callbackPending, "delivery pending");
        vm.assertEq(market.balanceOf(provider, address(0)), providerBefore + PRICE + _collateral(), "provider paid");
        vm.assertEq(c.deliveries(jobId), 0);
        vm.assertEq(market.pendingResult(jobId), CID, "result kept for retry");
        vm.assertEq(market.getOffer(offerId).available.cpuMillis, _capacity().cpuMillis, "capacity back");

        // Still broken: a retry fails again, nothing changes.
        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.CallbackFailed(jobId, address(c));
        market.retryCallback(jobId, 0, _terms(jobId));
        vm.assertTrue(market.getJob(jobId).callbackPending);

        // Fixed: anyone's retry delivers, exactly once.
        c.setBroken(false);
        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.CallbackDelivered(jobId, address(c));
        vm.prank(stranger);
        market.retryCallback(jobId, 0, _terms(jobId));
        vm.assertEq(c.deliveries(jobId), 1);
        vm.assertEq(c.resultOf(jobId), CID);
        vm.assertFalse(market.getJob(jobId).callbackPending);
        vm.assertEq(market.pendingResult(jobId), "");

        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NoCallbackPending.selector, jobId));
        market.retryCallback(jobId, 0, _terms(jobId));
        vm.assertEq(c.deliveries(jobId), 1);
    }

    function test_finalize_revertingClientDoesNotBlockSettlement() public {
        _assertSettledDespiteClient(new RevertingClient(market));
    }

    function test_finalize_gasBurningClientDoesNotBlockSettlement() public {
        _assertSettledDespiteClient(new GasBurningClient(market));
    }

    function test_resolveChallenge_revertingClientDoesNotBlockSettlement() public {
        RevertingClient c = new RevertingClient(market);
        c.setBroken(true);
        uint256 jobId = c.run{value: PRICE + SOLVER_FEE}(MODULE, "moo");
        _match(jobId, offerId);
        _submit(jobId);
        vm.prank(stranger);
        market.challenge{value: 3 * MEDIATOR_FEE}(jobId, _terms(jobId), _result(jobId));
        _vote(jobId, [RIGHT, RIGHT, RIGHT]);

        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.CallbackFailed(jobId, address(c));
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        vm.assertEq(uint256(_status(jobId)), uint256(JobStatus.Accepted));
        vm.assertEq(market.balanceOf(provider, address(0)), 10 ether + PRICE, "provider paid");

        c.setBroken(false);
        market.retryCallback(jobId, 0, _terms(jobId));
        vm.assertEq(c.deliveries(jobId), 1);
    }

    /// @dev A well-behaved client is delivered to on the first try.
    function test_finalize_healthyClientReceivesResultOnce() public {
        PondClient c = new RevertingClient(market);
        uint256 jobId = _finalizableClientJob(c);
        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.CallbackDelivered(jobId, address(c));
        market.finalize(jobId, _terms(jobId), _result(jobId));
        vm.assertEq(c.deliveries(jobId), 1);
        vm.assertEq(c.resultOf(jobId), CID);
        vm.assertFalse(market.getJob(jobId).callbackPending);
    }

    // ------------------------------------------------------------------ starving the callback

    function _neededGas() internal pure returns (uint256) {
        return CALLBACK_GAS + CALLBACK_GAS / 63 + CALLBACK_RESERVE;
    }

    function _assertCallbackGasTooLow(bool ok, bytes memory ret) internal pure {
        vm.assertFalse(ok, "call should fail");
        vm.assertEq(bytes32(bytes4(ret)), bytes32(IPondMarket.CallbackGasTooLow.selector), "CallbackGasTooLow");
        (, uint256 needed) = abi.decode(_args(ret), (uint256, uint256));
        vm.assertEq(needed, _neededGas());
    }

    function _args(bytes memory ret) internal pure returns (bytes memory args) {
        args = new bytes(ret.length - 4);
        for (uint256 i; i < args.length; ++i) args[i] = ret[i + 4];
    }

    function test_finalize_tooLittleGasForCallbackReverts() public {
        PondClient c = new RevertingClient(market);
        uint256 jobId = _finalizableClientJob(c);

        (bool ok, bytes memory ret) = address(market).call{gas: 200_000}(abi.encodeCall(market.finalize, (jobId, _terms(jobId), _result(jobId))));
        _assertCallbackGasTooLow(ok, ret);
        vm.assertEq(uint256(_status(jobId)), uint256(JobStatus.Submitted), "nothing settled");

        market.finalize(jobId, _terms(jobId), _result(jobId));
        vm.assertEq(c.deliveries(jobId), 1);
    }

    function test_retryCallback_tooLittleGasForCallbackReverts() public {
        PondClient c = new RevertingClient(market);
        c.setBroken(true);
        uint256 jobId = _finalizableClientJob(c);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        c.setBroken(false);

        (bool ok, bytes memory ret) = address(market).call{gas: 150_000}(abi.encodeCall(market.retryCallback, (jobId, 0, _terms(jobId))));
        _assertCallbackGasTooLow(ok, ret);
        vm.assertTrue(market.getJob(jobId).callbackPending, "still pending");
        vm.assertEq(c.deliveries(jobId), 0);
    }

    /// @dev A client that needs most of its stipend: whatever gas the caller brings, finalize
    ///      either reverts as a whole or delivers; it never settles with a starved callback.
    function testFuzz_finalize_callerCannotStarveCallback(uint256 gasGiven) public {
        HungryClient c = new HungryClient(market, HUNGRY_WORK);
        c.setBroken(true); // "broken" = hungry: burns HUNGRY_WORK gas, then accepts
        uint256 jobId = _finalizableClientJob(c);
        gasGiven = bound(gasGiven, 100_000, 1_000_000);

        (bool ok,) = address(market).call{gas: gasGiven}(abi.encodeCall(market.finalize, (jobId, _terms(jobId), _result(jobId))));

        if (ok) {
            vm.assertEq(c.deliveries(jobId), 1, "settled with a starved callback");
            vm.assertFalse(market.getJob(jobId).callbackPending);
        } else {
            vm.assertEq(uint256(_status(jobId)), uint256(JobStatus.Submitted), "a failed finalize changed state");
        }
    }

    /// @dev Calibrated so that the callback fits in the stipend with about 2,000 gas to spare.
    uint256 internal constant HUNGRY_WORK = 109_000;

    function test_finalize_hungryClientFitsTheStipend() public {
        HungryClient c = new HungryClient(market, HUNGRY_WORK);
        c.setBroken(true);
        uint256 jobId = _finalizableClientJob(c);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        vm.assertEq(c.deliveries(jobId), 1, "the calibrated client must fit the stipend");
    }

    function test_finalize_callerCannotStarveCallback_atTheThreshold() public {
        HungryClient c = new HungryClient(market, HUNGRY_WORK);
        c.setBroken(true);
        uint256 jobId = _finalizableClientJob(c);
        // Walk the gas given across the threshold where the stipend check starts to pass.
        for (uint256 g = _neededGas(); g < _neededGas() + 60_000; g += 250) {
            (bool ok,) = address(market).call{gas: g}(abi.encodeCall(market.finalize, (jobId, _terms(jobId), _result(jobId))));
            if (ok) {
                vm.assertEq(c.deliveries(jobId), 1, "settled with a starved callback");
                return;
            }
            vm.assertEq(uint256(_status(jobId)), uint256(JobStatus.Submitted));
        }
        vm.assertTrue(false, "finalize never succeeded");
    }

    // ------------------------------------------------------------------ refunds

    /// @dev The refund of a client whose result callback burns all gas is still sent to it (its
    ///      `receive` is plain), and the janitor that cancels pays only for capped calls.
    function test_cancelJob_expiredClientJobRefundIsSentToTheClient() public {
        PondClient c = new GasBurningClient(market);
        c.setBroken(true);
        uint256 jobId = c.run{value: PRICE + SOLVER_FEE}(MODULE, "moo");
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);

        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.JobRefunded(jobId, address(c), PRICE + SOLVER_FEE, RefundReason.Expired);
        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.Withdrawn(address(c), address(0), PRICE + SOLVER_FEE, address(c));
        vm.prank(stranger);
        market.cancelJob(jobId, _terms(jobId));

        vm.assertEq(market.balanceOf(address(c), address(0)), 0);
        vm.assertEq(address(c).balance, PRICE + SOLVER_FEE);
    }
}
