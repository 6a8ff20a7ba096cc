// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IPondMarket} from "../interfaces/IPondMarket.sol";
import {IPondJobClient, IPondJobFailureClient} from "../interfaces/IPondJobClient.sol";
import {RefundReason} from "../types/Status.sol";

/// @title An example contract client of Pond: the simple and the full entry point.
/// @notice `runCowsay` is the one-line integration (`runModuleWithDefaultMediators`: the value
///         pays everything, the rest above the quote is the price). `runWithOptions` and
///         `runWithToken` use the full entry point (`runModule`): a callback gas limit of the
///         client's choice, refunds to the owner's wallet, a failure notice, and payment in an
///         ERC-20. Results are kept by job id; refunds the market could not send (none should:
///         they go to the owner) can be withdrawn by the owner.
/// @dev Not part of the protocol: copy it, and keep the two checks every client needs: only the
///      market may call the callbacks, and only the owner may move funds.
contract PondClientExample is IPondJobClient, IPondJobFailureClient {
    using SafeERC20 for IERC20;

    error NotPond(address caller);
    error NotOwner(address caller);
    error PaymentTooSmall(uint256 sent, uint256 needed);
    error RefundFailed(address to, uint256 amount);

    event ResultReceived(uint256 indexed jobId, string cid);
    event JobFailed(uint256 indexed jobId, RefundReason reason);

    IPondMarket public immutable pond;
    address public immutable owner;

    mapping(uint256 jobId => string cid) public resultOf;
    mapping(uint256 jobId => bool) public failed;
    mapping(uint256 jobId => RefundReason) public failureOf;

    constructor(IPondMarket pond_, address owner_) {
        pond = pond_;
        owner = owner_;
    }

    modifier onlyPond() {
        if (msg.sender != address(pond)) revert NotPond(msg.sender);
        _;
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    // ------------------------------------------------------------------ the simple entry point

    /// @notice Runs cowsay on `message` with all of `msg.value`: the module's solver fee and the
    ///         delivery of the result come out of it, the rest is the price (at least
    ///         `pond.quote("cowsay:v0.0.1", 0).value`). A refund comes back to this contract.
    function runCowsay(string calldata message) external payable returns (uint256 jobId) {
        return pond.runModuleWithDefaultMediators{value: msg.value}("cowsay:v0.0.1", message);
    }

    // ------------------------------------------------------------------ the full entry point

    /// @notice Runs `module` on `input` for `price`, giving its callback `callbackGasLimit` (0:
    ///         the market's default), refunds to the owner and a failure notice. Sends exactly
    ///         what the quote says on top of the price and returns the rest of `msg.value`.
    function runWithOptions(string calldata module, string calldata input, uint256 price, uint32 callbackGasLimit)
        external
        payable
        returns (uint256 jobId)
    {
        IPondMarket.Quote memory q = pond.quote(module, callbackGasLimit);
        uint256 cost = price + q.solverFee + q.deliveryFee;
        if (price == 0 || msg.value < cost) revert PaymentTooSmall(msg.value, cost);
        jobId = pond.runModule{value: cost}(module, input, _options(address(0), 0, q.solverFee, callbackGasLimit));
        if (msg.value > cost) _send(msg.sender, msg.value - cost);
    }

    /// @notice The same, paid in an allowed ERC-20: `price + solverFee` of `token` is taken from
    ///         the caller (approve this contract first) and the delivery fee, in the native
    ///         currency, from `msg.value` (the rest of it is returned).
    function runWithToken(
        string calldata module,
        string calldata input,
        IERC20 token,
        uint256 price,
        uint96 solverFee,
        uint32 callbackGasLimit
    ) external payable returns (uint256 jobId) {
        uint256 deliveryFee = pond.quote(module, callbackGasLimit).deliveryFee;
        if (msg.value < deliveryFee) revert PaymentTooSmall(msg.value, deliveryFee);
        uint256 amount = price + solverFee;
        token.safeTransferFrom(msg.sender, address(this), amount);
        token.forceApprove(address(pond), amount);
        jobId = pond.runModule{value: deliveryFee}(
            module, input, _options(address(token), amount, solverFee, callbackGasLimit)
        );
        if (msg.value > deliveryFee) _send(msg.sender, msg.value - deliveryFee);
    }

    function _options(address token, uint256 amount, uint256 solverFee, uint32 callbackGasLimit)
        internal
        view
        returns (IPondMarket.ClientOptions memory)
    {
        return IPondMarket.ClientOptions({
            token: token,
            amount: amount,
            solverFee: uint96(solverFee),
            callbackGasLimit: callbackGasLimit,
            deliveryGasPrice: 0,
            refundTo: owner,
            notifyFailure: true
        });
    }

    // ------------------------------------------------------------------ callbacks

    /// @inheritdoc IPondJobClient
    function receiveJobResults(uint256 jobId, string calldata cid) external onlyPond {
        resultOf[jobId] = cid;
        emit ResultReceived(jobId, cid);
    }

    /// @inheritdoc IPondJobFailureClient
    function receiveJobFailure(uint256 jobId, RefundReason reason) external onlyPond {
        failed[jobId] = true;
        failureOf[jobId] = reason;
        emit JobFailed(jobId, reason);
    }

    // ------------------------------------------------------------------ funds

    /// @notice Refunds of `runCowsay` jobs arrive here.
    receive() external payable {}

    /// @notice Sends `amount` of this contract's ether (refunds of `runCowsay` jobs) to `to`.
    function withdraw(uint256 amount, address to) external onlyOwner {
        _send(to, amount);
    }

    /// @notice Moves `amount` of this contract's market balance of `token` (a refund the market
    ///         could not send) to `to`.
    function withdrawFromPond(address token, uint256 amount, address to) external onlyOwner {
        pond.withdraw(token, amount, to);
    }

    function _send(address to, uint256 amount) internal {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert RefundFailed(to, amount);
    }
}
