// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Resources} from "../types/Resources.sol";
import {JobStatus, RefundReason} from "../types/Status.sol";
import {IPondJobCreator} from "./IPondJobCreator.sol";
import {IModuleRegistry} from "./IModuleRegistry.sol";
import {IMediatorRegistry} from "./IMediatorRegistry.sol";

/// @title The Pond market: escrow, resource offers, jobs, deals, challenges and settlement.
/// @notice Everything that decides money is checked here. A job is matched to at most one offer;
///         the resulting deal shares the job's id. Every state has a deadline after which anyone
///         can move it on, so no funds stay locked forever. Balances are internal (pull payments):
///         tokens move only on `deposit` and `withdraw`.
/// @dev Token address 0 is the chain's native currency. Amounts are in the token's base units.
interface IPondMarket is IPondJobCreator {
    // ------------------------------------------------------------------ types

    /// @notice A job posted by a person or a contract.
    struct JobRequest {
        uint32 moduleId;
        address token;
        /// @dev Paid to the provider on success (pay-as-bid).
        uint96 price;
        /// @dev Paid to whoever calls `matchJob`.
        uint96 solverFee;
        /// @dev At least the module's registered resources, field by field.
        Resources resources;
        /// @dev Seconds the provider has, from the match, to submit a result; at least the
        ///      module's registered run time.
        uint32 runTime;
        /// @dev The job can be matched until this time; after it anyone may cancel it.
        uint40 expiry;
        /// @dev 0 for the default mediator committee (resolved when the job is posted), else a
        ///      MediatorRegistry committee id.
        uint32 committeeId;
        /// @dev Whether the creator is a contract client: the market calls
        ///      `IPondJobClient.receiveJobResults` on it when the result stands and sends it its
        ///      refunds, with the default client terms (see `runModule`); `msg.value` or the
        ///      balance then also pays the delivery fee (`ClientJobPosted`).
        bool callback;
        /// @dev Inputs, emitted in `JobPosted` and not stored.
        string inputs;
    }

    /// @notice What a contract client chooses through `runModule`, besides its module and inputs.
    struct ClientOptions {
        /// @dev 0: the native currency, and `msg.value` pays everything. Otherwise an allowed
        ///      ERC-20: `amount` of it is pulled from the caller with `transferFrom` (approve the
        ///      market first) and pays the solver fee and the price, while `msg.value` pays the
        ///      delivery fee, exactly (gas is paid in the native currency).
        address token;
        /// @dev ERC-20 only (0 for the native currency): how much to pull from the caller. What
        ///      arrives (fee-on-transfer tokens deliver less) is the solver fee plus the price.
        uint256 amount;
        /// @dev Paid to the solver that matches the job (`quote` gives the module's default).
        uint96 solverFee;
        /// @dev Gas for `receiveJobResults` (and `receiveJobFailure`); 0: the market's default;
        ///      at most `Params.maxCallbackGasLimit`.
        uint32 callbackGasLimit;
        /// @dev The gas price the delivery is paid at; 0: twice the block's base fee when posted.
        ///      A delivery waits (`CallbackDeferred`) while the base fee is above it.
        uint64 deliveryGasPrice;
        /// @dev Where refunds are sent; 0: the caller.
        address refundTo;
        /// @dev Call `IPondJobFailureClient.receiveJobFailure` on the caller when the job ends
        ///      without a result (paid from the delivery fee, like a result's delivery).
        bool notifyFailure;
    }

    /// @notice What a contract client must send for a module (`quote`).
    struct Quote {
        /// @dev The least `msg.value` `runModuleWithDefaultMediators` accepts: `minPrice +
        ///      solverFee + deliveryFee`. Anything more raises the price (the bid).
        uint256 value;
        /// @dev The least price the market accepts (1: pay-as-bid, providers' asks decide whether
        ///      a job is taken; `pond job why` shows them).
        uint256 minPrice;
        /// @dev The module's registered solver fee.
        uint256 solverFee;
        /// @dev `(callbackGasLimit + DELIVERY_OVERHEAD_GAS) × deliveryGasPrice`.
        uint256 deliveryFee;
        /// @dev Twice the current block's base fee.
        uint256 deliveryGasPrice;
        /// @dev The callback gas limit the quote is for (the default when 0 was asked).
        uint32 callbackGasLimit;
    }

