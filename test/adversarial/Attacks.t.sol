// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondUnitBase} from "../unit/PondUnitBase.sol";
import {PondMarket} from "../../src/PondMarket.sol";
import {PondMarketExtension} from "../../src/PondMarketExtension.sol";
import {MediatorRegistry} from "../../src/MediatorRegistry.sol";
import {Deploy} from "../../script/Deploy.s.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IModuleRegistry} from "../../src/interfaces/IModuleRegistry.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {Resources} from "../../src/types/Resources.sol";
import {JobStatus, Vote} from "../../src/types/Status.sol";

/// @notice The ten attacks of issue 8, each played by an attacker. Every test asserts what an
///         honest party must end with (and, where the rules now refuse a step, the error that
///         refuses it). On the first version of the contracts each of them failed: the attack
///         worked (see the issue's report for the failing output).
contract AttacksTest is PondUnitBase {
    uint256 internal constant DEPOSIT = 10 ether;

    // ------------------------------------------------------------------ 1

    /// @notice Post a job whose price is half the provider's free balance with a 1-second run
    ///         time, match it yourself, time it out: the provider's deposit must stay its own.
    function test_attack01_shortRunTimeCannotTakeProviderCollateral() public {
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
            try market.matchJob(jobId, offerId, _terms(jobId)) {
                vm.warp(block.timestamp + 1);
                vm.prank(attacker);
                market.timeoutJob(jobId, _terms(jobId));
            } catch {}
        } catch {}

        vm.assertLe(_total(attacker), before, "the attacker gained");
        vm.assertEq(_bal(provider), DEPOSIT, "the provider lost its deposit");
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.RunTimeBelowModule.selector, uint32(1), RUN_TIME));
        vm.prank(attacker);
        market.postJob{value: 5 ether}(r);
    }

    /// @notice A job with no resources must not fit an offer that is fully booked.
    function test_attack01_zeroResourceJobCannotOverbookAnOffer() public {
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
            try market.matchJob(second, offerId, _terms(second)) {
                matched = true;
            } catch {}
        } catch {}
        vm.assertFalse(matched, "a fully booked offer took a second job");
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ResourcesBelowModule.selector, moduleId));
        vm.prank(stranger);
        market.postJob{value: uint256(r.price) + r.solverFee}(r);
    }

    // ------------------------------------------------------------------ 2

    /// @dev Ten 1-wei jobs played by `attacker` as creator, provider, solver and challenger; the
    ///      committee cannot fetch the module: each member votes CannotRun, or stays silent.
    function _selfDeal(address attacker, bool mediatorsSayCannotRun) internal {
        uint256 offerId = _freeOffer(attacker);
        for (uint256 i; i < 10; ++i) {
            IPondMarket.JobRequest memory r = _jobRequest();
            r.price = 1;
            r.solverFee = 0;
            vm.startPrank(attacker);
            uint256 jobId = market.postJob(r);
            market.matchJob(jobId, offerId, _terms(jobId));
            market.submitResult(jobId, CID);
            market.challenge(jobId, _terms(jobId), _result(jobId));
            vm.stopPrank();
            if (mediatorsSayCannotRun) _vote(jobId, [uint8(3), 3, 3]);
            else vm.warp(market.getJob(jobId).deadline);
            market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        }
    }

    /// @notice Creator, provider, solver and challenger of ten 1-wei jobs nobody can re-run:
    ///         the attacker must not end with the mediators' bonds, and the committee must still
    ///         judge the next job.
    function test_attack02_selfDealerCannotDrainMediatorBonds() public {
        address attacker = stranger;
        _deposit(attacker, DEPOSIT);
        uint256 before = _total(attacker);
        _selfDeal(attacker, true);
        vm.assertLe(_total(attacker), before, "the self-dealer gained from the mediators");
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(mediation.getMediator(mediatorSet[i]).bond, MIN_BOND, "cannot run was slashed");
        }

        // The committee still judges a job of someone else.
        uint256 honestOffer = _providerReady(DEPOSIT);
        uint256 next = _postDefaultJob();
        _match(next, honestOffer);
        _submit(next);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(next, _terms(next), _result(next));
        assertEq(_status(next), JobStatus.Challenged);
    }

    /// @notice The same with mediators who stay silent: their slashes are burned, the
    ///         self-dealer gets none of them.
    function test_attack02_silentMediatorsSlashesGoToNobody() public {
        address attacker = stranger;
        _deposit(attacker, DEPOSIT);
        uint256 before = _total(attacker);
        _selfDeal(attacker, false);
        vm.assertLe(_total(attacker), before, "the self-dealer gained from the mediators");
        vm.assertEq(mediation.burned(), 30 * SLASH, "every slash burned");
        vm.assertEq(address(mediation).balance, mediation.totalHeld());
    }

    // ------------------------------------------------------------------ 3

    /// @notice A job that runs for a day: the mediators re-run it for a day, then commit.
    function test_attack03_mediatorsHaveTheJobsRunTimeToCommit() public {
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
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));

        vm.warp(block.timestamp + 1 days); // the re-run takes the job's run time
        for (uint256 i; i < 3; ++i) {
            _commitVote(jobId, mediatorSet[i], true);
        }
        for (uint256 i; i < 3; ++i) {
            _reveal(jobId, mediatorSet[i], true);
        }
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(mediation.getMediator(mediatorSet[i]).bond, MIN_BOND, "an honest mediator was slashed");
        }
    }

    // ------------------------------------------------------------------ 4

    /// @notice A 1-wei job found wrong: each mediator of the majority is paid its fee.
    function test_attack04_mediatorsArePaidOnATinyJob() public {
        _deposit(provider, DEPOSIT);
        uint256 offerId = _freeOffer(provider);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.price = 1;
        uint256 jobId = _postJob(creator, r);
        _match(jobId, offerId);
        _submit(jobId);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        _castVotes(jobId, [uint8(2), 2, 2]);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(_earned(mediatorSet[i]), MEDIATOR_FEE, "a mediator worked for less than its fee");
        }
    }

    // ------------------------------------------------------------------ 5

    /// @notice An even committee, where one liar forces a tie, cannot be formed.
    function test_attack05_aLiarCannotForceATieAgainstAnHonestProvider() public {
        address[] memory pair = new address[](2);
        (pair[0], pair[1]) = (mediatorSet[0], mediatorSet[1]);
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.CommitteeSizeInvalid.selector, 2));
        mediation.createCommittee(pair);
    }

    /// @notice Right / wrong / silent on a correct result: the provider is paid, and the liar
    ///         earns nothing from the silent member's slash (burned).
    function test_attack05_tieRightWrongSilentPaysTheProvider() public {
        (uint256 jobId,) = _submittedJob();
        uint256 providerBefore = _bal(provider) + _collateralOf(PRICE);
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        _castVotes(jobId, [uint8(1), 2, 0]);
        vm.warp(market.getJob(jobId).deadline);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        vm.assertGe(_bal(provider), providerBefore + PRICE, "the honest provider was not paid");
        vm.assertEq(_earned(mediatorSet[1]), _earned(mediatorSet[0]), "the liar earned more than the honest member");
        vm.assertEq(mediation.getMediator(mediatorSet[1]).bond, MIN_BOND);
        vm.assertEq(mediation.burned(), SLASH, "the silent member's slash went to someone");
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
        vm.assertFalse(mediation.committeeUsable(single), "a committee of someone else's member without consent");
        vm.prank(colluder);
        mediation.acceptCommittee(single);

        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = single;
        uint256 jobId = _postJob(stranger, r);
        bool matched;
        vm.prank(stranger);
        try market.matchJob(jobId, offerId, _terms(jobId)) {
            matched = true;
        } catch {}
        vm.assertFalse(matched, "a one-member subset judges the provider's deal");
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotAccepted.selector, offerId, single));
        vm.prank(stranger);
        market.matchJob(jobId, offerId, _terms(jobId));
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
        vm.prank(own[0]);
        uint32 captured = mediation.createCommittee(own);
        vm.prank(governance);
        market.setDefaultCommittee(captured);

        vm.prank(stranger);
        try market.challenge{value: uint256(MEDIATOR_FEE)}(jobId, _terms(jobId), _result(jobId)) {} catch {}
        if (_status(jobId) != JobStatus.Challenged) {
            vm.prank(stranger);
            market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        }
        vm.assertEq(mediation.getMediation(jobId).committeeId, original, "the judge changed after the match");
    }

    /// @notice Without a default committee a committee-0 job must not become a deal that
    ///         nobody can judge: it cannot be posted.
    function test_attack07_noDefaultCommitteeNoUnjudgeableDeal() public {
        PondMarket bare = _newMarket(registry, governance, _params(), _mediationConfig());
        IPondMarket.JobRequest memory r = _jobRequest();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NoDefaultCommittee.selector));
        vm.prank(creator);
        bare.postJob{value: uint256(r.price) + r.solverFee}(r);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.NoDefaultCommittee.selector));
        vm.prank(creator);
        bare.runModuleWithDefaultMediators{value: 1 ether}("cowsay:v0.0.1", "moo");
    }

    /// @notice Every member asked to leave: no new deal may be judged by that committee.
    function test_attack07_exitingCommitteeMakesNoUnjudgeableDeal() public {
        uint32 committeeId = _defaultCommittee();
        for (uint256 i; i < 3; ++i) {
            vm.prank(mediatorSet[i]);
            mediation.requestExit();
        }
        uint256 offerId = _providerReady(DEPOSIT);
        uint256 jobId = _postDefaultJob();
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.CommitteeNotUsable.selector, committeeId));
        vm.prank(solver);
        market.matchJob(jobId, offerId, _terms(jobId));
    }

    // ------------------------------------------------------------------ 8

    /// @notice A third party proves a result wrong: it earns the bounty on top of its fee back.
    function test_attack08_watchingPays() public {
        (uint256 jobId,) = _submittedJob();
        address watcher = stranger;
        uint256 before = _total(watcher);
        vm.prank(watcher);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        _castVotes(jobId, [uint8(2), 2, 2]);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        vm.assertGt(_total(watcher), before, "proving a result wrong earned nothing");
        vm.assertEq(_total(watcher), before + _bountyOf(PRICE));
    }

    // ------------------------------------------------------------------ 9

    function test_attack09_mediatorFeeZeroRefused() public {
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(
                IPondMarket.MediatorFeeOutOfRange.selector,
                address(token),
                0,
                MEDIATOR_FEE / 10,
                uint256(MEDIATOR_FEE) * 10
            )
        );
        market.configureToken(address(token), true, 0);
    }

    function test_attack09_constructorRefusesZeroWindowsSlashAndCollateral() public {
        IPondMarket.Params memory p = _params();
        IMediatorRegistry.Config memory c = _mediationConfig();
        PondMarketExtension extension = _newExtension(registry, p);
        c.commitWindow = 0;
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.ConfigInvalid.selector, "commitWindow", 0));
        new PondMarket(registry, governance, p, c, extension);
        c.commitWindow = COMMIT_WINDOW;
        c.slashAmount = 0;
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.ConfigInvalid.selector, "slashAmount", 0));
        new PondMarket(registry, governance, p, c, extension);
        c.slashAmount = SLASH;
        p.collateralBps = 0;
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.ParamInvalid.selector, "collateralBps", 0));
        new PondMarket(registry, governance, p, c, extension);
    }

    function test_attack09_deployScriptRefusesValuesThatDoNotFit() public {
        Deploy script = new Deploy();
        vm.setEnv("POND_COLLATERAL_BPS", "4294967297"); // 2^32 + 1: truncated to 1 before
        vm.expectRevert(
            abi.encodeWithSelector(
                Deploy.EnvValueTooLarge.selector, "POND_COLLATERAL_BPS", uint256(4294967297), uint256(type(uint32).max)
            )
        );
        script.marketParams();
        vm.setEnv("POND_COLLATERAL_BPS", "20000");
    }

    function test_attack09_withdrawToZeroRefused() public {
        _deposit(creator, 1 ether);
        vm.prank(creator);
        vm.expectRevert(abi.encodeWithSelector(IPondMarket.RecipientZero.selector));
        market.withdraw(address(0), 1 ether, address(0));
    }

    // ------------------------------------------------------------------ 10

    /// @notice A module that fails deterministically after its whole run time: the provider
    ///         submits the failure's CID, is challenged, and the mediators (who need the run time
    ///         to see the same failure) confirm it. The provider is paid.
    function test_attack10_failureResultSubmittedLateIsPaid() public {
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
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
        vm.warp(block.timestamp + 1 days);
        for (uint256 i; i < 3; ++i) {
            try this.commitAs(jobId, mediatorSet[i], true) {} catch {}
        }
        for (uint256 i; i < 3; ++i) {
            try this.revealAs(jobId, mediatorSet[i], true) {} catch {}
        }
        vm.warp(block.timestamp + COMMIT_WINDOW + REVEAL_WINDOW);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
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

    // ------------------------------------------------------------------ 11: inputs nobody serves

    /// @dev The honest provider's move when it cannot fetch a deal's inputs or module: give the
    ///      deal back (`abandonJob`). Called by selector, so that this test also ran, and failed,
    ///      on contracts that had no way out: the provider could only wait for the timeout.
    function _abandon(address who, uint256 jobId) internal returns (bool ok) {
        vm.prank(who);
        (ok,) = address(market).call(abi.encodeCall(IPondMarket.abandonJob, (jobId, _terms(jobId))));
    }

    /// @notice The creator names an input CID it never serves, matches the job itself to a
    ///         provider's offer (as its solver) and waits for the timeout: the provider, which can
    ///         fetch nothing, gives the deal back in time and keeps its deposit; the attacker gains
    ///         nothing, not even its own solver fee back from anyone else.
    function test_attack11_unservedInputCannotTakeProviderCollateral() public {
        uint256 offerId = _providerReady(DEPOSIT);
        address attacker = stranger;
        uint256 before = _total(attacker);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.price = 4 ether;
        r.inputs = '{"Data":"bafybeianinputthecreatorneverserves"}';
        uint256 jobId = _postJob(attacker, r);
        vm.prank(attacker);
        market.matchJob(jobId, offerId, _terms(jobId));

        vm.warp(block.timestamp + FETCH_WINDOW - 1);
        _abandon(provider, jobId);
        vm.warp(block.timestamp + RUN_TIME);
        vm.prank(attacker);
        try market.timeoutJob(jobId, _terms(jobId)) {} catch {}
        vm.prank(attacker);
        try market.cancelJob(jobId, _terms(jobId)) {} catch {}

        vm.assertEq(_bal(provider), DEPOSIT, "the provider lost its deposit to an input nobody serves");
        vm.assertEq(market.getOffer(offerId).available.cpuMillis, _capacity().cpuMillis, "the deal kept its capacity");
        vm.assertLe(_total(attacker), before, "the attacker gained");
    }

    /// @notice The other way round: a provider that is also the solver matches an honest job to
    ///         itself and gives it back. The creator must lose nothing (its whole escrow, solver
    ///         fee included, is still the job's), and the job can still be matched and run.
    function test_attack11_abandoningSolverProviderCannotTakeTheSolverFee() public {
        address attacker = stranger;
        _deposit(attacker, DEPOSIT);
        uint256 attackerOffer = _postOffer(attacker, _offerRequest());
        uint256 before = _total(attacker);
        uint256 creatorBefore = _total(creator);
        uint256 jobId = _postDefaultJob();
        vm.prank(attacker);
        market.matchJob(jobId, attackerOffer, _terms(jobId));
        bool abandoned = _abandon(attacker, jobId);
        vm.assertLe(_total(attacker), before, "the provider-solver gained from abandoning");

        // The job goes on to an honest provider, whose solver is paid for a match that held.
        if (abandoned) {
            uint256 honestOffer = _providerReady(DEPOSIT);
            _match(jobId, honestOffer);
            _submit(jobId);
            vm.warp(block.timestamp + CHALLENGE_WINDOW);
            market.finalize(jobId, _terms(jobId), _result(jobId));
            vm.assertEq(_bal(solver), SOLVER_FEE, "the solver of the match that held was not paid");
            vm.assertEq(_total(creator), creatorBefore - PRICE - SOLVER_FEE, "the creator paid twice");
        } else {
            vm.prank(creator);
            try market.cancelJob(jobId, _terms(jobId)) {} catch {}
            vm.assertEq(_total(creator), creatorBefore, "the creator lost the solver fee to an abandoned match");
        }
    }

    // ------------------------------------------------------------------ saturation (priced)

    /// @notice Holding a committee's bonds busy is a delay with a price: each of the attacker's
    ///         mediations costs it the fee of every member, paid to the members. While they are
    ///         all busy, a victim's challenge waits in the committee's queue (the deal with it)
    ///         and opens as soon as members top their bonds up, or the attacker's mediations end.
    function test_saturation_isADenialOfServiceTheAttackerPaysForPerMemberAndMediation() public {
        address attacker = stranger;
        _deposit(attacker, DEPOSIT);
        uint256 before = _total(attacker);
        uint256 offerId = _freeOffer(attacker);
        uint256 slots = MIN_BOND / SLASH;
        uint256[] memory held = new uint256[](slots);
        for (uint256 k; k < slots; ++k) {
            IPondMarket.JobRequest memory r = _jobRequest();
            r.price = 1;
            r.solverFee = 0;
            vm.startPrank(attacker);
            held[k] = market.postJob(r);
            market.matchJob(held[k], offerId, _terms(held[k]));
            market.submitResult(held[k], CID);
            market.challenge(held[k], _terms(held[k]), _result(held[k]));
            vm.stopPrank();
        }

        // A victim's wrong result, submitted meanwhile, is challenged: the challenge waits.
        (uint256 victimJob,) = _submittedJob();
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(victimJob, _terms(victimJob), _result(victimJob));
        vm.assertEq(uint8(_status(victimJob)), uint8(JobStatus.Challenged));
        vm.assertFalse(mediation.getMediation(victimJob).open);

        // Two members top up one slash each: not enough, every member able to judge must take
        // it (a mediation without one of them could let a liar among the others deny the
        // majority, QueueAttacks). The third tops up too: anyone opens it.
        for (uint256 i; i < 2; ++i) {
            vm.prank(mediatorSet[i]);
            mediation.register{value: SLASH}();
        }
        uint32 committee = _defaultCommittee();
        vm.expectRevert(abi.encodeWithSelector(IMediatorRegistry.NotEnoughEligibleMediators.selector, committee, 2, 3));
        mediation.openQueued(committee);
        vm.prank(mediatorSet[2]);
        mediation.register{value: SLASH}();
        mediation.openQueued(committee);
        vm.assertEq(mediation.getMediation(victimJob).eligibleMask, 7);

        // The attacker's mediations end (honest members confirm its correct results): it paid
        // every member's fee for each mediation it held, to the members.
        for (uint256 k; k < slots; ++k) {
            _vote(held[k], [uint8(1), 1, 1]);
            market.resolveChallenge(held[k], _terms(held[k]), _result(held[k]));
        }
        vm.assertEq(before - _total(attacker), slots * COMMITTEE_FEE, "the attack cost n x fee per mediation");
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(_earned(mediatorSet[i]), slots * uint256(MEDIATOR_FEE), "members were paid for the attack");
        }
    }
}
