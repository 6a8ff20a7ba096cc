// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase, EthRejecter} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// @notice An ERC-20 whose transfers report success but move nothing (a 100% transfer fee).
contract NothingArrivesToken {
    function transferFrom(address, address, uint256) external pure returns (bool) {
        return true;
    }

    function balanceOf(address) external pure returns (uint256) {
        return 0;
    }
}

/// @notice deposit, withdraw and balanceOf, native and ERC-20.
contract PondMarketEscrowTest is PondUnitBase {
    address internal unknownToken = makeAddr("unknown-token");

    // ------------------------------------------------------------------ deposit

    function test_deposit_nativeCreditsCaller() public {
        vm.expectEmit(address(market));
        emit IPondMarket.Deposited(creator, address(0), 2 ether);
        vm.prank(creator);
        market.deposit{value: 2 ether}(address(0), 2 ether);

        assertEq(_bal(creator), 2 ether);
        assertEq(address(market).balance, 2 ether);
        assertEq(creator.balance, 998 ether);
    }

    function test_deposit_nativeAccumulates() public {
        _deposit(creator, 1 ether);
        _deposit(creator, 0.5 ether);
        assertEq(_bal(creator), 1.5 ether);
    }

    function test_deposit_tokenCreditsWhatArrived() public {
        token.mint(creator, 5 ether);
        vm.startPrank(creator);
        token.approve(address(market), 5 ether);
        vm.expectEmit(address(market));
        emit IPondMarket.Deposited(creator, address(token), 3 ether);
        market.deposit(address(token), 3 ether);
        vm.stopPrank();

        assertEq(_tokBal(creator), 3 ether);
        assertEq(token.balanceOf(address(market)), 3 ether);
        assertEq(token.balanceOf(creator), 2 ether);
        assertEq(_bal(creator), 0);
    }

    function test_deposit_revertsWhenTokenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenNotAllowed.selector, unknownToken));
        vm.prank(creator);
        market.deposit(unknownToken, 1 ether);
    }

    function test_deposit_revertsWhenAmountZero() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.AmountZero.selector));
        vm.prank(creator);
        market.deposit(address(0), 0);
    }

    function test_deposit_revertsWhenTokenAmountZero() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.AmountZero.selector));
        vm.prank(creator);
        market.deposit(address(token), 0);
    }

    function test_deposit_revertsWhenValueBelowAmount() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueMismatch.selector, 1 ether, 2 ether));
        vm.prank(creator);
        market.deposit{value: 1 ether}(address(0), 2 ether);
    }

    function test_deposit_revertsWhenValueAboveAmount() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueMismatch.selector, 3 ether, 2 ether));
        vm.prank(creator);
        market.deposit{value: 3 ether}(address(0), 2 ether);
    }

    function test_deposit_revertsWhenValueSentWithToken() public {
        token.mint(creator, 1 ether);
        vm.startPrank(creator);
        token.approve(address(market), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueMismatch.selector, 1, 0));
        market.deposit{value: 1}(address(token), 1 ether);
        vm.stopPrank();
    }

    function test_deposit_revertsWhenTokenNotApproved() public {
        token.mint(creator, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, 1 ether)
        );
        vm.prank(creator);
        market.deposit(address(token), 1 ether);
    }

    function test_deposit_revertsWhenNothingArrives() public {
        address t = address(new NothingArrivesToken());
        vm.prank(governance);
        market.configureToken(t, true, MEDIATOR_FEE);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.AmountZero.selector));
        vm.prank(creator);
        market.deposit(t, 1 ether);
    }

    // ------------------------------------------------------------------ withdraw

    function test_withdraw_nativeSendsToRecipient() public {
        _deposit(creator, 2 ether);
        address to = makeAddr("recipient");

        vm.expectEmit(address(market));
        emit IPondMarket.Withdrawn(creator, address(0), 1.5 ether, to);
        vm.prank(creator);
        market.withdraw(address(0), 1.5 ether, to);

        assertEq(_bal(creator), 0.5 ether);
        assertEq(to.balance, 1.5 ether);
        assertEq(address(market).balance, 0.5 ether);
    }

    function test_withdraw_wholeBalanceToSelf() public {
        _deposit(creator, 2 ether);
        vm.prank(creator);
        market.withdraw(address(0), 2 ether, creator);
        assertEq(_bal(creator), 0);
        assertEq(creator.balance, 1_000 ether);
    }

    function test_withdraw_tokenSendsToRecipient() public {
        _fundTokens(creator, 4 ether);
        address to = makeAddr("recipient");

        vm.expectEmit(address(market));
        emit IPondMarket.Withdrawn(creator, address(token), 3 ether, to);
        vm.prank(creator);
        market.withdraw(address(token), 3 ether, to);

        assertEq(_tokBal(creator), 1 ether);
        assertEq(token.balanceOf(to), 3 ether);
        assertEq(token.balanceOf(address(market)), 1 ether);
    }

    function test_withdraw_revertsWhenTokenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenNotAllowed.selector, unknownToken));
        vm.prank(creator);
        market.withdraw(unknownToken, 1, creator);
    }

    function test_withdraw_revertsWhenAmountZero() public {
        _deposit(creator, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.AmountZero.selector));
        vm.prank(creator);
        market.withdraw(address(0), 0, creator);
    }

    function test_withdraw_revertsWhenBalanceTooSmall() public {
        _deposit(creator, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.InsufficientBalance.selector, creator, address(0), 1 ether, 2 ether)
        );
        vm.prank(creator);
        market.withdraw(address(0), 2 ether, creator);
    }

    function test_withdraw_revertsWhenTokenBalanceTooSmall() public {
        _fundTokens(creator, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.InsufficientBalance.selector, creator, address(token), 1 ether, 1 ether + 1)
        );
        vm.prank(creator);
        market.withdraw(address(token), 1 ether + 1, creator);
    }

    function test_withdraw_revertsWhenRecipientRefusesNative() public {
        _deposit(creator, 1 ether);
        address rejecter = address(new EthRejecter());
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TransferFailed.selector, rejecter, 1 ether));
        vm.prank(creator);
        market.withdraw(address(0), 1 ether, rejecter);
    }

    function test_withdraw_cannotTakeAnotherAccountsBalance() public {
        _deposit(creator, 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.InsufficientBalance.selector, stranger, address(0), 0, 1 ether)
        );
        vm.prank(stranger);
        market.withdraw(address(0), 1 ether, stranger);
    }

    // ------------------------------------------------------------------ balanceOf

    function test_balanceOf_isPerToken() public {
        _deposit(creator, 1 ether);
        _fundTokens(creator, 7 ether);
        assertEq(_bal(creator), 1 ether);
        assertEq(_tokBal(creator), 7 ether);
        assertEq(_bal(stranger), 0);
    }

    function test_balanceOf_unknownTokenIsZero() public {
        _deposit(creator, 1 ether);
        assertEq(market.balanceOf(creator, unknownToken), 0);
    }
}
