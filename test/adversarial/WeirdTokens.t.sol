// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {PondFixture} from "../utils/PondFixture.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus} from "../../src/types/Status.sol";
import {ReentrantToken, ReturnsFalseToken, MissingReturnToken, FeeOnTransferToken} from "./fixtures/WeirdTokens.sol";

/// @notice Tokens that misbehave (Solmate weird-tokens style), allowlisted by governance: the
///         escrow must never credit what it did not receive nor pay out twice.
contract WeirdTokensTest is PondFixture {
    function _allow(address t) internal {
        vm.prank(governance);
        market.configureToken(t, true, MEDIATOR_FEE);
    }

    // ------------------------------------------------------------------ reentrant token

    /// @dev The token, holding its own approved balance, tries to deposit again from inside the
    ///      creator's transferFrom: without the guard the outer deposit would count the inner
    ///      transfer as received too.
    function _reentrantDepositSetup(bool bubble) internal returns (ReentrantToken t) {
        t = new ReentrantToken();
        _allow(address(t));
        t.mint(address(t), 50 ether);
        t.approveAsSelf(address(market), type(uint256).max);
        t.mint(creator, 100 ether);
        vm.prank(creator);
        t.approve(address(market), 100 ether);
        t.arm(address(market), abi.encodeCall(market.deposit, (address(t), 50 ether)), bubble);
    }

    function test_deposit_reentryFromTransferHookIsBlocked() public {
        ReentrantToken t = _reentrantDepositSetup(false);

        vm.prank(creator);
        market.deposit(address(t), 100 ether);

        assertEq(t.reentryAttempts(), 1);
        assertFalse(t.lastReentryOk());
        assertEq(t.lastReentryError(), abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector));
        assertEq(market.balanceOf(creator, address(t)), 100 ether);
        assertEq(market.balanceOf(address(t), address(t)), 0);
        assertEq(t.balanceOf(address(market)), 100 ether, "market holds exactly the credits");
    }

    function test_deposit_reentryThatBubblesRevertsTheWholeDeposit() public {
        ReentrantToken t = _reentrantDepositSetup(true);

        vm.prank(creator);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        market.deposit(address(t), 100 ether);

        assertEq(market.balanceOf(creator, address(t)), 0);
        assertEq(t.balanceOf(address(market)), 0);
        assertEq(t.balanceOf(creator), 100 ether);
    }

    /// @dev The token withdraws its balance and, from inside the transfer, withdraws again.
    function test_withdraw_reentryFromTransferHookIsBlocked() public {
        ReentrantToken t = new ReentrantToken();
        _allow(address(t));
        t.mint(creator, 100 ether);
        vm.prank(creator);
        t.approve(address(market), 100 ether);
        vm.prank(creator);
        market.deposit(address(t), 100 ether);
        t.mint(address(t), 50 ether);
        t.approveAsSelf(address(market), type(uint256).max);
        t.callAsSelf(address(market), abi.encodeCall(market.deposit, (address(t), 50 ether)));
        bytes memory withdrawAll = abi.encodeCall(market.withdraw, (address(t), 50 ether, address(t)));
        t.arm(address(market), withdrawAll, false);

        t.callAsSelf(address(market), withdrawAll);

        assertEq(t.reentryAttempts(), 1);
        assertFalse(t.lastReentryOk());
        assertEq(t.lastReentryError(), abi.encodeWithSelector(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector));
        assertEq(market.balanceOf(address(t), address(t)), 0);
        assertEq(t.balanceOf(address(t)), 50 ether, "paid once");
        assertEq(market.balanceOf(creator, address(t)), 100 ether);
        assertEq(t.balanceOf(address(market)), 100 ether, "market holds exactly the credits");
    }

    // ------------------------------------------------------------------ false-returning token

    function test_deposit_falseReturningTokenRevertsAndCreditsNothing() public {
        ReturnsFalseToken t = new ReturnsFalseToken();
        _allow(address(t));
        t.mint(creator, 100 ether);
        vm.prank(creator);
        t.approve(address(market), 100 ether);

        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(SafeERC20.SafeERC20FailedOperation.selector, address(t)));
        market.deposit(address(t), 100 ether);

        assertEq(market.balanceOf(creator, address(t)), 0);
        assertEq(t.balanceOf(address(market)), 0);
    }

    function test_withdraw_falseReturningTokenRevertsAndKeepsTheBalance() public {
        ReturnsFalseToken t = new ReturnsFalseToken();
        _allow(address(t));
        t.setSabotaged(false);
        t.mint(creator, 100 ether);
        vm.prank(creator);
        t.approve(address(market), 100 ether);
        vm.prank(creator);
        market.deposit(address(t), 100 ether);
        t.setSabotaged(true);

        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(SafeERC20.SafeERC20FailedOperation.selector, address(t)));
        market.withdraw(address(t), 40 ether, creator);

        assertEq(market.balanceOf(creator, address(t)), 100 ether);
        assertEq(t.balanceOf(address(market)), 100 ether);
        assertEq(t.balanceOf(creator), 0);
    }

    function test_depositAndWithdraw_missingReturnTokenWorks() public {
        MissingReturnToken t = new MissingReturnToken();
        _allow(address(t));
        t.mint(creator, 100 ether);
        vm.prank(creator);
        t.approve(address(market), 100 ether);

        vm.prank(creator);
        market.deposit(address(t), 100 ether);
        vm.prank(creator);
        market.withdraw(address(t), 40 ether, creator);

        assertEq(market.balanceOf(creator, address(t)), 60 ether);
        assertEq(t.balanceOf(address(market)), 60 ether);
        assertEq(t.balanceOf(creator), 40 ether);
    }

    // ------------------------------------------------------------------ fee-on-transfer token

    uint256 internal constant FEE_BPS = 100; // 1%

    function _feeToken() internal returns (FeeOnTransferToken t) {
        t = new FeeOnTransferToken(FEE_BPS);
        _allow(address(t));
    }

    function _depositFee(FeeOnTransferToken t, address who, uint256 amount) internal {
        t.mint(who, amount);
        vm.prank(who);
        t.approve(address(market), amount);
        vm.prank(who);
        market.deposit(address(t), amount);
    }

    function test_deposit_feeOnTransferCreditsWhatArrived() public {
        FeeOnTransferToken t = _feeToken();
        t.mint(creator, 100 ether);
        vm.prank(creator);
        t.approve(address(market), 100 ether);

        vm.expectEmit(true, true, false, true, address(market));
        emit IPondMarket.Deposited(creator, address(t), 99 ether);
        vm.prank(creator);
        market.deposit(address(t), 100 ether);

        assertEq(market.balanceOf(creator, address(t)), 99 ether);
        assertEq(t.balanceOf(address(market)), 99 ether);
    }

    function test_withdraw_feeOnTransferDebitsWhatLeft() public {
        FeeOnTransferToken t = _feeToken();
        _depositFee(t, creator, 100 ether);

        vm.prank(creator);
        market.withdraw(address(t), 50 ether, creator);

        assertEq(market.balanceOf(creator, address(t)), 49 ether);
        assertEq(t.balanceOf(address(market)), 49 ether, "market holds exactly the credits");
        assertEq(t.balanceOf(creator), 49.5 ether, "the recipient bears the transfer fee");
    }

    /// @dev A whole job on a fee-on-transfer token: at every step the market holds exactly the
    ///      free balances plus what is locked, and once everyone withdraws it holds nothing.
    function test_lifecycle_feeOnTransferTokenConserved() public {
        FeeOnTransferToken t = _feeToken();
        _depositFee(t, creator, 2 ether);
        _depositFee(t, provider, 5 ether);
        assertEq(t.balanceOf(address(market)), 1.98 ether + 4.95 ether);

        IPondMarket.JobRequest memory r = _jobRequest();
        r.token = address(t);
        uint256 jobId = _postJob(creator, r);
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.token = address(t);
        uint256 offerId = _postOffer(provider, o);
        _assertFeeTokenConserved(t, PRICE + SOLVER_FEE);

        _match(jobId, offerId);
        uint256 collateral = _collateralOf(PRICE);
        _assertFeeTokenConserved(t, PRICE + SOLVER_FEE + collateral);

        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(uint256(_status(jobId)), uint256(JobStatus.Accepted));
        _assertFeeTokenConserved(t, 0);
        assertEq(market.balanceOf(provider, address(t)), 4.95 ether + PRICE);

        address[3] memory everyone = [creator, provider, solver];
        for (uint256 i; i < 3; ++i) {
            uint256 balance = market.balanceOf(everyone[i], address(t));
            vm.prank(everyone[i]);
            market.withdraw(address(t), balance, everyone[i]);
        }
        assertEq(t.balanceOf(address(market)), 0, "nothing left behind");
    }

    function testFuzz_deposit_feeOnTransferConserved(uint256 a, uint256 b, uint256 w) public {
        FeeOnTransferToken t = _feeToken();
        a = bound(a, 1 ether / 1e6, 1e9 ether);
        b = bound(b, 1 ether / 1e6, 1e9 ether);
        _depositFee(t, creator, a);
        _depositFee(t, provider, b);
        w = bound(w, 1, market.balanceOf(creator, address(t)));
        vm.prank(creator);
        market.withdraw(address(t), w, creator);
        _assertFeeTokenConserved(t, 0);
    }

    function _assertFeeTokenConserved(FeeOnTransferToken t, uint256 locked) internal view {
        uint256 free = market.balanceOf(creator, address(t)) + market.balanceOf(provider, address(t))
            + market.balanceOf(solver, address(t));
        assertEq(t.balanceOf(address(market)), free + locked, "held != free + locked");
    }

    // ------------------------------------------------------------------ assertions

    function assertEq(uint256 a, uint256 b) internal pure {
        vm.assertEq(a, b);
    }

    function assertEq(uint256 a, uint256 b, string memory why) internal pure {
        vm.assertEq(a, b, why);
    }

    function assertEq(bytes memory a, bytes memory b) internal pure {
        vm.assertEq(a, b);
    }

    function assertFalse(bool x) internal pure {
        vm.assertFalse(x);
    }
}
