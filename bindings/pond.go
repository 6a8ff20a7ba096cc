// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IMediatorRegistryMediation is an auto generated low-level Go binding around an user-defined struct.
type IMediatorRegistryMediation struct {
	CommitteeId    uint32
	CommitDeadline *big.Int
	RevealDeadline *big.Int
	EligibleMask   uint8
	CommittedMask  uint8
	RevealedMask   uint8
	ApproveMask    uint8
	Open           bool
	Challenger     common.Address
}

// IMediatorRegistryMediator is an auto generated low-level Go binding around an user-defined struct.
type IMediatorRegistryMediator struct {
	Bond             *big.Int
	ExitAvailableAt  *big.Int
	ActiveMediations uint32
	Registered       bool
}

// IModuleRegistryModule is an auto generated low-level Go binding around an user-defined struct.
type IModuleRegistryModule struct {
	SpecHash         [32]byte
	Publisher        common.Address
	DefaultRunTime   uint32
	DefaultSolverFee *big.Int
	Resources        Resources
	NameVersion      string
	SpecUri          string
	PrimaryInput     string
}

// IModuleRegistryModuleRequest is an auto generated low-level Go binding around an user-defined struct.
type IModuleRegistryModuleRequest struct {
	Name             string
	Version          string
	SpecHash         [32]byte
	SpecUri          string
	Resources        Resources
	DefaultRunTime   uint32
	PrimaryInput     string
	DefaultSolverFee *big.Int
}

// IPondMarketJob is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketJob struct {
	Creator         common.Address
	Deadline        *big.Int
	Status          uint8
	Callback        bool
	CallbackPending bool
	Token           common.Address
	OfferId         uint32
	Provider        common.Address
	Price           *big.Int
	SolverFee       *big.Int
	ModuleId        uint32
	CommitteeId     uint32
	RunTime         uint32
	Resources       Resources
}

// IPondMarketJobRequest is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketJobRequest struct {
	ModuleId    uint32
	Token       common.Address
	Price       *big.Int
	SolverFee   *big.Int
	Resources   Resources
	RunTime     uint32
	Expiry      *big.Int
	CommitteeId uint32
	Callback    bool
	Inputs      string
}

// IPondMarketOffer is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketOffer struct {
	Provider                common.Address
	Expiry                  *big.Int
	Token                   common.Address
	AnyModule               bool
	AcceptsDefaultCommittee bool
	TrustedCommitteeId      uint32
	AskPrice                *big.Int
	Available               Resources
}

// IPondMarketOfferRequest is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketOfferRequest struct {
	Token                   common.Address
	AskPrice                *big.Int
	Capacity                Resources
	Expiry                  *big.Int
	AnyModule               bool
	Modules                 []uint32
	AcceptsDefaultCommittee bool
	TrustedCommitteeId      uint32
}

// IPondMarketParams is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketParams struct {
	CollateralBps     uint32
	ChallengeWindow   uint32
	ClientJobLifetime uint32
	CallbackGasLimit  uint32
	MaxRunTime        uint32
	NativeMediatorFee *big.Int
}

// MediatorRegistryConfig is an auto generated low-level Go binding around an user-defined struct.
type MediatorRegistryConfig struct {
	MinBond      *big.Int
	ExitDelay    *big.Int
	SlashAmount  *big.Int
	CommitWindow *big.Int
	RevealWindow *big.Int
}

// Resources is an auto generated low-level Go binding around an user-defined struct.
type Resources struct {
	Gpus      uint8
	VramMiB   uint32
	CpuMillis uint32
	RamMiB    uint32
	DiskMiB   uint32
}

// MediatorRegistryMetaData contains all meta data concerning the MediatorRegistry contract.
var MediatorRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exitDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitWindow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealWindow\",\"type\":\"uint256\"}],\"internalType\":\"structMediatorRegistry.Config\",\"name\":\"config\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"closeMediation\",\"outputs\":[{\"internalType\":\"enumVerdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"address[]\",\"name\":\"payees\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committeeCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"committeeMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"completeExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"createCommittee\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultCommitteeId\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getMediation\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"commitDeadline\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"eligibleMask\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"committedMask\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"revealedMask\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"approveMask\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"internalType\":\"structIMediatorRegistry.Mediation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"getMediator\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"bond\",\"type\":\"uint128\"},{\"internalType\":\"uint40\",\"name\":\"exitAvailableAt\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"activeMediations\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"internalType\":\"structIMediatorRegistry.Mediator\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"inner\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"outer\",\"type\":\"uint32\"}],\"name\":\"isSubset\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"openMediation\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"resolvedCommitteeId\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"eligible\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"providerRight\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealVote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"setDefaultCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"providerRight\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"voteCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawCredit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"BondToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"CommitteeCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"CreditWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"DefaultCommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"exitAvailableAt\",\"type\":\"uint256\"}],\"name\":\"ExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumVerdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"approvals\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"rejections\",\"type\":\"uint8\"}],\"name\":\"MediationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"eligibleMask\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"commitDeadline\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"}],\"name\":\"MediationOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bondReturned\",\"type\":\"uint256\"}],\"name\":\"MediatorExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"MediatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MediatorSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"VoteCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"providerRight\",\"type\":\"bool\"}],\"name\":\"VoteRevealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"BondTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"CommitPhaseOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitmentZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"CommitteeNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"CommitteeNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"CommitteeSizeInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"ExitNotRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitNotYetAvailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"MediationAlreadyOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"MediationNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"MediationNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"MediationsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"MediatorExiting\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDefaultCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"NoEligibleMediators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"NotEligible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMarket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseNotStarted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minBond\",\"type\":\"uint256\"}],\"name\":\"SlashExceedsMinBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"}]",
	ID:  "5f9c465014f56bc60f6b18ce3f15256f55",
	Bin: "0x610140604052348015610010575f5ffd5b50604051612c3e380380612c3e83398101604081905261002f9161013a565b816001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610067816100cf565b5080516040820151111561009f57604080820151825191516399d7abff60e01b81526100559290600401918252602082015260400190565b336080908152815160a052602082015160c052604082015160e052606082015161010052015161012052506101e7565b600180546001600160a01b03191690556100e8816100eb565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f82840360c081121561014c575f5ffd5b83516001600160a01b0381168114610162575f5ffd5b925060a0601f1982011215610175575f5ffd5b5060405160a081016001600160401b03811182821017156101a457634e487b7160e01b5f52604160045260245ffd5b604090815260208581015183528582015190830152606080860151918301919091526080808601519183019190915260a090940151938101939093525092909150565b60805160a05160c05160e05161010051610120516129ca6102745f395f81816104b401526114e101525f81816102d101526114b501525f81816104e7015281816113f701528181611f3b0152611f6c01525f818161024e015261101301525f818161048101528181610d090152610d4401525f818161043601528181610824015261127701526129ca5ff3fe6080604052600436106101c5575f3560e01c80638da5cb5b116100f2578063d21af76811610092578063f2fde38b11610062578063f2fde38b14610794578063f31650ed146107b3578063f43cc773146107e2578063facc092f146107f7575f5ffd5b8063d21af76814610701578063d5d44d8014610724578063e2ad8a1b14610758578063e30c397814610777575f5ffd5b8063aa9ac0fa116100cd578063aa9ac0fa14610570578063acac17f21461068f578063b01eb660146106d9578063c36f3874146106ed575f5ffd5b80638da5cb5b146105095780639da6918014610525578063a65c359a14610544575f5ffd5b8063715018a61161016857806380f556051161013857806380f5560514610425578063831518b714610470578063863d22c7146104a35780638802834e146104d6575f5ffd5b8063715018a6146102f357806379ba5097146103075780637bdd81141461031b5780637f8e3b4e14610411575f5ffd5b806328388630116101a3578063283886301461023d57806333b7c2b61461027e5780633bbe45a7146102a157806340699005146102c0575f5ffd5b80630fd6b3ff146101c9578063193a9582146101ff5780631aa3a00814610233575b5f5ffd5b3480156101d4575f5ffd5b506101e86101e3366004612482565b610816565b6040516101f6929190612510565b60405180910390f35b34801561020a575f5ffd5b5061021e610219366004612537565b610a3a565b60405163ffffffff90911681526020016101f6565b61023b610cb9565b005b348015610248575f5ffd5b506102707f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016101f6565b348015610289575f5ffd5b5060015461021e90600160c01b900463ffffffff1681565b3480156102ac575f5ffd5b5061023b6102bb3660046125bb565b610ebd565b3480156102cb575f5ffd5b506102707f000000000000000000000000000000000000000000000000000000000000000081565b3480156102fe575f5ffd5b5061023b610f50565b348015610312575f5ffd5b5061023b610f63565b348015610326575f5ffd5b506103c66103353660046125ea565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f90815260036020908152604091829020825160808101845290546001600160801b0381168252600160801b810464ffffffffff1692820192909252600160a81b820463ffffffff1692810192909252600160c81b900460ff161515606082015290565b6040516101f6919081516001600160801b0316815260208083015164ffffffffff169082015260408083015163ffffffff169082015260609182015115159181019190915260800190565b34801561041c575f5ffd5b5061023b610fa4565b348015610430575f5ffd5b506104587f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101f6565b34801561047b575f5ffd5b506102707f000000000000000000000000000000000000000000000000000000000000000081565b3480156104ae575f5ffd5b506102707f000000000000000000000000000000000000000000000000000000000000000081565b3480156104e1575f5ffd5b506102707f000000000000000000000000000000000000000000000000000000000000000081565b348015610514575f5ffd5b505f546001600160a01b0316610458565b348015610530575f5ffd5b5061023b61053f366004612603565b611097565b34801561054f575f5ffd5b5061056361055e3660046125bb565b6111f9565b6040516101f69190612623565b34801561057b575f5ffd5b5061068261058a366004612482565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152505f90815260076020908152604091829020825161012081018452815463ffffffff8116825264ffffffffff6401000000008204811694830194909452600160481b81049093169381019390935260ff600160701b830481166060850152600160781b830481166080850152600160801b8304811660a0850152600160881b8304811660c0850152600160901b909204909116151560e0830152600101546001600160a01b031661010082015290565b6040516101f69190612635565b34801561069a575f5ffd5b506106ae6106a93660046126fc565b611269565b6040805163ffffffff909416845260ff909216602084015264ffffffffff16908201526060016101f6565b3480156106e4575f5ffd5b5061023b611745565b3480156106f8575f5ffd5b5061023b61191b565b34801561070c575f5ffd5b5060015461021e90600160a01b900463ffffffff1681565b34801561072f575f5ffd5b5061027061073e3660046125ea565b6001600160a01b03165f9081526004602052604090205490565b348015610763575f5ffd5b50610270610772366004612744565b6119bc565b348015610782575f5ffd5b506001546001600160a01b0316610458565b34801561079f575f5ffd5b5061023b6107ae3660046125ea565b611a03565b3480156107be575f5ffd5b506107d26107cd366004612785565b611a73565b60405190151581526020016101f6565b3480156107ed575f5ffd5b5061027060025481565b348015610802575f5ffd5b5061023b6108113660046127b6565b611b9c565b5f6060336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108695760405163bfae38b360e01b81523360048201526024015b60405180910390fd5b5f8381526007602052604090208054600160901b900460ff166108a2576040516338dd495760e21b815260048101859052602401610860565b805460ff600160701b8204811691600160801b81049091169064ffffffffff600160481b90910416421080156108de57508160ff168160ff1614155b15610915578254604051630c042a4b60e21b815260048101889052600160481b90910464ffffffffff166024820152604401610860565b825460ff60901b1916808455600160881b900460ff16801982165f61093983611db7565b90505f61094583611db7565b90505f600261095388611db7565b61095d9190612811565b610968906001612824565b90505f81841061097d57506001995084610996565b81831061098f57506002995083610996565b5060039950855b8b7f8f31a91a0a69c76ab79ce9f5644fa07745f9c1a9a5fa32a8c7387b3bd98fd8ac8c86866040516109ca93929190612837565b60405180910390a288545f9081906109eb908f9063ffffffff168c86611de6565b60018d01549193509150610a0d908f90839085906001600160a01b0316612050565b60038d6003811115610a2157610a21612499565b14610a2a57819b505b5050505050505050505050915091565b5f81801580610a495750600581115b15610a6a5760405163651573e160e01b815260048101829052602401610860565b5f5b81811015610bb1578015801590610aeb57508484610a8b60018461285f565b818110610a9a57610a9a612872565b9050602002016020810190610aaf91906125ea565b6001600160a01b0316858583818110610aca57610aca612872565b9050602002016020810190610adf91906125ea565b6001600160a01b031611155b15610b0c5760405163cd0405d960e01b815260048101829052602401610860565b60035f868684818110610b2157610b21612872565b9050602002016020810190610b3691906125ea565b6001600160a01b0316815260208101919091526040015f2054600160c81b900460ff16610ba957848482818110610b6f57610b6f612872565b9050602002016020810190610b8491906125ea565b60405163bfc6c33760e01b81526001600160a01b039091166004820152602401610860565b600101610a6c565b505f8484604051602001610bc6929190612886565b60408051601f1981840301815291815281516020928301205f818152600690935291205463ffffffff16935090508215610c01575050610cb3565b60018054601490610c1e90600160a01b900463ffffffff166128d0565b825463ffffffff8083166101009490940a848102910219909116179092555f838152600660209081526040808320805463ffffffff1916851790559282526005905220909350610c6f90868661240d565b508263ffffffff167f8c5f5733a9daa9836f4c97d6ff485c8da1650dfe5e76b648c9baa099a8053c518686604051610ca8929190612886565b60405180910390a250505b92915050565b335f9081526003602052604090208054600160801b900464ffffffffff1615610cf757604051632abd397760e11b8152336004820152602401610860565b8054600160c81b900460ff16610df8577f0000000000000000000000000000000000000000000000000000000000000000341015610d7057604051639901e61160e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610860565b80546001600160801b033490811679ff000000000000000000ffffffffffffffffffffffffffffffff1990921691909117600160c81b178255600280545f90610dba908490612824565b909155505060405134815233907f25dc7d1fe59033f0b2e056dba57d1cfea9f5a9c8756d96b709edeb4ccaf82b2b906020015b60405180910390a250565b345f03610e2157604051639901e61160e01b81525f600482015260016024820152604401610860565b8054349082905f90610e3d9084906001600160801b03166128f4565b92506101000a8154816001600160801b0302191690836001600160801b031602179055503460025f828254610e729190612824565b90915550508054604080513481526001600160801b03909216602083015233917f7440189f48490fd194d6a8d8ed2edabc6fed0723bb82388831a8b131e1f8d86f9101610ded565b50565b610ec56120f9565b63ffffffff81165f908152600560205260408120549003610f0157604051637b7eb96560e01b815263ffffffff82166004820152602401610860565b6001805463ffffffff60c01b1916600160c01b63ffffffff8416908102919091179091556040517f9cb81efe28e51edc9fd48787ca8fc7bb89e78afcf3923c0a289a2a54b21da50f905f90a250565b610f586120f9565b610f615f612125565b565b60015433906001600160a01b03168114610f9b5760405163118cdaa760e01b81526001600160a01b0382166004820152602401610860565b610eba81612125565b335f9081526003602052604090208054600160c81b900460ff16610fdd5760405163bfc6c33760e01b8152336004820152602401610860565b8054600160801b900464ffffffffff161561100d57604051632abd397760e11b8152336004820152602401610860565b5f6110387f000000000000000000000000000000000000000000000000000000000000000042612824565b825464ffffffffff60801b1916600160801b64ffffffffff831690810291909117845560405190815290915033907fd9217a461a0f7f84171a8866118c3d92e943ba7c1ba89b819371f729b5cabcbc9060200160405180910390a25050565b5f8281526007602052604090208054600160901b900460ff166110d0576040516338dd495760e21b815260048101849052602401610860565b8054640100000000900464ffffffffff164210611103576040516372282ab960e11b815260048101849052602401610860565b81611121576040516326fd599b60e11b815260040160405180910390fd5b5f61112d84833361213e565b8254909150600160781b9004811660ff16156111655760405163d42c398560e01b815260048101859052336024820152604401610860565b815460ff808316600160781b80840492909216170260ff60781b199091161782555f848152600860205260408120849161119e846121f7565b81526020019081526020015f2081905550336001600160a01b0316847f1f4e2aa7825ef02e85293e2de66cfbcb326af2632b558996e546bb1ef3e8764d856040516111eb91815260200190565b60405180910390a350505050565b63ffffffff81165f9081526005602090815260409182902080548351818402810184019094528084526060939283018282801561125d57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161123f575b50505050509050919050565b5f8080336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146112b75760405163bfae38b360e01b8152336004820152602401610860565b5f86815260076020526040902054640100000000900464ffffffffff16156112f557604051637697f10560e11b815260048101879052602401610860565b63ffffffff8516156113075784611318565b600154600160c01b900463ffffffff165b92508263ffffffff165f036113405760405163026fdd7760e11b815260040160405180910390fd5b63ffffffff83165f908152600560205260408120805490910361137e57604051637b7eb96560e01b815263ffffffff85166004820152602401610860565b5f5f5b8254811015611483575f60035f8584815481106113a0576113a0612872565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805490915060ff600160c81b9091041680156113ec57508054600160801b900464ffffffffff16155b8015611424575080547f00000000000000000000000000000000000000000000000000000000000000006001600160801b0390911610155b1561147a576001821b929092179161143b86612913565b8154909650819060159061145b90600160a81b900463ffffffff166128d0565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b50600101611381565b508360ff165f036114af57604051634fff048160e11b815263ffffffff86166004820152602401610860565b5f6114da7f000000000000000000000000000000000000000000000000000000000000000042612824565b905061150d7f000000000000000000000000000000000000000000000000000000000000000064ffffffffff8316612824565b93506040518061012001604052808763ffffffff1681526020018264ffffffffff1681526020018564ffffffffff1681526020018360ff1681526020015f60ff1681526020015f60ff1681526020015f60ff168152602001600115158152602001886001600160a01b031681525060075f8b81526020019081526020015f205f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160096101000a81548164ffffffffff021916908364ffffffffff1602179055506060820151815f01600e6101000a81548160ff021916908360ff1602179055506080820151815f01600f6101000a81548160ff021916908360ff16021790555060a0820151815f0160106101000a81548160ff021916908360ff16021790555060c0820151815f0160116101000a81548160ff021916908360ff16021790555060e0820151815f0160126101000a81548160ff021916908315150217905550610100820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550905050866001600160a01b03168663ffffffff168a7f34ec3bd0bfd9972bb48c314d590aae690195606ec1c15e3db4e371436398787a8585896040516117319392919060ff93909316835264ffffffffff918216602084015216604082015260600190565b60405180910390a450505093509350939050565b61174d612220565b335f90815260036020908152604091829020825160808101845290546001600160801b0381168252600160801b810464ffffffffff1692820192909252600160a81b820463ffffffff1692810192909252600160c81b900460ff161515606082018190526117d05760405163bfc6c33760e01b8152336004820152602401610860565b806020015164ffffffffff165f036117fd5760405163ccabe40d60e01b8152336004820152602401610860565b806020015164ffffffffff1642101561183e5760208101516040516319584a9f60e11b815233600482015264ffffffffff9091166024820152604401610860565b604081015163ffffffff161561187b576040808201519051632e84811160e21b815233600482015263ffffffff9091166024820152604401610860565b335f90815260036020526040812080546001600160d01b03191690558151600280546001600160801b039092169290916118b690849061285f565b909155505080516040516001600160801b03909116815233907f2c42ff1107de51d80ac7afa825657308c5688ba1ab6b6ebcd33d6ca5ac7061749060200160405180910390a261191233825f01516001600160801b0316612255565b50610f616122dc565b611923612220565b335f908152600460205260408120549081900361195557604051636e34ee0b60e11b8152336004820152602401610860565b335f9081526004602052604081208190556002805483929061197890849061285f565b909155505060405181815233907f6b00960292e7976c9eb5434816470b38a441061eee645921536131ccb937cafe9060200160405180910390a26119123382612255565b604080516020808201969096526001600160a01b03949094168482015291151560608401526080808401919091528151808403909101815260a09092019052805191012090565b611a0b6120f9565b600180546001600160a01b0383166001600160a01b03199091168117909155611a3b5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b63ffffffff8083165f908152600560205260408082209284168252812082549192911580611aa057508054155b15611aaf575f92505050610cb3565b5f5f5b8354811015611b8f575f848281548110611ace57611ace612872565b5f918252602090912001546001600160a01b031690505b835483108015611b225750806001600160a01b0316848481548110611b0c57611b0c612872565b5f918252602090912001546001600160a01b0316105b15611b3757611b3083612928565b9250611ae5565b8354831480611b745750806001600160a01b0316848481548110611b5d57611b5d612872565b5f918252602090912001546001600160a01b031614155b15611b86575f95505050505050610cb3565b50600101611ab2565b5060019695505050505050565b5f8381526007602052604090208054600160901b900460ff16611bd5576040516338dd495760e21b815260048101859052602401610860565b8054640100000000900464ffffffffff1642108015611c0957508054600160781b810460ff908116600160701b9092041614155b15611c2a5760405163c9204faf60e01b815260048101859052602401610860565b8054600160481b900464ffffffffff164210611c5c57604051630ddfee6160e21b815260048101859052602401610860565b5f611c6885833361213e565b8254909150600160781b9004811660ff165f03611ca15760405163809c4a1160e01b815260048101869052336024820152604401610860565b8154600160801b9004811660ff1615611cd65760405163619cd47560e11b815260048101869052336024820152604401610860565b611ce2853386866119bc565b5f86815260086020526040812090611cf9846121f7565b81526020019081526020015f205414611d2e57604051631ee8b01f60e11b815260048101869052336024820152604401610860565b815460ff808316600160801b80840492909216170260ff60801b199091161782558315611d7757815460ff808316600160881b80840492909216170260ff60881b199091161782555b6040518415158152339086907f943b1e1e6ea36d3a013c9f482eb56e6fec8904129c7ed1869bcfe1f04727cd4c9060200160405180910390a35050505050565b5f5b60ff821615611de157611dcd600183612940565b90911690611dda81612928565b9050611db9565b919050565b63ffffffff83165f90815260056020526040812060609190611e0784611db7565b67ffffffffffffffff811115611e1f57611e1f612959565b604051908082528060200260200182016040528015611e48578160200160208202803683370190505b5092505f5f5b8254811015612044576001811b60ff888216165f03611e6d575061203c565b5f848381548110611e8057611e80612872565b5f9182526020808320909101546001600160a01b0316808352600390915260409091208054919250908190601590611ec59063ffffffff600160a81b9091041661296d565b91906101000a81548163ffffffff021916908363ffffffff16021790555082891660ff165f14611f3557818886611efb81612928565b975081518110611f0d57611f0d612872565b60200260200101906001600160a01b031690816001600160a01b03168152505050505061203c565b80545f907f00000000000000000000000000000000000000000000000000000000000000006001600160801b0390911610611f90577f0000000000000000000000000000000000000000000000000000000000000000611f9c565b81546001600160801b03165b90508015612037578154819083905f90611fc09084906001600160801b031661298b565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508088611ff09190612824565b9750826001600160a01b03168d7f4d00a4f016cf703b34789a425ee1af83e5f26adc7a670505b9fc50d47fa9a0618360405161202e91815260200190565b60405180910390a35b505050505b600101611e4e565b50505094509492505050565b82156120f35781515f0361206e57612069848285612306565b6120f3565b5f82518461207c9190612811565b90506120b885845f8151811061209457612094612872565b60200260200101518551876120a991906129aa565b6120b39085612824565b612306565b60015b83518110156120f0576120e8868583815181106120da576120da612872565b602002602001015184612306565b6001016120bb565b50505b50505050565b5f546001600160a01b03163314610f615760405163118cdaa760e01b8152336004820152602401610860565b600180546001600160a01b0319169055610eba81612377565b815463ffffffff165f908152600560205260408120815b81548110156121c457836001600160a01b031682828154811061217a5761217a612872565b5f918252602090912001546001600160a01b0316036121bc5784546001821b90600160701b9004811660ff165f036121b257506121c4565b92506121f0915050565b600101612155565b50604051636fc842cf60e01b8152600481018690526001600160a01b0384166024820152604401610860565b9392505050565b5f5b60018260ff161115611de15760018260ff16901c91508061221990612928565b90506121f9565b6122286123c6565b610f6160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612406565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f811461229e576040519150601f19603f3d011682016040523d82523d5f602084013e6122a3565b606091505b50509050806122d757604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610860565b505050565b610f615f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061224f565b6001600160a01b0382165f908152600460205260408120805483929061232d908490612824565b90915550506040518181526001600160a01b0383169084907f70da48e781f88bd1df7a4195dda79cd7116739a810e0f5c130f207bede39d2f79060200160405180910390a3505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610f6157604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b828054828255905f5260205f2090810192821561245e579160200282015b8281111561245e5781546001600160a01b0319166001600160a01b0384351617825560209092019160019091019061242b565b5061246a92915061246e565b5090565b5b8082111561246a575f815560010161246f565b5f60208284031215612492575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600481106124c957634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b828110156125065781516001600160a01b03168652602095860195909101906001016124df565b5093949350505050565b61251a81846124ad565b604060208201525f61252f60408301846124cd565b949350505050565b5f5f60208385031215612548575f5ffd5b823567ffffffffffffffff81111561255e575f5ffd5b8301601f8101851361256e575f5ffd5b803567ffffffffffffffff811115612584575f5ffd5b8560208260051b8401011115612598575f5ffd5b6020919091019590945092505050565b803563ffffffff81168114611de1575f5ffd5b5f602082840312156125cb575f5ffd5b6121f0826125a8565b80356001600160a01b0381168114611de1575f5ffd5b5f602082840312156125fa575f5ffd5b6121f0826125d4565b5f5f60408385031215612614575f5ffd5b50508035926020909101359150565b602081525f6121f060208301846124cd565b5f6101208201905063ffffffff835116825264ffffffffff60208401511660208301526040830151612670604084018264ffffffffff169052565b506060830151612685606084018260ff169052565b50608083015161269a608084018260ff169052565b5060a08301516126af60a084018260ff169052565b5060c08301516126c460c084018260ff169052565b5060e08301516126d860e084018215159052565b506101008301516126f56101008401826001600160a01b03169052565b5092915050565b5f5f5f6060848603121561270e575f5ffd5b8335925061271e602085016125a8565b915061272c604085016125d4565b90509250925092565b80358015158114611de1575f5ffd5b5f5f5f5f60808587031215612757575f5ffd5b84359350612767602086016125d4565b925061277560408601612735565b9396929550929360600135925050565b5f5f60408385031215612796575f5ffd5b61279f836125a8565b91506127ad602084016125a8565b90509250929050565b5f5f5f606084860312156127c8575f5ffd5b833592506127d860208501612735565b929592945050506040919091013590565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f8261281f5761281f6127e9565b500490565b80820180821115610cb357610cb36127fd565b6060810161284582866124ad565b60ff8416602083015260ff83166040830152949350505050565b81810381811115610cb357610cb36127fd565b634e487b7160e01b5f52603260045260245ffd5b602080825281018290525f8360408301825b858110156128c6576001600160a01b036128b1846125d4565b16825260209283019290910190600101612898565b5095945050505050565b5f63ffffffff821663ffffffff81036128eb576128eb6127fd565b60010192915050565b6001600160801b038181168382160190811115610cb357610cb36127fd565b5f60ff821660ff81036128eb576128eb6127fd565b5f60018201612939576129396127fd565b5060010190565b60ff8281168282160390811115610cb357610cb36127fd565b634e487b7160e01b5f52604160045260245ffd5b5f63ffffffff821680612982576129826127fd565b5f190192915050565b6001600160801b038281168282160390811115610cb357610cb36127fd565b5f826129b8576129b86127e9565b50069056fea164736f6c634300081e000a",
}

// MediatorRegistry is an auto generated Go binding around an Ethereum contract.
type MediatorRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MediatorRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewMediatorRegistry creates a new instance of MediatorRegistry.
func NewMediatorRegistry() *MediatorRegistry {
	parsed, err := MediatorRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MediatorRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MediatorRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address governance, (uint256,uint256,uint256,uint256,uint256) config) returns()
