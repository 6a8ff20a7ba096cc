// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "../utils/Test.sol";
import {Deploy} from "../../script/Deploy.s.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";

/// @notice Runs the deploy script in-process and checks what it deployed and wrote.
/// @dev `make test-deploy` runs the same script against a real anvil.
contract DeployTest is Test {
    function test_run_deploysWiresAndWritesDeploymentFile() public {
        Deploy script = new Deploy();
        Deploy.Deployment memory d = script.run();

        vm.assertGt(address(d.market).code.length, 0, "market has code");
        vm.assertGt(address(d.modules).code.length, 0, "module registry has code");
        vm.assertEq(address(d.market.mediators()), address(d.mediators), "market owns its mediator registry");
        vm.assertEq(d.mediators.market(), address(d.market), "registry answers to the market");
        vm.assertEq(address(d.market.modules()), address(d.modules));
        vm.assertEq(d.market.owner(), d.governance);
        vm.assertEq(d.market.params().collateralBps, 20_000);
        (, bool allowed,) = d.market.tokenIndex(address(d.testToken));
        vm.assertTrue(allowed, "test token allowed on the local chain");

        string memory json = vm.readFile(script.deploymentPath(block.chainid));
        vm.assertEq(vm.parseJsonAddress(json, ".market"), address(d.market));
        vm.assertEq(vm.parseJsonAddress(json, ".moduleRegistry"), address(d.modules));
        vm.assertEq(vm.parseJsonAddress(json, ".mediatorRegistry"), address(d.mediators));
        vm.assertEq(vm.parseJsonAddress(json, ".testToken"), address(d.testToken));
        vm.assertEq(vm.parseJsonUint(json, ".chainId"), block.chainid);
    }
}
