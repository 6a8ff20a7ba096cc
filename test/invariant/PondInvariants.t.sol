// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondFixture} from "../utils/PondFixture.sol";
import {PondHandler} from "./handlers/PondHandler.sol";
import {PondClient} from "../adversarial/fixtures/Clients.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {Resources} from "../../src/types/Resources.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice The deployed market (PondFixture), a second module, and the handler as the only target.
abstract contract InvariantBase is PondFixture {
    PondHandler internal handler;

    /// @dev The handler reads the recorded logs (each is handed out once), so it keeps the book;
    ///      until it exists (set-up), the test does.
    function _terms(uint256 jobId) internal override returns (IPondMarket.JobTerms memory) {
        if (address(handler) == address(0)) return super._terms(jobId);
        return handler.termsOf(jobId);
    }

    function _setsUpDefaultCommittee() internal pure override returns (bool) {
        return false; // the handler brings its own mediators and committees
    }

    /// @dev Bonds of two slashes, not ten: two mediations hold a member, so challenges wait in
    ///      their committee's queue, open at a close or by `openQueued`, and a member's slashes
    ///      leave committees that cannot take them (drops) within a run.
    function _mediationConfig() internal pure override returns (IMediatorRegistry.Config memory c) {
        c = super._mediationConfig();
        c.minBond = 2 * SLASH;
    }

    function setUp() public virtual override {
        super.setUp();
        _publish("llm", "v1");
        string[] memory names = new string[](2);
        names[0] = "cowsay:v0.0.1";
        names[1] = "llm:v1";
        handler = new PondHandler(market, token, governance, names);
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: _selectors()}));
    }

    function _selectors() internal virtual returns (bytes4[] memory s) {
        s = new bytes4[](39);
        s[0] = PondHandler.deposit.selector;
        s[1] = PondHandler.withdraw.selector;
        s[2] = PondHandler.postOffer.selector;
        s[3] = PondHandler.updateOffer.selector;
        s[4] = PondHandler.withdrawOffer.selector;
        s[5] = PondHandler.postJob.selector;
        s[6] = PondHandler.runClientJob.selector;
        s[7] = PondHandler.cancelJob.selector;
        s[8] = PondHandler.matchJob.selector;
        s[9] = PondHandler.submitResult.selector;
        s[10] = PondHandler.timeoutJob.selector;
        s[11] = PondHandler.challenge.selector;
        s[12] = PondHandler.commitVote.selector;
        s[13] = PondHandler.revealVote.selector;
        s[14] = PondHandler.finalize.selector;
        s[15] = PondHandler.resolveChallenge.selector;
        s[16] = PondHandler.retryCallback.selector;
        s[17] = PondHandler.setClientBroken.selector;
        s[18] = PondHandler.warp.selector;
        s[19] = PondHandler.registerMediator.selector;
        s[20] = PondHandler.requestExit.selector;
        s[21] = PondHandler.completeExit.selector;
        s[22] = PondHandler.formCommittee.selector;
        // Second tickets for the steps that move a job forward, so that runs reach challenges
        // and votes (the fuzzer draws selectors uniformly from this list).
        s[23] = PondHandler.matchJob.selector;
        s[24] = PondHandler.submitResult.selector;
        s[25] = PondHandler.challenge.selector;
        s[26] = PondHandler.commitVote.selector;
        s[27] = PondHandler.revealVote.selector;
        s[28] = PondHandler.resolveChallenge.selector;
        // Whole lifecycles within a run: see PondHandler.advanceJob.
        s[29] = PondHandler.advanceJob.selector;
        s[30] = PondHandler.advanceJob.selector;
        // Governance acts between matches and settlements.
        s[31] = PondHandler.setDefaultCommittee.selector;
        s[32] = PondHandler.configureFee.selector;
        // A provider gives a deal back within the fetch window.
        s[33] = PondHandler.abandonJob.selector;
        // Contract clients of the full entry point, and a base fee that moves their delivery fees.
        s[34] = PondHandler.runClientJobWithOptions.selector;
        s[35] = PondHandler.setBaseFee.selector;
        // Mediators take out their earned fees.
        s[36] = PondHandler.withdrawEarnings.selector;
        // Anyone opens a committee's oldest waiting challenge once a majority can take it.
        s[37] = PondHandler.openQueued.selector;
        // Deals straight to their challenge, so that mediations overlap and challenges wait.
        s[38] = PondHandler.rushChallenge.selector;
    }
}

