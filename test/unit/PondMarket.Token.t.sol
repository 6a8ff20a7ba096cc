// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "./PondUnitBase.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {PondTestToken} from "../../src/tokens/PondTestToken.sol";
import {JobStatus} from "../../src/types/Status.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @notice Governance (configureToken, ownership) and the ERC-20 path end to end.
contract PondMarketTokenTest is PondUnitBase {
    // ------------------------------------------------------------------ configureToken

    function test_configureToken_addsTokenAtNextIndex() public {
        address other = address(new PondTestToken());
        vm.expectEmit(address(market));
        emit IPondMarket.TokenConfigured(other, 2, true, 7);
        vm.prank(governance);
        market.configureToken(other, true, 7);

        (uint8 index, bool allowed, uint96 fee) = market.tokenIndex(other);
        assertEq(index, 2);
        assertTrue(allowed);
        assertEq(fee, 7);
    }

    function test_configureToken_reconfigureKeepsIndex() public {
        vm.expectEmit(address(market));
        emit IPondMarket.TokenConfigured(address(token), 1, false, MEDIATOR_FEE / 2);
        vm.prank(governance);
        market.configureToken(address(token), false, MEDIATOR_FEE / 2);
        (uint8 index, bool allowed, uint96 fee) = market.tokenIndex(address(token));
        assertEq(index, 1);
        assertFalse(allowed);
        assertEq(fee, MEDIATOR_FEE / 2);
        assertEq(market.baseMediatorFee(address(token)), MEDIATOR_FEE, "the first fee pins the range");
    }

    /// @notice A token's fee never leaves a factor of ten of its first fee: governance can make
    ///         challenges neither free nor unaffordable.
    function test_configureToken_feeStaysWithinTenfoldOfTheFirst() public {
        uint256 lowest = MEDIATOR_FEE / 10;
        uint256 highest = uint256(MEDIATOR_FEE) * 10;
        vm.startPrank(governance);
        market.configureToken(address(0), true, uint96(lowest));
        market.configureToken(address(0), true, uint96(highest));
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.MediatorFeeOutOfRange.selector, address(0), lowest - 1, lowest, highest)
        );
        market.configureToken(address(0), true, uint96(lowest - 1));
        vm.expectRevert(
            abi.encodeWithSelector(IPondMarket.MediatorFeeOutOfRange.selector, address(0), highest + 1, lowest, highest)
        );
        market.configureToken(address(0), true, uint96(highest + 1));
        vm.stopPrank();
    }

    function test_configureToken_revertsWhenNewTokenFeeZero() public {
        address other = address(new PondTestToken());
        vm.expectRevert(
            abi.encodeWithSelector(
                IPondMarket.MediatorFeeOutOfRange.selector, other, 0, 1, uint256(type(uint88).max) / 10
            )
        );
        vm.prank(governance);
        market.configureToken(other, true, 0);
    }

    // ------------------------------------------------------------------ setDefaultCommittee

    function test_setDefaultCommittee_byOwner() public {
        uint32 next = _committee(mediatorSet[0], mediatorSet[1], _outsider());
        vm.expectEmit(address(market));
        emit IPondMarket.DefaultCommitteeSet(next, 3);
        vm.prank(governance);
        market.setDefaultCommittee(next);
        (uint32 id, uint8 size) = market.defaultCommittee();
        assertEq(id, next);
        assertEq(size, 3);
    }

    function test_setDefaultCommittee_revertsWhenNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        market.setDefaultCommittee(1);
    }

    function test_setDefaultCommittee_revertsWhenNotUsable() public {
        address[] memory one = new address[](1);
        one[0] = mediatorSet[0];
        uint32 pending = mediation.createCommittee(one);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotUsable.selector, pending));
        vm.prank(governance);
        market.setDefaultCommittee(pending);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotUsable.selector, uint32(99)));
        vm.prank(governance);
        market.setDefaultCommittee(99);
    }

    function test_configureToken_nativeMediatorFee() public {
        vm.prank(governance);
        market.configureToken(address(0), true, 0.02 ether);
        assertEq(market.params().nativeMediatorFee, 0.02 ether);

        _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueMismatch.selector, COMMITTEE_FEE, 0.06 ether));
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        vm.prank(creator);
        market.challenge{value: 0.06 ether}(jobId, _terms(jobId), _result(jobId));
        assertEq(_terms(jobId).mediatorFee, 0.02 ether);
        assertEq(market.getJob(jobId).challenger, creator);
    }

    function test_configureToken_revertsWhenNotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger));
        vm.prank(stranger);
        market.configureToken(stranger, true, 0);
    }

    function test_configureToken_revertsWhenTokenLimitReached() public {
        vm.startPrank(governance);
        // Index 0 is native and index 1 the test token: 253 more fill the 255 indexes.
        for (uint160 i = 1; i <= 253; ++i) {
            market.configureToken(address(0x10000 + i), true, 1);
        }
        (uint8 last,,) = market.tokenIndex(address(0x10000 + 253));
        assertEq(last, 254);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenLimitReached.selector));
        market.configureToken(address(0x20000), true, 1);
        // A known token can still be reconfigured.
        market.configureToken(address(0x10001), false, 1);
        vm.stopPrank();
    }

    function test_tokenIndex_revertsWhenUnknown() public {
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenNotAllowed.selector, stranger));
        market.tokenIndex(stranger);
    }

    function test_tokenIndex_native() public view {
        (uint8 index, bool allowed, uint96 fee) = market.tokenIndex(address(0));
        assertEq(index, 0);
        assertTrue(allowed);
        assertEq(fee, MEDIATOR_FEE);
    }

    // ------------------------------------------------------------------ a disallowed token

    function _disallowToken() internal {
        vm.prank(governance);
        market.configureToken(address(token), false, MEDIATOR_FEE);
    }

    /// @dev A disallowed token still takes deposits: a creator must be able to pay the challenge
    ///      of a live deal in it (test_attack_disallowedTokenStillLetsTheCreatorChallengeAWrongResult).
    function test_configureToken_disallowedStillTakesDeposits() public {
        token.mint(creator, 1 ether);
        _disallowToken();
        vm.startPrank(creator);
        token.approve(address(market), 1 ether);
        market.deposit(address(token), 1 ether);
        vm.stopPrank();
        assertEq(_tokBal(creator), 1 ether);
    }

    function test_deposit_refusesATokenNeverConfigured() public {
        PondTestToken other = new PondTestToken();
        other.mint(creator, 1 ether);
        vm.startPrank(creator);
        other.approve(address(market), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenNotAllowed.selector, address(other)));
        market.deposit(address(other), 1 ether);
        vm.stopPrank();
    }

    function test_configureToken_disallowedBlocksPostJob() public {
        _fundTokens(creator, 5 ether);
        _disallowToken();
        IPondMarket.JobRequest memory r = _tokenJobRequest();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenNotAllowed.selector, address(token)));
        vm.prank(creator);
        market.postJob(r);
    }

    function test_configureToken_disallowedBlocksPostOffer() public {
        _disallowToken();
        IPondMarket.OfferRequest memory r = _tokenOfferRequest();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenNotAllowed.selector, address(token)));
        vm.prank(provider);
        market.postOffer(r);
    }

    function test_configureToken_disallowedStillWithdraws() public {
        _fundTokens(creator, 5 ether);
        _disallowToken();
        assertEq(_tokBal(creator), 5 ether);
        vm.expectEmit(address(market));
        emit IPondMarket.Withdrawn(creator, address(token), 5 ether, creator);
        vm.prank(creator);
        market.withdraw(address(token), 5 ether, creator);
        assertEq(token.balanceOf(creator), 5 ether);
        assertEq(_tokBal(creator), 0);
    }

    function test_configureToken_disallowedLetsExistingJobsFinish() public {
        _fundTokens(provider, 10 ether);
        _fundTokens(creator, 5 ether);
        uint256 offerId = _postOffer(provider, _tokenOfferRequest());
        vm.prank(creator);
        uint256 jobId = market.postJob(_tokenJobRequest());
        _disallowToken();

        _match(jobId, offerId);
        _submit(jobId);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(_tokBal(provider), 10 ether + PRICE);
    }

    function test_configureToken_disallowedNativeBlocksPostJob() public {
        vm.prank(governance);
        market.configureToken(address(0), false, MEDIATOR_FEE);
        IPondMarket.JobRequest memory r = _jobRequest();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.TokenNotAllowed.selector, address(0)));
        vm.prank(creator);
        market.postJob{value: PRICE + SOLVER_FEE}(r);
    }

    // ------------------------------------------------------------------ ERC-20 lifecycle

    function test_tokenJob_fullLifecycleBalances() public {
        _fundTokens(provider, 10 ether);
        _fundTokens(creator, 5 ether);
        uint256 offerId = _postOffer(provider, _tokenOfferRequest());
        vm.prank(creator);
        uint256 jobId = market.postJob(_tokenJobRequest());
        assertEq(_tokBal(creator), 5 ether - PRICE - SOLVER_FEE);

        vm.expectEmit(address(market));
        emit IPondMarket.JobMatched(jobId, offerId, provider, solver, _collateralOf(PRICE), uint40(block.timestamp + RUN_TIME));
        _match(jobId, offerId);
        assertEq(_tokBal(provider), 10 ether - _collateralOf(PRICE));
        assertEq(_tokBal(solver), 0);

        _submit(jobId);
        assertEq(_tokBal(solver), 0, "paid when the deal ends");
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        assertEq(_tokBal(solver), SOLVER_FEE);
        assertEq(_status(jobId), JobStatus.Accepted);
        assertEq(_tokBal(provider), 10 ether + PRICE);
        assertEq(_tokBal(creator), 5 ether - PRICE - SOLVER_FEE);
        assertEq(token.balanceOf(address(market)), 15 ether);
        // No native currency moved.
        assertEq(address(market).balance, 0);
        assertEq(_bal(provider), 0);

        vm.prank(provider);
        market.withdraw(address(token), 10 ether + PRICE, provider);
        vm.prank(solver);
        market.withdraw(address(token), SOLVER_FEE, solver);
        assertEq(token.balanceOf(provider), 10 ether + PRICE);
        assertEq(token.balanceOf(solver), SOLVER_FEE);
        assertEq(token.balanceOf(address(market)), _tokBal(creator));
    }

    function test_tokenJob_collateralMustBeInToken() public {
        _deposit(provider, 10 ether);
        _fundTokens(creator, 5 ether);
        uint256 offerId = _postOffer(provider, _tokenOfferRequest());
        vm.prank(creator);
        uint256 jobId = market.postJob(_tokenJobRequest());
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CollateralInsufficient.selector, provider, 0, _collateralOf(PRICE)));
        _match(jobId, offerId);
    }

    function test_tokenJob_challengeFeeInToken() public {
        _defaultCommittee();
        _fundTokens(provider, 10 ether);
        _fundTokens(creator, 5 ether);
        uint256 offerId = _postOffer(provider, _tokenOfferRequest());
        vm.prank(creator);
        uint256 jobId = market.postJob(_tokenJobRequest());
        _match(jobId, offerId);
        _submit(jobId);

        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ValueMismatch.selector, COMMITTEE_FEE, 0));
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));

        vm.prank(creator);
        market.challenge(jobId, _terms(jobId), _result(jobId));
        assertEq(_tokBal(creator), 5 ether - PRICE - SOLVER_FEE - COMMITTEE_FEE);

        _castVotes(jobId, [uint8(2), 2, 2]);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        // As creator: the price back and the collateral less the bounty and the mediators' pay
        // (its committee part); as challenger: the fee back and the bounty.
        assertEq(_tokBal(creator), 5 ether - SOLVER_FEE + 2 * PRICE);
        for (uint256 i; i < 3; ++i) {
            assertEq(mediation.earnings(mediatorSet[i], address(token)), MEDIATOR_FEE);
            assertEq(mediation.earnings(mediatorSet[i], address(0)), 0);
        }
        assertEq(_tokBal(address(mediation)), 3 * uint256(MEDIATOR_FEE));
        assertEq(token.balanceOf(address(market)), 15 ether);

        // A mediator takes its token earnings out: the market pays them from the registry's
        // balance.
        vm.expectEmit(address(market));
        emit IPondMarket.Withdrawn(address(mediation), address(token), MEDIATOR_FEE, mediatorSet[0]);
        vm.prank(mediatorSet[0]);
        assertEq(mediation.withdrawEarnings(address(token), mediatorSet[0]), MEDIATOR_FEE);
        assertEq(token.balanceOf(mediatorSet[0]), MEDIATOR_FEE);
        assertEq(mediation.earnings(mediatorSet[0], address(token)), 0);
        assertEq(_tokBal(address(mediation)), 2 * uint256(MEDIATOR_FEE));
        vm.expectRevert(
            abi.encodeWithSelector(IMediatorRegistry.NothingEarned.selector, mediatorSet[0], address(token))
        );
        vm.prank(mediatorSet[0]);
        mediation.withdrawEarnings(address(token), mediatorSet[0]);
    }

    // ------------------------------------------------------------------ ownership and params

    function test_transferOwnership_twoStep() public {
        vm.prank(governance);
        market.transferOwnership(stranger);
        assertEq(market.owner(), governance);
        assertEq(market.pendingOwner(), stranger);

        vm.prank(stranger);
        market.acceptOwnership();
        assertEq(market.owner(), stranger);

        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, governance));
        vm.prank(governance);
        market.configureToken(address(token), false, 0);
    }

    function test_acceptOwnership_revertsWhenNotPending() public {
        vm.prank(governance);
        market.transferOwnership(stranger);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, creator));
        vm.prank(creator);
        market.acceptOwnership();
    }

    function test_params_returnsDeploymentValues() public view {
        IPondMarket.Params memory p = market.params();
        assertEq(p.collateralBps, COLLATERAL_BPS);
        assertEq(p.challengeWindow, CHALLENGE_WINDOW);
        assertEq(p.clientJobLifetime, CLIENT_JOB_LIFETIME);
        assertEq(p.callbackGasLimit, CALLBACK_GAS);
        assertEq(p.maxRunTime, MAX_RUN_TIME);
        assertEq(p.fetchWindow, FETCH_WINDOW);
        assertEq(p.nativeMediatorFee, MEDIATOR_FEE);
        assertEq(address(market.modules()), address(registry));
        assertEq(address(market.mediators()), address(mediation));
        assertEq(mediation.market(), address(market));
        assertEq(p.bountyBps, BOUNTY_BPS);
    }
}
