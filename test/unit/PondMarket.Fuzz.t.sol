// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {Resources} from "../../src/types/Resources.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice Fuzzed matching checks, amounts and deadlines, each with a concrete twin.
contract PondMarketFuzzTest is PondUnitBase {
    uint256 internal constant PROVIDER_DEPOSIT = 1_000 ether;

    function _jobAt(uint96 price, uint96 solverFee) internal returns (uint256) {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.price = price;
        r.solverFee = solverFee;
        return _postJob(creator, r);
    }

    // ================================================================== matching checks

    function testFuzz_matchJob_priceVsAsk(uint96 price, uint96 ask) public {
        price = uint96(bound(price, 1, 100 ether));
        ask = uint96(bound(ask, 0, 100 ether));
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.askPrice = ask;
        // Exactly the collateral: the price decides the match, never the provider's balance.
        _deposit(provider, _collateralOf(price));
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _jobAt(price, SOLVER_FEE);

        if (price < ask) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.PriceBelowAsk.selector, jobId, offerId, price, ask));
            _match(jobId, offerId);
            assertEq(_status(jobId), JobStatus.Open);
        } else {
            _match(jobId, offerId);
            assertEq(_status(jobId), JobStatus.Matched);
        }
    }

    function test_matchJob_priceVsAskConcrete() public {
        testFuzz_matchJob_priceVsAsk(1 ether, 1 ether + 1);
    }

    function test_matchJob_priceVsAskConcreteEqual() public {
        testFuzz_matchJob_priceVsAsk(1 ether, 1 ether);
    }

    /// @dev `field`: 0 gpus, 1 vram (with one gpu), 2 cpu, 3 ram, 4 disk. The offer has `avail`
    ///      of that field and the job needs `need`; everything else fits.
    function testFuzz_matchJob_capacityField(uint256 field, uint32 avail, uint32 need) public {
        field = bound(field, 0, 4);
        uint256 max = field == 0 ? type(uint8).max : type(uint32).max;
        avail = uint32(bound(avail, 1, max));
        need = uint32(bound(need, 1, max));

        Resources memory capacity = Resources({gpus: 4, vramMiB: 10_000, cpuMillis: 10_000, ramMiB: 10_000, diskMiB: 10_000});
        Resources memory want = Resources({gpus: 1, vramMiB: 1, cpuMillis: 1, ramMiB: 1, diskMiB: 1});
        _setField(capacity, field, avail);
        _setField(want, field, need);

        IPondMarket.OfferRequest memory o = _offerRequest();
        o.capacity = capacity;
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _tinyJob(want);

        if (need > avail) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.CapacityExceeded.selector, jobId, offerId));
            _match(jobId, offerId);
        } else {
            _match(jobId, offerId);
            Resources memory left = market.getOffer(offerId).available;
            // VRAM per GPU is compared, never debited.
            uint256 expected = field == 1 ? avail : avail - need;
            assertEq(_field(left, field), expected, "available after debit");
        }
    }

    function test_matchJob_capacityFieldConcrete() public {
        testFuzz_matchJob_capacityField(0, 4, 5);
        testFuzz_matchJob_capacityField(1, 16_000, 16_001);
        testFuzz_matchJob_capacityField(2, 1000, 1000);
        testFuzz_matchJob_capacityField(3, 1000, 1001);
        testFuzz_matchJob_capacityField(4, 1, 2);
    }

    function _setField(Resources memory r, uint256 field, uint32 v) internal pure {
        if (field == 0) r.gpus = uint8(v);
        else if (field == 1) r.vramMiB = v;
        else if (field == 2) r.cpuMillis = v;
        else if (field == 3) r.ramMiB = v;
        else r.diskMiB = v;
    }

    function _field(Resources memory r, uint256 field) internal pure returns (uint256) {
        if (field == 0) return r.gpus;
        if (field == 1) return r.vramMiB;
        if (field == 2) return r.cpuMillis;
        if (field == 3) return r.ramMiB;
        return r.diskMiB;
    }

    /// @dev Job and offer in any of native/token: a match needs the same one.
    function testFuzz_matchJob_tokenMismatch(bool jobInToken, bool offerInToken) public {
        _deposit(provider, 10 ether);
        _fundTokens(provider, 10 ether);
        _fundTokens(creator, 10 ether);
        uint256 offerId = _postOffer(provider, offerInToken ? _tokenOfferRequest() : _offerRequest());
        uint256 jobId;
        if (jobInToken) {
            vm.prank(creator);
            jobId = market.postJob(_tokenJobRequest());
        } else {
            jobId = _postDefaultJob();
        }
        if (jobInToken != offerInToken) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenMismatch.selector, jobId, offerId));
            _match(jobId, offerId);
        } else {
            _match(jobId, offerId);
            assertEq(_status(jobId), JobStatus.Matched);
        }
    }

    function test_matchJob_tokenMismatchConcrete() public {
        testFuzz_matchJob_tokenMismatch(true, false);
    }

    function testFuzz_matchJob_expiredJob(uint256 elapsed) public {
        elapsed = bound(elapsed, 0, 2 hours);
        uint256 offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        uint256 jobId = _postJob(creator, r);
        vm.warp(block.timestamp + elapsed);
        if (block.timestamp >= r.expiry) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobExpired.selector, jobId, r.expiry));
            _match(jobId, offerId);
        } else {
            _match(jobId, offerId);
            assertEq(_status(jobId), JobStatus.Matched);
        }
    }

    function test_matchJob_expiredJobConcrete() public {
        testFuzz_matchJob_expiredJob(1 hours - 1); // last second
        testFuzz_matchJob_expiredJob(1 hours); // at expiry
    }

    function testFuzz_matchJob_expiredOffer(uint256 elapsed) public {
        elapsed = bound(elapsed, 0, 40 minutes);
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.expiry = uint40(block.timestamp + 20 minutes);
        _deposit(provider, 10 ether);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _postDefaultJob();
        vm.warp(block.timestamp + elapsed);
        if (block.timestamp >= o.expiry) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.OfferNotOpen.selector, offerId));
            _match(jobId, offerId);
        } else {
            _match(jobId, offerId);
            assertEq(_status(jobId), JobStatus.Matched);
        }
    }

    function test_matchJob_expiredOfferConcrete() public {
        testFuzz_matchJob_expiredOffer(20 minutes - 1);
        testFuzz_matchJob_expiredOffer(20 minutes);
    }

    function testFuzz_matchJob_collateral(uint96 price, uint256 deposited) public {
        price = uint96(bound(price, 1, 100 ether));
        deposited = bound(deposited, 1, 300 ether);
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.askPrice = 0;
        _deposit(provider, deposited);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _jobAt(price, 0);
        uint256 collateral = _collateralOf(price);
        if (deposited < collateral) {
            vm.expectRevert(
                abi.encodeWithSelector(IPondMarket.CollateralInsufficient.selector, provider, deposited, collateral)
            );
            _match(jobId, offerId);
        } else {
            _match(jobId, offerId);
            assertEq(_bal(provider), deposited - collateral);
        }
    }

    function test_matchJob_collateralConcrete() public {
        testFuzz_matchJob_collateral(1 ether, 2 ether - 1);
    }

    // ================================================================== amounts

    /// @dev The job view's collateral is 2x the price plus the committee's fees, at any price
    ///      and fee, and a matched deal locks exactly that.
    function testFuzz_collateral_isPriceTimesTwoPlusCommitteeFees(uint96 price, uint96 fee) public {
        price = uint96(bound(price, 1, 100 ether));
        fee = uint96(bound(fee, MEDIATOR_FEE / 10, uint256(MEDIATOR_FEE) * 10));
        vm.prank(governance);
        market.configureToken(address(0), true, fee);
        uint256 jobId = _jobAt(price, 0);
        uint256 offerId = _providerReady(2 * uint256(price) + 3 * uint256(fee));
        vm.prank(provider);
        market.updateOffer(offerId, 0, uint40(block.timestamp + 1 days));
        _match(jobId, offerId);
        assertEq(_bal(provider), 0, "the deal locks exactly the collateral");
    }

    function test_collateral_isPriceTimesTwoPlusCommitteeFeesConcrete() public {
        testFuzz_collateral_isPriceTimesTwoPlusCommitteeFees(1, MEDIATOR_FEE * 10);
    }

    /// @dev One whole accepted lifecycle: the creator pays exactly price + solverFee, the solver
    ///      earns its fee, the provider earns the price, and the market holds exactly the free
    ///      balances at every step.
    function testFuzz_lifecycle_acceptedAmounts(uint96 price, uint96 solverFee, uint96 ask) public {
        price = uint96(bound(price, 1, 100 ether));
        solverFee = uint96(bound(solverFee, 0, 10 ether));
        ask = uint96(bound(ask, 0, price));

        IPondMarket.OfferRequest memory o = _offerRequest();
        o.askPrice = ask;
        _deposit(provider, PROVIDER_DEPOSIT);
        uint256 offerId = _postOffer(provider, o);
        uint256 creatorWallet = creator.balance;

        uint256 jobId = _jobAt(price, solverFee);
        assertEq(creator.balance, creatorWallet - price - solverFee);
        _assertLocked(uint256(price) + solverFee);

        _match(jobId, offerId);
        // The solver fee stays locked until the deal ends.
        assertEq(_bal(solver), 0);
        assertEq(_bal(provider), PROVIDER_DEPOSIT - _collateralOf(price));
        _assertLocked(uint256(price) + solverFee + _collateralOf(price));

        _submit(jobId);
        assertEq(_bal(solver), 0);
        _assertLocked(uint256(price) + solverFee + _collateralOf(price));
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(_bal(solver), solverFee);
        assertEq(_bal(provider), PROVIDER_DEPOSIT + price);
        assertEq(_bal(creator), 0);
        _assertLocked(0);
    }

    function test_lifecycle_acceptedAmountsConcrete() public {
        testFuzz_lifecycle_acceptedAmounts(3 ether, 0.1 ether, 1 ether);
    }

    /// @dev The same with the provider timing out: the creator gets price + collateral.
    function testFuzz_lifecycle_timedOutAmounts(uint96 price, uint96 solverFee) public {
        price = uint96(bound(price, 1, 100 ether));
        solverFee = uint96(bound(solverFee, 0, 10 ether));
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.askPrice = 0;
        _deposit(provider, PROVIDER_DEPOSIT);
        uint256 offerId = _postOffer(provider, o);
        uint256 jobId = _jobAt(price, solverFee);
        _match(jobId, offerId);
        vm.warp(block.timestamp + RUN_TIME);
        market.timeoutJob(jobId, _terms(jobId));
        assertEq(_bal(creator), uint256(price) + _collateralOf(price));
        assertEq(_bal(provider), PROVIDER_DEPOSIT - _collateralOf(price));
        assertEq(_bal(solver), solverFee);
        _assertLocked(0);
    }

    function test_lifecycle_timedOutAmountsConcrete() public {
        testFuzz_lifecycle_timedOutAmounts(1, 0);
    }

    /// @dev The market's native balance is the free balances plus `locked`.
    function _assertLocked(uint256 locked) internal view {
        uint256 free = _bal(creator) + _bal(provider) + _bal(solver) + _bal(stranger);
        assertEq(address(market).balance, free + locked, "market balance == free + locked");
    }

    /// @dev A contract client's price is what it sent less the module's solver fee.
    function testFuzz_runModuleWithDefaultMediators_priceIsValueLessFee(uint256 value) public {
        value = bound(value, uint256(SOLVER_FEE) + 1, 1_000 ether);
        vm.prank(stranger);
        uint256 jobId = market.runModuleWithDefaultMediators{value: value}("cowsay:v0.0.1", "moo");
        IPondMarket.JobTerms memory j = _terms(jobId);
        assertEq(j.price, value - SOLVER_FEE);
        assertEq(j.solverFee, SOLVER_FEE);
        assertEq(uint256(j.price) + j.solverFee, value);
    }

    function test_runModuleWithDefaultMediators_priceIsValueLessFeeConcrete() public {
        testFuzz_runModuleWithDefaultMediators_priceIsValueLessFee(uint256(SOLVER_FEE) + 1);
    }

    // ================================================================== deadlines

    function testFuzz_submitResult_runDeadline(uint256 elapsed) public {
        elapsed = bound(elapsed, 0, 2 * uint256(RUN_TIME));
        uint256 offerId = _providerReady(10 ether);
        uint256 jobId = _postDefaultJob();
        _match(jobId, offerId);
        uint256 deadline = block.timestamp + RUN_TIME;
        vm.warp(block.timestamp + elapsed);
        if (block.timestamp >= deadline) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.RunDeadlinePassed.selector, jobId, deadline));
            _submit(jobId);
            // ...and from then on anyone may time it out.
            market.timeoutJob(jobId, _terms(jobId));
            assertEq(_status(jobId), JobStatus.TimedOut);
        } else {
            _submit(jobId);
            assertEq(_status(jobId), JobStatus.Submitted);
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.JobNotMatched.selector, jobId, JobStatus.Submitted));
            market.timeoutJob(jobId, _terms(jobId));
        }
    }

    function test_submitResult_runDeadlineConcrete() public {
        testFuzz_submitResult_runDeadline(RUN_TIME - 1);
    }

    function test_submitResult_runDeadlineConcreteAt() public {
        testFuzz_submitResult_runDeadline(RUN_TIME);
    }

    function testFuzz_finalize_challengeWindow(uint256 elapsed) public {
        elapsed = bound(elapsed, 0, 2 * uint256(CHALLENGE_WINDOW));
        (uint256 jobId,) = _submittedJob();
        uint256 deadline = block.timestamp + CHALLENGE_WINDOW;
        vm.warp(block.timestamp + elapsed);
        if (block.timestamp < deadline) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.ChallengeWindowOpen.selector, jobId, deadline));
            market.finalize(jobId, _terms(jobId), _result(jobId));
        } else {
            market.finalize(jobId, _terms(jobId), _result(jobId));
            assertEq(_status(jobId), JobStatus.Accepted);
        }
    }

    function test_finalize_challengeWindowConcrete() public {
        testFuzz_finalize_challengeWindow(CHALLENGE_WINDOW - 1);
    }

    function test_finalize_challengeWindowConcreteAt() public {
        testFuzz_finalize_challengeWindow(CHALLENGE_WINDOW);
    }

    /// @dev At every instant exactly one of challenge and finalize is possible.
    function testFuzz_challenge_windowEdge(uint256 elapsed) public {
        elapsed = bound(elapsed, 0, 2 * uint256(CHALLENGE_WINDOW));
        _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        uint256 deadline = block.timestamp + CHALLENGE_WINDOW;
        vm.warp(block.timestamp + elapsed);
        if (block.timestamp >= deadline) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.ChallengeWindowClosed.selector, jobId, deadline));
            vm.prank(creator);
            market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
            market.finalize(jobId, _terms(jobId), _result(jobId));
            assertEq(_status(jobId), JobStatus.Accepted);
        } else {
            vm.prank(creator);
            market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
            assertEq(_status(jobId), JobStatus.Challenged);
        }
    }

    function test_challenge_windowEdgeConcrete() public {
        testFuzz_challenge_windowEdge(CHALLENGE_WINDOW - 1);
    }

    function test_challenge_windowEdgeConcreteAt() public {
        testFuzz_challenge_windowEdge(CHALLENGE_WINDOW);
    }

    function testFuzz_cancelJob_expiryEdge(uint256 elapsed) public {
        elapsed = bound(elapsed, 0, 2 hours);
        IPondMarket.JobRequest memory r = _jobRequest();
        uint256 jobId = _postJob(creator, r);
        vm.warp(block.timestamp + elapsed);
        if (block.timestamp < r.expiry) {
            vm.expectRevert(abi.encodeWithSelector(IPondMarket.NotJobCreator.selector, jobId, stranger));
            vm.prank(stranger);
            market.cancelJob(jobId, _terms(jobId));
        } else {
            vm.prank(stranger);
            market.cancelJob(jobId, _terms(jobId));
            assertEq(_bal(creator), PRICE + SOLVER_FEE);
        }
    }

    function test_cancelJob_expiryEdgeConcrete() public {
        testFuzz_cancelJob_expiryEdge(1 hours - 1);
    }

    function test_cancelJob_expiryEdgeConcreteAt() public {
        testFuzz_cancelJob_expiryEdge(1 hours);
    }

    /// @dev A mediation can be resolved by anyone once its reveal deadline passed, not before
    ///      (unless every eligible member revealed).
    function testFuzz_resolveChallenge_revealDeadline(uint256 elapsed) public {
        elapsed = bound(elapsed, 0, 3 hours);
        (uint256 jobId,) = _challengedJob(creator);
        uint256 revealDeadline = block.timestamp + COMMIT_WINDOW + RUN_TIME + REVEAL_WINDOW;
        vm.warp(block.timestamp + elapsed);
        if (block.timestamp < revealDeadline) {
            vm.expectRevert(
                abi.encodeWithSignature("MediationNotOver(uint256,uint256)", jobId, revealDeadline)
            );
            market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        } else {
            market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
            assertEq(_status(jobId), JobStatus.Undecided);
        }
    }

    function test_resolveChallenge_revealDeadlineConcrete() public {
        testFuzz_resolveChallenge_revealDeadline(2 hours + RUN_TIME - 1);
    }

    function test_resolveChallenge_revealDeadlineConcreteAt() public {
        testFuzz_resolveChallenge_revealDeadline(2 hours + RUN_TIME);
    }
}
