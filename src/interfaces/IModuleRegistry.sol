// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Resources, PackedResources} from "../types/Resources.sol";

/// @title Immutable, content-pinned module versions.
/// @notice A module version `name:version` pins the hash of its spec (which pins the image by
///         digest or the WASM binary by hash). Versions never change once published, and a name
///         belongs to whoever published its first version.
interface IModuleRegistry {
    /// @notice What a publisher registers for one version.
    struct ModuleRequest {
        string name;
        string version;
        bytes32 specHash;
        string specUri;
        Resources resources;
        uint32 defaultRunTime;
        string primaryInput;
        uint96 defaultSolverFee;
    }

    /// @notice A published module version.
    struct Module {
        bytes32 specHash;
        address publisher;
        uint32 defaultRunTime;
        uint96 defaultSolverFee;
        Resources resources;
        string nameVersion;
        string specUri;
        string primaryInput;
    }

    /// @notice A module version was published: `request.name:request.version` is now `moduleId`.
    event ModulePublished(
        uint32 indexed moduleId, bytes32 indexed nameHash, address indexed publisher, ModuleRequest request
    );

    /// @notice The name's ownership moved to a new publisher.
    event NameTransferred(bytes32 indexed nameHash, address indexed from, address indexed to);

    /// @notice `name` or `version` is empty, too long or uses a character outside the allowed set.
    error ModuleNameInvalid(string name, string version);
    /// @notice The name belongs to `owner`.
    error ModuleNameTaken(string name, address owner);
    /// @notice `name:version` is already published; versions are immutable.
    error ModuleVersionExists(string nameVersion, uint32 moduleId);
    /// @notice A module must pin its spec.
    error ModuleSpecHashZero();
    /// @notice A module must allow some run time.
    error ModuleRunTimeZero();
    /// @notice A module must need some CPU: jobs may never ask for less than their module
    ///         registered, so no job is zero-resource.
    error ModuleResourcesZero();
    /// @notice No module version is published under this id.
    error ModuleNotFound(uint32 moduleId);
    /// @notice No module version is published under this `name:version`.
    error ModuleVersionNotFound(string nameVersion);
    /// @notice Only the name's owner may do this.
    error NotNameOwner(string name, address caller);

    /// @notice Publishes `name:version`. The first version of a name makes the caller its owner.
    ///         `resources.cpuMillis` and `defaultRunTime` must not be zero: they are the floor of
    ///         every job of this version.
    /// @return moduleId The new version's id (ids start at 1).
    function publish(ModuleRequest calldata request) external returns (uint32 moduleId);

    /// @notice Hands the name, and the right to publish its future versions, to `to`.
    function transferName(string calldata name, address to) external;

    /// @notice The version's id, or 0 when `nameVersion` is not published.
    function moduleIdOf(string calldata nameVersion) external view returns (uint32);

    /// @notice The published version `moduleId`; reverts `ModuleNotFound` for an unknown id.
    function getModule(uint32 moduleId) external view returns (Module memory);

    /// @notice The owner of `name`, or the zero address.
    function nameOwner(string calldata name) external view returns (address);

    /// @notice How many versions have been published; ids run from 1 to this number.
    function moduleCount() external view returns (uint32);

    /// @notice The least a job of `moduleId` may ask for: the module's registered resources and
    ///         run time. Both are zero for an unknown id (a published module has neither zero).
    function jobFloor(uint32 moduleId) external view returns (PackedResources resources, uint32 runTime);

    /// @notice What the market needs to post a job for `nameVersion` with the module's defaults.
    /// @dev Reverts `ModuleVersionNotFound` when it is not published.
    function jobDefaults(string calldata nameVersion)
        external
        view
        returns (uint32 moduleId, PackedResources resources, uint32 runTime, uint96 solverFee);
}
