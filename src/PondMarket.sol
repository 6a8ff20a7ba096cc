// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {IPondMarket} from "./interfaces/IPondMarket.sol";
import {IPondJobCreator} from "./interfaces/IPondJobCreator.sol";
import {IPondJobClient} from "./interfaces/IPondJobClient.sol";
import {IModuleRegistry} from "./interfaces/IModuleRegistry.sol";
import {IMediatorRegistry} from "./interfaces/IMediatorRegistry.sol";
import {MediatorRegistry} from "./MediatorRegistry.sol";
import {PondMarketBase} from "./PondMarketBase.sol";
import {PondMarketExtension} from "./PondMarketExtension.sol";
import {Resources, PackedResources, ResourcesLib} from "./types/Resources.sol";
import {JobStatus, RefundReason, Verdict} from "./types/Status.sol";

/// @title PondMarket
/// @notice The market: internal escrow, resource offers, jobs and their deals, challenges and
///         settlement. Not upgradeable. Governance can only allow tokens, set their mediator fees
///         within bounds and name the default committee, each for jobs posted afterwards.
/// @dev Storage is packed so that one job's happy path (post, match, submit, finalize) writes as
///      few slots as possible: a job is three slots, a deal reuses the job's first slot, an offer
///      is two slots, balances are keyed by a small token index, and the counters share a slot
///      with the default committee.
contract PondMarket is IPondMarket, PondMarketBase {
    /// @inheritdoc IPondMarket
    IMediatorRegistry public immutable mediators;

    uint256 internal immutable COLLATERAL_BPS;
    uint256 internal immutable BOUNTY_BPS;
    uint256 internal immutable CHALLENGE_WINDOW;
    uint256 internal immutable FETCH_WINDOW;
    /// @dev The code of the less frequent functions (governance, posting an offer, a contract
    ///      client's full entry point, retried deliveries and refunds), run by delegatecall
    ///      (PondMarketExtension): it keeps the market under the contract size limit.
    address internal immutable EXTENSION;

    /// @param extension_ The market's PondMarketExtension, deployed beforehand with the same
    ///        registry and client parameters (checked here): the three contracts together do not
    ///        fit one deployment transaction (EIP-3860's initcode limit).
    constructor(
        IModuleRegistry moduleRegistry,
        address governance,
        Params memory p,
        IMediatorRegistry.Config memory mediation,
        PondMarketExtension extension_
    )
        Ownable(governance)
        PondMarketBase(moduleRegistry, p.clientJobLifetime, p.callbackGasLimit, p.maxCallbackGasLimit, p.maxRunTime)
    {
        _checkParam("collateralBps", p.collateralBps, MIN_COLLATERAL_BPS, MAX_COLLATERAL_BPS);
        _checkParam("bountyBps", p.bountyBps, 0, BPS);
        _checkParam("challengeWindow", p.challengeWindow, 1, MAX_WINDOW);
        _checkParam("clientJobLifetime", p.clientJobLifetime, 1, MAX_WINDOW);
        _checkParam("maxCallbackGasLimit", p.maxCallbackGasLimit, MIN_CALLBACK_GAS, MAX_CALLBACK_GAS);
        _checkParam("callbackGasLimit", p.callbackGasLimit, MIN_CALLBACK_GAS, p.maxCallbackGasLimit);
        _checkParam("maxRunTime", p.maxRunTime, 1, MAX_WINDOW);
        _checkParam("fetchWindow", p.fetchWindow, 1, MAX_WINDOW);
        _checkParam("nativeMediatorFee", p.nativeMediatorFee, 1, MAX_BASE_FEE);
        // A mediator that asks to leave must stay until every deal it may judge is no longer
        // challengeable: its committees take no deal after the request, and a deal matched
        // before it can be challenged at most maxRunTime + challengeWindow after its match.
        mediators = new MediatorRegistry(mediation, uint256(p.maxRunTime) + p.challengeWindow);
        // The extension's own immutables must be these parameters (as its `configOf` hashes them).
        bytes32 config = keccak256(
            abi.encode(
                moduleRegistry,
                uint256(p.clientJobLifetime),
                uint256(p.callbackGasLimit),
                uint256(p.maxCallbackGasLimit),
                p.maxRunTime
            )
        );
        if (extension_.configHash() != config) revert ExtensionMismatch(address(extension_));
        EXTENSION = address(extension_);
        COLLATERAL_BPS = p.collateralBps;
        BOUNTY_BPS = p.bountyBps;
        CHALLENGE_WINDOW = p.challengeWindow;
        FETCH_WINDOW = p.fetchWindow;
        uint88 fee = uint88(p.nativeMediatorFee);
        _tokens[0] = TokenInfo({token: address(0), allowed: true, mediatorFee: fee});
        _baseFees[0] = fee;
        _counters.tokenCount = 1;
        _counters.nativeAllowed = true;
        _counters.nativeMediatorFee = fee;
        emit TokenConfigured(address(0), 0, true, fee);
    }

    // ================================================================== escrow

    /// @inheritdoc IPondMarket
    /// @dev Guarded in PondMarketExtension.
    function deposit(address, uint256) external payable {
        _delegateToExtension();
    }

    /// @inheritdoc IPondMarket
    /// @dev Guarded in PondMarketExtension.
    function withdraw(address, uint256, address) external {
        _delegateToExtension();
    }

    /// @inheritdoc IPondMarket
    function balanceOf(address account, address token) external view returns (uint256) {
        uint8 idx = _tokenIndexOf[token];
        if (_tokens[idx].token != token) return 0;
        return _balances[account][idx];
    }

    // ================================================================== offers

    /// @inheritdoc IPondMarket
    function postOffer(OfferRequest calldata) external returns (uint256) {
        _delegateToExtension();
    }

    /// @inheritdoc IPondMarket
    function updateOffer(uint256, uint96, uint40) external {
        _delegateToExtension();
    }

    /// @inheritdoc IPondMarket
    function withdrawOffer(uint256) external {
        _delegateToExtension();
    }

    // ================================================================== jobs

    /// @inheritdoc IPondMarket
    function postJob(JobRequest calldata r) external payable returns (uint256 jobId) {
        PostedTerms memory t;
        (t.tokenIndex, t.mediatorFee) = _allowedToken(r.token);
        if (r.price == 0) revert PriceZero();
        if (r.runTime > MAX_RUN_TIME) revert RunTimeInvalid(r.runTime, MAX_RUN_TIME);
        if (r.expiry <= block.timestamp) revert ExpiryInPast(r.expiry);
        t.resources = _atLeastModule(r.moduleId, r.runTime, ResourcesLib.pack(r.resources));
        (t.committeeId, t.committeeSize) = _resolveCommittee(r.committeeId);
        // A contract client's job also escrows its delivery fee, in the native currency.
        ClientTerms memory c;
        uint256 deliveryFee;
        if (r.callback) (c, deliveryFee) = _defaultClientTerms();
        _escrow(msg.sender, t.tokenIndex, uint256(r.price) + r.solverFee, deliveryFee);

        uint8 flags = (r.callback ? JOB_CALLBACK : 0) | (t.committeeSize << JOB_SIZE_SHIFT);
        jobId = _storeJob(_newTerms(r.token, r.price, r.solverFee, r.moduleId, r.runTime, t), r.expiry, flags);
        emit JobPosted(jobId, msg.sender, r.moduleId, r, t.committeeId, t.committeeSize, t.mediatorFee);
        if (r.callback) _postClientTerms(jobId, c, false, deliveryFee);
    }

    /// @inheritdoc IPondJobCreator
    function runModuleWithDefaultMediators(string calldata name, string calldata params)
        external
        payable
        returns (uint256 jobId)
    {
        (JobRequest memory r, PostedTerms memory t) = _clientJob(name, address(0));
        (ClientTerms memory c, uint256 deliveryFee) = _defaultClientTerms();
        uint256 least = uint256(r.solverFee) + deliveryFee + 1;
        if (msg.value < least) revert ValueTooSmall(msg.value, least);
        uint256 price = msg.value - r.solverFee - deliveryFee;
        if (price > type(uint96).max) revert PriceTooLarge(price);
        r.price = uint96(price);
        r.inputs = params;
        emit Deposited(msg.sender, address(0), msg.value);
        uint8 flags = JOB_CALLBACK | (t.committeeSize << JOB_SIZE_SHIFT);
        jobId = _storeJob(_newTerms(address(0), r.price, r.solverFee, r.moduleId, r.runTime, t), r.expiry, flags);
        emit JobPosted(jobId, msg.sender, r.moduleId, r, t.committeeId, t.committeeSize, t.mediatorFee);
        _postClientTerms(jobId, c, false, deliveryFee);
    }

    /// @inheritdoc IPondMarket
    /// @dev Guarded in PondMarketExtension: a guard here would stay set past the assembly return.
    function runModule(string calldata, string calldata, ClientOptions calldata)
        external
        payable
        returns (uint256)
    {
        _delegateToExtension();
    }

    /// @inheritdoc IPondMarket
    function cancelJob(uint256 jobId, JobTerms calldata t) external nonReentrant {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Open) revert JobNotOpen(jobId, job.status);
        _checkTerms(jobId, job.terms, t);
        bool expired = block.timestamp >= job.deadline;
        if (!expired && msg.sender != t.creator) revert NotJobCreator(jobId, msg.sender);
        RefundReason reason = expired ? RefundReason.Expired : RefundReason.CancelledByCreator;
        _refund(jobId, job, t, _indexOf(t.token), JobStatus.Cancelled, 0, uint256(t.price) + t.solverFee, 0, reason);
    }

    /// @inheritdoc IPondMarket
    function matchJob(uint256 jobId, uint256 offerId, JobTerms calldata t) external {
        StoredJob storage job = _jobs[jobId];
        StoredJob memory j = job;
        if (j.status != JobStatus.Open) revert JobNotOpen(jobId, j.status);
        if (block.timestamp >= j.deadline) revert JobExpired(jobId, j.deadline);
        _checkTerms(jobId, j.terms, t);

        StoredOffer storage offer = _offers[offerId];
        StoredOffer memory o = offer;
        if (o.provider == address(0)) revert OfferNotFound(offerId);
        if (block.timestamp >= o.expiry) revert OfferNotOpen(offerId);
        uint8 idx = _indexOf(t.token);
        if (o.tokenIndex != idx) revert TokenMismatch(jobId, offerId);
        if (t.price < o.askPrice) revert PriceBelowAsk(jobId, offerId, t.price, o.askPrice);
        if (o.flags & OFFER_ANY_MODULE == 0 && !_offerModules[offerId][t.moduleId]) {
            revert ModuleNotAllowed(offerId, t.moduleId);
        }
        if (t.runTime < o.minRunTime) revert RunTimeBelowOffer(jobId, offerId, t.runTime, o.minRunTime);
        // The judge was fixed when the job was posted; the provider accepts it here, and it must
        // be able to judge: every member consented, none is leaving, a majority is bonded.
        uint8 committee = _committees[t.committeeId];
        if (
            t.committeeId != o.trustedCommitteeId
                && (o.flags & OFFER_DEFAULT_COMMITTEE == 0 || committee & COMMITTEE_DEFAULT == 0)
        ) revert CommitteeNotAccepted(offerId, t.committeeId);
        if (committee & COMMITTEE_USABLE == 0) revert CommitteeNotUsable(t.committeeId);
        PackedResources need = ResourcesLib.pack(t.resources);
        if (!need.fits(o.available)) revert CapacityExceeded(jobId, offerId);
        uint256 collateral = _collateral(t.price, _committeeSize(j.flags), t.mediatorFee);
        uint256 providerBalance = _balances[o.provider][idx];
        if (providerBalance < collateral) revert CollateralInsufficient(o.provider, providerBalance, collateral);

        _balances[o.provider][idx] = providerBalance - collateral;
        offer.available = o.available.debit(need);
        uint40 runDeadline = uint40(block.timestamp + t.runTime);
        job.solver = msg.sender;
        job.status = JobStatus.Matched;
        job.deadline = runDeadline;
        job.offerId = uint32(offerId);
        emit JobMatched(jobId, offerId, o.provider, msg.sender, collateral, runDeadline);
    }

    /// @inheritdoc IPondMarket
    function abandonJob(uint256 jobId, JobTerms calldata t) external {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Matched) revert JobNotMatched(jobId, job.status);
        _checkTerms(jobId, job.terms, t);
        (address provider, uint256 collateral) = _closeDeal(job, t);
        if (provider != msg.sender) revert NotProvider(jobId, msg.sender);
        uint40 deadline = job.deadline;
        // The match was at deadline - runTime.
        uint256 closes = uint256(deadline) - t.runTime + FETCH_WINDOW;
        if (closes > deadline) closes = deadline;
        if (block.timestamp >= closes) revert FetchWindowClosed(jobId, closes);
        _balances[provider][_indexOf(t.token)] += collateral;
        // Open again until the deal's run deadline, never past the first given-back deal's: a new
        // match pushes the run deadline on, so giving deals back and matching the job again
        // would otherwise keep it from ever expiring (or timing out).
        uint256 until = _reopenedUntil[jobId];
        if (until == 0) {
            _reopenedUntil[jobId] = deadline;
        } else if (deadline > until) {
            deadline = uint40(until);
            job.deadline = deadline;
        }
        job.solver = address(0);
        job.status = JobStatus.Open;
        job.offerId = 0;
        emit JobAbandoned(jobId, provider, collateral, deadline);
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
        // A client's result is delivered at settlement: its hash joins the terms' (one slot
        // rewritten, instead of the CID's three), and the delivering call passes the CID.
        if (job.flags & JOB_CALLBACK != 0) job.terms = _hashWithResult(job.terms, resultCid);
        emit ResultSubmitted(jobId, msg.sender, resultCid, challengeDeadline);
    }

    /// @inheritdoc IPondMarket
    function challenge(uint256 jobId, JobTerms calldata t, string calldata resultCid) external payable {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Submitted) revert JobNotSubmitted(jobId, job.status);
        if (block.timestamp >= job.deadline) revert ChallengeWindowClosed(jobId, job.deadline);
        _checkResultTerms(jobId, job, t, resultCid);
        (uint8 eligible, uint40 revealDeadline) = mediators.openMediation(jobId, t.committeeId, t.runTime);
        // A mediation its committee cannot take yet waits in the committee's queue (reveal
        // deadline 0) and the deal with it: the challenger pays for every member meanwhile.
        uint256 fee = uint256(t.mediatorFee) * (eligible == 0 ? _committeeSize(job.flags) : eligible);
        uint8 idx = _indexOf(t.token);
        _escrow(msg.sender, idx, fee, 0);
        // A result came, so the deal held: its solver is paid now, whatever the verdict, and its
        // field keeps the challenger until the mediation is resolved.
        _paySolver(jobId, job, t, idx);

        job.solver = msg.sender;
        job.status = JobStatus.Challenged;
        job.deadline = revealDeadline;
        emit JobChallenged(jobId, msg.sender, t.committeeId, fee, revealDeadline);
    }

    /// @inheritdoc IPondMarket
    function finalize(uint256 jobId, JobTerms calldata t, string calldata resultCid) external nonReentrant {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Submitted) revert JobNotSubmitted(jobId, job.status);
        if (block.timestamp < job.deadline) revert ChallengeWindowOpen(jobId, job.deadline);
        _checkResultTerms(jobId, job, t, resultCid);
        (, uint256 collateral) = _closeDeal(job, t);
        _paySolver(jobId, job, t, _indexOf(t.token));
        _accept(jobId, job, t, resultCid, JobStatus.Accepted, uint256(t.price) + collateral, 0);
    }

    // ================================================================== batches

    /// @inheritdoc IPondMarket
    /// @dev In PondMarketExtension, which runs each item as a delegatecall of this contract.
    function postJobs(JobRequest[] calldata) external returns (uint256[] memory) {
        _delegateToExtension();
    }

    /// @inheritdoc IPondMarket
    function matchJobs(uint256[] calldata, uint256[] calldata, JobTerms[] calldata)
        external
        returns (bool[] memory)
    {
        _delegateToExtension();
    }

    /// @inheritdoc IPondMarket
    function submitResults(uint256[] calldata, string[] calldata) external returns (bool[] memory) {
        _delegateToExtension();
    }

    /// @inheritdoc IPondMarket
    function finalizeJobs(uint256[] calldata, JobTerms[] calldata, string[] calldata)
        external
        returns (bool[] memory)
    {
        _delegateToExtension();
    }

    /// @inheritdoc IPondMarket
    function timeoutJob(uint256 jobId, JobTerms calldata t) external nonReentrant {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Matched) revert JobNotMatched(jobId, job.status);
        if (block.timestamp < job.deadline) revert RunDeadlineNotPassed(jobId, job.deadline);
        _checkTerms(jobId, job.terms, t);
        uint8 idx = _indexOf(t.token);
        _paySolver(jobId, job, t, idx);
        (, uint256 collateral) = _closeDeal(job, t);
        _refund(jobId, job, t, idx, JobStatus.TimedOut, 0, uint256(t.price) + collateral, 0, RefundReason.ProviderTimedOut);
    }

    /// @inheritdoc IPondMarket
    function resolveChallenge(uint256 jobId, JobTerms calldata t, string calldata resultCid) external nonReentrant {
        StoredJob storage job = _jobs[jobId];
        if (job.status != JobStatus.Challenged) revert JobNotChallenged(jobId, job.status);
        _checkResultTerms(jobId, job, t, resultCid);
        uint8 idx = _indexOf(t.token);
        (Verdict verdict, uint256 fee, uint256 paid) = _closeMediation(jobId, t, idx);
        (, uint256 stake) = _closeDeal(job, t);
        stake += t.price; // price and collateral
        // The job's solver field held the challenger until now.
        address challenger = job.solver;
        job.solver = address(0);

        if (verdict == Verdict.ProviderRight) {
            // The challenger's fee pays the majority; the rest of it goes to the provider, who
            // was challenged for nothing.
            _accept(jobId, job, t, resultCid, JobStatus.Accepted, stake + fee - paid, 0);
        } else if (verdict == Verdict.ProviderWrong) {
            // The collateral pays the majority and the challenger's bounty (so that watching
            // pays); the creator gets its price back and the rest of the collateral.
            uint256 bounty = _bounty(t.price);
            _balances[challenger][idx] += fee + bounty;
            _refund(
                jobId, job, t, idx, JobStatus.Rejected, 0, stake - bounty - paid, fee + bounty, RefundReason.ResultRejected
            );
        } else {
            // No majority: the result stands and its provider is paid (a creator never keeps a
            // result for free); the fee pays whoever revealed a decided vote, the rest goes back.
            _balances[challenger][idx] += fee - paid;
            _accept(jobId, job, t, resultCid, JobStatus.Undecided, stake, fee - paid);
        }
    }

    /// @inheritdoc IPondMarket
    /// @dev Guarded in PondMarketExtension.
    function retryCallback(uint256, uint256, JobTerms calldata) external {
        _delegateToExtension();
    }

    // ================================================================== governance

    /// @inheritdoc IPondMarket
    function configureToken(address, bool, uint96) external onlyOwner {
        _delegateToExtension();
    }

    /// @inheritdoc IPondMarket
    function setDefaultCommittee(uint32) external onlyOwner {
        _delegateToExtension();
    }

    /// @dev Runs the call's own calldata in `EXTENSION` (PondMarketExtension: the same storage
    ///      layout, no state of its own) and returns or reverts with what it returned.
    function _delegateToExtension() internal {
        address target = EXTENSION;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), target, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /// @dev Answers a view from `EXTENSION`'s own code and immutables (a static call, not a
    ///      delegatecall: the view reads no storage, and a view cannot delegatecall).
    function _viewInExtension() internal view {
        address target = EXTENSION;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := staticcall(gas(), target, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    // ================================================================== registry hook

    /// @inheritdoc IPondMarket
    function updateCommittee(uint32 committeeId, uint8 size, bool usable) external {
        if (msg.sender != address(mediators)) revert NotMediatorRegistry(msg.sender);
        uint8 isDefault = _committees[committeeId] & COMMITTEE_DEFAULT;
        _committees[committeeId] = isDefault | (size << COMMITTEE_SIZE_SHIFT) | (usable ? COMMITTEE_USABLE : 0);
    }

    // ================================================================== views

    /// @inheritdoc IPondMarket
    function modules() external view returns (IModuleRegistry) {
        return MODULE_REGISTRY;
    }

    /// @inheritdoc IPondMarket
    function extension() external view returns (address) {
        return EXTENSION;
    }

    /// @inheritdoc IPondMarket
    function params() external view returns (Params memory) {
        return Params({
            collateralBps: uint32(COLLATERAL_BPS),
            bountyBps: uint32(BOUNTY_BPS),
            challengeWindow: uint32(CHALLENGE_WINDOW),
            clientJobLifetime: uint32(CLIENT_JOB_LIFETIME),
            callbackGasLimit: uint32(CALLBACK_GAS_LIMIT),
            maxCallbackGasLimit: uint32(MAX_CALLBACK_GAS_LIMIT),
            maxRunTime: MAX_RUN_TIME,
            fetchWindow: uint32(FETCH_WINDOW),
            nativeMediatorFee: _tokens[0].mediatorFee
        });
    }

    /// @inheritdoc IPondMarket
    function getJob(uint256 jobId) external view returns (Job memory) {
        StoredJob memory j = _jobs[jobId];
        if (j.status == JobStatus.None) revert JobNotFound(jobId);
        return Job({
            status: j.status,
            deadline: j.deadline,
            offerId: j.offerId,
            provider: _offers[j.offerId].provider,
            solver: j.status == JobStatus.Challenged ? address(0) : j.solver,
            challenger: j.status == JobStatus.Challenged ? j.solver : address(0),
            committeeSize: _committeeSize(j.flags),
            callback: j.flags & JOB_CALLBACK != 0,
            callbackPending: j.flags & JOB_CALLBACK_PENDING != 0,
            termsHash: j.terms
        });
    }

    /// @inheritdoc IPondMarket
    /// @dev In PondMarketExtension.
    function hashTerms(JobTerms calldata) external view returns (bytes32) {
        _viewInExtension();
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
            minRunTime: o.minRunTime,
            askPrice: o.askPrice,
            available: o.available.unpack()
        });
    }

    /// @inheritdoc IPondMarket
    function offerAllowsModule(uint256 offerId, uint32 moduleId) external view returns (bool) {
        return _offers[offerId].flags & OFFER_ANY_MODULE != 0 || _offerModules[offerId][moduleId];
    }

    /// @inheritdoc IPondMarket
    function jobCount() external view returns (uint256) {
        return _counters.jobCount;
    }

    /// @inheritdoc IPondMarket
    function offerCount() external view returns (uint256) {
        return _counters.offerCount;
    }

    /// @inheritdoc IPondMarket
    function defaultCommittee() external view returns (uint32 committeeId, uint8 size) {
        return (_counters.defaultCommitteeId, _counters.defaultCommitteeSize);
    }

    /// @inheritdoc IPondMarket
    function committeeUsable(uint32 committeeId) external view returns (bool) {
        return _committees[committeeId] & COMMITTEE_USABLE != 0;
    }

    /// @inheritdoc IPondMarket
    function pendingResult(uint256 jobId) external view returns (string memory) {
        return _pendingResults[jobId];
    }

    /// @inheritdoc IPondMarket
    /// @dev In PondMarketExtension (it reads only the parameters both hold and the registry).
    function quote(string calldata, uint32) external view returns (Quote memory) {
        _viewInExtension();
    }

    /// @inheritdoc IPondMarket
    function clientTerms(uint256 jobId)
        external
        view
        returns (address refundTo, uint32 callbackGasLimit, uint256 deliveryFee, bool notifyFailure)
    {
        ClientTerms memory c = _clientTerms[jobId];
        return (
            c.refundTo,
            c.callbackGasLimit,
            _deliveryFee(c.callbackGasLimit, c.deliveryGasPrice),
            _jobs[jobId].flags & JOB_NOTIFY_FAILURE != 0
        );
    }

    /// @inheritdoc IPondMarket
    function tokenIndex(address token) external view returns (uint8 index, bool allowed, uint96 mediatorFee) {
        index = _knownTokenIndex(token);
        TokenInfo memory t = _tokens[index];
        return (index, t.allowed, t.mediatorFee);
    }

    /// @inheritdoc IPondMarket
    function baseMediatorFee(address token) external view returns (uint96) {
        return _baseFees[_knownTokenIndex(token)];
    }

    // ================================================================== internal

    /// @dev `resources` after checking that they and `runTime` are at least the module's: a job
    ///      that asks for less than its module needs could never be run honestly, and would
    ///      hand its provider's collateral to the creator. The floor is read from the registry
    ///      once per module version and cached (versions never change).
    function _atLeastModule(uint32 moduleId, uint32 runTime, PackedResources resources)
        internal
        returns (PackedResources)
    {
        uint256 floor = _floors[moduleId];
        if (floor == 0) {
            (PackedResources r, uint32 t) = MODULE_REGISTRY.jobFloor(moduleId);
            if (t == 0) revert ModuleNotFound(moduleId);
            floor = PackedResources.unwrap(r) | uint256(t) << 136;
            _floors[moduleId] = floor;
        }
        uint32 floorRunTime = uint32(floor >> 136);
        if (runTime < floorRunTime) revert RunTimeBelowModule(runTime, floorRunTime);
        if (!resources.covers(PackedResources.wrap(uint136(floor)))) revert ResourcesBelowModule(moduleId);
        return resources;
    }

    /// @dev Takes `amount` of token `idx` and `deliveryFee` of the native currency into escrow,
    ///      from `msg.value` (exactly what the native currency owes) or from `account`'s
    ///      balances. A payment by value is logged as a deposit followed by the debit, so balances
    ///      rebuild from events the same way whichever way a job was paid.
    function _escrow(address account, uint8 idx, uint256 amount, uint256 deliveryFee) internal {
        if (msg.value != 0) {
            uint256 expected = idx == 0 ? amount + deliveryFee : deliveryFee;
            if (msg.value != expected) revert ValueMismatch(msg.value, expected);
            emit Deposited(account, address(0), msg.value);
            if (idx == 0) return;
            deliveryFee = 0;
        }
        _debit(account, idx, amount);
        _debit(account, 0, deliveryFee);
    }

    function _debit(address account, uint8 idx, uint256 amount) internal {
        if (amount == 0) return;
        uint256 balance = _balances[account][idx];
        if (balance < amount) revert InsufficientBalance(account, _tokens[idx].token, balance, amount);
        _balances[account][idx] = balance - amount;
    }

    /// @dev Credits the solver fee, escrowed since the post, to the deal's solver: the deal held
    ///      (it ends after a result or a timeout).
    function _paySolver(uint256 jobId, StoredJob storage job, JobTerms calldata t, uint8 idx) internal {
        uint256 fee = t.solverFee;
        if (fee == 0) return;
        address solver = job.solver;
        _balances[solver][idx] += fee;
        emit SolverPaid(jobId, solver, fee);
    }

    /// @dev Ends a deal: gives the offer its capacity back and returns the provider and collateral.
    function _closeDeal(StoredJob storage job, JobTerms calldata t)
        internal
        returns (address provider, uint256 collateral)
    {
        StoredOffer storage offer = _offers[job.offerId];
        offer.available = offer.available.credit(ResourcesLib.pack(t.resources));
        return (offer.provider, _collateral(t.price, _committeeSize(job.flags), t.mediatorFee));
    }

    /// @dev The result stands (Accepted, or Undecided): credits the deal's provider, then calls a client
    ///      back with `resultCid` (checked against the job's hash by the caller), kept for a retry
    ///      and for the client to read when the delivery fails or waits. A challenger's credit, if
    ///      any, is the caller's; it is only logged here.
    function _accept(
        uint256 jobId,
        StoredJob storage job,
        JobTerms calldata t,
        string calldata resultCid,
        JobStatus status,
        uint256 toProvider,
        uint256 toChallenger
    ) internal {
        job.status = status;
        _balances[_offers[job.offerId].provider][_indexOf(t.token)] += toProvider;
        emit JobSettled(jobId, status, toProvider, 0, toChallenger);
        if (job.flags & JOB_CALLBACK == 0) {
            delete job.terms;
            return;
        }
        bytes memory data = abi.encodeCall(IPondJobClient.receiveJobResults, (jobId, resultCid));
        if (!_deliver(jobId, job, t.creator, data, _clientTerms[jobId].callbackGasLimit, true)) {
            _pendingResults[jobId] = resultCid;
        }
        _freeTerms(job, t);
    }

    /// @dev A settled job's terms are needed again only by a pending delivery (`retryCallback`,
    ///      which passes them without the result: the hash goes back to the terms' alone);
    ///      otherwise their slot is freed (`getJob` then shows a zero hash).
    function _freeTerms(StoredJob storage job, JobTerms calldata t) internal {
        if (job.flags & JOB_CALLBACK_PENDING == 0) delete job.terms;
        else job.terms = _hashTermsCd(t);
    }

    /// @dev Ends a job with the creator refunded (and maybe compensated); other credits are the
    ///      caller's. A contract client's refund is then sent to it (PondMarketExtension).
    function _refund(
        uint256 jobId,
        StoredJob storage job,
        JobTerms calldata t,
        uint8 idx,
        JobStatus status,
        uint256 toProvider,
        uint256 toCreator,
        uint256 toChallenger,
        RefundReason reason
    ) internal {
        job.status = status;
        address creator = t.creator;
        _balances[creator][idx] += toCreator;
        emit JobSettled(jobId, status, toProvider, toCreator, toChallenger);
        emit JobRefunded(jobId, creator, toCreator, reason);
        if (job.flags & JOB_CALLBACK == 0) {
            delete job.terms;
            return;
        }
        (bool ok, bytes memory ret) = EXTENSION.delegatecall(
            abi.encodeCall(PondMarketExtension.refundClient, (jobId, creator, idx, toCreator, reason))
        );
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        _freeTerms(job, t);
    }

    /// @dev Closes the job's mediation: the challenger's `fee` (eligible members x the job's
    ///      mediator fee) was escrowed; `paid` of it goes to the members the registry credited,
    ///      held here on the registry's balance, from which `withdrawEarnings` pays them out.
    function _closeMediation(uint256 jobId, JobTerms calldata t, uint8 idx)
        internal
        returns (Verdict verdict, uint256 fee, uint256 paid)
    {
        uint256 each = t.mediatorFee;
        uint8 eligible;
        address[] memory payees;
        (verdict, eligible, payees) = mediators.closeMediation(jobId, t.token, each);
        // A challenge that waited in the queue (deadline 0) paid for the whole committee.
        StoredJob storage job = _jobs[jobId];
        fee = each * (job.deadline == 0 ? _committeeSize(job.flags) : eligible);
        paid = each * payees.length;
        if (paid == 0) return (verdict, fee, 0);
        _balances[address(mediators)][idx] += paid;
        for (uint256 i; i < payees.length; ++i) {
            emit MediatorPaid(jobId, payees[i], each);
        }
    }

    /// @dev The price-proportional part plus the committee's fees: a wrong provider always pays
    ///      the mediators who judged it, however small the job.
    function _collateral(uint256 price, uint256 size, uint256 fee) internal view returns (uint256) {
        return price * COLLATERAL_BPS / BPS + size * fee;
    }

    function _bounty(uint256 price) internal view returns (uint256) {
        return price * COLLATERAL_BPS / BPS * BOUNTY_BPS / BPS;
    }

    function _committeeSize(uint8 flags) internal pure returns (uint8) {
        return (flags >> JOB_SIZE_SHIFT) & JOB_SIZE_MASK;
    }

    function _checkParam(string memory name, uint256 value, uint256 lowest, uint256 highest) internal pure {
        if (value < lowest || value > highest) revert ParamInvalid(name, value);
    }
}
