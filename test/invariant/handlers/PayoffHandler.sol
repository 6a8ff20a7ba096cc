// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {JobTermsBook} from "../../utils/JobTermsBook.sol";
import {Vm} from "../../utils/Vm.sol";
import {PondMarket} from "../../../src/PondMarket.sol";
import {MediatorRegistry} from "../../../src/MediatorRegistry.sol";
import {IPondMarket} from "../../../src/interfaces/IPondMarket.sol";
import {IModuleRegistry} from "../../../src/interfaces/IModuleRegistry.sol";
import {Resources} from "../../../src/types/Resources.sol";
import {JobStatus, Vote} from "../../../src/types/Status.sol";
import {OptionsClient} from "../../clients/Clients.sol";

/// @notice Five actors, each a bonded mediator, play every role at once: creator, provider,
///         solver, challenger and mediator, and the first of them is also governance, which moves
///         the default committee and the mediator fee between posts, matches and settlements.
///         Each job has a truth (one of two result CIDs, or the CID of the module's deterministic
///         failure); providers mostly submit it, mediators mostly vote it, now and then lie, say
///         they cannot run the job, or stay silent; some jobs are dealt by one actor alone.
/// @dev The handler keeps a ledger per deal (what each actor put in and got back, bonds
///      included), measures every settlement (the credits its events announce against the
///      balances and bonds that actually moved), and checks after each one the payoff
///      properties of PROPERTIES.md, counting every violation in a `ghost_` counter that the
///      invariants require to stay 0. Each property's premise (an honest majority, free bonds)
///      is evaluated from the handler's own model of the votes, never from the contracts.
contract PayoffHandler is JobTermsBook {
    string internal constant CID_A = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
    string internal constant CID_B = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
    /// @dev What the module deterministically outputs when it fails on these inputs: a result.
    string internal constant CID_FAILURE = "bafkreifailureofthemoduleonitsinputsisaresultlikeanyother";

    uint256 internal constant BPS = 10_000;

    PondMarket public immutable market;
    MediatorRegistry public immutable mediation;
    address public immutable governance;
    uint32 public immutable moduleId;
    uint256 internal immutable SLASH;
    uint256 internal immutable COMMIT_WINDOW;
    uint256 internal immutable REVEAL_WINDOW;
    uint256 internal immutable COLLATERAL_BPS;
    uint256 internal immutable BOUNTY_BPS;
    uint256 internal immutable FETCH_WINDOW;

    /// @notice The actors, sorted; actors[i] is governance for one i.
    address[5] public actors;
    uint32[] public committeeIds;
    mapping(uint32 committeeId => address[]) internal _members;

    /// @notice A deal as the handler modelled it: terms fixed at post, roles, the truth and the votes.
    /// @dev For a job posted through a contract client, `creator` is the actor that owns the
    ///      client and paid for the job (its refunds go to the actor's wallet), `client` the
    ///      client contract (the market's creator), `deliveryFee` what it paid for delivery.
    struct Deal {
        address creator;
        address client;
        uint256 deliveryFee;
        bool notify;
        address provider;
        address solver;
        address challenger;
        uint32 committeeId;
        uint8 size;
        uint96 fee;
        uint96 price;
        uint96 solverFee;
        uint8 truth; // 1..3: CID_A, CID_B, CID_FAILURE
        uint8 submitted; // 0: nothing yet
        uint8 eligible;
        uint8 revealed;
        uint8 right;
        uint8 wrong;
        bool voted;
        uint256 commitDeadline;
        uint256 revealDeadline;
        uint256 governanceAtPost;
    }

    mapping(uint256 jobId => Deal) internal _deals;
    /// @notice How many times governance acted (a new default, a new fee).
    uint256 public governanceActions;
    /// @notice Net of each actor over each deal: what it got back minus what it put in (bonds
    ///         slashed in the deal's mediation count as put in).
    mapping(uint256 jobId => mapping(address actor => int256)) public ghost_net;
    /// @notice The committee the model says is the default, and the native mediator fee it set.
    uint32 public ghost_default;
    uint96 public ghost_fee;
    mapping(address mediator => uint256) public ghost_bond;
    mapping(address mediator => uint256) public ghost_active;

    // ------------------------------------------------------------------ violations (must stay 0)

    /// @notice P1: an honest provider (the truth, in time) got back less than its collateral plus
    ///         the price, with no lying majority.
    uint256 public ghost_honestProviderShortfalls;
    /// @notice P2: a mediator that revealed the truth lost bond or went unpaid, with no lying majority.
    uint256 public ghost_honestMediatorLosses;
    /// @notice P2': a mediator that said it cannot run the job was slashed, or paid otherwise
    ///         than exactly when a majority of the committee said so.
    uint256 public ghost_cannotRunSlashedOrPaid;
    /// @notice P3: an actor that was creator, provider, solver (and challenger) ended a deal with
    ///         more than it put in.
    uint256 public ghost_selfDealingGains;
    /// @notice P4: a wrong result, challenged, with an honest majority revealing: its provider
    ///         kept something, or the challenger or the creator was not paid more than it put in.
    uint256 public ghost_wrongResultUnpunished;
    /// @notice P5: a settlement paid something else than the payoff table, applied to the terms
    ///         fixed when the job was posted (whatever governance did since).
    uint256 public ghost_settlementsOffTable;
    /// @notice The books: a settlement's events announced credits or slashes that are not what moved.
    uint256 public ghost_eventsOffBooks;
    /// @notice P7: a contract client's result that stands was not delivered to it, or its refund
    ///         (and its unused delivery fee) did not reach the wallet it named.
    uint256 public ghost_clientsUnserved;

    /// @notice Each actor's contract client (refunds to the actor's wallet).
    OptionsClient[5] public clients;
    string internal _moduleName;

    mapping(bytes32 action => uint256) public calls;

    bytes32 internal constant SETTLED = keccak256("JobSettled(uint256,uint8,uint256,uint256,uint256)");
    bytes32 internal constant PAID = keccak256("MediatorPaid(uint256,address,uint256)");
    bytes32 internal constant SLASHED = keccak256("MediatorSlashed(uint256,address,uint256)");
    bytes32 internal constant DELIVERY_PAID = keccak256("DeliveryFeePaid(uint256,address,uint256)");
    bytes32 internal constant WITHDRAWN = keccak256("Withdrawn(address,address,uint256,address)");
    bytes32 internal constant SOLVER_PAID = keccak256("SolverPaid(uint256,address,uint256)");

    constructor(PondMarket market_, address governance_, uint32 moduleId_, uint32 bountyBps) {
        market = market_;
        mediation = MediatorRegistry(address(market_.mediators()));
        governance = governance_;
        moduleId = moduleId_;
        SLASH = mediation.slashAmount();
        COMMIT_WINDOW = mediation.commitWindow();
        REVEAL_WINDOW = mediation.revealWindow();
        IPondMarket.Params memory p = market_.params();
        COLLATERAL_BPS = p.collateralBps;
        FETCH_WINDOW = p.fetchWindow;
        BOUNTY_BPS = bountyBps;
        ghost_fee = p.nativeMediatorFee;

        address[5] memory a;
        a[0] = governance_;
        for (uint256 i = 1; i < 5; ++i) {
            a[i] = makeAddr(string.concat("payoff-actor-", vm.toString(i)));
        }
        for (uint256 i = 1; i < 5; ++i) {
            for (uint256 j = i; j > 0 && a[j] < a[j - 1]; --j) {
                (a[j], a[j - 1]) = (a[j - 1], a[j]);
            }
        }
        actors = a;
        for (uint256 i; i < 5; ++i) {
            clients[i] = new OptionsClient(market_);
        }
        _moduleName = market_.modules().getModule(moduleId_).nameVersion;
        for (uint256 i; i < 5; ++i) {
            vm.deal(a[i], 1_000_000 ether);
            vm.prank(a[i]);
            mediation.register{value: 3 ether}();
            ghost_bond[a[i]] = 3 ether;
        }
        _form(_three(a[0], a[1], a[2]));
        _form(_three(a[2], a[3], a[4]));
        address[] memory all = new address[](5);
        for (uint256 i; i < 5; ++i) {
            all[i] = a[i];
        }
        _form(all);
        vm.prank(governance_);
        market_.setDefaultCommittee(committeeIds[0]);
        ghost_default = committeeIds[0];
    }

    function _bookMarket() internal view override returns (address) {
        return address(market);
    }

    // ================================================================== actions

    /// @notice An actor posts a job (the default committee or a named one) with a truth.
    function postJob(uint256 actorSeed, uint256 price, uint256 choice) public {
        address creator = actors[actorSeed % 5];
        IModuleRegistry.Module memory m = market.modules().getModule(moduleId);
        IPondMarket.JobRequest memory r;
        r.moduleId = moduleId;
        r.price = uint96(bound(price, 1e6, 2 ether));
        r.solverFee = uint96(bound(choice >> 16, 0, 0.01 ether));
        r.resources = m.resources;
        r.runTime = m.defaultRunTime + uint32((choice >> 32) % 600);
        r.expiry = uint40(block.timestamp + 1 days);
        r.committeeId = choice % 3 == 0 ? 0 : committeeIds[(choice >> 4) % committeeIds.length];
        r.inputs = '{"Message":"moo"}';
        uint256 total = uint256(r.price) + r.solverFee;
        vm.prank(creator);
        uint256 jobId = market.postJob{value: total}(r);

        Deal storage d = _deals[jobId];
        d.creator = creator;
        d.committeeId = r.committeeId == 0 ? ghost_default : r.committeeId;
        d.size = uint8(_members[d.committeeId].length);
        d.fee = ghost_fee;
        d.price = r.price;
        d.solverFee = r.solverFee;
        d.truth = uint8(1 + (choice >> 8) % 3);
        d.governanceAtPost = governanceActions;
        ghost_net[jobId][creator] -= int256(total);
        calls["postJob"]++;
    }

    /// @notice An actor posts a job through its contract client (`runModule`: the module's
    ///         defaults, the default committee), paying the solver fee, the delivery fee and the
    ///         price from its wallet; refunds go back to that wallet; a third ask for a failure
    ///         notice.
    function postClientJob(uint256 actorSeed, uint256 price, uint256 choice) public {
        uint256 k = actorSeed % 5;
        address owner = actors[k];
        OptionsClient client = clients[k];
        IPondMarket.ClientOptions memory o;
        o.solverFee = uint96(bound(choice >> 16, 0, 0.01 ether));
        o.refundTo = owner;
        o.notifyFailure = choice % 3 == 0;
        uint256 fee = market.quote(_moduleName, 0).deliveryFee;
        uint256 value = bound(price, 1e6, 2 ether) + o.solverFee + fee;
        vm.prank(owner);
        uint256 jobId = client.run{value: value}(_moduleName, "moo", o);

        Deal storage d = _deals[jobId];
        d.creator = owner;
        d.client = address(client);
        d.deliveryFee = fee;
        d.notify = o.notifyFailure;
        d.committeeId = ghost_default;
        d.size = uint8(_members[d.committeeId].length);
        d.fee = ghost_fee;
        d.price = uint96(value - o.solverFee - fee);
        d.solverFee = o.solverFee;
        d.truth = uint8(1 + (choice >> 8) % 3);
        d.governanceAtPost = governanceActions;
        ghost_net[jobId][owner] -= int256(value);
        calls["postClientJob"]++;
    }

    /// @notice A provider takes an open job (posting an offer that trusts its committee); a third
    ///         of the time one actor is creator, solver and provider of the same deal.
    function matchJob(uint256 jobSeed, uint256 roleSeed, uint256 choice) public {
        (uint256 jobId, bool found) = _pick(jobSeed, JobStatus.Open);
        if (!found) return;
        Deal storage d = _deals[jobId];
        if (block.timestamp >= market.getJob(jobId).deadline || !_usable(d.committeeId)) return;
        bool selfDeal = choice % 3 == 0;
        address p = selfDeal ? d.creator : actors[roleSeed % 5];
        address solver = selfDeal ? d.creator : actors[(roleSeed >> 8) % 5];

        IPondMarket.OfferRequest memory o;
        o.capacity = Resources({gpus: 0, vramMiB: 0, cpuMillis: 1_000_000, ramMiB: 1_000_000, diskMiB: 1_000_000});
        o.expiry = uint40(block.timestamp + 30 days);
        o.anyModule = true;
        o.trustedCommitteeId = d.committeeId;
        vm.prank(p);
        uint256 offerId = market.postOffer(o);
        uint256 collateral = _collateral(d);
        uint256 balance = market.balanceOf(p, address(0));
        if (balance < collateral) {
            vm.prank(p);
            market.deposit{value: collateral - balance}(address(0), collateral - balance);
        }
        vm.prank(solver);
        market.matchJob(jobId, offerId, _terms(jobId));
        d.provider = p;
        d.solver = solver;
        ghost_net[jobId][p] -= int256(collateral);
        calls["matchJob"]++;
    }

    /// @notice The provider gives the deal back in its fetch window (it could not fetch the
    ///         inputs): exactly its collateral comes back to it, nobody else's balance moves, the
    ///         solver is not paid, and the job is open again for another match.
    function abandon(uint256 jobSeed) public {
        (uint256 jobId, bool found) = _pick(jobSeed, JobStatus.Matched);
        if (!found) return;
        IPondMarket.Job memory j = market.getJob(jobId);
        IPondMarket.JobTerms memory jt = _terms(jobId);
        if (block.timestamp >= uint256(j.deadline) - jt.runTime + FETCH_WINDOW || block.timestamp >= j.deadline) {
            return;
        }
        Deal storage d = _deals[jobId];
        uint256[5] memory freeBefore;
        for (uint256 i; i < 5; ++i) {
            freeBefore[i] = market.balanceOf(actors[i], address(0));
        }
        vm.prank(d.provider);
        market.abandonJob(jobId, _terms(jobId));
        uint256 collateral = _collateral(d);
        for (uint256 i; i < 5; ++i) {
            uint256 expected = freeBefore[i] + (actors[i] == d.provider ? collateral : 0);
            if (market.balanceOf(actors[i], address(0)) != expected) ++ghost_eventsOffBooks;
        }
        ghost_net[jobId][d.provider] += int256(collateral);
        d.provider = address(0);
        d.solver = address(0);
        calls["abandon"]++;
    }

    /// @notice The provider submits before its deadline: mostly the truth (which may be the
    ///         module's failure), a quarter of the time a wrong CID.
    function submit(uint256 jobSeed, uint256 honestSeed) public {
        (uint256 jobId, bool found) = _pick(jobSeed, JobStatus.Matched);
        if (!found || block.timestamp >= market.getJob(jobId).deadline) return;
        Deal storage d = _deals[jobId];
        uint8 cid = honestSeed % 4 == 0 ? uint8(1 + (d.truth + honestSeed % 2) % 3) : d.truth;
        uint256 solverBefore = market.balanceOf(d.solver, address(0));
        vm.prank(d.provider);
        market.submitResult(jobId, _cid(cid));
        // The deal holds now, but its solver is paid the fee (still escrowed) when it ends.
        if (market.balanceOf(d.solver, address(0)) != solverBefore) ++ghost_eventsOffBooks;
        d.submitted = cid;
        calls["submit"]++;
    }

    /// @notice Someone challenges a result in its window, when the committee takes it at once
    ///         (every member able to judge has bond free for it, a majority): the creator, the
    ///         provider itself, or anyone.
    function challenge(uint256 jobSeed, uint256 challengerSeed) public {
        (uint256 jobId, bool found) = _pick(jobSeed, JobStatus.Submitted);
        if (!found || block.timestamp >= market.getJob(jobId).deadline) return;
        Deal storage d = _deals[jobId];
        (uint8 eligible, uint256 count, bool takes) = eligibleNow(d.committeeId);
        if (!takes) return;
        uint256 pick = challengerSeed % 4;
        address c = pick == 0 ? d.creator : pick == 1 ? d.provider : actors[(challengerSeed >> 8) % 5];
        // A self-dealt deal is challenged by its dealer too.
        if (d.creator == d.provider && d.provider == d.solver && challengerSeed % 2 == 0) c = d.creator;
        uint256 fee = uint256(d.fee) * count;
        uint256 solverBefore = market.balanceOf(d.solver, address(0));
        vm.prank(c);
        market.challenge{value: fee}(jobId, _terms(jobId), _result(jobId));
        // A result came, so the deal held: its solver is paid at the challenge, once.
        if (market.balanceOf(d.solver, address(0)) != solverBefore + d.solverFee) ++ghost_eventsOffBooks;
        ghost_net[jobId][d.solver] += int256(uint256(d.solverFee));
        d.challenger = c;
        d.eligible = eligible;
        d.commitDeadline = block.timestamp + COMMIT_WINDOW + _terms(jobId).runTime;
        d.revealDeadline = d.commitDeadline + REVEAL_WINDOW;
        address[] storage members = _members[d.committeeId];
        for (uint256 i; i < members.length; ++i) {
            if (eligible & (1 << i) != 0) ghost_active[members[i]]++;
        }
        ghost_net[jobId][c] -= int256(fee);
        calls["challenge"]++;
    }

    /// @notice The committee of a challenged deal votes: each member mostly the truth; now and
    ///         then a lie, "cannot run", or silence. Those who commit then reveal.
    function vote(uint256 jobSeed, uint256 seed) public {
        (uint256 jobId, bool found) = _pick(jobSeed, JobStatus.Challenged);
        if (!found) return;
        Deal storage d = _deals[jobId];
        if (d.voted || block.timestamp >= d.commitDeadline) return;
        d.voted = true;
        uint256 n = _members[d.committeeId].length;
        Vote[] memory votes = new Vote[](n);
        uint8 committed;
        for (uint256 i; i < n; ++i) {
            if (d.eligible & (1 << i) == 0) continue;
            votes[i] = _draw(d, uint256(keccak256(abi.encode(seed, i))) % 20);
            if (votes[i] == Vote.None) continue;
            _commitAs(jobId, d.committeeId, i, votes[i]);
            committed |= uint8(1 << i);
        }
        if (committed != d.eligible) vm.warp(d.commitDeadline);
        for (uint256 i; i < n; ++i) {
            if (committed & (1 << i) == 0) continue;
            vm.prank(_members[d.committeeId][i]);
            mediation.revealVote(jobId, votes[i], _salt(jobId, i));
            d.revealed |= uint8(1 << i);
            if (votes[i] == Vote.ProviderRight) d.right |= uint8(1 << i);
            else if (votes[i] == Vote.ProviderWrong) d.wrong |= uint8(1 << i);
        }
        calls["vote"]++;
    }

    /// @dev Seven tenths the truth, a tenth a lie, a tenth "cannot run", a tenth silence.
    function _draw(Deal storage d, uint256 draw) internal view returns (Vote) {
        Vote truth = d.submitted == d.truth ? Vote.ProviderRight : Vote.ProviderWrong;
        if (draw < 14) return truth;
        if (draw < 16) return truth == Vote.ProviderRight ? Vote.ProviderWrong : Vote.ProviderRight;
        return draw < 18 ? Vote.CannotRun : Vote.None;
    }

    function _commitAs(uint256 jobId, uint32 committeeId, uint256 i, Vote v) internal {
        address member = _members[committeeId][i];
        bytes32 commitment = mediation.voteCommitment(jobId, member, v, _salt(jobId, i));
        vm.prank(member);
        mediation.commitVote(jobId, commitment);
    }

    /// @notice Moves one live deal to its end: timeout, finalize or resolve (waiting out what
    ///         blocks it), measuring and checking the settlement.
    function settle(uint256 jobSeed) public {
        uint256 n = market.jobCount();
        // A provider missing its deadline is the rare case: a quarter of the draws consider it.
        bool timeouts = jobSeed % 4 == 0;
        for (uint256 k; k < n; ++k) {
            uint256 jobId = 1 + (jobSeed % n + k) % n;
            IPondMarket.Job memory j = market.getJob(jobId);
            if (j.status == JobStatus.Matched && timeouts) {
                vm.warp(_max(block.timestamp, j.deadline));
                _measure(jobId, 1);
            } else if (j.status == JobStatus.Submitted) {
                vm.warp(_max(block.timestamp, j.deadline));
                _measure(jobId, 2);
            } else if (j.status == JobStatus.Challenged) {
                Deal storage d = _deals[jobId];
                if (d.revealed != d.eligible) vm.warp(_max(block.timestamp, d.revealDeadline));
                _measure(jobId, 3);
            } else {
                continue;
            }
            calls["settle"]++;
            return;
        }
    }

    /// @notice One live job one step further: match, submit, challenge, vote or settle.
    function advance(uint256 jobSeed, uint256 choice, uint256 seed) external {
        calls["advance"]++;
        uint256 n = market.jobCount();
        uint256 jobId;
        JobStatus s;
        for (uint256 k; k < n; ++k) {
            jobId = 1 + (jobSeed % n + k) % n;
            IPondMarket.Job memory j = market.getJob(jobId);
            s = j.status;
            bool matchable = s == JobStatus.Open && block.timestamp < j.deadline && _usable(_deals[jobId].committeeId);
            if (matchable || s == JobStatus.Matched || s == JobStatus.Submitted || s == JobStatus.Challenged) break;
            s = JobStatus.None;
        }
        if (s == JobStatus.Open) return matchJob(jobId - 1, seed, choice);
        if (s == JobStatus.Matched) {
            if (choice % 8 == 0) return settle(jobId - 1);
            return submit(jobId - 1, seed);
        }
        if (s == JobStatus.Submitted) {
            if (choice % 3 != 0) return challenge(jobId - 1, seed);
            return settle(jobId - 1);
        }
        if (s == JobStatus.Challenged) {
            if (!_deals[jobId].voted && choice % 6 != 0) return vote(jobId - 1, seed);
            return settle(jobId - 1);
        }
        if (choice % 3 == 0) return postClientJob(seed, seed >> 64, choice);
        postJob(seed, seed >> 64, choice);
    }

    /// @notice Governance names another usable committee the default.
    function setDefaultCommittee(uint256 seed) external {
        uint32 id = committeeIds[seed % committeeIds.length];
        if (!_usable(id)) return;
        vm.prank(governance);
        market.setDefaultCommittee(id);
        ghost_default = id;
        ++governanceActions;
        calls["setDefaultCommittee"]++;
    }

    /// @notice Governance moves the native mediator fee within its range.
    function configureFee(uint256 seed) external {
        uint256 base = market.baseMediatorFee(address(0));
        uint96 fee = uint96(bound(seed, base / 10, base * 10));
        vm.prank(governance);
        market.configureToken(address(0), true, fee);
        ghost_fee = fee;
        ++governanceActions;
        calls["configureFee"]++;
    }

    /// @notice A mediator tops its bond up.
    function topUp(uint256 actorSeed) external {
        address m = actors[actorSeed % 5];
        vm.prank(m);
        mediation.register{value: 1 ether}();
        ghost_bond[m] += 1 ether;
        calls["topUp"]++;
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + bound(seconds_, 1, 3 hours));
        calls["warp"]++;
    }

    // ================================================================== views for the invariants

    /// @notice The deal of `jobId` as modelled.
    function deal(uint256 jobId) external view returns (Deal memory) {
        return _deals[jobId];
    }

    /// @notice The committee's members that can take a new mediation now (the model's view:
    ///         registered, with a bond covering one more slash than the mediations they sit on).
    /// @dev The members with bond free for one more mediation (`mask`, `count` of them), and
    ///      whether the committee takes one now: every member able to judge at all (a slash of
    ///      bond) can, and those are a strict majority (otherwise it would wait).
    function eligibleNow(uint32 committeeId) public view returns (uint8 mask, uint256 count, bool takes) {
        address[] storage members = _members[committeeId];
        uint256 able;
        for (uint256 i; i < members.length; ++i) {
            if (ghost_bond[members[i]] < SLASH) continue;
            ++able;
            if (ghost_bond[members[i]] >= SLASH * (ghost_active[members[i]] + 1)) {
                mask |= uint8(1 << i);
                ++count;
            }
        }
        takes = count == able && able > members.length / 2;
    }

    function actorCount() external pure returns (uint256) {
        return 5;
    }

    // ================================================================== settlement and the properties

    /// @dev Calls the exit of `jobId` (1 timeout, 2 finalize, 3 resolve), checks that what its
    ///      events announce is what moved, and checks the payoff properties on the deal.
    function _measure(uint256 jobId, uint8 exit) internal {
        uint256[5] memory freeBefore;
        uint256[5] memory bondBefore;
        uint256[5] memory earnedBefore;
        for (uint256 i; i < 5; ++i) {
            freeBefore[i] = market.balanceOf(actors[i], address(0));
            bondBefore[i] = mediation.getMediator(actors[i]).bond;
            earnedBefore[i] = mediation.earnings(actors[i], address(0));
        }
        Deal storage d = _deals[jobId];
        if (exit == 3) _replaySlashes(d);
        uint256 deliveriesBefore = d.client == address(0) ? 0 : OptionsClient(payable(d.client)).deliveries();
        // Reading the terms books the logs recorded so far, so the settlement's logs are read alone.
        IPondMarket.JobTerms memory terms = _terms(jobId);
        // The deal's provider finalizes and resolves it (and so delivers a client's result and
        // takes its delivery fee); its solver times it out.
        vm.prank(exit == 1 ? d.solver : d.provider);
        if (exit == 1) market.timeoutJob(jobId, terms);
        else if (exit == 2) market.finalize(jobId, terms, _result(jobId));
        else market.resolveChallenge(jobId, terms, _result(jobId));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        _readTerms(logs);
        Settlement memory s = _read(jobId, d, logs);

        // The books: each actor's free balance moved by exactly what the events credit it, and
        // its bond by exactly what they slash.
        for (uint256 i; i < 5; ++i) {
            address a = actors[i];
            // Mediators' fees go to their earnings in the registry, not their free balances.
            if (mediation.earnings(a, address(0)) - earnedBefore[i] != s.paid[i]) ++ghost_eventsOffBooks;
            uint256 credited = s.solverPaid[i] + s.deliveryPaid[i];
            if (a == d.provider) credited += s.toProvider;
            // A client's refund is credited to the client, then sent to its owner's wallet.
            if (a == d.creator && d.client == address(0)) credited += s.toCreator;
            if (a == d.challenger) credited += s.toChallenger;
            if (market.balanceOf(a, address(0)) != freeBefore[i] + credited) ++ghost_eventsOffBooks;
            if (bondBefore[i] - mediation.getMediator(a).bond != s.slashed[i]) ++ghost_eventsOffBooks;
            ghost_net[jobId][a] += int256(credited + s.paid[i]) - int256(s.slashed[i]);
        }
        if (d.client != address(0)) {
            ghost_net[jobId][d.creator] += int256(s.sentToOwner);
            _checkClient(d, exit, s, deliveriesBefore);
        }
        _checkTable(d, exit, s);
        _checkProperties(jobId, d, exit, s);
    }

    struct Settlement {
        uint256 toProvider;
        uint256 toCreator;
        uint256 toChallenger;
        uint256[5] paid;
        uint256[5] slashed;
        /// @dev Every settlement of a deal pays its solver (the deal held: a result, or a timeout).
        uint256[5] solverPaid;
        /// @dev A client's delivery fee, paid to the actor that delivered.
        uint256[5] deliveryPaid;
        /// @dev What the market sent from a client's balance to its owner's wallet (its refund).
        uint256 sentToOwner;
    }

    function _read(uint256 jobId, Deal storage d, Vm.Log[] memory logs) internal view returns (Settlement memory s) {
        for (uint256 k; k < logs.length; ++k) {
            Vm.Log memory l = logs[k];
            if (
                l.emitter == address(market) && l.topics.length == 3 && l.topics[0] == WITHDRAWN
                    && d.client != address(0)
            ) {
                (, address to) = abi.decode(l.data, (uint256, address));
                if (address(uint160(uint256(l.topics[1]))) == d.client && to == d.creator) {
                    (uint256 amount,) = abi.decode(l.data, (uint256, address));
                    s.sentToOwner += amount;
                }
                continue;
            }
            if (l.topics.length < 2 || uint256(l.topics[1]) != jobId) continue;
            if (l.emitter == address(market) && l.topics[0] == SETTLED) {
                (s.toProvider, s.toCreator, s.toChallenger) = abi.decode(l.data, (uint256, uint256, uint256));
            } else if (l.emitter == address(market) && l.topics[0] == PAID) {
                s.paid[_index(address(uint160(uint256(l.topics[2]))))] += abi.decode(l.data, (uint256));
            } else if (l.emitter == address(market) && l.topics[0] == SOLVER_PAID) {
                s.solverPaid[_index(address(uint160(uint256(l.topics[2]))))] += abi.decode(l.data, (uint256));
            } else if (l.emitter == address(market) && l.topics[0] == DELIVERY_PAID) {
                address to = address(uint160(uint256(l.topics[2])));
                if (to != d.client) s.deliveryPaid[_index(to)] += abi.decode(l.data, (uint256));
            } else if (l.emitter == address(mediation) && l.topics[0] == SLASHED) {
                s.slashed[_index(address(uint160(uint256(l.topics[2]))))] += abi.decode(l.data, (uint256));
            }
        }
    }

    /// @dev What a member that revealed "cannot run" is paid: the fee when a strict majority of
    ///      the committee revealed it, else nothing.
    function _cannotRunFee(Deal storage d) internal view returns (uint256) {
        return _popcount(d.revealed & ~(d.right | d.wrong)) >= d.size / 2 + 1 ? d.fee : 0;
    }

    /// @dev P5: the settlement is the payoff table applied to the deal's terms of the time of
    ///      its post (its fee, its committee and size), with the verdict of the modelled votes.
    function _checkTable(Deal storage d, uint8 exit, Settlement memory s) internal {
        uint256 price = d.price;
        uint256 collateral = _collateral(d);
        uint256 toProvider;
        uint256 toCreator;
        uint256 toChallenger;
        uint8 paidMask;
        if (exit == 1) {
            toCreator = price + collateral;
        } else if (exit == 2) {
            toProvider = price + collateral;
        } else {
            uint256 quorum = d.size / 2 + 1;
            uint256 fee = uint256(d.fee) * _popcount(d.eligible);
            if (_popcount(d.right) >= quorum) {
                paidMask = d.right;
                toProvider = price + collateral + fee - _popcount(paidMask) * uint256(d.fee);
            } else if (_popcount(d.wrong) >= quorum) {
                paidMask = d.wrong;
                uint256 bounty = price * COLLATERAL_BPS / BPS * BOUNTY_BPS / BPS;
                toChallenger = fee + bounty;
                toCreator = price + collateral - bounty - _popcount(paidMask) * uint256(d.fee);
            } else {
                // A majority that cannot run it is paid with every member who revealed.
                paidMask = _cannotRunFee(d) != 0 ? d.revealed : d.right | d.wrong;
                toProvider = price + collateral;
                toChallenger = fee - _popcount(paidMask) * uint256(d.fee);
            }
        }
        bool off = s.toProvider != toProvider || s.toCreator != toCreator || s.toChallenger != toChallenger;
        uint256[5] memory expectPaid;
        uint256[5] memory expectSlash;
        if (exit == 3) {
            address[] storage members = _members[d.committeeId];
            for (uint256 i; i < members.length; ++i) {
                uint256 k = _index(members[i]);
                if (paidMask & (1 << i) != 0) expectPaid[k] = d.fee;
                expectSlash[k] = _expectedSlash[members[i]];
            }
        }
        // Whatever the exit, the deal held: its solver is paid the job's solver fee, once (a
        // challenged deal's at the challenge, checked there).
        uint256[5] memory expectSolver;
        if (d.solverFee != 0 && exit != 3) expectSolver[_index(d.solver)] = d.solverFee;
        for (uint256 k; k < 5; ++k) {
            if (s.paid[k] != expectPaid[k] || s.slashed[k] != expectSlash[k]) off = true;
            if (s.solverPaid[k] != expectSolver[k]) off = true;
        }
        if (off) ++ghost_settlementsOffTable;
        calls["checked:table"]++;
        if (governanceActions != d.governanceAtPost) calls["checked:after governance"]++;
    }

    /// @dev P7 on a contract client's deal: a result that stands reaches the client (the base
    ///      fee never rises above the delivery price here, so the delivery is never deferred);
    ///      a refund reaches the owner's wallet, with the delivery fee unless it paid a notice.
    function _checkClient(Deal storage d, uint8 exit, Settlement memory s, uint256 deliveriesBefore) internal {
        OptionsClient client = OptionsClient(payable(d.client));
        bool stands = exit == 2 || s.toProvider != 0;
        if (stands) {
            if (
                client.deliveries() != deliveriesBefore + 1
                    || keccak256(bytes(client.lastCid())) != keccak256(bytes(_cid(d.submitted)))
            ) {
                ++ghost_clientsUnserved;
            }
        } else if (s.sentToOwner != s.toCreator + (d.notify ? 0 : d.deliveryFee)) {
            ++ghost_clientsUnserved;
        }
        calls["checked:client"]++;
    }

    /// @dev P1-P4 on one settled deal.
    function _checkProperties(uint256 jobId, Deal storage d, uint8 exit, Settlement memory s) internal {
        uint256 quorum = d.size / 2 + 1;
        bool honestResult = d.submitted != 0 && d.submitted == d.truth;
        (uint256 truthful, uint256 liars) = _truthAndLies(d, honestResult);
        uint256 collateral = _collateral(d);

        // P1: the truth submitted in time (every submit is in time) never ends below collateral +
        // price, unless liars hold a majority of the committee.
        if (honestResult && liars < quorum) {
            calls["checked:honest provider"]++;
            if (s.toProvider < uint256(d.price) + collateral) ++ghost_honestProviderShortfalls;
        }

        if (exit == 3) {
            address[] storage members = _members[d.committeeId];
            Vote truth = honestResult ? Vote.ProviderRight : Vote.ProviderWrong;
            for (uint256 i; i < members.length; ++i) {
                uint8 bit = uint8(1 << i);
                if (d.revealed & bit == 0) continue;
                uint256 k = _index(members[i]);
                bool votedRight = d.right & bit != 0;
                bool votedWrong = d.wrong & bit != 0;
                // P2: the truth revealed in time never loses bond and is paid its fee, unless the
                // lie holds a majority of the committee.
                bool told = (truth == Vote.ProviderRight && votedRight) || (truth == Vote.ProviderWrong && votedWrong);
                if (told && liars < quorum) {
                    calls["checked:truthful mediator"]++;
                    if (s.slashed[k] != 0 || s.paid[k] != d.fee) ++ghost_honestMediatorLosses;
                }
            }
            _checkCannotRun(d, s);
            // P4: a wrong result challenged with an honest majority revealing costs its provider
            // and pays the challenger and the creator more than they put in.
            if (!honestResult && truthful >= quorum) {
                calls["checked:wrong result"]++;
                if (s.toProvider != 0) ++ghost_wrongResultUnpunished;
                if (s.toChallenger <= uint256(d.fee) * _popcount(d.eligible)) ++ghost_wrongResultUnpunished;
                if (s.toCreator <= d.price) ++ghost_wrongResultUnpunished;
            }
        }

        // P3: one actor as creator, provider, solver and (when challenged) challenger never
        // ends a deal with more than it put in: nobody else's balance or bond moved to it.
        bool selfDealt = d.creator == d.provider && d.provider == d.solver
            && (d.challenger == address(0) || d.challenger == d.creator);
        if (selfDealt) {
            calls["checked:self-dealt"]++;
            if (ghost_net[jobId][d.creator] > 0) ++ghost_selfDealingGains;
        }
    }

    /// @dev P2': "cannot run" is never slashed, and paid its fee exactly when a majority of the
    ///      committee said so (the mediation then costs its challenger every member's fee).
    function _checkCannotRun(Deal storage d, Settlement memory s) internal {
        address[] storage members = _members[d.committeeId];
        uint256 due = _cannotRunFee(d);
        for (uint256 i; i < members.length; ++i) {
            uint8 bit = uint8(1 << i);
            if (d.revealed & bit == 0 || (d.right | d.wrong) & bit != 0) continue;
            uint256 k = _index(members[i]);
            if (s.slashed[k] != 0 || s.paid[k] != due) ++ghost_cannotRunSlashedOrPaid;
        }
    }

    /// @dev Revealed votes for and against the truth.
    function _truthAndLies(Deal storage d, bool honestResult) internal view returns (uint256 truthful, uint256 liars) {
        (truthful, liars) =
            honestResult ? (_popcount(d.right), _popcount(d.wrong)) : (_popcount(d.wrong), _popcount(d.right));
    }

    mapping(address mediator => uint256) internal _expectedSlash;

    /// @dev The slashing rules replayed on the model: eligible members who did not reveal, and
    ///      those who revealed against a decided majority of the committee, lose min(bond, slash).
    function _replaySlashes(Deal storage d) internal {
        address[] storage members = _members[d.committeeId];
        uint256 quorum = members.length / 2 + 1;
        uint8 slashMask = d.eligible & ~d.revealed;
        if (_popcount(d.right) >= quorum) slashMask |= d.wrong;
        else if (_popcount(d.wrong) >= quorum) slashMask |= d.right;
        for (uint256 i; i < members.length; ++i) {
            address m = members[i];
            _expectedSlash[m] = 0;
            if (d.eligible & (1 << i) == 0) continue;
            ghost_active[m]--;
            if (slashMask & (1 << i) == 0) continue;
            uint256 cut = ghost_bond[m] < SLASH ? ghost_bond[m] : SLASH;
            ghost_bond[m] -= cut;
            _expectedSlash[m] = cut;
        }
    }

    // ================================================================== internal

    function _collateral(Deal storage d) internal view returns (uint256) {
        return uint256(d.price) * COLLATERAL_BPS / BPS + uint256(d.size) * d.fee;
    }

    /// @dev Every member accepted (the handler forms committees so), none leaves, and a strict
    ///      majority has a bond of at least one slash.
    function _usable(uint32 id) internal view returns (bool) {
        address[] storage members = _members[id];
        uint256 able;
        for (uint256 i; i < members.length; ++i) {
            if (ghost_bond[members[i]] >= SLASH) ++able;
        }
        return able > members.length / 2;
    }

    function _pick(uint256 seed, JobStatus status) internal view returns (uint256 jobId, bool found) {
        uint256 n = market.jobCount();
        for (uint256 k; k < n; ++k) {
            jobId = 1 + (seed % n + k) % n;
            if (market.getJob(jobId).status == status) return (jobId, true);
        }
    }

    function _form(address[] memory members) internal {
        uint32 id = mediation.createCommittee(members);
        for (uint256 i; i < members.length; ++i) {
            vm.prank(members[i]);
            mediation.acceptCommittee(id);
        }
        committeeIds.push(id);
        _members[id] = members;
    }

    function _three(address a, address b, address c) internal pure returns (address[] memory m) {
        m = new address[](3);
        (m[0], m[1], m[2]) = (a, b, c);
    }

    function _index(address a) internal view returns (uint256) {
        for (uint256 i; i < 5; ++i) {
            if (actors[i] == a) return i;
        }
        revert("not an actor");
    }

    function _cid(uint8 which) internal pure returns (string memory) {
        return which == 1 ? CID_A : which == 2 ? CID_B : CID_FAILURE;
    }

    function _salt(uint256 jobId, uint256 i) internal pure returns (bytes32) {
        return keccak256(abi.encode("payoff-salt", jobId, i));
    }

    function _popcount(uint8 x) internal pure returns (uint256 n) {
        for (; x != 0; x &= x - 1) {
            ++n;
        }
    }

    function _max(uint256 a, uint256 b) internal pure returns (uint256) {
        return a > b ? a : b;
    }
}