func (mediatorRegistry *MediatorRegistry) PackConstructor(governance common.Address, config MediatorRegistryConfig) []byte {
	enc, err := mediatorRegistry.abi.Pack("", governance, config)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (mediatorRegistry *MediatorRegistry) PackAcceptOwnership() []byte {
	enc, err := mediatorRegistry.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (mediatorRegistry *MediatorRegistry) TryPackAcceptOwnership() ([]byte, error) {
	return mediatorRegistry.abi.Pack("acceptOwnership")
}

// PackCloseMediation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fd6b3ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeMediation(uint256 jobId) returns(uint8 verdict, address[] payees)
func (mediatorRegistry *MediatorRegistry) PackCloseMediation(jobId *big.Int) []byte {
	enc, err := mediatorRegistry.abi.Pack("closeMediation", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseMediation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fd6b3ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeMediation(uint256 jobId) returns(uint8 verdict, address[] payees)
func (mediatorRegistry *MediatorRegistry) TryPackCloseMediation(jobId *big.Int) ([]byte, error) {
	return mediatorRegistry.abi.Pack("closeMediation", jobId)
}

// CloseMediationOutput serves as a container for the return parameters of contract
// method CloseMediation.
type CloseMediationOutput struct {
	Verdict uint8
	Payees  []common.Address
}

// UnpackCloseMediation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fd6b3ff.
//
// Solidity: function closeMediation(uint256 jobId) returns(uint8 verdict, address[] payees)
func (mediatorRegistry *MediatorRegistry) UnpackCloseMediation(data []byte) (CloseMediationOutput, error) {
	out, err := mediatorRegistry.abi.Unpack("closeMediation", data)
	outstruct := new(CloseMediationOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verdict = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Payees = *abi.ConvertType(out[1], new([]common.Address)).(*[]common.Address)
	return *outstruct, nil
}

// PackCommitVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9da69180.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitVote(uint256 jobId, bytes32 commitment) returns()
func (mediatorRegistry *MediatorRegistry) PackCommitVote(jobId *big.Int, commitment [32]byte) []byte {
	enc, err := mediatorRegistry.abi.Pack("commitVote", jobId, commitment)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9da69180.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitVote(uint256 jobId, bytes32 commitment) returns()
func (mediatorRegistry *MediatorRegistry) TryPackCommitVote(jobId *big.Int, commitment [32]byte) ([]byte, error) {
	return mediatorRegistry.abi.Pack("commitVote", jobId, commitment)
}

// PackCommitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40699005.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitWindow() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) PackCommitWindow() []byte {
	enc, err := mediatorRegistry.abi.Pack("commitWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40699005.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitWindow() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) TryPackCommitWindow() ([]byte, error) {
	return mediatorRegistry.abi.Pack("commitWindow")
}

// UnpackCommitWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40699005.
//
// Solidity: function commitWindow() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) UnpackCommitWindow(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("commitWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitteeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd21af768.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeCount() view returns(uint32)
func (mediatorRegistry *MediatorRegistry) PackCommitteeCount() []byte {
	enc, err := mediatorRegistry.abi.Pack("committeeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd21af768.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeCount() view returns(uint32)
func (mediatorRegistry *MediatorRegistry) TryPackCommitteeCount() ([]byte, error) {
	return mediatorRegistry.abi.Pack("committeeCount")
}

// UnpackCommitteeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd21af768.
//
// Solidity: function committeeCount() view returns(uint32)
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeCount(data []byte) (uint32, error) {
	out, err := mediatorRegistry.abi.Unpack("committeeCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCommitteeMembers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65c359a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeMembers(uint32 committeeId) view returns(address[])
func (mediatorRegistry *MediatorRegistry) PackCommitteeMembers(committeeId uint32) []byte {
	enc, err := mediatorRegistry.abi.Pack("committeeMembers", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeMembers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa65c359a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeMembers(uint32 committeeId) view returns(address[])
func (mediatorRegistry *MediatorRegistry) TryPackCommitteeMembers(committeeId uint32) ([]byte, error) {
	return mediatorRegistry.abi.Pack("committeeMembers", committeeId)
}

// UnpackCommitteeMembers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa65c359a.
//
// Solidity: function committeeMembers(uint32 committeeId) view returns(address[])
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeMembers(data []byte) ([]common.Address, error) {
	out, err := mediatorRegistry.abi.Unpack("committeeMembers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackCompleteExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb01eb660.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeExit() returns()
func (mediatorRegistry *MediatorRegistry) PackCompleteExit() []byte {
	enc, err := mediatorRegistry.abi.Pack("completeExit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb01eb660.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeExit() returns()
func (mediatorRegistry *MediatorRegistry) TryPackCompleteExit() ([]byte, error) {
	return mediatorRegistry.abi.Pack("completeExit")
}

// PackCreateCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x193a9582.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createCommittee(address[] members) returns(uint32 committeeId)
func (mediatorRegistry *MediatorRegistry) PackCreateCommittee(members []common.Address) []byte {
	enc, err := mediatorRegistry.abi.Pack("createCommittee", members)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x193a9582.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createCommittee(address[] members) returns(uint32 committeeId)
func (mediatorRegistry *MediatorRegistry) TryPackCreateCommittee(members []common.Address) ([]byte, error) {
	return mediatorRegistry.abi.Pack("createCommittee", members)
}

// UnpackCreateCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x193a9582.
//
// Solidity: function createCommittee(address[] members) returns(uint32 committeeId)
func (mediatorRegistry *MediatorRegistry) UnpackCreateCommittee(data []byte) (uint32, error) {
	out, err := mediatorRegistry.abi.Unpack("createCommittee", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address account) view returns(uint256)
func (mediatorRegistry *MediatorRegistry) PackCredit(account common.Address) []byte {
	enc, err := mediatorRegistry.abi.Pack("credit", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d44d80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address account) view returns(uint256)
func (mediatorRegistry *MediatorRegistry) TryPackCredit(account common.Address) ([]byte, error) {
	return mediatorRegistry.abi.Pack("credit", account)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d44d80.
//
// Solidity: function credit(address account) view returns(uint256)
func (mediatorRegistry *MediatorRegistry) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultCommitteeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33b7c2b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultCommitteeId() view returns(uint32)
func (mediatorRegistry *MediatorRegistry) PackDefaultCommitteeId() []byte {
	enc, err := mediatorRegistry.abi.Pack("defaultCommitteeId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultCommitteeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33b7c2b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultCommitteeId() view returns(uint32)
func (mediatorRegistry *MediatorRegistry) TryPackDefaultCommitteeId() ([]byte, error) {
	return mediatorRegistry.abi.Pack("defaultCommitteeId")
}

// UnpackDefaultCommitteeId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33b7c2b6.
//
// Solidity: function defaultCommitteeId() view returns(uint32)
func (mediatorRegistry *MediatorRegistry) UnpackDefaultCommitteeId(data []byte) (uint32, error) {
	out, err := mediatorRegistry.abi.Unpack("defaultCommitteeId", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28388630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitDelay() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) PackExitDelay() []byte {
	enc, err := mediatorRegistry.abi.Pack("exitDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28388630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitDelay() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) TryPackExitDelay() ([]byte, error) {
	return mediatorRegistry.abi.Pack("exitDelay")
}

// UnpackExitDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28388630.
//
// Solidity: function exitDelay() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) UnpackExitDelay(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("exitDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetMediation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa9ac0fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMediation(uint256 jobId) view returns((uint32,uint40,uint40,uint8,uint8,uint8,uint8,bool,address))
func (mediatorRegistry *MediatorRegistry) PackGetMediation(jobId *big.Int) []byte {
	enc, err := mediatorRegistry.abi.Pack("getMediation", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMediation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa9ac0fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMediation(uint256 jobId) view returns((uint32,uint40,uint40,uint8,uint8,uint8,uint8,bool,address))
func (mediatorRegistry *MediatorRegistry) TryPackGetMediation(jobId *big.Int) ([]byte, error) {
	return mediatorRegistry.abi.Pack("getMediation", jobId)
}

// UnpackGetMediation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa9ac0fa.
//
// Solidity: function getMediation(uint256 jobId) view returns((uint32,uint40,uint40,uint8,uint8,uint8,uint8,bool,address))
func (mediatorRegistry *MediatorRegistry) UnpackGetMediation(data []byte) (IMediatorRegistryMediation, error) {
	out, err := mediatorRegistry.abi.Unpack("getMediation", data)
	if err != nil {
		return *new(IMediatorRegistryMediation), err
	}
	out0 := *abi.ConvertType(out[0], new(IMediatorRegistryMediation)).(*IMediatorRegistryMediation)
	return out0, nil
}

// PackGetMediator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bdd8114.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMediator(address mediator) view returns((uint128,uint40,uint32,bool))
func (mediatorRegistry *MediatorRegistry) PackGetMediator(mediator common.Address) []byte {
	enc, err := mediatorRegistry.abi.Pack("getMediator", mediator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMediator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bdd8114.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMediator(address mediator) view returns((uint128,uint40,uint32,bool))
func (mediatorRegistry *MediatorRegistry) TryPackGetMediator(mediator common.Address) ([]byte, error) {
	return mediatorRegistry.abi.Pack("getMediator", mediator)
}

// UnpackGetMediator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7bdd8114.
//
// Solidity: function getMediator(address mediator) view returns((uint128,uint40,uint32,bool))
func (mediatorRegistry *MediatorRegistry) UnpackGetMediator(data []byte) (IMediatorRegistryMediator, error) {
	out, err := mediatorRegistry.abi.Unpack("getMediator", data)
	if err != nil {
		return *new(IMediatorRegistryMediator), err
	}
	out0 := *abi.ConvertType(out[0], new(IMediatorRegistryMediator)).(*IMediatorRegistryMediator)
	return out0, nil
}

// PackIsSubset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf31650ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSubset(uint32 inner, uint32 outer) view returns(bool)
func (mediatorRegistry *MediatorRegistry) PackIsSubset(inner uint32, outer uint32) []byte {
	enc, err := mediatorRegistry.abi.Pack("isSubset", inner, outer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSubset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf31650ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSubset(uint32 inner, uint32 outer) view returns(bool)
func (mediatorRegistry *MediatorRegistry) TryPackIsSubset(inner uint32, outer uint32) ([]byte, error) {
	return mediatorRegistry.abi.Pack("isSubset", inner, outer)
}

// UnpackIsSubset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf31650ed.
//
// Solidity: function isSubset(uint32 inner, uint32 outer) view returns(bool)
func (mediatorRegistry *MediatorRegistry) UnpackIsSubset(data []byte) (bool, error) {
	out, err := mediatorRegistry.abi.Unpack("isSubset", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (mediatorRegistry *MediatorRegistry) PackMarket() []byte {
	enc, err := mediatorRegistry.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (mediatorRegistry *MediatorRegistry) TryPackMarket() ([]byte, error) {
	return mediatorRegistry.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (mediatorRegistry *MediatorRegistry) UnpackMarket(data []byte) (common.Address, error) {
	out, err := mediatorRegistry.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMinBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x831518b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minBond() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) PackMinBond() []byte {
	enc, err := mediatorRegistry.abi.Pack("minBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x831518b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minBond() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) TryPackMinBond() ([]byte, error) {
	return mediatorRegistry.abi.Pack("minBond")
}

// UnpackMinBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x831518b7.
//
// Solidity: function minBond() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) UnpackMinBond(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("minBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOpenMediation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacac17f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openMediation(uint256 jobId, uint32 committeeId, address challenger) returns(uint32 resolvedCommitteeId, uint8 eligible, uint40 revealDeadline)
func (mediatorRegistry *MediatorRegistry) PackOpenMediation(jobId *big.Int, committeeId uint32, challenger common.Address) []byte {
	enc, err := mediatorRegistry.abi.Pack("openMediation", jobId, committeeId, challenger)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenMediation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacac17f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openMediation(uint256 jobId, uint32 committeeId, address challenger) returns(uint32 resolvedCommitteeId, uint8 eligible, uint40 revealDeadline)
func (mediatorRegistry *MediatorRegistry) TryPackOpenMediation(jobId *big.Int, committeeId uint32, challenger common.Address) ([]byte, error) {
	return mediatorRegistry.abi.Pack("openMediation", jobId, committeeId, challenger)
}

// OpenMediationOutput serves as a container for the return parameters of contract
// method OpenMediation.
type OpenMediationOutput struct {
	ResolvedCommitteeId uint32
	Eligible            uint8
	RevealDeadline      *big.Int
}

// UnpackOpenMediation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacac17f2.
//
// Solidity: function openMediation(uint256 jobId, uint32 committeeId, address challenger) returns(uint32 resolvedCommitteeId, uint8 eligible, uint40 revealDeadline)
func (mediatorRegistry *MediatorRegistry) UnpackOpenMediation(data []byte) (OpenMediationOutput, error) {
	out, err := mediatorRegistry.abi.Unpack("openMediation", data)
	outstruct := new(OpenMediationOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ResolvedCommitteeId = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Eligible = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.RevealDeadline = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (mediatorRegistry *MediatorRegistry) PackOwner() []byte {
	enc, err := mediatorRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (mediatorRegistry *MediatorRegistry) TryPackOwner() ([]byte, error) {
	return mediatorRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (mediatorRegistry *MediatorRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := mediatorRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (mediatorRegistry *MediatorRegistry) PackPendingOwner() []byte {
	enc, err := mediatorRegistry.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (mediatorRegistry *MediatorRegistry) TryPackPendingOwner() ([]byte, error) {
	return mediatorRegistry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (mediatorRegistry *MediatorRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := mediatorRegistry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa3a008.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register() payable returns()
func (mediatorRegistry *MediatorRegistry) PackRegister() []byte {
	enc, err := mediatorRegistry.abi.Pack("register")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa3a008.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register() payable returns()
func (mediatorRegistry *MediatorRegistry) TryPackRegister() ([]byte, error) {
	return mediatorRegistry.abi.Pack("register")
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (mediatorRegistry *MediatorRegistry) PackRenounceOwnership() []byte {
	enc, err := mediatorRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (mediatorRegistry *MediatorRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return mediatorRegistry.abi.Pack("renounceOwnership")
}

// PackRequestExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f8e3b4e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestExit() returns()
func (mediatorRegistry *MediatorRegistry) PackRequestExit() []byte {
	enc, err := mediatorRegistry.abi.Pack("requestExit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f8e3b4e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestExit() returns()
func (mediatorRegistry *MediatorRegistry) TryPackRequestExit() ([]byte, error) {
	return mediatorRegistry.abi.Pack("requestExit")
}

// PackRevealVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfacc092f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealVote(uint256 jobId, bool providerRight, bytes32 salt) returns()
func (mediatorRegistry *MediatorRegistry) PackRevealVote(jobId *big.Int, providerRight bool, salt [32]byte) []byte {
	enc, err := mediatorRegistry.abi.Pack("revealVote", jobId, providerRight, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfacc092f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealVote(uint256 jobId, bool providerRight, bytes32 salt) returns()
func (mediatorRegistry *MediatorRegistry) TryPackRevealVote(jobId *big.Int, providerRight bool, salt [32]byte) ([]byte, error) {
	return mediatorRegistry.abi.Pack("revealVote", jobId, providerRight, salt)
}

// PackRevealWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d22c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealWindow() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) PackRevealWindow() []byte {
	enc, err := mediatorRegistry.abi.Pack("revealWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x863d22c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealWindow() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) TryPackRevealWindow() ([]byte, error) {
	return mediatorRegistry.abi.Pack("revealWindow")
}

// UnpackRevealWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x863d22c7.
//
// Solidity: function revealWindow() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) UnpackRevealWindow(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("revealWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetDefaultCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bbe45a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDefaultCommittee(uint32 committeeId) returns()
func (mediatorRegistry *MediatorRegistry) PackSetDefaultCommittee(committeeId uint32) []byte {
	enc, err := mediatorRegistry.abi.Pack("setDefaultCommittee", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDefaultCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bbe45a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDefaultCommittee(uint32 committeeId) returns()
func (mediatorRegistry *MediatorRegistry) TryPackSetDefaultCommittee(committeeId uint32) ([]byte, error) {
	return mediatorRegistry.abi.Pack("setDefaultCommittee", committeeId)
}

// PackSlashAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8802834e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashAmount() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) PackSlashAmount() []byte {
	enc, err := mediatorRegistry.abi.Pack("slashAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8802834e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashAmount() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) TryPackSlashAmount() ([]byte, error) {
	return mediatorRegistry.abi.Pack("slashAmount")
}

// UnpackSlashAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8802834e.
//
// Solidity: function slashAmount() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) UnpackSlashAmount(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("slashAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalHeld() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) PackTotalHeld() []byte {
	enc, err := mediatorRegistry.abi.Pack("totalHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalHeld() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) TryPackTotalHeld() ([]byte, error) {
	return mediatorRegistry.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (mediatorRegistry *MediatorRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := mediatorRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (mediatorRegistry *MediatorRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return mediatorRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackVoteCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2ad8a1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteCommitment(uint256 jobId, address mediator, bool providerRight, bytes32 salt) pure returns(bytes32)
func (mediatorRegistry *MediatorRegistry) PackVoteCommitment(jobId *big.Int, mediator common.Address, providerRight bool, salt [32]byte) []byte {
	enc, err := mediatorRegistry.abi.Pack("voteCommitment", jobId, mediator, providerRight, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2ad8a1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteCommitment(uint256 jobId, address mediator, bool providerRight, bytes32 salt) pure returns(bytes32)
func (mediatorRegistry *MediatorRegistry) TryPackVoteCommitment(jobId *big.Int, mediator common.Address, providerRight bool, salt [32]byte) ([]byte, error) {
	return mediatorRegistry.abi.Pack("voteCommitment", jobId, mediator, providerRight, salt)
}

// UnpackVoteCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2ad8a1b.
//
// Solidity: function voteCommitment(uint256 jobId, address mediator, bool providerRight, bytes32 salt) pure returns(bytes32)
func (mediatorRegistry *MediatorRegistry) UnpackVoteCommitment(data []byte) ([32]byte, error) {
	out, err := mediatorRegistry.abi.Unpack("voteCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36f3874.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCredit() returns()
func (mediatorRegistry *MediatorRegistry) PackWithdrawCredit() []byte {
	enc, err := mediatorRegistry.abi.Pack("withdrawCredit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc36f3874.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCredit() returns()
func (mediatorRegistry *MediatorRegistry) TryPackWithdrawCredit() ([]byte, error) {
	return mediatorRegistry.abi.Pack("withdrawCredit")
}

// MediatorRegistryBondToppedUp represents a BondToppedUp event raised by the MediatorRegistry contract.
type MediatorRegistryBondToppedUp struct {
	Mediator common.Address
	Amount   *big.Int
	Bond     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryBondToppedUpEventName = "BondToppedUp"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryBondToppedUp) ContractEventName() string {
	return MediatorRegistryBondToppedUpEventName
}

// UnpackBondToppedUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondToppedUp(address indexed mediator, uint256 amount, uint256 bond)
func (mediatorRegistry *MediatorRegistry) UnpackBondToppedUpEvent(log *types.Log) (*MediatorRegistryBondToppedUp, error) {
	event := "BondToppedUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryBondToppedUp)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryCommitteeCreated represents a CommitteeCreated event raised by the MediatorRegistry contract.
type MediatorRegistryCommitteeCreated struct {
	CommitteeId uint32
	Members     []common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryCommitteeCreatedEventName = "CommitteeCreated"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryCommitteeCreated) ContractEventName() string {
	return MediatorRegistryCommitteeCreatedEventName
}

// UnpackCommitteeCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeCreated(uint32 indexed committeeId, address[] members)
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeCreatedEvent(log *types.Log) (*MediatorRegistryCommitteeCreated, error) {
	event := "CommitteeCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryCommitteeCreated)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryCreditWithdrawn represents a CreditWithdrawn event raised by the MediatorRegistry contract.
type MediatorRegistryCreditWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryCreditWithdrawnEventName = "CreditWithdrawn"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryCreditWithdrawn) ContractEventName() string {
	return MediatorRegistryCreditWithdrawnEventName
}

// UnpackCreditWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditWithdrawn(address indexed account, uint256 amount)
func (mediatorRegistry *MediatorRegistry) UnpackCreditWithdrawnEvent(log *types.Log) (*MediatorRegistryCreditWithdrawn, error) {
	event := "CreditWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryCreditWithdrawn)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryCredited represents a Credited event raised by the MediatorRegistry contract.
type MediatorRegistryCredited struct {
	JobId   *big.Int
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryCredited) ContractEventName() string {
	return MediatorRegistryCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(uint256 indexed jobId, address indexed account, uint256 amount)
func (mediatorRegistry *MediatorRegistry) UnpackCreditedEvent(log *types.Log) (*MediatorRegistryCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryCredited)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryDefaultCommitteeSet represents a DefaultCommitteeSet event raised by the MediatorRegistry contract.
type MediatorRegistryDefaultCommitteeSet struct {
	CommitteeId uint32
	Raw         *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryDefaultCommitteeSetEventName = "DefaultCommitteeSet"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryDefaultCommitteeSet) ContractEventName() string {
	return MediatorRegistryDefaultCommitteeSetEventName
}

// UnpackDefaultCommitteeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultCommitteeSet(uint32 indexed committeeId)
func (mediatorRegistry *MediatorRegistry) UnpackDefaultCommitteeSetEvent(log *types.Log) (*MediatorRegistryDefaultCommitteeSet, error) {
	event := "DefaultCommitteeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryDefaultCommitteeSet)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryExitRequested represents a ExitRequested event raised by the MediatorRegistry contract.
type MediatorRegistryExitRequested struct {
	Mediator        common.Address
	ExitAvailableAt *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryExitRequestedEventName = "ExitRequested"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryExitRequested) ContractEventName() string {
	return MediatorRegistryExitRequestedEventName
}

// UnpackExitRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitRequested(address indexed mediator, uint256 exitAvailableAt)
func (mediatorRegistry *MediatorRegistry) UnpackExitRequestedEvent(log *types.Log) (*MediatorRegistryExitRequested, error) {
	event := "ExitRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryExitRequested)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryMediationClosed represents a MediationClosed event raised by the MediatorRegistry contract.
type MediatorRegistryMediationClosed struct {
	JobId      *big.Int
	Verdict    uint8
	Approvals  uint8
	Rejections uint8
	Raw        *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryMediationClosedEventName = "MediationClosed"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryMediationClosed) ContractEventName() string {
	return MediatorRegistryMediationClosedEventName
}

// UnpackMediationClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediationClosed(uint256 indexed jobId, uint8 verdict, uint8 approvals, uint8 rejections)
func (mediatorRegistry *MediatorRegistry) UnpackMediationClosedEvent(log *types.Log) (*MediatorRegistryMediationClosed, error) {
	event := "MediationClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryMediationClosed)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryMediationOpened represents a MediationOpened event raised by the MediatorRegistry contract.
type MediatorRegistryMediationOpened struct {
	JobId          *big.Int
	CommitteeId    uint32
	Challenger     common.Address
	EligibleMask   uint8
	CommitDeadline *big.Int
	RevealDeadline *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryMediationOpenedEventName = "MediationOpened"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryMediationOpened) ContractEventName() string {
	return MediatorRegistryMediationOpenedEventName
}

// UnpackMediationOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediationOpened(uint256 indexed jobId, uint32 indexed committeeId, address indexed challenger, uint8 eligibleMask, uint40 commitDeadline, uint40 revealDeadline)
func (mediatorRegistry *MediatorRegistry) UnpackMediationOpenedEvent(log *types.Log) (*MediatorRegistryMediationOpened, error) {
	event := "MediationOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryMediationOpened)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryMediatorExited represents a MediatorExited event raised by the MediatorRegistry contract.
type MediatorRegistryMediatorExited struct {
	Mediator     common.Address
	BondReturned *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryMediatorExitedEventName = "MediatorExited"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryMediatorExited) ContractEventName() string {
	return MediatorRegistryMediatorExitedEventName
}

// UnpackMediatorExitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediatorExited(address indexed mediator, uint256 bondReturned)
func (mediatorRegistry *MediatorRegistry) UnpackMediatorExitedEvent(log *types.Log) (*MediatorRegistryMediatorExited, error) {
	event := "MediatorExited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryMediatorExited)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryMediatorRegistered represents a MediatorRegistered event raised by the MediatorRegistry contract.
type MediatorRegistryMediatorRegistered struct {
	Mediator common.Address
	Bond     *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryMediatorRegisteredEventName = "MediatorRegistered"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryMediatorRegistered) ContractEventName() string {
	return MediatorRegistryMediatorRegisteredEventName
}

// UnpackMediatorRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediatorRegistered(address indexed mediator, uint256 bond)
func (mediatorRegistry *MediatorRegistry) UnpackMediatorRegisteredEvent(log *types.Log) (*MediatorRegistryMediatorRegistered, error) {
	event := "MediatorRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryMediatorRegistered)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryMediatorSlashed represents a MediatorSlashed event raised by the MediatorRegistry contract.
type MediatorRegistryMediatorSlashed struct {
	JobId    *big.Int
	Mediator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryMediatorSlashedEventName = "MediatorSlashed"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryMediatorSlashed) ContractEventName() string {
	return MediatorRegistryMediatorSlashedEventName
}

// UnpackMediatorSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediatorSlashed(uint256 indexed jobId, address indexed mediator, uint256 amount)
func (mediatorRegistry *MediatorRegistry) UnpackMediatorSlashedEvent(log *types.Log) (*MediatorRegistryMediatorSlashed, error) {
	event := "MediatorSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryMediatorSlashed)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the MediatorRegistry contract.
type MediatorRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryOwnershipTransferStarted) ContractEventName() string {
	return MediatorRegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (mediatorRegistry *MediatorRegistry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*MediatorRegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the MediatorRegistry contract.
type MediatorRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryOwnershipTransferred) ContractEventName() string {
	return MediatorRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (mediatorRegistry *MediatorRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*MediatorRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryVoteCommitted represents a VoteCommitted event raised by the MediatorRegistry contract.
type MediatorRegistryVoteCommitted struct {
	JobId      *big.Int
	Mediator   common.Address
	Commitment [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryVoteCommittedEventName = "VoteCommitted"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryVoteCommitted) ContractEventName() string {
	return MediatorRegistryVoteCommittedEventName
}

// UnpackVoteCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCommitted(uint256 indexed jobId, address indexed mediator, bytes32 commitment)
func (mediatorRegistry *MediatorRegistry) UnpackVoteCommittedEvent(log *types.Log) (*MediatorRegistryVoteCommitted, error) {
	event := "VoteCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryVoteCommitted)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MediatorRegistryVoteRevealed represents a VoteRevealed event raised by the MediatorRegistry contract.
type MediatorRegistryVoteRevealed struct {
	JobId         *big.Int
	Mediator      common.Address
	ProviderRight bool
	Raw           *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryVoteRevealedEventName = "VoteRevealed"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryVoteRevealed) ContractEventName() string {
	return MediatorRegistryVoteRevealedEventName
}

// UnpackVoteRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteRevealed(uint256 indexed jobId, address indexed mediator, bool providerRight)
func (mediatorRegistry *MediatorRegistry) UnpackVoteRevealedEvent(log *types.Log) (*MediatorRegistryVoteRevealed, error) {
	event := "VoteRevealed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryVoteRevealed)
	if len(log.Data) > 0 {
		if err := mediatorRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mediatorRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (mediatorRegistry *MediatorRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["AlreadyCommitted"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackAlreadyCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["AlreadyRevealed"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackAlreadyRevealedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["BondTooSmall"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackBondTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["CommitPhaseOver"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackCommitPhaseOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["CommitmentMismatch"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["CommitmentZero"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackCommitmentZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["CommitteeNotFound"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackCommitteeNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["CommitteeNotSorted"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackCommitteeNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["CommitteeSizeInvalid"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackCommitteeSizeInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["ExitNotRequested"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackExitNotRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["ExitNotYetAvailable"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackExitNotYetAvailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["MediationAlreadyOpen"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackMediationAlreadyOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["MediationNotOpen"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackMediationNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["MediationNotOver"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackMediationNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["MediationsPending"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackMediationsPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["MediatorExiting"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackMediatorExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NoDefaultCommittee"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNoDefaultCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NoEligibleMediators"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNoEligibleMediatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NotEligible"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNotEligibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NotMarket"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNotMarketError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["RevealPhaseNotStarted"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackRevealPhaseNotStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["RevealPhaseOver"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackRevealPhaseOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["SlashExceedsMinBond"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackSlashExceedsMinBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackTransferFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MediatorRegistryAlreadyCommitted represents a AlreadyCommitted error raised by the MediatorRegistry contract.
type MediatorRegistryAlreadyCommitted struct {
	JobId    *big.Int
	Mediator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCommitted(uint256 jobId, address mediator)
func MediatorRegistryAlreadyCommittedErrorID() common.Hash {
	return common.HexToHash("0xd42c3985415fe3c33d0f0749432682c56d039cfb7a2286e4db68b4b1a46aa79d")
}

// UnpackAlreadyCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCommitted(uint256 jobId, address mediator)
func (mediatorRegistry *MediatorRegistry) UnpackAlreadyCommittedError(raw []byte) (*MediatorRegistryAlreadyCommitted, error) {
	out := new(MediatorRegistryAlreadyCommitted)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "AlreadyCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryAlreadyRevealed represents a AlreadyRevealed error raised by the MediatorRegistry contract.
type MediatorRegistryAlreadyRevealed struct {
	JobId    *big.Int
	Mediator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevealed(uint256 jobId, address mediator)
func MediatorRegistryAlreadyRevealedErrorID() common.Hash {
	return common.HexToHash("0xc339a8eafd48dabac86cb46ba11d79d623822599e1f7cd11ef84ff056b7d4ce9")
}

// UnpackAlreadyRevealedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevealed(uint256 jobId, address mediator)
func (mediatorRegistry *MediatorRegistry) UnpackAlreadyRevealedError(raw []byte) (*MediatorRegistryAlreadyRevealed, error) {
	out := new(MediatorRegistryAlreadyRevealed)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "AlreadyRevealed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryBondTooSmall represents a BondTooSmall error raised by the MediatorRegistry contract.
type MediatorRegistryBondTooSmall struct {
	Sent    *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooSmall(uint256 sent, uint256 minimum)
func MediatorRegistryBondTooSmallErrorID() common.Hash {
	return common.HexToHash("0x9901e6119fea07fdf8ff40f22203cc82f7596726ae1eff6fe8adb55241f0bfe8")
}

// UnpackBondTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooSmall(uint256 sent, uint256 minimum)
func (mediatorRegistry *MediatorRegistry) UnpackBondTooSmallError(raw []byte) (*MediatorRegistryBondTooSmall, error) {
	out := new(MediatorRegistryBondTooSmall)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "BondTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryCommitPhaseOver represents a CommitPhaseOver error raised by the MediatorRegistry contract.
type MediatorRegistryCommitPhaseOver struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitPhaseOver(uint256 jobId)
func MediatorRegistryCommitPhaseOverErrorID() common.Hash {
	return common.HexToHash("0xe450557243d00970113a2c6850cca7226e56326efd19b8fc2bc1da2092f26e41")
}

// UnpackCommitPhaseOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitPhaseOver(uint256 jobId)
func (mediatorRegistry *MediatorRegistry) UnpackCommitPhaseOverError(raw []byte) (*MediatorRegistryCommitPhaseOver, error) {
	out := new(MediatorRegistryCommitPhaseOver)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "CommitPhaseOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryCommitmentMismatch represents a CommitmentMismatch error raised by the MediatorRegistry contract.
type MediatorRegistryCommitmentMismatch struct {
	JobId    *big.Int
	Mediator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentMismatch(uint256 jobId, address mediator)
func MediatorRegistryCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x3dd1603e815b7a892af9df4f8a2b20bcb941cd13ae10e73aa38c245bfc45b6b6")
}

// UnpackCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentMismatch(uint256 jobId, address mediator)
func (mediatorRegistry *MediatorRegistry) UnpackCommitmentMismatchError(raw []byte) (*MediatorRegistryCommitmentMismatch, error) {
	out := new(MediatorRegistryCommitmentMismatch)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "CommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryCommitmentZero represents a CommitmentZero error raised by the MediatorRegistry contract.
type MediatorRegistryCommitmentZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentZero()
func MediatorRegistryCommitmentZeroErrorID() common.Hash {
	return common.HexToHash("0x4dfab336cbc1c3beea6f795dc05d4101cc191ec0c9bd41e06bdae1f2492b1614")
}

// UnpackCommitmentZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentZero()
func (mediatorRegistry *MediatorRegistry) UnpackCommitmentZeroError(raw []byte) (*MediatorRegistryCommitmentZero, error) {
	out := new(MediatorRegistryCommitmentZero)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "CommitmentZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryCommitteeNotFound represents a CommitteeNotFound error raised by the MediatorRegistry contract.
type MediatorRegistryCommitteeNotFound struct {
	CommitteeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotFound(uint32 committeeId)
func MediatorRegistryCommitteeNotFoundErrorID() common.Hash {
	return common.HexToHash("0x7b7eb965a0c005fef814f0ac212e033ef6490add04b5050b544b21ba2309efbb")
}

// UnpackCommitteeNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotFound(uint32 committeeId)
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeNotFoundError(raw []byte) (*MediatorRegistryCommitteeNotFound, error) {
	out := new(MediatorRegistryCommitteeNotFound)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "CommitteeNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryCommitteeNotSorted represents a CommitteeNotSorted error raised by the MediatorRegistry contract.
type MediatorRegistryCommitteeNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotSorted(uint256 index)
func MediatorRegistryCommitteeNotSortedErrorID() common.Hash {
	return common.HexToHash("0xcd0405d96b476f1ecf0343c7620971f637502629ba1d273ef9e3b42fed8c0a75")
}

// UnpackCommitteeNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotSorted(uint256 index)
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeNotSortedError(raw []byte) (*MediatorRegistryCommitteeNotSorted, error) {
	out := new(MediatorRegistryCommitteeNotSorted)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "CommitteeNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryCommitteeSizeInvalid represents a CommitteeSizeInvalid error raised by the MediatorRegistry contract.
type MediatorRegistryCommitteeSizeInvalid struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeSizeInvalid(uint256 size)
func MediatorRegistryCommitteeSizeInvalidErrorID() common.Hash {
	return common.HexToHash("0x651573e10cb1fd6878d675e65f3a08a21a0ab8e3bb5553da6225dc4a32836de8")
}

// UnpackCommitteeSizeInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeSizeInvalid(uint256 size)
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeSizeInvalidError(raw []byte) (*MediatorRegistryCommitteeSizeInvalid, error) {
	out := new(MediatorRegistryCommitteeSizeInvalid)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "CommitteeSizeInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryExitNotRequested represents a ExitNotRequested error raised by the MediatorRegistry contract.
type MediatorRegistryExitNotRequested struct {
	Mediator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitNotRequested(address mediator)
func MediatorRegistryExitNotRequestedErrorID() common.Hash {
	return common.HexToHash("0xccabe40da6a4bd0dcc686d1f53d1fefa007808f37235af3130a04398f7d3cdfe")
}

// UnpackExitNotRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitNotRequested(address mediator)
func (mediatorRegistry *MediatorRegistry) UnpackExitNotRequestedError(raw []byte) (*MediatorRegistryExitNotRequested, error) {
	out := new(MediatorRegistryExitNotRequested)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "ExitNotRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryExitNotYetAvailable represents a ExitNotYetAvailable error raised by the MediatorRegistry contract.
type MediatorRegistryExitNotYetAvailable struct {
	Mediator    common.Address
	AvailableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExitNotYetAvailable(address mediator, uint256 availableAt)
func MediatorRegistryExitNotYetAvailableErrorID() common.Hash {
	return common.HexToHash("0x32b0953ed88169d35b13f4b0bfbcdc5e3d72b24bb35d45849f5d62fc3f601a02")
}

// UnpackExitNotYetAvailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExitNotYetAvailable(address mediator, uint256 availableAt)
func (mediatorRegistry *MediatorRegistry) UnpackExitNotYetAvailableError(raw []byte) (*MediatorRegistryExitNotYetAvailable, error) {
	out := new(MediatorRegistryExitNotYetAvailable)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "ExitNotYetAvailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryMediationAlreadyOpen represents a MediationAlreadyOpen error raised by the MediatorRegistry contract.
type MediatorRegistryMediationAlreadyOpen struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MediationAlreadyOpen(uint256 jobId)
func MediatorRegistryMediationAlreadyOpenErrorID() common.Hash {
	return common.HexToHash("0xed2fe20a12fb9783359b72593ecc1814d3b2ad130aa478d7b9699cbe2af69f52")
}

// UnpackMediationAlreadyOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MediationAlreadyOpen(uint256 jobId)
func (mediatorRegistry *MediatorRegistry) UnpackMediationAlreadyOpenError(raw []byte) (*MediatorRegistryMediationAlreadyOpen, error) {
	out := new(MediatorRegistryMediationAlreadyOpen)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "MediationAlreadyOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryMediationNotOpen represents a MediationNotOpen error raised by the MediatorRegistry contract.
type MediatorRegistryMediationNotOpen struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MediationNotOpen(uint256 jobId)
func MediatorRegistryMediationNotOpenErrorID() common.Hash {
	return common.HexToHash("0xe375255c005eab6c3cd790bf53cecc05c115ae3660caf7f5eebdc50105de29d3")
}

// UnpackMediationNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MediationNotOpen(uint256 jobId)
func (mediatorRegistry *MediatorRegistry) UnpackMediationNotOpenError(raw []byte) (*MediatorRegistryMediationNotOpen, error) {
	out := new(MediatorRegistryMediationNotOpen)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "MediationNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryMediationNotOver represents a MediationNotOver error raised by the MediatorRegistry contract.
type MediatorRegistryMediationNotOver struct {
	JobId          *big.Int
	RevealDeadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MediationNotOver(uint256 jobId, uint256 revealDeadline)
func MediatorRegistryMediationNotOverErrorID() common.Hash {
	return common.HexToHash("0x3010a92cceb45ef49d6f8454f11ef5cd0eddb3ee7558e5e6e81f6e2f06e015ae")
}

// UnpackMediationNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MediationNotOver(uint256 jobId, uint256 revealDeadline)
func (mediatorRegistry *MediatorRegistry) UnpackMediationNotOverError(raw []byte) (*MediatorRegistryMediationNotOver, error) {
	out := new(MediatorRegistryMediationNotOver)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "MediationNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryMediationsPending represents a MediationsPending error raised by the MediatorRegistry contract.
type MediatorRegistryMediationsPending struct {
	Mediator common.Address
	Count    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MediationsPending(address mediator, uint256 count)
func MediatorRegistryMediationsPendingErrorID() common.Hash {
	return common.HexToHash("0xba120444009acc6cbf5884d4dc12c428f3891b5640e07a082449bfdcb8d3fd8c")
}

// UnpackMediationsPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MediationsPending(address mediator, uint256 count)
func (mediatorRegistry *MediatorRegistry) UnpackMediationsPendingError(raw []byte) (*MediatorRegistryMediationsPending, error) {
	out := new(MediatorRegistryMediationsPending)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "MediationsPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryMediatorExiting represents a MediatorExiting error raised by the MediatorRegistry contract.
type MediatorRegistryMediatorExiting struct {
	Mediator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MediatorExiting(address mediator)
func MediatorRegistryMediatorExitingErrorID() common.Hash {
	return common.HexToHash("0x557a72ee2badf9ea797375733fdb067acc16df2affdebc71e2f967eadc8a6491")
}

// UnpackMediatorExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MediatorExiting(address mediator)
func (mediatorRegistry *MediatorRegistry) UnpackMediatorExitingError(raw []byte) (*MediatorRegistryMediatorExiting, error) {
	out := new(MediatorRegistryMediatorExiting)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "MediatorExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryNoDefaultCommittee represents a NoDefaultCommittee error raised by the MediatorRegistry contract.
type MediatorRegistryNoDefaultCommittee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDefaultCommittee()
func MediatorRegistryNoDefaultCommitteeErrorID() common.Hash {
	return common.HexToHash("0x04dfbaee69907410a1dfb9460f93d68441b034a6f3fc2d94aabc0a43811be269")
}

// UnpackNoDefaultCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDefaultCommittee()
func (mediatorRegistry *MediatorRegistry) UnpackNoDefaultCommitteeError(raw []byte) (*MediatorRegistryNoDefaultCommittee, error) {
	out := new(MediatorRegistryNoDefaultCommittee)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NoDefaultCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryNoEligibleMediators represents a NoEligibleMediators error raised by the MediatorRegistry contract.
type MediatorRegistryNoEligibleMediators struct {
	CommitteeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoEligibleMediators(uint32 committeeId)
func MediatorRegistryNoEligibleMediatorsErrorID() common.Hash {
	return common.HexToHash("0x9ffe090239ce73f456b63875f8832e9b1bcb563f441da953496d718960f48050")
}

// UnpackNoEligibleMediatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoEligibleMediators(uint32 committeeId)
func (mediatorRegistry *MediatorRegistry) UnpackNoEligibleMediatorsError(raw []byte) (*MediatorRegistryNoEligibleMediators, error) {
	out := new(MediatorRegistryNoEligibleMediators)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NoEligibleMediators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryNotCommitted represents a NotCommitted error raised by the MediatorRegistry contract.
type MediatorRegistryNotCommitted struct {
	JobId    *big.Int
	Mediator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitted(uint256 jobId, address mediator)
func MediatorRegistryNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x809c4a1115851264dceae412256acc227163d5bd2c03a6f8c093854cb28be21d")
}

// UnpackNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitted(uint256 jobId, address mediator)
func (mediatorRegistry *MediatorRegistry) UnpackNotCommittedError(raw []byte) (*MediatorRegistryNotCommitted, error) {
	out := new(MediatorRegistryNotCommitted)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryNotEligible represents a NotEligible error raised by the MediatorRegistry contract.
type MediatorRegistryNotEligible struct {
	JobId    *big.Int
	Mediator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEligible(uint256 jobId, address mediator)
func MediatorRegistryNotEligibleErrorID() common.Hash {
	return common.HexToHash("0x6fc842cfc29c1e2bc16cbfa44c8a6d9c18ce3d672dc914c6b80037c0463844bb")
}

// UnpackNotEligibleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEligible(uint256 jobId, address mediator)
func (mediatorRegistry *MediatorRegistry) UnpackNotEligibleError(raw []byte) (*MediatorRegistryNotEligible, error) {
	out := new(MediatorRegistryNotEligible)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NotEligible", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryNotMarket represents a NotMarket error raised by the MediatorRegistry contract.
type MediatorRegistryNotMarket struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMarket(address caller)
func MediatorRegistryNotMarketErrorID() common.Hash {
	return common.HexToHash("0xbfae38b33907467ea3651d4564b66c7df27bbd52b3924e47aa461b118ab3c8a3")
}

// UnpackNotMarketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMarket(address caller)
func (mediatorRegistry *MediatorRegistry) UnpackNotMarketError(raw []byte) (*MediatorRegistryNotMarket, error) {
	out := new(MediatorRegistryNotMarket)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NotMarket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryNotRegistered represents a NotRegistered error raised by the MediatorRegistry contract.
type MediatorRegistryNotRegistered struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(address account)
func MediatorRegistryNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xbfc6c337a80b7b8201f77f0a2a54c6e5f7c6fd9124a749804a482fa16ee8a895")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(address account)
func (mediatorRegistry *MediatorRegistry) UnpackNotRegisteredError(raw []byte) (*MediatorRegistryNotRegistered, error) {
	out := new(MediatorRegistryNotRegistered)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryNothingToWithdraw represents a NothingToWithdraw error raised by the MediatorRegistry contract.
type MediatorRegistryNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func MediatorRegistryNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (mediatorRegistry *MediatorRegistry) UnpackNothingToWithdrawError(raw []byte) (*MediatorRegistryNothingToWithdraw, error) {
	out := new(MediatorRegistryNothingToWithdraw)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the MediatorRegistry contract.
type MediatorRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func MediatorRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (mediatorRegistry *MediatorRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*MediatorRegistryOwnableInvalidOwner, error) {
	out := new(MediatorRegistryOwnableInvalidOwner)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the MediatorRegistry contract.
type MediatorRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func MediatorRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (mediatorRegistry *MediatorRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*MediatorRegistryOwnableUnauthorizedAccount, error) {
	out := new(MediatorRegistryOwnableUnauthorizedAccount)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the MediatorRegistry contract.
type MediatorRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func MediatorRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (mediatorRegistry *MediatorRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*MediatorRegistryReentrancyGuardReentrantCall, error) {
	out := new(MediatorRegistryReentrancyGuardReentrantCall)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryRevealPhaseNotStarted represents a RevealPhaseNotStarted error raised by the MediatorRegistry contract.
type MediatorRegistryRevealPhaseNotStarted struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPhaseNotStarted(uint256 jobId)
func MediatorRegistryRevealPhaseNotStartedErrorID() common.Hash {
	return common.HexToHash("0xc9204faf75f70e75ed1c3e6e12af1377571af00f11df27bcb7ba025eef5ff0ed")
}

// UnpackRevealPhaseNotStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPhaseNotStarted(uint256 jobId)
func (mediatorRegistry *MediatorRegistry) UnpackRevealPhaseNotStartedError(raw []byte) (*MediatorRegistryRevealPhaseNotStarted, error) {
	out := new(MediatorRegistryRevealPhaseNotStarted)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "RevealPhaseNotStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryRevealPhaseOver represents a RevealPhaseOver error raised by the MediatorRegistry contract.
type MediatorRegistryRevealPhaseOver struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RevealPhaseOver(uint256 jobId)
func MediatorRegistryRevealPhaseOverErrorID() common.Hash {
	return common.HexToHash("0x377fb9844440a46d34d11d7f0ac766b7ffaf2538f699944256fb963c194c7a78")
}

// UnpackRevealPhaseOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RevealPhaseOver(uint256 jobId)
func (mediatorRegistry *MediatorRegistry) UnpackRevealPhaseOverError(raw []byte) (*MediatorRegistryRevealPhaseOver, error) {
	out := new(MediatorRegistryRevealPhaseOver)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "RevealPhaseOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistrySlashExceedsMinBond represents a SlashExceedsMinBond error raised by the MediatorRegistry contract.
type MediatorRegistrySlashExceedsMinBond struct {
	SlashAmount *big.Int
	MinBond     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlashExceedsMinBond(uint256 slashAmount, uint256 minBond)
func MediatorRegistrySlashExceedsMinBondErrorID() common.Hash {
	return common.HexToHash("0x99d7abff85425bd874955f1c1afc3ed3483912f98b2a2756ed1871ff3f9430b7")
}

// UnpackSlashExceedsMinBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlashExceedsMinBond(uint256 slashAmount, uint256 minBond)
func (mediatorRegistry *MediatorRegistry) UnpackSlashExceedsMinBondError(raw []byte) (*MediatorRegistrySlashExceedsMinBond, error) {
	out := new(MediatorRegistrySlashExceedsMinBond)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "SlashExceedsMinBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryTransferFailed represents a TransferFailed error raised by the MediatorRegistry contract.
type MediatorRegistryTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func MediatorRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (mediatorRegistry *MediatorRegistry) UnpackTransferFailedError(raw []byte) (*MediatorRegistryTransferFailed, error) {
	out := new(MediatorRegistryTransferFailed)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModuleRegistryMetaData contains all meta data concerning the ModuleRegistry contract.
var ModuleRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"getModule\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"defaultRunTime\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"defaultSolverFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"nameVersion\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"specUri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"primaryInput\",\"type\":\"string\"}],\"internalType\":\"structIModuleRegistry.Module\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"nameVersion\",\"type\":\"string\"}],\"name\":\"jobDefaults\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"PackedResources\",\"name\":\"resources\",\"type\":\"uint136\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"nameVersion\",\"type\":\"string\"}],\"name\":\"moduleIdOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"nameOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"specUri\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"defaultRunTime\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"primaryInput\",\"type\":\"string\"},{\"internalType\":\"uint96\",\"name\":\"defaultSolverFee\",\"type\":\"uint96\"}],\"internalType\":\"structIModuleRegistry.ModuleRequest\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferName\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nameHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"specUri\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"defaultRunTime\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"primaryInput\",\"type\":\"string\"},{\"internalType\":\"uint96\",\"name\":\"defaultSolverFee\",\"type\":\"uint96\"}],\"indexed\":false,\"internalType\":\"structIModuleRegistry.ModuleRequest\",\"name\":\"request\",\"type\":\"tuple\"}],\"name\":\"ModulePublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nameHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"NameTransferred\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"}],\"name\":\"ModuleNameInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ModuleNameTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"ModuleNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModuleRunTimeZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModuleSpecHashZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"nameVersion\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"ModuleVersionExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"nameVersion\",\"type\":\"string\"}],\"name\":\"ModuleVersionNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotNameOwner\",\"type\":\"error\"}]",
	ID:  "e8123eb554f22a97c308aa7b57885d5f63",
	Bin: "0x6080604052348015600e575f5ffd5b506114e98061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c8063667b4b8111610058578063667b4b81146100d657806375d02185146100e9578063d495349f146100fc578063e18c3a061461014e575f5ffd5b8063334f7ac51461007e57806337194d1e146100a15780633dfb17e4146100b6575b5f5ffd5b5f5463ffffffff165b60405163ffffffff90911681526020015b60405180910390f35b6100b46100af366004610c8f565b610179565b005b6100c96100c4366004610d05565b610238565b6040516100989190610d53565b6100876100e4366004610e5c565b6104e5565b6100876100f7366004610e9b565b61051f565b61010f61010a366004610e5c565b610959565b6040805163ffffffff95861681526001600160881b0394909416602085015291909316908201526001600160601b039091166060820152608001610098565b61016161015c366004610e5c565b610a07565b6040516001600160a01b039091168152602001610098565b5f838360405161018a929190610ed3565b60408051918290039091205f818152600360205291909120549091506001600160a01b031633146101dd57838333604051636481270b60e11b81526004016101d493929190610f0a565b60405180910390fd5b5f8181526003602052604080822080546001600160a01b0319166001600160a01b03861690811790915590519091339184917fee3ae35c0d0799fb196f821efc8d30111345552cd23192da6bab51e7f664b6ba91a450505050565b610240610bc3565b63ffffffff82165f908152600160205260409020805461027b576040516370d105eb60e11b815263ffffffff841660048201526024016101d4565b60408051610100810182528254815260018301546001600160a01b0381166020830152600160a01b900463ffffffff169181019190915260028201546001600160601b0381166060830152608082019061032a90600160601b90046001600160881b03166040805160a08101825260ff83168152600883901c63ffffffff9081166020830152602884901c811692820192909252604883901c8216606082015260689290921c16608082015290565b815260200182600301805461033e90610f35565b80601f016020809104026020016040519081016040528092919081815260200182805461036a90610f35565b80156103b55780601f1061038c576101008083540402835291602001916103b5565b820191905f5260205f20905b81548152906001019060200180831161039857829003601f168201915b505050505081526020018260040180546103ce90610f35565b80601f01602080910402602001604051908101604052809291908181526020018280546103fa90610f35565b80156104455780601f1061041c57610100808354040283529160200191610445565b820191905f5260205f20905b81548152906001019060200180831161042857829003601f168201915b5050505050815260200182600501805461045e90610f35565b80601f016020809104026020016040519081016040528092919081815260200182805461048a90610f35565b80156104d55780601f106104ac576101008083540402835291602001916104d5565b820191905f5260205f20905b8154815290600101906020018083116104b857829003601f168201915b5050505050815250915050919050565b5f60025f84846040516104f9929190610ed3565b604080519182900390912082526020820192909252015f205463ffffffff169392505050565b5f61053561052d8380610f6d565b60405f610a44565b1580610557575061055561054c6020840184610f6d565b60206001610a44565b155b15610590576105668280610f6d565b6105736020850185610f6d565b60405163f021d8cb60e01b81526004016101d49493929190610fb0565b60408201356105b257604051632d92d2f560e11b815260040160405180910390fd5b6105c461014083016101208401610d05565b63ffffffff165f036105e957604051631aa513c560e21b815260040160405180910390fd5b5f6105f48380610f6d565b604051610602929190610ed3565b60408051918290039091205f818152600360205291909120549091506001600160a01b03168061067e575f8281526003602052604080822080546001600160a01b03191633908117909155905190919084907fee3ae35c0d0799fb196f821efc8d30111345552cd23192da6bab51e7f664b6ba908390a46106b5565b6001600160a01b03811633146106b5576106988480610f6d565b82604051639ce5c83160e01b81526004016101d493929190610f0a565b5f6106c08580610f6d565b6106cd6020880188610f6d565b6040516020016106e09493929190610fe1565b60408051601f1981840301815291815281516020808401919091205f8181526002909252919020549192509063ffffffff168015610735578281604051630176f33560e61b81526004016101d492919061100a565b5f805481906107499063ffffffff16611031565b825463ffffffff8083166101009490940a848102910219909116179092555f848152600260209081526040808320805463ffffffff19168517905592825260019081905290829020918a01358255810180546001600160a01b031916331790559096506107be61014089016101208a01610d05565b60018201805463ffffffff92909216600160a01b0263ffffffff60a01b199092169190911790556107f761018089016101608a01611077565b6002820180546bffffffffffffffffffffffff19166001600160601b0392909216919091179055610882610833368a90038a0160808b016110b4565b5f6068826080015163ffffffff16901b6048836060015163ffffffff16901b6028846040015163ffffffff16901b6008856020015163ffffffff16901b855f015160ff16171717179050919050565b6002820180546001600160881b0392909216600160601b0270ffffffffffffffffffffffffffffffffff60601b19909216919091179055600381016108c7858261118e565b506108d56060890189610f6d565b60048301916108e5919083611249565b506108f4610140890189610f6d565b6005830191610904919083611249565b50336001600160a01b0316868863ffffffff167fc721f579eb0b131d1598e9b82229d47085e984c0f3fae1be6fa50e4faf4fe87d8b60405161094691906113b3565b60405180910390a4505050505050919050565b5f5f5f5f60025f8787604051610970929190610ed3565b604080519182900390912082526020820192909252015f9081205463ffffffff1694508490036109b75785856040516388c9019560e01b81526004016101d49291906114b5565b50505063ffffffff8082165f90815260016020819052604090912060028101549101546001600160881b03600160601b83041692600160a01b90910416906001600160601b031692959194509250565b5f60035f8484604051610a1b929190610ed3565b604080519182900390912082526020820192909252015f20546001600160a01b03169392505050565b5f8484801580610a5357508481115b15610a62575f92505050610bbb565b5f5b81811015610bb3575f838383818110610a7f57610a7f6114c8565b909101356001600160f81b03191691505f9050606160f81b8210801590610ab45750603d60f91b6001600160f81b0319831611155b80610ae65750600360fc1b6001600160f81b0319831610801590610ae65750603960f81b6001600160f81b0319831611155b80610afe5750602d60f81b6001600160f81b03198316145b80610b165750605f60f81b6001600160f81b03198316145b80610b2e5750601760f91b6001600160f81b03198316145b905080610b975786610b5057602f60f81b6001600160f81b0319831614610b94565b604160f81b6001600160f81b0319831610801590610b7c5750602d60f91b6001600160f81b0319831611155b80610b945750602b60f81b6001600160f81b03198316145b90505b80610ba9575f95505050505050610bbb565b5050600101610a64565b506001925050505b949350505050565b6040518061010001604052805f81526020015f6001600160a01b031681526020015f63ffffffff1681526020015f6001600160601b03168152602001610c2f6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915290565b81526020016060815260200160608152602001606081525090565b5f5f83601f840112610c5a575f5ffd5b50813567ffffffffffffffff811115610c71575f5ffd5b602083019150836020828501011115610c88575f5ffd5b9250929050565b5f5f5f60408486031215610ca1575f5ffd5b833567ffffffffffffffff811115610cb7575f5ffd5b610cc386828701610c4a565b90945092505060208401356001600160a01b0381168114610ce2575f5ffd5b809150509250925092565b803563ffffffff81168114610d00575f5ffd5b919050565b5f60208284031215610d15575f5ffd5b610d1e82610ced565b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60208152815160208201525f6020830151610d7960408401826001600160a01b03169052565b50604083015163ffffffff811660608401525060608301516001600160601b0381166080840152506080830151610df960a084018260ff815116825263ffffffff602082015116602083015263ffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff60808201511660808301525050565b5060a0830151610180610140840152610e166101a0840182610d25565b905060c0840151601f1984830301610160850152610e348282610d25565b91505060e0840151601f1984830301610180850152610e538282610d25565b95945050505050565b5f5f60208385031215610e6d575f5ffd5b823567ffffffffffffffff811115610e83575f5ffd5b610e8f85828601610c4a565b90969095509350505050565b5f60208284031215610eab575f5ffd5b813567ffffffffffffffff811115610ec1575f5ffd5b82016101808185031215610d1e575f5ffd5b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f610f1d604083018587610ee2565b905060018060a01b0383166020830152949350505050565b600181811c90821680610f4957607f821691505b602082108103610f6757634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f8335601e19843603018112610f82575f5ffd5b83018035915067ffffffffffffffff821115610f9c575f5ffd5b602001915036819003821315610c88575f5ffd5b604081525f610fc3604083018688610ee2565b8281036020840152610fd6818587610ee2565b979650505050505050565b838582375f848201601d60f91b8152838560018301375f93016001019283525090949350505050565b604081525f61101c6040830185610d25565b905063ffffffff831660208301529392505050565b5f63ffffffff821663ffffffff810361105857634e487b7160e01b5f52601160045260245ffd5b60010192915050565b80356001600160601b0381168114610d00575f5ffd5b5f60208284031215611087575f5ffd5b610d1e82611061565b634e487b7160e01b5f52604160045260245ffd5b803560ff81168114610d00575f5ffd5b5f60a08284031280156110c5575f5ffd5b5060405160a0810167ffffffffffffffff811182821017156110e9576110e9611090565b6040526110f5836110a4565b815261110360208401610ced565b602082015261111460408401610ced565b604082015261112560608401610ced565b606082015261113660808401610ced565b60808201529392505050565b601f82111561118957805f5260205f20601f840160051c810160208510156111675750805b601f840160051c820191505b81811015611186575f8155600101611173565b50505b505050565b815167ffffffffffffffff8111156111a8576111a8611090565b6111bc816111b68454610f35565b84611142565b6020601f8211600181146111ee575f83156111d75750848201515b5f19600385901b1c1916600184901b178455611186565b5f84815260208120601f198516915b8281101561121d57878501518255602094850194600190920191016111fd565b508482101561123a57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b67ffffffffffffffff83111561126157611261611090565b6112758361126f8354610f35565b83611142565b5f601f8411600181146112a6575f851561128f5750838201355b5f19600387901b1c1916600186901b178355611186565b5f83815260208120601f198716915b828110156112d557868501358255602094850194600190920191016112b5565b50868210156112f1575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f5f8335601e19843603018112611318575f5ffd5b830160208101925035905067ffffffffffffffff811115611337575f5ffd5b803603821315610c88575f5ffd5b60ff611350826110a4565b16825263ffffffff61136460208301610ced565b16602083015263ffffffff61137b60408301610ced565b16604083015263ffffffff61139260608301610ced565b16606083015263ffffffff6113a960808301610ced565b1660808301525050565b602081525f6113c28384611303565b61018060208501526113d96101a085018284610ee2565b9150506113e96020850185611303565b848303601f19016040860152611400838284610ee2565b925050505f60408501359050806060850152506114206060850185611303565b848303601f19016080860152611437838284610ee2565b9250505061144b60a0840160808601611345565b6114586101208501610ced565b63ffffffff811661014085015250611474610140850185611303565b848303601f190161016086015261148c838284610ee2565b9250505061149d6101608501611061565b6001600160601b038116610180850152509392505050565b602081525f610bbb602083018486610ee2565b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081e000a",
}

// ModuleRegistry is an auto generated Go binding around an Ethereum contract.
type ModuleRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModuleRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewModuleRegistry creates a new instance of ModuleRegistry.
func NewModuleRegistry() *ModuleRegistry {
	parsed, err := ModuleRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModuleRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModuleRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackGetModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dfb17e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModule(uint32 moduleId) view returns((bytes32,address,uint32,uint96,(uint8,uint32,uint32,uint32,uint32),string,string,string))
func (moduleRegistry *ModuleRegistry) PackGetModule(moduleId uint32) []byte {
	enc, err := moduleRegistry.abi.Pack("getModule", moduleId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dfb17e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModule(uint32 moduleId) view returns((bytes32,address,uint32,uint96,(uint8,uint32,uint32,uint32,uint32),string,string,string))
func (moduleRegistry *ModuleRegistry) TryPackGetModule(moduleId uint32) ([]byte, error) {
	return moduleRegistry.abi.Pack("getModule", moduleId)
}

// UnpackGetModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dfb17e4.
//
// Solidity: function getModule(uint32 moduleId) view returns((bytes32,address,uint32,uint96,(uint8,uint32,uint32,uint32,uint32),string,string,string))
func (moduleRegistry *ModuleRegistry) UnpackGetModule(data []byte) (IModuleRegistryModule, error) {
	out, err := moduleRegistry.abi.Unpack("getModule", data)
	if err != nil {
		return *new(IModuleRegistryModule), err
	}
	out0 := *abi.ConvertType(out[0], new(IModuleRegistryModule)).(*IModuleRegistryModule)
	return out0, nil
}

// PackJobDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd495349f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobDefaults(string nameVersion) view returns(uint32 moduleId, uint136 resources, uint32 runTime, uint96 solverFee)
func (moduleRegistry *ModuleRegistry) PackJobDefaults(nameVersion string) []byte {
	enc, err := moduleRegistry.abi.Pack("jobDefaults", nameVersion)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobDefaults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd495349f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobDefaults(string nameVersion) view returns(uint32 moduleId, uint136 resources, uint32 runTime, uint96 solverFee)
func (moduleRegistry *ModuleRegistry) TryPackJobDefaults(nameVersion string) ([]byte, error) {
	return moduleRegistry.abi.Pack("jobDefaults", nameVersion)
}

// JobDefaultsOutput serves as a container for the return parameters of contract
// method JobDefaults.
type JobDefaultsOutput struct {
	ModuleId  uint32
	Resources *big.Int
	RunTime   uint32
	SolverFee *big.Int
}

// UnpackJobDefaults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd495349f.
//
// Solidity: function jobDefaults(string nameVersion) view returns(uint32 moduleId, uint136 resources, uint32 runTime, uint96 solverFee)
func (moduleRegistry *ModuleRegistry) UnpackJobDefaults(data []byte) (JobDefaultsOutput, error) {
	out, err := moduleRegistry.abi.Unpack("jobDefaults", data)
	outstruct := new(JobDefaultsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ModuleId = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Resources = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.RunTime = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.SolverFee = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackModuleCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x334f7ac5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moduleCount() view returns(uint32)
func (moduleRegistry *ModuleRegistry) PackModuleCount() []byte {
	enc, err := moduleRegistry.abi.Pack("moduleCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModuleCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x334f7ac5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moduleCount() view returns(uint32)
func (moduleRegistry *ModuleRegistry) TryPackModuleCount() ([]byte, error) {
	return moduleRegistry.abi.Pack("moduleCount")
}

// UnpackModuleCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x334f7ac5.
//
// Solidity: function moduleCount() view returns(uint32)
func (moduleRegistry *ModuleRegistry) UnpackModuleCount(data []byte) (uint32, error) {
	out, err := moduleRegistry.abi.Unpack("moduleCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackModuleIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x667b4b81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moduleIdOf(string nameVersion) view returns(uint32)
func (moduleRegistry *ModuleRegistry) PackModuleIdOf(nameVersion string) []byte {
	enc, err := moduleRegistry.abi.Pack("moduleIdOf", nameVersion)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModuleIdOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x667b4b81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moduleIdOf(string nameVersion) view returns(uint32)
func (moduleRegistry *ModuleRegistry) TryPackModuleIdOf(nameVersion string) ([]byte, error) {
	return moduleRegistry.abi.Pack("moduleIdOf", nameVersion)
}

// UnpackModuleIdOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x667b4b81.
//
// Solidity: function moduleIdOf(string nameVersion) view returns(uint32)
func (moduleRegistry *ModuleRegistry) UnpackModuleIdOf(data []byte) (uint32, error) {
	out, err := moduleRegistry.abi.Unpack("moduleIdOf", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackNameOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe18c3a06.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nameOwner(string name) view returns(address)
func (moduleRegistry *ModuleRegistry) PackNameOwner(name string) []byte {
	enc, err := moduleRegistry.abi.Pack("nameOwner", name)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNameOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe18c3a06.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nameOwner(string name) view returns(address)
func (moduleRegistry *ModuleRegistry) TryPackNameOwner(name string) ([]byte, error) {
	return moduleRegistry.abi.Pack("nameOwner", name)
}

// UnpackNameOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe18c3a06.
//
// Solidity: function nameOwner(string name) view returns(address)
func (moduleRegistry *ModuleRegistry) UnpackNameOwner(data []byte) (common.Address, error) {
	out, err := moduleRegistry.abi.Unpack("nameOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75d02185.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((string,string,bytes32,string,(uint8,uint32,uint32,uint32,uint32),uint32,string,uint96) r) returns(uint32 moduleId)
func (moduleRegistry *ModuleRegistry) PackPublish(r IModuleRegistryModuleRequest) []byte {
	enc, err := moduleRegistry.abi.Pack("publish", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75d02185.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((string,string,bytes32,string,(uint8,uint32,uint32,uint32,uint32),uint32,string,uint96) r) returns(uint32 moduleId)
func (moduleRegistry *ModuleRegistry) TryPackPublish(r IModuleRegistryModuleRequest) ([]byte, error) {
	return moduleRegistry.abi.Pack("publish", r)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x75d02185.
//
// Solidity: function publish((string,string,bytes32,string,(uint8,uint32,uint32,uint32,uint32),uint32,string,uint96) r) returns(uint32 moduleId)
func (moduleRegistry *ModuleRegistry) UnpackPublish(data []byte) (uint32, error) {
	out, err := moduleRegistry.abi.Unpack("publish", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackTransferName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37194d1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferName(string name, address to) returns()
func (moduleRegistry *ModuleRegistry) PackTransferName(name string, to common.Address) []byte {
	enc, err := moduleRegistry.abi.Pack("transferName", name, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37194d1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferName(string name, address to) returns()
func (moduleRegistry *ModuleRegistry) TryPackTransferName(name string, to common.Address) ([]byte, error) {
	return moduleRegistry.abi.Pack("transferName", name, to)
}

// ModuleRegistryModulePublished represents a ModulePublished event raised by the ModuleRegistry contract.
type ModuleRegistryModulePublished struct {
	ModuleId  uint32
	NameHash  [32]byte
	Publisher common.Address
	Request   IModuleRegistryModuleRequest
	Raw       *types.Log // Blockchain specific contextual infos
}

const ModuleRegistryModulePublishedEventName = "ModulePublished"

// ContractEventName returns the user-defined event name.
func (ModuleRegistryModulePublished) ContractEventName() string {
	return ModuleRegistryModulePublishedEventName
}

// UnpackModulePublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModulePublished(uint32 indexed moduleId, bytes32 indexed nameHash, address indexed publisher, (string,string,bytes32,string,(uint8,uint32,uint32,uint32,uint32),uint32,string,uint96) request)
func (moduleRegistry *ModuleRegistry) UnpackModulePublishedEvent(log *types.Log) (*ModuleRegistryModulePublished, error) {
	event := "ModulePublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != moduleRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModuleRegistryModulePublished)
	if len(log.Data) > 0 {
		if err := moduleRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range moduleRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ModuleRegistryNameTransferred represents a NameTransferred event raised by the ModuleRegistry contract.
type ModuleRegistryNameTransferred struct {
	NameHash [32]byte
	From     common.Address
	To       common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ModuleRegistryNameTransferredEventName = "NameTransferred"

// ContractEventName returns the user-defined event name.
func (ModuleRegistryNameTransferred) ContractEventName() string {
	return ModuleRegistryNameTransferredEventName
}

// UnpackNameTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NameTransferred(bytes32 indexed nameHash, address indexed from, address indexed to)
func (moduleRegistry *ModuleRegistry) UnpackNameTransferredEvent(log *types.Log) (*ModuleRegistryNameTransferred, error) {
	event := "NameTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != moduleRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModuleRegistryNameTransferred)
	if len(log.Data) > 0 {
		if err := moduleRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range moduleRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (moduleRegistry *ModuleRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], moduleRegistry.abi.Errors["ModuleNameInvalid"].ID.Bytes()[:4]) {
		return moduleRegistry.UnpackModuleNameInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], moduleRegistry.abi.Errors["ModuleNameTaken"].ID.Bytes()[:4]) {
		return moduleRegistry.UnpackModuleNameTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], moduleRegistry.abi.Errors["ModuleNotFound"].ID.Bytes()[:4]) {
		return moduleRegistry.UnpackModuleNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], moduleRegistry.abi.Errors["ModuleRunTimeZero"].ID.Bytes()[:4]) {
		return moduleRegistry.UnpackModuleRunTimeZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], moduleRegistry.abi.Errors["ModuleSpecHashZero"].ID.Bytes()[:4]) {
		return moduleRegistry.UnpackModuleSpecHashZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], moduleRegistry.abi.Errors["ModuleVersionExists"].ID.Bytes()[:4]) {
		return moduleRegistry.UnpackModuleVersionExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], moduleRegistry.abi.Errors["ModuleVersionNotFound"].ID.Bytes()[:4]) {
		return moduleRegistry.UnpackModuleVersionNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], moduleRegistry.abi.Errors["NotNameOwner"].ID.Bytes()[:4]) {
		return moduleRegistry.UnpackNotNameOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModuleRegistryModuleNameInvalid represents a ModuleNameInvalid error raised by the ModuleRegistry contract.
type ModuleRegistryModuleNameInvalid struct {
	Name    string
	Version string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleNameInvalid(string name, string version)
func ModuleRegistryModuleNameInvalidErrorID() common.Hash {
	return common.HexToHash("0xf021d8cb016dffd0b1afb554eb88161f0cc06957ac040341a2656c07df0d4af1")
}

// UnpackModuleNameInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleNameInvalid(string name, string version)
func (moduleRegistry *ModuleRegistry) UnpackModuleNameInvalidError(raw []byte) (*ModuleRegistryModuleNameInvalid, error) {
	out := new(ModuleRegistryModuleNameInvalid)
	if err := moduleRegistry.abi.UnpackIntoInterface(out, "ModuleNameInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModuleRegistryModuleNameTaken represents a ModuleNameTaken error raised by the ModuleRegistry contract.
type ModuleRegistryModuleNameTaken struct {
	Name  string
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleNameTaken(string name, address owner)
func ModuleRegistryModuleNameTakenErrorID() common.Hash {
	return common.HexToHash("0x9ce5c831c9e9fb16d333624ba023f83daeb2b144a1a459ecc33561f1ed7b87c0")
}

// UnpackModuleNameTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleNameTaken(string name, address owner)
func (moduleRegistry *ModuleRegistry) UnpackModuleNameTakenError(raw []byte) (*ModuleRegistryModuleNameTaken, error) {
	out := new(ModuleRegistryModuleNameTaken)
	if err := moduleRegistry.abi.UnpackIntoInterface(out, "ModuleNameTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModuleRegistryModuleNotFound represents a ModuleNotFound error raised by the ModuleRegistry contract.
type ModuleRegistryModuleNotFound struct {
	ModuleId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleNotFound(uint32 moduleId)
func ModuleRegistryModuleNotFoundErrorID() common.Hash {
	return common.HexToHash("0xe1a20bd64be00af2a61cebf2608aad2326ca28a61302fdb0a1855a6c6143f484")
}

// UnpackModuleNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleNotFound(uint32 moduleId)
func (moduleRegistry *ModuleRegistry) UnpackModuleNotFoundError(raw []byte) (*ModuleRegistryModuleNotFound, error) {
	out := new(ModuleRegistryModuleNotFound)
	if err := moduleRegistry.abi.UnpackIntoInterface(out, "ModuleNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModuleRegistryModuleRunTimeZero represents a ModuleRunTimeZero error raised by the ModuleRegistry contract.
type ModuleRegistryModuleRunTimeZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleRunTimeZero()
func ModuleRegistryModuleRunTimeZeroErrorID() common.Hash {
	return common.HexToHash("0x6a944f1481c718984f49c35fc7e0da2c55871ec0c97b4525b906a1de607ca225")
}

// UnpackModuleRunTimeZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleRunTimeZero()
func (moduleRegistry *ModuleRegistry) UnpackModuleRunTimeZeroError(raw []byte) (*ModuleRegistryModuleRunTimeZero, error) {
	out := new(ModuleRegistryModuleRunTimeZero)
	if err := moduleRegistry.abi.UnpackIntoInterface(out, "ModuleRunTimeZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModuleRegistryModuleSpecHashZero represents a ModuleSpecHashZero error raised by the ModuleRegistry contract.
type ModuleRegistryModuleSpecHashZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleSpecHashZero()
func ModuleRegistryModuleSpecHashZeroErrorID() common.Hash {
	return common.HexToHash("0x5b25a5ea33ce8750392183adfc5b0125ad22e1e393e3ac25bb3122c25c33d4d1")
}

// UnpackModuleSpecHashZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleSpecHashZero()
func (moduleRegistry *ModuleRegistry) UnpackModuleSpecHashZeroError(raw []byte) (*ModuleRegistryModuleSpecHashZero, error) {
	out := new(ModuleRegistryModuleSpecHashZero)
	if err := moduleRegistry.abi.UnpackIntoInterface(out, "ModuleSpecHashZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModuleRegistryModuleVersionExists represents a ModuleVersionExists error raised by the ModuleRegistry contract.
type ModuleRegistryModuleVersionExists struct {
	NameVersion string
	ModuleId    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleVersionExists(string nameVersion, uint32 moduleId)
func ModuleRegistryModuleVersionExistsErrorID() common.Hash {
	return common.HexToHash("0x5dbccd400fc4a4a4be06cc51f35792f950de68ebd58b8ba23ec28a61b71dbc46")
}

// UnpackModuleVersionExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleVersionExists(string nameVersion, uint32 moduleId)
func (moduleRegistry *ModuleRegistry) UnpackModuleVersionExistsError(raw []byte) (*ModuleRegistryModuleVersionExists, error) {
	out := new(ModuleRegistryModuleVersionExists)
	if err := moduleRegistry.abi.UnpackIntoInterface(out, "ModuleVersionExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModuleRegistryModuleVersionNotFound represents a ModuleVersionNotFound error raised by the ModuleRegistry contract.
type ModuleRegistryModuleVersionNotFound struct {
	NameVersion string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleVersionNotFound(string nameVersion)
func ModuleRegistryModuleVersionNotFoundErrorID() common.Hash {
	return common.HexToHash("0x88c901957dde157f577a5c82901777856f60477457d3b56df62f3bac4e9cfc92")
}

// UnpackModuleVersionNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleVersionNotFound(string nameVersion)
func (moduleRegistry *ModuleRegistry) UnpackModuleVersionNotFoundError(raw []byte) (*ModuleRegistryModuleVersionNotFound, error) {
	out := new(ModuleRegistryModuleVersionNotFound)
	if err := moduleRegistry.abi.UnpackIntoInterface(out, "ModuleVersionNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModuleRegistryNotNameOwner represents a NotNameOwner error raised by the ModuleRegistry contract.
type ModuleRegistryNotNameOwner struct {
	Name   string
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotNameOwner(string name, address caller)
func ModuleRegistryNotNameOwnerErrorID() common.Hash {
	return common.HexToHash("0xc9024e167940ddee5b32b0e060e35459c866f875cba5de23cd9b4b1b35659494")
}

// UnpackNotNameOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotNameOwner(string name, address caller)
func (moduleRegistry *ModuleRegistry) UnpackNotNameOwnerError(raw []byte) (*ModuleRegistryNotNameOwner, error) {
	out := new(ModuleRegistryNotNameOwner)
	if err := moduleRegistry.abi.UnpackIntoInterface(out, "NotNameOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketMetaData contains all meta data concerning the PondMarket contract.
var PondMarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModuleRegistry\",\"name\":\"moduleRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"collateralBps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"clientJobLifetime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRunTime\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"nativeMediatorFee\",\"type\":\"uint96\"}],\"internalType\":\"structIPondMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exitDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitWindow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealWindow\",\"type\":\"uint256\"}],\"internalType\":\"structMediatorRegistry.Config\",\"name\":\"mediation\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"challengeOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"},{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"collateralFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"}],\"name\":\"configureToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"callbackPending\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"offerId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"getOffer\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"anyModule\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"acceptsDefaultCommittee\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"trustedCommitteeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"available\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.Offer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"matchJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mediators\",\"outputs\":[{\"internalType\":\"contractIMediatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modules\",\"outputs\":[{\"internalType\":\"contractIModuleRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"offerAllowsModule\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"collateralBps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"clientJobLifetime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRunTime\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"nativeMediatorFee\",\"type\":\"uint96\"}],\"internalType\":\"structIPondMarket.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"pendingResult\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"inputs\",\"type\":\"string\"}],\"internalType\":\"structIPondMarket.JobRequest\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"postJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"capacity\",\"type\":\"tuple\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"anyModule\",\"type\":\"bool\"},{\"internalType\":\"uint32[]\",\"name\":\"modules\",\"type\":\"uint32[]\"},{\"internalType\":\"bool\",\"name\":\"acceptsDefaultCommittee\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"trustedCommitteeId\",\"type\":\"uint32\"}],\"internalType\":\"structIPondMarket.OfferRequest\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"postOffer\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"resolveChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"retryCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"}],\"name\":\"runModuleWithDefaultMediators\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"resultCid\",\"type\":\"string\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"timeoutJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenIndex\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"}],\"name\":\"updateOffer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"withdrawOffer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"CallbackDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"CallbackFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"}],\"name\":\"JobChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"runDeadline\",\"type\":\"uint40\"}],\"name\":\"JobMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"inputs\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structIPondMarket.JobRequest\",\"name\":\"request\",\"type\":\"tuple\"}],\"name\":\"JobPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumRefundReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"JobRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toProvider\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toCreator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toChallenger\",\"type\":\"uint256\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MediatorPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structResources\",\"name\":\"capacity\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"anyModule\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"modules\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"acceptsDefaultCommittee\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"trustedCommitteeId\",\"type\":\"uint32\"}],\"name\":\"OfferPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"}],\"name\":\"OfferUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"cid\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"challengeDeadline\",\"type\":\"uint40\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"tokenIndex\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"}],\"name\":\"TokenConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AmountZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"CallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"CapacityExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CapacityZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"}],\"name\":\"CollateralInsufficient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"CommitteeNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"CommitteeNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"ExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"JobExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"JobNotChallenged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"JobNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"JobNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"JobNotMatched\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"JobNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"JobNotSubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"ModuleNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"ModuleNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"NoCallbackPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotJobCreator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOfferProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProvider\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OfferLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"askPrice\",\"type\":\"uint256\"}],\"name\":\"PriceBelowAsk\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PriceTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PriceZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ResultCidInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RunDeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RunDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRunTime\",\"type\":\"uint32\"}],\"name\":\"RunTimeInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"TokenMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"ValueMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverFee\",\"type\":\"uint256\"}],\"name\":\"ValueTooSmall\",\"type\":\"error\"}]",
	ID:  "3a0ae2238db074cafe25213e111d52a784",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161865e38038061865e83398101604081905261002f91610392565b826001600160a01b03811661005d57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006681610244565b506001600160a01b03841660805260405183908290610084906102af565b6001600160a01b0390921682528051602080840191909152810151604080840191909152810151606080840191909152810151608080840191909152015160a082015260c001604051809103905ff0801580156100e3573d5f5f3e3d5ffd5b506001600160a01b0390811660a0908152835163ffffffff90811660c052602080860151821660e052604080870151831661010052606080880151841661012052608088015190931661014052805192830181525f808452600184840181815295890180516001600160601b03908116878601908152848052600590965295517f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc805498511515600160a01b026001600160a81b031990991691909916179690961790965591517f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bd8054919094166001600160601b0319909116179092556004805460ff19168517905591519051919283927f725e1ed776e0b247abcf2c878f1e9824b6cb955e6b5a613d73c824ea58396dcb9261023392151582526001600160601b0316602082015260400190565b60405180910390a35050505061046a565b600180546001600160a01b031916905561025d81610260565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b612c3e80615a2083390190565b6001600160a01b038116811461025d575f5ffd5b60405160c081016001600160401b03811182821017156102fe57634e487b7160e01b5f52604160045260245ffd5b60405290565b805163ffffffff81168114610317575f5ffd5b919050565b5f60a0828403121561032c575f5ffd5b60405160a081016001600160401b038111828210171561035a57634e487b7160e01b5f52604160045260245ffd5b604090815283518252602080850151908301528381015190820152606080840151908201526080928301519281019290925250919050565b5f5f5f5f8486036101a08112156103a7575f5ffd5b85516103b2816102bc565b60208701519095506103c3816102bc565b935060c0603f19820112156103d6575f5ffd5b506103df6102d0565b6103eb60408701610304565b81526103f960608701610304565b602082015261040a60808701610304565b604082015261041b60a08701610304565b606082015261042c60c08701610304565b608082015260e08601516001600160601b038116811461044a575f5ffd5b60a0820152915061045f86610100870161031c565b905092959194509250565b60805160a05160c05160e0516101005161012051610140516154f561052b5f395f818161071301528181610c0501528181610c720152818161237101526123c801525f81816106eb01526133fc01525f81816106c1015261242201525f8181610695015261269301525f8181610670015261387801525f818161048401528181610e0101528181611f360152818161284401528181612dc50152613dca01525f818161087001528181610d11015281816122590152612ecd01526154f55ff3fe6080604052600436106101f1575f3560e01c806369328dec11610108578063ab82d9a01161009d578063ded5f0bb1161006d578063ded5f0bb146107e5578063e30c397814610804578063f2fde38b14610821578063f7888aec14610840578063f7e80e981461085f575f5ffd5b8063ab82d9a0146105b0578063b95ec175146105c3578063bf22c457146105f2578063cff0ab961461061e575f5ffd5b80637ce7b179116100d85780637ce7b179146105435780638610f045146105565780638c0dd79a146105755780638da5cb5b14610594575f5ffd5b806369328dec146104dd578063715018a6146104fc578063761c7cfe1461051057806379ba50971461052f575f5ffd5b80633b73c4ef1161018957806347e7ef241161015957806347e7ef241461042c57806349e429911461043f5780634c5d8a0f1461045e5780635715cfb21461047357806363bee911146104be575f5ffd5b80633b73c4ef1461037b578063427f91a61461039a5780634348e199146103e15780634579268a14610400575f5ffd5b80631dffa3dc116101c45780631dffa3dc1461028d57806328ab2218146102ac5780632a4ccee5146102cb57806333f3488b14610368575f5ffd5b80630138c60d146101f557806305261aea146102165780630ede77ae146102355780631115c24d1461026a575b5f5ffd5b348015610200575f5ffd5b5061021461020f3660046144a7565b610892565b005b348015610221575f5ffd5b506102146102303660046144a7565b6108f3565b348015610240575f5ffd5b5061025461024f3660046144a7565b6109e1565b60405161026191906144ec565b60405180910390f35b348015610275575f5ffd5b5061027f60035481565b604051908152602001610261565b348015610298575f5ffd5b506102146102a73660046144a7565b610a80565b3480156102b7575f5ffd5b5061027f6102c63660046144a7565b610b7b565b3480156102d6575f5ffd5b506103386102e53660046144a7565b5f908152600c6020908152604091829020825160608101845281546001600160a01b038116808352600160a01b9091046001600160601b031693820184905260019092015460ff16930183905292909190565b604080516001600160a01b0390941684526001600160601b03909216602084015260ff1690820152606001610261565b61027f6103763660046144fe565b610b8b565b348015610386575f5ffd5b506102146103953660046144a7565b610f37565b3480156103a5575f5ffd5b506103b96103b4366004614554565b61101b565b6040805160ff909416845291151560208401526001600160601b031690820152606001610261565b3480156103ec575f5ffd5b506102146103fb36600461456f565b611085565b34801561040b575f5ffd5b5061041f61041a3660046144a7565b6116b4565b60405161026191906145da565b61021461043a366004614681565b611888565b34801561044a575f5ffd5b506102146104593660046146e7565b611aae565b348015610469575f5ffd5b5061027f60025481565b34801561047e575f5ffd5b506104a67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610261565b3480156104c9575f5ffd5b506102146104d836600461473e565b611b74565b3480156104e8575f5ffd5b506102146104f736600461477b565b611ced565b348015610507575f5ffd5b50610214611e9f565b34801561051b575f5ffd5b5061021461052a3660046144a7565b611eb2565b34801561053a575f5ffd5b506102146121ec565b61027f6105513660046147f3565b61222d565b348015610561575f5ffd5b506102146105703660046144a7565b6124e1565b348015610580575f5ffd5b5061021461058f36600461485d565b61256d565b34801561059f575f5ffd5b505f546001600160a01b03166104a6565b6102146105be3660046144a7565b61275a565b3480156105ce575f5ffd5b506105e26105dd3660046148c0565b612a61565b6040519015158152602001610261565b3480156105fd575f5ffd5b5061061161060c3660046144a7565b612aa9565b6040516102619190614916565b348015610629575f5ffd5b506107736040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506040805160c08101825263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811682527f000000000000000000000000000000000000000000000000000000000000000081166020808401919091527f00000000000000000000000000000000000000000000000000000000000000008216938301939093527f0000000000000000000000000000000000000000000000000000000000000000811660608301527f00000000000000000000000000000000000000000000000000000000000000001660808201525f805260059091527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bd546001600160601b031660a082015290565b60405161026191905f60c08201905063ffffffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015263ffffffff606084015116606083015263ffffffff60808401511660808301526001600160601b0360a08401511660a083015292915050565b3480156107f0575f5ffd5b5061027f6107ff366004614a66565b612d1b565b34801561080f575f5ffd5b506001546001600160a01b03166104a6565b34801561082c575f5ffd5b5061021461083b366004614554565b6132e9565b34801561084b575f5ffd5b5061027f61085a366004614a9d565b613359565b34801561086a575f5ffd5b506104a67f000000000000000000000000000000000000000000000000000000000000000081565b61089a6133c5565b5f81815260086020526040812080549091600160d01b90910460021690036108dd57604051632523c90f60e21b8152600481018390526024015b60405180910390fd5b6108e782826133fa565b506108f06135b8565b50565b6108fb6133c5565b5f81815260086020526040902060038154600160c81b900460ff166009811115610927576109276148ee565b146109555780546040516304f3c5b960e51b81526108d4918491600160c81b90910460ff1690600401614ac9565b8054600160a01b900464ffffffffff1642101561099e57805460405163076f615b60e41b815260048101849052600160a01b90910464ffffffffff1660248201526044016108d4565b5f5f6109a9836135e2565b600185015491935091506109d6908590859085906109d19086906001600160601b0316614af1565b613695565b5050506108f06135b8565b5f818152600b602052604090208054606091906109fd90614b04565b80601f0160208091040260200160405190810160405280929190818152602001828054610a2990614b04565b8015610a745780601f10610a4b57610100808354040283529160200191610a74565b820191905f5260205f20905b815481529060010190602001808311610a5757829003601f168201915b50505050509050919050565b5f81815260086020526040902060018154600160c81b900460ff166009811115610aac57610aac6148ee565b14610add578054604051600162dae87360e01b031981526108d4918491600160c81b90910460ff1690600401614ac9565b8054600160a01b900464ffffffffff16421080159081610b07575081546001600160a01b03163314155b15610b2e5760405163c04c33d560e01b8152600481018490523360248201526044016108d4565b5f81610b3a575f610b3d565b60015b6001840154909150610b7590859085906008905f90610b6e906001600160601b03600160601b820481169116614af1565b5f87613748565b50505050565b5f610b858261386f565b92915050565b5f80610ba5610ba06040850160208601614554565b6138a7565b9050610bb76060840160408501614b36565b6001600160601b03165f03610bdf57604051637294708f60e11b815260040160405180910390fd5b610bf161014084016101208501614b51565b63ffffffff161580610c3f575063ffffffff7f000000000000000000000000000000000000000000000000000000000000000016610c3761014085016101208601614b51565b63ffffffff16115b15610ca157610c5661014084016101208501614b51565b604051636ba1c66160e01b815263ffffffff91821660048201527f000000000000000000000000000000000000000000000000000000000000000090911660248201526044016108d4565b42610cb461016085016101408601614b6c565b64ffffffffff1611610cf557610cd261016084016101408501614b6c565b604051632e06d23960e21b815264ffffffffff90911660048201526024016108d4565b610d026020840184614b51565b63ffffffff161580610daa57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663334f7ac56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610d6b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d8f9190614b87565b63ffffffff16610da26020850185614b51565b63ffffffff16115b15610dde57610dbc6020840184614b51565b6040516370d105eb60e11b815263ffffffff90911660048201526024016108d4565b610df061018084016101608501614b51565b63ffffffff1615801590610e9f57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d21af7686040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e5b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e7f9190614b87565b63ffffffff16610e9761018085016101608601614b51565b63ffffffff16115b15610ed857610eb661018084016101608501614b51565b604051637b7eb96560e01b815263ffffffff90911660048201526024016108d4565b610f1e3382610eed6080870160608801614b36565b6001600160601b0316610f066060880160408901614b36565b6001600160601b0316610f199190614af1565b61391e565b610f30610f2a84614d21565b82613a64565b9392505050565b5f81815260086020526040902060028154600160c81b900460ff166009811115610f6357610f636148ee565b14610f9157805460405163165a31f360e01b81526108d4918491600160c81b90910460ff1690600401614ac9565b8054600160a01b900464ffffffffff16421015610fda57805460405163a5b15dcf60e01b815260048101849052600160a01b90910464ffffffffff1660248201526044016108d4565b5f610fe4826135e2565b60018401549092506110169150849084906009905f9061100e9087906001600160601b0316614af1565b5f6002613748565b505050565b5f5f5f61102784613cfd565b60ff8181165f90815260056020908152604091829020825160608101845281546001600160a01b0381168252600160a01b90049094161515918401829052600101546001600160601b03169290910182905291969195509350915050565b5f82815260086020908152604080832081516101808101835281546001600160a01b0381168252600160a01b810464ffffffffff16948201949094529093929091849190830190600160c81b900460ff1660098111156110e7576110e76148ee565b60098111156110f8576110f86148ee565b8152815460ff600160d01b820481166020840152600160d81b820416604083015263ffffffff600160e01b91829004811660608401526001808501546001600160601b038082166080870152600160601b82041660a0860152600160c01b8104831660c086015292909204811660e08401526002909301546001600160881b038116610100840152600160881b900490921661012090910152909150816040015160098111156111aa576111aa6148ee565b146111d357838160400151604051600162dae87360e01b031981526004016108d4929190614ac9565b806020015164ffffffffff16421061121457602081015160405163010d86d160e11b81526004810186905264ffffffffff90911660248201526044016108d4565b5f83815260096020908152604091829020825160e08101845281546001600160a01b038116808352600160a01b820464ffffffffff1694830194909452600160c81b810460ff90811695830195909552600160d01b81049094166060820152600160d81b90930463ffffffff16608084015260018101546001600160601b03811660a0850152600160601b90046001600160881b031660c084015291906112d1576040516307cddb9360e21b8152600481018690526024016108d4565b806020015164ffffffffff1642106112ff5760405163f270fad760e01b8152600481018690526024016108d4565b826080015160ff16816040015160ff161461133757604051636dc2954760e11b815260048101879052602481018690526044016108d4565b8060a001516001600160601b03168360c001516001600160601b031610156113a05760c083015160a0820151604051600162232f7b60e21b0319815260048101899052602481018890526001600160601b039283166044820152911660648201526084016108d4565b60608101516001161580156113d957505f858152600a6020908152604080832061010087015163ffffffff16845290915290205460ff16155b1561140d57610100830151604051631987c5c960e21b81526004810187905263ffffffff90911660248201526044016108d4565b61141c81846101200151613d59565b61144f576101208301516040516336a15c3760e01b81526004810187905263ffffffff90911660248201526044016108d4565b6114748160c001518461014001516001600160881b0316613e4390919063ffffffff16565b61149b57604051636147b9c760e11b815260048101879052602481018690526044016108d4565b5f6114b28460c001516001600160601b031661386f565b82516001600160a01b03165f908152600760209081526040808320608089015160ff1684529091529020549091508181101561151d5782516040516301c07b5360e21b81526001600160a01b03909116600482015260248101829052604481018390526064016108d4565b6115278282614e05565b83516001600160a01b03165f90815260076020908152604080832060808a015160ff16845290915290205561014085015160c0840151611572916001600160881b0390911690613f05565b84600101600c6101000a8154816001600160881b0302191690836001600160881b031602179055505f85610160015163ffffffff16426115b29190614af1565b8754600160c91b600167ffff00000000000160a01b03909116600160a01b64ffffffffff8416026001600160e01b031617600160e01b63ffffffff8c16021717885560e08701519091506001600160601b0316156116515760e0860151335f90815260076020908152604080832060808b015160ff168452909152812080546001600160601b039093169290919061164b908490614af1565b90915550505b8351604080513381526020810186905264ffffffffff84168183015290516001600160a01b03909216918a918c917f72a0e284c98bc0c0ffb13b0d2c753e4d7a9d8a9329b10434bc157d723d970e479181900360600190a4505050505050505050565b61171b60408051610100810182525f80825260208083018290528284018290526060808401839052608080850184905260a080860185905260c08601859052865190810187528481529283018490529482018390528101829052928301529060e082015290565b5f82815260096020908152604091829020825160e08101845281546001600160a01b038116808352600160a01b820464ffffffffff1694830194909452600160c81b810460ff90811695830195909552600160d01b81049094166060820152600160d81b90930463ffffffff166080840152600101546001600160601b03811660a0840152600160601b90046001600160881b031660c08301526117d5576040516307cddb9360e21b8152600481018490526024016108d4565b604080516101008101825282516001600160a01b03908116825260208085015164ffffffffff16818401528484015160ff165f90815260059091528390205416918101919091526060808301805160011615159183019190915251600216151560808083019190915282015163ffffffff1660a0808301919091528201516001600160601b031660c08083019190915282015160e082019061187f906001600160881b0316613f18565b90529392505050565b6118906133c5565b5f61189a836138a7565b9050815f036118bc576040516365e52d5160e11b815260040160405180910390fd5b8060ff165f036118f4578134146118ef57604051630626ade360e41b8152346004820152602481018390526044016108d4565b611a30565b341561191b57604051630626ade360e41b81523460048201525f60248201526044016108d4565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa15801561195f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119839190614e18565b905061199a6001600160a01b038516333086613f62565b6040516370a0823160e01b815230600482015281906001600160a01b038616906370a0823190602401602060405180830381865afa1580156119de573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a029190614e18565b611a0c9190614e05565b9250825f03611a2e576040516365e52d5160e11b815260040160405180910390fd5b505b335f90815260076020908152604080832060ff8516845290915281208054849290611a5c908490614af1565b90915550506040518281526001600160a01b0384169033907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a350611aaa6135b8565b5050565b5f611ab884613f98565b9050428264ffffffffff1611611aea57604051632e06d23960e21b815264ffffffffff831660048201526024016108d4565b6001810180546bffffffffffffffffffffffff19166001600160601b038516908117909155815464ffffffffff60a01b1916600160a01b64ffffffffff851690810291909117835560408051928352602083019190915285917f87bd4843e20de0fb20049aaf27bb901fff6388d7e0f50f1f1b532d7da54ab939910160405180910390a250505050565b611b7c614003565b6001600160a01b038084165f8181526006602090815260408083205460ff1680845260059092529091205490921614611c1f5760045460ff1660fe198101611bd7576040516353bb24f960e01b815260040160405180910390fd5b905080611be5816001614e2f565b6004805460ff1990811660ff938416179091556001600160a01b0387165f9081526006602052604090208054909116918416919091179055505b604080516060810182526001600160a01b0386811680835286151560208085018281526001600160601b0389811687890181815260ff8b165f818152600587528b902099518a54955199166001600160a81b031990951694909417600160a01b981515989098029790971788559551600190970180546bffffffffffffffffffffffff19169790911696909617909555855191825281019290925291927f725e1ed776e0b247abcf2c878f1e9824b6cb955e6b5a613d73c824ea58396dcb910160405180910390a350505050565b611cf56133c5565b5f611cff84613cfd565b9050825f03611d21576040516365e52d5160e11b815260040160405180910390fd5b335f90815260076020908152604080832060ff8516845290915290205483811015611d7e5760405163861da4bd60e01b81523360048201526001600160a01b038616602482015260448101829052606481018590526084016108d4565b611d888482614e05565b335f81815260076020908152604080832060ff881684528252918290209390935580518781526001600160a01b0387811694820194909452928816927f889d364b5102aee044ff370e2e6a836584e5618a16dce4f5b191459cf3903e58910160405180910390a38160ff165f03611e81575f836001600160a01b0316856040515f6040518083038185875af1925050503d805f8114611e42576040519150601f19603f3d011682016040523d82523d5f602084013e611e47565b606091505b5050905080611e7b57604051630e21dcbb60e11b81526001600160a01b0385166004820152602481018690526044016108d4565b50611e95565b611e956001600160a01b038616848661402f565b50506110166135b8565b611ea7614003565b611eb05f614064565b565b611eba6133c5565b5f81815260086020526040902060048154600160c81b900460ff166009811115611ee657611ee66148ee565b14611f1457805460405163284ca56d60e11b81526108d4918491600160c81b90910460ff1690600401614ac9565b604051630fd6b3ff60e01b8152600481018390525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690630fd6b3ff906024015f604051808303815f875af1158015611f7b573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611fa29190810190614e48565b915091505f5f611fb1856135e2565b5f888152600c60209081526040808320815160608101835281546001600160a01b0381168252600160a01b90046001600160601b031693810184905260019091015460ff9081169282018390528b5496985094965094600160d81b90049093169261201b91614f13565b90506001876003811115612031576120316148ee565b0361209c575f6120508a848987602001516001600160601b031661407d565b60018a015490915061208e908b908b9089908590879061207a908c906001600160601b0316614af1565b6120849190614af1565b6109d19190614e05565b5050505050505050506121e4565b82516001600160a01b03165f90815260076020908152604080832060ff86168452909152812080548392906120d2908490614af1565b90915550600290508760038111156120ec576120ec6148ee565b0361217e575f86515f1461210b5786516121069086614f2a565b61210d565b5f5b905083602001516001600160601b0316811115612134575060208301516001600160601b03165b5f6121418b858a8561407d565b60018b015461215a9088906001600160601b0316614af1565b6121649190614e05565b90506121778b8b60065f85886003613748565b50506121db565b6001600160a01b0385165f90815260076020908152604080832060ff86168452909152812080548692906121b3908490614af1565b909155505060018801546121db908a908a9060079088906001600160601b0316866004613748565b50505050505050505b6108f06135b8565b60015433906001600160a01b031681146122245760405163118cdaa760e01b81526001600160a01b03821660048201526024016108d4565b6108f081614064565b5f6122375f6138a7565b50612240614342565b60405163d495349f60e01b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d495349f90612290908a908a90600401614f71565b608060405180830381865afa1580156122ab573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122cf9190614f84565b6001600160601b03166060860181905263ffffffff91821660a0870152921684529150341161232857606082015160405163d01ab50b60e01b81523460048201526001600160601b0390911660248201526044016108d4565b5f82606001516001600160601b0316346123429190614e05565b90506001600160601b0381111561236f576040516306d02d6760e11b8152600481018290526024016108d4565b7f000000000000000000000000000000000000000000000000000000000000000063ffffffff168360a0015163ffffffff1611156123f75760a0830151604051636ba1c66160e01b815263ffffffff91821660048201527f000000000000000000000000000000000000000000000000000000000000000090911660248201526044016108d4565b6001600160601b03811660408401526124186001600160881b038316613f18565b60808401526124477f000000000000000000000000000000000000000000000000000000000000000042614af1565b64ffffffffff1660c08401526001610100840152604080516020601f88018190048102820181019092528681529087908790819084018382808284375f92018290525061012088019490945250506040513481523391507f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a36124d5835f613a64565b98975050505050505050565b5f6124eb82613f98565b805490915042600160a01b90910464ffffffffff16116125215760405163f270fad760e01b8152600481018390526024016108d4565b805464ffffffffff60a01b1916600160a01b4264ffffffffff160217815560405182907facbc44b7f46dc350c99fc0d9e5f61ed5c588cb4cdc6b69ea0deb0c5b28e5efc4905f90a25050565b5f83815260086020526040902060028154600160c81b900460ff166009811115612599576125996148ee565b146125c757805460405163165a31f360e01b81526108d4918691600160c81b90910460ff1690600401614ac9565b805463ffffffff600160e01b909104165f908152600960205260409020546001600160a01b0316331461261657604051632ad1e96b60e11b8152600481018590523360248201526044016108d4565b8054600160a01b900464ffffffffff16421061265e57805460405163a42dd2bb60e01b815260048101869052600160a01b90910464ffffffffff1660248201526044016108d4565b8180158061266c5750608081115b1561268d576040516349a329d160e11b8152600481018290526024016108d4565b5f6126b87f000000000000000000000000000000000000000000000000000000000000000042614af1565b835464ffffffffff8216600160a01b0265ffffffffffff60a01b1990911617600360c81b17808555909150600160d01b90046001161561270c575f868152600b6020526040902061270a858783615036565b505b336001600160a01b0316867f86d14b0e384bb19dd77e8f60e0215a80c7ad2d921a85e5769c562baac723974587878560405161274a939291906150ef565b60405180910390a3505050505050565b5f81815260086020526040902060038154600160c81b900460ff166009811115612786576127866148ee565b146127b45780546040516304f3c5b960e51b81526108d4918491600160c81b90910460ff1690600401614ac9565b8054600160a01b900464ffffffffff1642106127fc5780546040516348c3f48160e11b815260048101849052600160a01b90910464ffffffffff1660248201526044016108d4565b805460018201546040516356560bf960e11b815260048101859052600160e01b90910463ffffffff166024820152336044820152600160d81b90910460ff16905f90819081907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063acac17f2906064016060604051808303815f875af1158015612892573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128b69190615119565b60ff8088165f908152600560205260408120600101549497509295509093506001600160601b03909216916128ed90851683614f13565b90506128fa33878361391e565b8654600490889060ff60c81b1916600160c81b83021790555082875f0160146101000a81548164ffffffffff021916908364ffffffffff1602179055506040518060600160405280336001600160a01b03168152602001836001600160601b031681526020018560ff16815250600c5f8a81526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816001600160601b0302191690836001600160601b031602179055506040820151816001015f6101000a81548160ff021916908360ff160217905550905050336001600160a01b0316887f175a33da26e8fb4fbce894fa6fba1409fc18a4ae57f9a63639c3028df015b924878487604051612a4f9392919063ffffffff939093168352602083019190915264ffffffffff16604082015260600190565b60405180910390a35050505050505050565b5f82815260096020526040812054600160d01b9004600116151580610f305750505f918252600a6020908152604080842063ffffffff93909316845291905290205460ff1690565b612ab16143c4565b5f82815260086020908152604080832081516101808101835281546001600160a01b0381168252600160a01b810464ffffffffff1694820194909452929091830190600160c81b900460ff166009811115612b0e57612b0e6148ee565b6009811115612b1f57612b1f6148ee565b8152815460ff600160d01b820481166020840152600160d81b820416604083015263ffffffff600160e01b918290048116606084015260018401546001600160601b038082166080860152600160601b82041660a0850152600160c01b8104821660c085015291909104811660e08301526002909201546001600160881b038116610100830152600160881b90049091166101209091015290505f81604001516009811115612bd057612bd06148ee565b03612bf1576040516350c83b9560e01b8152600481018490526024016108d4565b604051806101c00160405280825f01516001600160a01b03168152602001826020015164ffffffffff16815260200182604001516009811115612c3657612c366148ee565b81526060808401805160011615156020808501919091529051600216151560408085019190915260808087015160ff165f90815260058452828120546001600160a01b039081169587019590955260a0808901805163ffffffff908116948901949094525183168252600990945291909120549092169083015260c0808501516001600160601b039081169184019190915260e080860151909116908301526101008085015182169083015261012080850151821690830152610160808501519091166101408084019190915284015191019061187f906001600160881b0316613f18565b5f80612d2d610ba06020850185614554565b90505f612d4a612d4536869003860160408701615158565b614176565b90506001600160881b038116612d735760405163abbf840360e01b815260040160405180910390fd5b42612d85610100860160e08701614b6c565b64ffffffffff1611612da257610cd2610100850160e08601614b6c565b612db461018085016101608601614b51565b63ffffffff1615801590612e6357507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d21af7686040518163ffffffff1660e01b8152600401602060405180830381865afa158015612e1f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e439190614b87565b63ffffffff16612e5b61018086016101608701614b51565b63ffffffff16115b15612e7a57610eb661018085016101608601614b51565b60035f8154612e8890615172565b9182905550925063ffffffff831115612eb4576040516313c10cf560e21b815260040160405180910390fd5b612ec66101208501610100860161518a565b613015575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663334f7ac56040518163ffffffff1660e01b8152600401602060405180830381865afa158015612f27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f4b9190614b87565b90505f5b612f5d6101208701876151a5565b9050811015613012575f612f756101208801886151a5565b83818110612f8557612f856151ea565b9050602002016020810190612f9a9190614b51565b905063ffffffff81161580612fba57508263ffffffff168163ffffffff16115b15612fe0576040516370d105eb60e11b815263ffffffff821660048201526024016108d4565b5f868152600a6020908152604080832063ffffffff909416835292905220805460ff1916600190811790915501612f4f565b50505b5f6130286101608601610140870161518a565b613032575f613035565b60025b6130476101208701610100880161518a565b613051575f613054565b60015b1790506040518060e00160405280336001600160a01b031681526020018660e00160208101906130849190614b6c565b64ffffffffff16815260ff8086166020830152831660408201526060016130b361018088016101608901614b51565b63ffffffff1681526020018660200160208101906130d19190614b36565b6001600160601b0390811682526001600160881b038086166020938401525f88815260098452604090819020855181548787015193880151606089015160808a015163ffffffff16600160d81b0263ffffffff60d81b1960ff928316600160d01b0260ff60d01b1993909416600160c81b029290921661ffff60c81b1964ffffffffff909816600160a01b026001600160c81b03199095166001600160a01b0390961695909517939093179590951692909217919091179290921691909117815560a08501516001909101805460c090960151909216600160601b026001600160e81b0319909516921691909117929092179091556131d290860186614554565b6001600160a01b031633857fede3fea02f85ac25e46de6de80f3272a8532dd2f79f70f07598b20cdbbd27d5661320e60408a0160208b01614b36565b60408a016132236101008c0160e08d01614b6c565b6132356101208d016101008e0161518a565b6132476101208e016101008f0161518a565b61328f576132596101208e018e6151a5565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061329e92505050565b604080515f8152602081019091525b8d6101400160208101906132b2919061518a565b8e6101600160208101906132c69190614b51565b6040516132d9979695949392919061523e565b60405180910390a4505050919050565b6132f1614003565b600180546001600160a01b0383166001600160a01b031990911681179091556133215f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6001600160a01b038082165f8181526006602090815260408083205460ff16808452600590925282205491939092911614613397575f915050610b85565b6001600160a01b0384165f90815260076020908152604080832060ff90941683529290522054905092915050565b6133cd6141c5565b611eb060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90614205565b7f00000000000000000000000000000000000000000000000000000000000000005f619c4061342a603f84614f2a565b6134349084614af1565b61343e9190614af1565b9050805a101561346d575a604051630c99e82d60e21b81526004810191909152602481018290526044016108d4565b825460ff600160d01b808304919091166002170260ff60d01b1982161784555f858152600b602052604080822090516001600160a01b03909316926134b6918891602401615313565b60408051601f198184030181529190526020810180516001600160e01b0316633d24a1b160e11b17815281519192505f91829182919082878af1905080801561350857506001600160a01b0383163b15155b1561357957855460ff60d01b198116600160d01b9182900460fd169091021786555f878152600b6020526040812061353f9161445d565b6040516001600160a01b0384169088907f2d2873d12542033435a0c7dfe7dbbb2a09abfe8285ba39d644cc4f9677c83f8b905f90a36135af565b6040516001600160a01b0384169088907f2aa2f30cf59580d573e46b947814f9659bb093c7d40a744fd397ccee77911d4d905f90a35b50505050505050565b611eb05f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006133f4565b8054600160e01b900463ffffffff9081165f908152600960205260408120600284015460018201549293849361362e926001600160881b03600160601b90920482169291169061420c16565b600180830180546001600160881b0393909316600160601b0270ffffffffffffffffffffffffffffffffff60601b19909316929092179091558154908501546001600160a01b039091169061368b906001600160601b031661386f565b9250925050915091565b825460ff60c81b1916600560c81b178084556001600160a01b0383165f908152600760209081526040808320600160d81b90940460ff16835292905290812080548392906136e4908490614af1565b9091555050604080518281525f6020820181905281830152905160059186917fa42a1ab8354b1b24a9c46f3813bc33ddee6e37255a5a6936e8969a1c47d5d5009181900360600190a38254600160d01b900460011615610b7557610b7584846133fa565b85548590879060ff60c81b1916600160c81b83600981111561376c5761376c6148ee565b02179055508554600160d01b900460011615613798575f878152600b602052604081206137989161445d565b85546001600160a01b0381165f818152600760209081526040808320600160d81b90950460ff1683529390529182208054919286926137d8908490614af1565b9091555086905060098111156137f0576137f06148ee565b604080518781526020810187905290810185905289907fa42a1ab8354b1b24a9c46f3813bc33ddee6e37255a5a6936e8969a1c47d5d5009060600160405180910390a3806001600160a01b0316887fce5b9a7a7173562dcdebc533d8f42c5ee9e36a64616ef9e4554505aef02622618685604051612a4f9291906153a1565b5f61271061389d7f000000000000000000000000000000000000000000000000000000000000000084614f13565b610b859190614f2a565b6001600160a01b038082165f8181526006602090815260408083205460ff16808452600590925290912080549193909291161415806138ef57508054600160a01b900460ff16155b156139185760405163094403b760e41b81526001600160a01b03841660048201526024016108d4565b50919050565b34156139a15760ff82161515806139355750803414155b1561395c57604051630626ade360e41b8152346004820152602481018290526044016108d4565b6040513481525f906001600160a01b038516907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a3505050565b805f036139ad57505050565b6001600160a01b0383165f90815260076020908152604080832060ff8616845290915290205481811015613a295760ff83165f908152600560205260409081902054905163861da4bd60e01b81526001600160a01b038087166004830152909116602482015260448101829052606481018390526084016108d4565b613a338282614e05565b6001600160a01b039094165f90815260076020908152604080832060ff909616835294905292909220929092555050565b5f60025f8154613a7390615172565b9182905550604080516101808101825233815260c086015164ffffffffff166020820152919250810160018152602001846101000151613ab3575f613ab6565b60015b60ff1681526020018360ff1681526020015f63ffffffff16815260200184604001516001600160601b0316815260200184606001516001600160601b03168152602001845f015163ffffffff1681526020018460e0015163ffffffff168152602001613b258560800151614176565b6001600160881b0316815260a085015163ffffffff166020918201525f83815260088252604090819020835181549385015164ffffffffff16600160a01b026001600160c81b03199094166001600160a01b0390911617929092178083559083015190829060ff60c81b1916600160c81b836009811115613ba857613ba86148ee565b021790555060608201518154608084015160a085015163ffffffff908116600160e01b9081026001600160e01b0360ff948516600160d81b0260ff60d81b1995909716600160d01b029490941661ffff60d01b199095169490941794909417821692909217845560c085015160018501805460e08801516101008901516101208a01518716909702968616600160c01b029094166001600160c01b036001600160601b03958616600160601b026001600160c01b031990931695909416949094171791909116919091179290921790915561014083015160029092018054610160909401518216600160881b026001600160a81b03199094166001600160881b03909316929092179290921790558351604051911690339083907f3af7ec0ec4733693b6262fe6ef47b62824330b0d13dd307d7be727699f1edbfb90613cef9088906153c5565b60405180910390a492915050565b6001600160a01b038082165f8181526006602090815260408083205460ff1680845260059092529091205490921614613d545760405163094403b760e41b81526001600160a01b03831660048201526024016108d4565b919050565b5f8163ffffffff165f03613d77575060608201516002161515610b85565b608083015163ffffffff81165f03613d92575f915050610b85565b8063ffffffff168363ffffffff161480613e3b575060405163f31650ed60e01b815263ffffffff8085166004830152821660248201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f31650ed90604401602060405180830381865afa158015613e17573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613e3b919061548f565b949350505050565b5f6001600160881b0380841690831660ff8085169086161115613e6a575f92505050610b85565b60ff821615801590613e8f5750600881901c63ffffffff16600883901c63ffffffff16115b15613e9e575f92505050610b85565b602881901c63ffffffff16602883901c63ffffffff161115613ec4575f92505050610b85565b604881901c63ffffffff16604883901c63ffffffff161115613eea575f92505050610b85565b63ffffffff606891821c81169290911c161115905092915050565b5f610f3064ffffffff00198316846154aa565b6040805160a08101825260ff8316815263ffffffff600884901c81166020830152602884901c811692820192909252604883901c8216606082015260689290921c16608082015290565b613f7084848484600161421f565b610b7557604051635274afe760e01b81526001600160a01b03851660048201526024016108d4565b5f81815260096020526040902080546001600160a01b0316613fd0576040516307cddb9360e21b8152600481018390526024016108d4565b80546001600160a01b03163314613d5457604051635facae9d60e01b8152600481018390523360248201526044016108d4565b5f546001600160a01b03163314611eb05760405163118cdaa760e01b81523360048201526024016108d4565b61403c838383600161428c565b61101657604051635274afe760e01b81526001600160a01b03841660048201526024016108d4565b600180546001600160a01b03191690556108f0816142ee565b5f815f0361408c57505f613e3b565b5f5b8351811015614160578260075f8684815181106140ad576140ad6151ea565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f8760ff1681526020019081526020015f205f8282546140f49190614af1565b9250508190555083818151811061410d5761410d6151ea565b60200260200101516001600160a01b0316867fc7240b999f4019c046b55f55ad2a05255d52c6eeb1b09c694f6233ab979e74948560405161415091815260200190565b60405180910390a360010161408e565b50825161416d9083614f13565b95945050505050565b5f6068826080015163ffffffff16901b6048836060015163ffffffff16901b6028846040015163ffffffff16901b6008856020015163ffffffff16901b855f015160ff16171717179050919050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611eb057604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f610f3064ffffffff00198316846154c9565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661427b57838315161561426f573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166142e25783831516156142d6573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b905290565b60408051610140810182525f8082526020820181905291810182905260608101919091526080810161439a6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915290565b81525f60208201819052604082018190526060808301829052608083019190915260a09091015290565b604080516101c0810182525f80825260208201819052909182019081525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e08201819052610100820181905261012082018190526101408201526101600161433d6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915290565b50805461446990614b04565b5f825580601f10614478575050565b601f0160209004905f5260205f20908101906108f091905b808211156144a3575f8155600101614490565b5090565b5f602082840312156144b7575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610f3060208301846144be565b5f6020828403121561450e575f5ffd5b81356001600160401b03811115614523575f5ffd5b82016101c08185031215610f30575f5ffd5b6001600160a01b03811681146108f0575f5ffd5b8035613d5481614535565b5f60208284031215614564575f5ffd5b8135610f3081614535565b5f5f60408385031215614580575f5ffd5b50508035926020909101359150565b60ff815116825263ffffffff602082015116602083015263ffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff60808201511660808301525050565b81516001600160a01b03908116825260208084015164ffffffffff1690830152604080840151909116908201526060808301516101808301916146209084018215159052565b506080830151614634608084018215159052565b5060a083015161464c60a084018263ffffffff169052565b5060c083015161466760c08401826001600160601b03169052565b5060e083015161467a60e084018261458f565b5092915050565b5f5f60408385031215614692575f5ffd5b823561469d81614535565b946020939093013593505050565b6001600160601b03811681146108f0575f5ffd5b8035613d54816146ab565b64ffffffffff811681146108f0575f5ffd5b8035613d54816146ca565b5f5f5f606084860312156146f9575f5ffd5b83359250602084013561470b816146ab565b9150604084013561471b816146ca565b809150509250925092565b80151581146108f0575f5ffd5b8035613d5481614726565b5f5f5f60608486031215614750575f5ffd5b833561475b81614535565b9250602084013561476b81614726565b9150604084013561471b816146ab565b5f5f5f6060848603121561478d575f5ffd5b833561479881614535565b925060208401359150604084013561471b81614535565b5f5f83601f8401126147bf575f5ffd5b5081356001600160401b038111156147d5575f5ffd5b6020830191508360208285010111156147ec575f5ffd5b9250929050565b5f5f5f5f60408587031215614806575f5ffd5b84356001600160401b0381111561481b575f5ffd5b614827878288016147af565b90955093505060208501356001600160401b03811115614845575f5ffd5b614851878288016147af565b95989497509550505050565b5f5f5f6040848603121561486f575f5ffd5b8335925060208401356001600160401b0381111561488b575f5ffd5b614897868287016147af565b9497909650939450505050565b63ffffffff811681146108f0575f5ffd5b8035613d54816148a4565b5f5f604083850312156148d1575f5ffd5b8235915060208301356148e3816148a4565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b600a8110614912576149126148ee565b9052565b81516001600160a01b0316815261024081016020830151614940602084018264ffffffffff169052565b5060408301516149536040840182614902565b506060830151614967606084018215159052565b50608083015161497b608084018215159052565b5060a083015161499660a08401826001600160a01b03169052565b5060c08301516149ae60c084018263ffffffff169052565b5060e08301516149c960e08401826001600160a01b03169052565b506101008301516149e66101008401826001600160601b03169052565b50610120830151614a036101208401826001600160601b03169052565b50610140830151614a1d61014084018263ffffffff169052565b50610160830151614a3761016084018263ffffffff169052565b50610180830151614a5161018084018263ffffffff169052565b506101a083015161467a6101a084018261458f565b5f60208284031215614a76575f5ffd5b81356001600160401b03811115614a8b575f5ffd5b82016101808185031215610f30575f5ffd5b5f5f60408385031215614aae575f5ffd5b8235614ab981614535565b915060208301356148e381614535565b82815260408101610f306020830184614902565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610b8557610b85614add565b600181811c90821680614b1857607f821691505b60208210810361391857634e487b7160e01b5f52602260045260245ffd5b5f60208284031215614b46575f5ffd5b8135610f30816146ab565b5f60208284031215614b61575f5ffd5b8135610f30816148a4565b5f60208284031215614b7c575f5ffd5b8135610f30816146ca565b5f60208284031215614b97575f5ffd5b8151610f30816148a4565b634e487b7160e01b5f52604160045260245ffd5b60405161014081016001600160401b0381118282101715614bd957614bd9614ba2565b60405290565b604051601f8201601f191681016001600160401b0381118282101715614c0757614c07614ba2565b604052919050565b60ff811681146108f0575f5ffd5b5f60a08284031215614c2d575f5ffd5b60405160a081016001600160401b0381118282101715614c4f57614c4f614ba2565b6040529050808235614c6081614c0f565b81526020830135614c70816148a4565b60208201526040830135614c83816148a4565b60408201526060830135614c96816148a4565b60608201526080830135614ca9816148a4565b6080919091015292915050565b5f82601f830112614cc5575f5ffd5b81356001600160401b03811115614cde57614cde614ba2565b614cf1601f8201601f1916602001614bdf565b818152846020838601011115614d05575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f6101c08236031215614d32575f5ffd5b614d3a614bb6565b614d43836148b5565b8152614d5160208401614549565b6020820152614d62604084016146bf565b6040820152614d73606084016146bf565b6060820152614d853660808501614c1d565b6080820152614d9761012084016148b5565b60a0820152614da961014084016146dc565b60c0820152614dbb61016084016148b5565b60e0820152614dcd6101808401614733565b6101008201526101a08301356001600160401b03811115614dec575f5ffd5b614df836828601614cb6565b6101208301525092915050565b81810381811115610b8557610b85614add565b5f60208284031215614e28575f5ffd5b5051919050565b60ff8181168382160190811115610b8557610b85614add565b5f5f60408385031215614e59575f5ffd5b825160048110614e67575f5ffd5b60208401519092506001600160401b03811115614e82575f5ffd5b8301601f81018513614e92575f5ffd5b80516001600160401b03811115614eab57614eab614ba2565b8060051b614ebb60208201614bdf565b91825260208184018101929081019088841115614ed6575f5ffd5b6020850194505b83851015614f045784519250614ef283614535565b82825260209485019490910190614edd565b80955050505050509250929050565b8082028115828204841417610b8557610b85614add565b5f82614f4457634e487b7160e01b5f52601260045260245ffd5b500490565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f613e3b602083018486614f49565b5f5f5f5f60808587031215614f97575f5ffd5b8451614fa2816148a4565b60208601519094506001600160881b0381168114614fbe575f5ffd5b6040860151909350614fcf816148a4565b6060860151909250614fe0816146ab565b939692955090935050565b601f82111561101657805f5260205f20601f840160051c810160208510156150105750805b601f840160051c820191505b8181101561502f575f815560010161501c565b5050505050565b6001600160401b0383111561504d5761504d614ba2565b6150618361505b8354614b04565b83614feb565b5f601f841160018114615092575f851561507b5750838201355b5f19600387901b1c1916600186901b17835561502f565b5f83815260208120601f198716915b828110156150c157868501358255602094850194600190920191016150a1565b50868210156150dd575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b604081525f615102604083018587614f49565b905064ffffffffff83166020830152949350505050565b5f5f5f6060848603121561512b575f5ffd5b8351615136816148a4565b602085015190935061514781614c0f565b604085015190925061471b816146ca565b5f60a08284031215615168575f5ffd5b610f308383614c1d565b5f6001820161518357615183614add565b5060010190565b5f6020828403121561519a575f5ffd5b8135610f3081614726565b5f5f8335601e198436030181126151ba575f5ffd5b8301803591506001600160401b038211156151d3575f5ffd5b6020019150600581901b36038213156147ec575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f8151808452602084019350602083015f5b8281101561523457815163ffffffff16865260209586019590910190600101615210565b5093949350505050565b6001600160601b03881681525f873561525681614c0f565b60ff8116602084015250602088013561526e816148a4565b63ffffffff81166040840152506040880135615289816148a4565b63ffffffff811660608401525060608801356152a4816148a4565b63ffffffff811660808401525060808801356152bf816148a4565b63ffffffff1660a083015264ffffffffff871660c083015285151560e08301526101606101008301526152f66101608301866151fe565b841515610120840152905063ffffffff83166101408301526124d5565b828152604060208201525f5f835461532a81614b04565b806040860152600182165f8114615348576001811461536457615395565b60ff1983166060870152606082151560051b8701019350615395565b865f5260205f205f5b8381101561538c5781548882016060015260019091019060200161536d565b87016060019450505b50919695505050505050565b82815260408101600583106153b8576153b86148ee565b8260208301529392505050565b602081526153dc60208201835163ffffffff169052565b5f60208301516153f760408401826001600160a01b03169052565b5060408301516001600160601b03811660608401525060608301516001600160601b038116608084015250608083015161543460a084018261458f565b5060a083015163ffffffff90811661014084015260c084015164ffffffffff1661016084015260e08401511661018083015261010083015115156101a08301526101208301516101c080840152613e3b6101e08401826144be565b5f6020828403121561549f575f5ffd5b8151610f3081614726565b6001600160881b038281168282160390811115610b8557610b85614add565b6001600160881b038181168382160190811115610b8557610b85614add56fea164736f6c634300081e000a610140604052348015610010575f5ffd5b50604051612c3e380380612c3e83398101604081905261002f9161013a565b816001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610067816100cf565b5080516040820151111561009f57604080820151825191516399d7abff60e01b81526100559290600401918252602082015260400190565b336080908152815160a052602082015160c052604082015160e052606082015161010052015161012052506101e7565b600180546001600160a01b03191690556100e8816100eb565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f82840360c081121561014c575f5ffd5b83516001600160a01b0381168114610162575f5ffd5b925060a0601f1982011215610175575f5ffd5b5060405160a081016001600160401b03811182821017156101a457634e487b7160e01b5f52604160045260245ffd5b604090815260208581015183528582015190830152606080860151918301919091526080808601519183019190915260a090940151938101939093525092909150565b60805160a05160c05160e05161010051610120516129ca6102745f395f81816104b401526114e101525f81816102d101526114b501525f81816104e7015281816113f701528181611f3b0152611f6c01525f818161024e015261101301525f818161048101528181610d090152610d4401525f818161043601528181610824015261127701526129ca5ff3fe6080604052600436106101c5575f3560e01c80638da5cb5b116100f2578063d21af76811610092578063f2fde38b11610062578063f2fde38b14610794578063f31650ed146107b3578063f43cc773146107e2578063facc092f146107f7575f5ffd5b8063d21af76814610701578063d5d44d8014610724578063e2ad8a1b14610758578063e30c397814610777575f5ffd5b8063aa9ac0fa116100cd578063aa9ac0fa14610570578063acac17f21461068f578063b01eb660146106d9578063c36f3874146106ed575f5ffd5b80638da5cb5b146105095780639da6918014610525578063a65c359a14610544575f5ffd5b8063715018a61161016857806380f556051161013857806380f5560514610425578063831518b714610470578063863d22c7146104a35780638802834e146104d6575f5ffd5b8063715018a6146102f357806379ba5097146103075780637bdd81141461031b5780637f8e3b4e14610411575f5ffd5b806328388630116101a3578063283886301461023d57806333b7c2b61461027e5780633bbe45a7146102a157806340699005146102c0575f5ffd5b80630fd6b3ff146101c9578063193a9582146101ff5780631aa3a00814610233575b5f5ffd5b3480156101d4575f5ffd5b506101e86101e3366004612482565b610816565b6040516101f6929190612510565b60405180910390f35b34801561020a575f5ffd5b5061021e610219366004612537565b610a3a565b60405163ffffffff90911681526020016101f6565b61023b610cb9565b005b348015610248575f5ffd5b506102707f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016101f6565b348015610289575f5ffd5b5060015461021e90600160c01b900463ffffffff1681565b3480156102ac575f5ffd5b5061023b6102bb3660046125bb565b610ebd565b3480156102cb575f5ffd5b506102707f000000000000000000000000000000000000000000000000000000000000000081565b3480156102fe575f5ffd5b5061023b610f50565b348015610312575f5ffd5b5061023b610f63565b348015610326575f5ffd5b506103c66103353660046125ea565b604080516080810182525f808252602082018190529181018290526060810191909152506001600160a01b03165f90815260036020908152604091829020825160808101845290546001600160801b0381168252600160801b810464ffffffffff1692820192909252600160a81b820463ffffffff1692810192909252600160c81b900460ff161515606082015290565b6040516101f6919081516001600160801b0316815260208083015164ffffffffff169082015260408083015163ffffffff169082015260609182015115159181019190915260800190565b34801561041c575f5ffd5b5061023b610fa4565b348015610430575f5ffd5b506104587f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101f6565b34801561047b575f5ffd5b506102707f000000000000000000000000000000000000000000000000000000000000000081565b3480156104ae575f5ffd5b506102707f000000000000000000000000000000000000000000000000000000000000000081565b3480156104e1575f5ffd5b506102707f000000000000000000000000000000000000000000000000000000000000000081565b348015610514575f5ffd5b505f546001600160a01b0316610458565b348015610530575f5ffd5b5061023b61053f366004612603565b611097565b34801561054f575f5ffd5b5061056361055e3660046125bb565b6111f9565b6040516101f69190612623565b34801561057b575f5ffd5b5061068261058a366004612482565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152505f90815260076020908152604091829020825161012081018452815463ffffffff8116825264ffffffffff6401000000008204811694830194909452600160481b81049093169381019390935260ff600160701b830481166060850152600160781b830481166080850152600160801b8304811660a0850152600160881b8304811660c0850152600160901b909204909116151560e0830152600101546001600160a01b031661010082015290565b6040516101f69190612635565b34801561069a575f5ffd5b506106ae6106a93660046126fc565b611269565b6040805163ffffffff909416845260ff909216602084015264ffffffffff16908201526060016101f6565b3480156106e4575f5ffd5b5061023b611745565b3480156106f8575f5ffd5b5061023b61191b565b34801561070c575f5ffd5b5060015461021e90600160a01b900463ffffffff1681565b34801561072f575f5ffd5b5061027061073e3660046125ea565b6001600160a01b03165f9081526004602052604090205490565b348015610763575f5ffd5b50610270610772366004612744565b6119bc565b348015610782575f5ffd5b506001546001600160a01b0316610458565b34801561079f575f5ffd5b5061023b6107ae3660046125ea565b611a03565b3480156107be575f5ffd5b506107d26107cd366004612785565b611a73565b60405190151581526020016101f6565b3480156107ed575f5ffd5b5061027060025481565b348015610802575f5ffd5b5061023b6108113660046127b6565b611b9c565b5f6060336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146108695760405163bfae38b360e01b81523360048201526024015b60405180910390fd5b5f8381526007602052604090208054600160901b900460ff166108a2576040516338dd495760e21b815260048101859052602401610860565b805460ff600160701b8204811691600160801b81049091169064ffffffffff600160481b90910416421080156108de57508160ff168160ff1614155b15610915578254604051630c042a4b60e21b815260048101889052600160481b90910464ffffffffff166024820152604401610860565b825460ff60901b1916808455600160881b900460ff16801982165f61093983611db7565b90505f61094583611db7565b90505f600261095388611db7565b61095d9190612811565b610968906001612824565b90505f81841061097d57506001995084610996565b81831061098f57506002995083610996565b5060039950855b8b7f8f31a91a0a69c76ab79ce9f5644fa07745f9c1a9a5fa32a8c7387b3bd98fd8ac8c86866040516109ca93929190612837565b60405180910390a288545f9081906109eb908f9063ffffffff168c86611de6565b60018d01549193509150610a0d908f90839085906001600160a01b0316612050565b60038d6003811115610a2157610a21612499565b14610a2a57819b505b5050505050505050505050915091565b5f81801580610a495750600581115b15610a6a5760405163651573e160e01b815260048101829052602401610860565b5f5b81811015610bb1578015801590610aeb57508484610a8b60018461285f565b818110610a9a57610a9a612872565b9050602002016020810190610aaf91906125ea565b6001600160a01b0316858583818110610aca57610aca612872565b9050602002016020810190610adf91906125ea565b6001600160a01b031611155b15610b0c5760405163cd0405d960e01b815260048101829052602401610860565b60035f868684818110610b2157610b21612872565b9050602002016020810190610b3691906125ea565b6001600160a01b0316815260208101919091526040015f2054600160c81b900460ff16610ba957848482818110610b6f57610b6f612872565b9050602002016020810190610b8491906125ea565b60405163bfc6c33760e01b81526001600160a01b039091166004820152602401610860565b600101610a6c565b505f8484604051602001610bc6929190612886565b60408051601f1981840301815291815281516020928301205f818152600690935291205463ffffffff16935090508215610c01575050610cb3565b60018054601490610c1e90600160a01b900463ffffffff166128d0565b825463ffffffff8083166101009490940a848102910219909116179092555f838152600660209081526040808320805463ffffffff1916851790559282526005905220909350610c6f90868661240d565b508263ffffffff167f8c5f5733a9daa9836f4c97d6ff485c8da1650dfe5e76b648c9baa099a8053c518686604051610ca8929190612886565b60405180910390a250505b92915050565b335f9081526003602052604090208054600160801b900464ffffffffff1615610cf757604051632abd397760e11b8152336004820152602401610860565b8054600160c81b900460ff16610df8577f0000000000000000000000000000000000000000000000000000000000000000341015610d7057604051639901e61160e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610860565b80546001600160801b033490811679ff000000000000000000ffffffffffffffffffffffffffffffff1990921691909117600160c81b178255600280545f90610dba908490612824565b909155505060405134815233907f25dc7d1fe59033f0b2e056dba57d1cfea9f5a9c8756d96b709edeb4ccaf82b2b906020015b60405180910390a250565b345f03610e2157604051639901e61160e01b81525f600482015260016024820152604401610860565b8054349082905f90610e3d9084906001600160801b03166128f4565b92506101000a8154816001600160801b0302191690836001600160801b031602179055503460025f828254610e729190612824565b90915550508054604080513481526001600160801b03909216602083015233917f7440189f48490fd194d6a8d8ed2edabc6fed0723bb82388831a8b131e1f8d86f9101610ded565b50565b610ec56120f9565b63ffffffff81165f908152600560205260408120549003610f0157604051637b7eb96560e01b815263ffffffff82166004820152602401610860565b6001805463ffffffff60c01b1916600160c01b63ffffffff8416908102919091179091556040517f9cb81efe28e51edc9fd48787ca8fc7bb89e78afcf3923c0a289a2a54b21da50f905f90a250565b610f586120f9565b610f615f612125565b565b60015433906001600160a01b03168114610f9b5760405163118cdaa760e01b81526001600160a01b0382166004820152602401610860565b610eba81612125565b335f9081526003602052604090208054600160c81b900460ff16610fdd5760405163bfc6c33760e01b8152336004820152602401610860565b8054600160801b900464ffffffffff161561100d57604051632abd397760e11b8152336004820152602401610860565b5f6110387f000000000000000000000000000000000000000000000000000000000000000042612824565b825464ffffffffff60801b1916600160801b64ffffffffff831690810291909117845560405190815290915033907fd9217a461a0f7f84171a8866118c3d92e943ba7c1ba89b819371f729b5cabcbc9060200160405180910390a25050565b5f8281526007602052604090208054600160901b900460ff166110d0576040516338dd495760e21b815260048101849052602401610860565b8054640100000000900464ffffffffff164210611103576040516372282ab960e11b815260048101849052602401610860565b81611121576040516326fd599b60e11b815260040160405180910390fd5b5f61112d84833361213e565b8254909150600160781b9004811660ff16156111655760405163d42c398560e01b815260048101859052336024820152604401610860565b815460ff808316600160781b80840492909216170260ff60781b199091161782555f848152600860205260408120849161119e846121f7565b81526020019081526020015f2081905550336001600160a01b0316847f1f4e2aa7825ef02e85293e2de66cfbcb326af2632b558996e546bb1ef3e8764d856040516111eb91815260200190565b60405180910390a350505050565b63ffffffff81165f9081526005602090815260409182902080548351818402810184019094528084526060939283018282801561125d57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161123f575b50505050509050919050565b5f8080336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146112b75760405163bfae38b360e01b8152336004820152602401610860565b5f86815260076020526040902054640100000000900464ffffffffff16156112f557604051637697f10560e11b815260048101879052602401610860565b63ffffffff8516156113075784611318565b600154600160c01b900463ffffffff165b92508263ffffffff165f036113405760405163026fdd7760e11b815260040160405180910390fd5b63ffffffff83165f908152600560205260408120805490910361137e57604051637b7eb96560e01b815263ffffffff85166004820152602401610860565b5f5f5b8254811015611483575f60035f8584815481106113a0576113a0612872565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805490915060ff600160c81b9091041680156113ec57508054600160801b900464ffffffffff16155b8015611424575080547f00000000000000000000000000000000000000000000000000000000000000006001600160801b0390911610155b1561147a576001821b929092179161143b86612913565b8154909650819060159061145b90600160a81b900463ffffffff166128d0565b91906101000a81548163ffffffff021916908363ffffffff1602179055505b50600101611381565b508360ff165f036114af57604051634fff048160e11b815263ffffffff86166004820152602401610860565b5f6114da7f000000000000000000000000000000000000000000000000000000000000000042612824565b905061150d7f000000000000000000000000000000000000000000000000000000000000000064ffffffffff8316612824565b93506040518061012001604052808763ffffffff1681526020018264ffffffffff1681526020018564ffffffffff1681526020018360ff1681526020015f60ff1681526020015f60ff1681526020015f60ff168152602001600115158152602001886001600160a01b031681525060075f8b81526020019081526020015f205f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160096101000a81548164ffffffffff021916908364ffffffffff1602179055506060820151815f01600e6101000a81548160ff021916908360ff1602179055506080820151815f01600f6101000a81548160ff021916908360ff16021790555060a0820151815f0160106101000a81548160ff021916908360ff16021790555060c0820151815f0160116101000a81548160ff021916908360ff16021790555060e0820151815f0160126101000a81548160ff021916908315150217905550610100820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550905050866001600160a01b03168663ffffffff168a7f34ec3bd0bfd9972bb48c314d590aae690195606ec1c15e3db4e371436398787a8585896040516117319392919060ff93909316835264ffffffffff918216602084015216604082015260600190565b60405180910390a450505093509350939050565b61174d612220565b335f90815260036020908152604091829020825160808101845290546001600160801b0381168252600160801b810464ffffffffff1692820192909252600160a81b820463ffffffff1692810192909252600160c81b900460ff161515606082018190526117d05760405163bfc6c33760e01b8152336004820152602401610860565b806020015164ffffffffff165f036117fd5760405163ccabe40d60e01b8152336004820152602401610860565b806020015164ffffffffff1642101561183e5760208101516040516319584a9f60e11b815233600482015264ffffffffff9091166024820152604401610860565b604081015163ffffffff161561187b576040808201519051632e84811160e21b815233600482015263ffffffff9091166024820152604401610860565b335f90815260036020526040812080546001600160d01b03191690558151600280546001600160801b039092169290916118b690849061285f565b909155505080516040516001600160801b03909116815233907f2c42ff1107de51d80ac7afa825657308c5688ba1ab6b6ebcd33d6ca5ac7061749060200160405180910390a261191233825f01516001600160801b0316612255565b50610f616122dc565b611923612220565b335f908152600460205260408120549081900361195557604051636e34ee0b60e11b8152336004820152602401610860565b335f9081526004602052604081208190556002805483929061197890849061285f565b909155505060405181815233907f6b00960292e7976c9eb5434816470b38a441061eee645921536131ccb937cafe9060200160405180910390a26119123382612255565b604080516020808201969096526001600160a01b03949094168482015291151560608401526080808401919091528151808403909101815260a09092019052805191012090565b611a0b6120f9565b600180546001600160a01b0383166001600160a01b03199091168117909155611a3b5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b63ffffffff8083165f908152600560205260408082209284168252812082549192911580611aa057508054155b15611aaf575f92505050610cb3565b5f5f5b8354811015611b8f575f848281548110611ace57611ace612872565b5f918252602090912001546001600160a01b031690505b835483108015611b225750806001600160a01b0316848481548110611b0c57611b0c612872565b5f918252602090912001546001600160a01b0316105b15611b3757611b3083612928565b9250611ae5565b8354831480611b745750806001600160a01b0316848481548110611b5d57611b5d612872565b5f918252602090912001546001600160a01b031614155b15611b86575f95505050505050610cb3565b50600101611ab2565b5060019695505050505050565b5f8381526007602052604090208054600160901b900460ff16611bd5576040516338dd495760e21b815260048101859052602401610860565b8054640100000000900464ffffffffff1642108015611c0957508054600160781b810460ff908116600160701b9092041614155b15611c2a5760405163c9204faf60e01b815260048101859052602401610860565b8054600160481b900464ffffffffff164210611c5c57604051630ddfee6160e21b815260048101859052602401610860565b5f611c6885833361213e565b8254909150600160781b9004811660ff165f03611ca15760405163809c4a1160e01b815260048101869052336024820152604401610860565b8154600160801b9004811660ff1615611cd65760405163619cd47560e11b815260048101869052336024820152604401610860565b611ce2853386866119bc565b5f86815260086020526040812090611cf9846121f7565b81526020019081526020015f205414611d2e57604051631ee8b01f60e11b815260048101869052336024820152604401610860565b815460ff808316600160801b80840492909216170260ff60801b199091161782558315611d7757815460ff808316600160881b80840492909216170260ff60881b199091161782555b6040518415158152339086907f943b1e1e6ea36d3a013c9f482eb56e6fec8904129c7ed1869bcfe1f04727cd4c9060200160405180910390a35050505050565b5f5b60ff821615611de157611dcd600183612940565b90911690611dda81612928565b9050611db9565b919050565b63ffffffff83165f90815260056020526040812060609190611e0784611db7565b67ffffffffffffffff811115611e1f57611e1f612959565b604051908082528060200260200182016040528015611e48578160200160208202803683370190505b5092505f5f5b8254811015612044576001811b60ff888216165f03611e6d575061203c565b5f848381548110611e8057611e80612872565b5f9182526020808320909101546001600160a01b0316808352600390915260409091208054919250908190601590611ec59063ffffffff600160a81b9091041661296d565b91906101000a81548163ffffffff021916908363ffffffff16021790555082891660ff165f14611f3557818886611efb81612928565b975081518110611f0d57611f0d612872565b60200260200101906001600160a01b031690816001600160a01b03168152505050505061203c565b80545f907f00000000000000000000000000000000000000000000000000000000000000006001600160801b0390911610611f90577f0000000000000000000000000000000000000000000000000000000000000000611f9c565b81546001600160801b03165b90508015612037578154819083905f90611fc09084906001600160801b031661298b565b92506101000a8154816001600160801b0302191690836001600160801b031602179055508088611ff09190612824565b9750826001600160a01b03168d7f4d00a4f016cf703b34789a425ee1af83e5f26adc7a670505b9fc50d47fa9a0618360405161202e91815260200190565b60405180910390a35b505050505b600101611e4e565b50505094509492505050565b82156120f35781515f0361206e57612069848285612306565b6120f3565b5f82518461207c9190612811565b90506120b885845f8151811061209457612094612872565b60200260200101518551876120a991906129aa565b6120b39085612824565b612306565b60015b83518110156120f0576120e8868583815181106120da576120da612872565b602002602001015184612306565b6001016120bb565b50505b50505050565b5f546001600160a01b03163314610f615760405163118cdaa760e01b8152336004820152602401610860565b600180546001600160a01b0319169055610eba81612377565b815463ffffffff165f908152600560205260408120815b81548110156121c457836001600160a01b031682828154811061217a5761217a612872565b5f918252602090912001546001600160a01b0316036121bc5784546001821b90600160701b9004811660ff165f036121b257506121c4565b92506121f0915050565b600101612155565b50604051636fc842cf60e01b8152600481018690526001600160a01b0384166024820152604401610860565b9392505050565b5f5b60018260ff161115611de15760018260ff16901c91508061221990612928565b90506121f9565b6122286123c6565b610f6160017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612406565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f811461229e576040519150601f19603f3d011682016040523d82523d5f602084013e6122a3565b606091505b50509050806122d757604051630e21dcbb60e11b81526001600160a01b038416600482015260248101839052604401610860565b505050565b610f615f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061224f565b6001600160a01b0382165f908152600460205260408120805483929061232d908490612824565b90915550506040518181526001600160a01b0383169084907f70da48e781f88bd1df7a4195dda79cd7116739a810e0f5c130f207bede39d2f79060200160405180910390a3505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15610f6157604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b828054828255905f5260205f2090810192821561245e579160200282015b8281111561245e5781546001600160a01b0319166001600160a01b0384351617825560209092019160019091019061242b565b5061246a92915061246e565b5090565b5b8082111561246a575f815560010161246f565b5f60208284031215612492575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600481106124c957634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b828110156125065781516001600160a01b03168652602095860195909101906001016124df565b5093949350505050565b61251a81846124ad565b604060208201525f61252f60408301846124cd565b949350505050565b5f5f60208385031215612548575f5ffd5b823567ffffffffffffffff81111561255e575f5ffd5b8301601f8101851361256e575f5ffd5b803567ffffffffffffffff811115612584575f5ffd5b8560208260051b8401011115612598575f5ffd5b6020919091019590945092505050565b803563ffffffff81168114611de1575f5ffd5b5f602082840312156125cb575f5ffd5b6121f0826125a8565b80356001600160a01b0381168114611de1575f5ffd5b5f602082840312156125fa575f5ffd5b6121f0826125d4565b5f5f60408385031215612614575f5ffd5b50508035926020909101359150565b602081525f6121f060208301846124cd565b5f6101208201905063ffffffff835116825264ffffffffff60208401511660208301526040830151612670604084018264ffffffffff169052565b506060830151612685606084018260ff169052565b50608083015161269a608084018260ff169052565b5060a08301516126af60a084018260ff169052565b5060c08301516126c460c084018260ff169052565b5060e08301516126d860e084018215159052565b506101008301516126f56101008401826001600160a01b03169052565b5092915050565b5f5f5f6060848603121561270e575f5ffd5b8335925061271e602085016125a8565b915061272c604085016125d4565b90509250925092565b80358015158114611de1575f5ffd5b5f5f5f5f60808587031215612757575f5ffd5b84359350612767602086016125d4565b925061277560408601612735565b9396929550929360600135925050565b5f5f60408385031215612796575f5ffd5b61279f836125a8565b91506127ad602084016125a8565b90509250929050565b5f5f5f606084860312156127c8575f5ffd5b833592506127d860208501612735565b929592945050506040919091013590565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f8261281f5761281f6127e9565b500490565b80820180821115610cb357610cb36127fd565b6060810161284582866124ad565b60ff8416602083015260ff83166040830152949350505050565b81810381811115610cb357610cb36127fd565b634e487b7160e01b5f52603260045260245ffd5b602080825281018290525f8360408301825b858110156128c6576001600160a01b036128b1846125d4565b16825260209283019290910190600101612898565b5095945050505050565b5f63ffffffff821663ffffffff81036128eb576128eb6127fd565b60010192915050565b6001600160801b038181168382160190811115610cb357610cb36127fd565b5f60ff821660ff81036128eb576128eb6127fd565b5f60018201612939576129396127fd565b5060010190565b60ff8281168282160390811115610cb357610cb36127fd565b634e487b7160e01b5f52604160045260245ffd5b5f63ffffffff821680612982576129826127fd565b5f190192915050565b6001600160801b038281168282160390811115610cb357610cb36127fd565b5f826129b8576129b86127e9565b50069056fea164736f6c634300081e000a",
}

// PondMarket is an auto generated Go binding around an Ethereum contract.
type PondMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PondMarket) GetABI() abi.ABI {
	return c.abi
}

// NewPondMarket creates a new instance of PondMarket.
func NewPondMarket() *PondMarket {
	parsed, err := PondMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PondMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PondMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address moduleRegistry, address governance, (uint32,uint32,uint32,uint32,uint32,uint96) p, (uint256,uint256,uint256,uint256,uint256) mediation) returns()
func (pondMarket *PondMarket) PackConstructor(moduleRegistry common.Address, governance common.Address, p IPondMarketParams, mediation MediatorRegistryConfig) []byte {
	enc, err := pondMarket.abi.Pack("", moduleRegistry, governance, p, mediation)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (pondMarket *PondMarket) PackAcceptOwnership() []byte {
	enc, err := pondMarket.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (pondMarket *PondMarket) TryPackAcceptOwnership() ([]byte, error) {
	return pondMarket.abi.Pack("acceptOwnership")
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7888aec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account, address token) view returns(uint256)
func (pondMarket *PondMarket) PackBalanceOf(account common.Address, token common.Address) []byte {
	enc, err := pondMarket.abi.Pack("balanceOf", account, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7888aec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account, address token) view returns(uint256)
func (pondMarket *PondMarket) TryPackBalanceOf(account common.Address, token common.Address) ([]byte, error) {
	return pondMarket.abi.Pack("balanceOf", account, token)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7888aec.
//
// Solidity: function balanceOf(address account, address token) view returns(uint256)
func (pondMarket *PondMarket) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dffa3dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelJob(uint256 jobId) returns()
func (pondMarket *PondMarket) PackCancelJob(jobId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("cancelJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dffa3dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelJob(uint256 jobId) returns()
func (pondMarket *PondMarket) TryPackCancelJob(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("cancelJob", jobId)
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab82d9a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 jobId) payable returns()
func (pondMarket *PondMarket) PackChallenge(jobId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("challenge", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab82d9a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 jobId) payable returns()
func (pondMarket *PondMarket) TryPackChallenge(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("challenge", jobId)
}

// PackChallengeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a4ccee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeOf(uint256 jobId) view returns(address, uint96, uint8)
func (pondMarket *PondMarket) PackChallengeOf(jobId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("challengeOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a4ccee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeOf(uint256 jobId) view returns(address, uint96, uint8)
func (pondMarket *PondMarket) TryPackChallengeOf(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("challengeOf", jobId)
}

// ChallengeOfOutput serves as a container for the return parameters of contract
// method ChallengeOf.
type ChallengeOfOutput struct {
	Arg0 common.Address
	Arg1 *big.Int
	Arg2 uint8
}

// UnpackChallengeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a4ccee5.
//
// Solidity: function challengeOf(uint256 jobId) view returns(address, uint96, uint8)
func (pondMarket *PondMarket) UnpackChallengeOf(data []byte) (ChallengeOfOutput, error) {
	out, err := pondMarket.abi.Unpack("challengeOf", data)
	outstruct := new(ChallengeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackCollateralFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ab2218.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralFor(uint256 price) view returns(uint256)
func (pondMarket *PondMarket) PackCollateralFor(price *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("collateralFor", price)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ab2218.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralFor(uint256 price) view returns(uint256)
func (pondMarket *PondMarket) TryPackCollateralFor(price *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("collateralFor", price)
}

// UnpackCollateralFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28ab2218.
//
// Solidity: function collateralFor(uint256 price) view returns(uint256)
func (pondMarket *PondMarket) UnpackCollateralFor(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("collateralFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConfigureToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63bee911.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureToken(address token, bool allowed, uint96 mediatorFee) returns()
func (pondMarket *PondMarket) PackConfigureToken(token common.Address, allowed bool, mediatorFee *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("configureToken", token, allowed, mediatorFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63bee911.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureToken(address token, bool allowed, uint96 mediatorFee) returns()
func (pondMarket *PondMarket) TryPackConfigureToken(token common.Address, allowed bool, mediatorFee *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("configureToken", token, allowed, mediatorFee)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address token, uint256 amount) payable returns()
func (pondMarket *PondMarket) PackDeposit(token common.Address, amount *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("deposit", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address token, uint256 amount) payable returns()
func (pondMarket *PondMarket) TryPackDeposit(token common.Address, amount *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("deposit", token, amount)
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 jobId) returns()
func (pondMarket *PondMarket) PackFinalize(jobId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("finalize", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 jobId) returns()
func (pondMarket *PondMarket) TryPackFinalize(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("finalize", jobId)
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 jobId) view returns((address,uint40,uint8,bool,bool,address,uint32,address,uint96,uint96,uint32,uint32,uint32,(uint8,uint32,uint32,uint32,uint32)))
func (pondMarket *PondMarket) PackGetJob(jobId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("getJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJob(uint256 jobId) view returns((address,uint40,uint8,bool,bool,address,uint32,address,uint96,uint96,uint32,uint32,uint32,(uint8,uint32,uint32,uint32,uint32)))
func (pondMarket *PondMarket) TryPackGetJob(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 jobId) view returns((address,uint40,uint8,bool,bool,address,uint32,address,uint96,uint96,uint32,uint32,uint32,(uint8,uint32,uint32,uint32,uint32)))
func (pondMarket *PondMarket) UnpackGetJob(data []byte) (IPondMarketJob, error) {
	out, err := pondMarket.abi.Unpack("getJob", data)
	if err != nil {
		return *new(IPondMarketJob), err
	}
	out0 := *abi.ConvertType(out[0], new(IPondMarketJob)).(*IPondMarketJob)
	return out0, nil
}

// PackGetOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4579268a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOffer(uint256 offerId) view returns((address,uint40,address,bool,bool,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)))
func (pondMarket *PondMarket) PackGetOffer(offerId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("getOffer", offerId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4579268a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOffer(uint256 offerId) view returns((address,uint40,address,bool,bool,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)))
func (pondMarket *PondMarket) TryPackGetOffer(offerId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("getOffer", offerId)
}

// UnpackGetOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4579268a.
//
// Solidity: function getOffer(uint256 offerId) view returns((address,uint40,address,bool,bool,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)))
func (pondMarket *PondMarket) UnpackGetOffer(data []byte) (IPondMarketOffer, error) {
	out, err := pondMarket.abi.Unpack("getOffer", data)
	if err != nil {
		return *new(IPondMarketOffer), err
	}
	out0 := *abi.ConvertType(out[0], new(IPondMarketOffer)).(*IPondMarketOffer)
	return out0, nil
}

// PackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobCount() view returns(uint256)
func (pondMarket *PondMarket) PackJobCount() []byte {
	enc, err := pondMarket.abi.Pack("jobCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5d8a0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobCount() view returns(uint256)
func (pondMarket *PondMarket) TryPackJobCount() ([]byte, error) {
	return pondMarket.abi.Pack("jobCount")
}

// UnpackJobCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5d8a0f.
//
// Solidity: function jobCount() view returns(uint256)
func (pondMarket *PondMarket) UnpackJobCount(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("jobCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMatchJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4348e199.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchJob(uint256 jobId, uint256 offerId) returns()
func (pondMarket *PondMarket) PackMatchJob(jobId *big.Int, offerId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("matchJob", jobId, offerId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4348e199.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchJob(uint256 jobId, uint256 offerId) returns()
func (pondMarket *PondMarket) TryPackMatchJob(jobId *big.Int, offerId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("matchJob", jobId, offerId)
}

// PackMediators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5715cfb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mediators() view returns(address)
func (pondMarket *PondMarket) PackMediators() []byte {
	enc, err := pondMarket.abi.Pack("mediators")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMediators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5715cfb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mediators() view returns(address)
func (pondMarket *PondMarket) TryPackMediators() ([]byte, error) {
	return pondMarket.abi.Pack("mediators")
}

// UnpackMediators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5715cfb2.
//
// Solidity: function mediators() view returns(address)
func (pondMarket *PondMarket) UnpackMediators(data []byte) (common.Address, error) {
	out, err := pondMarket.abi.Unpack("mediators", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7e80e98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modules() view returns(address)
func (pondMarket *PondMarket) PackModules() []byte {
	enc, err := pondMarket.abi.Pack("modules")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModules is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7e80e98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modules() view returns(address)
func (pondMarket *PondMarket) TryPackModules() ([]byte, error) {
	return pondMarket.abi.Pack("modules")
}

// UnpackModules is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7e80e98.
//
// Solidity: function modules() view returns(address)
func (pondMarket *PondMarket) UnpackModules(data []byte) (common.Address, error) {
	out, err := pondMarket.abi.Unpack("modules", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOfferAllowsModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb95ec175.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function offerAllowsModule(uint256 offerId, uint32 moduleId) view returns(bool)
func (pondMarket *PondMarket) PackOfferAllowsModule(offerId *big.Int, moduleId uint32) []byte {
	enc, err := pondMarket.abi.Pack("offerAllowsModule", offerId, moduleId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOfferAllowsModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb95ec175.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function offerAllowsModule(uint256 offerId, uint32 moduleId) view returns(bool)
func (pondMarket *PondMarket) TryPackOfferAllowsModule(offerId *big.Int, moduleId uint32) ([]byte, error) {
	return pondMarket.abi.Pack("offerAllowsModule", offerId, moduleId)
}

// UnpackOfferAllowsModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb95ec175.
//
// Solidity: function offerAllowsModule(uint256 offerId, uint32 moduleId) view returns(bool)
func (pondMarket *PondMarket) UnpackOfferAllowsModule(data []byte) (bool, error) {
	out, err := pondMarket.abi.Unpack("offerAllowsModule", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOfferCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1115c24d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function offerCount() view returns(uint256)
func (pondMarket *PondMarket) PackOfferCount() []byte {
	enc, err := pondMarket.abi.Pack("offerCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOfferCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1115c24d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function offerCount() view returns(uint256)
func (pondMarket *PondMarket) TryPackOfferCount() ([]byte, error) {
	return pondMarket.abi.Pack("offerCount")
}

// UnpackOfferCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1115c24d.
//
// Solidity: function offerCount() view returns(uint256)
func (pondMarket *PondMarket) UnpackOfferCount(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("offerCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (pondMarket *PondMarket) PackOwner() []byte {
	enc, err := pondMarket.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (pondMarket *PondMarket) TryPackOwner() ([]byte, error) {
	return pondMarket.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (pondMarket *PondMarket) UnpackOwner(data []byte) (common.Address, error) {
	out, err := pondMarket.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint96))
func (pondMarket *PondMarket) PackParams() []byte {
	enc, err := pondMarket.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint96))
func (pondMarket *PondMarket) TryPackParams() ([]byte, error) {
	return pondMarket.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint96))
func (pondMarket *PondMarket) UnpackParams(data []byte) (IPondMarketParams, error) {
	out, err := pondMarket.abi.Unpack("params", data)
	if err != nil {
		return *new(IPondMarketParams), err
	}
	out0 := *abi.ConvertType(out[0], new(IPondMarketParams)).(*IPondMarketParams)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (pondMarket *PondMarket) PackPendingOwner() []byte {
	enc, err := pondMarket.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (pondMarket *PondMarket) TryPackPendingOwner() ([]byte, error) {
	return pondMarket.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (pondMarket *PondMarket) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := pondMarket.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ede77ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingResult(uint256 jobId) view returns(string)
func (pondMarket *PondMarket) PackPendingResult(jobId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("pendingResult", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ede77ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingResult(uint256 jobId) view returns(string)
func (pondMarket *PondMarket) TryPackPendingResult(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("pendingResult", jobId)
}

// UnpackPendingResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ede77ae.
//
// Solidity: function pendingResult(uint256 jobId) view returns(string)
func (pondMarket *PondMarket) UnpackPendingResult(data []byte) (string, error) {
	out, err := pondMarket.abi.Unpack("pendingResult", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPostJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33f3488b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postJob((uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string) r) payable returns(uint256 jobId)
func (pondMarket *PondMarket) PackPostJob(r IPondMarketJobRequest) []byte {
	enc, err := pondMarket.abi.Pack("postJob", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33f3488b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postJob((uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string) r) payable returns(uint256 jobId)
func (pondMarket *PondMarket) TryPackPostJob(r IPondMarketJobRequest) ([]byte, error) {
	return pondMarket.abi.Pack("postJob", r)
}

// UnpackPostJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33f3488b.
//
// Solidity: function postJob((uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string) r) payable returns(uint256 jobId)
func (pondMarket *PondMarket) UnpackPostJob(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("postJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPostOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xded5f0bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postOffer((address,uint96,(uint8,uint32,uint32,uint32,uint32),uint40,bool,uint32[],bool,uint32) r) returns(uint256 offerId)
func (pondMarket *PondMarket) PackPostOffer(r IPondMarketOfferRequest) []byte {
	enc, err := pondMarket.abi.Pack("postOffer", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xded5f0bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postOffer((address,uint96,(uint8,uint32,uint32,uint32,uint32),uint40,bool,uint32[],bool,uint32) r) returns(uint256 offerId)
func (pondMarket *PondMarket) TryPackPostOffer(r IPondMarketOfferRequest) ([]byte, error) {
	return pondMarket.abi.Pack("postOffer", r)
}

// UnpackPostOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xded5f0bb.
//
// Solidity: function postOffer((address,uint96,(uint8,uint32,uint32,uint32,uint32),uint40,bool,uint32[],bool,uint32) r) returns(uint256 offerId)
func (pondMarket *PondMarket) UnpackPostOffer(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("postOffer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (pondMarket *PondMarket) PackRenounceOwnership() []byte {
	enc, err := pondMarket.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (pondMarket *PondMarket) TryPackRenounceOwnership() ([]byte, error) {
	return pondMarket.abi.Pack("renounceOwnership")
}

// PackResolveChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x761c7cfe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveChallenge(uint256 jobId) returns()
func (pondMarket *PondMarket) PackResolveChallenge(jobId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("resolveChallenge", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x761c7cfe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveChallenge(uint256 jobId) returns()
func (pondMarket *PondMarket) TryPackResolveChallenge(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("resolveChallenge", jobId)
}

// PackRetryCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0138c60d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retryCallback(uint256 jobId) returns()
func (pondMarket *PondMarket) PackRetryCallback(jobId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("retryCallback", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetryCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0138c60d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retryCallback(uint256 jobId) returns()
func (pondMarket *PondMarket) TryPackRetryCallback(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("retryCallback", jobId)
}

// PackRunModuleWithDefaultMediators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ce7b179.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runModuleWithDefaultMediators(string name, string params) payable returns(uint256 jobId)
func (pondMarket *PondMarket) PackRunModuleWithDefaultMediators(name string, params string) []byte {
	enc, err := pondMarket.abi.Pack("runModuleWithDefaultMediators", name, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRunModuleWithDefaultMediators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ce7b179.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runModuleWithDefaultMediators(string name, string params) payable returns(uint256 jobId)
func (pondMarket *PondMarket) TryPackRunModuleWithDefaultMediators(name string, params string) ([]byte, error) {
	return pondMarket.abi.Pack("runModuleWithDefaultMediators", name, params)
}

// UnpackRunModuleWithDefaultMediators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ce7b179.
//
// Solidity: function runModuleWithDefaultMediators(string name, string params) payable returns(uint256 jobId)
func (pondMarket *PondMarket) UnpackRunModuleWithDefaultMediators(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("runModuleWithDefaultMediators", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c0dd79a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitResult(uint256 jobId, string resultCid) returns()
func (pondMarket *PondMarket) PackSubmitResult(jobId *big.Int, resultCid string) []byte {
	enc, err := pondMarket.abi.Pack("submitResult", jobId, resultCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c0dd79a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitResult(uint256 jobId, string resultCid) returns()
func (pondMarket *PondMarket) TryPackSubmitResult(jobId *big.Int, resultCid string) ([]byte, error) {
	return pondMarket.abi.Pack("submitResult", jobId, resultCid)
}

// PackTimeoutJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b73c4ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutJob(uint256 jobId) returns()
func (pondMarket *PondMarket) PackTimeoutJob(jobId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("timeoutJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b73c4ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutJob(uint256 jobId) returns()
func (pondMarket *PondMarket) TryPackTimeoutJob(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("timeoutJob", jobId)
}

// PackTokenIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x427f91a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenIndex(address token) view returns(uint8 index, bool allowed, uint96 mediatorFee)
func (pondMarket *PondMarket) PackTokenIndex(token common.Address) []byte {
	enc, err := pondMarket.abi.Pack("tokenIndex", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x427f91a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenIndex(address token) view returns(uint8 index, bool allowed, uint96 mediatorFee)
func (pondMarket *PondMarket) TryPackTokenIndex(token common.Address) ([]byte, error) {
	return pondMarket.abi.Pack("tokenIndex", token)
}

// TokenIndexOutput serves as a container for the return parameters of contract
// method TokenIndex.
type TokenIndexOutput struct {
	Index       uint8
	Allowed     bool
	MediatorFee *big.Int
}

// UnpackTokenIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x427f91a6.
//
// Solidity: function tokenIndex(address token) view returns(uint8 index, bool allowed, uint96 mediatorFee)
func (pondMarket *PondMarket) UnpackTokenIndex(data []byte) (TokenIndexOutput, error) {
	out, err := pondMarket.abi.Unpack("tokenIndex", data)
	outstruct := new(TokenIndexOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Index = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Allowed = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.MediatorFee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (pondMarket *PondMarket) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := pondMarket.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (pondMarket *PondMarket) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return pondMarket.abi.Pack("transferOwnership", newOwner)
}

// PackUpdateOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e42991.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateOffer(uint256 offerId, uint96 askPrice, uint40 expiry) returns()
func (pondMarket *PondMarket) PackUpdateOffer(offerId *big.Int, askPrice *big.Int, expiry *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("updateOffer", offerId, askPrice, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e42991.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateOffer(uint256 offerId, uint96 askPrice, uint40 expiry) returns()
func (pondMarket *PondMarket) TryPackUpdateOffer(offerId *big.Int, askPrice *big.Int, expiry *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("updateOffer", offerId, askPrice, expiry)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69328dec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token, uint256 amount, address to) returns()
func (pondMarket *PondMarket) PackWithdraw(token common.Address, amount *big.Int, to common.Address) []byte {
	enc, err := pondMarket.abi.Pack("withdraw", token, amount, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69328dec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address token, uint256 amount, address to) returns()
func (pondMarket *PondMarket) TryPackWithdraw(token common.Address, amount *big.Int, to common.Address) ([]byte, error) {
	return pondMarket.abi.Pack("withdraw", token, amount, to)
}

// PackWithdrawOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8610f045.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawOffer(uint256 offerId) returns()
func (pondMarket *PondMarket) PackWithdrawOffer(offerId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("withdrawOffer", offerId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8610f045.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawOffer(uint256 offerId) returns()
func (pondMarket *PondMarket) TryPackWithdrawOffer(offerId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("withdrawOffer", offerId)
}

// PondMarketCallbackDelivered represents a CallbackDelivered event raised by the PondMarket contract.
type PondMarketCallbackDelivered struct {
	JobId  *big.Int
	Client common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const PondMarketCallbackDeliveredEventName = "CallbackDelivered"

// ContractEventName returns the user-defined event name.
func (PondMarketCallbackDelivered) ContractEventName() string {
	return PondMarketCallbackDeliveredEventName
}

// UnpackCallbackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackDelivered(uint256 indexed jobId, address indexed client)
func (pondMarket *PondMarket) UnpackCallbackDeliveredEvent(log *types.Log) (*PondMarketCallbackDelivered, error) {
	event := "CallbackDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketCallbackDelivered)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketCallbackFailed represents a CallbackFailed event raised by the PondMarket contract.
type PondMarketCallbackFailed struct {
	JobId  *big.Int
	Client common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const PondMarketCallbackFailedEventName = "CallbackFailed"

// ContractEventName returns the user-defined event name.
func (PondMarketCallbackFailed) ContractEventName() string {
	return PondMarketCallbackFailedEventName
}

// UnpackCallbackFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackFailed(uint256 indexed jobId, address indexed client)
func (pondMarket *PondMarket) UnpackCallbackFailedEvent(log *types.Log) (*PondMarketCallbackFailed, error) {
	event := "CallbackFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketCallbackFailed)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketDeposited represents a Deposited event raised by the PondMarket contract.
type PondMarketDeposited struct {
	Account common.Address
	Token   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PondMarketDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (PondMarketDeposited) ContractEventName() string {
	return PondMarketDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, address indexed token, uint256 amount)
func (pondMarket *PondMarket) UnpackDepositedEvent(log *types.Log) (*PondMarketDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketDeposited)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketJobChallenged represents a JobChallenged event raised by the PondMarket contract.
type PondMarketJobChallenged struct {
	JobId          *big.Int
	Challenger     common.Address
	CommitteeId    uint32
	Fee            *big.Int
	RevealDeadline *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const PondMarketJobChallengedEventName = "JobChallenged"

// ContractEventName returns the user-defined event name.
func (PondMarketJobChallenged) ContractEventName() string {
	return PondMarketJobChallengedEventName
}

// UnpackJobChallengedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobChallenged(uint256 indexed jobId, address indexed challenger, uint32 committeeId, uint256 fee, uint40 revealDeadline)
func (pondMarket *PondMarket) UnpackJobChallengedEvent(log *types.Log) (*PondMarketJobChallenged, error) {
	event := "JobChallenged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketJobChallenged)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketJobMatched represents a JobMatched event raised by the PondMarket contract.
type PondMarketJobMatched struct {
	JobId       *big.Int
	OfferId     *big.Int
	Provider    common.Address
	Solver      common.Address
	Collateral  *big.Int
	RunDeadline *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const PondMarketJobMatchedEventName = "JobMatched"

// ContractEventName returns the user-defined event name.
func (PondMarketJobMatched) ContractEventName() string {
	return PondMarketJobMatchedEventName
}

// UnpackJobMatchedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobMatched(uint256 indexed jobId, uint256 indexed offerId, address indexed provider, address solver, uint256 collateral, uint40 runDeadline)
func (pondMarket *PondMarket) UnpackJobMatchedEvent(log *types.Log) (*PondMarketJobMatched, error) {
	event := "JobMatched"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketJobMatched)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketJobPosted represents a JobPosted event raised by the PondMarket contract.
type PondMarketJobPosted struct {
	JobId    *big.Int
	Creator  common.Address
	ModuleId uint32
	Request  IPondMarketJobRequest
	Raw      *types.Log // Blockchain specific contextual infos
}

const PondMarketJobPostedEventName = "JobPosted"

// ContractEventName returns the user-defined event name.
func (PondMarketJobPosted) ContractEventName() string {
	return PondMarketJobPostedEventName
}

// UnpackJobPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobPosted(uint256 indexed jobId, address indexed creator, uint32 indexed moduleId, (uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string) request)
func (pondMarket *PondMarket) UnpackJobPostedEvent(log *types.Log) (*PondMarketJobPosted, error) {
	event := "JobPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketJobPosted)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketJobRefunded represents a JobRefunded event raised by the PondMarket contract.
type PondMarketJobRefunded struct {
	JobId   *big.Int
	Creator common.Address
	Amount  *big.Int
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const PondMarketJobRefundedEventName = "JobRefunded"

// ContractEventName returns the user-defined event name.
func (PondMarketJobRefunded) ContractEventName() string {
	return PondMarketJobRefundedEventName
}

// UnpackJobRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobRefunded(uint256 indexed jobId, address indexed creator, uint256 amount, uint8 reason)
func (pondMarket *PondMarket) UnpackJobRefundedEvent(log *types.Log) (*PondMarketJobRefunded, error) {
	event := "JobRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketJobRefunded)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketJobSettled represents a JobSettled event raised by the PondMarket contract.
type PondMarketJobSettled struct {
	JobId        *big.Int
	Status       uint8
	ToProvider   *big.Int
	ToCreator    *big.Int
	ToChallenger *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const PondMarketJobSettledEventName = "JobSettled"

// ContractEventName returns the user-defined event name.
func (PondMarketJobSettled) ContractEventName() string {
	return PondMarketJobSettledEventName
}

// UnpackJobSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSettled(uint256 indexed jobId, uint8 indexed status, uint256 toProvider, uint256 toCreator, uint256 toChallenger)
func (pondMarket *PondMarket) UnpackJobSettledEvent(log *types.Log) (*PondMarketJobSettled, error) {
	event := "JobSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketJobSettled)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketMediatorPaid represents a MediatorPaid event raised by the PondMarket contract.
type PondMarketMediatorPaid struct {
	JobId    *big.Int
	Mediator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PondMarketMediatorPaidEventName = "MediatorPaid"

// ContractEventName returns the user-defined event name.
func (PondMarketMediatorPaid) ContractEventName() string {
	return PondMarketMediatorPaidEventName
}

// UnpackMediatorPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediatorPaid(uint256 indexed jobId, address indexed mediator, uint256 amount)
func (pondMarket *PondMarket) UnpackMediatorPaidEvent(log *types.Log) (*PondMarketMediatorPaid, error) {
	event := "MediatorPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketMediatorPaid)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketOfferPosted represents a OfferPosted event raised by the PondMarket contract.
type PondMarketOfferPosted struct {
	OfferId                 *big.Int
	Provider                common.Address
	Token                   common.Address
	AskPrice                *big.Int
	Capacity                Resources
	Expiry                  *big.Int
	AnyModule               bool
	Modules                 []uint32
	AcceptsDefaultCommittee bool
	TrustedCommitteeId      uint32
	Raw                     *types.Log // Blockchain specific contextual infos
}

const PondMarketOfferPostedEventName = "OfferPosted"

// ContractEventName returns the user-defined event name.
func (PondMarketOfferPosted) ContractEventName() string {
	return PondMarketOfferPostedEventName
}

// UnpackOfferPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferPosted(uint256 indexed offerId, address indexed provider, address indexed token, uint96 askPrice, (uint8,uint32,uint32,uint32,uint32) capacity, uint40 expiry, bool anyModule, uint32[] modules, bool acceptsDefaultCommittee, uint32 trustedCommitteeId)
func (pondMarket *PondMarket) UnpackOfferPostedEvent(log *types.Log) (*PondMarketOfferPosted, error) {
	event := "OfferPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketOfferPosted)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketOfferUpdated represents a OfferUpdated event raised by the PondMarket contract.
type PondMarketOfferUpdated struct {
	OfferId  *big.Int
	AskPrice *big.Int
	Expiry   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PondMarketOfferUpdatedEventName = "OfferUpdated"

// ContractEventName returns the user-defined event name.
func (PondMarketOfferUpdated) ContractEventName() string {
	return PondMarketOfferUpdatedEventName
}

// UnpackOfferUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferUpdated(uint256 indexed offerId, uint96 askPrice, uint40 expiry)
func (pondMarket *PondMarket) UnpackOfferUpdatedEvent(log *types.Log) (*PondMarketOfferUpdated, error) {
	event := "OfferUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketOfferUpdated)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketOfferWithdrawn represents a OfferWithdrawn event raised by the PondMarket contract.
type PondMarketOfferWithdrawn struct {
	OfferId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PondMarketOfferWithdrawnEventName = "OfferWithdrawn"

// ContractEventName returns the user-defined event name.
func (PondMarketOfferWithdrawn) ContractEventName() string {
	return PondMarketOfferWithdrawnEventName
}

// UnpackOfferWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferWithdrawn(uint256 indexed offerId)
func (pondMarket *PondMarket) UnpackOfferWithdrawnEvent(log *types.Log) (*PondMarketOfferWithdrawn, error) {
	event := "OfferWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketOfferWithdrawn)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the PondMarket contract.
type PondMarketOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PondMarketOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (PondMarketOwnershipTransferStarted) ContractEventName() string {
	return PondMarketOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (pondMarket *PondMarket) UnpackOwnershipTransferStartedEvent(log *types.Log) (*PondMarketOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketOwnershipTransferred represents a OwnershipTransferred event raised by the PondMarket contract.
type PondMarketOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PondMarketOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (PondMarketOwnershipTransferred) ContractEventName() string {
	return PondMarketOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (pondMarket *PondMarket) UnpackOwnershipTransferredEvent(log *types.Log) (*PondMarketOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketResultSubmitted represents a ResultSubmitted event raised by the PondMarket contract.
type PondMarketResultSubmitted struct {
	JobId             *big.Int
	Provider          common.Address
	Cid               string
	ChallengeDeadline *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const PondMarketResultSubmittedEventName = "ResultSubmitted"

// ContractEventName returns the user-defined event name.
func (PondMarketResultSubmitted) ContractEventName() string {
	return PondMarketResultSubmittedEventName
}

// UnpackResultSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultSubmitted(uint256 indexed jobId, address indexed provider, string cid, uint40 challengeDeadline)
func (pondMarket *PondMarket) UnpackResultSubmittedEvent(log *types.Log) (*PondMarketResultSubmitted, error) {
	event := "ResultSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketResultSubmitted)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketTokenConfigured represents a TokenConfigured event raised by the PondMarket contract.
type PondMarketTokenConfigured struct {
	Token       common.Address
	TokenIndex  uint8
	Allowed     bool
	MediatorFee *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const PondMarketTokenConfiguredEventName = "TokenConfigured"

// ContractEventName returns the user-defined event name.
func (PondMarketTokenConfigured) ContractEventName() string {
	return PondMarketTokenConfiguredEventName
}

// UnpackTokenConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenConfigured(address indexed token, uint8 indexed tokenIndex, bool allowed, uint96 mediatorFee)
func (pondMarket *PondMarket) UnpackTokenConfiguredEvent(log *types.Log) (*PondMarketTokenConfigured, error) {
	event := "TokenConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketTokenConfigured)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondMarketWithdrawn represents a Withdrawn event raised by the PondMarket contract.
type PondMarketWithdrawn struct {
	Account common.Address
	Token   common.Address
	Amount  *big.Int
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PondMarketWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (PondMarketWithdrawn) ContractEventName() string {
	return PondMarketWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed token, uint256 amount, address to)
func (pondMarket *PondMarket) UnpackWithdrawnEvent(log *types.Log) (*PondMarketWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketWithdrawn)
	if len(log.Data) > 0 {
		if err := pondMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarket.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pondMarket *PondMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["AmountZero"].ID.Bytes()[:4]) {
		return pondMarket.UnpackAmountZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["CallbackGasTooLow"].ID.Bytes()[:4]) {
		return pondMarket.UnpackCallbackGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["CapacityExceeded"].ID.Bytes()[:4]) {
		return pondMarket.UnpackCapacityExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["CapacityZero"].ID.Bytes()[:4]) {
		return pondMarket.UnpackCapacityZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return pondMarket.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return pondMarket.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["CollateralInsufficient"].ID.Bytes()[:4]) {
		return pondMarket.UnpackCollateralInsufficientError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["CommitteeNotAccepted"].ID.Bytes()[:4]) {
		return pondMarket.UnpackCommitteeNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["CommitteeNotFound"].ID.Bytes()[:4]) {
		return pondMarket.UnpackCommitteeNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ExpiryInPast"].ID.Bytes()[:4]) {
		return pondMarket.UnpackExpiryInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return pondMarket.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["JobExpired"].ID.Bytes()[:4]) {
		return pondMarket.UnpackJobExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["JobNotChallenged"].ID.Bytes()[:4]) {
		return pondMarket.UnpackJobNotChallengedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["JobNotExpired"].ID.Bytes()[:4]) {
		return pondMarket.UnpackJobNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["JobNotFound"].ID.Bytes()[:4]) {
		return pondMarket.UnpackJobNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["JobNotMatched"].ID.Bytes()[:4]) {
		return pondMarket.UnpackJobNotMatchedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["JobNotOpen"].ID.Bytes()[:4]) {
		return pondMarket.UnpackJobNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["JobNotSubmitted"].ID.Bytes()[:4]) {
		return pondMarket.UnpackJobNotSubmittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ModuleNotAllowed"].ID.Bytes()[:4]) {
		return pondMarket.UnpackModuleNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ModuleNotFound"].ID.Bytes()[:4]) {
		return pondMarket.UnpackModuleNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["NoCallbackPending"].ID.Bytes()[:4]) {
		return pondMarket.UnpackNoCallbackPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["NotJobCreator"].ID.Bytes()[:4]) {
		return pondMarket.UnpackNotJobCreatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["NotOfferProvider"].ID.Bytes()[:4]) {
		return pondMarket.UnpackNotOfferProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["NotProvider"].ID.Bytes()[:4]) {
		return pondMarket.UnpackNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["OfferLimitReached"].ID.Bytes()[:4]) {
		return pondMarket.UnpackOfferLimitReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["OfferNotFound"].ID.Bytes()[:4]) {
		return pondMarket.UnpackOfferNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["OfferNotOpen"].ID.Bytes()[:4]) {
		return pondMarket.UnpackOfferNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return pondMarket.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return pondMarket.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["PriceBelowAsk"].ID.Bytes()[:4]) {
		return pondMarket.UnpackPriceBelowAskError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["PriceTooLarge"].ID.Bytes()[:4]) {
		return pondMarket.UnpackPriceTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["PriceZero"].ID.Bytes()[:4]) {
		return pondMarket.UnpackPriceZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return pondMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ResultCidInvalid"].ID.Bytes()[:4]) {
		return pondMarket.UnpackResultCidInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["RunDeadlineNotPassed"].ID.Bytes()[:4]) {
		return pondMarket.UnpackRunDeadlineNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["RunDeadlinePassed"].ID.Bytes()[:4]) {
		return pondMarket.UnpackRunDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["RunTimeInvalid"].ID.Bytes()[:4]) {
		return pondMarket.UnpackRunTimeInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return pondMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["TokenLimitReached"].ID.Bytes()[:4]) {
		return pondMarket.UnpackTokenLimitReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["TokenMismatch"].ID.Bytes()[:4]) {
		return pondMarket.UnpackTokenMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["TokenNotAllowed"].ID.Bytes()[:4]) {
		return pondMarket.UnpackTokenNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return pondMarket.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ValueMismatch"].ID.Bytes()[:4]) {
		return pondMarket.UnpackValueMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ValueTooSmall"].ID.Bytes()[:4]) {
		return pondMarket.UnpackValueTooSmallError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PondMarketAmountZero represents a AmountZero error raised by the PondMarket contract.
type PondMarketAmountZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountZero()
func PondMarketAmountZeroErrorID() common.Hash {
	return common.HexToHash("0xcbca5aa2ad16a85304d7d97575ce258a35c5a7d8db613ec1cb75ff3d0071488f")
}

// UnpackAmountZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountZero()
func (pondMarket *PondMarket) UnpackAmountZeroError(raw []byte) (*PondMarketAmountZero, error) {
	out := new(PondMarketAmountZero)
	if err := pondMarket.abi.UnpackIntoInterface(out, "AmountZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketCallbackGasTooLow represents a CallbackGasTooLow error raised by the PondMarket contract.
type PondMarketCallbackGasTooLow struct {
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasTooLow(uint256 available, uint256 needed)
func PondMarketCallbackGasTooLowErrorID() common.Hash {
	return common.HexToHash("0x3267a0b45a0763d6b20497418786a924e387f1940ea5b8c1cf31a097787e47e9")
}

// UnpackCallbackGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasTooLow(uint256 available, uint256 needed)
func (pondMarket *PondMarket) UnpackCallbackGasTooLowError(raw []byte) (*PondMarketCallbackGasTooLow, error) {
	out := new(PondMarketCallbackGasTooLow)
	if err := pondMarket.abi.UnpackIntoInterface(out, "CallbackGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketCapacityExceeded represents a CapacityExceeded error raised by the PondMarket contract.
type PondMarketCapacityExceeded struct {
	JobId   *big.Int
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapacityExceeded(uint256 jobId, uint256 offerId)
func PondMarketCapacityExceededErrorID() common.Hash {
	return common.HexToHash("0xc28f738e67a133f48449c984e91959180237d472b6b9e7577ffd7860b26c09af")
}

// UnpackCapacityExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapacityExceeded(uint256 jobId, uint256 offerId)
func (pondMarket *PondMarket) UnpackCapacityExceededError(raw []byte) (*PondMarketCapacityExceeded, error) {
	out := new(PondMarketCapacityExceeded)
	if err := pondMarket.abi.UnpackIntoInterface(out, "CapacityExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketCapacityZero represents a CapacityZero error raised by the PondMarket contract.
type PondMarketCapacityZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapacityZero()
func PondMarketCapacityZeroErrorID() common.Hash {
	return common.HexToHash("0xabbf8403d1967413ca7f3f822ba80cdccbf86e2ae384fc21a252e2aee6b042ee")
}

// UnpackCapacityZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapacityZero()
func (pondMarket *PondMarket) UnpackCapacityZeroError(raw []byte) (*PondMarketCapacityZero, error) {
	out := new(PondMarketCapacityZero)
	if err := pondMarket.abi.UnpackIntoInterface(out, "CapacityZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketChallengeWindowClosed represents a ChallengeWindowClosed error raised by the PondMarket contract.
type PondMarketChallengeWindowClosed struct {
	JobId    *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint256 jobId, uint256 deadline)
func PondMarketChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x9187e902a864dd02169704b56b0f0a5acefc83a01e2c0691c1c327f46c14eda7")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint256 jobId, uint256 deadline)
func (pondMarket *PondMarket) UnpackChallengeWindowClosedError(raw []byte) (*PondMarketChallengeWindowClosed, error) {
	out := new(PondMarketChallengeWindowClosed)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketChallengeWindowOpen represents a ChallengeWindowOpen error raised by the PondMarket contract.
type PondMarketChallengeWindowOpen struct {
	JobId    *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(uint256 jobId, uint256 deadline)
func PondMarketChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x76f615b00a3ec6e9519258ee929d9e8422f067dfc91c8334beba4c9318def0a0")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(uint256 jobId, uint256 deadline)
func (pondMarket *PondMarket) UnpackChallengeWindowOpenError(raw []byte) (*PondMarketChallengeWindowOpen, error) {
	out := new(PondMarketChallengeWindowOpen)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketCollateralInsufficient represents a CollateralInsufficient error raised by the PondMarket contract.
type PondMarketCollateralInsufficient struct {
	Provider   common.Address
	Balance    *big.Int
	Collateral *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CollateralInsufficient(address provider, uint256 balance, uint256 collateral)
func PondMarketCollateralInsufficientErrorID() common.Hash {
	return common.HexToHash("0x0701ed4c850c0e6d12be2b4bbabbfb7f16cabc0f02b6b7507d38ac0c44dababe")
}

// UnpackCollateralInsufficientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CollateralInsufficient(address provider, uint256 balance, uint256 collateral)
func (pondMarket *PondMarket) UnpackCollateralInsufficientError(raw []byte) (*PondMarketCollateralInsufficient, error) {
	out := new(PondMarketCollateralInsufficient)
	if err := pondMarket.abi.UnpackIntoInterface(out, "CollateralInsufficient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketCommitteeNotAccepted represents a CommitteeNotAccepted error raised by the PondMarket contract.
type PondMarketCommitteeNotAccepted struct {
	OfferId     *big.Int
	CommitteeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotAccepted(uint256 offerId, uint32 committeeId)
func PondMarketCommitteeNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x36a15c37e9a526e80acb871c5879dd1b327906b82fbb24cb07300eb113682ab2")
}

// UnpackCommitteeNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotAccepted(uint256 offerId, uint32 committeeId)
func (pondMarket *PondMarket) UnpackCommitteeNotAcceptedError(raw []byte) (*PondMarketCommitteeNotAccepted, error) {
	out := new(PondMarketCommitteeNotAccepted)
	if err := pondMarket.abi.UnpackIntoInterface(out, "CommitteeNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketCommitteeNotFound represents a CommitteeNotFound error raised by the PondMarket contract.
type PondMarketCommitteeNotFound struct {
	CommitteeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotFound(uint32 committeeId)
func PondMarketCommitteeNotFoundErrorID() common.Hash {
	return common.HexToHash("0x7b7eb965a0c005fef814f0ac212e033ef6490add04b5050b544b21ba2309efbb")
}

// UnpackCommitteeNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotFound(uint32 committeeId)
func (pondMarket *PondMarket) UnpackCommitteeNotFoundError(raw []byte) (*PondMarketCommitteeNotFound, error) {
	out := new(PondMarketCommitteeNotFound)
	if err := pondMarket.abi.UnpackIntoInterface(out, "CommitteeNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExpiryInPast represents a ExpiryInPast error raised by the PondMarket contract.
type PondMarketExpiryInPast struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpiryInPast(uint256 expiry)
func PondMarketExpiryInPastErrorID() common.Hash {
	return common.HexToHash("0xb81b48e4d5829fcfb5b50c63673ed61a34121d17fbea649e35fa51ba50f67114")
}

// UnpackExpiryInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpiryInPast(uint256 expiry)
func (pondMarket *PondMarket) UnpackExpiryInPastError(raw []byte) (*PondMarketExpiryInPast, error) {
	out := new(PondMarketExpiryInPast)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ExpiryInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketInsufficientBalance represents a InsufficientBalance error raised by the PondMarket contract.
type PondMarketInsufficientBalance struct {
	Account common.Address
	Token   common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(address account, address token, uint256 balance, uint256 needed)
func PondMarketInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x861da4bdcc034e5b93a243ce140b0af4beebb1b979b0ffe7e141866659c2cfb4")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(address account, address token, uint256 balance, uint256 needed)
func (pondMarket *PondMarket) UnpackInsufficientBalanceError(raw []byte) (*PondMarketInsufficientBalance, error) {
	out := new(PondMarketInsufficientBalance)
	if err := pondMarket.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketJobExpired represents a JobExpired error raised by the PondMarket contract.
type PondMarketJobExpired struct {
	JobId  *big.Int
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobExpired(uint256 jobId, uint256 expiry)
func PondMarketJobExpiredErrorID() common.Hash {
	return common.HexToHash("0x021b0da21b6351fccda44563abe519da6dcc4199c7aa05f82ac99d6b505546c6")
}

// UnpackJobExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobExpired(uint256 jobId, uint256 expiry)
func (pondMarket *PondMarket) UnpackJobExpiredError(raw []byte) (*PondMarketJobExpired, error) {
	out := new(PondMarketJobExpired)
	if err := pondMarket.abi.UnpackIntoInterface(out, "JobExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketJobNotChallenged represents a JobNotChallenged error raised by the PondMarket contract.
type PondMarketJobNotChallenged struct {
	JobId  *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotChallenged(uint256 jobId, uint8 status)
func PondMarketJobNotChallengedErrorID() common.Hash {
	return common.HexToHash("0x50994ada3b6b4323a1ac18c8cf72f94d96578adf72d2dbb81acc8a66d4e69b38")
}

// UnpackJobNotChallengedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotChallenged(uint256 jobId, uint8 status)
func (pondMarket *PondMarket) UnpackJobNotChallengedError(raw []byte) (*PondMarketJobNotChallenged, error) {
	out := new(PondMarketJobNotChallenged)
	if err := pondMarket.abi.UnpackIntoInterface(out, "JobNotChallenged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketJobNotExpired represents a JobNotExpired error raised by the PondMarket contract.
type PondMarketJobNotExpired struct {
	JobId  *big.Int
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotExpired(uint256 jobId, uint256 expiry)
func PondMarketJobNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xec210c721191a6017fab0f6445304c3a6bb9a810d7f9df0e1e70c4a41347f968")
}

// UnpackJobNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotExpired(uint256 jobId, uint256 expiry)
func (pondMarket *PondMarket) UnpackJobNotExpiredError(raw []byte) (*PondMarketJobNotExpired, error) {
	out := new(PondMarketJobNotExpired)
	if err := pondMarket.abi.UnpackIntoInterface(out, "JobNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketJobNotFound represents a JobNotFound error raised by the PondMarket contract.
type PondMarketJobNotFound struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotFound(uint256 jobId)
func PondMarketJobNotFoundErrorID() common.Hash {
	return common.HexToHash("0x50c83b95127a798ba9a3cc9005cf8723a60cccb7b73e46735574acf873273bbc")
}

// UnpackJobNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotFound(uint256 jobId)
func (pondMarket *PondMarket) UnpackJobNotFoundError(raw []byte) (*PondMarketJobNotFound, error) {
	out := new(PondMarketJobNotFound)
	if err := pondMarket.abi.UnpackIntoInterface(out, "JobNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketJobNotMatched represents a JobNotMatched error raised by the PondMarket contract.
type PondMarketJobNotMatched struct {
	JobId  *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotMatched(uint256 jobId, uint8 status)
func PondMarketJobNotMatchedErrorID() common.Hash {
	return common.HexToHash("0x165a31f3edaee8701084c129f262262b672351febabd8e2d5e3d42c75fc5157a")
}

// UnpackJobNotMatchedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotMatched(uint256 jobId, uint8 status)
func (pondMarket *PondMarket) UnpackJobNotMatchedError(raw []byte) (*PondMarketJobNotMatched, error) {
	out := new(PondMarketJobNotMatched)
	if err := pondMarket.abi.UnpackIntoInterface(out, "JobNotMatched", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketJobNotOpen represents a JobNotOpen error raised by the PondMarket contract.
type PondMarketJobNotOpen struct {
	JobId  *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotOpen(uint256 jobId, uint8 status)
func PondMarketJobNotOpenErrorID() common.Hash {
	return common.HexToHash("0xff25178d666b3ecb9c72e5a2a3b3e0edc2dffacdc3c112b173dee3b4a4d2abb4")
}

// UnpackJobNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotOpen(uint256 jobId, uint8 status)
func (pondMarket *PondMarket) UnpackJobNotOpenError(raw []byte) (*PondMarketJobNotOpen, error) {
	out := new(PondMarketJobNotOpen)
	if err := pondMarket.abi.UnpackIntoInterface(out, "JobNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketJobNotSubmitted represents a JobNotSubmitted error raised by the PondMarket contract.
type PondMarketJobNotSubmitted struct {
	JobId  *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotSubmitted(uint256 jobId, uint8 status)
func PondMarketJobNotSubmittedErrorID() common.Hash {
	return common.HexToHash("0x9e78b72056dcd59fbdd42a1d06a0322e820bc76520a4c1e937ee4b487b683e4a")
}

// UnpackJobNotSubmittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotSubmitted(uint256 jobId, uint8 status)
func (pondMarket *PondMarket) UnpackJobNotSubmittedError(raw []byte) (*PondMarketJobNotSubmitted, error) {
	out := new(PondMarketJobNotSubmitted)
	if err := pondMarket.abi.UnpackIntoInterface(out, "JobNotSubmitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketModuleNotAllowed represents a ModuleNotAllowed error raised by the PondMarket contract.
type PondMarketModuleNotAllowed struct {
	OfferId  *big.Int
	ModuleId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleNotAllowed(uint256 offerId, uint32 moduleId)
func PondMarketModuleNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x661f17244001cd3dafcf380ec329de70a1d796a3b8439914837769d3c3a8ecc5")
}

// UnpackModuleNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleNotAllowed(uint256 offerId, uint32 moduleId)
func (pondMarket *PondMarket) UnpackModuleNotAllowedError(raw []byte) (*PondMarketModuleNotAllowed, error) {
	out := new(PondMarketModuleNotAllowed)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ModuleNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketModuleNotFound represents a ModuleNotFound error raised by the PondMarket contract.
type PondMarketModuleNotFound struct {
	ModuleId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleNotFound(uint32 moduleId)
func PondMarketModuleNotFoundErrorID() common.Hash {
	return common.HexToHash("0xe1a20bd64be00af2a61cebf2608aad2326ca28a61302fdb0a1855a6c6143f484")
}

// UnpackModuleNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleNotFound(uint32 moduleId)
func (pondMarket *PondMarket) UnpackModuleNotFoundError(raw []byte) (*PondMarketModuleNotFound, error) {
	out := new(PondMarketModuleNotFound)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ModuleNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketNoCallbackPending represents a NoCallbackPending error raised by the PondMarket contract.
type PondMarketNoCallbackPending struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCallbackPending(uint256 jobId)
func PondMarketNoCallbackPendingErrorID() common.Hash {
	return common.HexToHash("0x948f243c44b77628bb3ebc7060b2f17d520a58eeeb18c201d8b2e8462bd36e7c")
}

// UnpackNoCallbackPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCallbackPending(uint256 jobId)
func (pondMarket *PondMarket) UnpackNoCallbackPendingError(raw []byte) (*PondMarketNoCallbackPending, error) {
	out := new(PondMarketNoCallbackPending)
	if err := pondMarket.abi.UnpackIntoInterface(out, "NoCallbackPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketNotJobCreator represents a NotJobCreator error raised by the PondMarket contract.
type PondMarketNotJobCreator struct {
	JobId  *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotJobCreator(uint256 jobId, address caller)
func PondMarketNotJobCreatorErrorID() common.Hash {
	return common.HexToHash("0xc04c33d51e577192a653fd67c786faa9b43b5e2e10ad3dbb1f63b06af67f485f")
}

// UnpackNotJobCreatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotJobCreator(uint256 jobId, address caller)
func (pondMarket *PondMarket) UnpackNotJobCreatorError(raw []byte) (*PondMarketNotJobCreator, error) {
	out := new(PondMarketNotJobCreator)
	if err := pondMarket.abi.UnpackIntoInterface(out, "NotJobCreator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketNotOfferProvider represents a NotOfferProvider error raised by the PondMarket contract.
type PondMarketNotOfferProvider struct {
	OfferId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOfferProvider(uint256 offerId, address caller)
func PondMarketNotOfferProviderErrorID() common.Hash {
	return common.HexToHash("0x5facae9d0948e04eeee5a8bfa9da64910970b6127f72fab5edaea8f48d9aa963")
}

// UnpackNotOfferProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOfferProvider(uint256 offerId, address caller)
func (pondMarket *PondMarket) UnpackNotOfferProviderError(raw []byte) (*PondMarketNotOfferProvider, error) {
	out := new(PondMarketNotOfferProvider)
	if err := pondMarket.abi.UnpackIntoInterface(out, "NotOfferProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketNotProvider represents a NotProvider error raised by the PondMarket contract.
type PondMarketNotProvider struct {
	JobId  *big.Int
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProvider(uint256 jobId, address caller)
func PondMarketNotProviderErrorID() common.Hash {
	return common.HexToHash("0x55a3d2d6d2dd0555c02c32a58cb2b6051f92c64478551c56ca5655097867405f")
}

// UnpackNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProvider(uint256 jobId, address caller)
func (pondMarket *PondMarket) UnpackNotProviderError(raw []byte) (*PondMarketNotProvider, error) {
	out := new(PondMarketNotProvider)
	if err := pondMarket.abi.UnpackIntoInterface(out, "NotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketOfferLimitReached represents a OfferLimitReached error raised by the PondMarket contract.
type PondMarketOfferLimitReached struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferLimitReached()
func PondMarketOfferLimitReachedErrorID() common.Hash {
	return common.HexToHash("0x4f0433d47c59413d28e2421fecd796cccd0f964ca5d1d8ce24e35bffa6ec5820")
}

// UnpackOfferLimitReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferLimitReached()
func (pondMarket *PondMarket) UnpackOfferLimitReachedError(raw []byte) (*PondMarketOfferLimitReached, error) {
	out := new(PondMarketOfferLimitReached)
	if err := pondMarket.abi.UnpackIntoInterface(out, "OfferLimitReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketOfferNotFound represents a OfferNotFound error raised by the PondMarket contract.
type PondMarketOfferNotFound struct {
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferNotFound(uint256 offerId)
func PondMarketOfferNotFoundErrorID() common.Hash {
	return common.HexToHash("0x1f376e4c7a33442e8c49eccb73a52e11cadc31492bbc4db71255146bf45a6e81")
}

// UnpackOfferNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferNotFound(uint256 offerId)
func (pondMarket *PondMarket) UnpackOfferNotFoundError(raw []byte) (*PondMarketOfferNotFound, error) {
	out := new(PondMarketOfferNotFound)
	if err := pondMarket.abi.UnpackIntoInterface(out, "OfferNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketOfferNotOpen represents a OfferNotOpen error raised by the PondMarket contract.
type PondMarketOfferNotOpen struct {
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferNotOpen(uint256 offerId)
func PondMarketOfferNotOpenErrorID() common.Hash {
	return common.HexToHash("0xf270fad71e9a0fcb1e1a7b9c9a14b7c7212dae11ba7eba394cdcdd7b154c4918")
}

// UnpackOfferNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferNotOpen(uint256 offerId)
func (pondMarket *PondMarket) UnpackOfferNotOpenError(raw []byte) (*PondMarketOfferNotOpen, error) {
	out := new(PondMarketOfferNotOpen)
	if err := pondMarket.abi.UnpackIntoInterface(out, "OfferNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the PondMarket contract.
type PondMarketOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func PondMarketOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (pondMarket *PondMarket) UnpackOwnableInvalidOwnerError(raw []byte) (*PondMarketOwnableInvalidOwner, error) {
	out := new(PondMarketOwnableInvalidOwner)
	if err := pondMarket.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the PondMarket contract.
type PondMarketOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func PondMarketOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (pondMarket *PondMarket) UnpackOwnableUnauthorizedAccountError(raw []byte) (*PondMarketOwnableUnauthorizedAccount, error) {
	out := new(PondMarketOwnableUnauthorizedAccount)
	if err := pondMarket.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketPriceBelowAsk represents a PriceBelowAsk error raised by the PondMarket contract.
type PondMarketPriceBelowAsk struct {
	JobId    *big.Int
	OfferId  *big.Int
	Price    *big.Int
	AskPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceBelowAsk(uint256 jobId, uint256 offerId, uint256 price, uint256 askPrice)
func PondMarketPriceBelowAskErrorID() common.Hash {
	return common.HexToHash("0xff734214dc6d8100a58c0c92e8c2ce53eefb5648cfd1386472bd40f7a0377ae5")
}

// UnpackPriceBelowAskError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceBelowAsk(uint256 jobId, uint256 offerId, uint256 price, uint256 askPrice)
func (pondMarket *PondMarket) UnpackPriceBelowAskError(raw []byte) (*PondMarketPriceBelowAsk, error) {
	out := new(PondMarketPriceBelowAsk)
	if err := pondMarket.abi.UnpackIntoInterface(out, "PriceBelowAsk", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketPriceTooLarge represents a PriceTooLarge error raised by the PondMarket contract.
type PondMarketPriceTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceTooLarge(uint256 amount)
func PondMarketPriceTooLargeErrorID() common.Hash {
	return common.HexToHash("0x0da05ace4da4ad9310dc895efa659b805f7be678a9f5a2bc386876c146e525a2")
}

// UnpackPriceTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceTooLarge(uint256 amount)
func (pondMarket *PondMarket) UnpackPriceTooLargeError(raw []byte) (*PondMarketPriceTooLarge, error) {
	out := new(PondMarketPriceTooLarge)
	if err := pondMarket.abi.UnpackIntoInterface(out, "PriceTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketPriceZero represents a PriceZero error raised by the PondMarket contract.
type PondMarketPriceZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceZero()
func PondMarketPriceZeroErrorID() common.Hash {
	return common.HexToHash("0xe528e11ef61aec2c0b696966841d7ece45732f5bcd4e006bf9585a7b00b3720a")
}

// UnpackPriceZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceZero()
func (pondMarket *PondMarket) UnpackPriceZeroError(raw []byte) (*PondMarketPriceZero, error) {
	out := new(PondMarketPriceZero)
	if err := pondMarket.abi.UnpackIntoInterface(out, "PriceZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the PondMarket contract.
type PondMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func PondMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (pondMarket *PondMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*PondMarketReentrancyGuardReentrantCall, error) {
	out := new(PondMarketReentrancyGuardReentrantCall)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketResultCidInvalid represents a ResultCidInvalid error raised by the PondMarket contract.
type PondMarketResultCidInvalid struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResultCidInvalid(uint256 length)
func PondMarketResultCidInvalidErrorID() common.Hash {
	return common.HexToHash("0x934653a2b67bd405966db379958793c6f843816981d29131d12e213011a183e8")
}

// UnpackResultCidInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResultCidInvalid(uint256 length)
func (pondMarket *PondMarket) UnpackResultCidInvalidError(raw []byte) (*PondMarketResultCidInvalid, error) {
	out := new(PondMarketResultCidInvalid)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ResultCidInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketRunDeadlineNotPassed represents a RunDeadlineNotPassed error raised by the PondMarket contract.
type PondMarketRunDeadlineNotPassed struct {
	JobId    *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunDeadlineNotPassed(uint256 jobId, uint256 deadline)
func PondMarketRunDeadlineNotPassedErrorID() common.Hash {
	return common.HexToHash("0xa5b15dcfa7db193ea87d195acdd3a395a4ae96b2812c72aed67b7adcbb58a7d2")
}

// UnpackRunDeadlineNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunDeadlineNotPassed(uint256 jobId, uint256 deadline)
func (pondMarket *PondMarket) UnpackRunDeadlineNotPassedError(raw []byte) (*PondMarketRunDeadlineNotPassed, error) {
	out := new(PondMarketRunDeadlineNotPassed)
	if err := pondMarket.abi.UnpackIntoInterface(out, "RunDeadlineNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketRunDeadlinePassed represents a RunDeadlinePassed error raised by the PondMarket contract.
type PondMarketRunDeadlinePassed struct {
	JobId    *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunDeadlinePassed(uint256 jobId, uint256 deadline)
func PondMarketRunDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0xa42dd2bbdc15ad4a7a096ac7d2618acebcf3ab8b4237b3d407d755f3d07ab21e")
}

// UnpackRunDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunDeadlinePassed(uint256 jobId, uint256 deadline)
func (pondMarket *PondMarket) UnpackRunDeadlinePassedError(raw []byte) (*PondMarketRunDeadlinePassed, error) {
	out := new(PondMarketRunDeadlinePassed)
	if err := pondMarket.abi.UnpackIntoInterface(out, "RunDeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketRunTimeInvalid represents a RunTimeInvalid error raised by the PondMarket contract.
type PondMarketRunTimeInvalid struct {
	RunTime    uint32
	MaxRunTime uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunTimeInvalid(uint32 runTime, uint32 maxRunTime)
func PondMarketRunTimeInvalidErrorID() common.Hash {
	return common.HexToHash("0x6ba1c66162fe7d11ade37701e5a6a414641d0aaddbcd4ea28a235f3358953026")
}

// UnpackRunTimeInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunTimeInvalid(uint32 runTime, uint32 maxRunTime)
func (pondMarket *PondMarket) UnpackRunTimeInvalidError(raw []byte) (*PondMarketRunTimeInvalid, error) {
	out := new(PondMarketRunTimeInvalid)
	if err := pondMarket.abi.UnpackIntoInterface(out, "RunTimeInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the PondMarket contract.
type PondMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func PondMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (pondMarket *PondMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*PondMarketSafeERC20FailedOperation, error) {
	out := new(PondMarketSafeERC20FailedOperation)
	if err := pondMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketTokenLimitReached represents a TokenLimitReached error raised by the PondMarket contract.
type PondMarketTokenLimitReached struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenLimitReached()
func PondMarketTokenLimitReachedErrorID() common.Hash {
	return common.HexToHash("0x53bb24f980ed07a403599f9e4f6d4c5f916f5e9172efcf016a86b6f3a5b2e812")
}

// UnpackTokenLimitReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenLimitReached()
func (pondMarket *PondMarket) UnpackTokenLimitReachedError(raw []byte) (*PondMarketTokenLimitReached, error) {
	out := new(PondMarketTokenLimitReached)
	if err := pondMarket.abi.UnpackIntoInterface(out, "TokenLimitReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketTokenMismatch represents a TokenMismatch error raised by the PondMarket contract.
type PondMarketTokenMismatch struct {
	JobId   *big.Int
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenMismatch(uint256 jobId, uint256 offerId)
func PondMarketTokenMismatchErrorID() common.Hash {
	return common.HexToHash("0xdb852a8edd30ebdf68d6b003e7db6a9f51dc2b5e6fe9c4ec1119047240dcc7e6")
}

// UnpackTokenMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenMismatch(uint256 jobId, uint256 offerId)
func (pondMarket *PondMarket) UnpackTokenMismatchError(raw []byte) (*PondMarketTokenMismatch, error) {
	out := new(PondMarketTokenMismatch)
	if err := pondMarket.abi.UnpackIntoInterface(out, "TokenMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketTokenNotAllowed represents a TokenNotAllowed error raised by the PondMarket contract.
type PondMarketTokenNotAllowed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotAllowed(address token)
func PondMarketTokenNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x94403b7099477045d56a4ad621224a9a16fcb7e4b0d02e508215a9bf747a12d4")
}

// UnpackTokenNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotAllowed(address token)
func (pondMarket *PondMarket) UnpackTokenNotAllowedError(raw []byte) (*PondMarketTokenNotAllowed, error) {
	out := new(PondMarketTokenNotAllowed)
	if err := pondMarket.abi.UnpackIntoInterface(out, "TokenNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketTransferFailed represents a TransferFailed error raised by the PondMarket contract.
type PondMarketTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func PondMarketTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (pondMarket *PondMarket) UnpackTransferFailedError(raw []byte) (*PondMarketTransferFailed, error) {
	out := new(PondMarketTransferFailed)
	if err := pondMarket.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketValueMismatch represents a ValueMismatch error raised by the PondMarket contract.
type PondMarketValueMismatch struct {
	Sent     *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueMismatch(uint256 sent, uint256 expected)
func PondMarketValueMismatchErrorID() common.Hash {
	return common.HexToHash("0x626ade30b602bf9a3b5aab29d4b89b4e805bf63222f673c9b10b2f6ca4f2b089")
}

// UnpackValueMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueMismatch(uint256 sent, uint256 expected)
func (pondMarket *PondMarket) UnpackValueMismatchError(raw []byte) (*PondMarketValueMismatch, error) {
	out := new(PondMarketValueMismatch)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ValueMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketValueTooSmall represents a ValueTooSmall error raised by the PondMarket contract.
type PondMarketValueTooSmall struct {
	Value     *big.Int
	SolverFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooSmall(uint256 value, uint256 solverFee)
func PondMarketValueTooSmallErrorID() common.Hash {
	return common.HexToHash("0xd01ab50b812dbe3aedae70509a1cd35f2d68275e4af7ca71b862c6f3af62dcd2")
}

// UnpackValueTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooSmall(uint256 value, uint256 solverFee)
func (pondMarket *PondMarket) UnpackValueTooSmallError(raw []byte) (*PondMarketValueTooSmall, error) {
	out := new(PondMarketValueTooSmall)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ValueTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondTestTokenMetaData contains all meta data concerning the PondTestToken contract.
var PondTestTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"}]",
	ID:  "476a71b07740d519a992b9daf1184f0335",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280600f81526020016e2837b732102a32b9ba102a37b5b2b760891b8152506040518060400160405280600381526020016214151560ea1b81525081600390816100639190610110565b5060046100708282610110565b5050506101ca565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100a057607f821691505b6020821081036100be57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010b57805f5260205f20601f840160051c810160208510156100e95750805b601f840160051c820191505b81811015610108575f81556001016100f5565b50505b505050565b81516001600160401b0381111561012957610129610078565b61013d81610137845461008c565b846100c4565b6020601f82116001811461016f575f83156101585750848201515b5f19600385901b1c1916600184901b178455610108565b5f84815260208120601f198516915b8281101561019e578785015182556020948501946001909201910161017e565b50848210156101bb57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b61071d806101d75f395ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806340c10f191161006357806340c10f191461011457806370a082311461012957806395d89b4114610151578063a9059cbb14610159578063dd62ed3e1461016c575f5ffd5b806306fdde031461009f578063095ea7b3146100bd57806318160ddd146100e057806323b872dd146100f2578063313ce56714610105575b5f5ffd5b6100a76101a4565b6040516100b491906105b6565b60405180910390f35b6100d06100cb366004610606565b610234565b60405190151581526020016100b4565b6002545b6040519081526020016100b4565b6100d061010036600461062e565b61024d565b604051601281526020016100b4565b610127610122366004610606565b610270565b005b6100e4610137366004610668565b6001600160a01b03165f9081526020819052604090205490565b6100a761027e565b6100d0610167366004610606565b61028d565b6100e461017a366004610688565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101b3906106b9565b80601f01602080910402602001604051908101604052809291908181526020018280546101df906106b9565b801561022a5780601f106102015761010080835404028352916020019161022a565b820191905f5260205f20905b81548152906001019060200180831161020d57829003601f168201915b5050505050905090565b5f3361024181858561029a565b60019150505b92915050565b5f3361025a8582856102ac565b61026585858561032d565b506001949350505050565b61027a828261038a565b5050565b6060600480546101b3906106b9565b5f3361024181858561032d565b6102a783838360016103be565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610327578181101561031957604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61032784848484035f6103be565b50505050565b6001600160a01b03831661035657604051634b637e8f60e11b81525f6004820152602401610310565b6001600160a01b03821661037f5760405163ec442f0560e01b81525f6004820152602401610310565b6102a7838383610490565b6001600160a01b0382166103b35760405163ec442f0560e01b81525f6004820152602401610310565b61027a5f8383610490565b6001600160a01b0384166103e75760405163e602df0560e01b81525f6004820152602401610310565b6001600160a01b03831661041057604051634a1406b160e11b81525f6004820152602401610310565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561032757826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161048291815260200190565b60405180910390a350505050565b6001600160a01b0383166104ba578060025f8282546104af91906106f1565b9091555061052a9050565b6001600160a01b0383165f908152602081905260409020548181101561050c5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610310565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661054657600280548290039055610564565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516105a991815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610601575f5ffd5b919050565b5f5f60408385031215610617575f5ffd5b610620836105eb565b946020939093013593505050565b5f5f5f60608486031215610640575f5ffd5b610649846105eb565b9250610657602085016105eb565b929592945050506040919091013590565b5f60208284031215610678575f5ffd5b610681826105eb565b9392505050565b5f5f60408385031215610699575f5ffd5b6106a2836105eb565b91506106b0602084016105eb565b90509250929050565b600181811c908216806106cd57607f821691505b6020821081036106eb57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561024757634e487b7160e01b5f52601160045260245ffdfea164736f6c634300081e000a",
}

// PondTestToken is an auto generated Go binding around an Ethereum contract.
type PondTestToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PondTestToken) GetABI() abi.ABI {
	return c.abi
}

// NewPondTestToken creates a new instance of PondTestToken.
func NewPondTestToken() *PondTestToken {
	parsed, err := PondTestTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PondTestToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PondTestToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (pondTestToken *PondTestToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := pondTestToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (pondTestToken *PondTestToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return pondTestToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (pondTestToken *PondTestToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := pondTestToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (pondTestToken *PondTestToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := pondTestToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (pondTestToken *PondTestToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return pondTestToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (pondTestToken *PondTestToken) UnpackApprove(data []byte) (bool, error) {
	out, err := pondTestToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (pondTestToken *PondTestToken) PackBalanceOf(account common.Address) []byte {
	enc, err := pondTestToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (pondTestToken *PondTestToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return pondTestToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (pondTestToken *PondTestToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := pondTestToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (pondTestToken *PondTestToken) PackDecimals() []byte {
	enc, err := pondTestToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (pondTestToken *PondTestToken) TryPackDecimals() ([]byte, error) {
	return pondTestToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (pondTestToken *PondTestToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := pondTestToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (pondTestToken *PondTestToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := pondTestToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (pondTestToken *PondTestToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return pondTestToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (pondTestToken *PondTestToken) PackName() []byte {
	enc, err := pondTestToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (pondTestToken *PondTestToken) TryPackName() ([]byte, error) {
	return pondTestToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (pondTestToken *PondTestToken) UnpackName(data []byte) (string, error) {
	out, err := pondTestToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (pondTestToken *PondTestToken) PackSymbol() []byte {
	enc, err := pondTestToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (pondTestToken *PondTestToken) TryPackSymbol() ([]byte, error) {
	return pondTestToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (pondTestToken *PondTestToken) UnpackSymbol(data []byte) (string, error) {
	out, err := pondTestToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (pondTestToken *PondTestToken) PackTotalSupply() []byte {
	enc, err := pondTestToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (pondTestToken *PondTestToken) TryPackTotalSupply() ([]byte, error) {
	return pondTestToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (pondTestToken *PondTestToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := pondTestToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (pondTestToken *PondTestToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := pondTestToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (pondTestToken *PondTestToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return pondTestToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (pondTestToken *PondTestToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := pondTestToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (pondTestToken *PondTestToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := pondTestToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (pondTestToken *PondTestToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return pondTestToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (pondTestToken *PondTestToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := pondTestToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PondTestTokenApproval represents a Approval event raised by the PondTestToken contract.
type PondTestTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PondTestTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (PondTestTokenApproval) ContractEventName() string {
	return PondTestTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (pondTestToken *PondTestToken) UnpackApprovalEvent(log *types.Log) (*PondTestTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondTestToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondTestTokenApproval)
	if len(log.Data) > 0 {
		if err := pondTestToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondTestToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PondTestTokenTransfer represents a Transfer event raised by the PondTestToken contract.
type PondTestTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const PondTestTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (PondTestTokenTransfer) ContractEventName() string {
	return PondTestTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (pondTestToken *PondTestToken) UnpackTransferEvent(log *types.Log) (*PondTestTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondTestToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondTestTokenTransfer)
	if len(log.Data) > 0 {
		if err := pondTestToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondTestToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (pondTestToken *PondTestToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pondTestToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return pondTestToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondTestToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return pondTestToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondTestToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return pondTestToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondTestToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return pondTestToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondTestToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return pondTestToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondTestToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return pondTestToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PondTestTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the PondTestToken contract.
type PondTestTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func PondTestTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (pondTestToken *PondTestToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*PondTestTokenERC20InsufficientAllowance, error) {
	out := new(PondTestTokenERC20InsufficientAllowance)
	if err := pondTestToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondTestTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the PondTestToken contract.
type PondTestTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func PondTestTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (pondTestToken *PondTestToken) UnpackERC20InsufficientBalanceError(raw []byte) (*PondTestTokenERC20InsufficientBalance, error) {
	out := new(PondTestTokenERC20InsufficientBalance)
	if err := pondTestToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondTestTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the PondTestToken contract.
type PondTestTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func PondTestTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (pondTestToken *PondTestToken) UnpackERC20InvalidApproverError(raw []byte) (*PondTestTokenERC20InvalidApprover, error) {
	out := new(PondTestTokenERC20InvalidApprover)
	if err := pondTestToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondTestTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the PondTestToken contract.
type PondTestTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func PondTestTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (pondTestToken *PondTestToken) UnpackERC20InvalidReceiverError(raw []byte) (*PondTestTokenERC20InvalidReceiver, error) {
	out := new(PondTestTokenERC20InvalidReceiver)
	if err := pondTestToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondTestTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the PondTestToken contract.
type PondTestTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func PondTestTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (pondTestToken *PondTestToken) UnpackERC20InvalidSenderError(raw []byte) (*PondTestTokenERC20InvalidSender, error) {
	out := new(PondTestTokenERC20InvalidSender)
	if err := pondTestToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondTestTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the PondTestToken contract.
type PondTestTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func PondTestTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (pondTestToken *PondTestToken) UnpackERC20InvalidSpenderError(raw []byte) (*PondTestTokenERC20InvalidSpender, error) {
	out := new(PondTestTokenERC20InvalidSpender)
	if err := pondTestToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}
