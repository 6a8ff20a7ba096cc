// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IModuleRegistry} from "../../src/interfaces/IModuleRegistry.sol";
import {ModuleRegistry} from "../../src/ModuleRegistry.sol";
import {Resources, PackedResources} from "../../src/types/Resources.sol";

/// @notice publish, name ownership, immutable versions, name rules and the views.
contract ModuleRegistryTest is PondUnitBase {
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    function _publishAs(address who, string memory name, string memory version) internal returns (uint32 id) {
        vm.prank(who);
        id = registry.publish(_moduleRequest(name, version));
    }

    function _expectInvalid(string memory name, string memory version) internal {
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.ModuleNameInvalid.selector, name, version));
        vm.prank(alice);
        registry.publish(_moduleRequest(name, version));
    }

    function _repeat(bytes1 c, uint256 n) internal pure returns (string memory) {
        bytes memory b = new bytes(n);
        for (uint256 i; i < n; ++i) {
            b[i] = c;
        }
        return string(b);
    }

    // ------------------------------------------------------------------ publish

    function test_publish_storesVersion() public {
        IModuleRegistry.ModuleRequest memory r = _moduleRequest("llm/tiny", "1.2.3");
        r.defaultSolverFee = 0.05 ether;
        r.resources = Resources({gpus: 1, vramMiB: 8000, cpuMillis: 2000, ramMiB: 4096, diskMiB: 10_000});

        vm.expectEmit(address(registry));
        emit IModuleRegistry.NameTransferred(keccak256("llm/tiny"), address(0), alice);
        vm.expectEmit(address(registry));
        emit IModuleRegistry.ModulePublished(2, keccak256("llm/tiny"), alice, r);
        vm.prank(alice);
        uint32 id = registry.publish(r);

        assertEq(id, 2);
        assertEq(registry.moduleCount(), 2);
        assertEq(registry.moduleIdOf("llm/tiny:1.2.3"), 2);
        assertEq(registry.nameOwner("llm/tiny"), alice);

        IModuleRegistry.Module memory m = registry.getModule(id);
        assertEq(m.specHash, r.specHash);
        assertEq(m.publisher, alice);
        assertEq(m.defaultRunTime, RUN_TIME);
        assertEq(m.defaultSolverFee, 0.05 ether);
        assertEq(m.resources, r.resources);
        assertEq(m.nameVersion, "llm/tiny:1.2.3");
        assertEq(m.specUri, r.specUri);
        assertEq(m.primaryInput, "Message");
    }

    function test_publish_ownerPublishesMoreVersions() public {
        uint32 first = _publishAs(alice, "tool", "1");
        uint32 second = _publishAs(alice, "tool", "2");
        assertEq(second, first + 1);
        assertEq(registry.moduleIdOf("tool:1"), first);
        assertEq(registry.moduleIdOf("tool:2"), second);
    }

    function test_publish_allowedCharacters() public {
        _publishAs(alice, "a-z_0.9/x", "V1.0-rc.1+build_7");
        assertEq(registry.moduleIdOf("a-z_0.9/x:V1.0-rc.1+build_7"), 2);
    }

    function test_publish_maxLengths() public {
        string memory name = _repeat("n", 64);
        string memory version = _repeat("v", 32);
        uint32 id = _publishAs(alice, name, version);
        assertEq(registry.getModule(id).nameVersion, string.concat(name, ":", version));
    }

    function test_publish_revertsWhenNameTaken() public {
        _publishAs(alice, "tool", "1");
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.ModuleNameTaken.selector, "tool", alice));
        vm.prank(bob);
        registry.publish(_moduleRequest("tool", "2"));
    }

    function test_publish_revertsWhenVersionExists() public {
        uint32 id = _publishAs(alice, "tool", "1");
        IModuleRegistry.ModuleRequest memory r = _moduleRequest("tool", "1");
        r.specHash = keccak256("a different spec");
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.ModuleVersionExists.selector, "tool:1", id));
        vm.prank(alice);
        registry.publish(r);
        // The published version is unchanged.
        assertEq(registry.getModule(id).specHash, keccak256(abi.encode("tool", "1")));
    }

    function test_publish_revertsWhenNameHasColon() public {
        _expectInvalid("tool:x", "1");
    }

    function test_publish_revertsWhenVersionHasColon() public {
        _expectInvalid("tool", "1:2");
    }

    function test_publish_revertsWhenNameHasUppercase() public {
        _expectInvalid("Tool", "1");
    }

    function test_publish_revertsWhenNameHasPlus() public {
        _expectInvalid("to+ol", "1");
    }

    function test_publish_revertsWhenVersionHasSlash() public {
        _expectInvalid("tool", "1/2");
    }

    function test_publish_revertsWhenNameHasSpace() public {
        _expectInvalid("my tool", "1");
    }

    function test_publish_revertsWhenNameEmpty() public {
        _expectInvalid("", "1");
    }

    function test_publish_revertsWhenVersionEmpty() public {
        _expectInvalid("tool", "");
    }

    function test_publish_revertsWhenNameTooLong() public {
        _expectInvalid(_repeat("n", 65), "1");
    }

    function test_publish_revertsWhenVersionTooLong() public {
        _expectInvalid("tool", _repeat("v", 33));
    }

    function test_publish_revertsWhenSpecHashZero() public {
        IModuleRegistry.ModuleRequest memory r = _moduleRequest("tool", "1");
        r.specHash = bytes32(0);
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.ModuleSpecHashZero.selector));
        registry.publish(r);
    }

    function test_publish_revertsWhenRunTimeZero() public {
        IModuleRegistry.ModuleRequest memory r = _moduleRequest("tool", "1");
        r.defaultRunTime = 0;
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.ModuleRunTimeZero.selector));
        registry.publish(r);
    }

    // ------------------------------------------------------------------ transferName

    function test_transferName_movesPublishingRight() public {
        _publishAs(alice, "tool", "1");
        vm.expectEmit(address(registry));
        emit IModuleRegistry.NameTransferred(keccak256("tool"), alice, bob);
        vm.prank(alice);
        registry.transferName("tool", bob);
        assertEq(registry.nameOwner("tool"), bob);

        uint32 id = _publishAs(bob, "tool", "2");
        assertEq(registry.getModule(id).publisher, bob);
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.ModuleNameTaken.selector, "tool", bob));
        vm.prank(alice);
        registry.publish(_moduleRequest("tool", "3"));
    }

    function test_transferName_earlierVersionsUnchanged() public {
        uint32 id = _publishAs(alice, "tool", "1");
        vm.prank(alice);
        registry.transferName("tool", bob);
        assertEq(registry.getModule(id).publisher, alice);
    }

    function test_transferName_revertsWhenNotOwner() public {
        _publishAs(alice, "tool", "1");
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.NotNameOwner.selector, "tool", bob));
        vm.prank(bob);
        registry.transferName("tool", bob);
    }

    function test_transferName_revertsWhenNameUnclaimed() public {
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.NotNameOwner.selector, "nobody", bob));
        vm.prank(bob);
        registry.transferName("nobody", bob);
    }

    // ------------------------------------------------------------------ views

    function test_getModule_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.ModuleNotFound.selector, uint32(2)));
        registry.getModule(2);
    }

    function test_getModule_revertsForIdZero() public {
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.ModuleNotFound.selector, uint32(0)));
        registry.getModule(0);
    }

    function test_moduleIdOf_zeroWhenUnpublished() public view {
        assertEq(registry.moduleIdOf("cowsay:v9"), 0);
        assertEq(registry.moduleIdOf("cowsay"), 0);
        assertEq(registry.moduleIdOf("cowsay:v0.0.1"), moduleId);
    }

    function test_nameOwner_zeroWhenUnclaimed() public view {
        assertEq(registry.nameOwner("nobody"), address(0));
        assertEq(registry.nameOwner("cowsay"), address(this));
    }

    function test_jobDefaults_returnsWhatTheMarketNeeds() public {
        IModuleRegistry.ModuleRequest memory r = _moduleRequest("gpu", "1");
        r.resources = Resources({gpus: 1, vramMiB: 8000, cpuMillis: 2000, ramMiB: 4096, diskMiB: 10_000});
        r.defaultRunTime = 3 hours;
        r.defaultSolverFee = 42;
        uint32 id = registry.publish(r);

        (uint32 gotId, PackedResources resources, uint32 runTime, uint96 solverFee) = registry.jobDefaults("gpu:1");
        assertEq(gotId, id);
        assertEq(resources.unpack(), r.resources);
        assertEq(runTime, 3 hours);
        assertEq(solverFee, 42);
    }

    function test_jobDefaults_revertsWhenUnpublished() public {
        vm.expectRevert(abi.encodeWithSelector(IModuleRegistry.ModuleVersionNotFound.selector, "gpu:1"));
        registry.jobDefaults("gpu:1");
    }

    function test_moduleCount_startsAtZero() public {
        ModuleRegistry fresh = new ModuleRegistry();
        assertEq(fresh.moduleCount(), 0);
        fresh.publish(_moduleRequest("a", "1"));
        assertEq(fresh.moduleCount(), 1);
    }

    // ------------------------------------------------------------------ fuzz

    /// @dev Any single byte outside the allowed set makes a name invalid.
    function testFuzz_publish_nameCharacterRules(uint8 c) public {
        bytes memory name = bytes("ab");
        name[1] = bytes1(c);
        bool allowed = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c == 0x2d || c == 0x5f
            || c == 0x2e || c == 0x2f;
        if (!allowed) {
            _expectInvalid(string(name), "1");
        } else {
            uint32 id = _publishAs(alice, string(name), "1");
            assertEq(registry.getModule(id).publisher, alice);
        }
    }

    function test_publish_nameCharacterRulesConcrete() public {
        testFuzz_publish_nameCharacterRules(0x3a); // ':'
        testFuzz_publish_nameCharacterRules(0x41); // 'A'
        testFuzz_publish_nameCharacterRules(0x2f); // '/'
    }
}
