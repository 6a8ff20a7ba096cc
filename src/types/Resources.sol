// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice Compute resources: what a job needs, or what an offer has left.
/// @dev `vramMiB` is per GPU and is compared, not debited; the other fields are debited at match
///      and credited back when the deal ends.
struct Resources {
    uint8 gpus;
    uint32 vramMiB;
    uint32 cpuMillis;
    uint32 ramMiB;
    uint32 diskMiB;
}

/// @notice `Resources` packed into 136 bits so that a job or offer keeps it in a shared storage slot.
/// Layout, low bits first: gpus (8) | vramMiB (32) | cpuMillis (32) | ramMiB (32) | diskMiB (32).
type PackedResources is uint136;

using ResourcesLib for PackedResources global;

library ResourcesLib {
    uint256 private constant GPUS_SHIFT = 0;
    uint256 private constant VRAM_SHIFT = 8;
    uint256 private constant CPU_SHIFT = 40;
    uint256 private constant RAM_SHIFT = 72;
    uint256 private constant DISK_SHIFT = 104;
    uint256 private constant U32 = 0xffffffff;

    function pack(Resources memory r) internal pure returns (PackedResources) {
        return PackedResources.wrap(
            uint136(
                uint256(r.gpus) | (uint256(r.vramMiB) << VRAM_SHIFT) | (uint256(r.cpuMillis) << CPU_SHIFT)
                    | (uint256(r.ramMiB) << RAM_SHIFT) | (uint256(r.diskMiB) << DISK_SHIFT)
            )
        );
    }

    function unpack(PackedResources p) internal pure returns (Resources memory r) {
        uint256 v = PackedResources.unwrap(p);
        r.gpus = uint8(v);
        r.vramMiB = uint32(v >> VRAM_SHIFT);
        r.cpuMillis = uint32(v >> CPU_SHIFT);
        r.ramMiB = uint32(v >> RAM_SHIFT);
        r.diskMiB = uint32(v >> DISK_SHIFT);
    }

    /// @notice True when `available` covers `need`: enough GPUs (with enough VRAM each when any GPU
    ///         is needed), CPU, RAM and disk.
    function fits(PackedResources need, PackedResources available) internal pure returns (bool) {
        uint256 n = PackedResources.unwrap(need);
        uint256 a = PackedResources.unwrap(available);
        if (uint8(n) > uint8(a)) return false;
        if (uint8(n) != 0 && uint32(n >> VRAM_SHIFT) > uint32(a >> VRAM_SHIFT)) return false;
        if (uint32(n >> CPU_SHIFT) > uint32(a >> CPU_SHIFT)) return false;
        if (uint32(n >> RAM_SHIFT) > uint32(a >> RAM_SHIFT)) return false;
        return uint32(n >> DISK_SHIFT) <= uint32(a >> DISK_SHIFT);
    }

    /// @notice `available - need` on the debited fields; VRAM per GPU is left as it is.
    /// @dev Callers check `fits` first; each field is then at least the amount taken from it, so
    ///      no field borrows from its neighbour.
    function debit(PackedResources available, PackedResources need) internal pure returns (PackedResources) {
        return PackedResources.wrap(PackedResources.unwrap(available) - _debited(need));
    }

    /// @notice `available + amount` on the debited fields: the inverse of `debit`.
    /// @dev Only ever credits back what an earlier `debit` took, so no field overflows.
    function credit(PackedResources available, PackedResources amount) internal pure returns (PackedResources) {
        return PackedResources.wrap(PackedResources.unwrap(available) + _debited(amount));
    }

    /// @notice True when every field of `p` (VRAM included) is at least that field of `floor`.
    function covers(PackedResources p, PackedResources floor) internal pure returns (bool) {
        uint256 a = PackedResources.unwrap(p);
        uint256 b = PackedResources.unwrap(floor);
        return uint8(a) >= uint8(b) && uint32(a >> VRAM_SHIFT) >= uint32(b >> VRAM_SHIFT)
            && uint32(a >> CPU_SHIFT) >= uint32(b >> CPU_SHIFT) && uint32(a >> RAM_SHIFT) >= uint32(b >> RAM_SHIFT)
            && uint32(a >> DISK_SHIFT) >= uint32(b >> DISK_SHIFT);
    }

    function isZero(PackedResources p) internal pure returns (bool) {
        return PackedResources.unwrap(p) == 0;
    }

    /// @dev `p` with its VRAM field cleared: the part that is debited and credited.
    function _debited(PackedResources p) private pure returns (uint136) {
        return PackedResources.unwrap(p) & ~uint136(U32 << VRAM_SHIFT);
    }
}
