// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IModuleRegistry} from "./interfaces/IModuleRegistry.sol";
import {Resources, PackedResources, ResourcesLib} from "./types/Resources.sol";

/// @title ModuleRegistry
/// @notice Immutable `name:version` entries pinned by spec hash. No owner, no upgrades.
contract ModuleRegistry is IModuleRegistry {
    uint256 internal constant MAX_NAME_LENGTH = 64;
    uint256 internal constant MAX_VERSION_LENGTH = 32;

    /// @dev `resources` and `defaultRunTime` share a slot: the market reads them at every post.
    struct StoredModule {
        bytes32 specHash;
        address publisher;
        uint96 defaultSolverFee;
        PackedResources resources;
        uint32 defaultRunTime;
        string nameVersion;
        string specUri;
        string primaryInput;
    }

    uint32 internal _moduleCount;
    mapping(uint32 moduleId => StoredModule) internal _modules;
    mapping(bytes32 nameVersionHash => uint32 moduleId) internal _idOf;
    mapping(bytes32 nameHash => address owner) internal _nameOwner;

    /// @inheritdoc IModuleRegistry
    function publish(ModuleRequest calldata r) external returns (uint32 moduleId) {
        if (!_validPart(r.name, MAX_NAME_LENGTH, false) || !_validPart(r.version, MAX_VERSION_LENGTH, true)) {
            revert ModuleNameInvalid(r.name, r.version);
        }
        if (r.specHash == bytes32(0)) revert ModuleSpecHashZero();
        if (r.defaultRunTime == 0) revert ModuleRunTimeZero();
        if (r.resources.cpuMillis == 0) revert ModuleResourcesZero();

        bytes32 nameHash = keccak256(bytes(r.name));
        address owner = _nameOwner[nameHash];
        if (owner == address(0)) {
            _nameOwner[nameHash] = msg.sender;
            emit NameTransferred(nameHash, address(0), msg.sender);
        } else if (owner != msg.sender) {
            revert ModuleNameTaken(r.name, owner);
        }

        string memory nameVersion = string.concat(r.name, ":", r.version);
        bytes32 key = keccak256(bytes(nameVersion));
        uint32 existing = _idOf[key];
        if (existing != 0) revert ModuleVersionExists(nameVersion, existing);

        moduleId = ++_moduleCount;
        _idOf[key] = moduleId;
        StoredModule storage m = _modules[moduleId];
        m.specHash = r.specHash;
        m.publisher = msg.sender;
        m.defaultRunTime = r.defaultRunTime;
        m.defaultSolverFee = r.defaultSolverFee;
        m.resources = ResourcesLib.pack(r.resources);
        m.nameVersion = nameVersion;
        m.specUri = r.specUri;
        m.primaryInput = r.primaryInput;

        emit ModulePublished(moduleId, nameHash, msg.sender, r);
    }

    /// @inheritdoc IModuleRegistry
    function transferName(string calldata name, address to) external {
        bytes32 nameHash = keccak256(bytes(name));
        if (_nameOwner[nameHash] != msg.sender) revert NotNameOwner(name, msg.sender);
        _nameOwner[nameHash] = to;
        emit NameTransferred(nameHash, msg.sender, to);
    }

    /// @inheritdoc IModuleRegistry
    function moduleIdOf(string calldata nameVersion) external view returns (uint32) {
        return _idOf[keccak256(bytes(nameVersion))];
    }

    /// @inheritdoc IModuleRegistry
    function getModule(uint32 moduleId) external view returns (Module memory) {
        StoredModule storage m = _modules[moduleId];
        if (m.specHash == bytes32(0)) revert ModuleNotFound(moduleId);
        return Module({
            specHash: m.specHash,
            publisher: m.publisher,
            defaultRunTime: m.defaultRunTime,
            defaultSolverFee: m.defaultSolverFee,
            resources: m.resources.unpack(),
            nameVersion: m.nameVersion,
            specUri: m.specUri,
            primaryInput: m.primaryInput
        });
    }

    /// @inheritdoc IModuleRegistry
    function nameOwner(string calldata name) external view returns (address) {
        return _nameOwner[keccak256(bytes(name))];
    }

    /// @inheritdoc IModuleRegistry
    function moduleCount() external view returns (uint32) {
        return _moduleCount;
    }

    /// @inheritdoc IModuleRegistry
    function jobFloor(uint32 moduleId) external view returns (PackedResources, uint32) {
        StoredModule storage m = _modules[moduleId];
        return (m.resources, m.defaultRunTime);
    }

    /// @inheritdoc IModuleRegistry
    function jobDefaults(string calldata nameVersion)
        external
        view
        returns (uint32 moduleId, PackedResources resources, uint32 runTime, uint96 solverFee)
    {
        moduleId = _idOf[keccak256(bytes(nameVersion))];
        if (moduleId == 0) revert ModuleVersionNotFound(nameVersion);
        StoredModule storage m = _modules[moduleId];
        return (moduleId, m.resources, m.defaultRunTime, m.defaultSolverFee);
    }

    /// @dev Names: lowercase letters, digits, '-', '_', '.', '/'. Versions may also use uppercase
    ///      letters and '+'. Never ':' (the separator) nor whitespace.
    function _validPart(string calldata s, uint256 maxLength, bool isVersion) internal pure returns (bool) {
        bytes calldata b = bytes(s);
        if (b.length == 0 || b.length > maxLength) return false;
        for (uint256 i; i < b.length; ++i) {
            bytes1 c = b[i];
            bool ok = (c >= "a" && c <= "z") || (c >= "0" && c <= "9") || c == "-" || c == "_" || c == ".";
            if (!ok) ok = isVersion ? ((c >= "A" && c <= "Z") || c == "+") : c == "/";
            if (!ok) return false;
        }
        return true;
    }
}
