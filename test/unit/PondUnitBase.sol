// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondFixture} from "../utils/PondFixture.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IModuleRegistry} from "../../src/interfaces/IModuleRegistry.sol";
import {IPondJobClient} from "../../src/interfaces/IPondJobClient.sol";
import {Resources} from "../../src/types/Resources.sol";
import {JobStatus} from "../../src/types/Status.sol";

/// @notice A contract client of the market: posts jobs through `runModuleWithDefaultMediators`
///         and records every `receiveJobResults` call. It can be told to revert.
contract RecordingClient is IPondJobClient {
    error ClientReverting();
    error NotMarketCaller(address caller);

    IPondMarket internal immutable market;
    bool public reverting;
    uint256 public calls;
    uint256 public lastJobId;
    string public lastCid;

    constructor(IPondMarket market_) {
        market = market_;
    }

    function setReverting(bool reverting_) external {
        reverting = reverting_;
    }

    function run(string calldata name, string calldata params) external payable returns (uint256) {
        return market.runModuleWithDefaultMediators{value: msg.value}(name, params);
    }

    function withdrawAll(address to) external {
        market.withdraw(address(0), market.balanceOf(address(this), address(0)), to);
    }

    function receiveJobResults(uint256 jobId, string calldata cid) external {
        if (msg.sender != address(market)) revert NotMarketCaller(msg.sender);
        if (reverting) revert ClientReverting();
        ++calls;
        lastJobId = jobId;
        lastCid = cid;
    }
}

/// @notice Refuses native currency: a withdrawal to it fails.
contract EthRejecter {}

