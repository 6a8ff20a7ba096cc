// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus, RefundReason} from "../../src/types/Status.sol";
import {StoringClient} from "../clients/StoringClient.sol";
import {ReceivingClient, OptionsClient} from "../clients/Clients.sol";

/// @notice Issue 9's proof: contract clients get their results and their refunds. A storing
///         client like those Lilypad's users deploy (2 ether, cold storage, a 59-byte CID, no
///         `receive`, no `withdraw`) gets its result; a hungrier one gets the gas it asks for; a
///         failed delivery is retried with more gas; refunds are sent to clients that can take
///         them and kept in the balance of those that cannot; ERC-20 clients pay and are
///         refunded in their token; the deliverer is paid and the books balance.
contract PondMarketContractClientsTest is PondUnitBase {
    string internal constant MODULE = "cowsay:v0.0.1";
    uint256 internal constant BASE_FEE = 1 gwei;

    uint256 internal offerId;
    address internal finalizer = makeAddr("finalizer");

    function setUp() public override {
        super.setUp();
        vm.fee(BASE_FEE);
        offerId = _providerReady(100 ether);
    }

    function _fee(uint256 gasLimit) internal pure returns (uint256) {
        return _deliveryFeeOf(gasLimit, BASE_FEE);
    }

    /// @dev The job matched, its result submitted and its challenge window over.
    function _toFinalize(uint256 jobId) internal {
        _match(jobId, offerId);
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
    }

    /// @dev The market holds exactly the free balances of `accounts` (everything else settled).
    function _assertBooks(address[] memory accounts) internal view {
        uint256 sum;
        for (uint256 i; i < accounts.length; ++i) {
            sum += market.balanceOf(accounts[i], address(0));
        }
        assertEq(address(market).balance, sum, "native held == free balances");
    }

    function _accounts(address a, address b) internal view returns (address[] memory list) {
        list = new address[](5);
        (list[0], list[1], list[2], list[3], list[4]) = (provider, solver, finalizer, a, b);
    }

    function _options() internal pure returns (IPondMarket.ClientOptions memory o) {
        o.solverFee = SOLVER_FEE;
    }

    // ------------------------------------------------------------------ results

    function test_storingClient_receivesItsResultWithTwoEther() public {
        StoringClient client = new StoringClient(market);
        assertEq(bytes(CID).length, 59);
        uint256 fee = _fee(CALLBACK_GAS);
        uint256 price = 2 ether - SOLVER_FEE - fee;

        vm.expectEmit(address(market));
        emit IPondMarket.ClientJobPosted(1, address(client), CALLBACK_GAS, fee, false);
        uint256 jobId = client.run{value: 2 ether}("moo");
        assertEq(_terms(jobId).price, price, "the rest of the 2 ether is the price");
        _toFinalize(jobId);

        vm.expectEmit(address(market));
        emit IPondMarket.DeliveryFeePaid(jobId, finalizer, fee);
        vm.expectEmit(address(market));
        emit IPondMarket.CallbackDelivered(jobId, address(client));
        vm.prank(finalizer);
        market.finalize(jobId, _terms(jobId), _result(jobId));

        assertEq(client.lastJobId(), jobId);
        assertEq(client.lastCid(), CID);
        assertEq(client.resultCount(), 1);
        (uint256 storedId, string memory storedCid) = client.results(0);
        assertEq(storedId, jobId);
        assertEq(storedCid, CID);
        assertEq(market.pendingResult(jobId), "");
        assertFalse(market.getJob(jobId).callbackPending);
        // The client paid exactly its 2 ether: the price to the provider, the solver fee to the
        // solver, the delivery fee to whoever called it back.
        assertEq(_bal(provider), 100 ether + price);
        assertEq(_bal(solver), SOLVER_FEE);
        assertEq(_bal(finalizer), fee);
        assertEq(_bal(address(client)), 0);
        (,, uint256 feeLeft,) = market.clientTerms(jobId);
        assertEq(feeLeft, 0, "the delivery fee is paid once");
        _assertBooks(_accounts(address(client), address(0)));
    }

    function test_runModule_clientNeedingMoreThanTheDefaultGetsIt() public {
        OptionsClient client = new OptionsClient(market);
        client.setWork(600_000);
        IPondMarket.ClientOptions memory o = _options();
        o.callbackGasLimit = 800_000;
        uint256 fee = _fee(800_000);
        vm.deal(address(client), 10 ether);
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", o);
        (address refundTo, uint32 gasLimit, uint256 held, bool notify) = market.clientTerms(jobId);
        assertEq(refundTo, address(client));
        assertEq(gasLimit, 800_000);
        assertEq(held, fee);
        assertFalse(notify);
        _toFinalize(jobId);

        vm.prank(finalizer);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(client.deliveries(), 1);
        assertEq(client.lastCid(), CID);
        assertEq(_bal(finalizer), fee);
        _assertBooks(_accounts(address(client), address(0)));
    }

    /// @dev The twin: the same client on the default limit fails, and the deliverer is still paid
    ///      (it brought the gas; the client's callback used it all).
    function test_runModule_hungryClientOnTheDefaultLimitFails() public {
        OptionsClient client = new OptionsClient(market);
        client.setWork(600_000);
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", _options());
        _toFinalize(jobId);
        vm.expectEmit(address(market));
        emit IPondMarket.CallbackFailed(jobId, address(client));
        vm.prank(finalizer);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(client.deliveries(), 0);
        assertTrue(market.getJob(jobId).callbackPending);
        assertEq(market.pendingResult(jobId), CID);
        assertEq(_bal(finalizer), _fee(CALLBACK_GAS));
    }

    function test_retryCallback_withMoreGasDeliversAfterAFailure() public {
        OptionsClient client = new OptionsClient(market);
        client.setWork(600_000);
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", _options());
        _toFinalize(jobId);
        vm.prank(finalizer);
        market.finalize(jobId, _terms(jobId), _result(jobId));

        // The job's own limit fails again; more gas delivers, once, and is not paid again.
        market.retryCallback(jobId, 0, _terms(jobId));
        assertEq(client.deliveries(), 0);
        vm.expectEmit(address(market));
        emit IPondMarket.CallbackDelivered(jobId, address(client));
        vm.prank(stranger);
        market.retryCallback(jobId, 800_000, _terms(jobId));
        assertEq(client.deliveries(), 1);
        assertEq(client.lastCid(), CID);
        assertEq(_bal(stranger), 0, "only the first attempt is paid");
        assertFalse(market.getJob(jobId).callbackPending);
        assertEq(market.pendingResult(jobId), "");
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NoCallbackPending.selector, jobId));
        market.retryCallback(jobId, 800_000, _terms(jobId));
    }

    function test_retryCallback_revertsWhenTheCallerBringsTooLittleGas() public {
        OptionsClient client = new OptionsClient(market);
        client.setWork(600_000);
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", _options());
        _toFinalize(jobId);
        vm.prank(finalizer);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        (bool ok, bytes memory ret) =
            address(market).call{gas: 700_000}(abi.encodeCall(IPondMarket.retryCallback, (jobId, 800_000, _terms(jobId))));
        assertFalse(ok);
        assertEq(bytes4(ret), IPondMarket.CallbackGasTooLow.selector);
        assertTrue(market.getJob(jobId).callbackPending);
    }

    // ------------------------------------------------------------------ refunds

    function test_cancelJob_refundReachesAClientWithReceive() public {
        ReceivingClient client = new ReceivingClient(market);
        uint256 jobId = client.run{value: 2 ether}("moo");
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);

        vm.expectEmit(address(market));
        emit IPondMarket.Withdrawn(address(client), address(0), 2 ether, address(client));
        vm.prank(stranger);
        market.cancelJob(jobId, _terms(jobId));

        assertEq(client.received(), 2 ether, "all of it back: price, solver fee and delivery fee");
        assertEq(address(client).balance, 2 ether);
        assertEq(_bal(address(client)), 0);
        _assertBooks(_accounts(address(client), stranger));
    }

    function test_cancelJob_refundFallsBackToTheBalanceOfAClientWithoutReceive() public {
        StoringClient client = new StoringClient(market);
        uint256 jobId = client.run{value: 2 ether}("moo");
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);

        vm.expectEmit(address(market));
        emit IPondMarket.RefundHeld(jobId, address(client), address(0), 2 ether);
        vm.prank(stranger);
        market.cancelJob(jobId, _terms(jobId));

        assertEq(_bal(address(client)), 2 ether);
        assertEq(address(client).balance, 0);
        _assertBooks(_accounts(address(client), stranger));
    }

    function test_timeoutJob_refundAndCompensationReachTheClient() public {
        ReceivingClient client = new ReceivingClient(market);
        uint256 jobId = client.run{value: 2 ether}("moo");
        uint256 price = _terms(jobId).price;
        _match(jobId, offerId);
        vm.warp(block.timestamp + RUN_TIME);
        market.timeoutJob(jobId, _terms(jobId));
        assertEq(client.received(), price + _collateralOf(price) + _fee(CALLBACK_GAS));
        assertEq(_bal(address(client)), 0);
        _assertBooks(_accounts(address(client), address(0)));
    }

    function test_resolveChallenge_rejectedResultRefundReachesTheClient() public {
        ReceivingClient client = new ReceivingClient(market);
        uint256 jobId = client.run{value: 2 ether}("moo");
        uint256 price = _terms(jobId).price;
        _match(jobId, offerId);
        _submit(jobId);
        vm.prank(stranger);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        _castVotes(jobId, [uint8(2), 2, 2]);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        uint256 toClient = price + _collateralOf(price) - _bountyOf(price) - COMMITTEE_FEE;
        assertEq(client.received(), toClient + _fee(CALLBACK_GAS));
        assertEq(client.resultCount(), 0);
    }

    function test_runModule_refundGoesToTheRefundAddress() public {
        OptionsClient client = new OptionsClient(market);
        IPondMarket.ClientOptions memory o = _options();
        address wallet = makeAddr("client-owner");
        o.refundTo = wallet;
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", o);
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(wallet.balance, 2 ether);
        assertEq(client.received(), 0);
    }

    function test_runModule_failureNoticeTellsTheClientWhyAndPaysItsDeliverer() public {
        OptionsClient client = new OptionsClient(market);
        IPondMarket.ClientOptions memory o = _options();
        o.notifyFailure = true;
        uint256 jobId = client.run{value: 2 ether}(MODULE, "moo", o);
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        vm.expectEmit(address(market));
        emit IPondMarket.DeliveryFeePaid(jobId, stranger, _fee(CALLBACK_GAS));
        vm.prank(stranger);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(client.failures(), 1);
        assertEq(client.lastJobId(), jobId);
        assertEq(uint8(client.lastReason()), uint8(RefundReason.Expired));
        assertEq(client.received(), 2 ether - _fee(CALLBACK_GAS), "the delivery fee paid the notice");
        assertEq(_bal(stranger), _fee(CALLBACK_GAS));
    }

    // ------------------------------------------------------------------ ERC-20 clients

    function _tokenClient(uint256 amount) internal returns (OptionsClient client, IPondMarket.ClientOptions memory o) {
        client = new OptionsClient(market);
        token.mint(address(client), amount);
        o = _options();
        o.token = address(token);
        o.amount = amount;
    }

    function test_runModule_erc20ClientPaysInTheTokenAndGetsItsResult() public {
        (OptionsClient client, IPondMarket.ClientOptions memory o) = _tokenClient(2 ether);
        uint256 fee = _fee(CALLBACK_GAS);
        uint256 jobId = client.run{value: fee}(MODULE, "moo", o);
        IPondMarket.JobTerms memory j = _terms(jobId);
        assertEq(j.token, address(token));
        assertEq(j.price, 2 ether - SOLVER_FEE);
        assertEq(token.balanceOf(address(client)), 0);

        _fundTokens(provider, 100 ether);
        vm.prank(provider);
        uint256 tokenOffer = market.postOffer(_tokenOfferRequest());
        vm.prank(solver);
        market.matchJob(jobId, tokenOffer, _terms(jobId));
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.prank(finalizer);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(client.lastCid(), CID);
        assertEq(_tokBal(provider), 100 ether + j.price);
        assertEq(_bal(finalizer), fee, "the delivery is paid in the native currency");
    }

    function test_cancelJob_erc20ClientIsRefundedInTheToken() public {
        (OptionsClient client, IPondMarket.ClientOptions memory o) = _tokenClient(2 ether);
        uint256 fee = _fee(CALLBACK_GAS);
        uint256 jobId = client.run{value: fee}(MODULE, "moo", o);
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        vm.prank(stranger);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(token.balanceOf(address(client)), 2 ether, "the token back");
        assertEq(client.received(), fee, "the unused delivery fee back");
        assertEq(_tokBal(address(client)), 0);
        assertEq(_bal(address(client)), 0);
        assertEq(token.balanceOf(address(market)), _tokBal(provider));
    }

    function test_runModule_erc20ClientMustSendTheDeliveryFeeExactly() public {
        (OptionsClient client, IPondMarket.ClientOptions memory o) = _tokenClient(2 ether);
        uint256 fee = _fee(CALLBACK_GAS);
        vm.deal(address(this), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueMismatch.selector, fee - 1, fee));
        client.run{value: fee - 1}(MODULE, "moo", o);
    }

    // ------------------------------------------------------------------ quote and posting

    function test_quote_isTheLeastValueTheMarketAccepts() public {
        IPondMarket.Quote memory q = market.quote(MODULE, 0);
        assertEq(q.minPrice, 1);
        assertEq(q.solverFee, SOLVER_FEE);
        assertEq(q.callbackGasLimit, CALLBACK_GAS);
        assertEq(q.deliveryGasPrice, 2 * BASE_FEE);
        assertEq(q.deliveryFee, _fee(CALLBACK_GAS));
        assertEq(q.value, 1 + SOLVER_FEE + _fee(CALLBACK_GAS));

        StoringClient client = new StoringClient(market);
        vm.deal(address(client), 10 ether);
        vm.prank(address(client));
        uint256 jobId = market.runModuleWithDefaultMediators{value: q.value}(MODULE, "moo");
        assertEq(_terms(jobId).price, 1);

        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueTooSmall.selector, q.value - 1, q.value));
        vm.prank(address(client));
        market.runModuleWithDefaultMediators{value: q.value - 1}(MODULE, "moo");
    }

    function test_quote_forAChosenGasLimit() public view {
        IPondMarket.Quote memory q = market.quote(MODULE, 1_000_000);
        assertEq(q.deliveryFee, _fee(1_000_000));
        assertEq(q.value, 1 + SOLVER_FEE + _fee(1_000_000));
    }

    function test_runModule_revertsAboveTheGasLimitCap() public {
        OptionsClient client = new OptionsClient(market);
        IPondMarket.ClientOptions memory o = _options();
        o.callbackGasLimit = MAX_CALLBACK_GAS + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.CallbackGasLimitTooHigh.selector, MAX_CALLBACK_GAS + 1, MAX_CALLBACK_GAS)
        );
        client.run{value: 2 ether}(MODULE, "moo", o);
    }

    function test_postJob_withCallbackEscrowsTheDeliveryFee() public {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.callback = true;
        uint256 fee = _fee(CALLBACK_GAS);
        vm.prank(creator);
        uint256 jobId = market.postJob{value: PRICE + SOLVER_FEE + fee}(r);
        (address refundTo, uint32 gasLimit, uint256 held,) = market.clientTerms(jobId);
        assertEq(refundTo, creator);
        assertEq(gasLimit, CALLBACK_GAS);
        assertEq(held, fee);
        assertEq(address(market).balance, 100 ether + PRICE + SOLVER_FEE + fee);
    }

    // ------------------------------------------------------------------ deferred delivery

    /// @dev When gas got dearer than the delivery was priced at, the finalizer settles the job
    ///      without paying for the client's callback; whoever delivers later is paid the fee.
    function test_finalize_defersTheDeliveryWhileGasIsDearerThanItsPrice() public {
        StoringClient client = new StoringClient(market);
        uint256 jobId = client.run{value: 2 ether}("moo");
        uint256 price = _terms(jobId).price;
        _toFinalize(jobId);

        vm.fee(3 * BASE_FEE);
        vm.expectEmit(address(market));
        emit IPondMarket.CallbackDeferred(jobId, 2 * BASE_FEE, 3 * BASE_FEE);
        vm.prank(provider);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(_status(jobId), JobStatus.Accepted);
        assertEq(_bal(provider), 100 ether + price, "the provider is paid all the same");
        assertEq(client.resultCount(), 0);
        assertTrue(market.getJob(jobId).callbackPending);
        assertEq(market.pendingResult(jobId), CID);
        (,, uint256 held,) = market.clientTerms(jobId);
        assertEq(held, _fee(CALLBACK_GAS), "the fee waits for the deliverer");

        vm.fee(BASE_FEE);
        vm.prank(stranger);
        market.retryCallback(jobId, 0, _terms(jobId));
        assertEq(client.lastCid(), CID);
        assertEq(_bal(stranger), _fee(CALLBACK_GAS));
        _assertBooks(_accounts(address(client), stranger));
    }
}
