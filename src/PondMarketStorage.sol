// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {PackedResources} from "./types/Resources.sol";
import {JobStatus} from "./types/Status.sol";
import {IPondMarket} from "./interfaces/IPondMarket.sol";

/// @title PondMarketStorage
/// @notice The market's constants, stored types and storage, shared by PondMarket and
///         PondMarketExtension (whose code the market runs by delegatecall): both inherit exactly
///         this layout, and neither declares a state variable of its own.
abstract contract PondMarketStorage is Ownable2Step, ReentrancyGuardTransient {
    /// @dev The creator is a contract client (`_clientTerms` holds its terms).
    uint8 internal constant JOB_CALLBACK = 1;
    /// @dev A delivery (the result, or a failure notice) is owed to the client.
    uint8 internal constant JOB_CALLBACK_PENDING = 2;
    /// @dev Bits 2-4 of a job's flags hold its committee's size (1, 3 or 5).
    uint8 internal constant JOB_SIZE_SHIFT = 2;
    uint8 internal constant JOB_SIZE_MASK = 7;
    /// @dev The client asked to be told when its job ends without a result; bits 6-7 then hold
    ///      the RefundReason once it is refunded.
    uint8 internal constant JOB_NOTIFY_FAILURE = 32;
    uint8 internal constant JOB_REASON_SHIFT = 6;
    uint8 internal constant OFFER_ANY_MODULE = 1;
    uint8 internal constant OFFER_DEFAULT_COMMITTEE = 2;
    /// @dev Bits of `_committees`: the registry says the committee can judge a new deal; it is
    ///      the default committee; bits 4-7 hold its size (0: no such committee).
    uint8 internal constant COMMITTEE_USABLE = 1;
    uint8 internal constant COMMITTEE_DEFAULT = 2;
    uint8 internal constant COMMITTEE_SIZE_SHIFT = 4;
    uint256 internal constant BPS = 10_000;
    uint256 internal constant MAX_CID_LENGTH = 128;
    /// @dev Gas kept back for the bookkeeping after a client callback returns: when it failed or
    ///      waits, storing its result (a CID of up to MAX_CID_LENGTH bytes: five slots).
    uint256 internal constant CALLBACK_RESERVE = 130_000;
    /// @dev The market's own gas around a client's callback, priced into its delivery fee: the
    ///      worst case, a failed delivery storing a CID of MAX_CID_LENGTH bytes for the client to
    ///      read (`ClientAttacks`: a client burning its whole limit).
    uint256 internal constant DELIVERY_OVERHEAD_GAS = 150_000;
    /// @dev The gas of the call that sends a refund to a client's refund address.
    uint256 internal constant REFUND_GAS = 100_000;
    /// @dev What a refund call needs beyond REFUND_GAS: value transfer, a new account, a cold address.
    uint256 internal constant REFUND_RESERVE = 40_000;
    /// @notice A token's mediator fee stays within this factor of its first fee, either way.
    uint256 public constant MEDIATOR_FEE_RANGE = 10;
    uint256 internal constant MAX_BASE_FEE = type(uint88).max / MEDIATOR_FEE_RANGE;
    uint256 internal constant MIN_COLLATERAL_BPS = 10_000;
    uint256 internal constant MAX_COLLATERAL_BPS = 100_000;
    uint256 internal constant MAX_WINDOW = 30 days;
    /// @dev Bounds of the default callback gas limit and of the cap a client may ask up to.
    uint256 internal constant MIN_CALLBACK_GAS = 500_000;
    uint256 internal constant MAX_CALLBACK_GAS = 10_000_000;

    /// @dev A job is two slots. The first holds what changes over its life; the second the hash
    ///      of its terms (`IPondMarket.JobTerms`, fixed at post and logged in `JobPosted`), which
    ///      every later call passes in calldata and the market checks against this hash.
    struct StoredJob {
        // slot 0
        /// @dev The deal's solver, from the match until the deal ends (paid then) or is challenged
        ///      (paid then); while challenged, the challenger.
        address solver;
        uint40 deadline;
        JobStatus status;
        uint8 flags;
        uint32 offerId;
        // slot 1
        bytes32 terms;
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
        uint24 minRunTime;
    }

    struct TokenInfo {
        address token;
        bool allowed;
        uint88 mediatorFee;
    }

    /// @dev A contract client's job: where its refunds go, its callback's gas, and the gas price
    ///      its delivery is paid at (0 once the delivery fee is paid or refunded).
    struct ClientTerms {
        address refundTo;
        uint32 callbackGasLimit;
        uint64 deliveryGasPrice;
    }

    /// @dev What a post adds to its request: the token's index and the judge fixed at post.
    struct PostedTerms {
        uint8 tokenIndex;
        uint32 committeeId;
        uint8 committeeSize;
        uint88 mediatorFee;
        PackedResources resources;
    }

    /// @dev One slot, read by every post (the default committee, and for the native currency
    ///      whether it is allowed and its mediator fee, copies of `_tokens[0]`) and written by it
    ///      (the count).
    struct Counters {
        uint64 jobCount;
        uint32 offerCount;
        uint8 tokenCount;
        uint32 defaultCommitteeId;
        uint8 defaultCommitteeSize;
        bool nativeAllowed;
        uint88 nativeMediatorFee;
    }

    Counters internal _counters;

    mapping(uint8 tokenIndex => TokenInfo) internal _tokens;
    mapping(uint8 tokenIndex => uint88) internal _baseFees;
    mapping(address token => uint8 tokenIndex) internal _tokenIndexOf;
    mapping(address account => mapping(uint256 tokenIndex => uint256)) internal _balances;
    mapping(uint256 jobId => StoredJob) internal _jobs;
    mapping(uint256 offerId => StoredOffer) internal _offers;
    mapping(uint256 offerId => mapping(uint32 moduleId => bool)) internal _offerModules;
    /// @dev A client's result whose delivery failed or waits (from the settlement on).
    mapping(uint256 jobId => string cid) internal _pendingResults;
    /// @dev Each module version's floor (resources | runTime << 136), copied from the immutable
    ///      registry entry by the first job that uses it: later posts read one slot here.
    mapping(uint32 moduleId => uint256) internal _floors;
    /// @dev Each committee as the MediatorRegistry reports it (its size, whether it can judge a
    ///      new deal) and whether it is the default: every committee check in one slot, read
    ///      here rather than by a call to the registry.
    mapping(uint32 committeeId => uint8) internal _committees;
    mapping(uint256 jobId => ClientTerms) internal _clientTerms;
    /// @dev The run deadline of the first deal of a job that was given back (`abandonJob`): the
    ///      job is open again until then at the latest, whatever deals are given back later.
    ///      Kept apart from the job, so that only a give-back pays for it.
    mapping(uint256 jobId => uint256) internal _reopenedUntil;

    /// @dev The words of `IPondMarket.JobTerms` (a static struct): eight fields and five of
    ///      resources.
    uint256 internal constant TERMS_SIZE = 13 * 32;

    /// @dev The hash a job's terms are checked against: keccak256 of their ABI encoding.
    function _hashTerms(IPondMarket.JobTerms memory t) internal pure returns (bytes32) {
        return keccak256(abi.encode(t));
    }

    /// @dev `_hashTerms` of terms in calldata, hashed as they came: terms with dirty bits hash
    ///      differently from the clean encoding stored at post, so they never match.
    function _hashTermsCd(IPondMarket.JobTerms calldata t) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, t, TERMS_SIZE)
            h := keccak256(p, TERMS_SIZE)
        }
    }

    /// @dev Reverts unless `t` are the terms whose hash the job stores.
    function _checkTerms(uint256 jobId, bytes32 stored, IPondMarket.JobTerms calldata t) internal pure {
        if (stored != _hashTermsCd(t)) revert IPondMarket.TermsMismatch(jobId);
    }

    /// @dev The hash a contract client's job keeps from its result on: its terms' hash and its
    ///      result's. The result is then passed to the calls that deliver it, not stored.
    function _hashWithResult(bytes32 termsHash, string calldata resultCid) internal pure returns (bytes32) {
        return keccak256(abi.encode(termsHash, keccak256(bytes(resultCid))));
    }

    /// @dev `_checkTerms` after a result: a contract client's job's hash covers `resultCid` too
    ///      (other jobs' results are not kept, and `resultCid` is ignored there).
    function _checkResultTerms(
        uint256 jobId,
        StoredJob storage job,
        IPondMarket.JobTerms calldata t,
        string calldata resultCid
    ) internal view {
        bytes32 h = _hashTermsCd(t);
        if (job.flags & JOB_CALLBACK != 0) h = _hashWithResult(h, resultCid);
        if (job.terms != h) revert IPondMarket.TermsMismatch(jobId);
    }

    /// @dev The index of a job's token: the hash of its terms proved it was configured at post,
    ///      and a token's index never changes.
    function _indexOf(address token) internal view returns (uint8) {
        return token == address(0) ? 0 : _tokenIndexOf[token];
    }

    /// @dev The index and current mediator fee of a token jobs and offers may use.
    function _allowedToken(address token) internal view returns (uint8 idx, uint88 fee) {
        if (token == address(0)) {
            // Index 0, kept in the counters' slot that a post reads anyway.
            Counters memory c = _counters;
            if (!c.nativeAllowed) revert IPondMarket.TokenNotAllowed(token);
            return (0, c.nativeMediatorFee);
        }
        idx = _tokenIndexOf[token];
        TokenInfo memory t = _tokens[idx];
        if (t.token != token || !t.allowed) revert IPondMarket.TokenNotAllowed(token);
        return (idx, t.mediatorFee);
    }
}
