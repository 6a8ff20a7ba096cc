// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {JobTermsBook} from "../../utils/JobTermsBook.sol";
import {PondMarket} from "../../../src/PondMarket.sol";
import {MediatorRegistry} from "../../../src/MediatorRegistry.sol";
import {PondTestToken} from "../../../src/tokens/PondTestToken.sol";
import {IPondMarket} from "../../../src/interfaces/IPondMarket.sol";
import {IModuleRegistry} from "../../../src/interfaces/IModuleRegistry.sol";
import {IMediatorRegistry} from "../../../src/interfaces/IMediatorRegistry.sol";
import {Resources} from "../../../src/types/Resources.sol";
import {JobStatus, Vote} from "../../../src/types/Status.sol";
import {
    PondClient,
    RevertingClient,
    GasBurningClient,
    RefundSink,
    RefundRefuser,
    GasBurningReceiver
} from "../../adversarial/fixtures/Clients.sol";

/// @notice Drives many actors through random lifecycles of the market, on the native currency
///         and on the PondTestToken, with governance moving the default committee and the
///         mediator fees and mediators forming, accepting and leaving committees. Every action is
///         valid by construction: inputs are bounded, ids and actors are picked among those for
///         which the action is allowed (by the handler's own model), and an action with nothing
///         valid to do returns early. So with `fail_on_revert = true` any revert is the contract
///         refusing something it should accept.
/// @dev Ghost state is the handler's own model of what must be true, kept independently of the
///      contracts: funds in and out, each offer's posted capacity, each job's first terminal
///      status, each mediator's bond (the slashing rules replayed from the votes cast), the
///      burned total, which committees can judge, and each committee's queue of waiting
///      challenges with the slashes of bond each member keeps for them (the registry's rules
///      replayed: queued, opened first-in-first-out, dropped).
contract PondHandler is JobTermsBook {
    // ------------------------------------------------------------------ job picking modes
    uint8 internal constant OPEN = 0; // Open, any time (cancel)
    uint8 internal constant MATCHABLE = 1; // Open, before expiry
    uint8 internal constant RUNNING = 2; // Matched, before the run deadline
    uint8 internal constant OVERDUE = 3; // Matched, run deadline passed
    uint8 internal constant CHALLENGEABLE = 4; // Submitted, window open, the mediation opens or waits
    uint8 internal constant FINALIZABLE = 5; // Submitted, window closed
    uint8 internal constant COMMITTABLE = 6; // Challenged, open, commit phase, someone left to commit
    uint8 internal constant REVEALABLE = 7; // Challenged, open, reveal phase, someone left to reveal
    uint8 internal constant RESOLVABLE = 8; // Challenged: open, reveal deadline passed or all revealed; or waiting and droppable
    uint8 internal constant CALLBACK_PENDING = 9; // a client's delivery (result or failure notice) failed or waits
    uint8 internal constant LIVE = 10; // not terminal
    uint8 internal constant CHALLENGED = 11; // Challenged, its mediation open or waiting

    // ------------------------------------------------------------------ a mediation's phases
    uint8 internal constant QUEUED = 1; // waiting in its committee's queue, never opened
    uint8 internal constant OPENED = 2; // open: its eligible members vote
    uint8 internal constant CLOSED = 3; // closed after its votes
    uint8 internal constant DROPPED = 4; // closed without opening: its committee could never take it

    string internal constant CID_A = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
    string internal constant CID_B = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";

    PondMarket public immutable market;
    MediatorRegistry public immutable mediation;
    PondTestToken public immutable token;
    address public immutable governance;

    uint256 internal immutable SLASH;
    uint256 internal immutable MIN_BOND;
    uint256 internal immutable EXIT_DELAY;
    uint256 internal immutable COMMIT_WINDOW;
    uint256 internal immutable REVEAL_WINDOW;
    uint256 internal immutable MAX_MEMBERSHIPS;
    uint256 internal immutable FETCH_WINDOW;
    uint256 internal immutable CALLBACK_GAS;
    uint256 internal immutable MAX_CALLBACK_GAS;
    /// @dev The market's gas around a callback, priced into a client's delivery fee.
    uint256 internal constant DELIVERY_OVERHEAD_GAS = 150_000;

    address[] public tokens;
    address[] public creators;
    address[] public providers;
    address[] public solvers;
    address[] public challengers;
    /// @dev Sorted ascending.
    address[] public mediators;
    PondClient[] public clients;
    /// @notice Refund addresses clients may name: one that takes refunds, one that refuses them,
    ///         one that burns all gas it is given.
    address[] public refundSinks;
    /// @dev Everyone who can hold a market balance or a bond.
    address[] public actors;
    string[] internal _moduleNames;
    /// @notice Every committee the handler formed, and its members (sorted).
    uint32[] public committeeIds;
    mapping(uint32 committeeId => address[]) internal _committee;

    // ------------------------------------------------------------------ ghost state

    struct GhostMediator {
        bool registered;
        bool exiting;
        uint256 exitAt;
        uint256 memberships;
    }

    struct GhostMediation {
        uint32 committeeId;
        uint8 eligible;
        uint8 committed;
        uint8 revealed;
        uint8 right;
        uint8 wrong;
        bool truth;
        address challenger;
        uint256 commitDeadline;
        uint256 revealDeadline;
        uint8 phase;
        /// @dev Queued at the challenge (whether it opened later or not): its challenger paid for
        ///      the whole committee, and is charged that at resolve.
        bool waited;
    }

    /// @notice Tokens that entered the market (deposits and `msg.value`) and left it (withdrawals).
    mapping(address token => uint256) public ghost_in;
    mapping(address token => uint256) public ghost_out;
    /// @notice Native currency sent to and from the MediatorRegistry.
    uint256 public ghost_registryIn;
    uint256 public ghost_registryOut;
    mapping(uint256 offerId => Resources) internal _ghostCapacity;
    /// @notice The first terminal status each job was seen in (None while it is live).
    mapping(uint256 jobId => JobStatus) public ghost_terminalStatus;
    /// @notice Bond = deposits − slashes (replayed from the votes) − the bond returned on exit.
    mapping(address mediator => uint256) public ghost_bond;
    /// @notice Sum of the replayed slashes.
    uint256 public ghost_burned;
    mapping(address mediator => uint256) public ghost_activeMediations;
    mapping(address mediator => GhostMediator) public ghost_mediator;
    /// @notice A committee a member of which asked to leave never takes a deal again.
    mapping(uint32 committeeId => bool) public ghost_retired;
    uint32 public ghost_default;
    mapping(uint256 jobId => GhostMediation) internal _ghostMediation;
    mapping(uint256 jobId => mapping(uint256 memberIndex => Vote)) internal _intendedVote;
    /// @notice The slashes of bond each mediator keeps for queued mediations it would sit on: one
    ///         per queued mediation of each committee it is on, kept from the queueing until that
    ///         mediation opens or is dropped (gone with the member when it exits).
    mapping(address mediator => uint256) public ghost_waiting;
    /// @dev Each committee's queue as the registry keeps it: every job ever queued, in order, and
    ///      the position of the head (dropped ones stay in place until the head moves past them).
    mapping(uint32 committeeId => uint256[]) internal _queue;
    mapping(uint32 committeeId => uint256) internal _queueHead;
    /// @dev Each queued job's place in the order of every committee's queueings (from 1), taken
    ///      again when it reaches its queue's head behind others: the heads of queues sharing a
    ///      member take its bond in this order.
    mapping(uint256 jobId => uint256) internal _queuedSeq;
    uint256 internal _lastQueuedSeq;
    /// @dev The queued mediation the model opened last (0: none since the last check).
    uint256 internal _openedInModel;

    /// @notice What `exitAll` left behind (the exit suite's invariants read these).
    uint256 public ghost_exitAllCalls;
    uint256 public ghost_liveJobsAfterExitAll;
    uint256 public ghost_capacityGapsAfterExitAll;
    uint256 public ghost_activeMediationsAfterExitAll;
    mapping(address token => uint256) public ghost_lockedAfterExitAll;
    mapping(address token => uint256) public ghost_heldAfterDrain;

    /// @notice The delivery fee the model says each client job still holds: set at post, gone
    ///         once paid to a deliverer or refunded.
    mapping(uint256 jobId => uint256) public ghost_deliveryFee;
    mapping(uint256 jobId => uint256) internal _deliveryGasPrice;
    mapping(uint256 jobId => bool) internal _notifyFailure;
    mapping(uint256 jobId => address) internal _refundTo;
    /// @notice What withdrawals sent to clients and refund addresses (so that what reached them
    ///         otherwise is what the market pushed as refunds).
    mapping(address token => uint256) public ghost_withdrawnToReceivers;
    /// @notice Refunds of client jobs that went neither to their refund address nor, when it
    ///         refused them, to the client's balance (must stay 0).
    uint256 public ghost_refundsMisrouted;
    /// @notice Refunds sent to people's own accounts (creators of `postJob` callback jobs), whose
    ///         balances other actions also move: measured across the refunding call.
    mapping(address token => uint256) public ghost_pushedToPeople;
    /// @notice Client refunds the handler saw sent, and kept in a balance.
    uint256 public ghost_refundsSent;
    uint256 public ghost_refundsHeld;

    /// @notice How often each action did something (for tuning the handler).
    mapping(bytes32 action => uint256) public calls;

    constructor(PondMarket market_, PondTestToken token_, address governance_, string[] memory moduleNames_) {
        market = market_;
        mediation = MediatorRegistry(address(market_.mediators()));
        token = token_;
        governance = governance_;
        SLASH = mediation.slashAmount();
        MIN_BOND = mediation.minBond();
        EXIT_DELAY = mediation.exitDelay();
        COMMIT_WINDOW = mediation.commitWindow();
        REVEAL_WINDOW = mediation.revealWindow();
        MAX_MEMBERSHIPS = mediation.MAX_MEMBERSHIPS();
        FETCH_WINDOW = market_.params().fetchWindow;
        CALLBACK_GAS = market_.params().callbackGasLimit;
        MAX_CALLBACK_GAS = market_.params().maxCallbackGasLimit;
        _moduleNames = moduleNames_;

        tokens.push(address(0));
        tokens.push(address(token_));
        for (uint256 i; i < 3; ++i) {
            creators.push(_newActor("inv-creator", i));
            providers.push(_newActor("inv-provider", i));
        }
        for (uint256 i; i < 2; ++i) {
            solvers.push(_newActor("inv-solver", i));
            challengers.push(_newActor("inv-challenger", i));
        }
        PondClient reverting = new RevertingClient(market_);
        PondClient burning = new GasBurningClient(market_);
        clients.push(reverting);
        clients.push(burning);
        actors.push(address(reverting));
        actors.push(address(burning));
        refundSinks.push(address(new RefundSink()));
        refundSinks.push(address(new RefundRefuser()));
        refundSinks.push(address(new GasBurningReceiver()));

        address[] memory m = new address[](5);
        for (uint256 i; i < 5; ++i) {
            m[i] = makeAddr(string.concat("inv-mediator-", vm.toString(i)));
        }
        for (uint256 i = 1; i < 5; ++i) {
            for (uint256 j = i; j > 0 && m[j] < m[j - 1]; --j) {
                (m[j], m[j - 1]) = (m[j - 1], m[j]);
            }
        }
        for (uint256 i; i < 5; ++i) {
            mediators.push(m[i]);
            actors.push(m[i]);
            _register(m[i], MIN_BOND);
        }
        address[] memory three = new address[](3);
        for (uint256 i; i < 3; ++i) {
            three[i] = m[i];
        }
        uint32 first = _form(three, address(this));
        _form(m, m[4]);
        _setDefault(first);
    }

    function _bookMarket() internal view override returns (address) {
        return address(market);
    }

    /// @dev What a provider locks for a deal on `t`: the rule, written here independently of the
    ///      market (which no longer reports it).
    function _collateral(IPondMarket.JobTerms memory t, uint8 committeeSize) internal view returns (uint256) {
        return uint256(t.price) * market.params().collateralBps / 10_000 + uint256(committeeSize) * t.mediatorFee;
    }

    function _newActor(string memory role, uint256 i) internal returns (address a) {
        a = makeAddr(string.concat(role, "-", vm.toString(i)));
        actors.push(a);
    }

    // ================================================================== escrow

    function deposit(uint256 actorSeed, uint256 tokenSeed, uint256 amount) external {
        _deposit(_actor(actorSeed), _token(tokenSeed), bound(amount, 1, 10 ether));
        calls["deposit"]++;
    }

    function withdraw(uint256 actorSeed, uint256 tokenSeed, uint256 amount) external {
        address actor = _actor(actorSeed);
        address t = _token(tokenSeed);
        uint256 balance = market.balanceOf(actor, t);
        if (balance == 0) return;
        amount = bound(amount, 1, balance);
        vm.prank(actor);
        market.withdraw(t, amount, actor);
        ghost_out[t] += amount;
        if (_isReceiver(actor)) ghost_withdrawnToReceivers[t] += amount;
        calls["withdraw"]++;
    }

    /// @notice A mediator takes out its earned fees: the market pays them from the registry's
    ///         balance.
    function withdrawEarnings(uint256 mediatorSeed, uint256 tokenSeed) external {
        address m = mediators[mediatorSeed % mediators.length];
        address t = _token(tokenSeed);
        uint256 earned = mediation.earnings(m, t);
        if (earned == 0) return;
        uint256 before = market.balanceOf(address(mediation), t);
        vm.prank(m);
        uint256 amount = mediation.withdrawEarnings(t, m);
        vm.assertEq(amount, earned, "withdrew other than its earnings");
        vm.assertEq(before - market.balanceOf(address(mediation), t), earned, "registry balance");
        vm.assertEq(mediation.earnings(m, t), 0, "earnings left");
        ghost_out[t] += amount;
        calls["withdrawEarnings"]++;
    }

    /// @notice Everything the mediators earned in `t` and have not withdrawn.
    function earningsOf(address t) external view returns (uint256 sum) {
        for (uint256 i; i < mediators.length; ++i) {
            sum += mediation.earnings(mediators[i], t);
        }
    }

    // ================================================================== offers

    function postOffer(uint256 providerSeed, uint256 tokenSeed, uint256 ask, uint256 capacitySeed, uint256 choice)
        external
    {
        address p = providers[providerSeed % providers.length];
        IPondMarket.OfferRequest memory r;
        r.token = _token(tokenSeed);
        r.askPrice = uint96(bound(ask, 0, 0.5 ether));
        r.capacity = _capacityFrom(capacitySeed);
        r.expiry = uint40(block.timestamp + bound(choice >> 32, 1 hours, 30 days));
        r.anyModule = choice % 4 != 0;
        if (!r.anyModule) {
            r.modules = new uint32[](1);
            r.modules[0] = uint32(1 + (choice >> 8) % _moduleNames.length);
        }
        r.acceptsDefaultCommittee = (choice >> 12) % 4 != 0;
        r.trustedCommitteeId = (choice >> 16) % 3 == 0 ? 0 : _someCommittee(choice >> 20);
        r.minRunTime = (choice >> 28) % 4 == 0 ? uint32(bound(choice >> 40, 1, 2 hours)) : 0;
        vm.prank(p);
        uint256 offerId = market.postOffer(r);
        _ghostCapacity[offerId] = r.capacity;
        calls["postOffer"]++;
    }

    function updateOffer(uint256 offerSeed, uint256 ask, uint256 lifetime) external {
        uint256 n = market.offerCount();
        if (n == 0) return;
        uint256 offerId = 1 + offerSeed % n;
        address p = market.getOffer(offerId).provider;
        uint40 expiry = uint40(block.timestamp + bound(lifetime, 1, 30 days));
        vm.prank(p);
        market.updateOffer(offerId, uint96(bound(ask, 0, 0.5 ether)), expiry);
        calls["updateOffer"]++;
    }

    function withdrawOffer(uint256 offerSeed) external {
        uint256 n = market.offerCount();
        if (n == 0) return;
        // Closing offers starves matching: only a third of the draws do it.
        if (offerSeed % 3 != 0) return;
        uint256 offerId = 1 + (offerSeed / 3) % n;
        IPondMarket.Offer memory o = market.getOffer(offerId);
        if (o.expiry <= block.timestamp) return;
        vm.prank(o.provider);
        market.withdrawOffer(offerId);
        calls["withdrawOffer"]++;
    }

    // ================================================================== jobs

    function postJob(
        uint256 creatorSeed,
        uint256 tokenSeed,
        uint256 price,
        uint256 solverFee,
        uint256 resourceSeed,
        uint256 timing,
        uint256 choice
    ) external {
        uint32 committeeId = (choice >> 8) % 2 == 0 ? 0 : _someCommittee(choice >> 12);
        _postJob(creatorSeed, tokenSeed, price, solverFee, resourceSeed, timing, choice, committeeId);
    }

    /// @dev `postJob` for the committee `committeeId` (0: the default); returns the job's id.
    function _postJob(
        uint256 creatorSeed,
        uint256 tokenSeed,
        uint256 price,
        uint256 solverFee,
        uint256 resourceSeed,
        uint256 timing,
        uint256 choice,
        uint32 committeeId
    ) internal returns (uint256 jobId) {
        address c = creators[creatorSeed % creators.length];
        IPondMarket.JobRequest memory r;
        r.moduleId = uint32(1 + choice % _moduleNames.length);
        (Resources memory floor, uint32 floorRunTime) = _moduleFloor(r.moduleId);
        r.token = _token(tokenSeed);
        r.price = uint96(bound(price, 1e6, 2 ether));
        r.solverFee = uint96(bound(solverFee, 0, 0.05 ether));
        r.resources = _resourcesFrom(resourceSeed, floor);
        r.runTime = uint32(bound(timing & type(uint32).max, floorRunTime, 4 hours));
        r.expiry = uint40(block.timestamp + bound(timing >> 32, 10 minutes, 1 days));
        r.committeeId = committeeId;
        r.callback = (choice >> 16) % 8 == 0;
        r.inputs = '{"Message":"moo"}';
        uint256 total = uint256(r.price) + r.solverFee;
        // A callback job also pays its delivery fee, in the native currency.
        uint256 gasPrice = 2 * block.basefee;
        uint256 fee = r.callback ? _deliveryFeeOf(CALLBACK_GAS, gasPrice) : 0;
        if (r.token == address(0) && (choice >> 24) % 2 == 0) {
            vm.deal(c, c.balance + total + fee);
            vm.prank(c);
            jobId = market.postJob{value: total + fee}(r);
            ghost_in[address(0)] += total + fee;
        } else {
            if (r.token == address(0)) {
                _ensureBalance(c, r.token, total + fee);
            } else {
                _ensureBalance(c, r.token, total);
                _ensureBalance(c, address(0), fee);
            }
            vm.prank(c);
            jobId = market.postJob(r);
        }
        if (r.callback) _recordClientJob(jobId, gasPrice, fee, false, c);
        calls["postJob"]++;
    }

    function runClientJob(uint256 clientSeed, uint256 moduleSeed, uint256 value) external {
        PondClient client = clients[clientSeed % clients.length];
        string memory name = _moduleNames[moduleSeed % _moduleNames.length];
        (,,, uint96 solverFee) = market.modules().jobDefaults(name);
        uint256 gasPrice = 2 * block.basefee;
        uint256 fee = _deliveryFeeOf(CALLBACK_GAS, gasPrice);
        value = bound(value, uint256(solverFee) + fee + 1, uint256(solverFee) + fee + 2 ether);
        vm.deal(address(this), address(this).balance + value);
        uint256 jobId = client.run{value: value}(name, "moo");
        ghost_in[address(0)] += value;
        _recordClientJob(jobId, gasPrice, fee, false, address(client));
        calls["runClientJob"]++;
    }

    /// @notice A client posts through the full entry point: native or the test token, its own
    ///         callback gas limit and delivery gas price (sometimes below the base fee), a refund
    ///         address (itself, one that takes refunds, one that refuses them, one that burns gas),
    ///         and now and then a failure notice.
    function runClientJobWithOptions(uint256 clientSeed, uint256 moduleSeed, uint256 choice, uint256 amount) external {
        PondClient client = clients[clientSeed % clients.length];
        string memory name = _moduleNames[moduleSeed % _moduleNames.length];
        choice = _mix(choice, "options");
        IPondMarket.ClientOptions memory o;
        o.token = _token(choice);
        o.solverFee = uint96(bound(choice >> 8, 0, 0.05 ether));
        o.callbackGasLimit = choice % 3 == 0 ? 0 : uint32(bound(choice >> 40, 100_000, 800_000));
        o.deliveryGasPrice = (choice >> 72) % 4 == 0 ? uint64(bound(choice >> 80, 1, 20 gwei)) : 0;
        uint256 pick = (choice >> 112) % (refundSinks.length + 1);
        o.refundTo = pick == refundSinks.length ? address(0) : refundSinks[pick];
        o.notifyFailure = (choice >> 120) % 3 == 0;
        uint256 gasLimit = o.callbackGasLimit == 0 ? CALLBACK_GAS : o.callbackGasLimit;
        uint256 gasPrice = o.deliveryGasPrice == 0 ? 2 * block.basefee : o.deliveryGasPrice;
        uint256 fee = _deliveryFeeOf(gasLimit, gasPrice);
        uint256 paid = bound(amount, uint256(o.solverFee) + 1, uint256(o.solverFee) + 2 ether);
        uint256 jobId;
        if (o.token == address(0)) {
            vm.deal(address(this), address(this).balance + paid + fee);
            jobId = client.runWith{value: paid + fee}(name, "moo", o);
            ghost_in[address(0)] += paid + fee;
        } else {
            o.amount = paid;
            token.mint(address(client), paid);
            vm.deal(address(this), address(this).balance + fee);
            jobId = client.runWith{value: fee}(name, "moo", o);
            ghost_in[o.token] += paid;
            ghost_in[address(0)] += fee;
        }
        _recordClientJob(jobId, gasPrice, fee, o.notifyFailure, o.refundTo == address(0) ? address(client) : o.refundTo);
        calls["runClientJobWithOptions"]++;
    }

    /// @notice The base fee moves (0 now and then): delivery fees are priced on it at post, and
    ///         a delivery waits while it is above the job's delivery gas price.
    function setBaseFee(uint256 seed) external {
        vm.fee(seed % 4 == 0 ? 0 : bound(seed >> 8, 1, 30 gwei));
        calls["setBaseFee"]++;
    }

    function cancelJob(uint256 jobSeed, uint256 callerSeed) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, OPEN);
        if (found) _cancel(jobId, callerSeed);
    }

    function matchJob(uint256 jobSeed, uint256 offerSeed, uint256 solverSeed, uint256 topUp) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, MATCHABLE);
        if (found) _match(jobId, offerSeed, solverSeed, topUp, false);
    }

    function submitResult(uint256 jobSeed, uint256 cidSeed) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, RUNNING);
        if (found) _submit(jobId, cidSeed);
    }

    /// @notice The provider of a running deal gives it back, when still within the fetch window.
    function abandonJob(uint256 jobSeed) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, RUNNING);
        if (!found) return;
        IPondMarket.Job memory j = market.getJob(jobId);
        IPondMarket.JobTerms memory jt = _terms(jobId);
        uint256 closes = uint256(j.deadline) - jt.runTime + FETCH_WINDOW;
        if (block.timestamp >= closes) return;
        vm.prank(market.getOffer(j.offerId).provider);
        market.abandonJob(jobId, _terms(jobId));
        calls["abandonJob"]++;
    }

    function timeoutJob(uint256 jobSeed, uint256 callerSeed) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, OVERDUE);
        if (found) _timeout(jobId, callerSeed);
    }

    function challenge(uint256 jobSeed, uint256 challengerSeed, uint256 choice) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, CHALLENGEABLE);
        if (found) _challenge(jobId, challengerSeed, choice);
    }

    /// @notice A job of a usable committee straight to its challenge in one step: posted, matched
    ///         (to an offer posted to fit), its result submitted and challenged. Deals reach their
    ///         challenge one at a time otherwise, and seldom overlap: these hold members' bonds,
    ///         so that challenges of their committees, and of committees sharing members, wait in
    ///         the queue (and slashes at their close leave queues that are dropped). Half of them
    ///         pile on a challenge still open or waiting: its committee, or one sharing members
    ///         with it (whose queue only `openQueued` opens once those members are free).
    function rushChallenge(uint256 committeeSeed, uint256 seed, uint256 choice) external {
        uint32 committeeId = _someCommittee(committeeSeed);
        if (committeeSeed % 2 == 0) {
            (uint256 other, bool found) = _pickJob(committeeSeed >> 8, CHALLENGED);
            if (found) committeeId = _sharingMembers(_ghostMediation[other].committeeId, committeeSeed >> 16);
        }
        if (!_usable(committeeId)) return;
        uint256 jobId = _postJob(seed, seed >> 8, seed >> 16, seed >> 24, seed >> 32, choice >> 8, choice, committeeId);
        if (!_match(jobId, seed, choice, 1, true)) return;
        _submit(jobId, seed);
        if (_challenge(jobId, seed >> 40, choice >> 40)) calls["rushChallenge"]++;
    }

    function commitVote(uint256 jobSeed, uint256 memberSeed, uint256 voteSeed) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, COMMITTABLE);
        if (found) _commit(jobId, memberSeed, voteSeed);
    }

    function revealVote(uint256 jobSeed, uint256 memberSeed) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, REVEALABLE);
        if (found) _reveal(jobId, memberSeed);
    }

    function finalize(uint256 jobSeed, uint256 callerSeed) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, FINALIZABLE);
        if (found) _finalize(jobId, callerSeed);
    }

    function resolveChallenge(uint256 jobSeed, uint256 callerSeed) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, RESOLVABLE);
        if (found) _resolve(jobId, callerSeed);
    }

    /// @notice Takes one live job one step further along its lifecycle, whatever its state:
    ///         match it (posting an offer that fits if none does), submit or let it time out,
    ///         challenge or finalize, commit, reveal, resolve, or wait for the deadline that
    ///         blocks it. The single-step actions above interleave jobs at random; this one lets
    ///         a run of a few dozen calls reach the deep states (votes, slashing) often.
    function advanceJob(uint256 jobSeed, uint256 choice, uint256 seed) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, LIVE);
        if (!found) return;
        IPondMarket.Job memory j = market.getJob(jobId);
        IPondMarket.JobTerms memory jt = _terms(jobId);
        bool beforeDeadline = block.timestamp < j.deadline;
        calls["advanceJob"]++;
        if (j.status == JobStatus.Open) {
            if (!beforeDeadline || !_usable(jt.committeeId)) {
                vm.warp(_max(block.timestamp, j.deadline));
                return _cancel(jobId, seed);
            }
            if (!_match(jobId, seed, choice, 1, false)) _match(jobId, seed, choice, 1, true);
        } else if (j.status == JobStatus.Matched) {
            if (beforeDeadline && choice % 8 != 0) return _submit(jobId, seed);
            vm.warp(_max(block.timestamp, j.deadline));
            _timeout(jobId, seed);
        } else if (j.status == JobStatus.Submitted) {
            if (beforeDeadline && choice % 2 == 0 && _challenge(jobId, seed, choice >> 8)) return;
            vm.warp(_max(block.timestamp, j.deadline));
            _finalize(jobId, seed);
        } else {
            GhostMediation storage g = _ghostMediation[jobId];
            if (g.phase == QUEUED) return _advanceQueued(jobId, g.committeeId, seed);
            uint256 step = choice % 4;
            if (step == 0 && _is(jobId, COMMITTABLE)) return _commit(jobId, seed, choice >> 8);
            if (step == 1 && _is(jobId, REVEALABLE)) return _reveal(jobId, seed);
            if (_is(jobId, RESOLVABLE)) return _resolve(jobId, seed);
            // Nothing to do until a phase ends: wait for it.
            vm.warp(_max(block.timestamp, block.timestamp < g.commitDeadline ? g.commitDeadline : g.revealDeadline));
        }
    }

    /// @dev A waiting challenge one step further: dropped once its committee can never take it;
    ///      else its committee's oldest waiting mediation opened (anyone may, once a majority is
    ///      free); else the open mediation holding one of its members is waited out and resolved
    ///      (which may open it).
    function _advanceQueued(uint256 jobId, uint32 committeeId, uint256 seed) internal {
        if (_droppable(committeeId)) return _resolve(jobId, seed);
        if (_headOpens(committeeId)) return _openQueued(committeeId, seed);
        uint256 blocker = _blocker(committeeId, seed);
        if (blocker == 0) return; // unreachable: a majority is able, so one of them is held
        GhostMediation storage b = _ghostMediation[blocker];
        if (b.revealed != b.eligible) vm.warp(_max(block.timestamp, b.revealDeadline));
        _resolve(blocker, seed);
    }

    /// @dev An open mediation one of the committee's members sits on (0: none), from a random one.
    function _blocker(uint32 committeeId, uint256 seed) internal view returns (uint256) {
        uint256 n = market.jobCount();
        address[] storage members = _committee[committeeId];
        for (uint256 k; k < n; ++k) {
            uint256 id = 1 + (seed % n + k) % n;
            GhostMediation storage g = _ghostMediation[id];
            if (g.phase != OPENED) continue;
            address[] storage sitting = _committee[g.committeeId];
            for (uint256 i; i < sitting.length; ++i) {
                if (g.eligible & (1 << i) != 0 && _memberIndex(committeeId, sitting[i]) < members.length) return id;
            }
        }
        return 0;
    }

    /// @dev A committee sharing a member with `committeeId` (maybe itself), from a random one.
    function _sharingMembers(uint32 committeeId, uint256 seed) internal view returns (uint32) {
        uint256 n = committeeIds.length;
        address[] storage members = _committee[committeeId];
        for (uint256 k; k < n; ++k) {
            uint32 id = committeeIds[(seed % n + k) % n];
            for (uint256 i; i < members.length; ++i) {
                if (_memberIndex(id, members[i]) < 5) return id;
            }
        }
        return committeeId;
    }

    /// @notice Anyone opens a committee's oldest waiting mediation, when the model says a strict
    ///         majority of its members can now take it.
    function openQueued(uint256 committeeSeed, uint256 callerSeed) external {
        uint256 n = committeeIds.length;
        for (uint256 k; k < n; ++k) {
            uint32 id = committeeIds[(committeeSeed % n + k) % n];
            if (!_headOpens(id)) continue;
            return _openQueued(id, callerSeed);
        }
        // None can open: now and then the members a committee's waiting mediation waits for top
        // their bonds up by a slash (as members do to get their queue moving), and anyone opens
        // it (not always: queues whose committee loses its majority must get dropped too).
        if (callerSeed % 4 != 0) return;
        for (uint256 k; k < n; ++k) {
            uint32 id = committeeIds[(committeeSeed % n + k) % n];
            if (_queue[id].length == _queueHead[id]) continue;
            uint256 h = _liveHead(id);
            if (h == _queue[id].length) continue;
            (uint8 mask,,) = _eligibleAndAble(id, _queue[id][h]);
            address[] storage members = _committee[id];
            for (uint256 i; i < members.length; ++i) {
                address m = members[i];
                GhostMediator storage gm = ghost_mediator[m];
                if (mask & (1 << i) == 0 && gm.registered && !gm.exiting) _register(m, SLASH);
            }
            if (_headOpens(id)) return _openQueued(id, callerSeed);
        }
    }

    function _openQueued(uint32 committeeId, uint256 callerSeed) internal {
        vm.prank(_actor(callerSeed));
        mediation.openQueued(committeeId);
        vm.assertTrue(_openNextInModel(committeeId), "openQueued opened what the model did not");
        _checkQueue(committeeId);
        calls["openQueued"]++;
    }

    function retryCallback(uint256 jobSeed, uint256 callerSeed, uint256 fixSeed) external {
        (uint256 jobId, bool found) = _pickJob(jobSeed, CALLBACK_PENDING);
        if (!found) return;
        address creator = _terms(jobId).creator;
        if (fixSeed % 2 == 0 && creator.code.length != 0) PondClient(payable(creator)).setBroken(false);
        uint256 gasLimit = (fixSeed >> 8) % 2 == 0 ? 0 : bound(fixSeed >> 16, 100_000, 800_000);
        vm.prank(_actor(callerSeed));
        market.retryCallback(jobId, gasLimit, _terms(jobId));
        // The first delivery attempt is paid its fee, whoever makes it.
        ghost_deliveryFee[jobId] = 0;
        calls["retryCallback"]++;
    }

    /// @notice Breaks or fixes a client contract's callback.
    function setClientBroken(uint256 clientSeed, uint256 brokenSeed) external {
        clients[clientSeed % clients.length].setBroken(brokenSeed % 2 == 0);
        calls["setClientBroken"]++;
    }

    function warp(uint256 seconds_) external {
        // Mostly minutes (windows are an hour), sometimes hours, now and then past the exit delay.
        uint256 step;
        if (seconds_ % 16 == 0) step = bound(seconds_ >> 8, 1 days, EXIT_DELAY + 1 days);
        else if (seconds_ % 4 == 0) step = bound(seconds_ >> 8, 30 minutes, 6 hours);
        else step = bound(seconds_ >> 8, 1, 30 minutes);
        vm.warp(block.timestamp + step);
        calls["warp"]++;
    }

    // ================================================================== governance

    /// @notice Governance names another usable committee the default (jobs posted from now on).
    function setDefaultCommittee(uint256 seed) external {
        uint256 n = committeeIds.length;
        for (uint256 k; k < n; ++k) {
            uint32 id = committeeIds[(seed % n + k) % n];
            if (!_usable(id)) continue;
            _setDefault(id);
            calls["setDefaultCommittee"]++;
            return;
        }
    }

    /// @notice Governance moves a token's mediator fee within its range (jobs posted from now on).
    function configureFee(uint256 tokenSeed, uint256 feeSeed) external {
        address t = _token(tokenSeed);
        uint256 base = market.baseMediatorFee(t);
        uint256 fee = bound(feeSeed, base / 10, base * 10);
        vm.prank(governance);
        market.configureToken(t, true, uint96(fee));
        calls["configureFee"]++;
    }

    // ================================================================== mediators

    function registerMediator(uint256 mediatorSeed, uint256 amount) external {
        address m = mediators[mediatorSeed % mediators.length];
        GhostMediator storage gm = ghost_mediator[m];
        if (gm.exiting) return;
        // Bonds stay near the minimum (top-ups of at most a slash), so that mediations hold
        // them and challenges wait in their committee's queue.
        amount = gm.registered ? bound(amount, 1, SLASH) : bound(amount, MIN_BOND, 3 * MIN_BOND);
        _register(m, amount);
        calls["registerMediator"]++;
    }

    /// @notice Registered mediators (1, 3 or 5 of them, none leaving, each with room for one
    ///         more committee) form a committee and each accepts it.
    function formCommittee(uint256 seed) external {
        uint256 size = 1 + 2 * (seed % 3);
        address[] memory picked = new address[](size);
        uint256 k;
        uint256 start = seed >> 8;
        for (uint256 i; i < mediators.length && k < size; ++i) {
            address m = mediators[(start % mediators.length + i) % mediators.length];
            GhostMediator storage gm = ghost_mediator[m];
            if (!gm.registered || gm.exiting || gm.memberships >= MAX_MEMBERSHIPS) continue;
            picked[k++] = m;
        }
        if (k < size) return;
        for (uint256 i = 1; i < size; ++i) {
            for (uint256 j = i; j > 0 && picked[j] < picked[j - 1]; --j) {
                (picked[j], picked[j - 1]) = (picked[j - 1], picked[j]);
            }
        }
        // A committee of these members may exist (accepted, or retired): then nothing to do.
        for (uint256 c; c < committeeIds.length; ++c) {
            if (keccak256(abi.encode(_committee[committeeIds[c]])) == keccak256(abi.encode(picked))) return;
        }
        _form(picked, picked[(seed >> 4) % size]);
        calls["formCommittee"]++;
    }

    function requestExit(uint256 mediatorSeed) external {
        address m = mediators[(mediatorSeed / 4) % mediators.length];
        GhostMediator storage gm = ghost_mediator[m];
        // Leaving is rarer than mediating: a quarter of the draws, so committees stay staffed.
        if (!gm.registered || gm.exiting || mediatorSeed % 4 != 0) return;
        vm.prank(m);
        mediation.requestExit();
        gm.exiting = true;
        gm.exitAt = block.timestamp + EXIT_DELAY;
        for (uint256 c; c < committeeIds.length; ++c) {
            if (_memberIndex(committeeIds[c], m) < 5) ghost_retired[committeeIds[c]] = true;
        }
        calls["requestExit"]++;
    }

    function completeExit(uint256 mediatorSeed) external {
        address m = mediators[mediatorSeed % mediators.length];
        GhostMediator storage gm = ghost_mediator[m];
        // Not while a mediation holds it or waits for it in a committee's queue.
        if (!gm.exiting || block.timestamp < gm.exitAt || ghost_activeMediations[m] + ghost_waiting[m] != 0) return;
        vm.prank(m);
        mediation.completeExit();
        ghost_registryOut += ghost_bond[m];
        ghost_bond[m] = 0;
        delete ghost_mediator[m];
        calls["completeExit"]++;
    }

    // ================================================================== exits

    /// @notice Moves past every deadline, calls the permissionless exit of every live job, records
    ///         what is still locked, then has everyone withdraw everything and records what the
    ///         market still holds. Only the exit suite targets it.
    function exitAll(uint256 callerSeed) external {
        uint256 n = market.jobCount();
        address caller = _actor(callerSeed);
        // A close may open a waiting challenge, whose phases then start: rounds until no live job
        // is left or a round moves none (then the suite's invariant reports what is stuck). Each
        // round but the last closes or opens at least one mediation, so there are at most two
        // per job and two more.
        for (uint256 round; round < 2 * n + 2; ++round) {
            if (!_exitRound(n, caller)) break;
        }
        // Deliveries left waiting (the base fee was above their price) or failed: anyone may
        // deliver them, and the first attempt takes the fee they still hold.
        for (uint256 id = 1; id <= n; ++id) {
            if (!market.getJob(id).callbackPending) continue;
            vm.prank(caller);
            market.retryCallback(id, 0, _terms(id));
            ghost_deliveryFee[id] = 0;
        }

        uint256 live;
        for (uint256 id = 1; id <= n; ++id) {
            if (!_isTerminal(market.getJob(id).status)) ++live;
        }
        ghost_liveJobsAfterExitAll = live;
        ghost_capacityGapsAfterExitAll = _capacityGaps();
        uint256 active;
        for (uint256 i; i < mediators.length; ++i) {
            active += mediation.getMediator(mediators[i]).activeMediations;
        }
        ghost_activeMediationsAfterExitAll = active;

        for (uint256 t; t < tokens.length; ++t) {
            address tk = tokens[t];
            ghost_lockedAfterExitAll[tk] = lockedIn(tk);
            for (uint256 a; a < actors.length; ++a) {
                address actor = actors[a];
                uint256 balance = market.balanceOf(actor, tk);
                if (balance == 0) continue;
                vm.prank(actor);
                market.withdraw(tk, balance, actor);
                ghost_out[tk] += balance;
                if (_isReceiver(actor)) ghost_withdrawnToReceivers[tk] += balance;
            }
            // The mediators take out their earned fees (held on the registry's balance).
            for (uint256 i; i < mediators.length; ++i) {
                uint256 earned = mediation.earnings(mediators[i], tk);
                if (earned == 0) continue;
                vm.prank(mediators[i]);
                mediation.withdrawEarnings(tk, mediators[i]);
                ghost_out[tk] += earned;
            }
            ghost_heldAfterDrain[tk] = heldBy(tk, address(market));
        }
        ghost_exitAllCalls++;
        calls["exitAll"]++;
    }

    /// @dev One round of `exitAll`: past every deadline, the exit of every live job (a waiting
    ///      challenge: dropped when its committee can never take it, else left for its queue),
    ///      then every queue whose oldest waiting mediation a majority can take is opened.
    ///      Returns whether anything moved.
    function _exitRound(uint256 n, address caller) internal returns (bool moved) {
        uint256 latest = block.timestamp;
        for (uint256 id = 1; id <= n; ++id) {
            IPondMarket.Job memory j = market.getJob(id);
            if (_isTerminal(j.status)) continue;
            if (j.deadline > latest) latest = j.deadline;
            uint256 reveal = _ghostMediation[id].revealDeadline;
            if (j.status == JobStatus.Challenged && reveal > latest) latest = reveal;
        }
        vm.warp(latest + 1);

        for (uint256 id = 1; id <= n; ++id) {
            JobStatus s = market.getJob(id).status;
            if (_isTerminal(s)) continue;
            uint32 committeeId;
            if (s == JobStatus.Challenged) {
                GhostMediation storage g = _ghostMediation[id];
                // One opened in this round (by a close) has its phases ahead: next round.
                if (g.phase == OPENED && block.timestamp < g.revealDeadline && g.revealed != g.eligible) continue;
                if (g.phase == QUEUED && !_droppable(g.committeeId)) continue;
                committeeId = _closeInModel(id);
            }
            vm.prank(caller);
            if (s == JobStatus.Open) {
                market.cancelJob(id, _terms(id));
            } else if (s == JobStatus.Matched) {
                market.timeoutJob(id, _terms(id));
            } else if (s == JobStatus.Submitted) {
                market.finalize(id, _terms(id), _result(id));
            } else {
                market.resolveChallenge(id, _terms(id), _result(id));
                _checkQueue(committeeId);
            }
            _observe(id);
            moved = true;
        }
        for (uint256 c; c < committeeIds.length; ++c) {
            uint32 id = committeeIds[c];
            if (!_headOpens(id)) continue;
            _openQueued(id, uint256(uint160(caller)));
            moved = true;
        }
    }

    // ================================================================== views for the invariants

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function mediatorCount() external view returns (uint256) {
        return mediators.length;
    }

    function clientCount() external view returns (uint256) {
        return clients.length;
    }

    function committeeCount() external view returns (uint256) {
        return committeeIds.length;
    }

    /// @notice The length of the committee's queue as the model replays it (dropped mediations
    ///         the head has not moved past included, as in `MediatorRegistry.queued`).
    function queueLength(uint32 committeeId) external view returns (uint256) {
        return _queue[committeeId].length - _queueHead[committeeId];
    }

    function ghostCapacity(uint256 offerId) external view returns (Resources memory) {
        return _ghostCapacity[offerId];
    }

    /// @notice What `holder` holds of `t` outside the market's books (native: its ether).
    function heldBy(address t, address holder) public view returns (uint256) {
        return t == address(0) ? holder.balance : token.balanceOf(holder);
    }

    /// @notice Sum of every actor's free market balance in `t`.
    function freeBalances(address t) public view returns (uint256 sum) {
        for (uint256 i; i < actors.length; ++i) {
            sum += market.balanceOf(actors[i], t);
        }
        // The mediators' earned fees, held on the registry's balance.
        sum += market.balanceOf(address(mediation), t);
    }

    /// @notice What the market sent out as refunds of `t` (pushed to clients and refund
    ///         addresses): all they hold, less what withdrawals sent them.
    function pushedOut(address t) public view returns (uint256 sum) {
        for (uint256 i; i < clients.length; ++i) {
            sum += heldBy(t, address(clients[i]));
        }
        for (uint256 i; i < refundSinks.length; ++i) {
            sum += heldBy(t, refundSinks[i]);
        }
        return sum - ghost_withdrawnToReceivers[t] + ghost_pushedToPeople[t];
    }

    /// @notice Everything escrowed in live jobs, deals and challenges in `t`, from the job records,
    ///         and (native) the delivery fees the model says client jobs still hold.
    function lockedIn(address t) public returns (uint256 locked) {
        uint256 n = market.jobCount();
        for (uint256 id = 1; id <= n; ++id) {
            if (t == address(0)) locked += ghost_deliveryFee[id];
            IPondMarket.Job memory j = market.getJob(id);
            IPondMarket.JobTerms memory jt = _terms(id);
            if (jt.token != t) continue;
            if (j.status == JobStatus.Open) {
                locked += uint256(jt.price) + jt.solverFee;
            } else if (j.status == JobStatus.Matched || j.status == JobStatus.Submitted) {
                // The solver fee stays in escrow until the deal ends.
                locked += uint256(jt.price) + _collateral(jt, j.committeeSize) + jt.solverFee;
            } else if (j.status == JobStatus.Challenged) {
                // The solver was paid at the challenge; the challenger's fee is escrowed: for each
                // eligible member, or (a challenge that waited in the queue) the whole committee.
                uint256 judges =
                    _ghostMediation[id].waited ? j.committeeSize : _popcount(mediation.getMediation(id).eligibleMask);
                locked += uint256(jt.price) + _collateral(jt, j.committeeSize) + uint256(jt.mediatorFee) * judges;
            }
        }
    }

    /// @notice Whether the model says committee `id` can judge a new deal.
    function usableInModel(uint32 id) external view returns (bool) {
        return _usable(id);
    }

    /// @notice How many (offer, field) pairs break `available + active deals == capacity`.
    function _capacityGaps() internal returns (uint256 gaps) {
        uint256 offers = market.offerCount();
        uint256[4][] memory used = new uint256[4][](offers + 1);
        uint256 n = market.jobCount();
        for (uint256 id = 1; id <= n; ++id) {
            IPondMarket.Job memory j = market.getJob(id);
            IPondMarket.JobTerms memory jt = _terms(id);
            if (!isActiveDeal(j.status)) continue;
            used[j.offerId][0] += jt.resources.gpus;
            used[j.offerId][1] += jt.resources.cpuMillis;
            used[j.offerId][2] += jt.resources.ramMiB;
            used[j.offerId][3] += jt.resources.diskMiB;
        }
        for (uint256 o = 1; o <= offers; ++o) {
            Resources memory a = market.getOffer(o).available;
            Resources memory c = _ghostCapacity[o];
            if (uint256(a.gpus) + used[o][0] != c.gpus) ++gaps;
            if (uint256(a.cpuMillis) + used[o][1] != c.cpuMillis) ++gaps;
            if (uint256(a.ramMiB) + used[o][2] != c.ramMiB) ++gaps;
            if (uint256(a.diskMiB) + used[o][3] != c.diskMiB) ++gaps;
            if (a.vramMiB != c.vramMiB) ++gaps;
        }
    }

    function capacityGaps() external returns (uint256) {
        return _capacityGaps();
    }

    function isActiveDeal(JobStatus s) public pure returns (bool) {
        return s == JobStatus.Matched || s == JobStatus.Submitted || s == JobStatus.Challenged;
    }

    // ================================================================== single steps on a job

    function _cancel(uint256 jobId, uint256 callerSeed) internal {
        IPondMarket.Job memory j = market.getJob(jobId);
        IPondMarket.JobTerms memory jt = _terms(jobId);
        bool expired = block.timestamp >= j.deadline;
        // A creator changing its mind is rarer than an expiry: a quarter of the draws.
        if (!expired && callerSeed % 4 != 0) return;
        address caller = expired ? _actor(callerSeed) : jt.creator;
        (uint256 r0, uint256 b0) = _before(jobId, jt.creator, jt.token);
        uint256 n0 = _refundTo[jobId] == address(0) ? 0 : _refundTo[jobId].balance;
        uint256 fee = ghost_deliveryFee[jobId];
        vm.prank(caller);
        market.cancelJob(jobId, _terms(jobId));
        _observe(jobId);
        _checkRefundRouting(jobId, jt.creator, r0, b0, jt.token, caller, fee);
        _countNativePushedToPerson(jobId, jt.token, n0);
        calls["cancelJob"]++;
    }

    /// @dev Matches `jobId` to the first offer that fits, starting at a random one; with
    ///      `postIfNone`, a provider first posts an offer made to fit. Returns whether it matched.
    function _match(uint256 jobId, uint256 offerSeed, uint256 solverSeed, uint256 topUp, bool postIfNone)
        internal
        returns (bool)
    {
        IPondMarket.Job memory j = market.getJob(jobId);
        IPondMarket.JobTerms memory jt = _terms(jobId);
        if (!_usable(jt.committeeId)) return false;
        uint256 offerId;
        if (postIfNone) {
            offerId = _postFittingOffer(jt, offerSeed);
        } else {
            uint256 n = market.offerCount();
            for (uint256 k; k < n; ++k) {
                uint256 candidate = 1 + (offerSeed % n + k) % n;
                if (_matches(jt, candidate)) {
                    offerId = candidate;
                    break;
                }
            }
            if (offerId == 0) return false;
        }
        address p = market.getOffer(offerId).provider;
        uint256 collateral = _collateral(jt, j.committeeSize);
        uint256 balance = market.balanceOf(p, jt.token);
        if (balance < collateral) {
            if (topUp % 4 == 0) return false; // the provider cannot afford it: no valid match
            _deposit(p, jt.token, collateral - balance);
        }
        vm.prank(solvers[solverSeed % solvers.length]);
        market.matchJob(jobId, offerId, jt);
        calls["matchJob"]++;
        return true;
    }

    function _postFittingOffer(IPondMarket.JobTerms memory j, uint256 seed) internal returns (uint256 offerId) {
        IPondMarket.OfferRequest memory r;
        r.token = j.token;
        r.askPrice = uint96(bound(seed, 0, j.price));
        Resources memory need = j.resources;
        // Never zero capacity, and some room for a second job.
        r.capacity = Resources({
            gpus: need.gpus,
            vramMiB: need.vramMiB,
            cpuMillis: need.cpuMillis + 1000,
            ramMiB: need.ramMiB + 1024,
            diskMiB: need.diskMiB
        });
        r.expiry = uint40(block.timestamp + 1 days);
        r.anyModule = true;
        r.acceptsDefaultCommittee = true;
        r.trustedCommitteeId = j.committeeId;
        vm.prank(providers[seed % providers.length]);
        offerId = market.postOffer(r);
        _ghostCapacity[offerId] = r.capacity;
        calls["postOffer"]++;
    }

    function _submit(uint256 jobId, uint256 cidSeed) internal {
        address p = market.getJob(jobId).provider;
        vm.prank(p);
        market.submitResult(jobId, cidSeed % 2 == 0 ? CID_A : CID_B);
        calls["submitResult"]++;
    }

    function _timeout(uint256 jobId, uint256 callerSeed) internal {
        IPondMarket.JobTerms memory j = _terms(jobId);
        (uint256 r0, uint256 b0) = _before(jobId, j.creator, j.token);
        uint256 n0 = _refundTo[jobId] == address(0) ? 0 : _refundTo[jobId].balance;
        address caller = _actor(callerSeed);
        uint256 fee = ghost_deliveryFee[jobId];
        vm.prank(caller);
        market.timeoutJob(jobId, _terms(jobId));
        _observe(jobId);
        _checkRefundRouting(jobId, j.creator, r0, b0, j.token, caller, fee);
        _countNativePushedToPerson(jobId, j.token, n0);
        calls["timeoutJob"]++;
    }

    /// @dev Challenges when the model says the mediation opens at once, or waits in its committee's
    ///      queue while the committee can still take it (a strict majority registered with a
    ///      slash of bond: `closeMediation` would not drop it); returns false (and does nothing)
    ///      otherwise. A waiting challenge pays for the whole committee.
    function _challenge(uint256 jobId, uint256 challengerSeed, uint256 choice) internal returns (bool) {
        IPondMarket.JobTerms memory j = _terms(jobId);
        uint32 committeeId = j.committeeId;
        (bool opens, uint8 eligible, uint256 count, bool waitingSeen) = _opensAtOnce(committeeId);
        if (!opens && _droppable(committeeId)) return false;
        if (waitingSeen) _skipDroppedInModel(committeeId);
        address challenger = challengers[challengerSeed % challengers.length];
        if (challengerSeed % 3 == 0 && j.creator.code.length == 0) challenger = j.creator;
        _payChallenge(jobId, j, challenger, opens ? count : _committee[committeeId].length, choice);

        GhostMediation storage g = _ghostMediation[jobId];
        g.committeeId = committeeId;
        g.truth = _mix(choice, "truth") % 2 == 0;
        g.challenger = challenger;
        if (opens) {
            _openInModel(jobId, eligible);
            _openedInModel = jobId;
        } else {
            _queueInModel(jobId, committeeId);
            calls["challengeQueued"]++;
        }
        // A waiting challenge keeps deadline 0 in the market, even once its mediation opens.
        vm.assertEq(market.getJob(jobId).deadline, opens ? g.revealDeadline : 0, "challenge deadline != model");
        _checkQueue(committeeId);
        calls["challenge"]++;
        return true;
    }

    /// @dev `challenger` challenges `jobId`, paying the mediator fee for `judges` members.
    function _payChallenge(
        uint256 jobId,
        IPondMarket.JobTerms memory j,
        address challenger,
        uint256 judges,
        uint256 choice
    ) internal {
        uint256 fee = uint256(j.mediatorFee) * judges;
        if (j.token == address(0) && choice % 2 == 0) {
            vm.deal(challenger, challenger.balance + fee);
            vm.prank(challenger);
            market.challenge{value: fee}(jobId, _terms(jobId), _result(jobId));
            ghost_in[address(0)] += fee;
        } else {
            _ensureBalance(challenger, j.token, fee);
            vm.prank(challenger);
            market.challenge(jobId, _terms(jobId), _result(jobId));
        }
    }

    /// @dev The registry queues `jobId`: each member keeps a slash of bond for it from now on, and
    ///      when mediations were queued before it (dropped ones included: the registry's head
    ///      has not moved past them yet) the committee's oldest waiting one opens if it can.
    function _queueInModel(uint256 jobId, uint32 committeeId) internal {
        GhostMediation storage g = _ghostMediation[jobId];
        g.phase = QUEUED;
        g.waited = true;
        _queue[committeeId].push(jobId);
        _queuedSeq[jobId] = ++_lastQueuedSeq;
        address[] storage members = _committee[committeeId];
        for (uint256 i; i < members.length; ++i) {
            ghost_waiting[members[i]]++;
        }
        if (_queue[committeeId].length - 1 != _queueHead[committeeId]) _openNextInModel(committeeId);
    }

    /// @dev Opens the mediation of `jobId` in the model with the members of `mask`: its phases
    ///      start now, and each of those members sits on it.
    function _openInModel(uint256 jobId, uint8 mask) internal {
        GhostMediation storage g = _ghostMediation[jobId];
        g.phase = OPENED;
        g.eligible = mask;
        g.commitDeadline = block.timestamp + COMMIT_WINDOW + _terms(jobId).runTime;
        g.revealDeadline = g.commitDeadline + REVEAL_WINDOW;
        address[] storage members = _committee[g.committeeId];
        for (uint256 i; i < members.length; ++i) {
            if (mask & (1 << i) != 0) ghost_activeMediations[members[i]]++;
        }
    }

    /// @dev The registry's `_openNext`: past the dropped ones, the committee's oldest waiting
    ///      mediation opens if the committee takes it (every member able to judge can, and
    ///      they are a strict majority), counting their bond kept for queued mediations as free
    ///      (it is kept for this one among others); each member then keeps one slash less.
    ///      Returns whether one opened.
    function _openNextInModel(uint32 committeeId) internal returns (bool) {
        uint256 h = _skipDroppedInModel(committeeId);
        if (h == _queue[committeeId].length) return false;
        uint256 jobId = _queue[committeeId][h];
        (uint8 mask,, bool takes) = _eligibleAndAble(committeeId, jobId);
        if (!takes) return false;
        _queueHead[committeeId] = h + 1;
        _openInModel(jobId, mask);
        _release(committeeId);
        _promoteInModel(committeeId, h + 1);
        _openedInModel = jobId;
        calls["queueOpened"]++;
        return true;
    }

    /// @dev Each member of the committee keeps one slash less for queued mediations (a member
    ///      that exited since keeps none).
    function _release(uint32 committeeId) internal {
        address[] storage members = _committee[committeeId];
        for (uint256 i; i < members.length; ++i) {
            if (ghost_waiting[members[i]] != 0) ghost_waiting[members[i]]--;
        }
    }

    /// @dev Moves the model's queue head past dropped mediations; returns it.
    function _skipDroppedInModel(uint32 committeeId) internal returns (uint256 h) {
        h = _liveHead(committeeId);
        if (h == _queueHead[committeeId]) return h;
        _queueHead[committeeId] = h;
        _promoteInModel(committeeId, h);
    }

    /// @dev The registry's `_promote`: the mediation now at position `h` of the committee's
    ///      queue, if it waits, takes the next sequence number (heads take a shared member's bond
    ///      in the order they became heads).
    function _promoteInModel(uint32 committeeId, uint256 h) internal {
        if (h >= _queue[committeeId].length) return;
        uint256 jobId = _queue[committeeId][h];
        if (_ghostMediation[jobId].phase == QUEUED) _queuedSeq[jobId] = ++_lastQueuedSeq;
    }

    /// @dev The model's queue head past dropped mediations (the queue's length: none waits).
    function _liveHead(uint32 committeeId) internal view returns (uint256 h) {
        uint256[] storage q = _queue[committeeId];
        h = _queueHead[committeeId];
        while (h < q.length && _ghostMediation[q[h]].phase == DROPPED) ++h;
    }

    /// @dev Whether `openQueued` (or any trigger) would open the committee's oldest waiting
    ///      mediation now, without changing the model.
    function _headOpens(uint32 committeeId) internal view returns (bool) {
        uint256 h = _liveHead(committeeId);
        if (h == _queue[committeeId].length) return false;
        (,, bool takes) = _eligibleAndAble(committeeId, _queue[committeeId][h]);
        return takes;
    }

    /// @dev Whether a new mediation of the committee opens at once (no member keeps bond for a
    ///      queued mediation, or the committee's queue holds no waiting one, dropped ones left
    ///      behind the head aside, and every member able to judge, a strict majority, has a slash
    ///      of bond free on top of those it sits on and keeps), with whom; `waitingSeen` when a
    ///      member keeps bond for a queued mediation (the registry then moves the queue's head
    ///      past dropped ones).
    function _opensAtOnce(uint32 committeeId)
        internal
        view
        returns (bool opens, uint8 mask, uint256 count, bool waitingSeen)
    {
        bool takes;
        (mask, count, takes) = _eligibleAndAble(committeeId, 0);
        address[] storage members = _committee[committeeId];
        for (uint256 i; i < members.length; ++i) {
            if (ghost_waiting[members[i]] != 0) waitingSeen = true;
        }
        opens = (!waitingSeen || _liveHead(committeeId) == _queue[committeeId].length) && takes;
    }

    /// @dev Whether the registry drops a queued mediation of the committee at its close: fewer
    ///      than a strict majority of members registered with a slash of bond.
    function _droppable(uint32 committeeId) internal view returns (bool) {
        address[] storage members = _committee[committeeId];
        uint256 able;
        for (uint256 i; i < members.length; ++i) {
            if (ghost_mediator[members[i]].registered && ghost_bond[members[i]] >= SLASH) ++able;
        }
        return able <= members.length / 2;
    }

    /// @dev The registry's queue of the committee has the model's length, and the mediation the
    ///      model opened last (if any since the last check) is open with the model's members and
    ///      deadlines.
    function _checkQueue(uint32 committeeId) internal {
        (uint256 waiting,) = mediation.queued(committeeId);
        vm.assertEq(waiting, _queue[committeeId].length - _queueHead[committeeId], "queue length != model");
        uint256 jobId = _openedInModel;
        if (jobId == 0) return;
        _openedInModel = 0;
        GhostMediation storage g = _ghostMediation[jobId];
        IMediatorRegistry.Mediation memory md = mediation.getMediation(jobId);
        vm.assertTrue(md.open, "a queued mediation the model opened is not open");
        vm.assertEq(md.eligibleMask, g.eligible, "opened queued mediation: eligible != model");
        vm.assertEq(md.revealDeadline, g.revealDeadline, "opened queued mediation: deadline != model");
    }

    /// @dev One to three committee members commit (a whole committee in one step is common
    ///      enough that mediations resolve within a run; one at a time keeps the interleavings).
    ///      Mostly the truth; an eighth lie, an eighth cannot run.
    function _commit(uint256 jobId, uint256 memberSeed, uint256 voteSeed) internal {
        GhostMediation storage g = _ghostMediation[jobId];
        uint256 count = 1 + _mix(memberSeed, "count") % 3;
        for (uint256 k; k < count && g.committed != g.eligible; ++k) {
            (uint256 i, address member) = _pickMember(g, memberSeed, g.eligible & ~g.committed);
            Vote v = _voteFor(g.truth, _mix(voteSeed, bytes32(k)) % 8);
            _intendedVote[jobId][i] = v;
            bytes32 commitment = mediation.voteCommitment(jobId, member, v, _salt(jobId, i));
            vm.prank(member);
            mediation.commitVote(jobId, commitment);
            g.committed |= uint8(1 << i);
        }
        calls["commitVote"]++;
    }

    function _voteFor(bool truth, uint256 draw) internal pure returns (Vote) {
        if (draw == 0) return truth ? Vote.ProviderWrong : Vote.ProviderRight; // a lie
        if (draw == 1) return Vote.CannotRun;
        return truth ? Vote.ProviderRight : Vote.ProviderWrong;
    }

    /// @dev One to three committed members reveal.
    function _reveal(uint256 jobId, uint256 memberSeed) internal {
        GhostMediation storage g = _ghostMediation[jobId];
        uint256 count = 1 + _mix(memberSeed, "count") % 3;
        for (uint256 k; k < count && g.committed & ~g.revealed != 0; ++k) {
            (uint256 i, address member) = _pickMember(g, memberSeed, g.committed & ~g.revealed);
            Vote v = _intendedVote[jobId][i];
            vm.prank(member);
            mediation.revealVote(jobId, v, _salt(jobId, i));
            g.revealed |= uint8(1 << i);
            if (v == Vote.ProviderRight) g.right |= uint8(1 << i);
            else if (v == Vote.ProviderWrong) g.wrong |= uint8(1 << i);
        }
        calls["revealVote"]++;
    }

    function _finalize(uint256 jobId, uint256 callerSeed) internal {
        vm.prank(_actor(callerSeed));
        market.finalize(jobId, _terms(jobId), _result(jobId));
        _observe(jobId);
        calls["finalize"]++;
    }

    function _resolve(uint256 jobId, uint256 callerSeed) internal {
        uint256 dropBefore = _challengerBalanceIfDropped(jobId, _actor(callerSeed));
        uint32 committeeId = _closeInModel(jobId);
        IPondMarket.JobTerms memory j = _terms(jobId);
        (uint256 r0, uint256 b0) = _before(jobId, j.creator, j.token);
        uint256 n0 = _refundTo[jobId] == address(0) ? 0 : _refundTo[jobId].balance;
        address caller = _actor(callerSeed);
        uint256 fee = ghost_deliveryFee[jobId];
        vm.prank(caller);
        market.resolveChallenge(jobId, _terms(jobId), _result(jobId));
        _observe(jobId);
        _checkRefundRouting(jobId, j.creator, r0, b0, j.token, caller, fee);
        _countNativePushedToPerson(jobId, j.token, n0);
        _checkQueue(committeeId);
        if (dropBefore != type(uint256).max) {
            // Nobody judged a dropped challenge: its challenger gets the whole committee's fee back.
            uint256 refunded = market.balanceOf(_ghostMediation[jobId].challenger, j.token) - dropBefore;
            uint256 whole = uint256(j.mediatorFee) * _committee[committeeId].length;
            vm.assertEq(refunded, whole, "dropped challenge: fee not refunded");
        }
        calls["resolveChallenge"]++;
    }

    /// @dev The challenger's balance in the job's token before its waiting challenge is dropped
    ///      (max: not a drop, or the caller is the challenger, who may also be paid a delivery).
    function _challengerBalanceIfDropped(uint256 jobId, address caller) internal returns (uint256) {
        GhostMediation storage g = _ghostMediation[jobId];
        if (g.phase != QUEUED || caller == g.challenger) return type(uint256).max;
        return market.balanceOf(g.challenger, _terms(jobId).token);
    }

    /// @dev The model's close of the mediation of `jobId`, before the market's: a waiting one is
    ///      dropped (its members keep no slash for it any more; nobody is paid or slashed); an
    ///      open one's slashes are replayed and, when one of its members keeps bond for a queued
    ///      mediation, its committee's oldest waiting one opens if it can. Returns the committee.
    function _closeInModel(uint256 jobId) internal returns (uint32 committeeId) {
        GhostMediation storage g = _ghostMediation[jobId];
        committeeId = g.committeeId;
        if (g.phase == QUEUED) {
            g.phase = DROPPED;
            _release(committeeId);
            _skipDroppedInModel(committeeId);
            calls["queueDropped"]++;
            return committeeId;
        }
        _replayClose(jobId);
        g.phase = CLOSED;
        address[] storage members = _committee[committeeId];
        for (uint256 i; i < members.length; ++i) {
            if (g.eligible & (1 << i) != 0 && ghost_waiting[members[i]] != 0) {
                _openNextInModel(committeeId);
                break;
            }
        }
    }

    function _max(uint256 a, uint256 b) internal pure returns (uint256) {
        return a > b ? a : b;
    }

    // ================================================================== internal

    function _actor(uint256 seed) internal view returns (address) {
        return actors[seed % actors.length];
    }

    function _token(uint256 seed) internal view returns (address) {
        return tokens[seed % tokens.length];
    }

    function _someCommittee(uint256 seed) internal view returns (uint32) {
        return committeeIds[seed % committeeIds.length];
    }

    function _moduleFloor(uint32 id) internal view returns (Resources memory, uint32) {
        IModuleRegistry.Module memory m = market.modules().getModule(id);
        return (m.resources, m.defaultRunTime);
    }

    function _deposit(address actor, address t, uint256 amount) internal {
        if (t == address(0)) {
            vm.deal(actor, actor.balance + amount);
            vm.prank(actor);
            market.deposit{value: amount}(t, amount);
        } else {
            token.mint(actor, amount);
            vm.prank(actor);
            token.approve(address(market), amount);
            vm.prank(actor);
            market.deposit(t, amount);
        }
        ghost_in[t] += amount;
    }

    function _ensureBalance(address actor, address t, uint256 amount) internal {
        uint256 balance = market.balanceOf(actor, t);
        if (balance < amount) _deposit(actor, t, amount - balance);
    }

    function _register(address m, uint256 amount) internal {
        vm.deal(m, m.balance + amount);
        vm.prank(m);
        mediation.register{value: amount}();
        ghost_bond[m] += amount;
        ghost_mediator[m].registered = true;
        ghost_registryIn += amount;
    }

    /// @dev Creates the committee of `members` (sorted, registered, not leaving) as `creator`,
    ///      then has every member that has not yet accepted it accept.
    function _form(address[] memory members, address creator) internal returns (uint32 id) {
        vm.prank(creator);
        id = mediation.createCommittee(members);
        committeeIds.push(id);
        _committee[id] = members;
        for (uint256 i; i < members.length; ++i) {
            if (members[i] != creator) {
                vm.prank(members[i]);
                mediation.acceptCommittee(id);
            }
            ghost_mediator[members[i]].memberships++;
        }
    }

    function _setDefault(uint32 id) internal {
        vm.prank(governance);
        market.setDefaultCommittee(id);
        ghost_default = id;
    }

    /// @dev The model's view of `committeeMembers` position, or 5 when not a member.
    function _memberIndex(uint32 id, address who) internal view returns (uint256) {
        address[] storage members = _committee[id];
        for (uint256 i; i < members.length; ++i) {
            if (members[i] == who) return i;
        }
        return 5;
    }

    /// @dev Every member accepted (the handler forms committees that way), none asked to leave
    ///      since, and a strict majority registered with a bond of at least one slash.
    function _usable(uint32 id) internal view returns (bool) {
        if (ghost_retired[id]) return false;
        address[] storage members = _committee[id];
        uint256 able;
        for (uint256 i; i < members.length; ++i) {
            GhostMediator storage gm = ghost_mediator[members[i]];
            if (gm.registered && !gm.exiting && ghost_bond[members[i]] >= SLASH) ++able;
        }
        return members.length != 0 && able > members.length / 2;
    }

    /// @dev Records a job's status the first time it is terminal, and for a client job what
    ///      became of its delivery fee: a result that stands, or a failure notice, pays it to the
    ///      caller unless the base fee is above its price (the delivery then waits with it); a
    ///      refund without a notice returns it.
    function _observe(uint256 jobId) internal {
        JobStatus s = market.getJob(jobId).status;
        if (!_isTerminal(s) || ghost_terminalStatus[jobId] != JobStatus.None) return;
        ghost_terminalStatus[jobId] = s;
        if (_refundTo[jobId] == address(0)) return;
        bool result = s == JobStatus.Accepted || s == JobStatus.Undecided;
        bool attempted = (result || _notifyFailure[jobId]) && block.basefee <= _deliveryGasPrice[jobId];
        if (attempted || !result && !_notifyFailure[jobId]) ghost_deliveryFee[jobId] = 0;
    }

    /// @dev What the refund address of `jobId` holds of `t` and the client's market balance of it.
    function _before(uint256 jobId, address creator, address t) internal view returns (uint256, uint256) {
        address to = _refundTo[jobId];
        return (to == address(0) ? 0 : heldBy(t, to), market.balanceOf(creator, t));
    }

    /// @dev After a call that may refund a client job: the refund went to the refund address, or
    ///      (when that refuses it: the native currency to an address without a plain `receive`)
    ///      into the client's balance. `fee` is the job's delivery fee before the call, which a
    ///      client cancelling its own job is paid for its failure notice.
    function _checkRefundRouting(
        uint256 jobId,
        address creator,
        uint256 receivedBefore,
        uint256 balanceBefore,
        address t,
        address caller,
        uint256 fee
    ) internal {
        JobStatus s = market.getJob(jobId).status;
        address to = _refundTo[jobId];
        if (to == address(0) || (s != JobStatus.Cancelled && s != JobStatus.TimedOut && s != JobStatus.Rejected)) {
            return;
        }
        if (ghost_terminalStatus[jobId] != s) return;
        uint256 received = heldBy(t, to) - receivedBefore;
        if (to.code.length == 0) ghost_pushedToPeople[t] += received;
        uint256 held = market.balanceOf(creator, t) - balanceBefore;
        if (t == address(0) && caller == creator && _notifyFailure[jobId] && ghost_deliveryFee[jobId] == 0) {
            held -= fee;
        }
        bool accepts = t != address(0) || (to != refundSinks[1] && to != refundSinks[2]);
        // A creator that challenged its own job's wrong result is credited, as challenger, its fee
        // back and the bounty in the same balance: that credit is not the refund, which went out.
        if (s == JobStatus.Rejected && accepts) {
            if (_ghostMediation[jobId].challenger == creator) held = 0;
        }
        if (accepts ? (received == 0 || held != 0) : (received != 0 || held == 0)) ++ghost_refundsMisrouted;
        if (accepts) ++ghost_refundsSent;
        else ++ghost_refundsHeld;
    }

    /// @dev A token job's delivery fee is native: what of it the market pushed to a refund address
    ///      that is a person (not a contract the handler tracks) left the market, like a withdrawal.
    function _countNativePushedToPerson(uint256 jobId, address t, uint256 nativeBefore) internal {
        address to = _refundTo[jobId];
        if (t == address(0) || to == address(0) || to.code.length != 0) return;
        ghost_pushedToPeople[address(0)] += to.balance - nativeBefore;
    }

    function _recordClientJob(uint256 jobId, uint256 gasPrice, uint256 fee, bool notify, address refundTo) internal {
        ghost_deliveryFee[jobId] = fee;
        _deliveryGasPrice[jobId] = gasPrice;
        _notifyFailure[jobId] = notify;
        _refundTo[jobId] = refundTo;
    }

    function _deliveryFeeOf(uint256 gasLimit, uint256 gasPrice) internal pure returns (uint256) {
        return (gasLimit + DELIVERY_OVERHEAD_GAS) * gasPrice;
    }

    function _isReceiver(address a) internal view returns (bool) {
        for (uint256 i; i < clients.length; ++i) {
            if (address(clients[i]) == a) return true;
        }
        return false;
    }

    function _isTerminal(JobStatus s) internal pure returns (bool) {
        return uint8(s) >= uint8(JobStatus.Accepted);
    }

    function _pickJob(uint256 seed, uint8 mode) internal returns (uint256 jobId, bool found) {
        uint256 n = market.jobCount();
        for (uint256 k; k < n; ++k) {
            jobId = 1 + (seed % n + k) % n;
            if (_is(jobId, mode)) return (jobId, true);
        }
    }

    function _is(uint256 jobId, uint8 mode) internal returns (bool) {
        IPondMarket.Job memory j = market.getJob(jobId);
        IPondMarket.JobTerms memory jt = _terms(jobId);
        bool beforeDeadline = block.timestamp < j.deadline;
        if (mode == OPEN) return j.status == JobStatus.Open;
        if (mode == MATCHABLE) return j.status == JobStatus.Open && beforeDeadline;
        if (mode == RUNNING) return j.status == JobStatus.Matched && beforeDeadline;
        if (mode == OVERDUE) return j.status == JobStatus.Matched && !beforeDeadline;
        if (mode == FINALIZABLE) return j.status == JobStatus.Submitted && !beforeDeadline;
        if (mode == CALLBACK_PENDING) return j.callbackPending;
        if (mode == LIVE) return !_isTerminal(j.status);
        if (mode == CHALLENGED) return j.status == JobStatus.Challenged;
        if (mode == CHALLENGEABLE) {
            if (j.status != JobStatus.Submitted || !beforeDeadline) return false;
            (bool opens,,,) = _opensAtOnce(jt.committeeId);
            return opens || !_droppable(jt.committeeId);
        }
        if (j.status != JobStatus.Challenged) return false;
        GhostMediation storage g = _ghostMediation[jobId];
        // A waiting mediation has no phases yet: it can only be dropped, once its committee can
        // never take it.
        if (g.phase == QUEUED) return mode == RESOLVABLE && _droppable(g.committeeId);
        if (mode == COMMITTABLE) return block.timestamp < g.commitDeadline && g.committed != g.eligible;
        if (mode == REVEALABLE) {
            bool revealPhase = block.timestamp >= g.commitDeadline || g.committed == g.eligible;
            return revealPhase && block.timestamp < g.revealDeadline && g.committed & ~g.revealed != 0;
        }
        // RESOLVABLE
        return block.timestamp >= g.revealDeadline || g.revealed == g.eligible;
    }

    function _pickMember(GhostMediation storage g, uint256 seed, uint8 mask)
        internal
        view
        returns (uint256 i, address member)
    {
        address[] storage members = _committee[g.committeeId];
        for (uint256 k; k < members.length; ++k) {
            i = (seed % members.length + k) % members.length;
            if (mask & (1 << i) != 0) return (i, members[i]);
        }
        revert("no member to pick"); // unreachable: callers pick jobs where the mask is non-empty
    }

    /// @dev Committee members that can take one more mediation now (`mask`, `count` of them):
    ///      registered, with a bond that covers one more slash than the mediations they sit on
    ///      (leaving or not) and than those they keep bond for: every queued one for a new
    ///      mediation (`headJob` 0), or, for `headJob` at the head of the committee's queue, one
    ///      for each live head of their other committees' queues older than it (a dropped head
    ///      the registry has not moved past counts for nothing); and whether the committee takes
    ///      a mediation now (`takes`): every member able to judge at all (registered with a slash
    ///      of bond) can, and those are a strict majority.
    function _eligibleAndAble(uint32 committeeId, uint256 headJob)
        internal
        view
        returns (uint8 mask, uint256 count, bool takes)
    {
        address[] storage members = _committee[committeeId];
        // A head the registry reaches only past dropped mediations takes a new sequence number
        // as it gets there (`_promote`): newer than every one given so far.
        uint256 seq;
        if (headJob != 0) {
            uint256 h = _queueHead[committeeId];
            seq = h < _queue[committeeId].length && _queue[committeeId][h] == headJob
                ? _queuedSeq[headJob]
                : _lastQueuedSeq + 1;
        }
        uint256 able;
        for (uint256 i; i < members.length; ++i) {
            address m = members[i];
            if (!ghost_mediator[m].registered || ghost_bond[m] < SLASH) continue;
            ++able;
            uint256 held =
                ghost_activeMediations[m] + (headJob == 0 ? ghost_waiting[m] : _olderHeadsInModel(m, committeeId, seq));
            if (ghost_bond[m] >= SLASH * (held + 1)) {
                mask |= uint8(1 << i);
                ++count;
            }
        }
        takes = count == able && able > members.length / 2;
    }

    /// @dev How many of `member`'s committees other than `committeeId` have a live mediation at
    ///      the registry's head of their queue, older than the `seq`-th (numbered when it was
    ///      queued or, behind others, when it became the head).
    function _olderHeadsInModel(address member, uint32 committeeId, uint256 seq) internal view returns (uint256 k) {
        for (uint256 c; c < committeeIds.length; ++c) {
            uint32 id = committeeIds[c];
            if (id == committeeId || _memberIndex(id, member) == 5) continue;
            uint256 h = _queueHead[id];
            if (h == _queue[id].length) continue;
            uint256 head = _queue[id][h];
            if (_ghostMediation[head].phase == QUEUED && _queuedSeq[head] < seq) ++k;
        }
    }

    /// @dev A fuzzed seed hashed with a tag: choices derived from it stay evenly spread even when
    ///      the fuzzer feeds dictionary values (0, 1, type(uint256).max, ...).
    function _mix(uint256 seed, bytes32 tag) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, tag)));
    }

    function _salt(uint256 jobId, uint256 memberIndex) internal pure returns (bytes32) {
        return keccak256(abi.encode("salt", jobId, memberIndex));
    }

    /// @dev Replays the slashing rules on the ghost bonds for the mediation of `jobId`: a strict
    ///      majority of the committee's members decides; eligible members who did not reveal,
    ///      and those who revealed the other decided vote, lose min(bond, slashAmount), burned.
    function _replayClose(uint256 jobId) internal {
        GhostMediation storage g = _ghostMediation[jobId];
        address[] storage members = _committee[g.committeeId];
        uint256 quorum = members.length / 2 + 1;
        uint8 slashMask = g.eligible & ~g.revealed;
        if (_popcount(g.right) >= quorum) slashMask |= g.wrong;
        else if (_popcount(g.wrong) >= quorum) slashMask |= g.right;

        uint256 slashed;
        for (uint256 i; i < members.length; ++i) {
            uint8 bit = uint8(1 << i);
            if (g.eligible & bit == 0) continue;
            address m = members[i];
            ghost_activeMediations[m]--;
            if (slashMask & bit == 0) continue;
            uint256 cut = ghost_bond[m] < SLASH ? ghost_bond[m] : SLASH;
            ghost_bond[m] -= cut;
            slashed += cut;
        }
        if (slashed == 0) return;
        calls["slash"]++;
        ghost_burned += slashed;
    }

    function _popcount(uint8 x) internal pure returns (uint256 n) {
        for (; x != 0; x &= x - 1) {
            ++n;
        }
    }

    function _matches(IPondMarket.JobTerms memory j, uint256 offerId) internal view returns (bool) {
        IPondMarket.Offer memory o = market.getOffer(offerId);
        if (block.timestamp >= o.expiry || o.token != j.token || j.price < o.askPrice) return false;
        if (!market.offerAllowsModule(offerId, j.moduleId)) return false;
        if (j.runTime < o.minRunTime) return false;
        bool accepted =
            j.committeeId == o.trustedCommitteeId || (o.acceptsDefaultCommittee && j.committeeId == ghost_default);
        if (!accepted || !_usable(j.committeeId)) return false;
        return _fits(j.resources, o.available);
    }

    function _fits(Resources memory need, Resources memory have) internal pure returns (bool) {
        if (need.gpus > have.gpus) return false;
        if (need.gpus != 0 && need.vramMiB > have.vramMiB) return false;
        return need.cpuMillis <= have.cpuMillis && need.ramMiB <= have.ramMiB && need.diskMiB <= have.diskMiB;
    }

    function _capacityFrom(uint256 seed) internal pure returns (Resources memory r) {
        r.gpus = uint8(seed % 5);
        r.vramMiB = uint32(8192 * (1 + (seed >> 8) % 6));
        r.cpuMillis = uint32(1000 * (1 + (seed >> 16) % 16));
        r.ramMiB = uint32(1024 * (1 + (seed >> 24) % 64));
        r.diskMiB = uint32(1000 * (1 + (seed >> 32) % 200));
    }

    /// @dev At least the module's floor, field by field.
    function _resourcesFrom(uint256 seed, Resources memory floor) internal pure returns (Resources memory r) {
        r.gpus = floor.gpus + uint8(seed % 4 < 2 ? 0 : seed % 4 - 1);
        r.vramMiB = floor.vramMiB + (r.gpus == 0 ? 0 : uint32(4096 * (1 + (seed >> 8) % 8)));
        r.cpuMillis = floor.cpuMillis + uint32(250 * ((seed >> 16) % 16));
        r.ramMiB = floor.ramMiB + uint32(256 * ((seed >> 24) % 32));
        r.diskMiB = floor.diskMiB + uint32(500 * ((seed >> 32) % 20));
    }

    receive() external payable {}
}
