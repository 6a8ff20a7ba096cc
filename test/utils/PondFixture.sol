// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {JobTermsBook} from "./JobTermsBook.sol";
import {PondMarket} from "../../src/PondMarket.sol";
import {PondMarketExtension} from "../../src/PondMarketExtension.sol";
import {ModuleRegistry} from "../../src/ModuleRegistry.sol";
import {MediatorRegistry} from "../../src/MediatorRegistry.sol";
import {PondTestToken} from "../../src/tokens/PondTestToken.sol";
import {IPondMarket} from "../../src/interfaces/IPondMarket.sol";
import {IModuleRegistry} from "../../src/interfaces/IModuleRegistry.sol";
import {IMediatorRegistry} from "../../src/interfaces/IMediatorRegistry.sol";
import {Resources} from "../../src/types/Resources.sol";
import {JobStatus, Vote} from "../../src/types/Status.sol";

/// @notice A deployed market with named actors, one published module, the default committee of
///         three registered mediators (each accepted it), and helpers for each step of a job's
///         life. Tests inherit it and stay about what they prove.
abstract contract PondFixture is JobTermsBook {
    uint32 internal constant COLLATERAL_BPS = 20_000;
    uint32 internal constant BOUNTY_BPS = 5_000;
    uint32 internal constant CHALLENGE_WINDOW = 1 hours;
    uint32 internal constant CLIENT_JOB_LIFETIME = 1 hours;
    uint32 internal constant CALLBACK_GAS = 500_000;
    uint32 internal constant MAX_CALLBACK_GAS = 5_000_000;
    /// @dev The market's gas around a client's callback, priced into its delivery fee.
    uint256 internal constant DELIVERY_OVERHEAD_GAS = 150_000;
    uint256 internal constant CALLBACK_RESERVE = 130_000;
    uint32 internal constant MAX_RUN_TIME = 1 days;
    uint32 internal constant FETCH_WINDOW = 5 minutes;
    uint96 internal constant MEDIATOR_FEE = 0.01 ether;
    uint256 internal constant MIN_BOND = 1 ether;
    uint256 internal constant EXIT_DELAY = 7 days;
    uint256 internal constant SLASH = 0.1 ether;
    uint256 internal constant COMMIT_WINDOW = 1 hours;
    uint256 internal constant REVEAL_WINDOW = 1 hours;

    uint96 internal constant PRICE = 1 ether;
    uint96 internal constant SOLVER_FEE = 0.01 ether;
    uint32 internal constant RUN_TIME = 10 minutes;
    string internal constant CID = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

    PondMarket internal market;
    ModuleRegistry internal registry;
    MediatorRegistry internal mediation;
    PondTestToken internal token;

    address internal governance = makeAddr("governance");
    address internal creator = makeAddr("creator");
    address internal provider = makeAddr("provider");
    address internal solver = makeAddr("solver");
    address internal stranger = makeAddr("stranger");
    address[3] internal mediatorSet;

    uint32 internal moduleId;

    function setUp() public virtual {
        _recordTerms();
        registry = new ModuleRegistry();
        market = _newMarket(registry, governance, _params(), _mediationConfig());
        mediation = MediatorRegistry(address(market.mediators()));
        token = new PondTestToken();
        vm.prank(governance);
        market.configureToken(address(token), true, uint96(MEDIATOR_FEE));

        moduleId = _publish("cowsay", "v0.0.1");
        mediatorSet = _sortedMediators();
        vm.deal(creator, 1_000 ether);
        vm.deal(provider, 1_000 ether);
        vm.deal(solver, 1 ether);
        vm.deal(stranger, 1_000 ether);
        if (_setsUpDefaultCommittee()) _defaultCommittee();
    }

    /// @dev Suites that bring their own mediators (the invariant handlers) turn this off.
    /// @dev A mediator's earned native fees (credited in the registry, held on its market balance).
    function _earned(address who) internal view returns (uint256) {
        return mediation.earnings(who, address(0));
    }

    function _setsUpDefaultCommittee() internal virtual returns (bool) {
        return true;
    }

    /// @dev A market with its extension (deployed first, with the same parameters), as
    ///      script/Deploy.s.sol and the devnet deploy it.
    function _newMarket(
        ModuleRegistry modules,
        address gov,
        IPondMarket.Params memory p,
        IMediatorRegistry.Config memory config
    ) internal returns (PondMarket) {
        return new PondMarket(modules, gov, p, config, _newExtension(modules, p));
    }

    function _newExtension(ModuleRegistry modules, IPondMarket.Params memory p) internal returns (PondMarketExtension) {
        return
            new PondMarketExtension(
                modules, p.clientJobLifetime, p.callbackGasLimit, p.maxCallbackGasLimit, p.maxRunTime
            );
    }

    function _params() internal pure returns (IPondMarket.Params memory) {
        return IPondMarket.Params({
            collateralBps: COLLATERAL_BPS,
            bountyBps: BOUNTY_BPS,
            challengeWindow: CHALLENGE_WINDOW,
            clientJobLifetime: CLIENT_JOB_LIFETIME,
            callbackGasLimit: CALLBACK_GAS,
            maxCallbackGasLimit: MAX_CALLBACK_GAS,
            maxRunTime: MAX_RUN_TIME,
            fetchWindow: FETCH_WINDOW,
            nativeMediatorFee: MEDIATOR_FEE
        });
    }

    /// @dev The invariant suites bond their mediators closer to a slash (see InvariantBase).
    function _mediationConfig() internal pure virtual returns (IMediatorRegistry.Config memory) {
        return IMediatorRegistry.Config({
            minBond: MIN_BOND,
            exitDelay: EXIT_DELAY,
            slashAmount: SLASH,
            commitWindow: COMMIT_WINDOW,
            revealWindow: REVEAL_WINDOW
        });
    }

    /// @dev What a provider locks for a job of `price` judged by the three-member default
    ///      committee: the rule, written here independently of the contract.
    function _collateralOf(uint256 price) internal pure returns (uint256) {
        return price * COLLATERAL_BPS / 10_000 + 3 * uint256(MEDIATOR_FEE);
    }

    /// @dev A contract client's delivery fee for `gasLimit` posted at base fee `baseFee`: the
    ///      rule, written here independently of the contract.
    function _deliveryFeeOf(uint256 gasLimit, uint256 baseFee) internal pure returns (uint256) {
        return (gasLimit + DELIVERY_OVERHEAD_GAS) * 2 * baseFee;
    }

    /// @dev What a challenger earns for proving a job of `price` wrong.
    function _bountyOf(uint256 price) internal pure returns (uint256) {
        return price * COLLATERAL_BPS / 10_000 * BOUNTY_BPS / 10_000;
    }

    // ------------------------------------------------------------------ modules

    function _resources() internal pure returns (Resources memory) {
        return Resources({gpus: 0, vramMiB: 0, cpuMillis: 1000, ramMiB: 512, diskMiB: 1024});
    }

    function _capacity() internal pure returns (Resources memory) {
        return Resources({gpus: 2, vramMiB: 24_576, cpuMillis: 8000, ramMiB: 32_768, diskMiB: 100_000});
    }

    function _moduleRequest(string memory name, string memory version)
        internal
        pure
        returns (IModuleRegistry.ModuleRequest memory)
    {
        return IModuleRegistry.ModuleRequest({
            name: name,
            version: version,
            specHash: keccak256(abi.encode(name, version)),
            specUri: string.concat("ipfs://spec/", name, "/", version),
            resources: _resources(),
            defaultRunTime: RUN_TIME,
            primaryInput: "Message",
            defaultSolverFee: SOLVER_FEE
        });
    }

    function _publish(string memory name, string memory version) internal returns (uint32) {
        return registry.publish(_moduleRequest(name, version));
    }

    // ------------------------------------------------------------------ offers

    function _offerRequest() internal view returns (IPondMarket.OfferRequest memory) {
        return IPondMarket.OfferRequest({
            token: address(0),
            askPrice: PRICE / 2,
            capacity: _capacity(),
            expiry: uint40(block.timestamp + 30 days),
            anyModule: true,
            modules: new uint32[](0),
            acceptsDefaultCommittee: true,
            trustedCommitteeId: 0,
            minRunTime: 0
        });
    }

    function _postOffer(address who, IPondMarket.OfferRequest memory r) internal returns (uint256 offerId) {
        vm.prank(who);
        offerId = market.postOffer(r);
    }

    /// @dev The provider deposits `collateral` native currency and posts the default offer.
    function _providerReady(uint256 collateral) internal returns (uint256 offerId) {
        vm.prank(provider);
        market.deposit{value: collateral}(address(0), collateral);
        offerId = _postOffer(provider, _offerRequest());
    }

    // ------------------------------------------------------------------ jobs

    function _jobRequest() internal view returns (IPondMarket.JobRequest memory) {
        return IPondMarket.JobRequest({
            moduleId: moduleId,
            token: address(0),
            price: PRICE,
            solverFee: SOLVER_FEE,
            resources: _resources(),
            runTime: RUN_TIME,
            expiry: uint40(block.timestamp + 1 hours),
            committeeId: 0,
            callback: false,
            inputs: '{"Message":"moo"}'
        });
    }

    function _postJob(address who, IPondMarket.JobRequest memory r) internal returns (uint256 jobId) {
        uint256 value = r.token == address(0) ? uint256(r.price) + r.solverFee : 0;
        vm.prank(who);
        jobId = market.postJob{value: value}(r);
    }

    function _postDefaultJob() internal returns (uint256) {
        return _postJob(creator, _jobRequest());
    }

    function _match(uint256 jobId, uint256 offerId) internal {
        vm.prank(solver);
        market.matchJob(jobId, offerId, _terms(jobId));
    }

    function _submit(uint256 jobId) internal {
        vm.prank(provider);
        market.submitResult(jobId, CID);
    }

    /// @dev A job posted, matched and submitted, with its challenge window open.
    function _submittedJob() internal returns (uint256 jobId, uint256 offerId) {
        offerId = _providerReady(10 ether);
        jobId = _postDefaultJob();
        _match(jobId, offerId);
        _submit(jobId);
    }

    /// @dev Like `_submittedJob`, but the default job asks for its result by callback: posted by
    ///      `creator` (an EOA, so a delivery to it fails), matched and submitted.
    function _submittedCallbackJob() internal returns (uint256 jobId, uint256 offerId) {
        offerId = _providerReady(10 ether);
        IPondMarket.JobRequest memory r = _jobRequest();
        r.callback = true;
        jobId = _postJob(creator, r);
        _match(jobId, offerId);
        _submit(jobId);
    }

    function _bookMarket() internal view override returns (address) {
        return address(market);
    }

    function _status(uint256 jobId) internal view returns (JobStatus) {
        return market.getJob(jobId).status;
    }

    // ------------------------------------------------------------------ mediators

    function _sortedMediators() internal returns (address[3] memory m) {
        m[0] = makeAddr("mediator-a");
        m[1] = makeAddr("mediator-b");
        m[2] = makeAddr("mediator-c");
        // Insertion sort: committees list members in ascending order.
        for (uint256 i = 1; i < 3; ++i) {
            for (uint256 j = i; j > 0 && m[j] < m[j - 1]; --j) {
                (m[j], m[j - 1]) = (m[j - 1], m[j]);
            }
        }
    }

    function _members() internal view returns (address[] memory members) {
        members = new address[](3);
        for (uint256 i; i < 3; ++i) {
            members[i] = mediatorSet[i];
        }
    }

    /// @dev The three mediators registered, their committee created and accepted by each, and
    ///      made the default (setUp does it; later calls return the same id).
    function _defaultCommittee() internal returns (uint32 committeeId) {
        (committeeId,) = market.defaultCommittee();
        if (committeeId != 0) return committeeId;
        for (uint256 i; i < 3; ++i) {
            vm.deal(mediatorSet[i], 10 ether);
            vm.prank(mediatorSet[i]);
            mediation.register{value: MIN_BOND}();
        }
        committeeId = _consentedCommittee(_members());
        vm.prank(governance);
        market.setDefaultCommittee(committeeId);
    }

    /// @dev Creates the committee of `members` (registered, sorted) and has each accept it.
    function _consentedCommittee(address[] memory members) internal returns (uint32 committeeId) {
        committeeId = mediation.createCommittee(members);
        for (uint256 i; i < members.length; ++i) {
            vm.prank(members[i]);
            mediation.acceptCommittee(committeeId);
        }
    }

    function _salt(address mediator) internal pure returns (bytes32) {
        return keccak256(abi.encode("salt", mediator));
    }

    function _commit(uint256 jobId, address mediator, Vote v) internal {
        // Computed before the prank: the prank applies to the next call only.
        bytes32 commitment = mediation.voteCommitment(jobId, mediator, v, _salt(mediator));
        vm.prank(mediator);
        mediation.commitVote(jobId, commitment);
    }

    function _reveal(uint256 jobId, address mediator, Vote v) internal {
        vm.prank(mediator);
        mediation.revealVote(jobId, v, _salt(mediator));
    }

    function _commit(uint256 jobId, address mediator, bool providerRight) internal {
        _commit(jobId, mediator, _asVote(providerRight));
    }

    function _reveal(uint256 jobId, address mediator, bool providerRight) internal {
        _reveal(jobId, mediator, _asVote(providerRight));
    }

    function _asVote(bool providerRight) internal pure returns (Vote) {
        return providerRight ? Vote.ProviderRight : Vote.ProviderWrong;
    }

    /// @dev Every mediator in `votes` commits then reveals; index i of `votes` is mediator i,
    ///      with 0 = does not vote, 1 = provider right, 2 = provider wrong, 3 = cannot run. The
    ///      reveal phase starts at once when all three committed, else after the commit phase
    ///      (for a mediation where some member is not eligible, warp yourself).
    function _vote(uint256 jobId, uint8[3] memory votes) internal {
        for (uint256 i; i < 3; ++i) {
            if (votes[i] != 0) _commit(jobId, mediatorSet[i], Vote(votes[i]));
        }
        if (votes[0] == 0 || votes[1] == 0 || votes[2] == 0) vm.warp(mediation.getMediation(jobId).commitDeadline);
        for (uint256 i; i < 3; ++i) {
            if (votes[i] != 0) _reveal(jobId, mediatorSet[i], Vote(votes[i]));
        }
    }
}
