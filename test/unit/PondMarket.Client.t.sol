// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase, RecordingClient} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IModuleRegistry} from "../../src/interfaces/IModuleRegistry.sol";
import {JobStatus, RefundReason} from "../../src/types/Status.sol";

/// @notice Contracts as clients: runModuleWithDefaultMediators, the receiveJobResults callback,
///         its failure and retryCallback, and refunds to a client.
contract PondMarketClientTest is PondUnitBase {
    string internal constant MODULE = "cowsay:v0.0.1";
    uint256 internal constant VALUE = 2 ether;

    RecordingClient internal client;

    function setUp() public override {
        super.setUp();
        client = new RecordingClient(market);
    }

    function _run(uint256 value) internal returns (uint256) {
        return client.run{value: value}(MODULE, "hello");
    }

    /// @dev A client job taken through match and submit, its window passed.
    function _clientJobReadyToFinalize() internal returns (uint256 jobId, uint256 offerId) {
        offerId = _providerReady(10 ether);
        jobId = _run(VALUE);
        _match(jobId, offerId);
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
    }

    // ------------------------------------------------------------------ runModuleWithDefaultMediators

    function test_runModuleWithDefaultMediators_postsJobFromModuleDefaults() public {
        IPondMarket.JobRequest memory expected = IPondMarket.JobRequest({
            moduleId: moduleId,
            token: address(0),
            price: uint96(VALUE - SOLVER_FEE),
            solverFee: SOLVER_FEE,
            resources: _resources(),
            runTime: RUN_TIME,
            expiry: uint40(block.timestamp + CLIENT_JOB_LIFETIME),
            committeeId: 0,
            callback: true,
            inputs: "hello"
        });
        vm.expectEmit(address(market));
        emit IPondMarket.JobPosted(1, address(client), moduleId, expected, _defaultCommittee(), 3, MEDIATOR_FEE);
        uint256 jobId = _run(VALUE);

        IPondMarket.Job memory j = market.getJob(jobId);
        IPondMarket.JobTerms memory jt = _terms(jobId);
        assertEq(jt.creator, address(client));
        assertEq(jt.price, VALUE - SOLVER_FEE);
        assertEq(jt.solverFee, SOLVER_FEE);
        assertTrue(j.callback);
        assertEq(jt.committeeId, _defaultCommittee());
        assertEq(j.committeeSize, 3);
        assertEq(jt.mediatorFee, MEDIATOR_FEE);
        assertEq(j.deadline, block.timestamp + CLIENT_JOB_LIFETIME);
        assertEq(address(market).balance, VALUE);
        assertEq(_bal(address(client)), 0);
    }

    function test_runModuleWithDefaultMediators_moduleWithoutSolverFee() public {
        IModuleRegistry.ModuleRequest memory m = _moduleRequest("free", "1");
        m.defaultSolverFee = 0;
        registry.publish(m);
        uint256 jobId = client.run{value: 1}("free:1", "{}");
        assertEq(_terms(jobId).price, 1);
        assertEq(_terms(jobId).solverFee, 0);
    }

    function test_runModuleWithDefaultMediators_revertsWhenValueEqualsSolverFee() public {
        // The least is the solver fee, the delivery fee (0 at a base fee of 0) and a price of 1.
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueTooSmall.selector, SOLVER_FEE, SOLVER_FEE + 1));
        _run(SOLVER_FEE);
    }

    function test_runModuleWithDefaultMediators_revertsWhenValueZero() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueTooSmall.selector, 0, SOLVER_FEE + 1));
        _run(0);
    }

    function test_runModuleWithDefaultMediators_revertsWhenModuleVersionUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.ModuleVersionNotFound.selector, "cowsay:v9"));
        client.run{value: VALUE}("cowsay:v9", "hello");
    }

    function test_runModuleWithDefaultMediators_revertsWhenPriceTooLarge() public {
        uint256 value = uint256(type(uint96).max) + SOLVER_FEE + 1;
        vm.deal(address(this), value);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.PriceTooLarge.selector, value - SOLVER_FEE));
        _run(value);
    }

    function test_runModuleWithDefaultMediators_revertsWhenModuleRunTimeAboveMax() public {
        IModuleRegistry.ModuleRequest memory m = _moduleRequest("slow", "1");
        m.defaultRunTime = MAX_RUN_TIME + 1;
        registry.publish(m);
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.RunTimeInvalid.selector, MAX_RUN_TIME + 1, MAX_RUN_TIME)
        );
        client.run{value: VALUE}("slow:1", "hello");
    }

    /// @dev Governance can stop allowing the native currency for new jobs (`configureToken`
    ///      NatSpec: "for new deposits, offers and jobs"); `postJob` then refuses native jobs, and
    ///      so must the contract-client entry point.
    function test_runModuleWithDefaultMediators_revertsWhenNativeDisallowed() public {
        vm.prank(governance);
        market.configureToken(address(0), false, MEDIATOR_FEE);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenNotAllowed.selector, address(0)));
        _run(VALUE);
    }

    // ------------------------------------------------------------------ callback

    function test_finalize_deliversResultToClient() public {
        (uint256 jobId,) = _clientJobReadyToFinalize();
        assertEq(market.pendingResult(jobId), "");

        vm.expectEmit(address(market));
        emit IPondMarket.JobSettled(jobId, JobStatus.Accepted, VALUE - SOLVER_FEE + _collateralOf(VALUE - SOLVER_FEE), 0, 0);
        vm.expectEmit(address(market));
        emit IPondMarket.CallbackDelivered(jobId, address(client));
        market.finalize(jobId, _terms(jobId), _result(jobId));

        assertEq(client.calls(), 1);
        assertEq(client.lastJobId(), jobId);
        assertEq(client.lastCid(), CID);
        assertEq(market.pendingResult(jobId), "");
        assertFalse(market.getJob(jobId).callbackPending);
        // The client paid exactly what it sent: all of it went to the provider and the solver.
        assertEq(_bal(address(client)), 0);
        assertEq(_bal(provider), 10 ether + VALUE - SOLVER_FEE);
        assertEq(_bal(solver), SOLVER_FEE);
        assertEq(address(market).balance, 10 ether + VALUE);
    }

    function test_finalize_revertingClientDoesNotBlockSettlement() public {
        (uint256 jobId,) = _clientJobReadyToFinalize();
        client.setReverting(true);

        vm.expectEmit(address(market));
        emit IPondMarket.CallbackFailed(jobId, address(client));
        market.finalize(jobId, _terms(jobId), _result(jobId));

        assertEq(_status(jobId), JobStatus.Accepted);
        assertTrue(market.getJob(jobId).callbackPending);
        assertEq(market.pendingResult(jobId), CID);
        assertEq(_bal(provider), 10 ether + VALUE - SOLVER_FEE);
        assertEq(client.calls(), 0);
    }

    function test_finalize_revertsWhenGasBelowStipend() public {
        (uint256 jobId,) = _clientJobReadyToFinalize();
        uint256 needed = uint256(CALLBACK_GAS) + CALLBACK_GAS / 63 + CALLBACK_RESERVE;
        (bool ok, bytes memory ret) =
            address(market).call{gas: 200_000}(abi.encodeCall(IPondMarket.finalize, (jobId, _terms(jobId), _result(jobId))));
        assertFalse(ok);
        assertEq(bytes4(ret), IPondMarket.CallbackGasTooLow.selector);
        (uint256 available, uint256 neededReported) = abi.decode(_args(ret), (uint256, uint256));
        assertEq(neededReported, needed);
        assertTrue(available < needed);
        // Nothing settled: the job can still be finalized with enough gas.
        assertEq(_status(jobId), JobStatus.Submitted);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(client.calls(), 1);
    }

    function test_finalize_callbackToEoaCreatorFails() public {
        (uint256 jobId,) = _submittedCallbackJob();
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.expectEmit(address(market));
        emit IPondMarket.CallbackFailed(jobId, creator);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertTrue(market.getJob(jobId).callbackPending);
    }

    function test_resolveChallenge_providerRightDeliversResult() public {
        _defaultCommittee();
        uint256 jobId = _run(VALUE);
        uint256 offerId = _providerReady(10 ether);
        _match(jobId, offerId);
        _submit(jobId);
        vm.prank(stranger);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        _castVotes(jobId, [uint8(1), 1, 1]);
        vm.expectEmit(address(market));
        emit IPondMarket.CallbackDelivered(jobId, address(client));
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        assertEq(client.lastCid(), CID);
    }

    // ------------------------------------------------------------------ retryCallback

    /// @dev A retry with forged terms naming another creator would call someone else back with
    ///      the client's result (and pay its delivery from the client's escrow): refused.
    function test_retryCallback_refusesTermsNamingAnotherClient() public {
        (uint256 jobId,) = _clientJobReadyToFinalize();
        client.setReverting(true);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        client.setReverting(false);
        IPondMarket.JobTerms memory forged = _terms(jobId);
        forged.creator = stranger;
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TermsMismatch.selector, jobId));
        market.retryCallback(jobId, 0, forged);
        vm.assertTrue(market.getJob(jobId).callbackPending, "still pending for the client");
        assertEq(client.calls(), 0);
    }

    function test_retryCallback_deliversAfterFailure() public {
        (uint256 jobId,) = _clientJobReadyToFinalize();
        client.setReverting(true);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        client.setReverting(false);

        vm.expectEmit(address(market));
        emit IPondMarket.CallbackDelivered(jobId, address(client));
        vm.prank(stranger);
        market.retryCallback(jobId, 0, _terms(jobId));

        assertEq(client.calls(), 1);
        assertEq(client.lastJobId(), jobId);
        assertEq(client.lastCid(), CID);
        assertFalse(market.getJob(jobId).callbackPending);
        assertEq(market.pendingResult(jobId), "");
    }

    function test_retryCallback_failsAgainWhileClientReverts() public {
        (uint256 jobId,) = _clientJobReadyToFinalize();
        client.setReverting(true);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        vm.expectEmit(address(market));
        emit IPondMarket.CallbackFailed(jobId, address(client));
        market.retryCallback(jobId, 0, _terms(jobId));
        assertTrue(market.getJob(jobId).callbackPending);
    }

    function test_retryCallback_revertsWhenGasBelowStipend() public {
        (uint256 jobId,) = _clientJobReadyToFinalize();
        client.setReverting(true);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        client.setReverting(false);
        (bool ok, bytes memory ret) =
            address(market).call{gas: 150_000}(abi.encodeCall(IPondMarket.retryCallback, (jobId, 0, _terms(jobId))));
        assertFalse(ok);
        assertEq(bytes4(ret), IPondMarket.CallbackGasTooLow.selector);
        (, uint256 needed) = abi.decode(_args(ret), (uint256, uint256));
        assertEq(needed, uint256(CALLBACK_GAS) + CALLBACK_GAS / 63 + CALLBACK_RESERVE);
        assertTrue(market.getJob(jobId).callbackPending);
    }

    function test_retryCallback_revertsAfterDelivery() public {
        (uint256 jobId,) = _clientJobReadyToFinalize();
        market.finalize(jobId, _terms(jobId), _result(jobId));
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NoCallbackPending.selector, jobId));
        market.retryCallback(jobId, 0, _terms(jobId));
    }

    function test_retryCallback_revertsForJobWithoutCallback() public {
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NoCallbackPending.selector, jobId));
        market.retryCallback(jobId, 0, _terms(jobId));
    }

    function test_retryCallback_revertsBeforeSettlement() public {
        uint256 jobId = _run(VALUE);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NoCallbackPending.selector, jobId));
        market.retryCallback(jobId, 0, _terms(jobId));
    }

    // ------------------------------------------------------------------ refunds to a client

    function test_cancelJob_expiredClientJobRefundsToClientBalance() public {
        uint256 jobId = _run(VALUE);
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        vm.expectEmit(address(market));
        emit IPondMarket.JobRefunded(jobId, address(client), VALUE, RefundReason.Expired);
        vm.prank(stranger);
        market.cancelJob(jobId, _terms(jobId));

        assertEq(_bal(address(client)), VALUE);
        assertEq(client.calls(), 0);
        address to = makeAddr("client-owner");
        client.withdrawAll(to);
        assertEq(to.balance, VALUE);
    }

    function test_timeoutJob_clientRefundedWithCollateral() public {
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _run(VALUE);
        _match(jobId, offerId);
        vm.warp(block.timestamp + RUN_TIME);
        uint256 price = VALUE - SOLVER_FEE;
        vm.expectEmit(address(market));
        emit IPondMarket.JobRefunded(jobId, address(client), price + _collateralOf(price), RefundReason.ProviderTimedOut);
        market.timeoutJob(jobId, _terms(jobId));
        assertEq(_bal(address(client)), price + _collateralOf(price));
        assertEq(client.calls(), 0);
    }

    // ------------------------------------------------------------------ helpers

    function _args(bytes memory ret) internal pure returns (bytes memory args) {
        args = new bytes(ret.length - 4);
        for (uint256 i; i < args.length; ++i) {
            args[i] = ret[i + 4];
        }
    }
}