    /// @notice A provider's resource offer.
    struct OfferRequest {
        address token;
        /// @dev Jobs whose price is at least this are acceptable.
        uint96 askPrice;
        Resources capacity;
        uint40 expiry;
        /// @dev Runs any module; otherwise only those in `modules`.
        bool anyModule;
        uint32[] modules;
        /// @dev Accepts jobs whose committee is the default committee at the time of the match.
        bool acceptsDefaultCommittee;
        /// @dev 0, or the one committee besides the default that the provider trusts.
        uint32 trustedCommitteeId;
        /// @dev The shortest run time the provider accepts (at most `maxRunTime`).
        uint32 minRunTime;
    }

    /// @notice A job's terms: what it was posted with and never changes. The market keeps only
    ///         their hash; every call on a posted job (other than `submitResult`) passes them and
    ///         the market checks them against the hash (`TermsMismatch`). Rebuild them from the
    ///         job's `JobPosted`: `creator`, and from `request` its `token`, `price`, `solverFee`,
    ///         `moduleId`, `runTime` and `resources`, with the event's `committeeId` and
    ///         `mediatorFee` (`hashTerms` checks the result).
    struct JobTerms {
        address creator;
        address token;
        /// @dev Paid to the provider when the result stands.
        uint96 price;
        /// @dev Paid to the deal's solver once the deal holds.
        uint96 solverFee;
        uint32 moduleId;
        /// @dev Seconds from the match to the run deadline.
        uint32 runTime;
        /// @dev The committee that judges the job (the default resolved at post).
        uint32 committeeId;
        /// @dev The per-mediator fee, fixed at post.
        uint96 mediatorFee;
        Resources resources;
    }

    /// @notice What the market stores of a job: its state. Fields whose meaning depends on the
    ///         status say so; the terms are `JobTerms`, kept as their hash.
    struct Job {
        JobStatus status;
        /// @dev Open: match expiry (after a deal was given back: that deal's run deadline).
        ///      Matched: run deadline. Submitted: end of the challenge window. Challenged: the
        ///      mediation's reveal deadline, or 0 for a challenge that waited in its committee's
        ///      queue, even once its mediation opened (the registry's `getMediation` has it).
        uint40 deadline;
        /// @dev The deal's offer and its provider (0 while open).
        uint32 offerId;
        address provider;
        /// @dev The deal's solver (0 while open), paid the solver fee when the deal ends after a
        ///      result or a timeout, or when its result is challenged (0 from then on).
        address solver;
        /// @dev Who challenged the result, while the mediation runs (0 otherwise: the events
        ///      keep it).
        address challenger;
        /// @dev The committee's size, fixed when the job is posted.
        uint8 committeeSize;
        bool callback;
        bool callbackPending;
        /// @dev `hashTerms` of the job's terms (for a contract client's job from its result on
        ///      to its settlement, that hash with the result's: see `submitResult`); 0 once the
        ///      job is settled and no delivery to a client is pending (their slot is freed: no
        ///      call needs them any more).
        bytes32 termsHash;
    }

    /// @notice An offer as stored; `available` is what is left after its active deals.
    struct Offer {
        address provider;
        uint40 expiry;
        address token;
        bool anyModule;
        bool acceptsDefaultCommittee;
        uint32 trustedCommitteeId;
        uint32 minRunTime;
        uint96 askPrice;
        Resources available;
    }

    /// @notice Protocol parameters, fixed at deployment and bounded on-chain.
    struct Params {
        /// @dev The price-proportional part of a provider's collateral, in basis points of the
        ///      price (20000 = 2x; 10000 to 100000). The collateral adds committee size x fee.
        uint32 collateralBps;
        /// @dev The share of the price-proportional collateral paid to a challenger who proves a
        ///      result wrong, in basis points (at most 10000).
        uint32 bountyBps;
        /// @dev Seconds after a result during which it may be challenged (1 s to 30 days).
        uint32 challengeWindow;
        /// @dev How long a job posted through `runModuleWithDefaultMediators` stays open (1 s to 30 days).
        uint32 clientJobLifetime;
        /// @dev The default gas given to a client's callback (500,000 to `maxCallbackGasLimit`).
        uint32 callbackGasLimit;
        /// @dev The most gas a client may ask for its callback (up to 10,000,000).
        uint32 maxCallbackGasLimit;
        /// @dev Longest run time a job may ask for (1 s to 30 days).
        uint32 maxRunTime;
        /// @dev Seconds after a match during which its provider may give the deal back
        ///      (`abandonJob`) when it cannot fetch the module or the inputs (1 s to 30 days).
        uint32 fetchWindow;
        /// @dev Per-mediator fee of the native currency (> 0); it may later move within a factor
        ///      of `MEDIATOR_FEE_RANGE` of this value.
        uint96 nativeMediatorFee;
    }

