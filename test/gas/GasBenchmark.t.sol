// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PondFixture} from "../utils/PondFixture.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {JobStatus, Vote} from "../../src/types/Status.sol";
import {StoringClient} from "../clients/StoringClient.sol";

/// @notice Gas of one job's life, written to snapshots/GasBenchmark.json and checked in CI.
/// @dev Run with `--isolate` (the Makefile does): each call from the test is then its own
///      transaction, with cold storage and refunds, and the gas recorded for it is the
///      transaction's gas used, the 21,000 base and calldata included: what a user pays.
///      Offer posting and the provider's deposit are set-up, excluded as DESIGN.md says. The
///      market is in steady state: it has seen a job before, and the solver and provider have
///      balances (a first-ever job or a first-time solver pays one extra zero-to-nonzero write).
contract GasBenchmark is PondFixture {
    uint256 internal offerId;
    uint256 internal total;

    function setUp() public override {
        super.setUp();
        offerId = _providerReady(100 ether);
        // Steady state: the solver and the creator have used the market before.
        vm.prank(solver);
        market.deposit{value: 0.1 ether}(address(0), 0.1 ether);
        vm.prank(creator);
        market.deposit{value: 10 ether}(address(0), 10 ether);
        uint256 warmUp = _postDefaultJob();
        vm.prank(creator);
        market.cancelJob(warmUp, _terms(warmUp));
    }

    function test_gas_happyPath() public {
        uint256 jobId = _postMatchSubmit("happy");

        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.prank(stranger);
        market.finalize(jobId, _terms(jobId), "");
        _record("happy", "4_finalize");

        vm.assertEq(uint8(_status(jobId)), uint8(JobStatus.Accepted));
        vm.snapshotValue("happy", "total", total);
        vm.assertLe(total, 300_000, "DESIGN.md target: happy path <= 300k gas");
    }

    function test_gas_contractClient() public {
        ClientStub client = new ClientStub(market);
        vm.deal(address(client), 10 ether);
        uint256 jobId = market.jobCount() + 1;
        vm.prank(address(client));
        market.runModuleWithDefaultMediators{value: 1.01 ether}("cowsay:v0.0.1", "moo");
        _record("client", "1_runModuleWithDefaultMediators");

        vm.prank(solver);
        market.matchJob(jobId, offerId, _terms(jobId));
        _record("client", "2_matchJob");

        vm.prank(provider);
        market.submitResult(jobId, CID);
        _record("client", "3_submitResult");

        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.prank(stranger);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        _record("client", "4_finalize_with_callback");

        vm.assertEq(client.lastCid(), CID);
        vm.snapshotValue("client", "total", total);
    }

    /// @notice The kind of client Lilypad's users deploy (test/clients/StoringClient.sol): a
    ///         person calls its `run` with 2 ether, which calls `runModuleWithDefaultMediators`;
    ///         its `receiveJobResults` writes the job id and the 59-byte CID to cold storage
    ///         twice (about 200,000 gas of its own). The provider finalizes, as its keeper does,
    ///         and is paid the delivery fee; the base fee is 1 gwei, so the fee is real.
    function test_gas_storingClient() public {
        vm.fee(1 gwei);
        StoringClient client = new StoringClient(market);
        address user = makeAddr("user");
        vm.deal(user, 10 ether);
        uint256 jobId = market.jobCount() + 1;
        vm.prank(user);
        client.run{value: 2 ether}("moo");
        _record("storing-client", "1_client_run_runModuleWithDefaultMediators");

        vm.prank(solver);
        market.matchJob(jobId, offerId, _terms(jobId));
        _record("storing-client", "2_matchJob");

        vm.prank(provider);
        market.submitResult(jobId, CID);
        _record("storing-client", "3_submitResult");

        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.prank(provider);
        market.finalize(jobId, _terms(jobId), _result(jobId));
        uint256 finalizeGas = _record("storing-client", "4_finalize_with_storing_callback");

        vm.assertEq(client.lastCid(), CID);
        vm.assertEq(client.resultCount(), 1);
        vm.snapshotValue("storing-client", "total", total);
        // The callback's own gas, measured alone on a fresh client (cold storage, same CID).
        StoringClient fresh = new StoringClient(market);
        fresh.receiveJobResults(jobId, CID);
        uint256 callbackTx = vm.snapshotGasLastCall("storing-client", "callback_alone_as_a_transaction");
        vm.assertLe(callbackTx, finalizeGas, "the callback runs inside finalize");
    }

    /// @notice A wrong result challenged by its creator and judged by the default committee of
    ///         three: every transaction of the path, each mediator's commit and reveal included.
    ///         `total_dispute` is what the dispute adds (challenge to resolve); `total` the whole
    ///         path from the post.
    function test_gas_challengePath() public {
        _defaultCommittee();
        // Steady state: the market has judged a dispute before, so the mediators' earnings are
        // held on a registry balance that is not zero (the first paid mediation ever pays one
        // more zero-to-nonzero write: `total_dispute_first_paid_mediation`).
        (, uint256 firstDispute) = _dispute(Vote.ProviderRight);
        vm.snapshotValue("challenge", "total_dispute_first_paid_mediation", firstDispute);
        (uint256 jobId, uint256 dispute) = _dispute(Vote.ProviderWrong);
        vm.assertEq(uint8(_status(jobId)), uint8(JobStatus.Rejected));
        vm.snapshotValue("challenge", "total_dispute", dispute);
        vm.snapshotValue("challenge", "total", total);
    }

    /// @dev One challenged job (the creator challenges), voted `v` by the three members; the
    ///      second call's transactions are the ones the snapshot keeps. `dispute` is the gas of
    ///      the challenge to the resolve; `total` holds the whole path's.
    function _dispute(Vote v) internal returns (uint256 jobId, uint256 dispute) {
        total = 0;
        jobId = _postMatchSubmit("challenge");
        uint256 beforeDispute = total;

        vm.prank(creator);
        market.challenge{value: 3 * uint256(MEDIATOR_FEE)}(jobId, _terms(jobId), "");
        _record("challenge", "4_challenge");

        bytes32 salt = keccak256("salt");
        for (uint256 i; i < 3; ++i) {
            bytes32 c = mediation.voteCommitment(jobId, mediatorSet[i], v, salt);
            vm.prank(mediatorSet[i]);
            mediation.commitVote(jobId, c);
            _record("challenge", string.concat("5_commitVote_", vm.toString(i + 1)));
        }
        for (uint256 i; i < 3; ++i) {
            vm.prank(mediatorSet[i]);
            mediation.revealVote(jobId, v, salt);
            _record("challenge", string.concat("6_revealVote_", vm.toString(i + 1)));
        }
        vm.prank(stranger);
        market.resolveChallenge(jobId, _terms(jobId), "");
        _record("challenge", "7_resolveChallenge");
        dispute = total - beforeDispute;
    }

    /// @notice Steady-state gas per job when the keepers batch: a creator posts N jobs in one
    ///         transaction (from its balance), a solver matches them in one, the provider submits
    ///         them in one and finalizes them in one. Per job: the four transactions' gas / N.
    function test_gas_batch1() public {
        _batchPath(1);
    }

    function test_gas_batch10() public {
        _batchPath(10);
    }

    function test_gas_batch100() public {
        _batchPath(100);
    }

    function _batchPath(uint256 n) internal {
        string memory group = string.concat("batch-", vm.toString(n));
        // Set-up, excluded like the offer: room for n deals at once and the money for them.
        vm.prank(creator);
        market.deposit{value: n * (uint256(PRICE) + SOLVER_FEE)}(address(0), n * (uint256(PRICE) + SOLVER_FEE));
        uint256 bigOffer = _bigOffer(n, 3 ether);

        IPondMarket.JobRequest[] memory rs = new IPondMarket.JobRequest[](n);
        for (uint256 i; i < n; ++i) {
            rs[i] = _jobRequest();
        }
        vm.prank(creator);
        uint256[] memory ids = market.postJobs(rs);
        _record(group, "1_postJobs");
        _keeperBatches(group, ids, bigOffer, new string[](n), "4_finalizeJobs");

        for (uint256 i; i < n; ++i) {
            vm.assertEq(uint8(_status(ids[i])), uint8(JobStatus.Accepted));
        }
        vm.snapshotValue(group, "total", total);
        vm.snapshotValue(group, "per_job", total / n);
    }

    /// @notice The storing client's path at steady state, as the keepers run it when more than
    ///         one item is due: ten storing clients each post their own job (a transaction each,
    ///         `run` with 2 ether), the solver matches the ten in one `matchJobs`, the provider
    ///         submits them in one `submitResults` and finalizes them (each callback writing its
    ///         client's cold storage) in one `finalizeJobs`. Per job: all the gas / 10.
    function test_gas_storingClientBatch10() public {
        vm.fee(1 gwei);
        uint256 n = 10;
        string memory group = "storing-client-batch-10";
        uint256 bigOffer = _bigOffer(n, 5 ether);

        address user = makeAddr("user");
        vm.deal(user, 100 ether);
        StoringClient[] memory clients = new StoringClient[](n);
        uint256[] memory ids = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            clients[i] = new StoringClient(market);
            ids[i] = market.jobCount() + 1;
            vm.prank(user);
            clients[i].run{value: 2 ether}("moo");
            _record(group, string.concat("1_client_run_", vm.toString(i)));
        }
        string[] memory results = new string[](n);
        for (uint256 i; i < n; ++i) {
            results[i] = CID; // what the provider submits below, which the clients' hashes cover
        }
        _keeperBatches(group, ids, bigOffer, results, "4_finalizeJobs_with_storing_callbacks");

        for (uint256 i; i < n; ++i) {
            vm.assertEq(clients[i].lastCid(), CID);
            vm.assertEq(clients[i].lastJobId(), ids[i]);
        }
        vm.snapshotValue(group, "total", total);
        vm.snapshotValue(group, "per_job", total / n);
    }

    /// @dev The keepers' side of a batch, each call recorded in `group`: the solver matches `ids`
    ///      to `offerId` in one `matchJobs`, the provider submits CID for each in one
    ///      `submitResults` and, after the window, finalizes them in one `finalizeJobs` with
    ///      `results` (the result arguments) as `finalizeName`.
    function _keeperBatches(
        string memory group,
        uint256[] memory ids,
        uint256 offerId_,
        string[] memory results,
        string memory finalizeName
    ) internal {
        uint256 n = ids.length;
        uint256[] memory offers = new uint256[](n);
        string[] memory cids = new string[](n);
        for (uint256 i; i < n; ++i) {
            offers[i] = offerId_;
            cids[i] = CID;
        }
        vm.prank(solver);
        market.matchJobs(ids, offers, _termsOf(ids));
        _record(group, "2_matchJobs");
        vm.prank(provider);
        market.submitResults(ids, cids);
        _record(group, "3_submitResults");
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.prank(provider);
        market.finalizeJobs(ids, _termsOf(ids), results);
        _record(group, finalizeName);
    }

    /// @dev Set-up, excluded from the figures like the offer: an offer with room for n deals at
    ///      once and the provider's collateral for them (`perDeal` each).
    function _bigOffer(uint256 n, uint256 perDeal) internal returns (uint256) {
        vm.deal(provider, 1_000 ether);
        IPondMarket.OfferRequest memory o = _offerRequest();
        o.capacity.cpuMillis = uint32(n * 1000);
        o.capacity.ramMiB = uint32(n * 512);
        o.capacity.diskMiB = uint32(n * 1024);
        vm.prank(provider);
        market.deposit{value: n * perDeal}(address(0), n * perDeal);
        return _postOffer(provider, o);
    }

    /// @dev Posts a job (paid by value), matches it and submits its result, each call recorded in
    ///      `group`.
    function _postMatchSubmit(string memory group) internal returns (uint256 jobId) {
        IPondMarket.JobRequest memory r = _jobRequest();
        vm.prank(creator);
        jobId = market.postJob{value: uint256(r.price) + r.solverFee}(r);
        _record(group, "1_postJob");
        vm.prank(solver);
        market.matchJob(jobId, offerId, _terms(jobId));
        _record(group, "2_matchJob");
        vm.prank(provider);
        market.submitResult(jobId, CID);
        _record(group, "3_submitResult");
    }

    /// @dev Records the last call's gas and adds it to the path's total.
    function _record(string memory group, string memory name) internal returns (uint256 used) {
        used = vm.snapshotGasLastCall(group, name);
        // Isolated calls are transactions and pay at least the base cost; anything less means the
        // numbers are warm in-transaction figures that would understate what users pay.
        vm.assertGe(used, 21_000, "run the gas benchmark with --isolate");
        total += used;
    }
}

/// @notice A contract client: posts through `runModuleWithDefaultMediators` and stores the result.
contract ClientStub {
    IPondMarket internal immutable market;
    string public lastCid;

    constructor(IPondMarket m) {
        market = m;
    }

    function receiveJobResults(uint256, string calldata cid) external {
        require(msg.sender == address(market), "only market");
        lastCid = cid;
    }
}
