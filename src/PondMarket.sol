// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {IPondMarket} from "./interfaces/IPondMarket.sol";
import {IPondJobCreator} from "./interfaces/IPondJobCreator.sol";
import {IPondJobClient} from "./interfaces/IPondJobClient.sol";
import {IModuleRegistry} from "./interfaces/IModuleRegistry.sol";
import {IMediatorRegistry} from "./interfaces/IMediatorRegistry.sol";
import {MediatorRegistry} from "./MediatorRegistry.sol";
import {Resources, PackedResources, ResourcesLib} from "./types/Resources.sol";
import {JobStatus, RefundReason, Verdict} from "./types/Status.sol";

/// @title PondMarket
/// @notice The market: internal escrow, resource offers, jobs and their deals, challenges and
///         settlement. Not upgradeable. Governance can only allow tokens and set mediator fees.
/// @dev Storage is packed so that one job's happy path (post, match, submit, finalize) writes as
///      few slots as possible: a job is three slots, a deal reuses the job's first slot, an offer
///      is two slots, and balances are keyed by a small token index.
contract PondMarket is IPondMarket, Ownable2Step, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    uint8 internal constant JOB_CALLBACK = 1;
    uint8 internal constant JOB_CALLBACK_PENDING = 2;
    uint8 internal constant OFFER_ANY_MODULE = 1;
    uint8 internal constant OFFER_DEFAULT_COMMITTEE = 2;
    uint256 internal constant BPS = 10_000;
    uint256 internal constant MAX_CID_LENGTH = 128;
    /// @dev Gas kept back for the bookkeeping after a client callback returns.
    uint256 internal constant CALLBACK_RESERVE = 40_000;

    struct StoredJob {
        // slot 0
        address creator;
        uint40 deadline;
        JobStatus status;
        uint8 flags;
        uint8 tokenIndex;
        uint32 offerId;
        // slot 1
        uint96 price;
        uint96 solverFee;
        uint32 moduleId;
        uint32 committeeId;
        // slot 2
        PackedResources resources;
        uint32 runTime;
    }

    struct StoredOffer {
        // slot 0
        address provider;
        uint40 expiry;
        uint8 tokenIndex;
        uint8 flags;
        uint32 trustedCommitteeId;
        // slot 1
        uint96 askPrice;
        PackedResources available;
    }

    struct TokenInfo {
        address token;
        bool allowed;
        uint96 mediatorFee;
    }

    struct StoredChallenge {
        address challenger;
        uint96 feePerMediator;
        uint8 eligible;
    }

    /// @inheritdoc IPondMarket
    IModuleRegistry public immutable modules;
    /// @inheritdoc IPondMarket
    IMediatorRegistry public immutable mediators;

    uint256 internal immutable COLLATERAL_BPS;
    uint256 internal immutable CHALLENGE_WINDOW;
    uint256 internal immutable CLIENT_JOB_LIFETIME;
    uint256 internal immutable CALLBACK_GAS_LIMIT;
    uint32 internal immutable MAX_RUN_TIME;

    /// @inheritdoc IPondMarket
    uint256 public jobCount;
    /// @inheritdoc IPondMarket
    uint256 public offerCount;
    uint8 internal _tokenCount;

    mapping(uint8 tokenIndex => TokenInfo) internal _tokens;
    mapping(address token => uint8 tokenIndex) internal _tokenIndexOf;
    mapping(address account => mapping(uint256 tokenIndex => uint256)) internal _balances;
    mapping(uint256 jobId => StoredJob) internal _jobs;
    mapping(uint256 offerId => StoredOffer) internal _offers;
    mapping(uint256 offerId => mapping(uint32 moduleId => bool)) internal _offerModules;
    mapping(uint256 jobId => string cid) internal _pendingResults;
    mapping(uint256 jobId => StoredChallenge) internal _challenges;

    constructor(
        IModuleRegistry moduleRegistry,
        address governance,
        Params memory p,
        MediatorRegistry.Config memory mediation
    ) Ownable(governance) {
        modules = moduleRegistry;
        mediators = new MediatorRegistry(governance, mediation);
        COLLATERAL_BPS = p.collateralBps;
        CHALLENGE_WINDOW = p.challengeWindow;
        CLIENT_JOB_LIFETIME = p.clientJobLifetime;
        CALLBACK_GAS_LIMIT = p.callbackGasLimit;
        MAX_RUN_TIME = p.maxRunTime;
        _tokens[0] = TokenInfo({token: address(0), allowed: true, mediatorFee: p.nativeMediatorFee});
        _tokenCount = 1;
        emit TokenConfigured(address(0), 0, true, p.nativeMediatorFee);
    }

    // ================================================================== escrow

    /// @inheritdoc IPondMarket
    function deposit(address token, uint256 amount) external payable nonReentrant {
        uint8 idx = _allowedTokenIndex(token);
        if (amount == 0) revert AmountZero();
        if (idx == 0) {
            if (msg.value != amount) revert ValueMismatch(msg.value, amount);
        } else {
            if (msg.value != 0) revert ValueMismatch(msg.value, 0);
            uint256 before = IERC20(token).balanceOf(address(this));
            IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
            amount = IERC20(token).balanceOf(address(this)) - before;
            if (amount == 0) revert AmountZero();
        }
        _balances[msg.sender][idx] += amount;
        emit Deposited(msg.sender, token, amount);
    }

    /// @inheritdoc IPondMarket
    function withdraw(address token, uint256 amount, address to) external nonReentrant {
        uint8 idx = _knownTokenIndex(token);
        if (amount == 0) revert AmountZero();
        uint256 balance = _balances[msg.sender][idx];
        if (balance < amount) revert InsufficientBalance(msg.sender, token, balance, amount);
        _balances[msg.sender][idx] = balance - amount;
        emit Withdrawn(msg.sender, token, amount, to);
        if (idx == 0) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert TransferFailed(to, amount);
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }

    /// @inheritdoc IPondMarket
    function balanceOf(address account, address token) external view returns (uint256) {
        uint8 idx = _tokenIndexOf[token];
        if (_tokens[idx].token != token) return 0;
        return _balances[account][idx];
    }

    // ================================================================== offers

    /// @inheritdoc IPondMarket
    function postOffer(OfferRequest calldata r) external returns (uint256 offerId) {
        uint8 idx = _allowedTokenIndex(r.token);
        PackedResources capacity = ResourcesLib.pack(r.capacity);
        if (capacity.isZero()) revert CapacityZero();
        if (r.expiry <= block.timestamp) revert ExpiryInPast(r.expiry);
        if (r.trustedCommitteeId != 0 && r.trustedCommitteeId > mediators.committeeCount()) {
            revert CommitteeNotFound(r.trustedCommitteeId);
        }

        offerId = ++offerCount;
        // Deals keep the offer id in 32 bits.
        if (offerId > type(uint32).max) revert OfferLimitReached();
        if (!r.anyModule) {
            uint32 moduleCount = modules.moduleCount();
            for (uint256 i; i < r.modules.length; ++i) {
                uint32 moduleId = r.modules[i];
                if (moduleId == 0 || moduleId > moduleCount) revert ModuleNotFound(moduleId);
                _offerModules[offerId][moduleId] = true;
            }
        }
        uint8 flags = (r.anyModule ? OFFER_ANY_MODULE : 0) | (r.acceptsDefaultCommittee ? OFFER_DEFAULT_COMMITTEE : 0);
        _offers[offerId] = StoredOffer({
            provider: msg.sender,
            expiry: r.expiry,
            tokenIndex: idx,
            flags: flags,
            trustedCommitteeId: r.trustedCommitteeId,
            askPrice: r.askPrice,
            available: capacity
        });
        emit OfferPosted(
            offerId,
            msg.sender,
            r.token,
            r.askPrice,
            r.capacity,
            r.expiry,
            r.anyModule,
            r.anyModule ? new uint32[](0) : r.modules,
            r.acceptsDefaultCommittee,
            r.trustedCommitteeId
        );
    }

    /// @inheritdoc IPondMarket
    function updateOffer(uint256 offerId, uint96 askPrice, uint40 expiry) external {
        StoredOffer storage offer = _ownOffer(offerId);
        if (expiry <= block.timestamp) revert ExpiryInPast(expiry);
        offer.askPrice = askPrice;
        offer.expiry = expiry;
        emit OfferUpdated(offerId, askPrice, expiry);
    }

    /// @inheritdoc IPondMarket
    function withdrawOffer(uint256 offerId) external {
        StoredOffer storage offer = _ownOffer(offerId);
        if (offer.expiry <= block.timestamp) revert OfferNotOpen(offerId);
        offer.expiry = uint40(block.timestamp);
        emit OfferWithdrawn(offerId);
    }

    // ================================================================== jobs

    /// @inheritdoc IPondMarket
    function postJob(JobRequest calldata r) external payable returns (uint256 jobId) {
        uint8 idx = _allowedTokenIndex(r.token);
        if (r.price == 0) revert PriceZero();
        if (r.runTime == 0 || r.runTime > MAX_RUN_TIME) revert RunTimeInvalid(r.runTime, MAX_RUN_TIME);
        if (r.expiry <= block.timestamp) revert ExpiryInPast(r.expiry);
        if (r.moduleId == 0 || r.moduleId > modules.moduleCount()) revert ModuleNotFound(r.moduleId);
        if (r.committeeId != 0 && r.committeeId > mediators.committeeCount()) {
            revert CommitteeNotFound(r.committeeId);
        }
        _escrow(msg.sender, idx, uint256(r.price) + r.solverFee);

        jobId = _storeJob(r, idx);
    }

    /// @inheritdoc IPondJobCreator
    function runModuleWithDefaultMediators(string calldata name, string calldata params)
        external
        payable
        returns (uint256 jobId)
    {
        _allowedTokenIndex(address(0));
        JobRequest memory r;
        PackedResources resources;
        (r.moduleId, resources, r.runTime, r.solverFee) = modules.jobDefaults(name);
        if (msg.value <= r.solverFee) revert ValueTooSmall(msg.value, r.solverFee);
        uint256 price = msg.value - r.solverFee;
        if (price > type(uint96).max) revert PriceTooLarge(price);
        if (r.runTime > MAX_RUN_TIME) revert RunTimeInvalid(r.runTime, MAX_RUN_TIME);
        r.price = uint96(price);
        r.resources = resources.unpack();
        r.expiry = uint40(block.timestamp + CLIENT_JOB_LIFETIME);
        r.callback = true;
        r.inputs = params;
        emit Deposited(msg.sender, address(0), msg.value);
        jobId = _storeJob(r, 0);
    }

    /// @inheritdoc IPondMarket
    function cancelJob(uint256 jobId) external {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Open) revert JobNotOpen(jobId, job.status);
        bool expired = block.timestamp >= job.deadline;
        if (!expired && msg.sender != job.creator) revert NotJobCreator(jobId, msg.sender);
        RefundReason reason = expired ? RefundReason.Expired : RefundReason.CancelledByCreator;
        _refund(jobId, job, JobStatus.Cancelled, 0, uint256(job.price) + job.solverFee, 0, reason);
    }

    /// @inheritdoc IPondMarket
    function matchJob(uint256 jobId, uint256 offerId) external {
        StoredJob storage job = _jobs[jobId];
        StoredJob memory j = job;
        if (j.status != JobStatus.Open) revert JobNotOpen(jobId, j.status);
        if (block.timestamp >= j.deadline) revert JobExpired(jobId, j.deadline);

        StoredOffer storage offer = _offers[offerId];
        StoredOffer memory o = offer;
        if (o.provider == address(0)) revert OfferNotFound(offerId);
        if (block.timestamp >= o.expiry) revert OfferNotOpen(offerId);
        if (o.tokenIndex != j.tokenIndex) revert TokenMismatch(jobId, offerId);
        if (j.price < o.askPrice) revert PriceBelowAsk(jobId, offerId, j.price, o.askPrice);
        if (o.flags & OFFER_ANY_MODULE == 0 && !_offerModules[offerId][j.moduleId]) {
            revert ModuleNotAllowed(offerId, j.moduleId);
        }
        if (!_committeeAccepted(o, j.committeeId)) revert CommitteeNotAccepted(offerId, j.committeeId);
        if (!j.resources.fits(o.available)) revert CapacityExceeded(jobId, offerId);
        uint256 collateral = _collateral(j.price);
        uint256 providerBalance = _balances[o.provider][j.tokenIndex];
        if (providerBalance < collateral) revert CollateralInsufficient(o.provider, providerBalance, collateral);

        _balances[o.provider][j.tokenIndex] = providerBalance - collateral;
        offer.available = o.available.debit(j.resources);
        uint40 runDeadline = uint40(block.timestamp + j.runTime);
        job.status = JobStatus.Matched;
        job.deadline = runDeadline;
        job.offerId = uint32(offerId);
        if (j.solverFee != 0) _balances[msg.sender][j.tokenIndex] += j.solverFee;
        emit JobMatched(jobId, offerId, o.provider, msg.sender, collateral, runDeadline);
    }

    /// @inheritdoc IPondMarket
    function submitResult(uint256 jobId, string calldata resultCid) external {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Matched) revert JobNotMatched(jobId, job.status);
        if (_offers[job.offerId].provider != msg.sender) revert NotProvider(jobId, msg.sender);
        if (block.timestamp >= job.deadline) revert RunDeadlinePassed(jobId, job.deadline);
        uint256 length = bytes(resultCid).length;
        if (length == 0 || length > MAX_CID_LENGTH) revert ResultCidInvalid(length);

        uint40 challengeDeadline = uint40(block.timestamp + CHALLENGE_WINDOW);
        job.status = JobStatus.Submitted;
        job.deadline = challengeDeadline;
        if (job.flags & JOB_CALLBACK != 0) _pendingResults[jobId] = resultCid;
        emit ResultSubmitted(jobId, msg.sender, resultCid, challengeDeadline);
    }

    /// @inheritdoc IPondMarket
    function challenge(uint256 jobId) external payable {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Submitted) revert JobNotSubmitted(jobId, job.status);
        if (block.timestamp >= job.deadline) revert ChallengeWindowClosed(jobId, job.deadline);
        uint8 idx = job.tokenIndex;

        (uint32 committeeId, uint8 eligible, uint40 revealDeadline) =
            mediators.openMediation(jobId, job.committeeId, msg.sender);
        uint96 feePerMediator = _tokens[idx].mediatorFee;
        uint256 fee = uint256(feePerMediator) * eligible;
        _escrow(msg.sender, idx, fee);

        job.status = JobStatus.Challenged;
        job.deadline = revealDeadline;
        _challenges[jobId] = StoredChallenge({challenger: msg.sender, feePerMediator: feePerMediator, eligible: eligible});
        emit JobChallenged(jobId, msg.sender, committeeId, fee, revealDeadline);
    }

    /// @inheritdoc IPondMarket
    function finalize(uint256 jobId) external nonReentrant {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Submitted) revert JobNotSubmitted(jobId, job.status);
        if (block.timestamp < job.deadline) revert ChallengeWindowOpen(jobId, job.deadline);
        (address provider, uint256 collateral) = _closeDeal(job);
        _accept(jobId, job, provider, uint256(job.price) + collateral);
    }

    /// @inheritdoc IPondMarket
    function timeoutJob(uint256 jobId) external {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Matched) revert JobNotMatched(jobId, job.status);
        if (block.timestamp < job.deadline) revert RunDeadlineNotPassed(jobId, job.deadline);
        (, uint256 collateral) = _closeDeal(job);
        _refund(jobId, job, JobStatus.TimedOut, 0, uint256(job.price) + collateral, 0, RefundReason.ProviderTimedOut);
    }

    /// @inheritdoc IPondMarket
    function resolveChallenge(uint256 jobId) external nonReentrant {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Challenged) revert JobNotChallenged(jobId, job.status);
        (Verdict verdict, address[] memory payees) = mediators.closeMediation(jobId);
        (address provider, uint256 collateral) = _closeDeal(job);
        StoredChallenge memory c = _challenges[jobId];
        uint8 idx = job.tokenIndex;
        uint256 fee = uint256(c.feePerMediator) * c.eligible;

        if (verdict == Verdict.ProviderRight) {
            // The challenger's fee pays the mediators who voted with the majority; the rest of it
            // goes to the provider, who was challenged for nothing.
            uint256 paid = _payMediators(jobId, idx, payees, c.feePerMediator);
            _accept(jobId, job, provider, uint256(job.price) + collateral + fee - paid);
            return;
        }
        _balances[c.challenger][idx] += fee;
        if (verdict == Verdict.ProviderWrong) {
            // The collateral pays the mediators (each at most its fee) and compensates the creator.
            uint256 each = payees.length == 0 ? 0 : collateral / payees.length;
            if (each > c.feePerMediator) each = c.feePerMediator;
            uint256 toCreator = uint256(job.price) + collateral - _payMediators(jobId, idx, payees, each);
            _refund(jobId, job, JobStatus.Rejected, 0, toCreator, fee, RefundReason.ResultRejected);
        } else {
            _balances[provider][idx] += collateral;
            _refund(jobId, job, JobStatus.Undecided, collateral, job.price, fee, RefundReason.NoMajority);
        }
    }

    /// @inheritdoc IPondMarket
    function retryCallback(uint256 jobId) external nonReentrant {
        StoredJob storage job = _jobs[jobId];
        if (job.flags & JOB_CALLBACK_PENDING == 0) revert NoCallbackPending(jobId);
        _deliver(jobId, job);
    }

    // ================================================================== governance

    /// @inheritdoc IPondMarket
    function configureToken(address token, bool allowed, uint96 mediatorFee) external onlyOwner {
        uint8 idx = _tokenIndexOf[token];
        if (_tokens[idx].token != token) {
            uint8 count = _tokenCount;
            if (count == type(uint8).max) revert TokenLimitReached();
            idx = count;
            _tokenCount = count + 1;
            _tokenIndexOf[token] = idx;
        }
        _tokens[idx] = TokenInfo({token: token, allowed: allowed, mediatorFee: mediatorFee});
        emit TokenConfigured(token, idx, allowed, mediatorFee);
    }

    // ================================================================== views

    /// @inheritdoc IPondMarket
    function params() external view returns (Params memory) {
        return Params({
            collateralBps: uint32(COLLATERAL_BPS),
            challengeWindow: uint32(CHALLENGE_WINDOW),
            clientJobLifetime: uint32(CLIENT_JOB_LIFETIME),
            callbackGasLimit: uint32(CALLBACK_GAS_LIMIT),
            maxRunTime: MAX_RUN_TIME,
            nativeMediatorFee: _tokens[0].mediatorFee
        });
    }

    /// @inheritdoc IPondMarket
    function getJob(uint256 jobId) external view returns (Job memory) {
        StoredJob memory j = _jobs[jobId];
        if (j.status == JobStatus.None) revert JobNotFound(jobId);
        return Job({
            creator: j.creator,
            deadline: j.deadline,
            status: j.status,
            callback: j.flags & JOB_CALLBACK != 0,
            callbackPending: j.flags & JOB_CALLBACK_PENDING != 0,
            token: _tokens[j.tokenIndex].token,
            offerId: j.offerId,
            provider: _offers[j.offerId].provider,
            price: j.price,
            solverFee: j.solverFee,
            moduleId: j.moduleId,
            committeeId: j.committeeId,
            runTime: j.runTime,
            resources: j.resources.unpack()
        });
    }

    /// @inheritdoc IPondMarket
    function getOffer(uint256 offerId) external view returns (Offer memory) {
        StoredOffer memory o = _offers[offerId];
        if (o.provider == address(0)) revert OfferNotFound(offerId);
        return Offer({
            provider: o.provider,
            expiry: o.expiry,
            token: _tokens[o.tokenIndex].token,
            anyModule: o.flags & OFFER_ANY_MODULE != 0,
            acceptsDefaultCommittee: o.flags & OFFER_DEFAULT_COMMITTEE != 0,
            trustedCommitteeId: o.trustedCommitteeId,
            askPrice: o.askPrice,
            available: o.available.unpack()
        });
    }

    /// @inheritdoc IPondMarket
    function offerAllowsModule(uint256 offerId, uint32 moduleId) external view returns (bool) {
        return _offers[offerId].flags & OFFER_ANY_MODULE != 0 || _offerModules[offerId][moduleId];
    }

    /// @inheritdoc IPondMarket
    function collateralFor(uint256 price) external view returns (uint256) {
        return _collateral(price);
    }

    /// @inheritdoc IPondMarket
    function pendingResult(uint256 jobId) external view returns (string memory) {
        return _pendingResults[jobId];
    }

    /// @inheritdoc IPondMarket
    function challengeOf(uint256 jobId) external view returns (address, uint96, uint8) {
        StoredChallenge memory c = _challenges[jobId];
        return (c.challenger, c.feePerMediator, c.eligible);
    }

    /// @inheritdoc IPondMarket
    function tokenIndex(address token) external view returns (uint8 index, bool allowed, uint96 mediatorFee) {
        index = _knownTokenIndex(token);
        TokenInfo memory t = _tokens[index];
        return (index, t.allowed, t.mediatorFee);
    }

    // ================================================================== internal

    function _storeJob(JobRequest memory r, uint8 idx) internal returns (uint256 jobId) {
        jobId = ++jobCount;
        _jobs[jobId] = StoredJob({
            creator: msg.sender,
            deadline: r.expiry,
            status: JobStatus.Open,
            flags: r.callback ? JOB_CALLBACK : 0,
            tokenIndex: idx,
            offerId: 0,
            price: r.price,
            solverFee: r.solverFee,
            moduleId: r.moduleId,
            committeeId: r.committeeId,
            resources: ResourcesLib.pack(r.resources),
            runTime: r.runTime
        });
        emit JobPosted(jobId, msg.sender, r.moduleId, r);
    }

    /// @dev Takes `amount` into escrow from `msg.value` (native only, exactly) or from `account`'s
    ///      balance. A payment by value is logged as a deposit followed by the debit, so balances
    ///      rebuild from events the same way whichever way a job was paid.
    function _escrow(address account, uint8 idx, uint256 amount) internal {
        if (msg.value != 0) {
            if (idx != 0 || msg.value != amount) revert ValueMismatch(msg.value, amount);
            emit Deposited(account, address(0), msg.value);
            return;
        }
        if (amount == 0) return;
        uint256 balance = _balances[account][idx];
        if (balance < amount) revert InsufficientBalance(account, _tokens[idx].token, balance, amount);
        _balances[account][idx] = balance - amount;
    }

    /// @dev Ends a deal: gives the offer its capacity back and returns the provider and collateral.
    function _closeDeal(StoredJob storage job) internal returns (address provider, uint256 collateral) {
        StoredOffer storage offer = _offers[job.offerId];
        offer.available = offer.available.credit(job.resources);
        return (offer.provider, _collateral(job.price));
    }

    /// @dev Accepts the result: credits the provider, then calls a client back.
    function _accept(uint256 jobId, StoredJob storage job, address provider, uint256 toProvider) internal {
        job.status = JobStatus.Accepted;
        _balances[provider][job.tokenIndex] += toProvider;
        emit JobSettled(jobId, JobStatus.Accepted, toProvider, 0, 0);
        if (job.flags & JOB_CALLBACK != 0) _deliver(jobId, job);
    }

    /// @dev Ends a job with the creator refunded (and maybe compensated); other credits are the caller's.
    function _refund(
        uint256 jobId,
        StoredJob storage job,
        JobStatus status,
        uint256 toProvider,
        uint256 toCreator,
        uint256 toChallenger,
        RefundReason reason
    ) internal {
        job.status = status;
        if (job.flags & JOB_CALLBACK != 0) delete _pendingResults[jobId];
        address creator = job.creator;
        _balances[creator][job.tokenIndex] += toCreator;
        emit JobSettled(jobId, status, toProvider, toCreator, toChallenger);
        emit JobRefunded(jobId, creator, toCreator, reason);
    }

    /// @dev Calls `receiveJobResults` with a capped stipend. Failure is recorded, never fatal: the
    ///      job stays settled and anyone may retry. The caller must bring enough gas for the full
    ///      stipend, so that nobody can make a delivery fail on purpose by starving it.
    function _deliver(uint256 jobId, StoredJob storage job) internal {
        uint256 stipend = CALLBACK_GAS_LIMIT;
        uint256 needed = stipend + stipend / 63 + CALLBACK_RESERVE;
        if (gasleft() < needed) revert CallbackGasTooLow(gasleft(), needed);
        address client = job.creator;
        job.flags |= JOB_CALLBACK_PENDING;
        bytes memory data = abi.encodeCall(IPondJobClient.receiveJobResults, (jobId, _pendingResults[jobId]));
        bool ok;
        assembly ("memory-safe") {
            // No return data is copied: a client cannot make settlement pay for a huge reply.
            ok := call(stipend, client, 0, add(data, 0x20), mload(data), 0, 0)
        }
        if (ok && client.code.length != 0) {
            job.flags &= ~JOB_CALLBACK_PENDING;
            delete _pendingResults[jobId];
            emit CallbackDelivered(jobId, client);
        } else {
            emit CallbackFailed(jobId, client);
        }
    }

    function _payMediators(uint256 jobId, uint8 idx, address[] memory payees, uint256 each)
        internal
        returns (uint256 paid)
    {
        if (each == 0) return 0;
        for (uint256 i; i < payees.length; ++i) {
            _balances[payees[i]][idx] += each;
            emit MediatorPaid(jobId, payees[i], each);
        }
        return each * payees.length;
    }

    function _committeeAccepted(StoredOffer memory o, uint32 committeeId) internal view returns (bool) {
        if (committeeId == 0) return o.flags & OFFER_DEFAULT_COMMITTEE != 0;
        uint32 trusted = o.trustedCommitteeId;
        if (trusted == 0) return false;
        return committeeId == trusted || mediators.isSubset(committeeId, trusted);
    }

    function _ownOffer(uint256 offerId) internal view returns (StoredOffer storage offer) {
        offer = _offers[offerId];
        if (offer.provider == address(0)) revert OfferNotFound(offerId);
        if (offer.provider != msg.sender) revert NotOfferProvider(offerId, msg.sender);
    }

    function _collateral(uint256 price) internal view returns (uint256) {
        return price * COLLATERAL_BPS / BPS;
    }

    function _allowedTokenIndex(address token) internal view returns (uint8 idx) {
        idx = _tokenIndexOf[token];
        TokenInfo storage t = _tokens[idx];
        if (t.token != token || !t.allowed) revert TokenNotAllowed(token);
    }

    function _knownTokenIndex(address token) internal view returns (uint8 idx) {
        idx = _tokenIndexOf[token];
        if (_tokens[idx].token != token) revert TokenNotAllowed(token);
    }
}
