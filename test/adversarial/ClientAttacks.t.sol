// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "../unit/PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus, RefundReason} from "../../src/types/Status.sol";
import {StoringClient} from "../clients/StoringClient.sol";
import {OptionsClient} from "../clients/Clients.sol";
import {CostlyReceiver, GasBurningReceiver, ReentrantReceiver, RevertingClient} from "./fixtures/Clients.sol";
import {ReturnsFalseToken, FeeOnTransferToken} from "./fixtures/WeirdTokens.sol";

/// @notice Who can make whom lose money through the rules of issue 9: the deliverer's payment,
///         the gas limits clients choose, refunds sent by a call to an address the client names,
///         ERC-20 pulls, and the quote. Each test plays the attack with actors in several roles
///         and checks what the honest parties end with.
contract ClientAttacksTest is PondUnitBase {
    string internal constant MODULE = "cowsay:v0.0.1";
    uint256 internal constant BASE_FEE = 10 gwei;

    uint256 internal offerId;

    function setUp() public override {
        super.setUp();
        vm.fee(BASE_FEE);
        offerId = _providerReady(100 ether);
    }

    function _options() internal pure returns (IPondMarket.ClientOptions memory o) {
        o.solverFee = SOLVER_FEE;
    }

    function _toFinalize(uint256 jobId) internal {
        _match(jobId, offerId);
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
    }

    // ------------------------------------------------------------------ the deliverer's payment

    /// @dev A provider that finalizes its own deal with too little gas for the client's callback
    ///      would settle, pocket the delivery fee and leave the client without its result. The
    ///      market refuses: nothing is settled or paid until the caller brings the whole stipend.
    function test_attack_providerStarvesTheCallbackToKeepTheFee() public {
        StoringClient client = new StoringClient(market);
        uint256 jobId = client.run{value: 2 ether}("moo");
        _toFinalize(jobId);
        uint256 before = _bal(provider);
        vm.prank(provider);
        (bool ok, bytes memory ret) = address(market).call{gas: 300_000}(abi.encodeCall(IPondMarket.finalize, (jobId, _terms(jobId), _result(jobId))));
        assertFalse(ok);
        assertEq(bytes4(ret), IPondMarket.CallbackGasTooLow.selector);
        assertEq(_status(jobId), JobStatus.Submitted);
        assertEq(_bal(provider), before, "neither the price nor the delivery fee");
        vm.prank(provider);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(client.lastCid(), CID);
    }

    /// @dev A finalizer whose attempt failed (the client reverted) retries itself, hoping to be
    ///      paid again: the delivery fee is paid once, to the first attempt.
    function test_attack_delivererIsPaidOnce() public {
        RevertingClient client = new RevertingClient(market);
        client.setBroken(true);
        vm.deal(address(this), 10 ether);
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo");
        _toFinalize(jobId);
        (,, uint256 fee,) = market.clientTerms(jobId);
        vm.startPrank(provider);
        uint256 before = _bal(provider);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        uint256 paid = _bal(provider) - before;
        market.retryCallback(jobId, 0, _terms(jobId));
        client.setBroken(false);
        market.retryCallback(jobId, 0, _terms(jobId));
        vm.stopPrank();
        assertEq(_bal(provider) - before, paid, "retries are not paid");
        assertEq(paid, _terms(jobId).price + _collateralOf(_terms(jobId).price) + fee);
        assertEq(client.deliveries(jobId), 1);
    }

    /// @dev A client asks for the most gas the market allows and burns it all: the provider that
    ///      finalizes pays for that gas, and the delivery fee covers it at the price of the post.
    function test_attack_clientBurnsTheProvidersGasAndPaysForIt() public {
        _burnAttack(CID);
    }

    /// @dev The same with the longest result the market takes: the failed delivery stores it
    ///      (five slots) for the client to read, and the fee still covers it.
    function test_attack_clientBurnsTheProvidersGasWithTheLongestResult() public {
        _burnAttack(string(abi.encodePacked(CID, bytes(new string(128 - bytes(CID).length)))));
    }

    function _burnAttack(string memory cid) internal {
        OptionsClient client = new OptionsClient(market);
        client.setWork(type(uint256).max); // burns whatever it is given
        IPondMarket.ClientOptions memory o = _options();
        o.callbackGasLimit = MAX_CALLBACK_GAS;
        uint256 fee = _deliveryFeeOf(MAX_CALLBACK_GAS, BASE_FEE);
        vm.deal(address(client), 10 ether);
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", o);
        _match(jobId, offerId);
        vm.prank(provider);
        market.submitResult(jobId, cid);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);

        uint256 before = _bal(provider);
        IPondMarket.JobTerms memory terms = _terms(jobId);
        vm.prank(provider);
        uint256 gasBefore = gasleft();
        market.finalize(jobId, terms, cid);
        uint256 gasUsed = gasBefore - gasleft();
        assertEq(client.deliveries(), 0);
        assertEq(market.pendingResult(jobId), cid);
        uint256 price = _terms(jobId).price;
        assertEq(_bal(provider) - before, price + _collateralOf(price) + fee);

        // The provider's extra gas for the client, all of it, is what the fee was priced on.
        vm.assertLe(gasUsed - _plainFinalizeGas(), MAX_CALLBACK_GAS + DELIVERY_OVERHEAD_GAS, "the delivery fee covers the callback");
    }

    /// @dev Gas got dearer than the client paid for: the provider settles its deal without paying
    ///      for the client's callback, and is paid in full.
    function test_attack_gasSpikeNeverMakesTheProviderPay() public {
        StoringClient client = new StoringClient(market);
        uint256 jobId = client.run{value: 2 ether}("moo");
        uint256 price = _terms(jobId).price;
        _toFinalize(jobId);
        vm.fee(5 * BASE_FEE);
        uint256 before = _bal(provider);
        IPondMarket.JobTerms memory terms = _terms(jobId);
        vm.prank(provider);
        uint256 gasBefore = gasleft();
        market.finalize(jobId, terms, _result(jobId));
        uint256 gasUsed = gasBefore - gasleft();
        assertEq(_bal(provider) - before, price + _collateralOf(price));
        assertEq(client.resultCount(), 0);
        assertEq(market.pendingResult(jobId), CID);

        // What it cost the provider beyond a person's job: the CID kept for the client (three
        // slots, what every client job's submit paid before results were kept by hash), no
        // callback.
        vm.assertLt(gasUsed - _plainFinalizeGas(), 100_000, "no callback run (the storing client's needs 200,000)");
    }

    /// @dev What settlement costs without a callback: a person's job finalized by the provider
    ///      (its slots partly warm after the client's: cheaper, so a difference from it errs on
    ///      the provider's side).
    function _plainFinalizeGas() internal returns (uint256) {
        uint256 plainJob = _postDefaultJob();
        _toFinalize(plainJob);
        IPondMarket.JobTerms memory terms = _terms(plainJob);
        vm.prank(provider);
        uint256 gasBefore = gasleft();
        market.finalize(plainJob, terms, "");
        return gasBefore - gasleft();
    }

    /// @dev A client names a delivery gas price of 1 wei: its delivery waits, nobody pays for it,
    ///      and the provider is paid all the same.
    function test_attack_aCheapDeliveryPriceCostsOnlyTheClient() public {
        OptionsClient client = new OptionsClient(market);
        IPondMarket.ClientOptions memory o = _options();
        o.deliveryGasPrice = 1;
        vm.deal(address(client), 10 ether);
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", o);
        uint256 price = _terms(jobId).price;
        _toFinalize(jobId);
        uint256 before = _bal(provider);
        vm.prank(provider);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(_bal(provider) - before, price + _collateralOf(price));
        assertEq(client.deliveries(), 0);
        assertTrue(market.getJob(jobId).callbackPending);
        // The client (its owner) delivers to itself whenever it likes.
        market.retryCallback(jobId, 0, _terms(jobId));
        assertEq(client.deliveries(), 1);
    }

    // ------------------------------------------------------------------ refunds by call

    /// @dev A client names a refund address that burns all gas: the solver cleaning up the
    ///      expired job (the janitor) pays for at most the capped call, and the refund stays in
    ///      the client's balance.
    function test_attack_refundAddressBurnsTheJanitorsGas() public {
        OptionsClient client = new OptionsClient(market);
        IPondMarket.ClientOptions memory o = _options();
        o.refundTo = address(new GasBurningReceiver());
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", o);
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        IPondMarket.JobTerms memory terms = _terms(jobId);
        vm.prank(solver);
        uint256 gasBefore = gasleft();
        market.cancelJob(jobId, terms);
        uint256 used = gasBefore - gasleft();
        vm.assertLt(used, 200_000, "the refund call is capped");
        assertEq(_bal(address(client)), 2 ether, "kept for the client");
        assertEq(_bal(solver), 0);
    }

    /// @dev The refund is sent with a 100,000-gas call, but a call gets at most 63/64 of the gas
    ///      left: whoever ends the job (here the janitor cancelling it; anyone may) could send
    ///      just enough gas for the transaction and too little for the refund, whose failure is
    ///      caught, and the refund would stay in the market balance of a client that may have no
    ///      code to withdraw it (`eth_estimateGas` looks for such limits too: the least gas at
    ///      which the transaction succeeds). At every gas limit, the
    ///      cancellation either reverts or the refund address, which accepts with 50,000 gas,
    ///      is paid.
    function test_attack_cancellerStarvesTheRefundCall() public {
        OptionsClient client = new OptionsClient(market);
        CostlyReceiver receiver = new CostlyReceiver(50_000);
        IPondMarket.ClientOptions memory o = _options();
        o.refundTo = address(receiver);
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", o);
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        bytes memory call = abi.encodeCall(IPondMarket.cancelJob, (jobId, _terms(jobId)));
        uint256 snap = vm.snapshotState();
        uint256 succeeded;
        for (uint256 gas = 60_000; gas <= 400_000; gas += 5_000) {
            vm.prank(solver);
            (bool ok,) = address(market).call{gas: gas}(call);
            if (ok) {
                ++succeeded;
                assertEq(_status(jobId), JobStatus.Cancelled);
                assertEq(address(receiver).balance, 2 ether - _bal(solver), "the refund reached its address");
                assertEq(_bal(address(client)), 0, "nothing held for the client");
            }
            vm.revertToState(snap);
        }
        vm.assertGt(succeeded, 0, "some gas limit cancels the job");
    }

    /// @dev A creator whose client's callback burns all the gas it is given, finalized by the
    ///      provider in one batch beside a person's job. At every gas limit the batch either
    ///      reverts and settles nothing, or settles both (the burner's delivery failing,
    ///      `CallbackFailed`) and pays the provider: the burner cannot leave a successful batch
    ///      with a job unsettled, which the provider would pay to send again.
    function test_attack_burningCallbackInABatchLeavesNoJobUnsettled() public {
        OptionsClient burner = new OptionsClient(market);
        burner.setWork(type(uint256).max);
        uint256[] memory ids = new uint256[](2);
        ids[0] = burner.run{value: 2 ether}(MODULE, "moo", _options());
        ids[1] = _postDefaultJob();
        for (uint256 i; i < 2; ++i) {
            _match(ids[i], offerId);
            _submit(ids[i]);
        }
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        bytes memory call = abi.encodeCall(IPondMarket.finalizeJobs, (ids, _termsOf(ids), _resultsOf(ids)));
        uint256 before = _bal(provider);
        uint256 snap = vm.snapshotState();
        uint256 succeeded;
        for (uint256 gas = 100_000; gas <= 2_000_000; gas += 20_000) {
            vm.prank(provider);
            (bool ok,) = address(market).call{gas: gas}(call);
            JobStatus want = ok ? JobStatus.Accepted : JobStatus.Submitted;
            assertEq(_status(ids[0]), want);
            assertEq(_status(ids[1]), want);
            if (ok) {
                ++succeeded;
                vm.assertGt(_bal(provider), before, "the provider is paid");
            }
            vm.revertToState(snap);
        }
        vm.assertGt(succeeded, 0, "some gas limit settles both");
    }

    /// @dev The refund address re-enters the market when paid (cancelling another job, taking a
    ///      balance): the guarded functions refuse, and the refund arrives exactly once.
    function test_attack_refundAddressReentersTheMarket() public {
        ReentrantReceiver receiver = new ReentrantReceiver(market);
        OptionsClient client = new OptionsClient(market);
        IPondMarket.ClientOptions memory o = _options();
        o.refundTo = address(receiver);
        uint256 other = _postDefaultJob();
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", o);
        receiver.aim(other, _terms(other));
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(receiver.attempts(), 1);
        assertFalse(receiver.reentered());
        assertEq(address(receiver).balance, 2 ether);
        assertEq(address(market).balance, _bal(provider) + PRICE + SOLVER_FEE, "the other job is still escrowed");
    }

    /// @dev A client whose failure callback reverts: the refund still arrives, the canceller is
    ///      paid for the attempt, and nothing is stuck.
    function test_attack_revertingFailureNoticeBlocksNothing() public {
        RevertingNoticeClient client = new RevertingNoticeClient(market);
        IPondMarket.ClientOptions memory o = _options();
        o.notifyFailure = true;
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", o);
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        vm.expectEmit(address(market));
        emit IPondMarket.CallbackFailed(jobId, address(client));
        vm.prank(solver);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(_status(jobId), JobStatus.Cancelled);
        uint256 fee = _deliveryFeeOf(CALLBACK_GAS, BASE_FEE);
        assertEq(client.received(), 2 ether - fee);
        assertEq(_bal(solver), fee);
        assertEq(address(market).balance, _bal(provider) + _bal(solver));
    }

    // ------------------------------------------------------------------ ERC-20 pulls

    /// @dev A victim approved the market (to deposit later); an attacker's client job names the
    ///      token and the victim's allowance is of no use to it: the market pulls only from the
    ///      caller.
    function test_attack_runModuleCannotPullFromAnotherAccount() public {
        address victim = makeAddr("victim");
        token.mint(victim, 10 ether);
        vm.prank(victim);
        token.approve(address(market), type(uint256).max);
        OptionsClient attacker = new OptionsClient(market);
        IPondMarket.ClientOptions memory o = _options();
        o.token = address(token);
        o.amount = 5 ether;
        uint256 fee = _deliveryFeeOf(CALLBACK_GAS, BASE_FEE);
        vm.expectRevert();
        attacker.run{value: fee}(MODULE, "moo", o);
        assertEq(token.balanceOf(victim), 10 ether);
    }

    /// @dev A fee-on-transfer token: the client's job is priced on what arrived, so the market
    ///      never owes more of it than it holds.
    function test_attack_feeOnTransferTokenClientIsCreditedWhatArrived() public {
        FeeOnTransferToken feeToken = new FeeOnTransferToken(100); // 1%
        vm.prank(governance);
        market.configureToken(address(feeToken), true, uint96(MEDIATOR_FEE));
        OptionsClient client = new OptionsClient(market);
        feeToken.mint(address(client), 2 ether);
        IPondMarket.ClientOptions memory o = _options();
        o.token = address(feeToken);
        o.amount = 2 ether;
        uint256 fee = _deliveryFeeOf(CALLBACK_GAS, BASE_FEE);
        uint256 jobId = client.run{value: fee}(MODULE, "moo", o);
        assertEq(_terms(jobId).price, 2 ether - 0.02 ether - SOLVER_FEE);
        assertEq(feeToken.balanceOf(address(market)), 2 ether - 0.02 ether);
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(feeToken.balanceOf(address(market)), 0, "all it held went back");
    }

    /// @dev The token refuses the refund transfer (returns false): the refund stays in the
    ///      client's balance instead of being lost or blocking the cancel.
    function test_attack_tokenRefusingTheRefundKeepsItInTheBalance() public {
        ReturnsFalseToken falseToken = new ReturnsFalseToken();
        falseToken.setSabotaged(false);
        vm.prank(governance);
        market.configureToken(address(falseToken), true, uint96(MEDIATOR_FEE));
        OptionsClient client = new OptionsClient(market);
        falseToken.mint(address(client), 2 ether);
        IPondMarket.ClientOptions memory o = _options();
        o.token = address(falseToken);
        o.amount = 2 ether;
        uint256 fee = _deliveryFeeOf(CALLBACK_GAS, BASE_FEE);
        uint256 jobId = client.run{value: fee}(MODULE, "moo", o);
        falseToken.setSabotaged(true);
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        vm.expectEmit(address(market));
        emit IPondMarket.RefundHeld(jobId, address(client), address(falseToken), 2 ether);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(market.balanceOf(address(client), address(falseToken)), 2 ether);
        assertEq(client.received(), fee, "the native delivery fee still arrives");
    }

    // ------------------------------------------------------------------ the quote

    /// @dev Sending exactly the quote posts a job that pays its deliverer; a wei less is refused,
    ///      so no job exists whose delivery nobody is paid for.
    function test_attack_noJobBelowTheQuote() public {
        StoringClient client = new StoringClient(market);
        vm.deal(address(client), 10 ether);
        IPondMarket.Quote memory q = market.quote(MODULE, 0);
        vm.prank(address(client));
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueTooSmall.selector, q.value - 1, q.value));
        market.runModuleWithDefaultMediators{value: q.value - 1}(MODULE, "moo");
        vm.prank(address(client));
        uint256 jobId = market.runModuleWithDefaultMediators{value: q.value}(MODULE, "moo");
        (,, uint256 fee,) = market.clientTerms(jobId);
        assertEq(fee, q.deliveryFee);
    }

    // ------------------------------------------------------------------ several roles at once

    /// @dev One actor is the client's owner, its solver, its provider and its deliverer: it only
    ///      moves its own money, and the market holds exactly what the balances say.
    function test_attack_selfDealingClientMovesOnlyItsOwnMoney() public {
        address dealer = provider;
        vm.deal(dealer, 1_000 ether);
        vm.startPrank(dealer);
        StoringClient client = new StoringClient(market);
        uint256 walletBefore = dealer.balance;
        uint256 escrowBefore = _bal(dealer);
        uint256 jobId = client.run{value: 2 ether}("moo");
        market.matchJob(jobId, offerId, _terms(jobId));
        market.submitResult(jobId, CID);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        vm.stopPrank();
        assertEq(client.lastCid(), CID);
        // 2 ether left its wallet; all of it is back in its escrow (price, solver fee, delivery
        // fee): nobody else paid or was paid.
        assertEq(walletBefore - dealer.balance, 2 ether);
        assertEq(_bal(dealer) - escrowBefore, 2 ether);
        assertEq(address(market).balance, _bal(dealer));
    }
}

/// @notice A client that asks for a failure notice and reverts in it.
contract RevertingNoticeClient is OptionsClient {
    constructor(IPondMarket market_) OptionsClient(market_) {}

    function receiveJobFailure(uint256, RefundReason) external pure override {
        revert("no");
    }
}
