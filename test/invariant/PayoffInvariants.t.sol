// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondFixture} from "../utils/PondFixture.sol";
import {PayoffHandler} from "./handlers/PayoffHandler.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice The deployed market (PondFixture, without its mediators) and the payoff handler as
///         the only target.
abstract contract PayoffBase is PondFixture {
    PayoffHandler internal handler;

    /// @dev The handler reads the recorded logs (each is handed out once), so it keeps the book;
    ///      until it exists (set-up), the test does.
    function _terms(uint256 jobId) internal override returns (IPondMarket.JobTerms memory) {
        if (address(handler) == address(0)) return super._terms(jobId);
        return handler.termsOf(jobId);
    }

    function _setsUpDefaultCommittee() internal pure override returns (bool) {
        return false; // the handler's actors are the mediators
    }

    function setUp() public virtual override {
        super.setUp();
        handler = new PayoffHandler(market, governance, moduleId, BOUNTY_BPS);
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: _selectors()}));
    }

    function _selectors() internal pure returns (bytes4[] memory s) {
        s = new bytes4[](16);
        s[0] = PayoffHandler.postJob.selector;
        s[1] = PayoffHandler.matchJob.selector;
        s[2] = PayoffHandler.submit.selector;
        s[3] = PayoffHandler.challenge.selector;
        s[4] = PayoffHandler.vote.selector;
        s[5] = PayoffHandler.settle.selector;
        s[6] = PayoffHandler.setDefaultCommittee.selector;
        s[7] = PayoffHandler.configureFee.selector;
        s[8] = PayoffHandler.topUp.selector;
        s[9] = PayoffHandler.warp.selector;
        // Whole lifecycles within a run.
        s[10] = PayoffHandler.advance.selector;
        s[11] = PayoffHandler.advance.selector;
        s[12] = PayoffHandler.advance.selector;
        s[13] = PayoffHandler.advance.selector;
        s[14] = PayoffHandler.abandon.selector;
        s[15] = PayoffHandler.postClientJob.selector;
    }
}

/// @notice The payoff properties of PROPERTIES.md ("Payoffs"): who can make whom lose money,
///         checked on every settlement of random lifecycles where five actors play every role at
///         once (creator, provider, solver, challenger, mediator; one of them governance). One
///         property per invariant.
contract PayoffInvariants is PayoffBase {
    /// @notice 1. A provider that submits the correct result (a failure's CID included) before
    ///         its run deadline never ends with less than it put in plus the price.
    function invariant_honestProviderNeverLoses() public view {
        vm.assertEq(handler.ghost_honestProviderShortfalls(), 0, "an honest provider lost");
    }

    /// @notice 2. A mediator that commits and reveals the true verdict in time never loses bond,
    ///         and is paid its fee; "cannot run" is neither slashed nor paid.
    function invariant_truthfulMediatorNeverLosesBond() public view {
        vm.assertEq(handler.ghost_honestMediatorLosses(), 0, "a truthful mediator lost bond or pay");
        vm.assertEq(handler.ghost_cannotRunSlashedOrPaid(), 0, "cannot run was slashed or paid");
    }

    /// @notice 3. Playing creator, provider, solver and challenger at once never moves anyone
    ///         else's balance or bond to the player.
    function invariant_selfDealingGainsNothing() public view {
        vm.assertEq(handler.ghost_selfDealingGains(), 0, "a self-dealer gained");
    }

    /// @notice 4. A wrong result that is challenged always costs its provider and pays the
    ///         challenger (fee back and the bounty) and the creator (price back and compensation).
    function invariant_wrongResultCostsItsProvider() public view {
        vm.assertEq(handler.ghost_wrongResultUnpunished(), 0, "a wrong result went unpunished");
    }

    /// @notice 5. Nothing governance does after a match changes the outcome of that deal: every
    ///         settlement is the payoff table applied to the terms fixed when the job was posted.
    function invariant_settlementFollowsTermsFixedAtPost() public view {
        vm.assertEq(handler.ghost_settlementsOffTable(), 0, "a settlement left the payoff table");
    }

    /// @notice 7. A contract client whose result stands gets it, and one whose job ends without
    ///         a result gets its refund (and its delivery fee, unless it paid a failure notice)
    ///         in the wallet it named, whoever else plays which role.
    function invariant_contractClientsAreServed() public view {
        vm.assertEq(handler.ghost_clientsUnserved(), 0, "a contract client lost its result or its refund");
    }

    /// @notice Every settlement's events announce exactly the balances and bonds that moved.
    function invariant_settlementEventsMatchTheBooks() public view {
        vm.assertEq(handler.ghost_eventsOffBooks(), 0, "events and balances disagree");
    }

    /// @notice 6. Every submitted result can be challenged until its window closes, whatever
    ///         holds its committee's bonds: a challenge the members cannot take yet waits in the
    ///         committee's queue (and the challenger pays for the whole committee meanwhile).
    function invariant_everyResultChallengeableInItsWindow() public {
        uint256 n = market.jobCount();
        for (uint256 id = 1; id <= n; ++id) {
            IPondMarket.Job memory j = market.getJob(id);
            IPondMarket.JobTerms memory jt = _terms(id);
            if (j.status != JobStatus.Submitted || block.timestamp >= j.deadline) continue;
            (bool opens, uint256 judges) = _challengeOpens(jt.committeeId, j.committeeSize);
            uint256 snapshot = vm.snapshotState();
            address challenger = makeAddr("anyone");
            uint256 fee = uint256(jt.mediatorFee) * judges;
            vm.deal(challenger, fee);
            vm.prank(challenger);
            (bool ok,) = address(market).call{value: fee}(
                abi.encodeCall(IPondMarket.challenge, (id, handler.termsOf(id), handler.resultOf(id)))
            );
            bool waited = ok && !mediation.getMediation(id).open;
            vm.revertToState(snapshot);
            vm.assertTrue(ok, "a submitted result could not be challenged in its window");
            vm.assertEq(waited, !opens, "a challenge waited although the committee could take it, or the reverse");
        }
    }

    /// @dev Whether a challenge of the committee opens at once (no queue, and the committee
    ///      takes it: `eligibleNow`), and how many members it pays for (the eligible, or the
    ///      whole committee when it waits).
    function _challengeOpens(uint32 committeeId, uint8 size) internal view returns (bool opens, uint256 judges) {
        (, uint256 count, bool takes) = handler.eligibleNow(committeeId);
        (uint256 waiting,) = mediation.queued(committeeId);
        opens = waiting == 0 && takes;
        judges = opens ? count : size;
    }
}