    // ------------------------------------------------------------------ events

    /// @notice `amount` was credited to `account`: by `deposit`, or by `msg.value` paying a job or
    ///         a challenge (then immediately debited by the `JobPosted`/`JobChallenged` that follows).
    event Deposited(address indexed account, address indexed token, uint256 amount);
    event Withdrawn(address indexed account, address indexed token, uint256 amount, address to);
    /// @notice Item `index` of a batch (`postJobs`, `matchJobs`, `submitResults`, `finalizeJobs`)
    ///         failed and changed nothing; the batch's other items stand. `selector` is the single
    ///         function the item ran as, `reason` what it reverted with (a custom error of this
    ///         interface, decodable like a direct call's).
    event BatchItemFailed(bytes4 indexed selector, uint256 index, bytes reason);
    /// @notice Governance allowed (or disallowed) a token for new deposits, offers and jobs and
    ///         set its per-mediator fee for jobs posted from now on.
    event TokenConfigured(address indexed token, uint8 indexed tokenIndex, bool allowed, uint96 mediatorFee);
    /// @notice Governance named the default committee for jobs posted from now on.
    event DefaultCommitteeSet(uint32 indexed committeeId, uint8 size);

    event OfferPosted(
        uint256 indexed offerId,
        address indexed provider,
        address indexed token,
        uint96 askPrice,
        Resources capacity,
        uint40 expiry,
        bool anyModule,
        uint32[] modules,
        bool acceptsDefaultCommittee,
        uint32 trustedCommitteeId,
        uint32 minRunTime
    );
    event OfferUpdated(uint256 indexed offerId, uint96 askPrice, uint40 expiry);
    event OfferWithdrawn(uint256 indexed offerId);

    /// @notice A job was posted; `price + solverFee` moved from the creator's balance (or
    ///         `msg.value`) into escrow. `request` is the job as posted (for a contract client's
    ///         job: the module's defaults, native currency, committee 0, `callback` set);
    ///         `committeeId` is the committee that judges it (0 resolved to the default),
    ///         `committeeSize` its size and `mediatorFee` the per-mediator fee, both fixed now.
    event JobPosted(
        uint256 indexed jobId,
        address indexed creator,
        uint32 indexed moduleId,
        JobRequest request,
        uint32 committeeId,
        uint8 committeeSize,
        uint96 mediatorFee
    );
    /// @notice The job's deal: `collateral` moved from the provider's balance into escrow and the
    ///         offer's available capacity was debited. The solver fee stays in escrow until the
    ///         deal holds (`SolverPaid`).
    event JobMatched(
        uint256 indexed jobId,
        uint256 indexed offerId,
        address indexed provider,
        address solver,
        uint256 collateral,
        uint40 runDeadline
    );
    /// @notice The solver of a deal that held (a result was submitted, or the deal timed out)
    ///         was credited the job's solver fee: when the deal ended, or when its result was
    ///         challenged.
    event SolverPaid(uint256 indexed jobId, address indexed solver, uint256 amount);
    /// @notice The provider gave the deal back within the fetch window: its collateral returned
    ///         to its balance, the capacity to its offer, and the job is open again, matchable
    ///         until `deadline` (the abandoned deal's run deadline), its solver fee still escrowed.
    event JobAbandoned(uint256 indexed jobId, address indexed provider, uint256 collateral, uint40 deadline);
    event ResultSubmitted(uint256 indexed jobId, address indexed provider, string cid, uint40 challengeDeadline);
    /// @notice `fee` (eligible members x the job's mediator fee) moved from the challenger's
    ///         balance into escrow.
    event JobChallenged(
        uint256 indexed jobId, address indexed challenger, uint32 committeeId, uint256 fee, uint40 revealDeadline
    );
    /// @notice The job reached a terminal state. Credits to balances: the provider gets
    ///         `toProvider`, the creator `toCreator`, the challenger `toChallenger`; mediators'
    ///         fees are in `MediatorPaid`. Capacity went back to the offer for a deal.
    event JobSettled(
        uint256 indexed jobId, JobStatus indexed status, uint256 toProvider, uint256 toCreator, uint256 toChallenger
    );
    event JobRefunded(uint256 indexed jobId, address indexed creator, uint256 amount, RefundReason reason);
    /// @notice `mediator` earned `amount` for judging the job: credited to its earnings in the
    ///         MediatorRegistry, the money to the registry's balance here (`withdrawEarnings`).
    event MediatorPaid(uint256 indexed jobId, address indexed mediator, uint256 amount);
    /// @notice A contract client's job (logged right after its `JobPosted`): `deliveryFee` of the
    ///         native currency moved from the client's balance (or `msg.value`) into escrow, to
    ///         pay whoever delivers its result or its failure notice. Refunds go to `refundTo`.
    event ClientJobPosted(
        uint256 indexed jobId, address indexed refundTo, uint32 callbackGasLimit, uint256 deliveryFee, bool notifyFailure
    );
    /// @notice `amount` of the native currency, a job's delivery fee, was credited to `to`: the
    ///         caller that made the delivery, or the client itself with its refund when it asked
    ///         for no failure notice.
    event DeliveryFeePaid(uint256 indexed jobId, address indexed to, uint256 amount);
    /// @notice The client was called back (`receiveJobResults`, or `receiveJobFailure` for a
    ///         refunded job) and returned.
    event CallbackDelivered(uint256 indexed jobId, address indexed client);
    /// @notice The client's callback reverted or ran out of its gas (or the client has no code):
    ///         the delivery stays pending and anyone may retry it.
    event CallbackFailed(uint256 indexed jobId, address indexed client);
    /// @notice The delivery was not attempted because the base fee is above the gas price the
    ///         job pays its delivery at: it stays pending, its fee kept for whoever delivers it
    ///         (`retryCallback`), so that nobody pays for someone else's callback.
    event CallbackDeferred(uint256 indexed jobId, uint256 deliveryGasPrice, uint256 baseFee);
    /// @notice A contract client's refund could not be sent to `refundTo` (the call reverted or
    ///         ran out of its gas): it stays in the client's market balance.
    event RefundHeld(uint256 indexed jobId, address indexed refundTo, address indexed token, uint256 amount);

