// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus} from "../../src/types/Status.sol";
import {StoringClient} from "../clients/StoringClient.sol";

/// @notice postJobs, matchJobs, submitResults, finalizeJobs: each item runs as its single twin,
///         a bad item changes nothing and does not undo the others, and a batch ends in the
///         same state as the same items sent one by one.
contract PondMarketBatchTest is PondUnitBase {
    uint256 internal offerId;

    function setUp() public override {
        super.setUp();
        offerId = _providerReady(100 ether);
        vm.prank(creator);
        market.deposit{value: 100 ether}(address(0), 100 ether);
    }

    // ------------------------------------------------------------------ each batch

    function test_postJobs_paysFromTheBalanceAndReportsABadItem() public {
        IPondMarket.JobRequest[] memory rs = new IPondMarket.JobRequest[](3);
        rs[0] = _jobRequest();
        rs[1] = _jobRequest();
        rs[1].price = 0;
        rs[2] = _jobRequest();
        uint256 before = _bal(creator);

        vm.expectEmit(address(market));
        emit IPondMarket.BatchItemFailed(
            IPondMarket.postJob.selector, 1, abi.encodeWithSelector(IPondMarket.PriceZero.selector)
        );
        vm.prank(creator);
        uint256[] memory ids = market.postJobs(rs);

        assertEq(ids.length, 3);
        assertEq(ids[0], 1);
        assertEq(ids[1], 0);
        assertEq(ids[2], 2);
        assertEq(market.jobCount(), 2);
        assertEq(_bal(creator), before - 2 * (uint256(PRICE) + SOLVER_FEE));
        assertEq(_status(2), JobStatus.Open);
    }

    function test_postJobs_takesNoValue() public {
        IPondMarket.JobRequest[] memory rs = new IPondMarket.JobRequest[](1);
        rs[0] = _jobRequest();
        vm.prank(creator);
        (bool ok,) = address(market).call{value: PRICE + SOLVER_FEE}(abi.encodeCall(IPondMarket.postJobs, (rs)));
        vm.assertFalse(ok, "a batch refuses value");
        assertEq(market.jobCount(), 0);
    }

    function test_matchJobs_aBadItemDoesNotUndoTheGoodOnes() public {
        uint256 a = _postDefaultJob();
        uint256 b = _postDefaultJob();
        uint256 c = _postDefaultJob();
        vm.prank(creator);
        market.cancelJob(b, _terms(b));

        vm.expectEmit(address(market));
        emit IPondMarket.BatchItemFailed(
            IPondMarket.matchJob.selector,
            1,
            abi.encodeWithSelector(IPondMarket.JobNotOpen.selector, b, JobStatus.Cancelled)
        );
        bool[] memory done = _matchAll(_ids(a, b, c));

        vm.assertTrue(done[0] && !done[1] && done[2]);
        assertEq(_status(a), JobStatus.Matched);
        assertEq(_status(b), JobStatus.Cancelled);
        assertEq(_status(c), JobStatus.Matched);
    }

    function test_matchJobs_lengthsMustAgree() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.BatchLengthMismatch.selector, 2, 1));
        vm.prank(solver);
        market.matchJobs(new uint256[](2), new uint256[](1), _termsOf(new uint256[](2)));
    }

    function test_submitResults_onlyTheProvidersItemsPass() public {
        uint256 a = _postDefaultJob();
        uint256 b = _postDefaultJob();
        _match(a, offerId);
        _match(b, offerId);
        string[] memory cids = new string[](2);
        cids[0] = CID;
        cids[1] = "";

        vm.prank(provider);
        bool[] memory done = market.submitResults(_ids(a, b), cids);
        vm.assertTrue(done[0] && !done[1]);
        assertEq(_status(a), JobStatus.Submitted);
        assertEq(_status(b), JobStatus.Matched);

        // Someone else's batch passes nothing, as its single twin would not.
        cids[1] = CID;
        vm.prank(stranger);
        done = market.submitResults(_ids(b, b), cids);
        vm.assertTrue(!done[0] && !done[1]);
        assertEq(_status(b), JobStatus.Matched);
    }

    function test_finalizeJobs_skipsAnOpenWindow() public {
        uint256 a = _postDefaultJob();
        _match(a, offerId);
        _submit(a);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        uint256 b = _postDefaultJob();
        _match(b, offerId);
        _submit(b);

        vm.prank(stranger);
        bool[] memory done = market.finalizeJobs(_ids(a, b), _termsOf(_ids(a, b)), _resultsOf(_ids(a, b)));
        vm.assertTrue(done[0] && !done[1]);
        assertEq(_status(a), JobStatus.Accepted);
        assertEq(_status(b), JobStatus.Submitted);
    }

    // ------------------------------------------------------------------ gas

    /// @dev Two contract clients' jobs finalized in one batch sent with gas for one callback:
    ///      the second item's single twin would revert (`CallbackGasTooLow`), so the batch reverts
    ///      with it and settles nothing, rather than succeed with the second item reported failed
    ///      (which `eth_estimateGas` would settle on, and a keeper would pay for every block).
    ///      With the gas for both, both are accepted and both clients have their result.
    function test_finalizeJobs_aCallbackShortOfGasRevertsTheBatch() public {
        vm.deal(address(this), 4 ether);
        StoringClient a = new StoringClient(market);
        StoringClient b = new StoringClient(market);
        uint256[] memory ids = _ids(a.run{value: 2 ether}("moo a"), b.run{value: 2 ether}("moo b"));
        for (uint256 i; i < 2; ++i) {
            _match(ids[i], offerId);
            _submit(ids[i]);
        }
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        bytes memory call = abi.encodeCall(IPondMarket.finalizeJobs, (ids, _termsOf(ids), _resultsOf(ids)));

        vm.prank(provider);
        (bool ok, bytes memory ret) = address(market).call{gas: 750_000}(call);
        vm.assertFalse(ok, "a batch short of gas for a callback reverts");
        vm.assertEq(bytes32(bytes4(ret)), bytes32(IPondMarket.CallbackGasTooLow.selector), "CallbackGasTooLow");
        assertEq(_status(ids[0]), JobStatus.Submitted);
        assertEq(_status(ids[1]), JobStatus.Submitted);

        vm.prank(provider);
        (ok,) = address(market).call(call);
        assertTrue(ok);
        assertEq(_status(ids[0]), JobStatus.Accepted);
        assertEq(_status(ids[1]), JobStatus.Accepted);
        assertEq(a.lastCid(), CID);
        assertEq(b.lastCid(), CID);
    }

    /// @dev At any gas limit, a finalizeJobs of two contract clients' jobs and a person's either
    ///      reverts and settles nothing, or succeeds with every item settled: no gas limit makes
    ///      a successful batch whose items only lacked gas.
    function testFuzz_finalizeJobs_neverSucceedsShortOfGas(uint256 gas) public {
        gas = bound(gas, 100_000, 3_000_000);
        vm.deal(address(this), 4 ether);
        StoringClient a = new StoringClient(market);
        StoringClient b = new StoringClient(market);
        uint256[] memory ids = _ids(a.run{value: 2 ether}("moo a"), _postDefaultJob(), b.run{value: 2 ether}("moo b"));
        for (uint256 i; i < 3; ++i) {
            _match(ids[i], offerId);
            _submit(ids[i]);
        }
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.prank(provider);
        (bool ok,) = address(market).call{gas: gas}(
            abi.encodeCall(IPondMarket.finalizeJobs, (ids, _termsOf(ids), _resultsOf(ids)))
        );
        JobStatus want = ok ? JobStatus.Accepted : JobStatus.Submitted;
        for (uint256 i; i < 3; ++i) {
            assertEq(_status(ids[i]), want);
        }
    }

    /// @dev A batch sent with the gas for its first item and half its second: the second item
    ///      runs out of gas and the batch reverts with `BatchOutOfGas(1)`, nothing posted.
    function test_postJobs_anItemOutOfGasRevertsTheBatch() public {
        IPondMarket.JobRequest[] memory one = new IPondMarket.JobRequest[](1);
        IPondMarket.JobRequest[] memory two = new IPondMarket.JobRequest[](2);
        one[0] = _jobRequest();
        (two[0], two[1]) = (_jobRequest(), _jobRequest());
        uint256 snap = vm.snapshotState();
        uint256 g1 = _gasOf(abi.encodeCall(IPondMarket.postJobs, (one)));
        vm.revertToState(snap);
        uint256 g2 = _gasOf(abi.encodeCall(IPondMarket.postJobs, (two)));
        vm.revertToState(snap);

        vm.prank(creator);
        (bool ok, bytes memory ret) =
            address(market).call{gas: g1 + (g2 - g1) / 2}(abi.encodeCall(IPondMarket.postJobs, (two)));
        vm.assertFalse(ok, "a batch short of gas for an item reverts");
        vm.assertEq(ret, abi.encodeWithSelector(IPondMarket.BatchOutOfGas.selector, 1));
        assertEq(market.jobCount(), 0);
    }

    /// @dev The gas a call from the creator uses (it must succeed).
    function _gasOf(bytes memory call) internal returns (uint256 used) {
        vm.prank(creator);
        uint256 before = gasleft();
        (bool ok,) = address(market).call(call);
        used = before - gasleft();
        assertTrue(ok);
    }

    // ------------------------------------------------------------------ batch = one by one

    /// @dev Up to 8 jobs through post, match, submit and finalize, some items bad at each step
    ///      (bits of `bad`: a zero price, a job cancelled before the match, an empty CID, a
    ///      finalize inside the window): the batches and the same calls one by one end with the
    ///      same jobs, balances and offer capacity.
    function testFuzz_batchEndsLikeOneByOne(uint8 n, uint32 bad) public {
        n = uint8(bound(n, 1, 8));
        uint256 snap = vm.snapshotState();
        bytes32 oneByOne = _lifecycle(n, bad, false);
        vm.revertToState(snap);
        bytes32 batched = _lifecycle(n, bad, true);
        vm.assertEq(batched, oneByOne, "a batch ends like its items one by one");
    }

    function test_batchEndsLikeOneByOne_mixedItems() public {
        testFuzz_batchEndsLikeOneByOne(6, 0x00B4_21C3);
    }

    function _lifecycle(uint256 n, uint32 bad, bool batched) internal returns (bytes32) {
        IPondMarket.JobRequest[] memory rs = new IPondMarket.JobRequest[](n);
        for (uint256 i; i < n; ++i) {
            rs[i] = _jobRequest();
            if (_bad(bad, 0, i)) rs[i].price = 0;
        }
        uint256[] memory ids = new uint256[](n);
        if (batched) {
            vm.prank(creator);
            ids = market.postJobs(rs);
        } else {
            for (uint256 i; i < n; ++i) {
                vm.prank(creator);
                try market.postJob(rs[i]) returns (uint256 id) {
                    ids[i] = id;
                } catch {}
            }
        }
        // A job cancelled before the match (the same call either way).
        for (uint256 i; i < n; ++i) {
            if (ids[i] != 0 && _bad(bad, 1, i)) {
                vm.prank(creator);
                market.cancelJob(ids[i], _terms(ids[i]));
            }
        }
        uint256[] memory offers = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            offers[i] = offerId;
        }
        if (batched) {
            vm.prank(solver);
            market.matchJobs(ids, offers, _termsOf(ids));
        } else {
            for (uint256 i; i < n; ++i) {
                vm.prank(solver);
                try market.matchJob(ids[i], offerId, _terms(ids[i])) {} catch {}
            }
        }
        string[] memory cids = new string[](n);
        for (uint256 i; i < n; ++i) {
            cids[i] = _bad(bad, 2, i) ? "" : CID;
        }
        if (batched) {
            vm.prank(provider);
            market.submitResults(ids, cids);
        } else {
            for (uint256 i; i < n; ++i) {
                vm.prank(provider);
                try market.submitResult(ids[i], cids[i]) {} catch {}
            }
        }
        // Items due now are finalized after the window, the others tried inside it first.
        uint256[] memory early = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            if (_bad(bad, 3, i)) early[i] = ids[i];
        }
        _finalizeAll(early, batched);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        _finalizeAll(ids, batched);
        return _state(n);
    }

    function _finalizeAll(uint256[] memory ids, bool batched) internal {
        if (batched) {
            vm.prank(stranger);
            market.finalizeJobs(ids, _termsOf(ids), _resultsOf(ids));
            return;
        }
        for (uint256 i; i < ids.length; ++i) {
            vm.prank(stranger);
            try market.finalize(ids[i], _terms(ids[i]), _result(ids[i])) {} catch {}
        }
    }

    /// @dev Everything the lifecycle can change: each job, the actors' balances, the offer.
    function _state(uint256 n) internal view returns (bytes32 h) {
        h = keccak256(
            abi.encode(
                market.jobCount(),
                _bal(creator),
                _bal(provider),
                _bal(solver),
                _bal(stranger),
                address(market).balance,
                market.getOffer(offerId)
            )
        );
        for (uint256 i = 1; i <= n; ++i) {
            if (i > market.jobCount()) break;
            h = keccak256(abi.encode(h, market.getJob(i)));
        }
    }

    function _bad(uint32 bad, uint256 step, uint256 i) internal pure returns (bool) {
        return (bad >> (step * 8 + i)) & 1 == 1;
    }

    // ------------------------------------------------------------------ helpers

    function _matchAll(uint256[] memory ids) internal returns (bool[] memory) {
        uint256[] memory offers = new uint256[](ids.length);
        for (uint256 i; i < ids.length; ++i) {
            offers[i] = offerId;
        }
        vm.prank(solver);
        return market.matchJobs(ids, offers, _termsOf(ids));
    }

    function _ids(uint256 a, uint256 b) internal pure returns (uint256[] memory ids) {
        ids = new uint256[](2);
        (ids[0], ids[1]) = (a, b);
    }

    function _ids(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory ids) {
        ids = new uint256[](3);
        (ids[0], ids[1], ids[2]) = (a, b, c);
    }
}
