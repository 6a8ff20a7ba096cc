// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Test fixture for the Go chain packages (tx manager, log follower, error decoding).
/// Not part of Pond. Rebuild Emitter.json with ./build.sh.
contract Emitter {
    event Ping(uint256 indexed id, address indexed sender, string note);

    error PingRefused(uint256 id, address caller, string why);
    error CountMismatch(uint256 expected, uint256 actual);

    uint256 public count;

    function ping(string calldata note) external returns (uint256 id) {
        id = ++count;
        emit Ping(id, msg.sender, note);
    }

    /// @dev Pings only if count is still `expected`: the second of two racing calls reverts.
    function pingIf(uint256 expected, string calldata note) external returns (uint256 id) {
        if (count != expected) revert CountMismatch(expected, count);
        id = ++count;
        emit Ping(id, msg.sender, note);
    }

    function refuse(uint256 id) external view {
        revert PingRefused(id, msg.sender, "refused");
    }

    function fail() external pure {
        revert("plain reason");
    }

    function divide(uint256 a, uint256 b) external pure returns (uint256) {
        return a / b;
    }
}