    // ------------------------------------------------------------------ errors

    error TokenNotAllowed(address token);
    error TokenLimitReached();
    error AmountZero();
    error RecipientZero();
    error ParamInvalid(string parameter, uint256 value);
    error MediatorFeeOutOfRange(address token, uint256 fee, uint256 min, uint256 max);
    error ValueMismatch(uint256 sent, uint256 expected);
    error InsufficientBalance(address account, address token, uint256 balance, uint256 needed);
    error TransferFailed(address to, uint256 amount);

    error OfferNotFound(uint256 offerId);
    error OfferLimitReached();
    error OfferNotOpen(uint256 offerId);
    error NotOfferProvider(uint256 offerId, address caller);
    error CapacityZero();
    error ExpiryInPast(uint256 expiry);
    error PriceZero();
    error RunTimeInvalid(uint32 runTime, uint32 maxRunTime);
    error ModuleNotFound(uint32 moduleId);
    error RunTimeBelowModule(uint32 runTime, uint32 moduleRunTime);
    error ResourcesBelowModule(uint32 moduleId);
    error CommitteeNotFound(uint32 committeeId);
    error NoDefaultCommittee();
    error NotMediatorRegistry(address caller);
    error CommitteeNotUsable(uint32 committeeId);
    error PriceTooLarge(uint256 amount);
    /// @notice A client paid less than the solver fee, the delivery fee and a price of 1.
    error ValueTooSmall(uint256 value, uint256 least);
    error CallbackGasLimitTooHigh(uint256 callbackGasLimit, uint256 maxCallbackGasLimit);
    /// @notice The extension given to the constructor was built for other parameters.
    error ExtensionMismatch(address extension);
    error BatchLengthMismatch(uint256 ids, uint256 others);
    /// @notice Item `index` of a batch ran out of gas: the batch was sent with too little gas for
    ///         its items, and reverts as a whole (as the item's single twin would) rather than
    ///         report the item failed.
    error BatchOutOfGas(uint256 index);