/// @notice The payoff handler reaches every property's case: a fixed pseudo-random sequence,
///         after which each check has run on a deal where its premise held (so no property above
///         passes only because nothing ever tested it).
contract PayoffCoverage is PayoffBase {
    function test_payoffHandlerChecksEveryProperty() public {
        bytes4[] memory s = _selectors();
        for (uint256 step; step < 1500; ++step) {
            bytes32 r = keccak256(abi.encode("payoff-coverage", step));
            bytes4 selector = s[uint256(r) % s.length];
            uint256[3] memory args;
            for (uint256 i; i < 3; ++i) {
                args[i] = uint256(keccak256(abi.encode(r, i)));
            }
            (bool ok, bytes memory ret) = address(handler).call(abi.encodePacked(selector, abi.encode(args)));
            if (!ok) {
                assembly ("memory-safe") {
                    revert(add(ret, 0x20), mload(ret))
                }
            }
        }
        string[17] memory cases = [
            "postJob",
            "postClientJob",
            "matchJob",
            "abandon",
            "submit",
            "challenge",
            "vote",
            "settle",
            "setDefaultCommittee",
            "configureFee",
            "checked:table",
            "checked:after governance",
            "checked:honest provider",
            "checked:truthful mediator",
            "checked:wrong result",
            "checked:self-dealt",
            "checked:client"
        ];
        string memory report;
        for (uint256 i; i < cases.length; ++i) {
            report = string.concat(report, cases[i], "=", vm.toString(handler.calls(bytes32(bytes(cases[i])))), " ");
        }
        for (uint256 i; i < cases.length; ++i) {
            vm.assertGt(handler.calls(bytes32(bytes(cases[i]))), 0, report);
        }
        vm.assertEq(handler.ghost_honestProviderShortfalls(), 0, "an honest provider lost");
        vm.assertEq(handler.ghost_honestMediatorLosses(), 0, "a truthful mediator lost bond or pay");
        vm.assertEq(handler.ghost_cannotRunSlashedOrPaid(), 0, "cannot run was slashed or paid");
        vm.assertEq(handler.ghost_selfDealingGains(), 0, "a self-dealer gained");
        vm.assertEq(handler.ghost_wrongResultUnpunished(), 0, "a wrong result went unpunished");
        vm.assertEq(handler.ghost_settlementsOffTable(), 0, "a settlement left the payoff table");
        vm.assertEq(handler.ghost_eventsOffBooks(), 0, "events and balances disagree");
        vm.assertEq(handler.ghost_clientsUnserved(), 0, "a contract client lost its result or its refund");
    }
}
