// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "../unit/PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {RefundReason} from "../../src/types/Status.sol";
import {PondClientExample} from "../../src/examples/PondClientExample.sol";

/// @notice The example client of the README works as it says: the simple entry point gets a
///         result, the full one gets its own gas, its refund goes to the owner with a failure
///         notice, and it pays in an ERC-20.
contract PondClientExampleTest is PondUnitBase {
    uint256 internal constant BASE_FEE = 1 gwei;

    PondClientExample internal example;
    address internal owner = makeAddr("example-owner");
    address internal user = makeAddr("example-user");
    uint256 internal offerId;

    function setUp() public override {
        super.setUp();
        vm.fee(BASE_FEE);
        example = new PondClientExample(market, owner);
        offerId = _providerReady(100 ether);
        vm.deal(user, 100 ether);
    }

    function _deliverResult(uint256 jobId) internal {
        _match(jobId, offerId);
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.prank(provider);
        market.finalize(jobId, _terms(jobId), _result(jobId));
    }

    function test_runCowsay_getsItsResult() public {
        vm.prank(user);
        uint256 jobId = example.runCowsay{value: 2 ether}("moo");
        _deliverResult(jobId);
        assertEq(example.resultOf(jobId), CID);
    }

    function test_runWithOptions_getsItsResultWithItsOwnGasAndReturnsTheChange() public {
        IPondMarket.Quote memory q = market.quote("cowsay:v0.0.1", 1_000_000);
        vm.prank(user);
        uint256 jobId = example.runWithOptions{value: 3 ether}("cowsay:v0.0.1", "moo", 1 ether, 1_000_000);
        assertEq(user.balance, 100 ether - 1 ether - q.solverFee - q.deliveryFee, "the change came back");
        assertEq(_terms(jobId).price, 1 ether);
        (address refundTo, uint32 gasLimit,, bool notify) = market.clientTerms(jobId);
        assertEq(refundTo, owner);
        assertEq(gasLimit, 1_000_000);
        assertTrue(notify);
        _deliverResult(jobId);
        assertEq(example.resultOf(jobId), CID);
    }

    function test_runWithOptions_refundGoesToTheOwnerWithAFailureNotice() public {
        vm.prank(user);
        uint256 jobId = example.runWithOptions{value: 2 ether}("cowsay:v0.0.1", "moo", 1 ether, 0);
        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        market.cancelJob(jobId, _terms(jobId));
        assertTrue(example.failed(jobId));
        assertEq(uint8(example.failureOf(jobId)), uint8(RefundReason.Expired));
        assertEq(owner.balance, 1 ether + SOLVER_FEE, "price and solver fee to the owner; the delivery fee paid the notice");
    }

    function test_runWithToken_paysInTheToken() public {
        token.mint(user, 2 ether);
        vm.prank(user);
        token.approve(address(example), 1 ether + SOLVER_FEE);
        uint256 deliveryFee = market.quote("cowsay:v0.0.1", 0).deliveryFee;
        vm.prank(user);
        uint256 jobId = example.runWithToken{value: 1 ether}(
            "cowsay:v0.0.1", "moo", token, 1 ether, SOLVER_FEE, 0
        );
        assertEq(token.balanceOf(user), 1 ether - SOLVER_FEE);
        assertEq(user.balance, 100 ether - deliveryFee);
        IPondMarket.JobTerms memory j = _terms(jobId);
        assertEq(j.token, address(token));
        assertEq(j.price, 1 ether);

        vm.warp(block.timestamp + CLIENT_JOB_LIFETIME);
        market.cancelJob(jobId, _terms(jobId));
        assertEq(token.balanceOf(owner), 1 ether + SOLVER_FEE, "the token refund goes to the owner");
    }

    function test_callbacks_onlyFromTheMarket() public {
        vm.expectRevert(abi.encodeWithSelector(PondClientExample.NotPond.selector, address(this)));
        example.receiveJobResults(1, CID);
        vm.expectRevert(abi.encodeWithSelector(PondClientExample.NotPond.selector, address(this)));
        example.receiveJobFailure(1, RefundReason.Expired);
    }

    function test_withdraw_onlyTheOwner() public {
        vm.deal(address(example), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(PondClientExample.NotOwner.selector, address(this)));
        example.withdraw(1 ether, address(this));
        vm.prank(owner);
        example.withdraw(1 ether, owner);
        assertEq(owner.balance, 1 ether);
    }
}