    error JobNotFound(uint256 jobId);
    error JobNotOpen(uint256 jobId, JobStatus status);
    error JobNotMatched(uint256 jobId, JobStatus status);
    error JobNotSubmitted(uint256 jobId, JobStatus status);
    error JobNotChallenged(uint256 jobId, JobStatus status);
    error JobExpired(uint256 jobId, uint256 expiry);
    error JobNotExpired(uint256 jobId, uint256 expiry);
    error NotJobCreator(uint256 jobId, address caller);

    error TokenMismatch(uint256 jobId, uint256 offerId);
    error PriceBelowAsk(uint256 jobId, uint256 offerId, uint256 price, uint256 askPrice);
    error ModuleNotAllowed(uint256 offerId, uint32 moduleId);
    error RunTimeBelowOffer(uint256 jobId, uint256 offerId, uint32 runTime, uint32 minRunTime);
    error CommitteeNotAccepted(uint256 offerId, uint32 committeeId);
    error CapacityExceeded(uint256 jobId, uint256 offerId);
    error CollateralInsufficient(address provider, uint256 balance, uint256 collateral);

    error NotProvider(uint256 jobId, address caller);
    error RunDeadlinePassed(uint256 jobId, uint256 deadline);
    error RunDeadlineNotPassed(uint256 jobId, uint256 deadline);
    error FetchWindowClosed(uint256 jobId, uint256 closedAt);
    error ResultCidInvalid(uint256 length);
    error ChallengeWindowClosed(uint256 jobId, uint256 deadline);
    error ChallengeWindowOpen(uint256 jobId, uint256 deadline);
    error NoCallbackPending(uint256 jobId);
    /// @notice The terms passed are not the job's (or there is no such job).
    error TermsMismatch(uint256 jobId);
    error CallbackGasTooLow(uint256 available, uint256 needed);
    /// @notice Too little gas left to send a refund with its whole gas (`REFUND_GAS`): the
    ///         caller must bring more, so that no refund fails for the caller's gas.
    error RefundGasTooLow(uint256 available, uint256 needed);

    // ------------------------------------------------------------------ escrow

    /// @notice Credits `amount` of `token` to the caller. Native: send it as `msg.value`. ERC-20:
    ///         approve first; the credit is what the market actually received (fee-on-transfer safe).
    ///         A token governance disallowed after configuring it still takes deposits (its live
    ///         deals' challenges are paid from the balance), not new jobs or offers.
    function deposit(address token, uint256 amount) external payable;

    /// @notice Sends `amount` of the caller's free balance of `token` to `to` (not the zero address).
    function withdraw(address token, uint256 amount, address to) external;

    /// @notice The free (unlocked) balance of `account` in `token`.
    function balanceOf(address account, address token) external view returns (uint256);

    // ------------------------------------------------------------------ offers

    /// @notice Opens a resource offer. No funds move: collateral is taken per deal at match.
    function postOffer(OfferRequest calldata request) external returns (uint256 offerId);

    /// @notice Changes the ask and the expiry of the caller's offer; a future expiry reopens a
    ///         withdrawn or expired offer (its capacity is what its deals left).
    function updateOffer(uint256 offerId, uint96 askPrice, uint40 expiry) external;

    /// @notice Closes the caller's offer to new deals; its active deals go on.
    function withdrawOffer(uint256 offerId) external;

    // ------------------------------------------------------------------ jobs

    /// @notice Posts a job, escrowing `price + solverFee` from `msg.value` (native, exact amount)
    ///         or from the caller's balance. Its run time and resources are at least the module's;
    ///         its committee (0: the current default) and the token's mediator fee are fixed now.
    function postJob(JobRequest calldata request) external payable returns (uint256 jobId);

    /// @notice Cancels an open job: its creator at any time, anyone after its expiry. The creator
    ///         gets back everything it escrowed.
    function cancelJob(uint256 jobId, JobTerms calldata terms) external;

    /// @notice Matches an open job to an open offer; callable by anyone, every check on-chain:
    ///         besides token, price, module, capacity and collateral, the job's run time is at
    ///         least the offer's `minRunTime`, the offer accepts the job's committee (its trusted
    ///         committee, or the current default when it accepts the default) and the committee
    ///         can judge (`MediatorRegistry.committeeUsable`). Locks the provider's collateral,
    ///         debits the offer's capacity and records the caller as the solver, to be paid the
    ///         solver fee once the deal holds. The deal's id is `jobId`.
    function matchJob(uint256 jobId, uint256 offerId, JobTerms calldata terms) external;

