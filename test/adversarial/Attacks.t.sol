// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "../unit/PondUnitBase.sol";
import {PondMarket} from "../../src/PondMarket.sol";
import {Deploy} from "../../script/Deploy.s.sol";
import {MediatorRegistry} from "../../src/MediatorRegistry.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IModuleRegistry} from "../../src/interfaces/IModuleRegistry.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {Resources} from "../../src/types/Resources.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice The ten attacks of issue 8, each played by an attacker against today's rules. Every
///         test asserts what an honest party must end with; on the first version of the contracts
///         each of them failed (the attack worked).
contract AttacksTest is PondUnitBase {
    uint256 internal constant DEPOSIT = 10 ether;

    function _total(address who) internal view returns (uint256) {
        return who.balance + _bal(who) + mediation.credit(who);
    }

    function _silentCommittee() internal returns (uint32) {
        return _defaultCommittee();
    }

    // ------------------------------------------------------------------ 1

    /// @notice Post a job whose price is half the provider's free balance with a 1-second run
    ///         time, match it yourself, time it out: the provider's deposit must stay its own.
    function test_attack01_shortRunTimeCannotTakeProviderCollateral() public {
        _defaultCommittee();
        uint256 offerId = _providerReady(DEPOSIT);
        address attacker = stranger;
        uint256 before = _total(attacker);

        IPondMarket.JobRequest memory r = _jobRequest();
        r.price = 5 ether;
        r.solverFee = 0;
        r.runTime = 1;
        vm.prank(attacker);
        try market.postJob{value: 5 ether}(r) returns (uint256 jobId) {
            vm.prank(attacker);
            try market.matchJob(jobId, offerId) {
                vm.warp(block.timestamp + 1);
                vm.prank(attacker);
                market.timeoutJob(jobId);
            } catch {}
        } catch {}

        vm.assertLe(_total(attacker), before, "the attacker gained");
        vm.assertEq(_bal(provider), DEPOSIT, "the provider lost its deposit");
    }

    /// @notice A job with no resources must not fit an offer that is fully booked.
    function test_attack01_zeroResourceJobCannotOverbookAnOffer() public {
        _defaultCommittee();
        _deposit(provider, DEPOSIT);
        uint256 offerId = _postOffer(provider, _tightOffer());
        uint256 first = _postDefaultJob();
        _match(first, offerId);

        IPondMarket.JobRequest memory r = _jobRequest();
        r.resources = Resources({gpus: 0, vramMiB: 0, cpuMillis: 0, ramMiB: 0, diskMiB: 0});
        bool matched;
        vm.prank(stranger);
        try market.postJob{value: uint256(r.price) + r.solverFee}(r) returns (uint256 second) {
            vm.prank(stranger);
            try market.matchJob(second, offerId) {
                matched = true;
            } catch {}
        } catch {}
        vm.assertFalse(matched, "a fully booked offer took a second job");
    }

    // ------------------------------------------------------------------ 2

    /// @notice Creator, provider, solver and challenger of ten 1-wei jobs nobody can re-run:
    ///         the attacker must not end with the mediators' bonds, and the committee must still
    ///         judge the next job.
    function test_attack02_selfDealerCannotDrainMediatorBonds() public {
        _defaultCommittee();
        address attacker = stranger;
        _deposit(attacker, DEPOSIT);
        uint256 before = _total(attacker);
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.askPrice = 0;
        uint256 offerId = _postOffer(attacker, o);

        for (uint256 i; i < 10; ++i) {
            IPondMarket.JobRequest memory r = _jobRequest();
            r.price = 1;
            r.solverFee = 0;
            r.expiry = uint40(block.timestamp + 1 hours);
            vm.startPrank(attacker);
            uint256 jobId = market.postJob(r);
            market.matchJob(jobId, offerId);
            market.submitResult(jobId, CID);
            try market.challenge(jobId) {
                vm.stopPrank();
            } catch {
                vm.stopPrank();
                break;
            }
            // Nobody can fetch the module: nobody reveals.
            vm.warp(block.timestamp + COMMIT_WINDOW + REVEAL_WINDOW + RUN_TIME);
            market.resolveChallenge(jobId);
        }
        if (mediation.credit(attacker) != 0) {
            vm.prank(attacker);
            mediation.withdrawCredit();
        }
        vm.assertLe(_total(attacker), before, "the self-dealer gained from the mediators");

        // The committee still judges a job of someone else.
        uint256 honestOffer = _providerReady(DEPOSIT);
        uint256 next = _postDefaultJob();
        _match(next, honestOffer);
        _submit(next);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(next);
        assertEq(_status(next), JobStatus.Challenged);
    }

    // ------------------------------------------------------------------ 3

    /// @notice A job that runs for a day: the mediators re-run it for a day, then commit.
    function test_attack03_mediatorsHaveTheJobsRunTimeToCommit() public {
        _defaultCommittee();
        IModuleRegistry.ModuleRequest memory mr = _moduleRequest("slow", "v1");
        mr.defaultRunTime = 1 days;
        uint32 slow = registry.publish(mr);
        uint256 offerId = _providerReady(DEPOSIT);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.moduleId = slow;
        r.runTime = 1 days;
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        _submit(jobId);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId);

        vm.warp(block.timestamp + 1 days); // the re-run takes the job's run time
        for (uint256 i; i < 3; ++i) _commitVote(jobId, mediatorSet[i], true);
        for (uint256 i; i < 3; ++i) _reveal(jobId, mediatorSet[i], true);
        market.resolveChallenge(jobId);
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(mediation.getMediator(mediatorSet[i]).bond, MIN_BOND, "an honest mediator was slashed");
        }
    }

    // ------------------------------------------------------------------ 4

    /// @notice A 1-wei job found wrong: each mediator of the majority is paid its fee.
    function test_attack04_mediatorsArePaidOnATinyJob() public {
        _defaultCommittee();
        _deposit(provider, DEPOSIT);
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.askPrice = 0;
        uint256 offerId = _postOffer(provider, o);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.price = 1;
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        _submit(jobId);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId);
        _castVotes(jobId, [uint8(2), 2, 2]);
        market.resolveChallenge(jobId);
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(_bal(mediatorSet[i]), MEDIATOR_FEE, "a mediator worked for less than its fee");
        }
    }

    // ------------------------------------------------------------------ 5

    /// @notice A two-member committee with one liar: the honest provider must still be paid.
    function test_attack05_aLiarCannotForceATieAgainstAnHonestProvider() public {
        _defaultCommittee();
        address honest = mediatorSet[0];
        address liar = mediatorSet[1];
        uint256 before = _bal(provider) + DEPOSIT;
        try this.createCommitteeOf(honest, liar) returns (uint32 pair) {
            _deposit(provider, DEPOSIT);
            IPondMarket.OfferRequest memory o = _offerRequest();
            o.acceptsDefaultCommittee = false;
            o.trustedCommitteeId = pair;
            uint256 offerId = _postOffer(provider, o);
            IPondMarket.JobRequest memory r = _jobRequest();
            r.committeeId = pair;
            uint256 jobId = _postJob(creator, r);
            _match(jobId, offerId);
            _submit(jobId);
            vm.prank(creator);
            market.challenge{value: 2 * uint256(MEDIATOR_FEE)}(jobId);
            _commitVote(jobId, honest, true);
            _commitVote(jobId, liar, false);
            vm.warp(block.timestamp + COMMIT_WINDOW);
            _reveal(jobId, honest, true);
            _reveal(jobId, liar, false);
            market.resolveChallenge(jobId);
        } catch {}
        vm.assertGe(_bal(provider), before + PRICE, "the honest provider was not paid");
    }

    /// @notice Right / wrong / silent on a correct result: the provider is paid, and the liar
    ///         earns nothing from the silent member's slash.
    function test_attack05_tieRightWrongSilentPaysTheProvider() public {
        _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        uint256 providerBefore = _bal(provider) + market.collateralFor(PRICE);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId);
        _castVotes(jobId, [uint8(1), 2, 0]);
        vm.warp(block.timestamp + REVEAL_WINDOW + RUN_TIME);
        market.resolveChallenge(jobId);
        vm.assertGe(_bal(provider), providerBefore + PRICE, "the honest provider was not paid");
        vm.assertEq(mediation.credit(mediatorSet[1]), 0, "the liar earned from the silent member's slash");
    }

    function createCommitteeOf(address a, address b) external returns (uint32) {
        return _committee(a, b);
    }

    // ------------------------------------------------------------------ 6

    /// @notice A provider trusts the three-member default committee; an attacker makes the
    ///         one-member committee of a colluding member. No match may use it.
    function test_attack06_aOneMemberSubsetNeedsConsentAndAMajority() public {
        uint32 trusted = _defaultCommittee();
        address colluder = mediatorSet[0];
        _deposit(provider, DEPOSIT);
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.acceptsDefaultCommittee = false;
        o.trustedCommitteeId = trusted;
        uint256 offerId = _postOffer(provider, o);

        address[] memory one = new address[](1);
        one[0] = colluder;
        vm.prank(stranger);
        uint32 single = mediation.createCommittee(one);

        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = single;
        uint256 jobId = _postJob(stranger, r);
        bool matched;
        vm.prank(stranger);
        try market.matchJob(jobId, offerId) {
            matched = true;
        } catch {}
        vm.assertFalse(matched, "a one-member subset judges the provider's deal");
    }

    // ------------------------------------------------------------------ 7

    /// @notice Governance points the default at its own committee after the result is in: the
    ///         deal is still judged by the committee it was matched with.
    function test_attack07_governanceCannotSwapTheJudgeAfterTheMatch() public {
        uint32 original = _defaultCommittee();
        (uint256 jobId,) = _submittedJob();

        address[] memory own = new address[](1);
        own[0] = makeAddr("governance-mediator");
        _registerMediator(own[0]);
        uint32 captured = mediation.createCommittee(own);
        vm.prank(governance);
        mediation.setDefaultCommittee(captured);

        vm.prank(stranger);
        try market.challenge{value: uint256(MEDIATOR_FEE)}(jobId) {} catch {}
        if (_status(jobId) != JobStatus.Challenged) {
            vm.prank(stranger);
            market.challenge{value: COMMITTEE_FEE}(jobId);
        }
        vm.assertEq(mediation.getMediation(jobId).committeeId, original, "the judge changed after the match");
    }

    /// @notice Without a default committee a committee-0 job must not become a deal that
    ///         nobody can judge.
    function test_attack07_noDefaultCommitteeNoUnjudgeableDeal() public {
        uint256 offerId = _providerReady(DEPOSIT);
        IPondMarket.JobRequest memory r = _jobRequest();
        vm.prank(creator);
        try market.postJob{value: uint256(r.price) + r.solverFee}(r) returns (uint256 jobId) {
            vm.prank(solver);
            try market.matchJob(jobId, offerId) {
                _submit(jobId);
                vm.prank(creator);
                try market.challenge{value: COMMITTEE_FEE}(jobId) {} catch {}
                vm.assertEq(uint8(_status(jobId)), uint8(JobStatus.Challenged), "a submitted result cannot be challenged");
            } catch {}
        } catch {}
    }

    /// @notice Every member asked to leave: no new deal may be judged by that committee.
    function test_attack07_exitingCommitteeMakesNoUnjudgeableDeal() public {
        _defaultCommittee();
        for (uint256 i; i < 3; ++i) {
            vm.prank(mediatorSet[i]);
            mediation.requestExit();
        }
        uint256 offerId = _providerReady(DEPOSIT);
        uint256 jobId = _postDefaultJob();
        vm.prank(solver);
        try market.matchJob(jobId, offerId) {
            _submit(jobId);
            vm.prank(creator);
            try market.challenge{value: COMMITTEE_FEE}(jobId) {} catch {}
            vm.assertEq(uint8(_status(jobId)), uint8(JobStatus.Challenged), "a submitted result cannot be challenged");
        } catch {}
    }

    // ------------------------------------------------------------------ 8

    /// @notice A third party proves a result wrong: it earns more than its fee back.
    function test_attack08_watchingPays() public {
        _defaultCommittee();
        (uint256 jobId,) = _submittedJob();
        address watcher = stranger;
        uint256 before = _total(watcher);
        vm.prank(watcher);
        market.challenge{value: COMMITTEE_FEE}(jobId);
        _castVotes(jobId, [uint8(2), 2, 2]);
        market.resolveChallenge(jobId);
        vm.assertGt(_total(watcher), before, "proving a result wrong earned nothing");
    }

    // ------------------------------------------------------------------ 9

    function test_attack09_mediatorFeeZeroRefused() public {
        vm.prank(governance);
        vm.expectRevert();
        market.configureToken(address(token), true, 0);
    }

    function test_attack09_constructorRefusesZeroWindowsSlashAndCollateral() public {
        IPondMarket.Params memory p = IPondMarket.Params({
            collateralBps: COLLATERAL_BPS,
            challengeWindow: CHALLENGE_WINDOW,
            clientJobLifetime: CLIENT_JOB_LIFETIME,
            callbackGasLimit: CALLBACK_GAS,
            maxRunTime: MAX_RUN_TIME,
            nativeMediatorFee: MEDIATOR_FEE
        });
        MediatorRegistry.Config memory c = MediatorRegistry.Config({
            minBond: MIN_BOND,
            exitDelay: EXIT_DELAY,
            slashAmount: SLASH,
            commitWindow: COMMIT_WINDOW,
            revealWindow: REVEAL_WINDOW
        });
        c.commitWindow = 0;
        vm.expectRevert();
        new PondMarket(registry, governance, p, c);
        c.commitWindow = COMMIT_WINDOW;
        c.slashAmount = 0;
        vm.expectRevert();
        new PondMarket(registry, governance, p, c);
        c.slashAmount = SLASH;
        p.collateralBps = 0;
        vm.expectRevert();
        new PondMarket(registry, governance, p, c);
    }

    function test_attack09_deployScriptRefusesValuesThatDoNotFit() public {
        Deploy script = new Deploy();
        vm.setEnv("POND_COLLATERAL_BPS", "4294967297"); // 2^32 + 1: truncated to 1 before
        vm.expectRevert();
        script.marketParams();
        vm.setEnv("POND_COLLATERAL_BPS", "20000");
    }

    function test_attack09_withdrawToZeroRefused() public {
        _deposit(creator, 1 ether);
        vm.prank(creator);
        vm.expectRevert();
        market.withdraw(address(0), 1 ether, address(0));
    }

    // ------------------------------------------------------------------ 10

    /// @notice A module that fails deterministically after its whole run time: the provider
    ///         submits the failure's CID, is challenged, and the mediators (who need the run time
    ///         to see the same failure) confirm it. The provider is paid.
    function test_attack10_failureResultSubmittedLateIsPaid() public {
        _defaultCommittee();
        IModuleRegistry.ModuleRequest memory mr = _moduleRequest("fails-late", "v1");
        mr.defaultRunTime = 1 days;
        uint32 failing = registry.publish(mr);
        uint256 offerId = _providerReady(DEPOSIT);
        uint256 providerBefore = _bal(provider);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.moduleId = failing;
        r.runTime = 1 days;
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        vm.warp(block.timestamp + 1 days - 1);
        vm.prank(provider);
        market.submitResult(jobId, "bafkreifailureresultofthemodule");
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId);
        vm.warp(block.timestamp + 1 days);
        for (uint256 i; i < 3; ++i) {
            try this.commitAs(jobId, mediatorSet[i], true) {} catch {}
        }
        for (uint256 i; i < 3; ++i) {
            try this.revealAs(jobId, mediatorSet[i], true) {} catch {}
        }
        vm.warp(block.timestamp + COMMIT_WINDOW + REVEAL_WINDOW);
        market.resolveChallenge(jobId);
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(mediation.getMediator(mediatorSet[i]).bond, MIN_BOND, "an honest mediator was slashed");
        }
        vm.assertGe(_bal(provider), providerBefore + PRICE, "the provider of a failure result was not paid");
    }

    function commitAs(uint256 jobId, address m, bool right) external {
        _commitVote(jobId, m, right);
    }

    function revealAs(uint256 jobId, address m, bool right) external {
        _reveal(jobId, m, right);
    }
}
