// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {IPondMarket} from "./interfaces/IPondMarket.sol";
import {IModuleRegistry} from "./interfaces/IModuleRegistry.sol";
import {IPondJobClient, IPondJobFailureClient} from "./interfaces/IPondJobClient.sol";
import {PackedResources, ResourcesLib} from "./types/Resources.sol";
import {JobStatus, RefundReason} from "./types/Status.sol";
import {PondMarketBase} from "./PondMarketBase.sol";

/// @title PondMarketExtension
/// @notice The market's less frequent functions: governance, posting an offer, and a contract
///         client's cold paths (the full entry point `runModule`, the retry of a delivery, and the
///         refund of a client's job: sent to its refund address, then the failure notice).
///         PondMarket deploys it in its constructor and runs these functions by delegatecall
///         (governance after its own `onlyOwner` check) on its own storage (the layout both
///         inherit from PondMarketStorage); the immutables it reads are the market's, passed at
///         construction. Called directly, it changes only its own, unused storage and holds
///         nothing to send. It exists to keep PondMarket under the EIP-170 size limit.
contract PondMarketExtension is PondMarketBase {
    using SafeERC20 for IERC20;

    constructor(
        IModuleRegistry moduleRegistry,
        uint256 clientJobLifetime,
        uint256 callbackGasLimit,
        uint256 maxCallbackGasLimit,
        uint32 maxRunTime
    )
        Ownable(msg.sender)
        PondMarketBase(moduleRegistry, clientJobLifetime, callbackGasLimit, maxCallbackGasLimit, maxRunTime)
    {
        configHash = configOf(moduleRegistry, clientJobLifetime, callbackGasLimit, maxCallbackGasLimit, maxRunTime);
    }

    /// @notice The hash of the parameters this extension was built with: the market that runs it
    ///         checks, when it is deployed, that they are its own.
    bytes32 public immutable configHash;

    /// @notice The hash of a set of parameters, as `configHash` computes it.
    function configOf(
        IModuleRegistry moduleRegistry,
        uint256 clientJobLifetime,
        uint256 callbackGasLimit,
        uint256 maxCallbackGasLimit,
        uint32 maxRunTime
    ) public pure returns (bytes32) {
        return keccak256(abi.encode(moduleRegistry, clientJobLifetime, callbackGasLimit, maxCallbackGasLimit, maxRunTime));
    }

    // ================================================================== escrow

    /// @notice See `IPondMarket.deposit`.
    function deposit(address token, uint256 amount) external payable nonReentrant {
        // Any token the market has configured, allowed or not any more: a token disallowed for
        // new jobs and offers still pays the challenges of its live deals, from the balance.
        uint8 idx = _knownTokenIndex(token);
        if (amount == 0) revert IPondMarket.AmountZero();
        if (idx == 0) {
            if (msg.value != amount) revert IPondMarket.ValueMismatch(msg.value, amount);
        } else {
            if (msg.value != 0) revert IPondMarket.ValueMismatch(msg.value, 0);
            uint256 before = IERC20(token).balanceOf(address(this));
            IERC20(token).safeTransferFrom(msg.sender, address(this), amount);
            amount = IERC20(token).balanceOf(address(this)) - before;
            if (amount == 0) revert IPondMarket.AmountZero();
        }
        _balances[msg.sender][idx] += amount;
        emit IPondMarket.Deposited(msg.sender, token, amount);
    }

    /// @notice See `IPondMarket.withdraw`.
    function withdraw(address token, uint256 amount, address to) external nonReentrant {
        uint8 idx = _knownTokenIndex(token);
        if (amount == 0) revert IPondMarket.AmountZero();
        if (to == address(0)) revert IPondMarket.RecipientZero();
        uint256 balance = _balances[msg.sender][idx];
        if (balance < amount) revert IPondMarket.InsufficientBalance(msg.sender, token, balance, amount);
        _balances[msg.sender][idx] = balance - amount;
        emit IPondMarket.Withdrawn(msg.sender, token, amount, to);
        if (idx == 0) {
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert IPondMarket.TransferFailed(to, amount);
        } else {
            IERC20(token).safeTransfer(to, amount);
        }
    }

    // ================================================================== offers

    /// @notice See `IPondMarket.postOffer`.
    function postOffer(IPondMarket.OfferRequest calldata r) external returns (uint256 offerId) {
        (uint8 idx,) = _allowedToken(r.token);
        PackedResources capacity = ResourcesLib.pack(r.capacity);
        if (capacity.isZero()) revert IPondMarket.CapacityZero();
        if (r.expiry <= block.timestamp) revert IPondMarket.ExpiryInPast(r.expiry);
        if (r.minRunTime > MAX_RUN_TIME) revert IPondMarket.RunTimeInvalid(r.minRunTime, MAX_RUN_TIME);
        if (r.trustedCommitteeId != 0 && _committees[r.trustedCommitteeId] >> COMMITTEE_SIZE_SHIFT == 0) {
            revert IPondMarket.CommitteeNotFound(r.trustedCommitteeId);
        }

        // Deals keep the offer id in 32 bits.
        uint32 count = _counters.offerCount;
        if (count == type(uint32).max) revert IPondMarket.OfferLimitReached();
        offerId = ++count;
        _counters.offerCount = count;
        if (!r.anyModule) {
            uint32 moduleCount = MODULE_REGISTRY.moduleCount();
            for (uint256 i; i < r.modules.length; ++i) {
                uint32 moduleId = r.modules[i];
                if (moduleId == 0 || moduleId > moduleCount) revert IPondMarket.ModuleNotFound(moduleId);
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
            available: capacity,
            minRunTime: uint24(r.minRunTime)
        });
        _emitOfferPosted(offerId, r);
    }

    /// @dev Its own frame: the event has more fields than `postOffer`'s stack can hold.
    function _emitOfferPosted(uint256 offerId, IPondMarket.OfferRequest calldata r) internal {
        emit IPondMarket.OfferPosted(
            offerId,
            msg.sender,
            r.token,
            r.askPrice,
            r.capacity,
            r.expiry,
            r.anyModule,
            r.anyModule ? new uint32[](0) : r.modules,
            r.acceptsDefaultCommittee,
            r.trustedCommitteeId,
            r.minRunTime
        );
    }


    /// @notice See `IPondMarket.updateOffer`.
    function updateOffer(uint256 offerId, uint96 askPrice, uint40 expiry) external {
        StoredOffer storage offer = _ownOffer(offerId);
        if (expiry <= block.timestamp) revert IPondMarket.ExpiryInPast(expiry);
        offer.askPrice = askPrice;
        offer.expiry = expiry;
        emit IPondMarket.OfferUpdated(offerId, askPrice, expiry);
    }

    /// @notice See `IPondMarket.withdrawOffer`.
    function withdrawOffer(uint256 offerId) external {
        StoredOffer storage offer = _ownOffer(offerId);
        if (offer.expiry <= block.timestamp) revert IPondMarket.OfferNotOpen(offerId);
        offer.expiry = uint40(block.timestamp);
        emit IPondMarket.OfferWithdrawn(offerId);
    }

    function _ownOffer(uint256 offerId) internal view returns (StoredOffer storage offer) {
        offer = _offers[offerId];
        if (offer.provider == address(0)) revert IPondMarket.OfferNotFound(offerId);
        if (offer.provider != msg.sender) revert IPondMarket.NotOfferProvider(offerId, msg.sender);
    }

    // ================================================================== governance

    /// @notice See `IPondMarket.configureToken`; the market checked the caller.
    function configureToken(address token, bool allowed, uint96 mediatorFee) external {
        uint8 idx = _tokenIndexOf[token];
        // A new token: no job uses it yet, so its first fee is free within the type's range, and
        // pins the range of every later fee.
        uint256 lowest = 1;
        uint256 highest = MAX_BASE_FEE;
        bool known = _tokens[idx].token == token;
        if (known) {
            uint256 base = _baseFees[idx];
            if (base >= MEDIATOR_FEE_RANGE) lowest = base / MEDIATOR_FEE_RANGE;
            highest = base * MEDIATOR_FEE_RANGE;
        }
        if (mediatorFee < lowest || mediatorFee > highest) {
            revert IPondMarket.MediatorFeeOutOfRange(token, mediatorFee, lowest, highest);
        }
        if (!known) {
            uint8 count = _counters.tokenCount;
            if (count == type(uint8).max) revert IPondMarket.TokenLimitReached();
            idx = count;
            _counters.tokenCount = count + 1;
            _tokenIndexOf[token] = idx;
            _baseFees[idx] = uint88(mediatorFee);
        }
        _tokens[idx] = TokenInfo({token: token, allowed: allowed, mediatorFee: uint88(mediatorFee)});
        if (idx == 0) {
            _counters.nativeAllowed = allowed;
            _counters.nativeMediatorFee = uint88(mediatorFee);
        }
        emit IPondMarket.TokenConfigured(token, idx, allowed, mediatorFee);
    }

    /// @notice See `IPondMarket.setDefaultCommittee`; the market checked the caller.
    function setDefaultCommittee(uint32 committeeId) external {
        uint8 committee = _committees[committeeId];
        if (committee & COMMITTEE_USABLE == 0) revert IPondMarket.CommitteeNotUsable(committeeId);
        uint8 size = committee >> COMMITTEE_SIZE_SHIFT;
        _committees[_counters.defaultCommitteeId] &= ~COMMITTEE_DEFAULT;
        _committees[committeeId] = committee | COMMITTEE_DEFAULT;
        _counters.defaultCommitteeId = committeeId;
        _counters.defaultCommitteeSize = size;
        emit IPondMarket.DefaultCommitteeSet(committeeId, size);
    }

    // ================================================================== the full entry point

    /// @notice See `IPondMarket.runModule`; the market checked nothing.
    function runModule(string calldata name, string calldata params, IPondMarket.ClientOptions calldata o)
        external
        payable
        nonReentrant
        returns (uint256 jobId)
    {
        (IPondMarket.JobRequest memory r, PostedTerms memory t) = _clientJob(name, o.token);
        ClientTerms memory c = ClientTerms({
            refundTo: o.refundTo == address(0) ? msg.sender : o.refundTo,
            callbackGasLimit: o.callbackGasLimit == 0 ? uint32(CALLBACK_GAS_LIMIT) : o.callbackGasLimit,
            deliveryGasPrice: o.deliveryGasPrice == 0 ? _defaultDeliveryGasPrice() : o.deliveryGasPrice
        });
        if (c.callbackGasLimit > MAX_CALLBACK_GAS_LIMIT) {
            revert IPondMarket.CallbackGasLimitTooHigh(c.callbackGasLimit, MAX_CALLBACK_GAS_LIMIT);
        }
        uint256 deliveryFee = _deliveryFee(c.callbackGasLimit, c.deliveryGasPrice);
        r.solverFee = o.solverFee;
        uint256 price = _takePayment(o, t.tokenIndex == 0, r.solverFee, deliveryFee) - r.solverFee;
        if (price > type(uint96).max) revert IPondMarket.PriceTooLarge(price);
        r.price = uint96(price);
        r.inputs = params;
        uint8 flags =
            JOB_CALLBACK | (o.notifyFailure ? JOB_NOTIFY_FAILURE : 0) | (t.committeeSize << JOB_SIZE_SHIFT);
        jobId = _storeJob(_newTerms(o.token, r.price, r.solverFee, r.moduleId, r.runTime, t), r.expiry, flags);
        emit IPondMarket.JobPosted(jobId, msg.sender, r.moduleId, r, t.committeeId, t.committeeSize, t.mediatorFee);
        _postClientTerms(jobId, c, o.notifyFailure, deliveryFee);
    }

    /// @dev Takes the client's payment into escrow and returns what pays the solver fee and the
    ///      price: the value less the delivery fee, or the tokens that arrived (pulled from the
    ///      caller only, never from an address it names), with the value paying the delivery fee.
    function _takePayment(IPondMarket.ClientOptions calldata o, bool native, uint256 solverFee, uint256 deliveryFee)
        internal
        returns (uint256 paid)
    {
        uint256 least = solverFee + 1;
        if (native) {
            if (o.amount != 0) revert IPondMarket.ValueMismatch(o.amount, 0);
            least += deliveryFee;
            if (msg.value < least) revert IPondMarket.ValueTooSmall(msg.value, least);
            emit IPondMarket.Deposited(msg.sender, address(0), msg.value);
            return msg.value - deliveryFee;
        }
        if (msg.value != deliveryFee) revert IPondMarket.ValueMismatch(msg.value, deliveryFee);
        IERC20 token = IERC20(o.token);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), o.amount);
        paid = token.balanceOf(address(this)) - before;
        if (paid < least) revert IPondMarket.ValueTooSmall(paid, least);
        emit IPondMarket.Deposited(msg.sender, o.token, paid);
        if (msg.value != 0) emit IPondMarket.Deposited(msg.sender, address(0), msg.value);
    }

    // ================================================================== delivery

    // ================================================================== batches

    /// @notice See `IPondMarket.postJobs`.
    function postJobs(IPondMarket.JobRequest[] calldata requests) external returns (uint256[] memory jobIds) {
        uint256 n = requests.length;
        jobIds = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            (bool ok, bytes memory ret) = _batchItem(i, abi.encodeCall(IPondMarket.postJob, (requests[i])));
            if (ok) jobIds[i] = abi.decode(ret, (uint256));
        }
    }

    /// @notice See `IPondMarket.matchJobs`.
    function matchJobs(
        uint256[] calldata jobIds,
        uint256[] calldata offerIds,
        IPondMarket.JobTerms[] calldata terms
    ) external returns (bool[] memory done) {
        uint256 n = jobIds.length;
        if (offerIds.length != n) revert IPondMarket.BatchLengthMismatch(n, offerIds.length);
        if (terms.length != n) revert IPondMarket.BatchLengthMismatch(n, terms.length);
        done = new bool[](n);
        for (uint256 i; i < n; ++i) {
            (done[i],) = _batchItem(i, abi.encodeCall(IPondMarket.matchJob, (jobIds[i], offerIds[i], terms[i])));
        }
    }

    /// @notice See `IPondMarket.submitResults`.
    function submitResults(uint256[] calldata jobIds, string[] calldata resultCids)
        external
        returns (bool[] memory done)
    {
        uint256 n = jobIds.length;
        if (resultCids.length != n) revert IPondMarket.BatchLengthMismatch(n, resultCids.length);
        done = new bool[](n);
        for (uint256 i; i < n; ++i) {
            (done[i],) = _batchItem(i, abi.encodeCall(IPondMarket.submitResult, (jobIds[i], resultCids[i])));
        }
    }

    /// @notice See `IPondMarket.finalizeJobs`.
    function finalizeJobs(
        uint256[] calldata jobIds,
        IPondMarket.JobTerms[] calldata terms,
        string[] calldata resultCids
    ) external returns (bool[] memory done) {
        uint256 n = jobIds.length;
        if (terms.length != n) revert IPondMarket.BatchLengthMismatch(n, terms.length);
        if (resultCids.length != n) revert IPondMarket.BatchLengthMismatch(n, resultCids.length);
        done = new bool[](n);
        for (uint256 i; i < n; ++i) {
            (done[i],) = _batchItem(i, abi.encodeCall(IPondMarket.finalize, (jobIds[i], terms[i], resultCids[i])));
        }
    }

    /// @dev Runs one item as its single twin: a delegatecall of the market (this code runs in the
    ///      market's context, so `address(this)` is the market) keeps the batch's caller as
    ///      `msg.sender` and `msg.value` (0: batches are not payable), and a revert undoes that
    ///      item alone. Called on the extension itself, the item finds no such function and fails.
    ///      An item never fails for the gas the batch was sent with: where its single twin would
    ///      revert the transaction for lack of gas (out of gas, `CallbackGasTooLow` before a
    ///      client's callback, `RefundGasTooLow` before a refund), the batch reverts as a whole.
    ///      Otherwise a gas limit just under what the items need would leave a successful
    ///      transaction that settled nothing, and `eth_estimateGas`, which looks for the least gas
    ///      at which the transaction succeeds, would choose one.
    function _batchItem(uint256 index, bytes memory data) internal returns (bool ok, bytes memory ret) {
        uint256 before = gasleft();
        (ok, ret) = address(this).delegatecall(data);
        if (ok) return (ok, ret);
        // Out of gas, the item used all the gas it was given: 63/64 of what was left (EIP-150).
        if (gasleft() < before / 63) revert IPondMarket.BatchOutOfGas(index);
        bytes4 why = bytes4(ret);
        if (why == IPondMarket.CallbackGasTooLow.selector || why == IPondMarket.RefundGasTooLow.selector) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        emit IPondMarket.BatchItemFailed(bytes4(data), index, ret);
    }

    // ================================================================== views the market forwards

    /// @notice See `IPondMarket.quote`: the market answers it from here by a static call (this
    ///         contract's immutables are the market's client parameters, as `configHash` checks).
    function quote(string calldata name, uint32 callbackGasLimit) external view returns (IPondMarket.Quote memory q) {
        uint256 gasLimit = callbackGasLimit == 0 ? CALLBACK_GAS_LIMIT : callbackGasLimit;
        if (gasLimit > MAX_CALLBACK_GAS_LIMIT) {
            revert IPondMarket.CallbackGasLimitTooHigh(gasLimit, MAX_CALLBACK_GAS_LIMIT);
        }
        (,,, uint96 solverFee) = MODULE_REGISTRY.jobDefaults(name);
        q.minPrice = 1;
        q.solverFee = solverFee;
        q.deliveryGasPrice = _defaultDeliveryGasPrice();
        q.deliveryFee = _deliveryFee(gasLimit, q.deliveryGasPrice);
        q.callbackGasLimit = uint32(gasLimit);
        q.value = 1 + q.solverFee + q.deliveryFee;
    }

    /// @notice See `IPondMarket.hashTerms`.
    function hashTerms(IPondMarket.JobTerms calldata t) external pure returns (bytes32) {
        return _hashTermsCd(t);
    }

    /// @notice See `IPondMarket.retryCallback`; the market checked nothing.
    function retryCallback(uint256 jobId, uint256 gasLimit, IPondMarket.JobTerms calldata t) external nonReentrant {
        StoredJob storage job = _jobs[jobId];
        uint8 flags = job.flags;
        if (flags & JOB_CALLBACK_PENDING == 0) revert IPondMarket.NoCallbackPending(jobId);
        _checkTerms(jobId, job.terms, t);
        uint256 stipend = _clientTerms[jobId].callbackGasLimit;
        if (gasLimit > stipend) stipend = gasLimit;
        JobStatus status = job.status;
        bool result = status == JobStatus.Accepted || status == JobStatus.Undecided;
        bytes memory data = result
            ? abi.encodeCall(IPondJobClient.receiveJobResults, (jobId, _pendingResults[jobId]))
            : abi.encodeCall(IPondJobFailureClient.receiveJobFailure, (jobId, RefundReason(flags >> JOB_REASON_SHIFT)));
        if (_deliver(jobId, job, t.creator, data, stipend, false)) {
            // Delivered: nothing needs the settled job's terms or its result any more.
            delete job.terms;
            if (result) delete _pendingResults[jobId];
        }
    }

    // ================================================================== refunds

    /// @notice Run by the market (only) when a client's job ends without a result, after
    ///         `amount` of the job's token was credited to the client: the delivery fee goes back
    ///         too unless it pays a failure notice, both are sent to the refund address (a
    ///         gas-capped call; kept in the client's balance when it fails), then the client is
    ///         told why if it asked.
    function refundClient(uint256 jobId, address client, uint8 idx, uint256 amount, RefundReason reason) external {
        StoredJob storage job = _jobs[jobId];
        ClientTerms memory terms = _clientTerms[jobId];
        bool notify = job.flags & JOB_NOTIFY_FAILURE != 0;
        uint256 fee;
        if (!notify && terms.deliveryGasPrice != 0) {
            fee = _deliveryFee(terms.callbackGasLimit, terms.deliveryGasPrice);
            _clientTerms[jobId].deliveryGasPrice = 0;
            _payDeliveryFee(jobId, client, fee);
        }
        job.flags |= uint8(reason) << JOB_REASON_SHIFT;
        if (idx == 0) {
            _send(jobId, client, terms.refundTo, 0, amount + fee);
        } else {
            _send(jobId, client, terms.refundTo, idx, amount);
            _send(jobId, client, terms.refundTo, 0, fee);
        }
        if (notify) {
            bytes memory data = abi.encodeCall(IPondJobFailureClient.receiveJobFailure, (jobId, reason));
            _deliver(jobId, job, client, data, terms.callbackGasLimit, true);
        }
    }

    /// @dev Sends `amount` of `client`'s balance of token `idx` to `to` with a gas-capped call
    ///      (logged as a withdrawal); when the call fails the amount stays in the balance.
    function _send(uint256 jobId, address client, address to, uint8 idx, uint256 amount) internal {
        if (amount == 0) return;
        // The call must be able to use all of REFUND_GAS: a call gets at most 63/64 of what is
        // left, and a refund that failed for the caller's gas would stay in a balance the client
        // may have no code to withdraw (the value transfer, a new account and a cold address
        // are the reserve).
        uint256 needed = REFUND_GAS + REFUND_GAS / 63 + REFUND_RESERVE;
        if (gasleft() < needed) revert IPondMarket.RefundGasTooLow(gasleft(), needed);
        uint256 balance = _balances[client][idx];
        _balances[client][idx] = balance - amount;
        address token = _tokens[idx].token;
        bool ok;
        if (idx == 0) {
            assembly ("memory-safe") {
                ok := call(REFUND_GAS, to, amount, 0, 0, 0, 0)
            }
        } else {
            bytes memory data = abi.encodeCall(IERC20.transfer, (to, amount));
            assembly ("memory-safe") {
                // Like SafeERC20: success with no return data from a contract, or a true word.
                ok := call(REFUND_GAS, token, 0, add(data, 0x20), mload(data), 0, 0x20)
                if ok {
                    switch returndatasize()
                    case 0 { ok := gt(extcodesize(token), 0) }
                    default { ok := and(gt(returndatasize(), 31), eq(mload(0), 1)) }
                }
            }
        }
        if (ok) {
            emit IPondMarket.Withdrawn(client, token, amount, to);
        } else {
            _balances[client][idx] = balance;
            emit IPondMarket.RefundHeld(jobId, to, token, amount);
        }
    }
}