    /// @notice The provider gives a matched deal back, within `fetchWindow` of the match and
    ///         before its run deadline: when it cannot fetch the module or the inputs. Anyone may
    ///         match any offer, so a creator could otherwise name inputs it never serves, match
    ///         them to an offer and take the provider's collateral at the timeout. The collateral
    ///         and capacity return, the solver is not paid, and the job is open again until the
    ///         deal's run deadline, never past that of the job's first deal given back (so that
    ///         giving deals back and matching the job again cannot keep it alive for ever), its
    ///         price and solver fee still escrowed. Nobody gains from it: the creator's escrow is
    ///         whole, the provider's collateral is whole.
    function abandonJob(uint256 jobId, JobTerms calldata terms) external;

    /// @notice The provider posts the result's CID before the run deadline; the challenge window
    ///         opens. A contract client's job keeps it by hash: from now on the job's stored hash
    ///         covers its terms and its result (`keccak256(abi.encode(hashTerms(terms),
    ///         keccak256(bytes(resultCid))))`), and the calls that follow pass both.
    function submitResult(uint256 jobId, string calldata resultCid) external;

    /// @notice Challenges a submitted result during its window, escrowing the mediation fee
    ///         (eligible committee members × the job's mediator fee) from `msg.value` or the balance.
    /// @param resultCid For a contract client's job, the result as submitted (`ResultSubmitted`),
    ///        checked against the job's hash; the market keeps no other job's result and ignores
    ///        it there (pass an empty string). The same holds for `finalize` and `resolveChallenge`.
    function challenge(uint256 jobId, JobTerms calldata terms, string calldata resultCid) external payable;

    /// @notice After an unchallenged window: pays the provider, releases collateral and capacity,
    ///         pays the solver, calls the client back with `resultCid`.
    function finalize(uint256 jobId, JobTerms calldata terms, string calldata resultCid) external;

    // ------------------------------------------------------------------ batches
    // Each item runs as its single twin, called by the batch's caller (same checks, same events);
    // an item that fails changes nothing, is reported by `BatchItemFailed` and in the returned
    // array, and does not undo the others. An item short of gas (`BatchOutOfGas`,
    // `CallbackGasTooLow` before a client's callback, `RefundGasTooLow` before a refund) reverts
    // the whole batch instead: a batch never succeeds with items that only lacked the gas it was
    // sent with. Batches take no value: jobs are paid from the balance.

    /// @notice `postJob` for each request, paid from the caller's balances.
    /// @return jobIds Each request's job id, 0 where it failed.
    function postJobs(JobRequest[] calldata requests) external returns (uint256[] memory jobIds);

    /// @notice `matchJob(jobIds[i], offerIds[i], terms[i])` for each i; the caller is each deal's
    ///         solver.
    /// @return done Whether each item matched.
    function matchJobs(uint256[] calldata jobIds, uint256[] calldata offerIds, JobTerms[] calldata terms)
        external
        returns (bool[] memory done);

    /// @notice `submitResult(jobIds[i], resultCids[i])` for each i.
    /// @return done Whether each item was submitted.
    function submitResults(uint256[] calldata jobIds, string[] calldata resultCids)
        external
        returns (bool[] memory done);

    /// @notice `finalize(jobIds[i], terms[i], resultCids[i])` for each i.
    /// @return done Whether each item was finalized.
    function finalizeJobs(uint256[] calldata jobIds, JobTerms[] calldata terms, string[] calldata resultCids)
        external
        returns (bool[] memory done);

    /// @notice After the run deadline of a deal with no result: refunds the creator, gives it the
    ///         provider's collateral, releases capacity, pays the solver (the deal held: the
    ///         provider could have given it back).
    function timeoutJob(uint256 jobId, JobTerms calldata terms) external;

    /// @notice Closes a mediation (after its reveal deadline or once all voted) and settles:
    ///         ProviderRight pays the provider price + collateral + the fee left after paying
    ///         the majority; ProviderWrong pays the challenger its fee back plus the bounty and
    ///         the creator the price plus the collateral left; no majority pays the provider
    ///         price + collateral and the challenger what is left of its fee. Each mediator paid
    ///         gets the job's mediator fee (see `MediatorRegistry.closeMediation`). The solver is
    ///         paid whatever the verdict. A contract client's result that stands is delivered.
    function resolveChallenge(uint256 jobId, JobTerms calldata terms, string calldata resultCid) external;