/// @notice Shared helpers of the unit tests: assertions, token funding, mediators and committees.
abstract contract PondUnitBase is PondFixture {
    uint256 internal constant COMMITTEE_FEE = 3 * uint256(MEDIATOR_FEE);

    // ------------------------------------------------------------------ assertions

    function assertEq(uint256 a, uint256 b) internal pure {
        vm.assertEq(a, b);
    }

    function assertEq(uint256 a, uint256 b, string memory why) internal pure {
        vm.assertEq(a, b, why);
    }

    function assertEq(address a, address b) internal pure {
        vm.assertEq(a, b);
    }

    function assertEq(bool a, bool b) internal pure {
        vm.assertEq(a, b);
    }

    function assertEq(bytes32 a, bytes32 b) internal pure {
        vm.assertEq(a, b);
    }

    function assertEq(string memory a, string memory b) internal pure {
        vm.assertEq(a, b);
    }

    function assertEq(JobStatus a, JobStatus b) internal pure {
        vm.assertEq(uint256(a), uint256(b), "job status");
    }

    function assertEq(Resources memory a, Resources memory b) internal pure {
        vm.assertEq(uint256(a.gpus), uint256(b.gpus), "gpus");
        vm.assertEq(uint256(a.vramMiB), uint256(b.vramMiB), "vramMiB");
        vm.assertEq(uint256(a.cpuMillis), uint256(b.cpuMillis), "cpuMillis");
        vm.assertEq(uint256(a.ramMiB), uint256(b.ramMiB), "ramMiB");
        vm.assertEq(uint256(a.diskMiB), uint256(b.diskMiB), "diskMiB");
    }

    function assertTrue(bool c) internal pure {
        vm.assertTrue(c);
    }

    function assertFalse(bool c) internal pure {
        vm.assertFalse(c);
    }

    // ------------------------------------------------------------------ balances

    function _bal(address who) internal view returns (uint256) {
        return market.balanceOf(who, address(0));
    }

    function _tokBal(address who) internal view returns (uint256) {
        return market.balanceOf(who, address(token));
    }

    /// @dev Mints `amount` test tokens to `who` and deposits them into the market.
    function _fundTokens(address who, uint256 amount) internal {
        token.mint(who, amount);
        vm.startPrank(who);
        token.approve(address(market), amount);
        market.deposit(address(token), amount);
        vm.stopPrank();
    }

    function _deposit(address who, uint256 amount) internal {
        vm.prank(who);
        market.deposit{value: amount}(address(0), amount);
    }

    function _tokenJobRequest() internal view returns (IPondMarket.JobRequest memory r) {
        r = _jobRequest();
        r.token = address(token);
    }

    function _tokenOfferRequest() internal view returns (IPondMarket.OfferRequest memory r) {
        r = _offerRequest();
        r.token = address(token);
    }

    /// @dev A capacity equal to the default job's resources: room for exactly one job.
    function _tightOffer() internal view returns (IPondMarket.OfferRequest memory r) {
        r = _offerRequest();
        r.capacity = _resources();
    }

    /// @dev Posts, matches and submits the default job and opens a challenge by `challenger`
    ///      (paying the fee of a three-member default committee).
    function _challengedJob(address challenger) internal returns (uint256 jobId, uint256 offerId) {
        (jobId, offerId) = _submittedJob();
        vm.prank(challenger);
        market.challenge{value: COMMITTEE_FEE}(jobId, _terms(jobId), _result(jobId));
    }

    // ------------------------------------------------------------------ a small module

    uint32 internal _tinyModuleId;

    /// @dev A module needing one CPU millicore and nothing else (published once): jobs of it may
    ///      ask for as little as that.
    function _tinyModule() internal returns (uint32) {
        if (_tinyModuleId != 0) return _tinyModuleId;
        IModuleRegistry.ModuleRequest memory r = _moduleRequest("tiny", "v1");
        r.resources = Resources({gpus: 0, vramMiB: 0, cpuMillis: 1, ramMiB: 0, diskMiB: 0});
        return _tinyModuleId = registry.publish(r);
    }

    /// @dev The creator posts a job of the tiny module needing `need`.
    function _tinyJob(Resources memory need) internal returns (uint256) {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.moduleId = _tinyModule();
        r.resources = need;
        return _postJob(creator, r);
    }

    // ------------------------------------------------------------------ mediators

    function _registerMediator(address who) internal {
        vm.deal(who, who.balance + MIN_BOND);
        vm.prank(who);
        mediation.register{value: MIN_BOND}();
    }

    /// @dev A registered mediator whose address sorts after every member of `mediatorSet`.
    function _outsider() internal returns (address who) {
        who = address(uint160(type(uint160).max - 7));
        _registerMediator(who);
    }

    /// @dev Like PondFixture's `_commit`, but computes the commitment before the prank: there the
    ///      `voteCommitment` call made while building the arguments consumes the prank, so the
    ///      vote is sent by the test contract itself.
    function _commitVote(uint256 jobId, address mediator, bool providerRight) internal {
        _commit(jobId, mediator, providerRight);
    }

    /// @dev `_vote`: index i is mediator i; 0 = no vote, 1 = provider right, 2 = provider wrong,
    ///      3 = cannot run. Commits, waits out the commit phase, reveals.
    function _castVotes(uint256 jobId, uint8[3] memory votes) internal {
        _vote(jobId, votes);
    }

    /// @dev The consented committee of three: `a`, `b` and `c` in any order (registered).
    function _committee(address a, address b, address c) internal returns (uint32) {
        address[] memory m = new address[](3);
        (m[0], m[1], m[2]) = (a, b, c);
        for (uint256 i = 1; i < 3; ++i) {
            for (uint256 j = i; j > 0 && m[j] < m[j - 1]; --j) {
                (m[j], m[j - 1]) = (m[j - 1], m[j]);
            }
        }
        return _consentedCommittee(m);
    }

    /// @dev The consented committee of one.
    function _committee(address a) internal returns (uint32) {
        address[] memory m = new address[](1);
        m[0] = a;
        return _consentedCommittee(m);
    }

    // ------------------------------------------------------------------ attackers

    /// @dev What `who` holds: its wallet and its free Pond balance (native).
    function _total(address who) internal view returns (uint256) {
        return who.balance + _bal(who);
    }

    /// @dev A result that is not the module's output: what a cheating provider submits.
    string internal constant WRONG_CID = "bafkreiwrongwrongwrongwrongwrongwrongwrongwrongwrongwrong";

    /// @dev What `_victimWaitsOnMembersHeldAlone` set up for each member of the default
    ///      committee: its committee of one, the attacker's offer there, and the first of the
    ///      self-challenged jobs holding its bond.
    struct HeldAlone {
        uint32[3] alone;
        uint256[3] offers;
        uint256[3] firsts;
    }

    /// @dev Holds `who`'s whole bond with `slots` self-challenged jobs of a committee where it
    ///      sits alone (it consented to it); returns that committee, the attacker's offer for it,
    ///      and the first of those jobs.
    function _saturateAlone(address attacker, address who, uint256 slots)
        internal
        returns (uint32 single, uint256 offerId, uint256 first)
    {
        single = _committee(who);
        offerId = _freeOffer(attacker, single);
        for (uint256 k; k < slots; ++k) {
            uint256 id = _selfChallenge(attacker, single, offerId);
            if (k == 0) first = id;
        }
    }

    /// @dev The creator's default job, matched to `attacker`'s free offer, gets the attacker's
    ///      wrong result; the attacker (with a deposit) holds every member of the default
    ///      committee alone, in committees of one; the creator challenges, and its challenge waits.
    function _victimWaitsOnMembersHeldAlone(address attacker) internal returns (uint256 victimJob, HeldAlone memory h) {
        victimJob = _postDefaultJob();
        _match(victimJob, _freeOffer(attacker));
        vm.prank(attacker);
        market.submitResult(victimJob, WRONG_CID);
        for (uint256 i; i < 3; ++i) {
            (h.alone[i], h.offers[i], h.firsts[i]) = _saturateAlone(attacker, mediatorSet[i], MIN_BOND / SLASH);
        }
        vm.prank(creator);
        market.challenge{value: COMMITTEE_FEE}(victimJob, _terms(victimJob), _result(victimJob));
    }

    /// @dev A self-dealt job of `committeeId` (price 1 wei, no solver fee, a correct result),
    ///      posted, matched to `offerId`, submitted and challenged by `attacker`, paying from its
    ///      market balance whatever the challenge costs (eligible members or, waiting, the whole
    ///      committee): one mediation that holds the members' bonds.
    function _selfChallenge(address attacker, uint32 committeeId, uint256 offerId) internal returns (uint256 id) {
        IPondMarket.JobRequest memory r = _jobRequest();
        r.committeeId = committeeId;
        r.price = 1;
        r.solverFee = 0;
        vm.startPrank(attacker);
        id = market.postJob(r);
        market.matchJob(id, offerId, _terms(id));
        market.submitResult(id, CID);
        market.challenge(id, _terms(id), _result(id));
        vm.stopPrank();
    }

    /// @dev An offer asking nothing, with room for many jobs at once, accepting the default
    ///      committee.
    function _freeOffer(address who) internal returns (uint256) {
        return _postOffer(who, _freeOfferRequest());
    }

    /// @dev The same accepting only committee `trusted`.
    function _freeOffer(address who, uint32 trusted) internal returns (uint256) {
        IPondMarket.OfferRequest memory o = _freeOfferRequest();
        o.acceptsDefaultCommittee = false;
        o.trustedCommitteeId = trusted;
        return _postOffer(who, o);
    }

    function _freeOfferRequest() internal view returns (IPondMarket.OfferRequest memory o) {
        o = _offerRequest();
        o.askPrice = 0;
        o.capacity.cpuMillis = 100_000;
        o.capacity.ramMiB = 100_000;
        o.capacity.diskMiB = 100_000;
    }
}
