// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "../utils/Test.sol";
import {Resources, PackedResources, ResourcesLib} from "../../src/types/Resources.sol";

/// @notice ResourcesLib: packing, `fits` per field, and `debit`/`credit` as inverses.
contract ResourcesTest is Test {
    function _eq(Resources memory a, Resources memory b) internal pure {
        vm.assertEq(uint256(a.gpus), uint256(b.gpus), "gpus");
        vm.assertEq(uint256(a.vramMiB), uint256(b.vramMiB), "vramMiB");
        vm.assertEq(uint256(a.cpuMillis), uint256(b.cpuMillis), "cpuMillis");
        vm.assertEq(uint256(a.ramMiB), uint256(b.ramMiB), "ramMiB");
        vm.assertEq(uint256(a.diskMiB), uint256(b.diskMiB), "diskMiB");
    }

    function _r(uint8 gpus, uint32 vram, uint32 cpu, uint32 ram, uint32 disk)
        internal
        pure
        returns (Resources memory)
    {
        return Resources({gpus: gpus, vramMiB: vram, cpuMillis: cpu, ramMiB: ram, diskMiB: disk});
    }

    function _fits(Resources memory need, Resources memory avail) internal pure returns (bool) {
        return ResourcesLib.pack(need).fits(ResourcesLib.pack(avail));
    }

    // ------------------------------------------------------------------ pack / unpack

    function testFuzz_pack_roundTrip(uint8 gpus, uint32 vram, uint32 cpu, uint32 ram, uint32 disk) public pure {
        Resources memory r = _r(gpus, vram, cpu, ram, disk);
        _eq(ResourcesLib.pack(r).unpack(), r);
    }

    function test_pack_roundTripMaxima() public pure {
        testFuzz_pack_roundTrip(type(uint8).max, type(uint32).max, type(uint32).max, type(uint32).max, type(uint32).max);
    }

    function test_pack_layout() public pure {
        uint256 packed = PackedResources.unwrap(ResourcesLib.pack(_r(1, 2, 3, 4, 5)));
        vm.assertEq(packed, 1 | (2 << 8) | (3 << 40) | (4 << 72) | (5 << 104));
    }

    function test_isZero_onlyForAllZero() public pure {
        vm.assertTrue(ResourcesLib.pack(_r(0, 0, 0, 0, 0)).isZero());
        vm.assertFalse(ResourcesLib.pack(_r(0, 1, 0, 0, 0)).isZero());
        vm.assertFalse(ResourcesLib.pack(_r(0, 0, 0, 0, 1)).isZero());
    }

    // ------------------------------------------------------------------ fits

    /// @dev Raising any one debited field of the need above the available amount breaks `fits`;
    ///      at the available amount it still fits.
    function testFuzz_fits_perField(uint256 field, uint32 avail, uint32 over) public pure {
        field = bound(field, 0, 3);
        avail = uint32(bound(avail, 0, type(uint32).max - 1));
        if (field == 0) avail = uint32(bound(avail, 0, type(uint8).max - 1));
        over = uint32(bound(over, avail + 1, field == 0 ? type(uint8).max : type(uint32).max));

        Resources memory available = _r(type(uint8).max, type(uint32).max, type(uint32).max, type(uint32).max, type(uint32).max);
        Resources memory need = _r(1, 1, 1, 1, 1);
        _set(available, field, avail);
        _set(need, field, avail);
        vm.assertTrue(_fits(need, available), "equal fits");
        _set(need, field, over);
        vm.assertFalse(_fits(need, available), "more does not fit");
    }

    function test_fits_perFieldConcrete() public pure {
        testFuzz_fits_perField(0, 2, 3); // gpus
        testFuzz_fits_perField(1, 8000, 8001); // cpu
        testFuzz_fits_perField(2, 0, 1); // ram
        testFuzz_fits_perField(3, 100, type(uint32).max); // disk
    }

    /// @dev `field` 0..3 = gpus, cpu, ram, disk.
    function _set(Resources memory r, uint256 field, uint32 v) internal pure {
        if (field == 0) r.gpus = uint8(v);
        else if (field == 1) r.cpuMillis = v;
        else if (field == 2) r.ramMiB = v;
        else r.diskMiB = v;
    }

    /// @dev VRAM is per GPU: compared only when the job needs a GPU.
    function testFuzz_fits_vramOnlyWithGpus(uint32 needVram, uint32 availVram, uint8 gpus) public pure {
        gpus = uint8(bound(gpus, 1, type(uint8).max));
        Resources memory available = _r(type(uint8).max, availVram, 1000, 1000, 1000);
        vm.assertTrue(_fits(_r(0, needVram, 1, 1, 1), available), "no gpu: vram ignored");
        vm.assertEq(_fits(_r(gpus, needVram, 1, 1, 1), available), needVram <= availVram, "gpu: vram compared");
    }

    function test_fits_vramOnlyWithGpusConcrete() public pure {
        testFuzz_fits_vramOnlyWithGpus(24_000, 16_000, 1);
        testFuzz_fits_vramOnlyWithGpus(16_000, 16_000, 2);
    }

    function testFuzz_fits_matchesFieldwiseComparison(uint136 needRaw, uint136 availRaw) public pure {
        Resources memory need = PackedResources.wrap(needRaw).unpack();
        Resources memory avail = PackedResources.wrap(availRaw).unpack();
        bool expected = need.gpus <= avail.gpus && (need.gpus == 0 || need.vramMiB <= avail.vramMiB)
            && need.cpuMillis <= avail.cpuMillis && need.ramMiB <= avail.ramMiB && need.diskMiB <= avail.diskMiB;
        vm.assertEq(PackedResources.wrap(needRaw).fits(PackedResources.wrap(availRaw)), expected);
    }

    function test_fits_matchesFieldwiseComparisonConcrete() public pure {
        testFuzz_fits_matchesFieldwiseComparison(
            PackedResources.unwrap(ResourcesLib.pack(_r(1, 100, 200, 300, 400))),
            PackedResources.unwrap(ResourcesLib.pack(_r(1, 100, 200, 300, 399)))
        );
    }

    // ------------------------------------------------------------------ debit / credit

    /// @dev For any need that fits: debit subtracts each debited field without borrowing, keeps
    ///      VRAM, and credit undoes it exactly.
    function testFuzz_debit_thenCreditIsIdentity(uint136 availRaw, uint136 needRaw) public pure {
        Resources memory a = PackedResources.wrap(availRaw).unpack();
        Resources memory n = PackedResources.wrap(needRaw).unpack();
        n.gpus = uint8(bound(n.gpus, 0, a.gpus));
        n.cpuMillis = uint32(bound(n.cpuMillis, 0, a.cpuMillis));
        n.ramMiB = uint32(bound(n.ramMiB, 0, a.ramMiB));
        n.diskMiB = uint32(bound(n.diskMiB, 0, a.diskMiB));
        if (n.gpus != 0) n.vramMiB = uint32(bound(n.vramMiB, 0, a.vramMiB));
        PackedResources available = ResourcesLib.pack(a);
        PackedResources need = ResourcesLib.pack(n);
        vm.assertTrue(need.fits(available));

        Resources memory left = available.debit(need).unpack();
        _eq(left, _r(a.gpus - n.gpus, a.vramMiB, a.cpuMillis - n.cpuMillis, a.ramMiB - n.ramMiB, a.diskMiB - n.diskMiB));
        vm.assertEq(PackedResources.unwrap(available.debit(need).credit(need)), PackedResources.unwrap(available));
    }

    function test_debit_thenCreditIsIdentityConcrete() public pure {
        testFuzz_debit_thenCreditIsIdentity(
            PackedResources.unwrap(ResourcesLib.pack(_r(2, 24_576, 8000, 32_768, 100_000))),
            PackedResources.unwrap(ResourcesLib.pack(_r(2, 80_000, 8000, 1, 100_000)))
        );
    }

    function test_debit_wholeCapacityLeavesOnlyVram() public pure {
        PackedResources a = ResourcesLib.pack(_r(2, 24_576, 8000, 32_768, 100_000));
        _eq(a.debit(a).unpack(), _r(0, 24_576, 0, 0, 0));
    }
}
