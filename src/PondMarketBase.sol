// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IPondMarket} from "./interfaces/IPondMarket.sol";
import {IModuleRegistry} from "./interfaces/IModuleRegistry.sol";
import {PondMarketStorage} from "./PondMarketStorage.sol";
import {JobStatus} from "./types/Status.sol";

/// @title PondMarketBase
/// @notice What PondMarket and PondMarketExtension (run by the market through delegatecall) both
///         need: the parameters a contract client's job depends on, and the code that posts a
///         client's job and calls a client back. Each of the two contracts carries its own copy of
///         this code and of these immutables (the market deploys the extension with its own values).
abstract contract PondMarketBase is PondMarketStorage {
    IModuleRegistry internal immutable MODULE_REGISTRY;
    uint256 internal immutable CLIENT_JOB_LIFETIME;
    uint256 internal immutable CALLBACK_GAS_LIMIT;
    uint256 internal immutable MAX_CALLBACK_GAS_LIMIT;
    uint32 internal immutable MAX_RUN_TIME;

    constructor(
        IModuleRegistry moduleRegistry,
        uint256 clientJobLifetime,
        uint256 callbackGasLimit,
        uint256 maxCallbackGasLimit,
        uint32 maxRunTime
    ) {
        MODULE_REGISTRY = moduleRegistry;
        CLIENT_JOB_LIFETIME = clientJobLifetime;
        CALLBACK_GAS_LIMIT = callbackGasLimit;
        MAX_CALLBACK_GAS_LIMIT = maxCallbackGasLimit;
        MAX_RUN_TIME = maxRunTime;
    }

    // ================================================================== posting

    /// @dev Writes a new job: its state, and the hash of its terms (logged by the caller's
    ///      `JobPosted`, from which anyone rebuilds them).
    function _storeJob(IPondMarket.JobTerms memory terms, uint40 expiry, uint8 flags)
        internal
        returns (uint256 jobId)
    {
        jobId = ++_counters.jobCount;
        _jobs[jobId] = StoredJob({
            solver: address(0),
            deadline: expiry,
            status: JobStatus.Open,
            flags: flags,
            offerId: 0,
            terms: _hashTerms(terms)
        });
    }

    /// @dev A new job's terms: its request's, with the judge and the token fixed at post.
    function _newTerms(
        address token,
        uint96 price,
        uint96 solverFee,
        uint32 moduleId,
        uint32 runTime,
        PostedTerms memory t
    ) internal view returns (IPondMarket.JobTerms memory) {
        return IPondMarket.JobTerms({
            creator: msg.sender,
            token: token,
            price: price,
            solverFee: solverFee,
            moduleId: moduleId,
            runTime: runTime,
            committeeId: t.committeeId,
            mediatorFee: t.mediatorFee,
            resources: t.resources.unpack()
        });
    }

    /// @dev The committee that judges a new job: 0 is the current default, fixed from now on.
    function _resolveCommittee(uint32 committeeId) internal view returns (uint32, uint8 size) {
        if (committeeId == 0) {
            Counters memory c = _counters;
            if (c.defaultCommitteeId == 0) revert IPondMarket.NoDefaultCommittee();
            return (c.defaultCommitteeId, c.defaultCommitteeSize);
        }
        size = _committees[committeeId] >> COMMITTEE_SIZE_SHIFT;
        if (size == 0) revert IPondMarket.CommitteeNotFound(committeeId);
        return (committeeId, size);
    }

    /// @dev The index of a token the market has configured (allowed or not any more).
    function _knownTokenIndex(address token) internal view returns (uint8 idx) {
        idx = _tokenIndexOf[token];
        if (_tokens[idx].token != token) revert IPondMarket.TokenNotAllowed(token);
    }

    /// @dev A contract client's job defaults: the module's id, resources, run time and
    ///      registered solver fee, and the committee (the current default) with the token's fee.
    function _clientJob(string calldata name, address token)
        internal
        view
        returns (IPondMarket.JobRequest memory r, PostedTerms memory t)
    {
        (t.tokenIndex, t.mediatorFee) = _allowedToken(token);
        (r.moduleId, t.resources, r.runTime, r.solverFee) = MODULE_REGISTRY.jobDefaults(name);
        if (r.runTime > MAX_RUN_TIME) revert IPondMarket.RunTimeInvalid(r.runTime, MAX_RUN_TIME);
        (t.committeeId, t.committeeSize) = _resolveCommittee(0);
        r.token = token;
        r.resources = t.resources.unpack();
        r.expiry = uint40(block.timestamp + CLIENT_JOB_LIFETIME);
        r.callback = true;
    }

    /// @dev The gas price a delivery is paid at when the client names none: twice the base fee
    ///      (the fee cap wallets set), so that the base fee may double before a delivery waits.
    function _defaultDeliveryGasPrice() internal view returns (uint64) {
        return uint64(block.basefee * 2);
    }

    function _deliveryFee(uint256 callbackGasLimit, uint256 deliveryGasPrice) internal pure returns (uint256) {
        return (callbackGasLimit + DELIVERY_OVERHEAD_GAS) * deliveryGasPrice;
    }

    /// @dev Records a client job's terms; `deliveryFee` (native) was escrowed by the caller.
    function _postClientTerms(uint256 jobId, ClientTerms memory c, bool notifyFailure, uint256 deliveryFee) internal {
        _clientTerms[jobId] = c;
        emit IPondMarket.ClientJobPosted(jobId, c.refundTo, c.callbackGasLimit, deliveryFee, notifyFailure);
    }

    /// @dev The terms of a job posted through `runModuleWithDefaultMediators` or `postJob`.
    function _defaultClientTerms() internal view returns (ClientTerms memory c, uint256 deliveryFee) {
        c = ClientTerms({
            refundTo: msg.sender,
            callbackGasLimit: uint32(CALLBACK_GAS_LIMIT),
            deliveryGasPrice: _defaultDeliveryGasPrice()
        });
        deliveryFee = _deliveryFee(c.callbackGasLimit, c.deliveryGasPrice);
    }

    // ================================================================== delivery

    /// @dev Calls the client back with `data` (`receiveJobResults`, or `receiveJobFailure` for a
    ///      refunded job) and `stipend` gas. When `deferrable` and the base fee is above the
    ///      job's delivery gas price, nothing is called: the delivery waits, its fee kept for
    ///      whoever delivers it. Otherwise the caller must bring the whole stipend (nobody can
    ///      make a delivery fail on purpose by starving it) and the first attempt is paid the
    ///      delivery fee. A failure is recorded, never fatal: the job stays settled and anyone
    ///      may retry. Returns whether the client took the delivery.
    function _deliver(
        uint256 jobId,
        StoredJob storage job,
        address client,
        bytes memory data,
        uint256 stipend,
        bool deferrable
    ) internal returns (bool delivered) {
        ClientTerms storage terms = _clientTerms[jobId];
        uint64 gasPrice = terms.deliveryGasPrice;
        job.flags |= JOB_CALLBACK_PENDING;
        if (deferrable && block.basefee > gasPrice) {
            emit IPondMarket.CallbackDeferred(jobId, gasPrice, block.basefee);
            return false;
        }
        uint256 needed = stipend + stipend / 63 + CALLBACK_RESERVE;
        if (gasleft() < needed) revert IPondMarket.CallbackGasTooLow(gasleft(), needed);
        if (gasPrice != 0) {
            terms.deliveryGasPrice = 0;
            _payDeliveryFee(jobId, msg.sender, _deliveryFee(terms.callbackGasLimit, gasPrice));
        }
        bool ok;
        assembly ("memory-safe") {
            // No return data is copied: a client cannot make settlement pay for a huge reply.
            ok := call(stipend, client, 0, add(data, 0x20), mload(data), 0, 0)
        }
        if (ok && client.code.length != 0) {
            job.flags &= ~JOB_CALLBACK_PENDING;
            emit IPondMarket.CallbackDelivered(jobId, client);
            return true;
        }
        emit IPondMarket.CallbackFailed(jobId, client);
        return false;
    }

    function _payDeliveryFee(uint256 jobId, address to, uint256 fee) internal {
        _balances[to][0] += fee;
        emit IPondMarket.DeliveryFeePaid(jobId, to, fee);
    }
}
