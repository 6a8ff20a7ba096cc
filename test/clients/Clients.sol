// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IPondJobFailureClient} from "../../src/interfaces/IPondJobClient.sol";
import {RefundReason} from "../../src/types/Status.sol";
import {StoringClient} from "./StoringClient.sol";

/// @notice The storing client with a `receive()`: refunds sent to it arrive.
contract ReceivingClient is StoringClient {
    uint256 public received;

    constructor(IPondMarket pond_) StoringClient(pond_) {}

    receive() external payable {
        received += msg.value;
    }
}

/// @notice A client of the full entry point: its own token, callback gas limit, delivery gas
///         price, refund address and failure notice. Its callback stores the result after
///         burning `work` gas (a client that needs more than the default), and it records the
///         failure notices it gets.
contract OptionsClient is IPondJobFailureClient {
    IPondMarket public immutable market;
    uint256 public work;
    uint256 public lastJobId;
    string public lastCid;
    uint256 public deliveries;
    uint256 public failures;
    RefundReason public lastReason;
    uint256 public received;

    constructor(IPondMarket market_) {
        market = market_;
    }

    function setWork(uint256 work_) external {
        work = work_;
    }

    /// @notice Posts with `options`; for an ERC-20 it approves `options.amount` first.
    function run(string calldata name, string calldata params, IPondMarket.ClientOptions calldata options)
        external
        payable
        returns (uint256)
    {
        if (options.token != address(0)) IERC20(options.token).approve(address(market), options.amount);
        return market.runModule{value: msg.value}(name, params, options);
    }

    /// @dev Burns `work` gas first; all it is given when `work` is the maximum.
    function receiveJobResults(uint256 jobId, string calldata cid) external {
        if (work == type(uint256).max) {
            assembly ("memory-safe") {
                for {} 1 {} {}
            }
        }
        uint256 stop = gasleft() - work;
        while (gasleft() > stop) {}
        lastJobId = jobId;
        lastCid = cid;
        ++deliveries;
    }

    function receiveJobFailure(uint256 jobId, RefundReason reason) external virtual {
        lastJobId = jobId;
        lastReason = reason;
        ++failures;
    }

    receive() external payable {
        received += msg.value;
    }
}