    /// @notice Delivers a client's pending result (or failure notice) again: after a failed
    ///         callback, or one deferred while gas was dear. Anyone may call it, with `gasLimit`
    ///         for the callback, or the job's callback gas limit when that is more; the caller
    ///         must bring that much gas (`CallbackGasTooLow`). The first delivery attempt of a job
    ///         is paid its delivery fee; a retry after a failed attempt is not.
    function retryCallback(uint256 jobId, uint256 gasLimit, JobTerms calldata terms) external;

    // ------------------------------------------------------------------ contract clients

    /// @notice The full entry point for contract clients: like `runModuleWithDefaultMediators`
    ///         (the module's resources and run time, the default committee) with the client's
    ///         own payment token, solver fee, callback gas limit, delivery gas price, refund
    ///         address and failure notice. Native: `msg.value` pays the solver fee and the
    ///         delivery fee, the rest is the price. ERC-20: `options.amount` is pulled from the
    ///         caller, what arrives pays the solver fee and the rest is the price, and `msg.value`
    ///         must be the delivery fee.
    function runModule(string calldata name, string calldata params, ClientOptions calldata options)
        external
        payable
        returns (uint256 jobId);

    // ------------------------------------------------------------------ governance

    /// @notice Governance allows a token (or stops allowing it) for new deposits, offers and jobs
    ///         and sets its per-mediator fee for jobs posted from now on. The fee is never 0 and
    ///         stays within a factor of `MEDIATOR_FEE_RANGE` of the fee the token was first
    ///         configured with (the native currency's: at deployment). Withdrawals are always possible.
    function configureToken(address token, bool allowed, uint96 mediatorFee) external;

    /// @notice Governance names the default committee for jobs posted from now on; it must be
    ///         usable. Deals already matched keep their committee.
    function setDefaultCommittee(uint32 committeeId) external;

    // ------------------------------------------------------------------ registry hook

    /// @notice The MediatorRegistry (only) reports a committee when it is created and whenever it
    ///         becomes able, or unable, to judge new deals; the market keeps its size and
    ///         usability next to the default flag, so that posts and matches read one slot.
    function updateCommittee(uint32 committeeId, uint8 size, bool usable) external;

    // ------------------------------------------------------------------ views

    function modules() external view returns (IModuleRegistry);
    /// @notice The PondMarketExtension whose code the market runs by delegatecall for its less
    ///         frequent functions (compare its code with the build, like the market's).
    function extension() external view returns (address);
    function mediators() external view returns (IMediatorRegistry);
    function params() external view returns (Params memory);
    function getJob(uint256 jobId) external view returns (Job memory);
    /// @notice The hash the market keeps of a job's terms.
    function hashTerms(JobTerms calldata terms) external view returns (bytes32);
    function getOffer(uint256 offerId) external view returns (Offer memory);
    function offerAllowsModule(uint256 offerId, uint32 moduleId) external view returns (bool);
    function jobCount() external view returns (uint256);
    function offerCount() external view returns (uint256);
    /// @notice The default committee for new jobs (0: none) and its size.
    function defaultCommittee() external view returns (uint32 committeeId, uint8 size);
    /// @notice Whether the committee can judge a new deal, as the MediatorRegistry last reported.
    function committeeUsable(uint32 committeeId) external view returns (bool);
    /// @notice The result CID of a client's job whose delivery failed or waits (kept from the
    ///         settlement until it is delivered): a client may read its result here meanwhile.
    function pendingResult(uint256 jobId) external view returns (string memory);
    /// @notice What a contract client must send for `name` with `callbackGasLimit` (0: the
    ///         default) posted in this block: the least value, the module's solver fee and the
    ///         delivery fee (`(callbackGasLimit + 150,000) × 2 × block.basefee`).
    function quote(string calldata name, uint32 callbackGasLimit) external view returns (Quote memory);
    /// @notice A contract client's job terms: where refunds go, its callback gas limit, the
    ///         delivery fee still held for its first delivery (0 once paid) and whether it asked
    ///         for a failure notice.
    function clientTerms(uint256 jobId)
        external
        view
        returns (address refundTo, uint32 callbackGasLimit, uint256 deliveryFee, bool notifyFailure);
    function tokenIndex(address token) external view returns (uint8 index, bool allowed, uint96 mediatorFee);
    /// @notice The fee `token` was first configured with; its fee stays within a factor of
    ///         `MEDIATOR_FEE_RANGE` of it.
    function baseMediatorFee(address token) external view returns (uint96);
}