/// @notice The market's conservation laws under random lifecycles of many actors on the native
///         currency and the PondTestToken. One property per invariant; see PROPERTIES.md.
contract PondInvariants is InvariantBase {
    // ------------------------------------------------------------------ money

    /// @notice Native currency held by the market == free balances + everything locked.
    function invariant_nativeConserved() public {
        vm.assertEq(
            address(market).balance,
            handler.freeBalances(address(0)) + handler.lockedIn(address(0)),
            "native: held != free + locked"
        );
    }

    /// @notice PondTestToken held by the market == free balances + everything locked.
    function invariant_tokenConserved() public {
        vm.assertEq(
            token.balanceOf(address(market)),
            handler.freeBalances(address(token)) + handler.lockedIn(address(token)),
            "token: held != free + locked"
        );
    }

    /// @notice Funds enter the market only by deposit, `msg.value` and a client's ERC-20 pull,
    ///         and leave only by withdraw and by the refunds it sends to contract clients.
    function invariant_marketHoldsInflowsMinusOutflows() public view {
        vm.assertEq(
            address(market).balance,
            handler.ghost_in(address(0)) - handler.ghost_out(address(0)) - handler.pushedOut(address(0)),
            "native"
        );
        vm.assertEq(
            token.balanceOf(address(market)),
            handler.ghost_in(address(token)) - handler.ghost_out(address(token)) - handler.pushedOut(address(token)),
            "token"
        );
    }

    /// @notice The mediators' earned fees are exactly what the market holds for the registry.
    function invariant_registryBalanceIsEarnings() public view {
        vm.assertEq(market.balanceOf(address(mediation), address(0)), handler.earningsOf(address(0)), "native");
        vm.assertEq(market.balanceOf(address(mediation), address(token)), handler.earningsOf(address(token)), "token");
    }

    /// @notice The MediatorRegistry's ether is exactly its `totalHeld`.
    function invariant_registryBalanceIsTotalHeld() public view {
        vm.assertEq(address(mediation).balance, mediation.totalHeld(), "registry balance != totalHeld");
        vm.assertEq(
            address(mediation).balance,
            handler.ghost_registryIn() - handler.ghost_registryOut(),
            "registry balance != bonds in - bonds and credits out"
        );
    }

    /// @notice `totalHeld` == sum of bonds + burned.
    function invariant_totalHeldIsBondsPlusBurned() public view {
        uint256 sum = mediation.burned();
        uint256 n = handler.actorCount();
        for (uint256 i; i < n; ++i) {
            sum += mediation.getMediator(handler.actors(i)).bond;
        }
        vm.assertEq(mediation.totalHeld(), sum, "totalHeld != bonds + burned");
    }

    // ------------------------------------------------------------------ offers

    /// @notice For every offer and debited field: available + active deals' resources == posted
    ///         capacity (so never negative, never overbooked); VRAM per GPU never changes.
    function invariant_offerCapacityConserved() public {
        vm.assertEq(handler.capacityGaps(), 0, "offer capacity: available + in use != posted");
    }

    // ------------------------------------------------------------------ jobs

    /// @notice A job's first terminal status is its last.
    function invariant_terminalStatesNeverChange() public view {
        uint256 n = market.jobCount();
        for (uint256 id = 1; id <= n; ++id) {
            JobStatus first = handler.ghost_terminalStatus(id);
            if (first == JobStatus.None) continue;
            vm.assertEq(uint256(market.getJob(id).status), uint256(first), "terminal status changed");
        }
    }

    /// @notice A client contract receives each result at most once, exactly when it is delivered
    ///         (the result stands: Accepted, or Undecided).
    function invariant_callbackDeliveredAtMostOnce() public {
        uint256 n = market.jobCount();
        for (uint256 id = 1; id <= n; ++id) {
            IPondMarket.Job memory j = market.getJob(id);
            IPondMarket.JobTerms memory jt = _terms(id);
            if (!j.callback || jt.creator.code.length == 0) continue;
            uint256 deliveries = PondClient(payable(jt.creator)).deliveries(id);
            bool stands = j.status == JobStatus.Accepted || j.status == JobStatus.Undecided;
            bool delivered = stands && !j.callbackPending;
            vm.assertEq(deliveries, delivered ? 1 : 0, "client result delivered != once");
        }
    }

    /// @notice A client that asked for failure notices gets each at most once, exactly when it
    ///         was delivered (the job was refunded and no delivery is pending).
    function invariant_failureNoticeDeliveredAtMostOnce() public {
        uint256 n = market.jobCount();
        for (uint256 id = 1; id <= n; ++id) {
            IPondMarket.Job memory j = market.getJob(id);
            IPondMarket.JobTerms memory jt = _terms(id);
            if (!j.callback || jt.creator.code.length == 0) continue;
            (,,, bool notify) = market.clientTerms(id);
            uint256 notices = PondClient(payable(jt.creator)).failureNotices(id);
            bool refunded =
                j.status == JobStatus.Cancelled || j.status == JobStatus.TimedOut || j.status == JobStatus.Rejected;
            vm.assertEq(notices, notify && refunded && !j.callbackPending ? 1 : 0, "failure notice delivered != once");
        }
    }

    /// @notice Each client job's delivery fee is held until its first delivery attempt (paid to
    ///         whoever made it) or its refund, and not a wei longer or shorter: the model replays
    ///         the rules (a delivery waits while the base fee is above its price).
    function invariant_deliveryFeeHeldMatchesModel() public view {
        uint256 n = market.jobCount();
        for (uint256 id = 1; id <= n; ++id) {
            (,, uint256 held,) = market.clientTerms(id);
            vm.assertEq(held, handler.ghost_deliveryFee(id), "delivery fee held != model");
        }
    }

    /// @notice A contract client's refund reaches its refund address, or, when that refuses it,
    ///         stays in the client's balance: never anywhere else, never lost.
    function invariant_clientRefundsReachTheirRefundAddress() public view {
        vm.assertEq(handler.ghost_refundsMisrouted(), 0, "a client refund went astray");
    }

    /// @notice A client's result CID is stored only while its delivery waits or failed (before
    ///         the settlement the job's hash covers it): stored exactly for a result that stands
    ///         and is not delivered, never after a delivery or a refund.
    function invariant_pendingResultOnlyWhileUndelivered() public view {
        uint256 n = market.jobCount();
        for (uint256 id = 1; id <= n; ++id) {
            IPondMarket.Job memory j = market.getJob(id);
            if (!j.callback) continue;
            bool stands = j.status == JobStatus.Accepted || j.status == JobStatus.Undecided;
            vm.assertEq(
                bytes(market.pendingResult(id)).length != 0, stands && j.callbackPending, "pending result kept or lost"
            );
        }
    }

    // ------------------------------------------------------------------ mediators

    /// @notice A bond moves only by the slashing rules: deposits − replayed slashes − exit.
    function invariant_bondsMoveOnlyBySlashing() public view {
        uint256 n = handler.mediatorCount();
        for (uint256 i; i < n; ++i) {
            address m = handler.mediators(i);
            vm.assertEq(mediation.getMediator(m).bond, handler.ghost_bond(m), "bond != deposits - slashes - exit");
        }
    }

    /// @notice The burned total is exactly the replayed slashes: no slash is credited to anyone.
    function invariant_burnedIsReplayedSlashes() public view {
        vm.assertEq(mediation.burned(), handler.ghost_burned(), "burned != replayed slashes");
    }

    /// @notice A mediator's bond covers a slash in every mediation it sits on.
    function invariant_bondCoversEverySlashItMayTake() public view {
        uint256 n = handler.mediatorCount();
        uint256 slash = mediation.slashAmount();
        for (uint256 i; i < n; ++i) {
            IMediatorRegistry.Mediator memory m = mediation.getMediator(handler.mediators(i));
            vm.assertGe(m.bond, slash * m.activeMediations, "bond below the slashes it may take");
        }
    }

    /// @notice Whether each committee can judge a new deal is what the model says (every member
    ///         accepted, none asked to leave, a strict majority registered with a slash's bond),
    ///         in the registry and in the market's copy that a match reads.
    function invariant_committeeUsableMatchesModel() public view {
        uint256 n = handler.committeeCount();
        for (uint256 i; i < n; ++i) {
            uint32 id = handler.committeeIds(i);
            vm.assertEq(mediation.committeeUsable(id), handler.usableInModel(id), "committee usable != model");
            vm.assertEq(market.committeeUsable(id), handler.usableInModel(id), "market's copy != model");
        }
    }

    /// @notice A mediator keeps a slash of bond for exactly the queued mediations of its
    ///         committees (as the model replays the queues: challenges that wait, openings at a
    ///         close, at a challenge or by `openQueued`, drops, exits), and each committee's queue
    ///         has the model's length.
    function invariant_waitingMatchesQueuedChallenges() public view {
        uint256 n = handler.mediatorCount();
        for (uint256 i; i < n; ++i) {
            address m = handler.mediators(i);
            vm.assertEq(mediation.getMediator(m).waiting, handler.ghost_waiting(m), "kept slashes != model");
        }
        n = handler.committeeCount();
        for (uint256 i; i < n; ++i) {
            uint32 id = handler.committeeIds(i);
            (uint256 waiting,) = mediation.queued(id);
            vm.assertEq(waiting, handler.queueLength(id), "queue length != model");
        }
    }

    /// @notice A mediator is held by exactly the open mediations it is eligible in (so it can
    ///         never leave with its bond in the middle of one).
    function invariant_activeMediationsMatchOpenChallenges() public view {
        uint256 n = handler.mediatorCount();
        for (uint256 i; i < n; ++i) {
            address m = handler.mediators(i);
            vm.assertEq(
                mediation.getMediator(m).activeMediations, handler.ghost_activeMediations(m), "active mediations"
            );
        }
    }
}
