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

// IMediatorRegistryCommittee is an auto generated low-level Go binding around an user-defined struct.
type IMediatorRegistryCommittee struct {
	Members     []common.Address
	ConsentMask uint8
	AbleMask    uint8
	ExitMask    uint8
	Usable      bool
}

// IMediatorRegistryConfig is an auto generated low-level Go binding around an user-defined struct.
type IMediatorRegistryConfig struct {
	MinBond      *big.Int
	ExitDelay    *big.Int
	SlashAmount  *big.Int
	CommitWindow *big.Int
	RevealWindow *big.Int
}

// IMediatorRegistryMediation is an auto generated low-level Go binding around an user-defined struct.
type IMediatorRegistryMediation struct {
	CommitteeId    uint32
	CommitDeadline *big.Int
	RevealDeadline *big.Int
	EligibleMask   uint8
	CommittedMask  uint8
	RevealedMask   uint8
	RightMask      uint8
	WrongMask      uint8
	Open           bool
}

// IMediatorRegistryMediator is an auto generated low-level Go binding around an user-defined struct.
type IMediatorRegistryMediator struct {
	Bond             *big.Int
	ExitAvailableAt  *big.Int
	ActiveMediations uint16
	Registered       bool
	Memberships      uint8
	Earned           *big.Int
	Waiting          uint32
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

// IPondMarketClientOptions is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketClientOptions struct {
	Token            common.Address
	Amount           *big.Int
	SolverFee        *big.Int
	CallbackGasLimit uint32
	DeliveryGasPrice uint64
	RefundTo         common.Address
	NotifyFailure    bool
}

// IPondMarketJob is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketJob struct {
	Status          uint8
	Deadline        *big.Int
	OfferId         uint32
	Provider        common.Address
	Solver          common.Address
	Challenger      common.Address
	CommitteeSize   uint8
	Callback        bool
	CallbackPending bool
	TermsHash       [32]byte
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

// IPondMarketJobTerms is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketJobTerms struct {
	Creator     common.Address
	Token       common.Address
	Price       *big.Int
	SolverFee   *big.Int
	ModuleId    uint32
	RunTime     uint32
	CommitteeId uint32
	MediatorFee *big.Int
	Resources   Resources
}

// IPondMarketOffer is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketOffer struct {
	Provider                common.Address
	Expiry                  *big.Int
	Token                   common.Address
	AnyModule               bool
	AcceptsDefaultCommittee bool
	TrustedCommitteeId      uint32
	MinRunTime              uint32
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
	MinRunTime              uint32
}

// IPondMarketParams is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketParams struct {
	CollateralBps       uint32
	BountyBps           uint32
	ChallengeWindow     uint32
	ClientJobLifetime   uint32
	CallbackGasLimit    uint32
	MaxCallbackGasLimit uint32
	MaxRunTime          uint32
	FetchWindow         uint32
	NativeMediatorFee   *big.Int
}

// IPondMarketQuote is an auto generated low-level Go binding around an user-defined struct.
type IPondMarketQuote struct {
	Value            *big.Int
	MinPrice         *big.Int
	SolverFee        *big.Int
	DeliveryFee      *big.Int
	DeliveryGasPrice *big.Int
	CallbackGasLimit uint32
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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exitDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitWindow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealWindow\",\"type\":\"uint256\"}],\"internalType\":\"structIMediatorRegistry.Config\",\"name\":\"config\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"minExitDelay\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_MEMBERSHIPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"acceptCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"closeMediation\",\"outputs\":[{\"internalType\":\"enumVerdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"eligible\",\"type\":\"uint8\"},{\"internalType\":\"address[]\",\"name\":\"payees\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"commitWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committeeCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"committeeMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"committeeSize\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"committeeUsable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"completeExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"createCommittee\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"earnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"getCommittee\",\"outputs\":[{\"components\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"consentMask\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"ableMask\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"exitMask\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"usable\",\"type\":\"bool\"}],\"internalType\":\"structIMediatorRegistry.Committee\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getMediation\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"commitDeadline\",\"type\":\"uint40\"},{\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"},{\"internalType\":\"uint8\",\"name\":\"eligibleMask\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"committedMask\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"revealedMask\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"rightMask\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"wrongMask\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"}],\"internalType\":\"structIMediatorRegistry.Mediation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"getMediator\",\"outputs\":[{\"components\":[{\"internalType\":\"uint80\",\"name\":\"bond\",\"type\":\"uint80\"},{\"internalType\":\"uint40\",\"name\":\"exitAvailableAt\",\"type\":\"uint40\"},{\"internalType\":\"uint16\",\"name\":\"activeMediations\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"memberships\",\"type\":\"uint8\"},{\"internalType\":\"uint72\",\"name\":\"earned\",\"type\":\"uint72\"},{\"internalType\":\"uint32\",\"name\":\"waiting\",\"type\":\"uint32\"}],\"internalType\":\"structIMediatorRegistry.Mediator\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"}],\"name\":\"openMediation\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"eligible\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"openQueued\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"queued\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"waiting\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nextJobId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumVote\",\"name\":\"vote\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealVote\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revealWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"enumVote\",\"name\":\"vote\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"voteCommitment\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawEarnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"BondToppedUp\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"CommitteeAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"CommitteeCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"usable\",\"type\":\"bool\"}],\"name\":\"CommitteeUsable\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"EarningsWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"exitAvailableAt\",\"type\":\"uint256\"}],\"name\":\"ExitRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumVerdict\",\"name\":\"verdict\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"rights\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"wrongs\",\"type\":\"uint8\"}],\"name\":\"MediationClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"MediationDropped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"eligibleMask\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"commitDeadline\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"}],\"name\":\"MediationOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ahead\",\"type\":\"uint256\"}],\"name\":\"MediationQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bondReturned\",\"type\":\"uint256\"}],\"name\":\"MediatorExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"MediatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MediatorSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"VoteCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumVote\",\"name\":\"vote\",\"type\":\"uint8\"}],\"name\":\"VoteRevealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"AlreadyCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"AlreadyRevealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"}],\"name\":\"BondTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"BondTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"CommitPhaseOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"CommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitmentZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"CommitteeAlreadyAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"CommitteeNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"CommitteeNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"CommitteeSizeInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"parameter\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ConfigInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"ExitNotRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"availableAt\",\"type\":\"uint256\"}],\"name\":\"ExitNotYetAvailable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"MediationAlreadyOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"MediationNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealDeadline\",\"type\":\"uint256\"}],\"name\":\"MediationNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"MediationWaiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"MediationsPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"MediatorExiting\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"MembershipLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"NotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotCommitteeMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"}],\"name\":\"NotEligible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"eligible\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"NotEnoughEligibleMediators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMarket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"NothingEarned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"NothingQueued\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseNotStarted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"RevealPhaseOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VoteInvalid\",\"type\":\"error\"}]",
	ID:  "5f9c465014f56bc60f6b18ce3f15256f55",
	Bin: "0x610140604052348015610010575f5ffd5b50604051614b87380380614b8783398101604081905261002f9161023b565b81515f0361005b575f6040516307c85d8560e01b815260040161005291906102c7565b60405180910390fd5b60408201511580610070575081516040830151115b156100b75760408083015181516307c85d8560e01b81526004810192909252600b60448301526a1cdb185cda105b5bdd5b9d60aa1b60648301526024820152608401610052565b606082015115806100ce575062278d008260600151115b1561011a576060820151604080516307c85d8560e01b81526004810191909152600c60448201526b636f6d6d697457696e646f7760a01b60648201526024810191909152608401610052565b60808201511580610131575062278d008260800151115b1561017d576080820151604080516307c85d8560e01b81526004810191909152600c60448201526b72657665616c57696e646f7760a01b60648201526024810191909152608401610052565b808260200151108061019657506301e133808260200151115b156101df576020820151604080516307c85d8560e01b8152600481019190915260096044820152686578697444656c617960b81b60648201526024810191909152608401610052565b81516001600160501b03101561020b5781516040516307c85d8560e01b815261005291906004016102c7565b50336080908152815160a052602082015160c052604082015160e0526060820151610100520151610120526102fb565b5f5f82840360c081121561024d575f5ffd5b60a081121561025a575f5ffd5b5060405160a081016001600160401b038111828210171561028957634e487b7160e01b5f52604160045260245ffd5b604090815284518252602080860151908301528481015190820152606080850151908201526080808501519082015260a09093015192949293505050565b604081525f6102ed6040830160078152661b5a5b909bdb9960ca1b602082015260400190565b905082602083015292915050565b60805160a05160c05160e05161010051610120516147ce6103b95f395f81816105c2015261301501525f818161033f0152612fdf01525f8181610614015281816111ce015281816112bb015281816126ef01528181612c7b015281816139d60152613ca901525f81816102820152611ca701525f818161058f0152818161109101526110cc01525f818161054401528181610fd70152818161147e0152818161179a01528181611e7f0152818161284e0152612beb01526147ce5ff3fe6080604052600436106101c5575f3560e01c80637f8e3b4e116100f2578063a65c359a11610092578063d21af76811610062578063d21af768146107c1578063edb7b7fc146107dc578063ef815592146107fb578063f43cc7731461082f575f5ffd5b8063a65c359a14610655578063a9eb37ba14610681578063aa9ac0fa14610695578063b01eb660146107ad575f5ffd5b8063863d22c7116100cd578063863d22c7146105b1578063864ef3b0146105e45780638802834e146106035780639da6918014610636575f5ffd5b80637f8e3b4e1461051f57806380f5560514610533578063831518b71461057e575f5ffd5b806339c08cbb11610168578063566a7b0c11610138578063566a7b0c146103be57806373f42561146103ea57806378b224a1146103ff5780637bdd81141461041e575f5ffd5b806339c08cbb146102f0578063406990051461032e57806342dfe442146103615780635578648e1461038f575f5ffd5b80631aa3a008116101a35780631aa3a008146102695780632838863014610271578063289bfcf1146102b25780632af2cecc146102d1575f5ffd5b80630a03a3c0146101c95780630b05b14f14610214578063193a958214610235575b5f5ffd5b3480156101d4575f5ffd5b506101fd6101e3366004614038565b63ffffffff165f9081526006602052604090205460ff1690565b60405160ff90911681526020015b60405180910390f35b34801561021f575f5ffd5b5061023361022e36600461405f565b610844565b005b348015610240575f5ffd5b5061025461024f366004614092565b610b00565b60405163ffffffff909116815260200161020b565b610233611041565b34801561027c575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200161020b565b3480156102bd575f5ffd5b506102336102cc366004614038565b6112fe565b3480156102dc575f5ffd5b506102a46102eb366004614117565b611400565b3480156102fb575f5ffd5b5061030f61030a366004614148565b611471565b6040805160ff909316835264ffffffffff90911660208301520161020b565b348015610339575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b34801561036c575f5ffd5b5061038061037b366004614181565b61178b565b60405161020b93929190614216565b34801561039a575f5ffd5b506103ae6103a9366004614038565b6119ac565b604051901515815260200161020b565b3480156103c9575f5ffd5b506103dd6103d8366004614038565b611a0a565b60405161020b9190614249565b3480156103f5575f5ffd5b506102a460025481565b34801561040a575f5ffd5b50610233610419366004614038565b611b1f565b348015610429575f5ffd5b506105126104383660046142de565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506001600160a01b03165f90815260036020908152604091829020825160e08101845290546001600160501b038116825264ffffffffff600160501b8204169282019290925261ffff600160781b8304169281019290925260ff600160881b8204811615156060840152600160901b82041660808301526001600160481b03600160981b82041660a083015263ffffffff600160e01b9091041660c082015290565b60405161020b91906142f7565b34801561052a575f5ffd5b50610233611c38565b34801561053e575f5ffd5b506105667f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161020b565b348015610589575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b3480156105bc575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b3480156105ef575f5ffd5b506102a46105fe366004614117565b611d33565b34801561060e575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b348015610641575f5ffd5b5061023361065036600461437c565b611ede565b348015610660575f5ffd5b5061067461066f366004614038565b612026565b60405161020b919061439c565b34801561068c575f5ffd5b506102a4600881565b3480156106a0575f5ffd5b506107a06106af3660046143ae565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152505f90815260096020908152604091829020825161012081018452905463ffffffff8116825264ffffffffff600160201b8204811693830193909352600160481b81049092169281019290925260ff600160701b820481166060840152600160781b820481166080840152600160801b8204811660a0840152600160881b8204811660c0840152600160901b8204811660e0840152600160981b90910416151561010082015290565b60405161020b91906143c5565b3480156107b8575f5ffd5b50610233612096565b3480156107cc575f5ffd5b505f546102549063ffffffff1681565b3480156107e7575f5ffd5b506102a46107f636600461447f565b61237e565b348015610806575f5ffd5b5061081a610815366004614038565b6123b7565b6040805192835260208301919091520161020b565b34801561083a575f5ffd5b506102a460015481565b5f8381526009602052604090208054600160981b900460ff16610882576040516338dd495760e21b8152600481018590526024015b60405180910390fd5b8054600160201b900464ffffffffff16421080156108b557508054600160781b810460ff908116600160701b9092041614155b156108d65760405163c9204faf60e01b815260048101859052602401610879565b8054600160481b900464ffffffffff16421061090857604051630ddfee6160e21b815260048101859052602401610879565b5f83600381111561091b5761091b6141a3565b0361093957604051630bc3b26b60e01b815260040160405180910390fd5b5f5f610946868433612444565b84549193509150600160781b9004821660ff165f036109815760405163809c4a1160e01b815260048101879052336024820152604401610879565b8254600160801b9004821660ff16156109b65760405163619cd47560e11b815260048101879052336024820152604401610879565b6109c28633878761237e565b5f878152600a6020908152604080832085845290915290205414610a0257604051631ee8b01f60e11b815260048101879052336024820152604401610879565b5f868152600a60209081526040808320848452909152812055825460ff808416600160801b80840492909216170260ff60801b199091161783556001856003811115610a5057610a506141a3565b03610a7b57825460ff808416600160881b80840492909216170260ff60881b19909116178355610ab6565b6002856003811115610a8f57610a8f6141a3565b03610ab657825460ff808416600160901b80840492909216170260ff60901b199091161783555b336001600160a01b0316867ffb0a2a4b906424480a54d601db26ad920592115a97358d199495345723df34cb87604051610af091906144c0565b60405180910390a3505050505050565b5f81801580610b0f5750600581115b80610b225750610b206002826144e7565b155b15610b435760405163651573e160e01b815260048101829052602401610879565b5f5b81811015610cf1578015801590610bc457508484610b6460018461450e565b818110610b7357610b73614521565b9050602002016020810190610b8891906142de565b6001600160a01b0316858583818110610ba357610ba3614521565b9050602002016020810190610bb891906142de565b6001600160a01b031611155b15610be55760405163cd0405d960e01b815260048101829052602401610879565b5f60035f878785818110610bfb57610bfb614521565b9050602002016020810190610c1091906142de565b6001600160a01b0316815260208101919091526040015f208054909150600160881b900460ff16610c8757858583818110610c4d57610c4d614521565b9050602002016020810190610c6291906142de565b60405163bfc6c33760e01b81526001600160a01b039091166004820152602401610879565b8054600160501b900464ffffffffff1615610ce857858583818110610cae57610cae614521565b9050602002016020810190610cc391906142de565b604051632abd397760e11b81526001600160a01b039091166004820152602401610879565b50600101610b45565b505f8484604051602001610d06929190614535565b60408051601f1981840301815291815281516020928301205f818152600790935291205463ffffffff169350905082158015610e80575f80548190610d509063ffffffff1661457f565b825463ffffffff8083166101009490940a848102910219909116179092555f848152600760209081526040808320805463ffffffff1916851790559282526005905220909450610da1908787613f8b565b5063ffffffff84165f908152600660205260408120805460ff191660ff86161790555b83811015610e3457610dd78160016145a3565b63ffffffff86165f90815260086020526040812090898985818110610dfe57610dfe614521565b9050602002016020810190610e1391906142de565b6001600160a01b0316815260208101919091526040015f2055600101610dc4565b50336001600160a01b03168463ffffffff167ffaf289b9628df6574870dc5f68eaeac6a7553150a4a25b50757ac16972748d718888604051610e77929190614535565b60405180910390a35b5f5b83811015610f015733878783818110610e9d57610e9d614521565b9050602002016020810190610eb291906142de565b6001600160a01b031603610ef95763ffffffff85165f9081526006602052604081205461010090046001831b1660ff169003610ef457610ef4858284156124ce565b610f01565b600101610e82565b5080156110385763ffffffff84165f9081526006602090815260408083208151608081018352905460ff8082168352610100820481169483019490945262010000810484169282019290925263010000009091049091166060820152610f66906128b7565b90508015610fab576040516001815263ffffffff8616907f48381ef02b3ece00268e214a52c567d986151a8724cb0ec805b6b514d880bdd59060200160405180910390a25b604051631c3e465960e31b815263ffffffff8616600482015260ff8516602482015281151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e1f232c8906064015f604051808303815f87803b158015611020575f5ffd5b505af1158015611032573d5f5f3e3d5ffd5b50505050505b50505092915050565b335f9081526003602052604090208054600160501b900464ffffffffff161561107f57604051632abd397760e11b8152336004820152602401610879565b8054600160881b900460ff166111a1577f00000000000000000000000000000000000000000000000000000000000000003410156110f857604051639901e61160e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610879565b6001600160501b033411156111225760405163916a45f360e01b8152346004820152602401610879565b80546001600160501b033490811671ff00000000000000ffffffffffffffffffff1990921691909117600160881b178255600180545f906111649084906145a3565b909155505060405134815233907f25dc7d1fe59033f0b2e056dba57d1cfea9f5a9c8756d96b709edeb4ccaf82b2b9060200160405180910390a250565b345f036111ca57604051639901e61160e01b81525f600482015260016024820152604401610879565b80547f00000000000000000000000000000000000000000000000000000000000000006001600160501b0390911690811015905f9061120a9034906145a3565b90506001600160501b038111156112375760405163916a45f360e01b815260048101829052602401610879565b825469ffffffffffffffffffff19166001600160501b03821617835560018054829134915f906112689084906145a3565b9091555050604080513481526001600160501b038316602082015233917f7440189f48490fd194d6a8d8ed2edabc6fed0723bb82388831a8b131e1f8d86f910160405180910390a2821580156112e757507f0000000000000000000000000000000000000000000000000000000000000000816001600160501b031610155b156112f8576112f83360015f612928565b50505050565b63ffffffff81165f9081526006602052604081205460ff16900361133d57604051637b7eb96560e01b815263ffffffff82166004820152602401610879565b63ffffffff81165f9081526008602090815260408083203384529091528120549081900361138c5760405163c50a5eb160e01b815263ffffffff83166004820152336024820152604401610879565b61139760018261450e565b63ffffffff83165f908152600660205260409020546101009004600190911b1660ff16156113e657604051631817f30f60e31b815263ffffffff83166004820152336024820152604401610879565b6113fc826113f560018461450e565b60016124ce565b5050565b6001600160a01b038083165f908152600b60209081526040808320938516808452939091528120549091156114355780611467565b6001600160a01b0384165f9081526003602052604090205461146790600160981b90046001600160481b0316826145a3565b9150505b92915050565b5f80336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146114be5760405163bfae38b360e01b8152336004820152602401610879565b5f8581526009602052604090205463ffffffff16156114f357604051637697f10560e11b815260048101869052602401610879565b63ffffffff84165f908152600560205260408120549081900361153157604051637b7eb96560e01b815263ffffffff86166004820152602401610879565b5f5f5f5f61153f895f612c5f565b63ffffffff8d165f908152600c60205260408120949850929650909450925082611569575f61157c565b8154600160801b90046001600160801b03165b90508215806115a45750806001600160801b03166115998c612ddd565b6001600160801b0316145b80156115b657506115b6858589612f11565b156115d857846115c88d8d8d8a612f2f565b9850985050505050505050611783565b826115f157508054600160801b90046001600160801b03165b6115fc8b600161325b565b63ffffffff8b165f908152600d602090815260408083206001600160801b038516845290915290208c90556116328160016145b6565b82546001600160801b03918216600160801b0291161782556040805180820190915263ffffffff8b1681525f8054602083019190600490611683906001600160401b03600160201b909104166145d5565b82546001600160401b039182166101009390930a83810290830219909116179092559091525f8e8152600e602090815260408083208551815496840151909516600160201b026001600160601b031990961663ffffffff958616179590951790945560099052919091208054918d1663ffffffff19929092168217905582548d907f038711beb6aabb0570712aeab7cff37db7c34c01fd95f458d5f9bab2ddbfe55190611739906001600160801b0316856145f6565b6040516001600160801b03909116815260200160405180910390a381546001600160801b03828116911614611775576117718b613391565b5050505b5f5f98509850505050505050505b935093915050565b5f806060336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146117da5760405163bfae38b360e01b8152336004820152602401610879565b5f8681526009602052604090208054600160981b900460ff1661185b575f878152600e602052604081205463ffffffff16900361182d576040516338dd495760e21b815260048101889052602401610879565b805461184090889063ffffffff1661354d565b604080515f80825260208201909252935093509350506119a3565b6040805161012081018252825463ffffffff8116825264ffffffffff600160201b820481166020840152600160481b82041692820183905260ff600160701b820481166060840152600160781b820481166080840152600160801b8204811660a0840152600160881b8204811660c0840152600160901b8204811660e0840152600160981b90910416151561010082015290421080156119095750806060015160ff168160a0015160ff1614155b1561193d576040808201519051630c042a4b60e21b8152600481018a905264ffffffffff9091166024820152604401610879565b815460ff60981b191682555f806119548a84613659565b6060860151929950909350915061196a9061376c565b95505f6119838b855f0151866060015186868f8f61379b565b9096509050801561199d57835161199990613391565b5050505b50505050505b93509350939050565b63ffffffff81165f9081526006602090815260408083208151608081018352905460ff808216835261010082048116948301949094526201000081048416928201929092526301000000909104909116606082015261146b906128b7565b6040805160a08101825260608082525f602083018190529282018390528101829052608081019190915263ffffffff82165f8181526006602090815260408083208151608081018352905460ff808216835261010082048116838601526201000082048116838501526301000000909104166060820152938352600582529182902080548351818402810184019094528084529091830182828015611ad657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611ab8575b505050918452505060208082015160ff9081169184019190915260408083015182169084015260608083015190911690830152611b12816128b7565b1515608083015250919050565b63ffffffff81165f908152600c60209081526040918290208251808401909352546001600160801b03808216808552600160801b9092041691830182905203611b83576040516301c95ca960e11b815263ffffffff83166004820152602401610879565b5f5f5f611b8f85613391565b92509250925082158015611bc45750835163ffffffff86165f908152600c60205260409020546001600160801b039081169116145b15611c315763ffffffff85165f90815260056020526040812054611be790613933565b90508583828460ff1611611bfb5782611c00565b8360ff165b60405163d388f8ef60e01b815263ffffffff909316600484015260ff90911660248301526044820152606401610879565b5050505050565b335f9081526003602052604090208054600160881b900460ff16611c715760405163bfc6c33760e01b8152336004820152602401610879565b8054600160501b900464ffffffffff1615611ca157604051632abd397760e11b8152336004820152602401610879565b5f611ccc7f0000000000000000000000000000000000000000000000000000000000000000426145a3565b825464ffffffffff60501b1916600160501b64ffffffffff831690810291909117845560405190815290915033907fd9217a461a0f7f84171a8866118c3d92e943ba7c1ba89b819371f729b5cabcbc9060200160405180910390a26113fc335f6001612928565b5f611d3c61394a565b50335f908152600b602090815260408083206001600160a01b03861684529091529020548015611d8a57335f908152600b602090815260408083206001600160a01b03871684529091528120555b6001600160a01b038316611dd957335f9081526003602052604090208054611dc290600160981b90046001600160481b0316836145a3565b815468ffffffffffffffffff60981b191690915590505b805f03611e0a57604051630ce7ea1160e11b81523360048201526001600160a01b0384166024820152604401610879565b604080518281526001600160a01b03848116602083015285169133917f78f09682cde704b5a985357582bedd812d5b9ecd6bf5a8e8732ddd83cfac3369910160405180910390a3604051631a4ca37b60e21b81526001600160a01b0384811660048301526024820183905283811660448301527f000000000000000000000000000000000000000000000000000000000000000016906369328dec906064015f604051808303815f87803b158015611ec0575f5ffd5b505af1158015611ed2573d5f5f3e3d5ffd5b5050505061146b61397f565b5f8281526009602052604090208054600160981b900460ff16611f17576040516338dd495760e21b815260048101849052602401610879565b8054600160201b900464ffffffffff164210611f49576040516372282ab960e11b815260048101849052602401610879565b81611f67576040516326fd599b60e11b815260040160405180910390fd5b5f5f611f74858433612444565b84549193509150600160781b9004821660ff1615611fae5760405163d42c398560e01b815260048101869052336024820152604401610879565b825460ff838116600160781b80840492909216170260ff60781b199091161783555f858152600a602090815260408083208484528252918290208690559051858152339187917f1f4e2aa7825ef02e85293e2de66cfbcb326af2632b558996e546bb1ef3e8764d910160405180910390a35050505050565b63ffffffff81165f9081526005602090815260409182902080548351818402810184019094528084526060939283018282801561208a57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161206c575b50505050509050919050565b61209e61394a565b335f90815260036020908152604091829020825160e08101845290546001600160501b0381168252600160501b810464ffffffffff1692820192909252600160781b820461ffff1692810192909252600160881b810460ff908116151560608401819052600160901b83049091166080840152600160981b82046001600160481b031660a0840152600160e01b90910463ffffffff1660c08301526121585760405163bfc6c33760e01b8152336004820152602401610879565b806020015164ffffffffff165f036121855760405163ccabe40d60e01b8152336004820152602401610879565b806020015164ffffffffff164210156121c65760208101516040516319584a9f60e11b815233600482015264ffffffffff9091166024820152604401610879565b5f8160c0015163ffffffff16826040015161ffff166121e591906145a3565b9050801561220f57604051632e84811160e21b815233600482015260248101829052604401610879565b335f9081526003602052604081205560a08201516001600160481b0316156122715760a0820151335f908152600b60209081526040808320838052909152812080546001600160481b039093169290919061226b9084906145a3565b90915550505b335f90815260046020526040812061228891613fec565b815f01516001600160501b031660015f8282546122a5919061450e565b909155505081516040516001600160501b03909116815233907f2c42ff1107de51d80ac7afa825657308c5688ba1ab6b6ebcd33d6ca5ac7061749060200160405180910390a281516040515f9133916001600160501b03909116908381818185875af1925050503d805f8114612336576040519150601f19603f3d011682016040523d82523d5f602084013e61233b565b606091505b5050905080612371578251604051630e21dcbb60e11b81523360048201526001600160501b039091166024820152604401610879565b50505061237c61397f565b565b5f848484846040516020016123969493929190614629565b6040516020818303038152906040528051906020012090505b949350505050565b63ffffffff81165f908152600c602090815260408083208151808301909252546001600160801b03808216808452600160801b90920416928201839052839261240091906145f6565b6001600160801b03169250821561243e5763ffffffff84165f908152600d6020908152604080832084516001600160801b0316845290915290205491505b50915091565b815463ffffffff165f9081526008602090815260408083206001600160a01b0385168452909152812054819080156124a35761248160018261450e565b85546001821b9450909250600160701b9004831660ff16156124a35750611783565b604051636fc842cf60e01b8152600481018790526001600160a01b0385166024820152604401610879565b335f9081526003602052604090208054600160881b900460ff166125075760405163bfc6c33760e01b8152336004820152602401610879565b8054600160501b900464ffffffffff161561253757604051632abd397760e11b8152336004820152602401610879565b80546008600160901b90910460ff161061256d576040516322ae752360e21b815233600482015260086024820152604401610879565b8054819060129061258790600160901b900460ff1661465a565b91906101000a81548160ff021916908360ff16021790555060045f336001600160a01b03166001600160a01b031681526020019081526020015f208360088663ffffffff1664ffffffffff16901b17908060018154018082558091505060019003905f5260205f2090600691828204019190066005029091909190916101000a81548164ffffffffff021916908364ffffffffff1602179055505f60065f8663ffffffff1663ffffffff1681526020019081526020015f2090505f6126c5826040518060800160405290815f82015f9054906101000a900460ff1660ff1660ff1681526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a900460ff1660ff1660ff16815250506128b7565b825461ff001981166101009182900460ff90811660018a1b918216179092021784558454919250907f00000000000000000000000000000000000000000000000000000000000000006001600160501b039091161061273e57825460ff8083166201000080840492909216170262ff0000199091161783555b604051339063ffffffff8916907fd15495e016b51640fee02c7abfaa44c0f30c83c8ff75ac71051ffd6aa1512771905f90a38461277e5750505050505050565b60408051608081018252845460ff80821683526101008204811660208401526201000082048116938301939093526301000000900490911660608201525f906127c6906128b7565b9050821515811515036127dd575050505050505050565b8763ffffffff167f48381ef02b3ece00268e214a52c567d986151a8724cb0ec805b6b514d880bdd582604051612817911515815260200190565b60405180910390a28354604051631c3e465960e31b815263ffffffff8a16600482015260ff909116602482015281151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e1f232c8906064015f604051808303815f87803b158015612897575f5ffd5b505af11580156128a9573d5f5f3e3d5ffd5b505050505050505050505050565b5f5f6001835f015160ff166001901b6128d0919061450e565b835190915060ff16158015906128ef57508060ff16836020015160ff16145b80156129005750606083015160ff16155b80156129215750612921612917846040015161376c565b845160ff166139a9565b9392505050565b6001600160a01b0383165f90815260046020526040812080549091805b82811015612ac8575f84828154811061296057612960614521565b5f91825260208083206006808404909101549281900660050261010090810a909304600881901c63ffffffff16855290825260408085208151608081018352815460ff80821683529681048716958201959095526201000085048616928101929092526301000000909304909316606084015264ffffffffff16935091906129e7906128b7565b9050600160ff84161b8915612a1a57825460ff8083166201000080840492909216170262ff000019909116178355612a36565b82546201000080820483191660ff160262ff0000199091161783555b8815612a5e57825460ff808316630100000080840492909216170263ff000000199091161783555b60408051608081018252845460ff808216835261010082048116602084015262010000820481169383019390935263010000009004909116606082015282151590612aa8906128b7565b151514612ab957846001901b861795505b50505050806001019050612945565b505f5b82811015612c56576001811b821615612c4e575f6008858381548110612af357612af3614521565b5f91825260208083206006808404909101549281900660050261010090810a90930464ffffffffff1690941c63ffffffff8116845293815260408084208151608081018352815460ff808216835295810486169482019490945262010000840485169281019290925263010000009092049092166060830152929350612b78906128b7565b90508263ffffffff167f48381ef02b3ece00268e214a52c567d986151a8724cb0ec805b6b514d880bdd582604051612bb4911515815260200190565b60405180910390a28154604051631c3e465960e31b815263ffffffff8516600482015260ff909116602482015281151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e1f232c8906064015f604051808303815f87803b158015612c34575f5ffd5b505af1158015612c46573d5f5f3e3d5ffd5b505050505050505b600101612acb565b50505050505050565b63ffffffff82165f9081526005602052604081208190819081907f0000000000000000000000000000000000000000000000000000000000000000825b8254811015612dad575f60035f858481548110612cbb57612cbb614521565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805490915061ffff600160781b8204169063ffffffff600160e01b909104168015612d0857600196505b82546001600160501b03811690600160881b900460ff161580612d2a57508581105b15612d385750505050612da5565b612d418961465a565b985061ffff831480612d7e57508b15612d5a575f612d5c565b815b612d6690846145a3565b612d719060016145a3565b612d7b908761466f565b81105b15612d8c5750505050612da5565b6001851b9a909a1799612d9e8a61465a565b9950505050505b600101612c9c565b50828015612dbb5750600187115b15612dd257612dcc888888886139be565b90965094505b505092959194509250565b63ffffffff81165f908152600c6020526040812080546001600160801b0380821691600160801b90041683610100612e1584846145f6565b6001600160801b031611612e295781612e35565b612e35610100846145b6565b90505b806001600160801b0316836001600160801b0316108015612e8b575063ffffffff8087165f908152600d602090815260408083206001600160801b03881684528252808320548352600e90915290205416155b15612ecf5763ffffffff86165f908152600d602052604081209084612eaf81614686565b95506001600160801b031681526020019081526020015f205f9055612e38565b83546001600160801b03848116911614612f075783546001600160801b0319166001600160801b038416178455612f07868484613b20565b5090949350505050565b5f8260ff168460ff161480156123af57506123af8360ff16836139a9565b63ffffffff83165f908152600560205260408120815b8154811015612fd1576001811b841660ff1615612fc95760035f838381548110612f7157612f71614521565b5f9182526020808320909101546001600160a01b0316835282019290925260400190208054600f90612fae9061ffff600160781b909104166146a7565b91906101000a81548161ffff021916908361ffff1602179055505b600101612f45565b505f63ffffffff85166130047f0000000000000000000000000000000000000000000000000000000000000000426145a3565b61300e91906145a3565b90506130417f000000000000000000000000000000000000000000000000000000000000000064ffffffffff83166145a3565b92506040518061012001604052808763ffffffff1681526020018264ffffffffff1681526020018464ffffffffff1681526020018560ff1681526020015f60ff1681526020015f60ff1681526020015f60ff1681526020015f60ff1681526020016001151581525060095f8981526020019081526020015f205f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160096101000a81548164ffffffffff021916908364ffffffffff1602179055506060820151815f01600e6101000a81548160ff021916908360ff1602179055506080820151815f01600f6101000a81548160ff021916908360ff16021790555060a0820151815f0160106101000a81548160ff021916908360ff16021790555060c0820151815f0160116101000a81548160ff021916908360ff16021790555060e0820151815f0160126101000a81548160ff021916908360ff160217905550610100820151815f0160136101000a81548160ff0219169083151502179055509050508563ffffffff16877fb926df12201df8932350dcd82ecec5e8abb23a2f8e8d5b18a0abc297ad1108ed8684876040516132499392919060ff93909316835264ffffffffff918216602084015216604082015260600190565b60405180910390a35050949350505050565b63ffffffff82165f908152600560205260408120905b81548110156112f8575f60035f84848154811061329057613290614521565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805490915063ffffffff600160e01b909104168480156132d8575063ffffffff818116145b1561331b57855f6132ec8680549050613933565b60405163d388f8ef60e01b815263ffffffff909316600484015260248301919091526044820152606401610879565b84156133505761332c8160016146be565b825463ffffffff91909116600160e01b026001600160e01b03909116178255613387565b63ffffffff811615613387576133676001826146da565b825463ffffffff91909116600160e01b026001600160e01b039091161782555b5050600101613271565b63ffffffff81165f908152600c6020526040812081908190816133b386612ddd565b82549091506001600160801b03600160801b909104811690821610156135435763ffffffff8681165f908152600d602090815260408083206001600160801b0386168452825280832054808452600e8352818420825180840190935254948516808352600160201b9095046001600160401b0316928201929092529092909103613449575f5f5f96509650965050505050613546565b5f6134618983602001516001600160401b0316612c5f565b5063ffffffff8c165f90815260056020526040902054919950975090915061348c9088908890612f11565b9750871561353f576134a3838a845f015184612f2f565b5063ffffffff89165f908152600d602090815260408083206001600160801b03881684529091528120556134d88460016145b6565b85546001600160801b0319166001600160801b03919091161785555f838152600e6020526040812080546001600160601b0319169055613519908a9061325b565b61353f896135288660016145b6565b8754600160801b90046001600160801b0316613b20565b5050505b50505b9193909250565b5f5f61355a836001612c5f565b5063ffffffff86165f90815260056020526040902054909350613583925060ff841691506139a9565b156135b057604051633adb8cad60e21b81526004810185905263ffffffff84166024820152604401610879565b5f848152600e6020526040812080546001600160601b03191690556135d690849061325b565b6135df83612ddd565b5060405163ffffffff84169085907faf7c4a9a19b9166b77a874fd5cc0fc9a3ac845d52e768738c8837b1b33d0133a905f90a3837f8f31a91a0a69c76ab79ce9f5644fa07745f9c1a9a5fa32a8c7387b3bd98fd8ac60035f5f604051613647939291906146f6565b60405180910390a25060039392505050565b5f5f5f5f61366a8560c0015161376c565b90505f61367a8660e0015161376c565b865163ffffffff165f908152600560205260408120549192509061369d90613933565b90508660a001511987606001511693508083106136cd57600195508660c0015194508660e0015184179350613726565b8082106136ed57600295508660e0015194508660c0015184179350613726565b600395505f8760e001518860c001511790508161371082198a60a001511661376c565b101561371c5780613722565b8760a001515b9550505b877f8f31a91a0a69c76ab79ce9f5644fa07745f9c1a9a5fa32a8c7387b3bd98fd8ac87858560405161375a939291906146f6565b60405180910390a25050509250925092565b5f5b60ff8216156137965761378260018361471b565b9091169061378f81614734565b905061376e565b919050565b63ffffffff86165f908152600560205260408120606091906137bc8761376c565b6001600160401b038111156137d3576137d3614615565b6040519080825280602002602001820160405280156137fc578160200160208202803683370190505b5092505f805b8254811015613924576001811b60ff8b8216165f03613821575061391c565b5f84838154811061383457613834614521565b5f9182526020808320909101546001600160a01b0316808352600390915260409091208054919250908190600f906138779061ffff600160781b9091041661474c565b825461ffff9182166101009390930a9283029190920219909116179055805463ffffffff600160e01b90910416156138ae57600196505b60ff8c84161615613903578188866138c581614734565b9750815181106138d7576138d7614521565b60200260200101906001600160a01b031690816001600160a01b03168152505061390381838c8c613bdd565b60ff8b84161615613918576139188f83613c8c565b5050505b600101613802565b50505097509795505050505050565b5f61393f600283614768565b61146b9060016145a3565b613952613dbf565b61237c60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613dff565b61237c5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00613979565b5f6139b5600283614768565b90921192915050565b63ffffffff84165f90815260056020526040812081907f0000000000000000000000000000000000000000000000000000000000000000825b8254811015613b11576001811b60ff888216165f03613a165750613b09565b5f60035f868581548110613a2c57613a2c614521565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805490915061ffff600160781b820416906001600160501b03811690613a839063ffffffff600160e01b90910416836145a3565b613a8d908761466f565b8110613a9c5750505050613b09565b613aed878681548110613ab157613ab1614521565b5f918252602090912001546001600160a01b03168e8e600186613ad48c88614768565b613ade919061450e565b613ae8919061450e565b613e06565b613b045783198b169a5089613b019061477b565b99505b505050505b6001016139f7565b50949793965092945050505050565b806001600160801b0316826001600160801b031610613b3e57505050565b63ffffffff8084165f908152600d602090815260408083206001600160801b03871684528252808320548352600e90915290208054909116156112f8575f8054600490613b9a90600160201b90046001600160401b03166145d5565b82546001600160401b039182166101009390930a83810292021916179091558154600160201b9091026bffffffffffffffff000000001990911617815550505050565b83545f90613bfc908390600160981b90046001600160481b03166145a3565b90506001600160a01b038316158015613c1c57506001600160481b038111155b15613c4a57845468ffffffffffffffffff60981b1916600160981b6001600160481b03831602178555611c31565b6001600160a01b038085165f908152600b6020908152604080832093871683529290529081208054849290613c809084906145a3565b90915550505050505050565b6001600160a01b0381165f908152600360205260408120805490917f0000000000000000000000000000000000000000000000000000000000000000916001600160501b031690828210613ce05782613ceb565b816001600160501b03165b9050805f03613cfc57505050505050565b613d06818361478d565b845469ffffffffffffffffffff19166001600160501b0391909116178455600280548291905f90613d389084906145a3565b90915550506040518181526001600160a01b0386169087907f4d00a4f016cf703b34789a425ee1af83e5f26adc7a670505b9fc50d47fa9a0619060200160405180910390a382826001600160501b031610158015613da7575082613da5826001600160501b03851661450e565b105b15613db757613db7855f5f612928565b505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561237c57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6001600160a01b0384165f9081526004602052604081208054825b81811015613f7d575f6008848381548110613e3e57613e3e614521565b905f5260205f2090600691828204019190066005029054906101000a900464ffffffffff1664ffffffffff16901c90508763ffffffff168163ffffffff1603613e875750613f75565b63ffffffff81165f908152600c60209081526040918290208251808401909352546001600160801b03808216808552600160801b9092041691830182905203613ed1575050613f75565b63ffffffff8281165f908152600d6020908152604080832085516001600160801b031684528252808320548352600e825291829020825180840190935254928316808352600160201b9093046001600160401b031690820152901580613f4457508881602001516001600160401b031610155b15613f5157505050613f75565b875f03613f66575f96505050505050506123af565b613f6f886147ac565b97505050505b600101613e21565b506001979650505050505050565b828054828255905f5260205f20908101928215613fdc579160200282015b82811115613fdc5781546001600160a01b0319166001600160a01b03843516178255602090920191600190910190613fa9565b50613fe8929150614011565b5090565b5080545f825560050160069004905f5260205f209081019061400e9190614011565b50565b5b80821115613fe8575f8155600101614012565b803563ffffffff81168114613796575f5ffd5b5f60208284031215614048575f5ffd5b61292182614025565b803560048110613796575f5ffd5b5f5f5f60608486031215614071575f5ffd5b8335925061408160208501614051565b929592945050506040919091013590565b5f5f602083850312156140a3575f5ffd5b82356001600160401b038111156140b8575f5ffd5b8301601f810185136140c8575f5ffd5b80356001600160401b038111156140dd575f5ffd5b8560208260051b84010111156140f1575f5ffd5b6020919091019590945092505050565b80356001600160a01b0381168114613796575f5ffd5b5f5f60408385031215614128575f5ffd5b61413183614101565b915061413f60208401614101565b90509250929050565b5f5f5f6060848603121561415a575f5ffd5b8335925061416a60208501614025565b915061417860408501614025565b90509250925092565b5f5f5f60608486031215614193575f5ffd5b8335925061408160208501614101565b634e487b7160e01b5f52602160045260245ffd5b6004811061400e57634e487b7160e01b5f52602160045260245ffd5b5f8151808452602084019350602083015f5b8281101561420c5781516001600160a01b03168652602095860195909101906001016141e5565b5093949350505050565b61421f846141b7565b83815260ff83166020820152606060408201525f61424060608301846141d3565b95945050505050565b6020808252825160a083830152805160c084018190525f929190910190829060e08501905b808310156142995783516001600160a01b03168252602093840193600193909301929091019061426e565b50602086015160ff811660408701529250604086015160ff811660608701529250606086015160ff811660808701529250608086015180151560a08701529250614240565b5f602082840312156142ee575f5ffd5b61292182614101565b5f60e0820190506001600160501b03835116825264ffffffffff602084015116602083015261ffff604084015116604083015260608301511515606083015260ff608084015116608083015260a083015161435d60a08401826001600160481b03169052565b5060c083015161437560c084018263ffffffff169052565b5092915050565b5f5f6040838503121561438d575f5ffd5b50508035926020909101359150565b602081525f61292160208301846141d3565b5f602082840312156143be575f5ffd5b5035919050565b5f6101208201905063ffffffff835116825264ffffffffff60208401511660208301526040830151614400604084018264ffffffffff169052565b506060830151614415606084018260ff169052565b50608083015161442a608084018260ff169052565b5060a083015161443f60a084018260ff169052565b5060c083015161445460c084018260ff169052565b5060e083015161446960e084018260ff169052565b5061010083015161437561010084018215159052565b5f5f5f5f60808587031215614492575f5ffd5b843593506144a260208601614101565b92506144b060408601614051565b9396929550929360600135925050565b602081016144cd836141b7565b91905290565b634e487b7160e01b5f52601260045260245ffd5b5f826144f5576144f56144d3565b500690565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561146b5761146b6144fa565b634e487b7160e01b5f52603260045260245ffd5b602080825281018290525f8360408301825b85811015614575576001600160a01b0361456084614101565b16825260209283019290910190600101614547565b5095945050505050565b5f63ffffffff821663ffffffff810361459a5761459a6144fa565b60010192915050565b8082018082111561146b5761146b6144fa565b6001600160801b03818116838216019081111561146b5761146b6144fa565b5f6001600160401b0382166001600160401b03810361459a5761459a6144fa565b6001600160801b03828116828216039081111561146b5761146b6144fa565b634e487b7160e01b5f52604160045260245ffd5b8481526001600160a01b038416602082015260808101614648846141b7565b60408201939093526060015292915050565b5f60ff821660ff810361459a5761459a6144fa565b808202811582820484141761146b5761146b6144fa565b5f6001600160801b0382166001600160801b03810361459a5761459a6144fa565b5f61ffff821661ffff810361459a5761459a6144fa565b63ffffffff818116838216019081111561146b5761146b6144fa565b63ffffffff828116828216039081111561146b5761146b6144fa565b60608101614703856141b7565b93815260ff9283166020820152911660409091015290565b60ff828116828216039081111561146b5761146b6144fa565b5f60018201614745576147456144fa565b5060010190565b5f61ffff82168061475f5761475f6144fa565b5f190192915050565b5f82614776576147766144d3565b500490565b5f60ff82168061475f5761475f6144fa565b6001600160501b03828116828216039081111561146b5761146b6144fa565b5f816147ba576147ba6144fa565b505f19019056fea164736f6c634300081e000a",
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
// Solidity: constructor((uint256,uint256,uint256,uint256,uint256) config, uint256 minExitDelay) returns()
func (mediatorRegistry *MediatorRegistry) PackConstructor(config IMediatorRegistryConfig, minExitDelay *big.Int) []byte {
	enc, err := mediatorRegistry.abi.Pack("", config, minExitDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXMEMBERSHIPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9eb37ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MEMBERSHIPS() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) PackMAXMEMBERSHIPS() []byte {
	enc, err := mediatorRegistry.abi.Pack("MAX_MEMBERSHIPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMEMBERSHIPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9eb37ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MEMBERSHIPS() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) TryPackMAXMEMBERSHIPS() ([]byte, error) {
	return mediatorRegistry.abi.Pack("MAX_MEMBERSHIPS")
}

// UnpackMAXMEMBERSHIPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9eb37ba.
//
// Solidity: function MAX_MEMBERSHIPS() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) UnpackMAXMEMBERSHIPS(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("MAX_MEMBERSHIPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x289bfcf1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptCommittee(uint32 committeeId) returns()
func (mediatorRegistry *MediatorRegistry) PackAcceptCommittee(committeeId uint32) []byte {
	enc, err := mediatorRegistry.abi.Pack("acceptCommittee", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x289bfcf1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptCommittee(uint32 committeeId) returns()
func (mediatorRegistry *MediatorRegistry) TryPackAcceptCommittee(committeeId uint32) ([]byte, error) {
	return mediatorRegistry.abi.Pack("acceptCommittee", committeeId)
}

// PackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burned() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) PackBurned() []byte {
	enc, err := mediatorRegistry.abi.Pack("burned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73f42561.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burned() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) TryPackBurned() ([]byte, error) {
	return mediatorRegistry.abi.Pack("burned")
}

// UnpackBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x73f42561.
//
// Solidity: function burned() view returns(uint256)
func (mediatorRegistry *MediatorRegistry) UnpackBurned(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("burned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCloseMediation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42dfe442.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeMediation(uint256 jobId, address token, uint256 fee) returns(uint8 verdict, uint8 eligible, address[] payees)
func (mediatorRegistry *MediatorRegistry) PackCloseMediation(jobId *big.Int, token common.Address, fee *big.Int) []byte {
	enc, err := mediatorRegistry.abi.Pack("closeMediation", jobId, token, fee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseMediation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42dfe442.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeMediation(uint256 jobId, address token, uint256 fee) returns(uint8 verdict, uint8 eligible, address[] payees)
func (mediatorRegistry *MediatorRegistry) TryPackCloseMediation(jobId *big.Int, token common.Address, fee *big.Int) ([]byte, error) {
	return mediatorRegistry.abi.Pack("closeMediation", jobId, token, fee)
}

// CloseMediationOutput serves as a container for the return parameters of contract
// method CloseMediation.
type CloseMediationOutput struct {
	Verdict  uint8
	Eligible uint8
	Payees   []common.Address
}

// UnpackCloseMediation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42dfe442.
//
// Solidity: function closeMediation(uint256 jobId, address token, uint256 fee) returns(uint8 verdict, uint8 eligible, address[] payees)
func (mediatorRegistry *MediatorRegistry) UnpackCloseMediation(data []byte) (CloseMediationOutput, error) {
	out, err := mediatorRegistry.abi.Unpack("closeMediation", data)
	outstruct := new(CloseMediationOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verdict = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Eligible = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Payees = *abi.ConvertType(out[2], new([]common.Address)).(*[]common.Address)
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

// PackCommitteeSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a03a3c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeSize(uint32 committeeId) view returns(uint8)
func (mediatorRegistry *MediatorRegistry) PackCommitteeSize(committeeId uint32) []byte {
	enc, err := mediatorRegistry.abi.Pack("committeeSize", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a03a3c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeSize(uint32 committeeId) view returns(uint8)
func (mediatorRegistry *MediatorRegistry) TryPackCommitteeSize(committeeId uint32) ([]byte, error) {
	return mediatorRegistry.abi.Pack("committeeSize", committeeId)
}

// UnpackCommitteeSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0a03a3c0.
//
// Solidity: function committeeSize(uint32 committeeId) view returns(uint8)
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeSize(data []byte) (uint8, error) {
	out, err := mediatorRegistry.abi.Unpack("committeeSize", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCommitteeUsable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5578648e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeUsable(uint32 committeeId) view returns(bool)
func (mediatorRegistry *MediatorRegistry) PackCommitteeUsable(committeeId uint32) []byte {
	enc, err := mediatorRegistry.abi.Pack("committeeUsable", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeUsable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5578648e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeUsable(uint32 committeeId) view returns(bool)
func (mediatorRegistry *MediatorRegistry) TryPackCommitteeUsable(committeeId uint32) ([]byte, error) {
	return mediatorRegistry.abi.Pack("committeeUsable", committeeId)
}

// UnpackCommitteeUsable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5578648e.
//
// Solidity: function committeeUsable(uint32 committeeId) view returns(bool)
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeUsable(data []byte) (bool, error) {
	out, err := mediatorRegistry.abi.Unpack("committeeUsable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2af2cecc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function earnings(address mediator, address token) view returns(uint256)
func (mediatorRegistry *MediatorRegistry) PackEarnings(mediator common.Address, token common.Address) []byte {
	enc, err := mediatorRegistry.abi.Pack("earnings", mediator, token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2af2cecc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function earnings(address mediator, address token) view returns(uint256)
func (mediatorRegistry *MediatorRegistry) TryPackEarnings(mediator common.Address, token common.Address) ([]byte, error) {
	return mediatorRegistry.abi.Pack("earnings", mediator, token)
}

// UnpackEarnings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2af2cecc.
//
// Solidity: function earnings(address mediator, address token) view returns(uint256)
func (mediatorRegistry *MediatorRegistry) UnpackEarnings(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("earnings", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackGetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x566a7b0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCommittee(uint32 committeeId) view returns((address[],uint8,uint8,uint8,bool) c)
func (mediatorRegistry *MediatorRegistry) PackGetCommittee(committeeId uint32) []byte {
	enc, err := mediatorRegistry.abi.Pack("getCommittee", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x566a7b0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCommittee(uint32 committeeId) view returns((address[],uint8,uint8,uint8,bool) c)
func (mediatorRegistry *MediatorRegistry) TryPackGetCommittee(committeeId uint32) ([]byte, error) {
	return mediatorRegistry.abi.Pack("getCommittee", committeeId)
}

// UnpackGetCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x566a7b0c.
//
// Solidity: function getCommittee(uint32 committeeId) view returns((address[],uint8,uint8,uint8,bool) c)
func (mediatorRegistry *MediatorRegistry) UnpackGetCommittee(data []byte) (IMediatorRegistryCommittee, error) {
	out, err := mediatorRegistry.abi.Unpack("getCommittee", data)
	if err != nil {
		return *new(IMediatorRegistryCommittee), err
	}
	out0 := *abi.ConvertType(out[0], new(IMediatorRegistryCommittee)).(*IMediatorRegistryCommittee)
	return out0, nil
}

// PackGetMediation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa9ac0fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMediation(uint256 jobId) view returns((uint32,uint40,uint40,uint8,uint8,uint8,uint8,uint8,bool))
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
// Solidity: function getMediation(uint256 jobId) view returns((uint32,uint40,uint40,uint8,uint8,uint8,uint8,uint8,bool))
func (mediatorRegistry *MediatorRegistry) TryPackGetMediation(jobId *big.Int) ([]byte, error) {
	return mediatorRegistry.abi.Pack("getMediation", jobId)
}

// UnpackGetMediation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa9ac0fa.
//
// Solidity: function getMediation(uint256 jobId) view returns((uint32,uint40,uint40,uint8,uint8,uint8,uint8,uint8,bool))
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
// Solidity: function getMediator(address mediator) view returns((uint80,uint40,uint16,bool,uint8,uint72,uint32))
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
// Solidity: function getMediator(address mediator) view returns((uint80,uint40,uint16,bool,uint8,uint72,uint32))
func (mediatorRegistry *MediatorRegistry) TryPackGetMediator(mediator common.Address) ([]byte, error) {
	return mediatorRegistry.abi.Pack("getMediator", mediator)
}

// UnpackGetMediator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7bdd8114.
//
// Solidity: function getMediator(address mediator) view returns((uint80,uint40,uint16,bool,uint8,uint72,uint32))
func (mediatorRegistry *MediatorRegistry) UnpackGetMediator(data []byte) (IMediatorRegistryMediator, error) {
	out, err := mediatorRegistry.abi.Unpack("getMediator", data)
	if err != nil {
		return *new(IMediatorRegistryMediator), err
	}
	out0 := *abi.ConvertType(out[0], new(IMediatorRegistryMediator)).(*IMediatorRegistryMediator)
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
// the contract method with ID 0x39c08cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openMediation(uint256 jobId, uint32 committeeId, uint32 runTime) returns(uint8 eligible, uint40 revealDeadline)
func (mediatorRegistry *MediatorRegistry) PackOpenMediation(jobId *big.Int, committeeId uint32, runTime uint32) []byte {
	enc, err := mediatorRegistry.abi.Pack("openMediation", jobId, committeeId, runTime)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenMediation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39c08cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openMediation(uint256 jobId, uint32 committeeId, uint32 runTime) returns(uint8 eligible, uint40 revealDeadline)
func (mediatorRegistry *MediatorRegistry) TryPackOpenMediation(jobId *big.Int, committeeId uint32, runTime uint32) ([]byte, error) {
	return mediatorRegistry.abi.Pack("openMediation", jobId, committeeId, runTime)
}

// OpenMediationOutput serves as a container for the return parameters of contract
// method OpenMediation.
type OpenMediationOutput struct {
	Eligible       uint8
	RevealDeadline *big.Int
}

// UnpackOpenMediation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39c08cbb.
//
// Solidity: function openMediation(uint256 jobId, uint32 committeeId, uint32 runTime) returns(uint8 eligible, uint40 revealDeadline)
func (mediatorRegistry *MediatorRegistry) UnpackOpenMediation(data []byte) (OpenMediationOutput, error) {
	out, err := mediatorRegistry.abi.Unpack("openMediation", data)
	outstruct := new(OpenMediationOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Eligible = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.RevealDeadline = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOpenQueued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78b224a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openQueued(uint32 committeeId) returns()
func (mediatorRegistry *MediatorRegistry) PackOpenQueued(committeeId uint32) []byte {
	enc, err := mediatorRegistry.abi.Pack("openQueued", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenQueued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78b224a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openQueued(uint32 committeeId) returns()
func (mediatorRegistry *MediatorRegistry) TryPackOpenQueued(committeeId uint32) ([]byte, error) {
	return mediatorRegistry.abi.Pack("openQueued", committeeId)
}

// PackQueued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef815592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queued(uint32 committeeId) view returns(uint256 waiting, uint256 nextJobId)
func (mediatorRegistry *MediatorRegistry) PackQueued(committeeId uint32) []byte {
	enc, err := mediatorRegistry.abi.Pack("queued", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueued is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef815592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queued(uint32 committeeId) view returns(uint256 waiting, uint256 nextJobId)
func (mediatorRegistry *MediatorRegistry) TryPackQueued(committeeId uint32) ([]byte, error) {
	return mediatorRegistry.abi.Pack("queued", committeeId)
}

// QueuedOutput serves as a container for the return parameters of contract
// method Queued.
type QueuedOutput struct {
	Waiting   *big.Int
	NextJobId *big.Int
}

// UnpackQueued is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xef815592.
//
// Solidity: function queued(uint32 committeeId) view returns(uint256 waiting, uint256 nextJobId)
func (mediatorRegistry *MediatorRegistry) UnpackQueued(data []byte) (QueuedOutput, error) {
	out, err := mediatorRegistry.abi.Unpack("queued", data)
	outstruct := new(QueuedOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Waiting = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.NextJobId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
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
// the contract method with ID 0x0b05b14f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealVote(uint256 jobId, uint8 vote, bytes32 salt) returns()
func (mediatorRegistry *MediatorRegistry) PackRevealVote(jobId *big.Int, vote uint8, salt [32]byte) []byte {
	enc, err := mediatorRegistry.abi.Pack("revealVote", jobId, vote, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b05b14f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealVote(uint256 jobId, uint8 vote, bytes32 salt) returns()
func (mediatorRegistry *MediatorRegistry) TryPackRevealVote(jobId *big.Int, vote uint8, salt [32]byte) ([]byte, error) {
	return mediatorRegistry.abi.Pack("revealVote", jobId, vote, salt)
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

// PackVoteCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedb7b7fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteCommitment(uint256 jobId, address mediator, uint8 vote, bytes32 salt) pure returns(bytes32)
func (mediatorRegistry *MediatorRegistry) PackVoteCommitment(jobId *big.Int, mediator common.Address, vote uint8, salt [32]byte) []byte {
	enc, err := mediatorRegistry.abi.Pack("voteCommitment", jobId, mediator, vote, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedb7b7fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteCommitment(uint256 jobId, address mediator, uint8 vote, bytes32 salt) pure returns(bytes32)
func (mediatorRegistry *MediatorRegistry) TryPackVoteCommitment(jobId *big.Int, mediator common.Address, vote uint8, salt [32]byte) ([]byte, error) {
	return mediatorRegistry.abi.Pack("voteCommitment", jobId, mediator, vote, salt)
}

// UnpackVoteCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xedb7b7fc.
//
// Solidity: function voteCommitment(uint256 jobId, address mediator, uint8 vote, bytes32 salt) pure returns(bytes32)
func (mediatorRegistry *MediatorRegistry) UnpackVoteCommitment(data []byte) ([32]byte, error) {
	out, err := mediatorRegistry.abi.Unpack("voteCommitment", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x864ef3b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawEarnings(address token, address to) returns(uint256 amount)
func (mediatorRegistry *MediatorRegistry) PackWithdrawEarnings(token common.Address, to common.Address) []byte {
	enc, err := mediatorRegistry.abi.Pack("withdrawEarnings", token, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x864ef3b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawEarnings(address token, address to) returns(uint256 amount)
func (mediatorRegistry *MediatorRegistry) TryPackWithdrawEarnings(token common.Address, to common.Address) ([]byte, error) {
	return mediatorRegistry.abi.Pack("withdrawEarnings", token, to)
}

// UnpackWithdrawEarnings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x864ef3b0.
//
// Solidity: function withdrawEarnings(address token, address to) returns(uint256 amount)
func (mediatorRegistry *MediatorRegistry) UnpackWithdrawEarnings(data []byte) (*big.Int, error) {
	out, err := mediatorRegistry.abi.Unpack("withdrawEarnings", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// MediatorRegistryCommitteeAccepted represents a CommitteeAccepted event raised by the MediatorRegistry contract.
type MediatorRegistryCommitteeAccepted struct {
	CommitteeId uint32
	Member      common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryCommitteeAcceptedEventName = "CommitteeAccepted"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryCommitteeAccepted) ContractEventName() string {
	return MediatorRegistryCommitteeAcceptedEventName
}

// UnpackCommitteeAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeAccepted(uint32 indexed committeeId, address indexed member)
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeAcceptedEvent(log *types.Log) (*MediatorRegistryCommitteeAccepted, error) {
	event := "CommitteeAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryCommitteeAccepted)
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
	Creator     common.Address
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
// Solidity: event CommitteeCreated(uint32 indexed committeeId, address indexed creator, address[] members)
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

// MediatorRegistryCommitteeUsable represents a CommitteeUsable event raised by the MediatorRegistry contract.
type MediatorRegistryCommitteeUsable struct {
	CommitteeId uint32
	Usable      bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryCommitteeUsableEventName = "CommitteeUsable"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryCommitteeUsable) ContractEventName() string {
	return MediatorRegistryCommitteeUsableEventName
}

// UnpackCommitteeUsableEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeUsable(uint32 indexed committeeId, bool usable)
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeUsableEvent(log *types.Log) (*MediatorRegistryCommitteeUsable, error) {
	event := "CommitteeUsable"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryCommitteeUsable)
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

// MediatorRegistryEarningsWithdrawn represents a EarningsWithdrawn event raised by the MediatorRegistry contract.
type MediatorRegistryEarningsWithdrawn struct {
	Mediator common.Address
	Token    common.Address
	Amount   *big.Int
	To       common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryEarningsWithdrawnEventName = "EarningsWithdrawn"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryEarningsWithdrawn) ContractEventName() string {
	return MediatorRegistryEarningsWithdrawnEventName
}

// UnpackEarningsWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EarningsWithdrawn(address indexed mediator, address indexed token, uint256 amount, address to)
func (mediatorRegistry *MediatorRegistry) UnpackEarningsWithdrawnEvent(log *types.Log) (*MediatorRegistryEarningsWithdrawn, error) {
	event := "EarningsWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryEarningsWithdrawn)
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
	JobId   *big.Int
	Verdict uint8
	Rights  uint8
	Wrongs  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryMediationClosedEventName = "MediationClosed"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryMediationClosed) ContractEventName() string {
	return MediatorRegistryMediationClosedEventName
}

// UnpackMediationClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediationClosed(uint256 indexed jobId, uint8 verdict, uint8 rights, uint8 wrongs)
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

// MediatorRegistryMediationDropped represents a MediationDropped event raised by the MediatorRegistry contract.
type MediatorRegistryMediationDropped struct {
	JobId       *big.Int
	CommitteeId uint32
	Raw         *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryMediationDroppedEventName = "MediationDropped"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryMediationDropped) ContractEventName() string {
	return MediatorRegistryMediationDroppedEventName
}

// UnpackMediationDroppedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediationDropped(uint256 indexed jobId, uint32 indexed committeeId)
func (mediatorRegistry *MediatorRegistry) UnpackMediationDroppedEvent(log *types.Log) (*MediatorRegistryMediationDropped, error) {
	event := "MediationDropped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryMediationDropped)
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
// Solidity: event MediationOpened(uint256 indexed jobId, uint32 indexed committeeId, uint8 eligibleMask, uint40 commitDeadline, uint40 revealDeadline)
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

// MediatorRegistryMediationQueued represents a MediationQueued event raised by the MediatorRegistry contract.
type MediatorRegistryMediationQueued struct {
	JobId       *big.Int
	CommitteeId uint32
	Ahead       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryMediationQueuedEventName = "MediationQueued"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryMediationQueued) ContractEventName() string {
	return MediatorRegistryMediationQueuedEventName
}

// UnpackMediationQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MediationQueued(uint256 indexed jobId, uint32 indexed committeeId, uint256 ahead)
func (mediatorRegistry *MediatorRegistry) UnpackMediationQueuedEvent(log *types.Log) (*MediatorRegistryMediationQueued, error) {
	event := "MediationQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mediatorRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MediatorRegistryMediationQueued)
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
	JobId    *big.Int
	Mediator common.Address
	Vote     uint8
	Raw      *types.Log // Blockchain specific contextual infos
}

const MediatorRegistryVoteRevealedEventName = "VoteRevealed"

// ContractEventName returns the user-defined event name.
func (MediatorRegistryVoteRevealed) ContractEventName() string {
	return MediatorRegistryVoteRevealedEventName
}

// UnpackVoteRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteRevealed(uint256 indexed jobId, address indexed mediator, uint8 vote)
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
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["BondTooLarge"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackBondTooLargeError(raw[4:])
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
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["CommitteeAlreadyAccepted"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackCommitteeAlreadyAcceptedError(raw[4:])
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
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["ConfigInvalid"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackConfigInvalidError(raw[4:])
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
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["MediationWaiting"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackMediationWaitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["MediationsPending"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackMediationsPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["MediatorExiting"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackMediatorExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["MembershipLimitReached"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackMembershipLimitReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NotCommitted"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NotCommitteeMember"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNotCommitteeMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NotEligible"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNotEligibleError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NotEnoughEligibleMediators"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNotEnoughEligibleMediatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NotMarket"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNotMarketError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NothingEarned"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNothingEarnedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["NothingQueued"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackNothingQueuedError(raw[4:])
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
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], mediatorRegistry.abi.Errors["VoteInvalid"].ID.Bytes()[:4]) {
		return mediatorRegistry.UnpackVoteInvalidError(raw[4:])
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

// MediatorRegistryBondTooLarge represents a BondTooLarge error raised by the MediatorRegistry contract.
type MediatorRegistryBondTooLarge struct {
	Bond *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BondTooLarge(uint256 bond)
func MediatorRegistryBondTooLargeErrorID() common.Hash {
	return common.HexToHash("0x916a45f3711b7426e7f6d50fd05c66246ac95e939a48c5250b1c6ff319be6ca8")
}

// UnpackBondTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BondTooLarge(uint256 bond)
func (mediatorRegistry *MediatorRegistry) UnpackBondTooLargeError(raw []byte) (*MediatorRegistryBondTooLarge, error) {
	out := new(MediatorRegistryBondTooLarge)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "BondTooLarge", raw); err != nil {
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

// MediatorRegistryCommitteeAlreadyAccepted represents a CommitteeAlreadyAccepted error raised by the MediatorRegistry contract.
type MediatorRegistryCommitteeAlreadyAccepted struct {
	CommitteeId uint32
	Member      common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeAlreadyAccepted(uint32 committeeId, address member)
func MediatorRegistryCommitteeAlreadyAcceptedErrorID() common.Hash {
	return common.HexToHash("0xc0bf9878184097d5a05339b37b1b426542f1e0af669e27a3d84d9e6883c4f9f9")
}

// UnpackCommitteeAlreadyAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeAlreadyAccepted(uint32 committeeId, address member)
func (mediatorRegistry *MediatorRegistry) UnpackCommitteeAlreadyAcceptedError(raw []byte) (*MediatorRegistryCommitteeAlreadyAccepted, error) {
	out := new(MediatorRegistryCommitteeAlreadyAccepted)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "CommitteeAlreadyAccepted", raw); err != nil {
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

// MediatorRegistryConfigInvalid represents a ConfigInvalid error raised by the MediatorRegistry contract.
type MediatorRegistryConfigInvalid struct {
	Parameter string
	Value     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfigInvalid(string parameter, uint256 value)
func MediatorRegistryConfigInvalidErrorID() common.Hash {
	return common.HexToHash("0x07c85d858052c11e0790ae849f2fde3db6ac408611d87498badb3af60de1cbef")
}

// UnpackConfigInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfigInvalid(string parameter, uint256 value)
func (mediatorRegistry *MediatorRegistry) UnpackConfigInvalidError(raw []byte) (*MediatorRegistryConfigInvalid, error) {
	out := new(MediatorRegistryConfigInvalid)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "ConfigInvalid", raw); err != nil {
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

// MediatorRegistryMediationWaiting represents a MediationWaiting error raised by the MediatorRegistry contract.
type MediatorRegistryMediationWaiting struct {
	JobId       *big.Int
	CommitteeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MediationWaiting(uint256 jobId, uint32 committeeId)
func MediatorRegistryMediationWaitingErrorID() common.Hash {
	return common.HexToHash("0xeb6e32b4cb3dba7f61bbd47d5d963f82d275d32ceaf8c1c567726b14182f62a8")
}

// UnpackMediationWaitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MediationWaiting(uint256 jobId, uint32 committeeId)
func (mediatorRegistry *MediatorRegistry) UnpackMediationWaitingError(raw []byte) (*MediatorRegistryMediationWaiting, error) {
	out := new(MediatorRegistryMediationWaiting)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "MediationWaiting", raw); err != nil {
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

// MediatorRegistryMembershipLimitReached represents a MembershipLimitReached error raised by the MediatorRegistry contract.
type MediatorRegistryMembershipLimitReached struct {
	Mediator common.Address
	Limit    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MembershipLimitReached(address mediator, uint256 limit)
func MediatorRegistryMembershipLimitReachedErrorID() common.Hash {
	return common.HexToHash("0x8ab9d48c16c7e645235af5f2af4d3f6e294c89d2293ef09b1b846d2df9a5fdb8")
}

// UnpackMembershipLimitReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MembershipLimitReached(address mediator, uint256 limit)
func (mediatorRegistry *MediatorRegistry) UnpackMembershipLimitReachedError(raw []byte) (*MediatorRegistryMembershipLimitReached, error) {
	out := new(MediatorRegistryMembershipLimitReached)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "MembershipLimitReached", raw); err != nil {
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

// MediatorRegistryNotCommitteeMember represents a NotCommitteeMember error raised by the MediatorRegistry contract.
type MediatorRegistryNotCommitteeMember struct {
	CommitteeId uint32
	Account     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCommitteeMember(uint32 committeeId, address account)
func MediatorRegistryNotCommitteeMemberErrorID() common.Hash {
	return common.HexToHash("0xc50a5eb1bf30e8fd1ea8eba7fe558a7582ee0a7f6fa694fec7b118d6b40c80cd")
}

// UnpackNotCommitteeMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCommitteeMember(uint32 committeeId, address account)
func (mediatorRegistry *MediatorRegistry) UnpackNotCommitteeMemberError(raw []byte) (*MediatorRegistryNotCommitteeMember, error) {
	out := new(MediatorRegistryNotCommitteeMember)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NotCommitteeMember", raw); err != nil {
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

// MediatorRegistryNotEnoughEligibleMediators represents a NotEnoughEligibleMediators error raised by the MediatorRegistry contract.
type MediatorRegistryNotEnoughEligibleMediators struct {
	CommitteeId uint32
	Eligible    *big.Int
	Quorum      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughEligibleMediators(uint32 committeeId, uint256 eligible, uint256 quorum)
func MediatorRegistryNotEnoughEligibleMediatorsErrorID() common.Hash {
	return common.HexToHash("0xd388f8ef242a4556983b10eac9b5ce221c9cc190d9e4564773fd5177192c7ecb")
}

// UnpackNotEnoughEligibleMediatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughEligibleMediators(uint32 committeeId, uint256 eligible, uint256 quorum)
func (mediatorRegistry *MediatorRegistry) UnpackNotEnoughEligibleMediatorsError(raw []byte) (*MediatorRegistryNotEnoughEligibleMediators, error) {
	out := new(MediatorRegistryNotEnoughEligibleMediators)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NotEnoughEligibleMediators", raw); err != nil {
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

// MediatorRegistryNothingEarned represents a NothingEarned error raised by the MediatorRegistry contract.
type MediatorRegistryNothingEarned struct {
	Mediator common.Address
	Token    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingEarned(address mediator, address token)
func MediatorRegistryNothingEarnedErrorID() common.Hash {
	return common.HexToHash("0x19cfd4220faee560bd58e6283e956c828cebf0687e42caa84c4113774ae6ec80")
}

// UnpackNothingEarnedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingEarned(address mediator, address token)
func (mediatorRegistry *MediatorRegistry) UnpackNothingEarnedError(raw []byte) (*MediatorRegistryNothingEarned, error) {
	out := new(MediatorRegistryNothingEarned)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NothingEarned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MediatorRegistryNothingQueued represents a NothingQueued error raised by the MediatorRegistry contract.
type MediatorRegistryNothingQueued struct {
	CommitteeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingQueued(uint32 committeeId)
func MediatorRegistryNothingQueuedErrorID() common.Hash {
	return common.HexToHash("0x0392b952c6ae5fd25a6d3a4159bcb30a250c21143cb494d59990dbae3aeacb66")
}

// UnpackNothingQueuedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingQueued(uint32 committeeId)
func (mediatorRegistry *MediatorRegistry) UnpackNothingQueuedError(raw []byte) (*MediatorRegistryNothingQueued, error) {
	out := new(MediatorRegistryNothingQueued)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "NothingQueued", raw); err != nil {
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

// MediatorRegistryVoteInvalid represents a VoteInvalid error raised by the MediatorRegistry contract.
type MediatorRegistryVoteInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoteInvalid()
func MediatorRegistryVoteInvalidErrorID() common.Hash {
	return common.HexToHash("0x0bc3b26bb84b638976abdd321a4076ba720d7d34ec94dec352399a79246ad9f6")
}

// UnpackVoteInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoteInvalid()
func (mediatorRegistry *MediatorRegistry) UnpackVoteInvalidError(raw []byte) (*MediatorRegistryVoteInvalid, error) {
	out := new(MediatorRegistryVoteInvalid)
	if err := mediatorRegistry.abi.UnpackIntoInterface(out, "VoteInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModuleRegistryMetaData contains all meta data concerning the ModuleRegistry contract.
var ModuleRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"getModule\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"defaultRunTime\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"defaultSolverFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"nameVersion\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"specUri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"primaryInput\",\"type\":\"string\"}],\"internalType\":\"structIModuleRegistry.Module\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"nameVersion\",\"type\":\"string\"}],\"name\":\"jobDefaults\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"PackedResources\",\"name\":\"resources\",\"type\":\"uint136\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"jobFloor\",\"outputs\":[{\"internalType\":\"PackedResources\",\"name\":\"\",\"type\":\"uint136\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"moduleCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"nameVersion\",\"type\":\"string\"}],\"name\":\"moduleIdOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"nameOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"specUri\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"defaultRunTime\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"primaryInput\",\"type\":\"string\"},{\"internalType\":\"uint96\",\"name\":\"defaultSolverFee\",\"type\":\"uint96\"}],\"internalType\":\"structIModuleRegistry.ModuleRequest\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferName\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nameHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"specHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"specUri\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"defaultRunTime\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"primaryInput\",\"type\":\"string\"},{\"internalType\":\"uint96\",\"name\":\"defaultSolverFee\",\"type\":\"uint96\"}],\"indexed\":false,\"internalType\":\"structIModuleRegistry.ModuleRequest\",\"name\":\"request\",\"type\":\"tuple\"}],\"name\":\"ModulePublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"nameHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"NameTransferred\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"}],\"name\":\"ModuleNameInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ModuleNameTaken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"ModuleNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModuleResourcesZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModuleRunTimeZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModuleSpecHashZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"nameVersion\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"ModuleVersionExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"nameVersion\",\"type\":\"string\"}],\"name\":\"ModuleVersionNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotNameOwner\",\"type\":\"error\"}]",
	ID:  "e8123eb554f22a97c308aa7b57885d5f63",
	Bin: "0x6080604052348015600e575f5ffd5b506115868061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063667b4b8111610058578063667b4b811461014557806375d0218514610158578063d495349f1461016b578063e18c3a06146101bd575f5ffd5b80632bf96c8b14610089578063334f7ac5146100f257806337194d1e146101105780633dfb17e414610125575b5f5ffd5b6100c9610097366004610cff565b63ffffffff9081165f908152600160205260409020600201546001600160881b03811692600160881b90910490911690565b604080516001600160881b03909316835263ffffffff9091166020830152015b60405180910390f35b5f5463ffffffff165b60405163ffffffff90911681526020016100e9565b61012361011e366004610d64565b6101e8565b005b610138610133366004610cff565b6102a7565b6040516100e99190610df0565b6100fb610153366004610ef9565b610554565b6100fb610166366004610f38565b61058e565b61017e610179366004610ef9565b6109f4565b6040805163ffffffff95861681526001600160881b0394909416602085015291909316908201526001600160601b0390911660608201526080016100e9565b6101d06101cb366004610ef9565b610aa4565b6040516001600160a01b0390911681526020016100e9565b5f83836040516101f9929190610f70565b60408051918290039091205f818152600360205291909120549091506001600160a01b0316331461024c57838333604051636481270b60e11b815260040161024393929190610fa7565b60405180910390fd5b5f8181526003602052604080822080546001600160a01b0319166001600160a01b03861690811790915590519091339184917fee3ae35c0d0799fb196f821efc8d30111345552cd23192da6bab51e7f664b6ba91a450505050565b6102af610c60565b63ffffffff82165f90815260016020526040902080546102ea576040516370d105eb60e11b815263ffffffff84166004820152602401610243565b60408051610100810182528254815260018301546001600160a01b03811660208301526002840154600160881b810463ffffffff1693830193909352600160a01b90046001600160601b03166060820152906080820190610399906001600160881b03166040805160a08101825260ff83168152600883901c63ffffffff9081166020830152602884901c811692820192909252604883901c8216606082015260689290921c16608082015290565b81526020018260030180546103ad90610fd2565b80601f01602080910402602001604051908101604052809291908181526020018280546103d990610fd2565b80156104245780601f106103fb57610100808354040283529160200191610424565b820191905f5260205f20905b81548152906001019060200180831161040757829003601f168201915b5050505050815260200182600401805461043d90610fd2565b80601f016020809104026020016040519081016040528092919081815260200182805461046990610fd2565b80156104b45780601f1061048b576101008083540402835291602001916104b4565b820191905f5260205f20905b81548152906001019060200180831161049757829003601f168201915b505050505081526020018260050180546104cd90610fd2565b80601f01602080910402602001604051908101604052809291908181526020018280546104f990610fd2565b80156105445780601f1061051b57610100808354040283529160200191610544565b820191905f5260205f20905b81548152906001019060200180831161052757829003601f168201915b5050505050815250915050919050565b5f60025f8484604051610568929190610f70565b604080519182900390912082526020820192909252015f205463ffffffff169392505050565b5f6105a461059c838061100a565b60405f610ae1565b15806105c657506105c46105bb602084018461100a565b60206001610ae1565b155b156105ff576105d5828061100a565b6105e2602085018561100a565b60405163f021d8cb60e01b8152600401610243949392919061104d565b604082013561062157604051632d92d2f560e11b815260040160405180910390fd5b61063361014083016101208401610cff565b63ffffffff165f0361065857604051631aa513c560e21b815260040160405180910390fd5b61066860e0830160c08401610cff565b63ffffffff165f0361068d5760405163108054bd60e21b815260040160405180910390fd5b5f610698838061100a565b6040516106a6929190610f70565b60408051918290039091205f818152600360205291909120549091506001600160a01b031680610722575f8281526003602052604080822080546001600160a01b03191633908117909155905190919084907fee3ae35c0d0799fb196f821efc8d30111345552cd23192da6bab51e7f664b6ba908390a4610759565b6001600160a01b03811633146107595761073c848061100a565b82604051639ce5c83160e01b815260040161024393929190610fa7565b5f610764858061100a565b610771602088018861100a565b604051602001610784949392919061107e565b60408051601f1981840301815291815281516020808401919091205f8181526002909252919020549192509063ffffffff1680156107d9578281604051630176f33560e61b81526004016102439291906110a7565b5f805481906107ed9063ffffffff166110ce565b825463ffffffff8083166101009490940a848102910219909116179092555f848152600260209081526040808320805463ffffffff19168517905592825260019081905290829020918a01358255810180546001600160a01b0319163317905590965061086261014089016101208a01610cff565b60028201805463ffffffff92909216600160881b0263ffffffff60881b1990921691909117905561089b61018089016101608a01611114565b6001820180546001600160601b0392909216600160a01b026001600160a01b039092169190911790556109286108d9368a90038a0160808b01611151565b5f6068826080015163ffffffff16901b6048836060015163ffffffff16901b6028846040015163ffffffff16901b6008856020015163ffffffff16901b855f015160ff16171717179050919050565b60028201805470ffffffffffffffffffffffffffffffffff19166001600160881b039290921691909117905560038101610962858261122b565b50610970606089018961100a565b60048301916109809190836112e6565b5061098f61014089018961100a565b600583019161099f9190836112e6565b50336001600160a01b0316868863ffffffff167fc721f579eb0b131d1598e9b82229d47085e984c0f3fae1be6fa50e4faf4fe87d8b6040516109e19190611450565b60405180910390a4505050505050919050565b5f5f5f5f60025f8787604051610a0b929190610f70565b604080519182900390912082526020820192909252015f9081205463ffffffff169450849003610a525785856040516388c9019560e01b8152600401610243929190611552565b50505063ffffffff8181165f908152600160208190526040909120600281015491015492956001600160881b0382169550600160881b9091049091169250600160a01b9091046001600160601b031690565b5f60035f8484604051610ab8929190610f70565b604080519182900390912082526020820192909252015f20546001600160a01b03169392505050565b5f8484801580610af057508481115b15610aff575f92505050610c58565b5f5b81811015610c50575f838383818110610b1c57610b1c611565565b909101356001600160f81b03191691505f9050606160f81b8210801590610b515750603d60f91b6001600160f81b0319831611155b80610b835750600360fc1b6001600160f81b0319831610801590610b835750603960f81b6001600160f81b0319831611155b80610b9b5750602d60f81b6001600160f81b03198316145b80610bb35750605f60f81b6001600160f81b03198316145b80610bcb5750601760f91b6001600160f81b03198316145b905080610c345786610bed57602f60f81b6001600160f81b0319831614610c31565b604160f81b6001600160f81b0319831610801590610c195750602d60f91b6001600160f81b0319831611155b80610c315750602b60f81b6001600160f81b03198316145b90505b80610c46575f95505050505050610c58565b5050600101610b01565b506001925050505b949350505050565b6040518061010001604052805f81526020015f6001600160a01b031681526020015f63ffffffff1681526020015f6001600160601b03168152602001610ccc6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915290565b81526020016060815260200160608152602001606081525090565b803563ffffffff81168114610cfa575f5ffd5b919050565b5f60208284031215610d0f575f5ffd5b610d1882610ce7565b9392505050565b5f5f83601f840112610d2f575f5ffd5b50813567ffffffffffffffff811115610d46575f5ffd5b602083019150836020828501011115610d5d575f5ffd5b9250929050565b5f5f5f60408486031215610d76575f5ffd5b833567ffffffffffffffff811115610d8c575f5ffd5b610d9886828701610d1f565b90945092505060208401356001600160a01b0381168114610db7575f5ffd5b809150509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60208152815160208201525f6020830151610e1660408401826001600160a01b03169052565b50604083015163ffffffff811660608401525060608301516001600160601b0381166080840152506080830151610e9660a084018260ff815116825263ffffffff602082015116602083015263ffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff60808201511660808301525050565b5060a0830151610180610140840152610eb36101a0840182610dc2565b905060c0840151601f1984830301610160850152610ed18282610dc2565b91505060e0840151601f1984830301610180850152610ef08282610dc2565b95945050505050565b5f5f60208385031215610f0a575f5ffd5b823567ffffffffffffffff811115610f20575f5ffd5b610f2c85828601610d1f565b90969095509350505050565b5f60208284031215610f48575f5ffd5b813567ffffffffffffffff811115610f5e575f5ffd5b82016101808185031215610d18575f5ffd5b818382375f9101908152919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f610fba604083018587610f7f565b905060018060a01b0383166020830152949350505050565b600181811c90821680610fe657607f821691505b60208210810361100457634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f8335601e1984360301811261101f575f5ffd5b83018035915067ffffffffffffffff821115611039575f5ffd5b602001915036819003821315610d5d575f5ffd5b604081525f611060604083018688610f7f565b8281036020840152611073818587610f7f565b979650505050505050565b838582375f848201601d60f91b8152838560018301375f93016001019283525090949350505050565b604081525f6110b96040830185610dc2565b905063ffffffff831660208301529392505050565b5f63ffffffff821663ffffffff81036110f557634e487b7160e01b5f52601160045260245ffd5b60010192915050565b80356001600160601b0381168114610cfa575f5ffd5b5f60208284031215611124575f5ffd5b610d18826110fe565b634e487b7160e01b5f52604160045260245ffd5b803560ff81168114610cfa575f5ffd5b5f60a0828403128015611162575f5ffd5b5060405160a0810167ffffffffffffffff811182821017156111865761118661112d565b60405261119283611141565b81526111a060208401610ce7565b60208201526111b160408401610ce7565b60408201526111c260608401610ce7565b60608201526111d360808401610ce7565b60808201529392505050565b601f82111561122657805f5260205f20601f840160051c810160208510156112045750805b601f840160051c820191505b81811015611223575f8155600101611210565b50505b505050565b815167ffffffffffffffff8111156112455761124561112d565b611259816112538454610fd2565b846111df565b6020601f82116001811461128b575f83156112745750848201515b5f19600385901b1c1916600184901b178455611223565b5f84815260208120601f198516915b828110156112ba578785015182556020948501946001909201910161129a565b50848210156112d757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b67ffffffffffffffff8311156112fe576112fe61112d565b6113128361130c8354610fd2565b836111df565b5f601f841160018114611343575f851561132c5750838201355b5f19600387901b1c1916600186901b178355611223565b5f83815260208120601f198716915b828110156113725786850135825560209485019460019092019101611352565b508682101561138e575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f5f8335601e198436030181126113b5575f5ffd5b830160208101925035905067ffffffffffffffff8111156113d4575f5ffd5b803603821315610d5d575f5ffd5b60ff6113ed82611141565b16825263ffffffff61140160208301610ce7565b16602083015263ffffffff61141860408301610ce7565b16604083015263ffffffff61142f60608301610ce7565b16606083015263ffffffff61144660808301610ce7565b1660808301525050565b602081525f61145f83846113a0565b61018060208501526114766101a085018284610f7f565b91505061148660208501856113a0565b848303601f1901604086015261149d838284610f7f565b925050505f60408501359050806060850152506114bd60608501856113a0565b848303601f190160808601526114d4838284610f7f565b925050506114e860a08401608086016113e2565b6114f56101208501610ce7565b63ffffffff8116610140850152506115116101408501856113a0565b848303601f1901610160860152611529838284610f7f565b9250505061153a61016085016110fe565b6001600160601b038116610180850152509392505050565b602081525f610c58602083018486610f7f565b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081e000a",
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

// PackJobFloor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bf96c8b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function jobFloor(uint32 moduleId) view returns(uint136, uint32)
func (moduleRegistry *ModuleRegistry) PackJobFloor(moduleId uint32) []byte {
	enc, err := moduleRegistry.abi.Pack("jobFloor", moduleId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJobFloor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bf96c8b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function jobFloor(uint32 moduleId) view returns(uint136, uint32)
func (moduleRegistry *ModuleRegistry) TryPackJobFloor(moduleId uint32) ([]byte, error) {
	return moduleRegistry.abi.Pack("jobFloor", moduleId)
}

// JobFloorOutput serves as a container for the return parameters of contract
// method JobFloor.
type JobFloorOutput struct {
	Arg0 *big.Int
	Arg1 uint32
}

// UnpackJobFloor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bf96c8b.
//
// Solidity: function jobFloor(uint32 moduleId) view returns(uint136, uint32)
func (moduleRegistry *ModuleRegistry) UnpackJobFloor(data []byte) (JobFloorOutput, error) {
	out, err := moduleRegistry.abi.Unpack("jobFloor", data)
	outstruct := new(JobFloorOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint32)).(*uint32)
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
	if bytes.Equal(raw[:4], moduleRegistry.abi.Errors["ModuleResourcesZero"].ID.Bytes()[:4]) {
		return moduleRegistry.UnpackModuleResourcesZeroError(raw[4:])
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

// ModuleRegistryModuleResourcesZero represents a ModuleResourcesZero error raised by the ModuleRegistry contract.
type ModuleRegistryModuleResourcesZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleResourcesZero()
func ModuleRegistryModuleResourcesZeroErrorID() common.Hash {
	return common.HexToHash("0x420152f47974047df5854e04b41c6a2b1094521e3dc96c2cde675a655bdb54c0")
}

// UnpackModuleResourcesZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleResourcesZero()
func (moduleRegistry *ModuleRegistry) UnpackModuleResourcesZeroError(raw []byte) (*ModuleRegistryModuleResourcesZero, error) {
	out := new(ModuleRegistryModuleResourcesZero)
	if err := moduleRegistry.abi.UnpackIntoInterface(out, "ModuleResourcesZero", raw); err != nil {
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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModuleRegistry\",\"name\":\"moduleRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"governance\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"collateralBps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"bountyBps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"clientJobLifetime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxCallbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRunTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"fetchWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"nativeMediatorFee\",\"type\":\"uint96\"}],\"internalType\":\"structIPondMarket.Params\",\"name\":\"p\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"minBond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"exitDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"commitWindow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revealWindow\",\"type\":\"uint256\"}],\"internalType\":\"structIMediatorRegistry.Config\",\"name\":\"mediation\",\"type\":\"tuple\"},{\"internalType\":\"contractPondMarketExtension\",\"name\":\"extension_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MEDIATOR_FEE_RANGE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"abandonJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"baseMediatorFee\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"cancelJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"resultCid\",\"type\":\"string\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"clientTerms\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"deliveryFee\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"notifyFailure\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"committeeUsable\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"name\":\"configureToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultCommittee\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"extension\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"resultCid\",\"type\":\"string\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms[]\",\"name\":\"\",\"type\":\"tuple[]\"},{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"name\":\"finalizeJobs\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"\",\"type\":\"bool[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"offerId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"callbackPending\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"termsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structIPondMarket.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"getOffer\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"anyModule\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"acceptsDefaultCommittee\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"trustedCommitteeId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minRunTime\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"available\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.Offer\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"hashTerms\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jobCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"matchJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"matchJobs\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"\",\"type\":\"bool[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"mediators\",\"outputs\":[{\"internalType\":\"contractIMediatorRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modules\",\"outputs\":[{\"internalType\":\"contractIModuleRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"offerAllowsModule\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"collateralBps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"bountyBps\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"challengeWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"clientJobLifetime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxCallbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRunTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"fetchWindow\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"nativeMediatorFee\",\"type\":\"uint96\"}],\"internalType\":\"structIPondMarket.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"pendingResult\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"inputs\",\"type\":\"string\"}],\"internalType\":\"structIPondMarket.JobRequest\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"postJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"inputs\",\"type\":\"string\"}],\"internalType\":\"structIPondMarket.JobRequest[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"name\":\"postJobs\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"capacity\",\"type\":\"tuple\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"anyModule\",\"type\":\"bool\"},{\"internalType\":\"uint32[]\",\"name\":\"modules\",\"type\":\"uint32[]\"},{\"internalType\":\"bool\",\"name\":\"acceptsDefaultCommittee\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"trustedCommitteeId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minRunTime\",\"type\":\"uint32\"}],\"internalType\":\"structIPondMarket.OfferRequest\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"postOffer\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"quote\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deliveryFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deliveryGasPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"internalType\":\"structIPondMarket.Quote\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"string\",\"name\":\"resultCid\",\"type\":\"string\"}],\"name\":\"resolveChallenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"retryCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deliveryGasPrice\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"notifyFailure\",\"type\":\"bool\"}],\"internalType\":\"structIPondMarket.ClientOptions\",\"name\":\"\",\"type\":\"tuple\"}],\"name\":\"runModule\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"}],\"name\":\"runModuleWithDefaultMediators\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"setDefaultCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"resultCid\",\"type\":\"string\"}],\"name\":\"submitResult\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"string[]\",\"name\":\"\",\"type\":\"string[]\"}],\"name\":\"submitResults\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"\",\"type\":\"bool[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"timeoutJob\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"tokenIndex\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"index\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"usable\",\"type\":\"bool\"}],\"name\":\"updateCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"\",\"type\":\"uint40\"}],\"name\":\"updateOffer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"withdrawOffer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"BatchItemFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deliveryGasPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"baseFee\",\"type\":\"uint256\"}],\"name\":\"CallbackDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"CallbackDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"CallbackFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deliveryFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"notifyFailure\",\"type\":\"bool\"}],\"name\":\"ClientJobPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"}],\"name\":\"DefaultCommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DeliveryFeePaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"deadline\",\"type\":\"uint40\"}],\"name\":\"JobAbandoned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"revealDeadline\",\"type\":\"uint40\"}],\"name\":\"JobChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"runDeadline\",\"type\":\"uint40\"}],\"name\":\"JobMatched\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"inputs\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structIPondMarket.JobRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"}],\"name\":\"JobPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumRefundReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"JobRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toProvider\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toCreator\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"toChallenger\",\"type\":\"uint256\"}],\"name\":\"JobSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mediator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"MediatorPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structResources\",\"name\":\"capacity\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"anyModule\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"modules\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"acceptsDefaultCommittee\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"trustedCommitteeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minRunTime\",\"type\":\"uint32\"}],\"name\":\"OfferPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"}],\"name\":\"OfferUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RefundHeld\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"cid\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"challengeDeadline\",\"type\":\"uint40\"}],\"name\":\"ResultSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"SolverPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"tokenIndex\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"}],\"name\":\"TokenConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AmountZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ids\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"others\",\"type\":\"uint256\"}],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BatchOutOfGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"callbackGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxCallbackGasLimit\",\"type\":\"uint256\"}],\"name\":\"CallbackGasLimitTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"CallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"CapacityExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CapacityZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"collateral\",\"type\":\"uint256\"}],\"name\":\"CollateralInsufficient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"CommitteeNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"CommitteeNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"CommitteeNotUsable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"ExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"extension\",\"type\":\"address\"}],\"name\":\"ExtensionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"FetchWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"JobExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"JobNotChallenged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"JobNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"JobNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"JobNotMatched\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"JobNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"enumJobStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"JobNotSubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"MediatorFeeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"ModuleNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"ModuleNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"NoCallbackPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDefaultCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotJobCreator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMediatorRegistry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOfferProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProvider\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OfferLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"parameter\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ParamInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"askPrice\",\"type\":\"uint256\"}],\"name\":\"PriceBelowAsk\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PriceTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PriceZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecipientZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"RefundGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"ResourcesBelowModule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ResultCidInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RunDeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"RunDeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"moduleRunTime\",\"type\":\"uint32\"}],\"name\":\"RunTimeBelowModule\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minRunTime\",\"type\":\"uint32\"}],\"name\":\"RunTimeBelowOffer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRunTime\",\"type\":\"uint32\"}],\"name\":\"RunTimeInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"TermsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"TokenMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"ValueMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"least\",\"type\":\"uint256\"}],\"name\":\"ValueTooSmall\",\"type\":\"error\"}]",
	ID:  "3a0ae2238db074cafe25213e111d52a784",
	Bin: "0x6101e0604052348015610010575f5ffd5b5060405161b53f38038061b53f83398101604081905261002f916107ec565b84836060015163ffffffff16846080015163ffffffff168560a0015163ffffffff168660c00151885f6001600160a01b0316816001600160a01b03160361009057604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61009981610647565b506001600160a01b0390941660805260a09290925260c05260e05263ffffffff9081166101005260408051808201909152600d81526c636f6c6c61746572616c42707360981b602082015284516100f79216612710620186a0610663565b61013660405180604001604052806009815260200168626f756e747942707360b81b815250846020015163ffffffff165f61271061066360201b60201c565b604080518082018252600f81526e6368616c6c656e676557696e646f7760881b602082015290840151610175919063ffffffff16600162278d00610663565b6101be60405180604001604052806011815260200170636c69656e744a6f624c69666574696d6560781b815250846060015163ffffffff16600162278d0061066360201b60201c565b6102156040518060400160405280601381526020017f6d617843616c6c6261636b4761734c696d6974000000000000000000000000008152508460a0015163ffffffff166207a1206298968061066360201b60201c565b6102666040518060400160405280601081526020016f18d85b1b189858dad1d85cd31a5b5a5d60821b815250846080015163ffffffff166207a1208660a0015163ffffffff1661066360201b60201c565b6102a86040518060400160405280600a8152602001696d617852756e54696d6560b01b8152508460c0015163ffffffff16600162278d0061066360201b60201c565b6102eb6040518060400160405280600b81526020016a666574636857696e646f7760a81b8152508460e0015163ffffffff16600162278d0061066360201b60201c565b6040805180820190915260118152706e61746976654d65646961746f7246656560781b602082015261010084015161034091906001600160601b0316600161033b600a6001600160581b03610900565b610663565b81836040015163ffffffff168460c0015163ffffffff16610361919061091f565b60405161036d906106e7565b825181526020808401519082015260408084015190820152606080840151908201526080928301519281019290925260a082015260c001604051809103905ff0801580156103bd573d5f5f3e3d5ffd5b506001600160a01b039081166101205260608481015160808087015160a08089015160c0808b015160408051998f1660208b015263ffffffff978816908a01529386169688019690965284169286019290925291909116908301525f910160405160208183030381529060405280519060200120905080826001600160a01b031663e1f1176d6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610470573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104949190610944565b146104bd576040516315e0867760e11b81526001600160a01b0383166004820152602401610087565b6001600160a01b038281166101c052845163ffffffff9081166101405260208087015182166101605260408088015183166101805260e08801519092166101a05261010087015182516060810184525f80825260018285018181526001600160581b038086168589018181528580526003895295517f3617319a054d772f909f7c479a2cebe5066e836a939412e32403c99029b92eff805494519751909316600160a81b026001600160a81b03971515600160a01b026001600160a81b031990951691909b1617929092179490941697909717909255600484527f17ef568e3e12ab5b9c7254a8d58478811de00f9e6eb34345acd53bf8fd09d3ec80546001600160581b0319168717905560028054600160981b880265ffffffffff0160601b600160f01b031990911617720100000000000100000000000000000000000017905584519182529281019490945292909182917f725e1ed776e0b247abcf2c878f1e9824b6cb955e6b5a613d73c824ea58396dcb910160405180910390a350505050505050610997565b600180546001600160a01b031916905561066081610698565b50565b8183108061067057508083115b1561069257838360405163107667e360e01b815260040161008792919061095b565b50505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b614b87806169b883390190565b6001600160a01b0381168114610660575f5ffd5b60405161012081016001600160401b038111828210171561073757634e487b7160e01b5f52604160045260245ffd5b60405290565b805163ffffffff81168114610750575f5ffd5b919050565b80516001600160601b0381168114610750575f5ffd5b5f60a0828403121561077b575f5ffd5b60405160a081016001600160401b03811182821017156107a957634e487b7160e01b5f52604160045260245ffd5b604090815283518252602080850151908301528381015190820152606080840151908201526080928301519281019290925250919050565b8051610750816106f4565b5f5f5f5f5f858703610220811215610802575f5ffd5b865161080d816106f4565b602088015190965061081e816106f4565b9450610120603f1982011215610832575f5ffd5b5061083b610708565b6108476040880161073d565b81526108556060880161073d565b60208201526108666080880161073d565b604082015261087760a0880161073d565b606082015261088860c0880161073d565b608082015261089960e0880161073d565b60a08201526108ab610100880161073d565b60c08201526108bd610120880161073d565b60e08201526108cf6101408801610755565b61010082015292506108e587610160880161076b565b91506108f461020087016107e1565b90509295509295909350565b5f8261091a57634e487b7160e01b5f52601260045260245ffd5b500490565b8082018082111561093e57634e487b7160e01b5f52601160045260245ffd5b92915050565b5f60208284031215610954575f5ffd5b5051919050565b604081525f83518060408401528060208601606085015e5f606082850101526060601f19601f8301168401019150508260208301529392505050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c051615f1c610a9c5f395f818161036e015281816131f001528181613b370152613f6b01525f81816109e9015261275501525f818161091f01526121c401525f81816108f301526143df01525f81816108ce01528181613c9f015261440401525f818161052f0152818161247001528181612bc40152818161402a015261415301525f81816109c101528181610e7701528181610ee301528181613e5e0152613ea801525f61099901525f8181610971015261374601525f81816109490152613f2601525f8181610b4c015281816134b20152613db30152615f1c5ff3fe60806040526004361061028b575f3560e01c80637ce7b17911610155578063b7953139116100be578063e30c397811610078578063e30c397814610a98578063eb8bad2e14610ab5578063ef1fc87514610ae1578063f2fde38b14610b00578063f7888aec14610b1f578063f7e80e9814610b3e575f5ffd5b8063b7953139146107fa578063b95ec17514610819578063bf22c45714610838578063cff0ab9614610864578063db63e52b14610a5f578063e1f232c814610a79575f5ffd5b80638da5cb5b1161010f5780638da5cb5b146106f157806392f0ce681461070d57806393f77559146107455780639613eba8146107645780639796090a14610777578063980971de1461078a575f5ffd5b80637ce7b179146106485780637f5d86b91461065b578063849183761461067a5780638610f0451461069457806388ecde08146106b35780638c0dd79a146106d2575f5ffd5b80634b4d697d116101f757806369328dec116101b157806369328dec146105845780636e26d25b1461059e5780636f313a18146105ca57806370710a6814610601578063715018a61461062057806379ba509714610634575f5ffd5b80634b4d697d1461049c5780634c5d8a0f146104bb5780635578648e146104d85780635715cfb21461051e5780635ed1c0451461055157806363bee91114610565575f5ffd5b80633bbe45a7116102485780633bbe45a7146103b9578063427f91a6146103d857806344ddb0d21461041f5780634579268a1461043e57806347e7ef241461046a57806349e429911461047d575f5ffd5b80630ede77ae1461028f5780631115c24d146102c45780631afc1032146102ef578063246a55211461033f5780632d5537b01461036057806333f3488b146103a6575b5f5ffd5b34801561029a575f5ffd5b506102ae6102a9366004614a99565b610b70565b6040516102bb9190614ade565b60405180910390f35b3480156102cf575f5ffd5b50600254600160401b900463ffffffff165b6040519081526020016102bb565b3480156102fa575f5ffd5b5061030e610309366004614a99565b610c0f565b604080516001600160a01b03909516855263ffffffff909316602085015291830152151560608201526080016102bb565b34801561034a575f5ffd5b5061035e610359366004614b07565b610ca1565b005b34801561036b575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016102bb565b6102e16103b4366004614b33565b610ddf565b3480156103c4575f5ffd5b5061035e6103d3366004614b86565b6111f6565b3480156103e3575f5ffd5b506103f76103f2366004614bc0565b611209565b6040805160ff909416845291151560208401526001600160601b0316908201526060016102bb565b34801561042a575f5ffd5b5061035e610439366004614bdb565b611277565b348015610449575f5ffd5b5061045d610458366004614a99565b6119d5565b6040516102bb9190614c5a565b61035e610478366004614d27565b611b6d565b348015610488575f5ffd5b5061035e610497366004614d8d565b611b75565b3480156104a7575f5ffd5b506102e16104b6366004614dcc565b611b82565b3480156104c6575f5ffd5b506002546001600160401b03166102e1565b3480156104e3575f5ffd5b5061050e6104f2366004614b86565b63ffffffff165f908152600c6020526040902054600116151590565b60405190151581526020016102bb565b348015610529575f5ffd5b5061038e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561055c575f5ffd5b506102e1600a81565b348015610570575f5ffd5b5061035e61057f366004614e0c565b611b90565b34801561058f575f5ffd5b5061035e610497366004614e47565b3480156105a9575f5ffd5b506105bd6105b8366004614ebb565b611b98565b6040516102bb9190614f25565b3480156105d5575f5ffd5b506105e96105e4366004614bc0565b611baa565b6040516001600160601b0390911681526020016102bb565b34801561060c575f5ffd5b506105bd61061b366004614faa565b611bd9565b34801561062b575f5ffd5b5061035e611bed565b34801561063f575f5ffd5b5061035e611c00565b6102e1610656366004615083565b611c41565b348015610666575f5ffd5b506102e16106753660046150e1565b611e40565b348015610685575f5ffd5b506105bd61061b3660046150fc565b34801561069f575f5ffd5b5061035e6106ae366004614a99565b6111fe565b3480156106be575f5ffd5b5061035e6106cd366004615186565b611e49565b3480156106dd575f5ffd5b5061035e6106ec3660046151c6565b61209e565b3480156106fc575f5ffd5b505f546001600160a01b031661038e565b348015610718575f5ffd5b5060025460408051600160681b830463ffffffff168152600160881b90920460ff166020830152016102bb565b348015610750575f5ffd5b5061035e61075f366004615186565b612286565b6102e161077236600461520d565b6123a3565b61035e610785366004615186565b6123b5565b348015610795575f5ffd5b506107a96107a4366004615296565b61264e565b6040516102bb91905f60c082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015263ffffffff60a08401511660a083015292915050565b348015610805575f5ffd5b5061035e610814366004614b07565b612696565b348015610824575f5ffd5b5061050e6108333660046152dd565b61292d565b348015610843575f5ffd5b50610857610852366004614a99565b612979565b6040516102bb9190615333565b34801561086f575f5ffd5b50610a5260408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081019190915250604080516101208101825263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000811682527f000000000000000000000000000000000000000000000000000000000000000081166020808401919091527f00000000000000000000000000000000000000000000000000000000000000008216938301939093527f0000000000000000000000000000000000000000000000000000000000000000811660608301527f0000000000000000000000000000000000000000000000000000000000000000811660808301527f0000000000000000000000000000000000000000000000000000000000000000811660a08301527f0000000000000000000000000000000000000000000000000000000000000000811660c08301527f00000000000000000000000000000000000000000000000000000000000000001660e08201525f805260039091527f3617319a054d772f909f7c479a2cebe5066e836a939412e32403c99029b92eff546001600160581b03600160a81b9091041661010082015290565b6040516102bb9190615416565b348015610a6a575f5ffd5b5061035e610497366004614bdb565b348015610a84575f5ffd5b5061035e610a933660046154f2565b612bb9565b348015610aa3575f5ffd5b506001546001600160a01b031661038e565b348015610ac0575f5ffd5b50610ad4610acf36600461552d565b612c67565b6040516102bb919061556b565b348015610aec575f5ffd5b5061035e610afb366004614b07565b612c71565b348015610b0b575f5ffd5b5061035e610b1a366004614bc0565b612dba565b348015610b2a575f5ffd5b506102e1610b393660046155a2565b612e2a565b348015610b49575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061038e565b5f818152600a60205260409020805460609190610b8c906155ce565b80601f0160208091040260200160405190810160405280929190818152602001828054610bb8906155ce565b8015610c035780601f10610bda57610100808354040283529160200191610c03565b820191905f5260205f20905b815481529060010190602001808311610be657829003601f168201915b50505050509050919050565b5f818152600d60209081526040808320815160608101835290546001600160a01b038116808352600160a01b820463ffffffff16948301859052600160c01b9091046001600160401b0316928201839052849384938493929190610c74908290612e96565b5f9889526007602090815260409099205492999198909750600160d01b9092049091161515945092505050565b610ca9612eaf565b5f82815260076020526040902060028154600160c81b900460ff166009811115610cd557610cd561530b565b14610d0c57805460405163165a31f360e01b8152610d03918591600160c81b90910460ff1690600401615600565b60405180910390fd5b8054600160a01b900464ffffffffff16421015610d5557805460405163a5b15dcf60e01b815260048101859052600160a01b90910464ffffffffff166024820152604401610d03565b610d6483826001015484612ee4565b5f610d7d610d786040850160208601614bc0565b612f0f565b9050610d8b84838584612f46565b5f610d968385612fe7565b9150610dd090508584868560095f87610db56060860160408701615614565b6001600160601b0316610dc89190615643565b5f60026130be565b505050610ddb6132ce565b5050565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101829052610e20610e1b6040850160208601614bc0565b6132f8565b6001600160581b031660608084019190915260ff9091168252610e4890840160408501615614565b6001600160601b03165f03610e7057604051637294708f60e11b815260040160405180910390fd5b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016610ea961014085016101208601614b86565b63ffffffff161115610f1257610ec761014084016101208501614b86565b604051636ba1c66160e01b815263ffffffff91821660048201527f00000000000000000000000000000000000000000000000000000000000000009091166024820152604401610d03565b42610f2561016085016101408601615656565b64ffffffffff1611610f6657610f4361016084016101408501615656565b604051632e06d23960e21b815264ffffffffff9091166004820152602401610d03565b610ff1610f766020850185614b86565b610f8861014086016101208701614b86565b610fec610f9d368890038801608089016156b5565b5f6068826080015163ffffffff16901b6048836060015163ffffffff16901b6028846040015163ffffffff16901b6008856020015163ffffffff16901b855f015160ff16171717179050919050565b61346f565b6001600160881b0316608082015261101961101461018085016101608601614b86565b613606565b60ff16604083015263ffffffff16602082015261104e604080516060810182525f808252602082018190529181019190915290565b5f6110616101a08601610180870161574c565b156110745761106e613716565b90925090505b82516110be90339061108c6080890160608a01615614565b6001600160601b03166110a560608a0160408b01615614565b6001600160601b03166110b89190615643565b846137ac565b60408301515f9060021b6103fc166110de6101a08801610180890161574c565b6110e8575f6110eb565b60015b1790506111616111496111046040890160208a01614bc0565b61111460608a0160408b01615614565b61112460808b0160608c01615614565b61113160208c018c614b86565b6111436101408d016101208e01614b86565b8a613862565b61115b61016089016101408a01615656565b83613919565b94506111706020870187614b86565b63ffffffff16336001600160a01b0316867f8633e94a7138c6ec9fc505c4f000674b904893f5fd4debe72b36a5fb73b3f06489886020015189604001518a606001516040516111c29493929190615848565b60405180910390a46111dc6101a08701610180880161574c565b156111ed576111ed85845f85613a57565b50505050919050565b6111fe613b09565b611206613b35565b50565b5f5f5f61121584613b73565b60ff8181165f90815260036020908152604091829020825160608101845290546001600160a01b0381168252600160a01b81049094161515918101829052600160a81b9093046001600160581b03169290910182905291969195509350915050565b5f838152600760209081526040808320815160c08101835281546001600160a01b0381168252600160a01b810464ffffffffff16948201949094529093929091849190830190600160c81b900460ff1660098111156112d8576112d861530b565b60098111156112e9576112e961530b565b81528154600160d01b810460ff166020830152600160d81b900463ffffffff166040820152600191820154606090910152909150816040015160098111156113335761133361530b565b1461135c57848160400151604051600162dae87360e01b03198152600401610d03929190615600565b806020015164ffffffffff16421061139d57602081015160405163010d86d160e11b81526004810187905264ffffffffff9091166024820152604401610d03565b6113ac858260a0015185612ee4565b5f8481526008602090815260409182902082516101008101845281546001600160a01b038116808352600160a01b820464ffffffffff1694830194909452600160c81b810460ff90811695830195909552600160d01b81049094166060820152600160d81b90930463ffffffff16608084015260018101546001600160601b03811660a0850152600160601b81046001600160881b031660c0850152600160e81b900462ffffff1660e0840152919061147b576040516307cddb9360e21b815260048101879052602401610d03565b806020015164ffffffffff1642106114a95760405163f270fad760e01b815260048101879052602401610d03565b5f6114bd610d786040880160208901614bc0565b90508060ff16826040015160ff16146114f357604051636dc2954760e11b81526004810189905260248101889052604401610d03565b60a08201516001600160601b03166115116060880160408901615614565b6001600160601b031610156115755787876115326060890160408a01615614565b60a0850151604051600162232f7b60e21b03198152600481019490945260248401929092526001600160601b039081166044840152166064820152608401610d03565b60608201516001161580156115be57505f878152600960205260408120906115a360a0890160808a01614b86565b63ffffffff16815260208101919091526040015f205460ff16155b156115fc57866115d460a0880160808901614b86565b604051631987c5c960e21b8152600481019290925263ffffffff166024820152604401610d03565b60e082015162ffffff1661161660c0880160a08901614b86565b63ffffffff16101561167357878761163460c0890160a08a01614b86565b60e08501516040516398899d2560e01b81526004810194909452602484019290925263ffffffff16604483015262ffffff166064820152608401610d03565b5f600c8161168760e08a0160c08b01614b86565b63ffffffff908116825260208201929092526040015f2054608085015160ff9091169250166116bc60e0890160c08a01614b86565b63ffffffff16141580156116e05750606083015160021615806116e0575060028116155b1561171e57876116f660e0890160c08a01614b86565b6040516336a15c3760e01b8152600481019290925263ffffffff166024820152604401610d03565b600181165f0361175a5761173860e0880160c08901614b86565b60405163e8b92b2360e01b815263ffffffff9091166004820152602401610d03565b5f611771610f9d368a90038a016101008b016156b5565b90506117938460c00151826001600160881b0316613bca90919063ffffffff16565b6117ba57604051636147b9c760e11b8152600481018b9052602481018a9052604401610d03565b5f61180a6117ce60608b0160408c01615614565b6001600160601b03166117e8896060015160021c60071690565b60ff166117fc6101008d0160e08e01615614565b6001600160601b0316613c8c565b85516001600160a01b03165f90815260066020908152604080832060ff89168452909152902054909150818110156118715785516040516301c07b5360e21b81526001600160a01b0390911660048201526024810182905260448101839052606401610d03565b61187b8282615980565b86516001600160a01b03165f90815260066020908152604080832060ff8a16845290915290205560c08601516118ba906001600160881b031684613cd8565b6001880180546001600160881b0392909216600160601b02600160601b600160e81b03199092169190911790555f6118f860c08c0160a08d01614b86565b6119089063ffffffff1642615643565b8a5463ffffffff8e16600160d81b0263ffffffff60d81b1964ffffffffff8416600160a01b8102919091166affffffff0000ffffffffff60a01b19600160c91b60ff60c81b1933908116600165ff000000000160a01b031990971696909617171617919091178d55895160408051938452602084018890528301919091529192506001600160a01b03909116908d908f907f72a0e284c98bc0c0ffb13b0d2c753e4d7a9d8a9329b10434bc157d723d970e479060600160405180910390a450505050505050505050505050565b6119dd6149ab565b5f8281526008602090815260409182902082516101008101845281546001600160a01b038116808352600160a01b820464ffffffffff1694830194909452600160c81b810460ff90811695830195909552600160d01b81049094166060820152600160d81b90930463ffffffff166080840152600101546001600160601b03811660a0840152600160601b81046001600160881b031660c0840152600160e81b900462ffffff1660e0830152611aa9576040516307cddb9360e21b815260048101849052602401610d03565b604080516101208101825282516001600160a01b03908116825260208085015164ffffffffff16818401528484015160ff165f90815260039091528390205416918101919091526060808301805160011615159183019190915251600216151560808083019190915282015163ffffffff1660a08083019190915260e08084015162ffffff1660c080850191909152918401516001600160601b031690830152820151610100820190611b64906001600160881b0316613ceb565b90529392505050565b610ddb613b35565b611b7d613b35565b505050565b5f611b8b613b35565b919050565b611b75613b09565b6060611ba2613b35565b949350505050565b5f60045f611bb784613b73565b60ff16815260208101919091526040015f20546001600160581b031692915050565b6060611be3613b35565b9695505050505050565b611bf5613b09565b611bfe5f613d35565b565b60015433906001600160a01b03168114611c385760405163118cdaa760e01b81526001600160a01b0382166004820152602401610d03565b61120681613d35565b5f5f5f611c4f87875f613d4e565b915091505f5f611c5d613716565b915091505f8185606001516001600160601b0316611c7b9190615643565b611c86906001615643565b905080341015611cb25760405163d01ab50b60e01b815234600482015260248101829052604401610d03565b5f8286606001516001600160601b031634611ccd9190615980565b611cd79190615980565b90506001600160601b03811115611d04576040516306d02d6760e11b815260048101829052602401610d03565b6001600160601b03811660408088019190915280516020601f8b01819004810282018101909252898152908a908a90819084018382808284375f9201829052506101208b019490945250506040513481523391507f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a35f600260ff16866040015160ff16901b6001179050611dc5611dba5f89604001518a606001518b5f01518c60a001518c613862565b8860c0015183613919565b9750865f015163ffffffff16336001600160a01b0316897f8633e94a7138c6ec9fc505c4f000674b904893f5fd4debe72b36a5fb73b3f0648a8a602001518b604001518c60600151604051611e1d9493929190615993565b60405180910390a4611e3188865f87613a57565b50505050505050949350505050565b5f611b8b613f69565b611e51612eaf565b5f84815260076020526040902060048154600160c81b900460ff166009811115611e7d57611e7d61530b565b14611eab57805460405163284ca56d60e11b8152610d03918791600160c81b90910460ff1690600401615600565b611eb88582868686613fa2565b5f611ecc610d786040870160208801614bc0565b90505f5f5f611edc898986613ffd565b9250925092505f611eed868a612fe7565b9150611f01905060608a0160408b01615614565b611f14906001600160601b031682615643565b86546001600160a01b0319811688559091506001600160a01b03166001856003811115611f4357611f4361530b565b03611f7257611f6d8b888c8c8c600589611f5d8c8b615643565b611f679190615980565b5f614223565b612089565b6002856003811115611f8657611f8661530b565b0361202a575f611fad611f9f60608d0160408e01615614565b6001600160601b03166143d9565b9050611fb98186615643565b6001600160a01b0383165f90815260066020908152604080832060ff8c16845290915281208054909190611fee908490615643565b9091555061202490508c898d8a60065f8a612009898c615980565b6120139190615980565b61201d898e615643565b60036130be565b50612089565b6120348385615980565b6001600160a01b0382165f90815260066020908152604080832060ff8b16845290915281208054909190612069908490615643565b9091555061208990508b888c8c8c6007886120848b8d615980565b614223565b505050505050506120986132ce565b50505050565b5f83815260076020526040902060028154600160c81b900460ff1660098111156120ca576120ca61530b565b146120f857805460405163165a31f360e01b8152610d03918691600160c81b90910460ff1690600401615600565b805463ffffffff600160d81b909104165f908152600860205260409020546001600160a01b0316331461214757604051632ad1e96b60e11b815260048101859052336024820152604401610d03565b8054600160a01b900464ffffffffff16421061218f57805460405163a42dd2bb60e01b815260048101869052600160a01b90910464ffffffffff166024820152604401610d03565b8180158061219d5750608081115b156121be576040516349a329d160e11b815260048101829052602401610d03565b5f6121e97f000000000000000000000000000000000000000000000000000000000000000042615643565b835464ffffffffff8216600160a01b0265ffffffffffff60a01b1990911617600360c81b17808555909150600160d01b9004600116156122385761223283600101548686614447565b60018401555b336001600160a01b0316867f86d14b0e384bb19dd77e8f60e0215a80c7ad2d921a85e5769c562baac723974587878560405161227693929190615a76565b60405180910390a3505050505050565b61228e612eaf565b5f84815260076020526040902060038154600160c81b900460ff1660098111156122ba576122ba61530b565b146122e85780546040516304f3c5b960e51b8152610d03918791600160c81b90910460ff1690600401615600565b8054600160a01b900464ffffffffff1642101561233157805460405163076f615b60e41b815260048101879052600160a01b90910464ffffffffff166024820152604401610d03565b61233e8582868686613fa2565b5f6123498286612fe7565b915061236b9050868387612366610d786040830160208401614bc0565b612f46565b61239986838787876005876123866060860160408701615614565b6001600160601b0316611f679190615643565b50506120986132ce565b5f6123ac613b35565b95945050505050565b5f84815260076020526040902060038154600160c81b900460ff1660098111156123e1576123e161530b565b1461240f5780546040516304f3c5b960e51b8152610d03918791600160c81b90910460ff1690600401615600565b8054600160a01b900464ffffffffff1642106124575780546040516348c3f48160e11b815260048101879052600160a01b90910464ffffffffff166024820152604401610d03565b6124648582868686613fa2565b5f806001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166339c08cbb886124a660e08a0160c08b01614b86565b6124b660c08b0160a08c01614b86565b6040516001600160e01b031960e086901b168152600481019390935263ffffffff918216602484015216604482015260640160408051808303815f875af1158015612503573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125279190615aa0565b915091505f8260ff165f1461253c578261254c565b8354600160d01b900460021c6007165b60ff16612560610100890160e08a01615614565b6001600160601b03166125739190615acd565b90505f612589610d7860408a0160208b01614bc0565b90506125973382845f6137ac565b6125a389868a84612f46565b84543360ff60c81b198116600165ff000000000160a01b031990921691909117600160ca1b1764ffffffffff60a01b1916600160a01b64ffffffffff861602178655897f175a33da26e8fb4fbce894fa6fba1409fc18a4ae57f9a63639c3028df015b92461261760e08c0160c08d01614b86565b6040805163ffffffff90921682526020820187905264ffffffffff88169082015260600160405180910390a3505050505050505050565b6126876040518060c001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f63ffffffff1681525090565b61268f613f69565b9392505050565b5f82815260076020526040902060028154600160c81b900460ff1660098111156126c2576126c261530b565b146126f057805460405163165a31f360e01b8152610d03918591600160c81b90910460ff1690600401615600565b6126ff83826001015484612ee4565b5f5f61270b8385612fe7565b90925090506001600160a01b038216331461274257604051632ad1e96b60e11b815260048101869052336024820152604401610d03565b8254600160a01b900464ffffffffff165f7f000000000000000000000000000000000000000000000000000000000000000061278460c0880160a08901614b86565b61279b9063ffffffff1664ffffffffff8516615980565b6127a59190615643565b90508164ffffffffff168111156127c0575064ffffffffff81165b8042106127ea576040516333b17e2960e21b81526004810188905260248101829052604401610d03565b8260065f866001600160a01b03166001600160a01b031681526020019081526020015f205f612825896020016020810190610d789190614bc0565b60ff1681526020019081526020015f205f8282546128439190615643565b90915550505f878152600e60205260408120549081900361287a575f888152600e6020526040902064ffffffffff841690556128ab565b808364ffffffffff1611156128ab57855464ffffffffff60a01b1916600160a01b64ffffffffff8316021786559150815b85547fff00000000ff00ffffffffff000000000000000000000000000000000000000016600160c81b1786556040805185815264ffffffffff851660208201526001600160a01b038716918a917f3462f2d264f4f40d47d3e9605b12c79255329d961e7b6f0abd3ea186bb3718de910160405180910390a35050505050505050565b5f82815260086020526040812054600160d01b900460011615158061297057505f83815260096020908152604080832063ffffffff8616845290915290205460ff165b90505b92915050565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525f828152600760209081526040808320815160c08101835281546001600160a01b0381168252600160a01b810464ffffffffff1694820194909452929091830190600160c81b900460ff166009811115612a2557612a2561530b565b6009811115612a3657612a3661530b565b81528154600160d01b810460ff166020830152600160d81b900463ffffffff16604082015260019091015460609091015290505f81604001516009811115612a8057612a8061530b565b03612aa1576040516350c83b9560e01b815260048101849052602401610d03565b60405180610140016040528082604001516009811115612ac357612ac361530b565b815260208381015164ffffffffff16818301526080808501805163ffffffff9081166040808701919091529151165f9081526008909352909120546001600160a01b0316606083015201600483604001516009811115612b2557612b2561530b565b14612b31578251612b33565b5f5b6001600160a01b03168152602001600483604001516009811115612b5957612b5961530b565b14612b64575f612b67565b82515b6001600160a01b03168152602001612b86836060015160021c60071690565b60ff1681526060808401805160011615156020840152516002161515604083015260a09093015192019190915292915050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614612c045760405163d34b4d6960e01b8152336004820152602401610d03565b63ffffffff83165f908152600c602052604090205460021681612c27575f612c2a565b60015b63ffffffff949094165f908152600c60205260409020805460ff191660ff60049590951b610ff01692909217909417929092169190911790915550565b6060612973613b35565b612c79612eaf565b5f82815260076020526040902060018154600160c81b900460ff166009811115612ca557612ca561530b565b14612cd6578054604051600162dae87360e01b03198152610d03918591600160c81b90910460ff1690600401615600565b612ce583826001015484612ee4565b8054600160a01b900464ffffffffff16421080159081612d235750612d0d6020840184614bc0565b6001600160a01b0316336001600160a01b031614155b15612d4a5760405163c04c33d560e01b815260048101859052336024820152604401610d03565b5f81612d56575f612d59565b60015b9050610dd0858486612d74610d786040830160208401614bc0565b60085f612d8760808c0160608d01615614565b6001600160601b0316612da060608d0160408e01615614565b6001600160601b0316612db39190615643565b5f896130be565b612dc2613b09565b600180546001600160a01b0383166001600160a01b03199091168117909155612df25f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6001600160a01b038082165f8181526005602090815260408083205460ff16808452600390925282205491939092911614612e68575f915050612973565b6001600160a01b0384165f90815260066020908152604080832060ff90941683529290522054905092915050565b5f81612ea5620249f085615643565b6129709190615acd565b612eb7614497565b611bfe60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906144d7565b612eed816144de565b8214611b7d57604051637b1cb83b60e01b815260048101849052602401610d03565b5f6001600160a01b03821615612f3f576001600160a01b0382165f9081526005602052604090205460ff16612973565b5f92915050565b5f612f576080840160608501615614565b6001600160601b03169050805f03612f6f5750612098565b83546001600160a01b03165f81815260066020908152604080832060ff8716845290915281208054849290612fa5908490615643565b90915550506040518281526001600160a01b0382169087907f3b84c81b6fb82229e0f6453fc6baede40d71508063ce9d6b8fe9cd8474778e4990602001612276565b8154600160d81b900463ffffffff165f908152600860205260408120819061303961301e610f9d36879003870161010088016156b5565b6001830154600160601b90046001600160881b0316906144f3565b6001820180546001600160881b0392909216600160601b02600160601b600160e81b031990921691909117905580546001600160a01b03166130b16130846060870160408801615614565b87546001600160601b039190911690600160d01b900460021c6007166117fc610100890160e08a01615614565b92509250505b9250929050565b87548590899060ff60c81b1916600160c81b8360098111156130e2576130e261530b565b02179055505f6130f56020890189614bc0565b6001600160a01b0381165f90815260066020908152604080832060ff8c16845290915281208054929350869290919061312f908490615643565b9091555086905060098111156131475761314761530b565b60408051878152602081018790529081018590528b907fa42a1ab8354b1b24a9c46f3813bc33ddee6e37255a5a6936e8969a1c47d5d5009060600160405180910390a3806001600160a01b03168a7fce5b9a7a7173562dcdebc533d8f42c5ee9e36a64616ef9e4554505aef026226186856040516131c6929190615af4565b60405180910390a38854600160d01b90046001165f036131ec57505f60018901556132c3565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168c848b8988604051602401613231959493929190615b08565b60408051601f198184030181529181526020820180516001600160e01b0316633442ea8360e11b179052516132669190615b3b565b5f60405180830381855af49150503d805f811461329e576040519150601f19603f3d011682016040523d82523d5f602084013e6132a3565b606091505b5091509150816132b557805160208201fd5b6132bf8b8b614506565b5050505b505050505050505050565b611bfe5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612ede565b5f806001600160a01b0383166133c3576040805160e0810182526002546001600160401b0381168252600160401b810463ffffffff9081166020840152600160601b820460ff90811694840194909452600160681b8204166060830152600160881b810483166080830152600160901b8104909216151560a08201819052600160981b9092046001600160581b031660c0820152906133b55760405163094403b760e41b81526001600160a01b0385166004820152602401610d03565b60c001515f94909350915050565b6001600160a01b038381165f8181526005602090815260408083205460ff908116808552600384529382902082516060810184529054968716808252600160a01b8804909216151593810193909352600160a81b9095046001600160581b0316908201529094509114158061343a57508060200151155b156134635760405163094403b760e41b81526001600160a01b0385166004820152602401610d03565b60400151919391925050565b63ffffffff83165f908152600b602052604081205480820361358557604051632bf96c8b60e01b815263ffffffff861660048201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690632bf96c8b906024016040805180830381865afa1580156134f6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061351a9190615b67565b915091508063ffffffff165f0361354c576040516370d105eb60e11b815263ffffffff88166004820152602401610d03565b63ffffffff87165f908152600b602052604090206001600160881b0390921663ffffffff60881b60889290921b91909116179081905590505b608881901c63ffffffff80821690861610156135c4576040516373565a2d60e01b815263ffffffff808716600483015282166024820152604401610d03565b6135d76001600160881b03851683614534565b6135fc57604051636539476560e01b815263ffffffff87166004820152602401610d03565b5091949350505050565b5f5f8263ffffffff165f036136cb576040805160e0810182526002546001600160401b038116825263ffffffff600160401b82048116602084015260ff600160601b8304811694840194909452600160681b82041660608301819052600160881b820484166080840152600160901b8204909316151560a08301526001600160581b03600160981b9091041660c0820152905f036136b75760405163026fdd7760e11b815260040160405180910390fd5b806060015181608001519250925050915091565b5063ffffffff82165f908152600c602052604081205460041c600f169081900361371057604051637b7eb96560e01b815263ffffffff84166004820152602401610d03565b91929050565b604080516060810182525f80825260208201819052918101919091526040805160608101825233815263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660208201525f9181016137776145ce565b6001600160401b031681525091506137a6826020015163ffffffff1683604001516001600160401b0316612e96565b90509091565b341561384c575f60ff8416156137c257816137cc565b6137cc8284615643565b90508034146137f757604051630626ade360e41b815234600482015260248101829052604401610d03565b6040513481525f906001600160a01b038716907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a79060200160405180910390a38360ff165f036138475750612098565b5f9150505b6138578484846145df565b612098845f836145df565b61386a6149ab565b604051806101200160405280336001600160a01b03168152602001886001600160a01b03168152602001876001600160601b03168152602001866001600160601b031681526020018563ffffffff1681526020018463ffffffff168152602001836020015163ffffffff16815260200183606001516001600160581b03166001600160601b0316815260200161390c84608001516001600160881b0316613ceb565b9052979650505050505050565b600280545f91908290613934906001600160401b0316615b91565b82546001600160401b039182166101009390930a83810292021916179091556040805160c0810182525f815264ffffffffff8616602082015291925081016001815260ff841660208201525f6040820152606001613991866146a2565b90525f82815260076020908152604091829020835181549285015164ffffffffff16600160a01b026001600160c81b03199093166001600160a01b039091161791909117808255918301519091829060ff60c81b1916600160c81b8360098111156139fe576139fe61530b565b021790555060608201518154608084015163ffffffff16600160d81b0263ffffffff60d81b1960ff909316600160d01b029290921664ffffffffff60d01b199091161717815560a0909101516001909101559392505050565b5f848152600d60209081526040918290208551815487840151888601516001600160a01b039093166001600160c01b03199092168217600160a01b63ffffffff909216918202176001600160c01b0316600160c01b6001600160401b039094169390930292909217909255835190815291820184905284151582840152915186917f7643668bafbed331ba3c9d1d667b3afde43509a1f6f7754d3316312f30104363919081900360600190a350505050565b5f546001600160a01b03163314611bfe5760405163118cdaa760e01b8152336004820152602401610d03565b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845af43d5f5f3e80613b6e573d5ffd5b503d5ff35b6001600160a01b038082165f8181526005602090815260408083205460ff1680845260039092529091205490921614611b8b5760405163094403b760e41b81526001600160a01b0383166004820152602401610d03565b5f6001600160881b0380841690831660ff8085169086161115613bf1575f92505050612973565b60ff821615801590613c165750600881901c63ffffffff16600883901c63ffffffff16115b15613c25575f92505050612973565b602881901c63ffffffff16602883901c63ffffffff161115613c4b575f92505050612973565b604881901c63ffffffff16604883901c63ffffffff161115613c71575f92505050612973565b63ffffffff606891821c81169290911c161115905092915050565b5f613c978284615acd565b612710613cc47f000000000000000000000000000000000000000000000000000000000000000087615acd565b613cce9190615bbb565b611ba29190615643565b5f61297064ffffffff0019831684615bda565b6040805160a08101825260ff8316815263ffffffff600884901c81166020830152602884901c811692820192909252604883901c8216606082015260689290921c16608082015290565b600180546001600160a01b0319169055611206816146d1565b613d56614a17565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152613d89836132f8565b6001600160581b0316606083015260ff16815260405163d495349f60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d495349f90613dea9088908890600401615bf9565b608060405180830381865afa158015613e05573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613e299190615c0c565b6001600160601b0316606086015263ffffffff90811660a086019081526001600160881b0390921660808501529182168452517f0000000000000000000000000000000000000000000000000000000000000000821691161115613ed75760a0820151604051636ba1c66160e01b815263ffffffff91821660048201527f00000000000000000000000000000000000000000000000000000000000000009091166024820152604401610d03565b613ee05f613606565b60ff16604083015263ffffffff166020808301919091526001600160a01b038416908301526080810151613f1c906001600160881b0316613ceb565b6080830152613f4b7f000000000000000000000000000000000000000000000000000000000000000042615643565b64ffffffffff1660c083015260016101008301529094909350915050565b7f0000000000000000000000000000000000000000000000000000000000000000365f80375f5f365f845afa3d5f5f3e80613b6e573d5ffd5b5f613fac846144de565b8554909150600160d01b900460011615613fce57613fcb818484614447565b90505b80856001015414613ff557604051637b1cb83b60e01b815260048101879052602401610d03565b505050505050565b5f808080614012610100870160e08801615614565b6001600160601b031690505f60606001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000166342dfe4428a61406060408c0160208d01614bc0565b6040516001600160e01b031960e085901b16815260048101929092526001600160a01b03166024820152604481018690526064015f604051808303815f875af11580156140af573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526140d69190810190615c64565b5f8c81526007602052604090208054939950919450925090600160a01b900464ffffffffff16156141075782614117565b8054600160d01b900460021c6007165b6141249060ff1685615acd565b95508151846141339190615acd565b9450845f0361414957505f935061421a92505050565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f90815260066020908152604080832060ff8c1684529091528120805487929061419e908490615643565b909155505f90505b8251811015614214578281815181106141c1576141c1615d41565b60200260200101516001600160a01b03168b7fc7240b999f4019c046b55f55ad2a05255d52c6eeb1b09c694f6233ab979e74948760405161420491815260200190565b60405180910390a36001016141a6565b50505050505b93509350939050565b86548390889060ff60c81b1916600160c81b8360098111156142475761424761530b565b02179055508654600160d81b900463ffffffff165f908152600860209081526040808320546001600160a01b031683526006825280832085939092909161429691610d78918c01908c01614bc0565b60ff1681526020019081526020015f205f8282546142b49190615643565b9091555083905060098111156142cc576142cc61530b565b604080518481525f602082015290810183905289907fa42a1ab8354b1b24a9c46f3813bc33ddee6e37255a5a6936e8969a1c47d5d5009060600160405180910390a38654600160d01b90046001165f0361432b575f60018801556143cf565b5f88868660405160240161434193929190615d55565b60408051601f19818403018152919052602080820180516001600160e01b0316633d24a1b160e11b1790529091506143a7908a908a90614383908b018b614bc0565b5f8d8152600d60205260409020548590600160a01b900463ffffffff166001614720565b6143c5575f898152600a602052604090206143c3868883615db9565b505b6132c38888614506565b5050505050505050565b5f6127107f0000000000000000000000000000000000000000000000000000000000000000816144297f000000000000000000000000000000000000000000000000000000000000000086615acd565b6144339190615bbb565b61443d9190615acd565b6129739190615bbb565b5f838383604051614459929190615e72565b6040519081900381206144789291602001918252602082015260400190565b6040516020818303038152906040528051906020012090509392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611bfe57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f6040516101a08382376101a0902092915050565b5f61297064ffffffff0019831684615e81565b8154600160d01b90046002165f03614522575f60018301555050565b61452b816144de565b60018301555050565b5f6001600160881b0380841690831660ff8085169086161080159061456d5750600881901c63ffffffff16600883901c63ffffffff1610155b801561458d5750602881901c63ffffffff16602883901c63ffffffff1610155b80156145ad5750604881901c63ffffffff16604883901c63ffffffff1610155b80156123ac575063ffffffff606891821c81169290911c1610159392505050565b5f6145da486002615acd565b905090565b805f036145eb57505050565b6001600160a01b0383165f90815260066020908152604080832060ff86168452909152902054818110156146675760ff83165f908152600360205260409081902054905163861da4bd60e01b81526001600160a01b03808716600483015290911660248201526044810182905260648101839052608401610d03565b6146718282615980565b6001600160a01b039094165f90815260066020908152604080832060ff909616835294905292909220929092555050565b5f816040516020016146b49190615ea0565b604051602081830303815290604052805190602001209050919050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f868152600d602052604081208054875460ff60d01b1981166002600160d01b9283900460ff1617909102178855600160c01b90046001600160401b03168380156147735750806001600160401b031648115b156147c557604080516001600160401b03831681524860208201528a917f3c14765d7b07095305d49feaae6317f52530d1a388578889ccc045d224d85df6910160405180910390a25f92505050611be3565b5f6201fbd06147d5603f88615bbb565b6147df9088615643565b6147e99190615643565b9050805a1015614818575a604051630c99e82d60e21b8152600481019190915260248101829052604401610d03565b6001600160401b038216156148625782546001600160c01b0316808455614862908b90339061485d90600160a01b900463ffffffff166001600160401b038716612e96565b61492f565b5f5f5f895160208b015f8d8cf1905080801561488757506001600160a01b0389163b15155b156148ea57895460ff60d01b198116600160d01b9182900460fd16909102178a556040516001600160a01b038a16908c907f2d2873d12542033435a0c7dfe7dbbb2a09abfe8285ba39d644cc4f9677c83f8b905f90a36001945050505050611be3565b6040516001600160a01b038a16908c907f2aa2f30cf59580d573e46b947814f9659bb093c7d40a744fd397ccee77911d4d905f90a3505f9a9950505050505050505050565b6001600160a01b0382165f90815260066020908152604080832083805290915281208054839290614961908490615643565b90915550506040518181526001600160a01b0383169084907fef9ce8338b87fff5d1cf0da0619b0ccb5953110a153e01d87ba8fd38cc9329b29060200160405180910390a3505050565b60408051610120810182525f80825260208083018290528284018290526060808401839052608080850184905260a080860185905260c0860185905260e08601859052865190810187528481529283018490529482018390528101829052928301529061010082015290565b60408051610140810182525f80825260208201819052918101829052606081019190915260808101614a6f6040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915290565b81525f60208201819052604082018190526060808301829052608083019190915260a09091015290565b5f60208284031215614aa9575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6129706020830184614ab0565b5f6101a08284031215614b01575f5ffd5b50919050565b5f5f6101c08385031215614b19575f5ffd5b82359150614b2a8460208501614af0565b90509250929050565b5f60208284031215614b43575f5ffd5b81356001600160401b03811115614b58575f5ffd5b82016101c0818503121561268f575f5ffd5b63ffffffff81168114611206575f5ffd5b8035611b8b81614b6a565b5f60208284031215614b96575f5ffd5b813561268f81614b6a565b6001600160a01b0381168114611206575f5ffd5b8035611b8b81614ba1565b5f60208284031215614bd0575f5ffd5b813561268f81614ba1565b5f5f5f6101e08486031215614bee575f5ffd5b8335925060208401359150614c068560408601614af0565b90509250925092565b60ff815116825263ffffffff602082015116602083015263ffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff60808201511660808301525050565b81516001600160a01b0316815260208083015164ffffffffff16908201526040808301516101a0830191614c98908401826001600160a01b03169052565b506060830151614cac606084018215159052565b506080830151614cc0608084018215159052565b5060a0830151614cd860a084018263ffffffff169052565b5060c0830151614cf060c084018263ffffffff169052565b5060e0830151614d0b60e08401826001600160601b03169052565b50610100830151614d20610100840182614c0f565b5092915050565b5f5f60408385031215614d38575f5ffd5b8235614d4381614ba1565b946020939093013593505050565b6001600160601b0381168114611206575f5ffd5b8035611b8b81614d51565b64ffffffffff81168114611206575f5ffd5b8035611b8b81614d70565b5f5f5f60608486031215614d9f575f5ffd5b833592506020840135614db181614d51565b91506040840135614dc181614d70565b809150509250925092565b5f60208284031215614ddc575f5ffd5b81356001600160401b03811115614df1575f5ffd5b611ba284828501614af0565b80358015158114611b8b575f5ffd5b5f5f5f60608486031215614e1e575f5ffd5b8335614e2981614ba1565b9250614e3760208501614dfd565b91506040840135614dc181614d51565b5f5f5f60608486031215614e59575f5ffd5b8335614e6481614ba1565b9250602084013591506040840135614dc181614ba1565b5f5f83601f840112614e8b575f5ffd5b5081356001600160401b03811115614ea1575f5ffd5b6020830191508360208260051b85010111156130b7575f5ffd5b5f5f5f5f60408587031215614ece575f5ffd5b84356001600160401b03811115614ee3575f5ffd5b614eef87828801614e7b565b90955093505060208501356001600160401b03811115614f0d575f5ffd5b614f1987828801614e7b565b95989497509550505050565b602080825282518282018190525f918401906040840190835b81811015614f5e5783511515835260209384019390920191600101614f3e565b509095945050505050565b5f5f83601f840112614f79575f5ffd5b5081356001600160401b03811115614f8f575f5ffd5b6020830191508360206101a0830285010111156130b7575f5ffd5b5f5f5f5f5f5f60608789031215614fbf575f5ffd5b86356001600160401b03811115614fd4575f5ffd5b614fe089828a01614e7b565b90975095505060208701356001600160401b03811115614ffe575f5ffd5b61500a89828a01614f69565b90955093505060408701356001600160401b03811115615028575f5ffd5b61503489828a01614e7b565b979a9699509497509295939492505050565b5f5f83601f840112615056575f5ffd5b5081356001600160401b0381111561506c575f5ffd5b6020830191508360208285010111156130b7575f5ffd5b5f5f5f5f60408587031215615096575f5ffd5b84356001600160401b038111156150ab575f5ffd5b6150b787828801615046565b90955093505060208501356001600160401b038111156150d5575f5ffd5b614f1987828801615046565b5f6101a082840312156150f2575f5ffd5b6129708383614af0565b5f5f5f5f5f5f60608789031215615111575f5ffd5b86356001600160401b03811115615126575f5ffd5b61513289828a01614e7b565b90975095505060208701356001600160401b03811115615150575f5ffd5b61515c89828a01614e7b565b90955093505060408701356001600160401b0381111561517a575f5ffd5b61503489828a01614f69565b5f5f5f5f6101e0858703121561519a575f5ffd5b843593506151ab8660208701614af0565b92506101c08501356001600160401b038111156150d5575f5ffd5b5f5f5f604084860312156151d8575f5ffd5b8335925060208401356001600160401b038111156151f4575f5ffd5b61520086828701615046565b9497909650939450505050565b5f5f5f5f5f858703610120811215615223575f5ffd5b86356001600160401b03811115615238575f5ffd5b61524489828a01615046565b90975095505060208701356001600160401b03811115615262575f5ffd5b61526e89828a01615046565b90955093505060e0603f1982011215615285575f5ffd5b506040860190509295509295909350565b5f5f5f604084860312156152a8575f5ffd5b83356001600160401b038111156152bd575f5ffd5b6152c986828701615046565b9094509250506020840135614dc181614b6a565b5f5f604083850312156152ee575f5ffd5b82359150602083013561530081614b6a565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b600a811061532f5761532f61530b565b9052565b5f6101408201905061534682845161531f565b602083015161535e602084018264ffffffffff169052565b506040830151615376604084018263ffffffff169052565b50606083015161539160608401826001600160a01b03169052565b5060808301516153ac60808401826001600160a01b03169052565b5060a08301516153c760a08401826001600160a01b03169052565b5060c08301516153dc60c084018260ff169052565b5060e08301516153f060e084018215159052565b5061010083015161540661010084018215159052565b5061012092830151919092015290565b5f6101208201905063ffffffff835116825263ffffffff6020840151166020830152604083015161544f604084018263ffffffff169052565b506060830151615467606084018263ffffffff169052565b50608083015161547f608084018263ffffffff169052565b5060a083015161549760a084018263ffffffff169052565b5060c08301516154af60c084018263ffffffff169052565b5060e08301516154c760e084018263ffffffff169052565b50610100830151614d206101008401826001600160601b03169052565b60ff81168114611206575f5ffd5b5f5f5f60608486031215615504575f5ffd5b833561550f81614b6a565b9250602084013561551f816154e4565b9150614c0660408501614dfd565b5f5f6020838503121561553e575f5ffd5b82356001600160401b03811115615553575f5ffd5b61555f85828601614e7b565b90969095509350505050565b602080825282518282018190525f918401906040840190835b81811015614f5e578351835260209384019390920191600101615584565b5f5f604083850312156155b3575f5ffd5b82356155be81614ba1565b9150602083013561530081614ba1565b600181811c908216806155e257607f821691505b602082108103614b0157634e487b7160e01b5f52602260045260245ffd5b8281526040810161268f602083018461531f565b5f60208284031215615624575f5ffd5b813561268f81614d51565b634e487b7160e01b5f52601160045260245ffd5b808201808211156129735761297361562f565b5f60208284031215615666575f5ffd5b813561268f81614d70565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156156ad576156ad615671565b604052919050565b5f60a08284031280156156c6575f5ffd5b5060405160a081016001600160401b03811182821017156156e9576156e9615671565b60405282356156f7816154e4565b8152602083013561570781614b6a565b6020820152604083013561571a81614b6a565b6040820152606083013561572d81614b6a565b6060820152608083013561574081614b6a565b60808201529392505050565b5f6020828403121561575c575f5ffd5b61297082614dfd565b8035615770816154e4565b60ff168252602081013561578381614b6a565b63ffffffff166020830152604081013561579c81614b6a565b63ffffffff16604083015260608101356157b581614b6a565b63ffffffff16606083015260808101356157ce81614b6a565b63ffffffff81166080840152505050565b5f5f8335601e198436030181126157f4575f5ffd5b83016020810192503590506001600160401b03811115615812575f5ffd5b8036038213156130b7575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b608081526158666080820161585c87614b7b565b63ffffffff169052565b5f61587360208701614bb5565b6001600160a01b031660a083015261588d60408701614d65565b6001600160601b031660c08301526158a760608701614d65565b6001600160601b031660e08301526158c6610100830160808801615765565b6158d36101208701614b7b565b63ffffffff166101a08301526158ec6101408701614d82565b64ffffffffff166101c08301526159066101608701614b7b565b63ffffffff166101e083015261591f6101808701614dfd565b15156102008301526159356101a08701876157df565b6101c061022085015261594d61024085018284615820565b92505050615963602083018663ffffffff169052565b60ff841660408301526001600160581b03831660608301526123ac565b818103818111156129735761297361562f565b608081526159aa60808201865163ffffffff169052565b5f60208601516159c560a08401826001600160a01b03169052565b5060408601516001600160601b0390811660c084015260608701511660e083015260808601516159f9610100840182614c0f565b5060a086015163ffffffff81166101a08401525060c086015164ffffffffff81166101c08401525060e086015163ffffffff81166101e084015250610100860151801515610200840152506101208601516101c0610220840152615a61610240840182614ab0565b915050615963602083018663ffffffff169052565b604081525f615a89604083018587615820565b905064ffffffffff83166020830152949350505050565b5f5f60408385031215615ab1575f5ffd5b8251615abc816154e4565b602084015190925061530081614d70565b80820281158282048414176129735761297361562f565b6004811061532f5761532f61530b565b8281526040810161268f6020830184615ae4565b8581526001600160a01b038516602082015260ff841660408201526060810183905260a08101611be36080830184615ae4565b5f82518060208501845e5f920191825250919050565b80516001600160881b0381168114611b8b575f5ffd5b5f5f60408385031215615b78575f5ffd5b615b8183615b51565b9150602083015161530081614b6a565b5f6001600160401b0382166001600160401b038103615bb257615bb261562f565b60010192915050565b5f82615bd557634e487b7160e01b5f52601260045260245ffd5b500490565b6001600160881b0382811682821603908111156129735761297361562f565b602081525f611ba2602083018486615820565b5f5f5f5f60808587031215615c1f575f5ffd5b8451615c2a81614b6a565b9350615c3860208601615b51565b92506040850151615c4881614b6a565b6060860151909250615c5981614d51565b939692955090935050565b5f5f5f60608486031215615c76575f5ffd5b835160048110615c84575f5ffd5b6020850151909350615c95816154e4565b60408501519092506001600160401b03811115615cb0575f5ffd5b8401601f81018613615cc0575f5ffd5b80516001600160401b03811115615cd957615cd9615671565b8060051b615ce960208201615685565b91825260208184018101929081019089841115615d04575f5ffd5b6020850194505b83851015615d325784519250615d2083614ba1565b82825260209485019490910190615d0b565b80955050505050509250925092565b634e487b7160e01b5f52603260045260245ffd5b838152604060208201525f6123ac604083018486615820565b601f821115611b7d57805f5260205f20601f840160051c81016020851015615d935750805b601f840160051c820191505b81811015615db2575f8155600101615d9f565b5050505050565b6001600160401b03831115615dd057615dd0615671565b615de483615dde83546155ce565b83615d6e565b5f601f841160018114615e15575f8515615dfe5750838201355b5f19600387901b1c1916600186901b178355615db2565b5f83815260208120601f198716915b82811015615e445786850135825560209485019460019092019101615e24565b5086821015615e60575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b818382375f9101908152919050565b6001600160881b0381811683821601908111156129735761297361562f565b81516001600160a01b039081168252602080840151909116908201526040808301516101a0830191615edc908401826001600160601b03169052565b506060830151615ef760608401826001600160601b03169052565b506080830151614cc0608084018263ffffffff16905256fea164736f6c634300081e000a610140604052348015610010575f5ffd5b50604051614b87380380614b8783398101604081905261002f9161023b565b81515f0361005b575f6040516307c85d8560e01b815260040161005291906102c7565b60405180910390fd5b60408201511580610070575081516040830151115b156100b75760408083015181516307c85d8560e01b81526004810192909252600b60448301526a1cdb185cda105b5bdd5b9d60aa1b60648301526024820152608401610052565b606082015115806100ce575062278d008260600151115b1561011a576060820151604080516307c85d8560e01b81526004810191909152600c60448201526b636f6d6d697457696e646f7760a01b60648201526024810191909152608401610052565b60808201511580610131575062278d008260800151115b1561017d576080820151604080516307c85d8560e01b81526004810191909152600c60448201526b72657665616c57696e646f7760a01b60648201526024810191909152608401610052565b808260200151108061019657506301e133808260200151115b156101df576020820151604080516307c85d8560e01b8152600481019190915260096044820152686578697444656c617960b81b60648201526024810191909152608401610052565b81516001600160501b03101561020b5781516040516307c85d8560e01b815261005291906004016102c7565b50336080908152815160a052602082015160c052604082015160e0526060820151610100520151610120526102fb565b5f5f82840360c081121561024d575f5ffd5b60a081121561025a575f5ffd5b5060405160a081016001600160401b038111828210171561028957634e487b7160e01b5f52604160045260245ffd5b604090815284518252602080860151908301528481015190820152606080850151908201526080808501519082015260a09093015192949293505050565b604081525f6102ed6040830160078152661b5a5b909bdb9960ca1b602082015260400190565b905082602083015292915050565b60805160a05160c05160e05161010051610120516147ce6103b95f395f81816105c2015261301501525f818161033f0152612fdf01525f8181610614015281816111ce015281816112bb015281816126ef01528181612c7b015281816139d60152613ca901525f81816102820152611ca701525f818161058f0152818161109101526110cc01525f818161054401528181610fd70152818161147e0152818161179a01528181611e7f0152818161284e0152612beb01526147ce5ff3fe6080604052600436106101c5575f3560e01c80637f8e3b4e116100f2578063a65c359a11610092578063d21af76811610062578063d21af768146107c1578063edb7b7fc146107dc578063ef815592146107fb578063f43cc7731461082f575f5ffd5b8063a65c359a14610655578063a9eb37ba14610681578063aa9ac0fa14610695578063b01eb660146107ad575f5ffd5b8063863d22c7116100cd578063863d22c7146105b1578063864ef3b0146105e45780638802834e146106035780639da6918014610636575f5ffd5b80637f8e3b4e1461051f57806380f5560514610533578063831518b71461057e575f5ffd5b806339c08cbb11610168578063566a7b0c11610138578063566a7b0c146103be57806373f42561146103ea57806378b224a1146103ff5780637bdd81141461041e575f5ffd5b806339c08cbb146102f0578063406990051461032e57806342dfe442146103615780635578648e1461038f575f5ffd5b80631aa3a008116101a35780631aa3a008146102695780632838863014610271578063289bfcf1146102b25780632af2cecc146102d1575f5ffd5b80630a03a3c0146101c95780630b05b14f14610214578063193a958214610235575b5f5ffd5b3480156101d4575f5ffd5b506101fd6101e3366004614038565b63ffffffff165f9081526006602052604090205460ff1690565b60405160ff90911681526020015b60405180910390f35b34801561021f575f5ffd5b5061023361022e36600461405f565b610844565b005b348015610240575f5ffd5b5061025461024f366004614092565b610b00565b60405163ffffffff909116815260200161020b565b610233611041565b34801561027c575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200161020b565b3480156102bd575f5ffd5b506102336102cc366004614038565b6112fe565b3480156102dc575f5ffd5b506102a46102eb366004614117565b611400565b3480156102fb575f5ffd5b5061030f61030a366004614148565b611471565b6040805160ff909316835264ffffffffff90911660208301520161020b565b348015610339575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b34801561036c575f5ffd5b5061038061037b366004614181565b61178b565b60405161020b93929190614216565b34801561039a575f5ffd5b506103ae6103a9366004614038565b6119ac565b604051901515815260200161020b565b3480156103c9575f5ffd5b506103dd6103d8366004614038565b611a0a565b60405161020b9190614249565b3480156103f5575f5ffd5b506102a460025481565b34801561040a575f5ffd5b50610233610419366004614038565b611b1f565b348015610429575f5ffd5b506105126104383660046142de565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506001600160a01b03165f90815260036020908152604091829020825160e08101845290546001600160501b038116825264ffffffffff600160501b8204169282019290925261ffff600160781b8304169281019290925260ff600160881b8204811615156060840152600160901b82041660808301526001600160481b03600160981b82041660a083015263ffffffff600160e01b9091041660c082015290565b60405161020b91906142f7565b34801561052a575f5ffd5b50610233611c38565b34801561053e575f5ffd5b506105667f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161020b565b348015610589575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b3480156105bc575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b3480156105ef575f5ffd5b506102a46105fe366004614117565b611d33565b34801561060e575f5ffd5b506102a47f000000000000000000000000000000000000000000000000000000000000000081565b348015610641575f5ffd5b5061023361065036600461437c565b611ede565b348015610660575f5ffd5b5061067461066f366004614038565b612026565b60405161020b919061439c565b34801561068c575f5ffd5b506102a4600881565b3480156106a0575f5ffd5b506107a06106af3660046143ae565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810191909152505f90815260096020908152604091829020825161012081018452905463ffffffff8116825264ffffffffff600160201b8204811693830193909352600160481b81049092169281019290925260ff600160701b820481166060840152600160781b820481166080840152600160801b8204811660a0840152600160881b8204811660c0840152600160901b8204811660e0840152600160981b90910416151561010082015290565b60405161020b91906143c5565b3480156107b8575f5ffd5b50610233612096565b3480156107cc575f5ffd5b505f546102549063ffffffff1681565b3480156107e7575f5ffd5b506102a46107f636600461447f565b61237e565b348015610806575f5ffd5b5061081a610815366004614038565b6123b7565b6040805192835260208301919091520161020b565b34801561083a575f5ffd5b506102a460015481565b5f8381526009602052604090208054600160981b900460ff16610882576040516338dd495760e21b8152600481018590526024015b60405180910390fd5b8054600160201b900464ffffffffff16421080156108b557508054600160781b810460ff908116600160701b9092041614155b156108d65760405163c9204faf60e01b815260048101859052602401610879565b8054600160481b900464ffffffffff16421061090857604051630ddfee6160e21b815260048101859052602401610879565b5f83600381111561091b5761091b6141a3565b0361093957604051630bc3b26b60e01b815260040160405180910390fd5b5f5f610946868433612444565b84549193509150600160781b9004821660ff165f036109815760405163809c4a1160e01b815260048101879052336024820152604401610879565b8254600160801b9004821660ff16156109b65760405163619cd47560e11b815260048101879052336024820152604401610879565b6109c28633878761237e565b5f878152600a6020908152604080832085845290915290205414610a0257604051631ee8b01f60e11b815260048101879052336024820152604401610879565b5f868152600a60209081526040808320848452909152812055825460ff808416600160801b80840492909216170260ff60801b199091161783556001856003811115610a5057610a506141a3565b03610a7b57825460ff808416600160881b80840492909216170260ff60881b19909116178355610ab6565b6002856003811115610a8f57610a8f6141a3565b03610ab657825460ff808416600160901b80840492909216170260ff60901b199091161783555b336001600160a01b0316867ffb0a2a4b906424480a54d601db26ad920592115a97358d199495345723df34cb87604051610af091906144c0565b60405180910390a3505050505050565b5f81801580610b0f5750600581115b80610b225750610b206002826144e7565b155b15610b435760405163651573e160e01b815260048101829052602401610879565b5f5b81811015610cf1578015801590610bc457508484610b6460018461450e565b818110610b7357610b73614521565b9050602002016020810190610b8891906142de565b6001600160a01b0316858583818110610ba357610ba3614521565b9050602002016020810190610bb891906142de565b6001600160a01b031611155b15610be55760405163cd0405d960e01b815260048101829052602401610879565b5f60035f878785818110610bfb57610bfb614521565b9050602002016020810190610c1091906142de565b6001600160a01b0316815260208101919091526040015f208054909150600160881b900460ff16610c8757858583818110610c4d57610c4d614521565b9050602002016020810190610c6291906142de565b60405163bfc6c33760e01b81526001600160a01b039091166004820152602401610879565b8054600160501b900464ffffffffff1615610ce857858583818110610cae57610cae614521565b9050602002016020810190610cc391906142de565b604051632abd397760e11b81526001600160a01b039091166004820152602401610879565b50600101610b45565b505f8484604051602001610d06929190614535565b60408051601f1981840301815291815281516020928301205f818152600790935291205463ffffffff169350905082158015610e80575f80548190610d509063ffffffff1661457f565b825463ffffffff8083166101009490940a848102910219909116179092555f848152600760209081526040808320805463ffffffff1916851790559282526005905220909450610da1908787613f8b565b5063ffffffff84165f908152600660205260408120805460ff191660ff86161790555b83811015610e3457610dd78160016145a3565b63ffffffff86165f90815260086020526040812090898985818110610dfe57610dfe614521565b9050602002016020810190610e1391906142de565b6001600160a01b0316815260208101919091526040015f2055600101610dc4565b50336001600160a01b03168463ffffffff167ffaf289b9628df6574870dc5f68eaeac6a7553150a4a25b50757ac16972748d718888604051610e77929190614535565b60405180910390a35b5f5b83811015610f015733878783818110610e9d57610e9d614521565b9050602002016020810190610eb291906142de565b6001600160a01b031603610ef95763ffffffff85165f9081526006602052604081205461010090046001831b1660ff169003610ef457610ef4858284156124ce565b610f01565b600101610e82565b5080156110385763ffffffff84165f9081526006602090815260408083208151608081018352905460ff8082168352610100820481169483019490945262010000810484169282019290925263010000009091049091166060820152610f66906128b7565b90508015610fab576040516001815263ffffffff8616907f48381ef02b3ece00268e214a52c567d986151a8724cb0ec805b6b514d880bdd59060200160405180910390a25b604051631c3e465960e31b815263ffffffff8616600482015260ff8516602482015281151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e1f232c8906064015f604051808303815f87803b158015611020575f5ffd5b505af1158015611032573d5f5f3e3d5ffd5b50505050505b50505092915050565b335f9081526003602052604090208054600160501b900464ffffffffff161561107f57604051632abd397760e11b8152336004820152602401610879565b8054600160881b900460ff166111a1577f00000000000000000000000000000000000000000000000000000000000000003410156110f857604051639901e61160e01b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610879565b6001600160501b033411156111225760405163916a45f360e01b8152346004820152602401610879565b80546001600160501b033490811671ff00000000000000ffffffffffffffffffff1990921691909117600160881b178255600180545f906111649084906145a3565b909155505060405134815233907f25dc7d1fe59033f0b2e056dba57d1cfea9f5a9c8756d96b709edeb4ccaf82b2b9060200160405180910390a250565b345f036111ca57604051639901e61160e01b81525f600482015260016024820152604401610879565b80547f00000000000000000000000000000000000000000000000000000000000000006001600160501b0390911690811015905f9061120a9034906145a3565b90506001600160501b038111156112375760405163916a45f360e01b815260048101829052602401610879565b825469ffffffffffffffffffff19166001600160501b03821617835560018054829134915f906112689084906145a3565b9091555050604080513481526001600160501b038316602082015233917f7440189f48490fd194d6a8d8ed2edabc6fed0723bb82388831a8b131e1f8d86f910160405180910390a2821580156112e757507f0000000000000000000000000000000000000000000000000000000000000000816001600160501b031610155b156112f8576112f83360015f612928565b50505050565b63ffffffff81165f9081526006602052604081205460ff16900361133d57604051637b7eb96560e01b815263ffffffff82166004820152602401610879565b63ffffffff81165f9081526008602090815260408083203384529091528120549081900361138c5760405163c50a5eb160e01b815263ffffffff83166004820152336024820152604401610879565b61139760018261450e565b63ffffffff83165f908152600660205260409020546101009004600190911b1660ff16156113e657604051631817f30f60e31b815263ffffffff83166004820152336024820152604401610879565b6113fc826113f560018461450e565b60016124ce565b5050565b6001600160a01b038083165f908152600b60209081526040808320938516808452939091528120549091156114355780611467565b6001600160a01b0384165f9081526003602052604090205461146790600160981b90046001600160481b0316826145a3565b9150505b92915050565b5f80336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146114be5760405163bfae38b360e01b8152336004820152602401610879565b5f8581526009602052604090205463ffffffff16156114f357604051637697f10560e11b815260048101869052602401610879565b63ffffffff84165f908152600560205260408120549081900361153157604051637b7eb96560e01b815263ffffffff86166004820152602401610879565b5f5f5f5f61153f895f612c5f565b63ffffffff8d165f908152600c60205260408120949850929650909450925082611569575f61157c565b8154600160801b90046001600160801b03165b90508215806115a45750806001600160801b03166115998c612ddd565b6001600160801b0316145b80156115b657506115b6858589612f11565b156115d857846115c88d8d8d8a612f2f565b9850985050505050505050611783565b826115f157508054600160801b90046001600160801b03165b6115fc8b600161325b565b63ffffffff8b165f908152600d602090815260408083206001600160801b038516845290915290208c90556116328160016145b6565b82546001600160801b03918216600160801b0291161782556040805180820190915263ffffffff8b1681525f8054602083019190600490611683906001600160401b03600160201b909104166145d5565b82546001600160401b039182166101009390930a83810290830219909116179092559091525f8e8152600e602090815260408083208551815496840151909516600160201b026001600160601b031990961663ffffffff958616179590951790945560099052919091208054918d1663ffffffff19929092168217905582548d907f038711beb6aabb0570712aeab7cff37db7c34c01fd95f458d5f9bab2ddbfe55190611739906001600160801b0316856145f6565b6040516001600160801b03909116815260200160405180910390a381546001600160801b03828116911614611775576117718b613391565b5050505b5f5f98509850505050505050505b935093915050565b5f806060336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146117da5760405163bfae38b360e01b8152336004820152602401610879565b5f8681526009602052604090208054600160981b900460ff1661185b575f878152600e602052604081205463ffffffff16900361182d576040516338dd495760e21b815260048101889052602401610879565b805461184090889063ffffffff1661354d565b604080515f80825260208201909252935093509350506119a3565b6040805161012081018252825463ffffffff8116825264ffffffffff600160201b820481166020840152600160481b82041692820183905260ff600160701b820481166060840152600160781b820481166080840152600160801b8204811660a0840152600160881b8204811660c0840152600160901b8204811660e0840152600160981b90910416151561010082015290421080156119095750806060015160ff168160a0015160ff1614155b1561193d576040808201519051630c042a4b60e21b8152600481018a905264ffffffffff9091166024820152604401610879565b815460ff60981b191682555f806119548a84613659565b6060860151929950909350915061196a9061376c565b95505f6119838b855f0151866060015186868f8f61379b565b9096509050801561199d57835161199990613391565b5050505b50505050505b93509350939050565b63ffffffff81165f9081526006602090815260408083208151608081018352905460ff808216835261010082048116948301949094526201000081048416928201929092526301000000909104909116606082015261146b906128b7565b6040805160a08101825260608082525f602083018190529282018390528101829052608081019190915263ffffffff82165f8181526006602090815260408083208151608081018352905460ff808216835261010082048116838601526201000082048116838501526301000000909104166060820152938352600582529182902080548351818402810184019094528084529091830182828015611ad657602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611ab8575b505050918452505060208082015160ff9081169184019190915260408083015182169084015260608083015190911690830152611b12816128b7565b1515608083015250919050565b63ffffffff81165f908152600c60209081526040918290208251808401909352546001600160801b03808216808552600160801b9092041691830182905203611b83576040516301c95ca960e11b815263ffffffff83166004820152602401610879565b5f5f5f611b8f85613391565b92509250925082158015611bc45750835163ffffffff86165f908152600c60205260409020546001600160801b039081169116145b15611c315763ffffffff85165f90815260056020526040812054611be790613933565b90508583828460ff1611611bfb5782611c00565b8360ff165b60405163d388f8ef60e01b815263ffffffff909316600484015260ff90911660248301526044820152606401610879565b5050505050565b335f9081526003602052604090208054600160881b900460ff16611c715760405163bfc6c33760e01b8152336004820152602401610879565b8054600160501b900464ffffffffff1615611ca157604051632abd397760e11b8152336004820152602401610879565b5f611ccc7f0000000000000000000000000000000000000000000000000000000000000000426145a3565b825464ffffffffff60501b1916600160501b64ffffffffff831690810291909117845560405190815290915033907fd9217a461a0f7f84171a8866118c3d92e943ba7c1ba89b819371f729b5cabcbc9060200160405180910390a26113fc335f6001612928565b5f611d3c61394a565b50335f908152600b602090815260408083206001600160a01b03861684529091529020548015611d8a57335f908152600b602090815260408083206001600160a01b03871684529091528120555b6001600160a01b038316611dd957335f9081526003602052604090208054611dc290600160981b90046001600160481b0316836145a3565b815468ffffffffffffffffff60981b191690915590505b805f03611e0a57604051630ce7ea1160e11b81523360048201526001600160a01b0384166024820152604401610879565b604080518281526001600160a01b03848116602083015285169133917f78f09682cde704b5a985357582bedd812d5b9ecd6bf5a8e8732ddd83cfac3369910160405180910390a3604051631a4ca37b60e21b81526001600160a01b0384811660048301526024820183905283811660448301527f000000000000000000000000000000000000000000000000000000000000000016906369328dec906064015f604051808303815f87803b158015611ec0575f5ffd5b505af1158015611ed2573d5f5f3e3d5ffd5b5050505061146b61397f565b5f8281526009602052604090208054600160981b900460ff16611f17576040516338dd495760e21b815260048101849052602401610879565b8054600160201b900464ffffffffff164210611f49576040516372282ab960e11b815260048101849052602401610879565b81611f67576040516326fd599b60e11b815260040160405180910390fd5b5f5f611f74858433612444565b84549193509150600160781b9004821660ff1615611fae5760405163d42c398560e01b815260048101869052336024820152604401610879565b825460ff838116600160781b80840492909216170260ff60781b199091161783555f858152600a602090815260408083208484528252918290208690559051858152339187917f1f4e2aa7825ef02e85293e2de66cfbcb326af2632b558996e546bb1ef3e8764d910160405180910390a35050505050565b63ffffffff81165f9081526005602090815260409182902080548351818402810184019094528084526060939283018282801561208a57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161206c575b50505050509050919050565b61209e61394a565b335f90815260036020908152604091829020825160e08101845290546001600160501b0381168252600160501b810464ffffffffff1692820192909252600160781b820461ffff1692810192909252600160881b810460ff908116151560608401819052600160901b83049091166080840152600160981b82046001600160481b031660a0840152600160e01b90910463ffffffff1660c08301526121585760405163bfc6c33760e01b8152336004820152602401610879565b806020015164ffffffffff165f036121855760405163ccabe40d60e01b8152336004820152602401610879565b806020015164ffffffffff164210156121c65760208101516040516319584a9f60e11b815233600482015264ffffffffff9091166024820152604401610879565b5f8160c0015163ffffffff16826040015161ffff166121e591906145a3565b9050801561220f57604051632e84811160e21b815233600482015260248101829052604401610879565b335f9081526003602052604081205560a08201516001600160481b0316156122715760a0820151335f908152600b60209081526040808320838052909152812080546001600160481b039093169290919061226b9084906145a3565b90915550505b335f90815260046020526040812061228891613fec565b815f01516001600160501b031660015f8282546122a5919061450e565b909155505081516040516001600160501b03909116815233907f2c42ff1107de51d80ac7afa825657308c5688ba1ab6b6ebcd33d6ca5ac7061749060200160405180910390a281516040515f9133916001600160501b03909116908381818185875af1925050503d805f8114612336576040519150601f19603f3d011682016040523d82523d5f602084013e61233b565b606091505b5050905080612371578251604051630e21dcbb60e11b81523360048201526001600160501b039091166024820152604401610879565b50505061237c61397f565b565b5f848484846040516020016123969493929190614629565b6040516020818303038152906040528051906020012090505b949350505050565b63ffffffff81165f908152600c602090815260408083208151808301909252546001600160801b03808216808452600160801b90920416928201839052839261240091906145f6565b6001600160801b03169250821561243e5763ffffffff84165f908152600d6020908152604080832084516001600160801b0316845290915290205491505b50915091565b815463ffffffff165f9081526008602090815260408083206001600160a01b0385168452909152812054819080156124a35761248160018261450e565b85546001821b9450909250600160701b9004831660ff16156124a35750611783565b604051636fc842cf60e01b8152600481018790526001600160a01b0385166024820152604401610879565b335f9081526003602052604090208054600160881b900460ff166125075760405163bfc6c33760e01b8152336004820152602401610879565b8054600160501b900464ffffffffff161561253757604051632abd397760e11b8152336004820152602401610879565b80546008600160901b90910460ff161061256d576040516322ae752360e21b815233600482015260086024820152604401610879565b8054819060129061258790600160901b900460ff1661465a565b91906101000a81548160ff021916908360ff16021790555060045f336001600160a01b03166001600160a01b031681526020019081526020015f208360088663ffffffff1664ffffffffff16901b17908060018154018082558091505060019003905f5260205f2090600691828204019190066005029091909190916101000a81548164ffffffffff021916908364ffffffffff1602179055505f60065f8663ffffffff1663ffffffff1681526020019081526020015f2090505f6126c5826040518060800160405290815f82015f9054906101000a900460ff1660ff1660ff1681526020015f820160019054906101000a900460ff1660ff1660ff1681526020015f820160029054906101000a900460ff1660ff1660ff1681526020015f820160039054906101000a900460ff1660ff1660ff16815250506128b7565b825461ff001981166101009182900460ff90811660018a1b918216179092021784558454919250907f00000000000000000000000000000000000000000000000000000000000000006001600160501b039091161061273e57825460ff8083166201000080840492909216170262ff0000199091161783555b604051339063ffffffff8916907fd15495e016b51640fee02c7abfaa44c0f30c83c8ff75ac71051ffd6aa1512771905f90a38461277e5750505050505050565b60408051608081018252845460ff80821683526101008204811660208401526201000082048116938301939093526301000000900490911660608201525f906127c6906128b7565b9050821515811515036127dd575050505050505050565b8763ffffffff167f48381ef02b3ece00268e214a52c567d986151a8724cb0ec805b6b514d880bdd582604051612817911515815260200190565b60405180910390a28354604051631c3e465960e31b815263ffffffff8a16600482015260ff909116602482015281151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e1f232c8906064015f604051808303815f87803b158015612897575f5ffd5b505af11580156128a9573d5f5f3e3d5ffd5b505050505050505050505050565b5f5f6001835f015160ff166001901b6128d0919061450e565b835190915060ff16158015906128ef57508060ff16836020015160ff16145b80156129005750606083015160ff16155b80156129215750612921612917846040015161376c565b845160ff166139a9565b9392505050565b6001600160a01b0383165f90815260046020526040812080549091805b82811015612ac8575f84828154811061296057612960614521565b5f91825260208083206006808404909101549281900660050261010090810a909304600881901c63ffffffff16855290825260408085208151608081018352815460ff80821683529681048716958201959095526201000085048616928101929092526301000000909304909316606084015264ffffffffff16935091906129e7906128b7565b9050600160ff84161b8915612a1a57825460ff8083166201000080840492909216170262ff000019909116178355612a36565b82546201000080820483191660ff160262ff0000199091161783555b8815612a5e57825460ff808316630100000080840492909216170263ff000000199091161783555b60408051608081018252845460ff808216835261010082048116602084015262010000820481169383019390935263010000009004909116606082015282151590612aa8906128b7565b151514612ab957846001901b861795505b50505050806001019050612945565b505f5b82811015612c56576001811b821615612c4e575f6008858381548110612af357612af3614521565b5f91825260208083206006808404909101549281900660050261010090810a90930464ffffffffff1690941c63ffffffff8116845293815260408084208151608081018352815460ff808216835295810486169482019490945262010000840485169281019290925263010000009092049092166060830152929350612b78906128b7565b90508263ffffffff167f48381ef02b3ece00268e214a52c567d986151a8724cb0ec805b6b514d880bdd582604051612bb4911515815260200190565b60405180910390a28154604051631c3e465960e31b815263ffffffff8516600482015260ff909116602482015281151560448201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063e1f232c8906064015f604051808303815f87803b158015612c34575f5ffd5b505af1158015612c46573d5f5f3e3d5ffd5b505050505050505b600101612acb565b50505050505050565b63ffffffff82165f9081526005602052604081208190819081907f0000000000000000000000000000000000000000000000000000000000000000825b8254811015612dad575f60035f858481548110612cbb57612cbb614521565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805490915061ffff600160781b8204169063ffffffff600160e01b909104168015612d0857600196505b82546001600160501b03811690600160881b900460ff161580612d2a57508581105b15612d385750505050612da5565b612d418961465a565b985061ffff831480612d7e57508b15612d5a575f612d5c565b815b612d6690846145a3565b612d719060016145a3565b612d7b908761466f565b81105b15612d8c5750505050612da5565b6001851b9a909a1799612d9e8a61465a565b9950505050505b600101612c9c565b50828015612dbb5750600187115b15612dd257612dcc888888886139be565b90965094505b505092959194509250565b63ffffffff81165f908152600c6020526040812080546001600160801b0380821691600160801b90041683610100612e1584846145f6565b6001600160801b031611612e295781612e35565b612e35610100846145b6565b90505b806001600160801b0316836001600160801b0316108015612e8b575063ffffffff8087165f908152600d602090815260408083206001600160801b03881684528252808320548352600e90915290205416155b15612ecf5763ffffffff86165f908152600d602052604081209084612eaf81614686565b95506001600160801b031681526020019081526020015f205f9055612e38565b83546001600160801b03848116911614612f075783546001600160801b0319166001600160801b038416178455612f07868484613b20565b5090949350505050565b5f8260ff168460ff161480156123af57506123af8360ff16836139a9565b63ffffffff83165f908152600560205260408120815b8154811015612fd1576001811b841660ff1615612fc95760035f838381548110612f7157612f71614521565b5f9182526020808320909101546001600160a01b0316835282019290925260400190208054600f90612fae9061ffff600160781b909104166146a7565b91906101000a81548161ffff021916908361ffff1602179055505b600101612f45565b505f63ffffffff85166130047f0000000000000000000000000000000000000000000000000000000000000000426145a3565b61300e91906145a3565b90506130417f000000000000000000000000000000000000000000000000000000000000000064ffffffffff83166145a3565b92506040518061012001604052808763ffffffff1681526020018264ffffffffff1681526020018464ffffffffff1681526020018560ff1681526020015f60ff1681526020015f60ff1681526020015f60ff1681526020015f60ff1681526020016001151581525060095f8981526020019081526020015f205f820151815f015f6101000a81548163ffffffff021916908363ffffffff1602179055506020820151815f0160046101000a81548164ffffffffff021916908364ffffffffff1602179055506040820151815f0160096101000a81548164ffffffffff021916908364ffffffffff1602179055506060820151815f01600e6101000a81548160ff021916908360ff1602179055506080820151815f01600f6101000a81548160ff021916908360ff16021790555060a0820151815f0160106101000a81548160ff021916908360ff16021790555060c0820151815f0160116101000a81548160ff021916908360ff16021790555060e0820151815f0160126101000a81548160ff021916908360ff160217905550610100820151815f0160136101000a81548160ff0219169083151502179055509050508563ffffffff16877fb926df12201df8932350dcd82ecec5e8abb23a2f8e8d5b18a0abc297ad1108ed8684876040516132499392919060ff93909316835264ffffffffff918216602084015216604082015260600190565b60405180910390a35050949350505050565b63ffffffff82165f908152600560205260408120905b81548110156112f8575f60035f84848154811061329057613290614521565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805490915063ffffffff600160e01b909104168480156132d8575063ffffffff818116145b1561331b57855f6132ec8680549050613933565b60405163d388f8ef60e01b815263ffffffff909316600484015260248301919091526044820152606401610879565b84156133505761332c8160016146be565b825463ffffffff91909116600160e01b026001600160e01b03909116178255613387565b63ffffffff811615613387576133676001826146da565b825463ffffffff91909116600160e01b026001600160e01b039091161782555b5050600101613271565b63ffffffff81165f908152600c6020526040812081908190816133b386612ddd565b82549091506001600160801b03600160801b909104811690821610156135435763ffffffff8681165f908152600d602090815260408083206001600160801b0386168452825280832054808452600e8352818420825180840190935254948516808352600160201b9095046001600160401b0316928201929092529092909103613449575f5f5f96509650965050505050613546565b5f6134618983602001516001600160401b0316612c5f565b5063ffffffff8c165f90815260056020526040902054919950975090915061348c9088908890612f11565b9750871561353f576134a3838a845f015184612f2f565b5063ffffffff89165f908152600d602090815260408083206001600160801b03881684529091528120556134d88460016145b6565b85546001600160801b0319166001600160801b03919091161785555f838152600e6020526040812080546001600160601b0319169055613519908a9061325b565b61353f896135288660016145b6565b8754600160801b90046001600160801b0316613b20565b5050505b50505b9193909250565b5f5f61355a836001612c5f565b5063ffffffff86165f90815260056020526040902054909350613583925060ff841691506139a9565b156135b057604051633adb8cad60e21b81526004810185905263ffffffff84166024820152604401610879565b5f848152600e6020526040812080546001600160601b03191690556135d690849061325b565b6135df83612ddd565b5060405163ffffffff84169085907faf7c4a9a19b9166b77a874fd5cc0fc9a3ac845d52e768738c8837b1b33d0133a905f90a3837f8f31a91a0a69c76ab79ce9f5644fa07745f9c1a9a5fa32a8c7387b3bd98fd8ac60035f5f604051613647939291906146f6565b60405180910390a25060039392505050565b5f5f5f5f61366a8560c0015161376c565b90505f61367a8660e0015161376c565b865163ffffffff165f908152600560205260408120549192509061369d90613933565b90508660a001511987606001511693508083106136cd57600195508660c0015194508660e0015184179350613726565b8082106136ed57600295508660e0015194508660c0015184179350613726565b600395505f8760e001518860c001511790508161371082198a60a001511661376c565b101561371c5780613722565b8760a001515b9550505b877f8f31a91a0a69c76ab79ce9f5644fa07745f9c1a9a5fa32a8c7387b3bd98fd8ac87858560405161375a939291906146f6565b60405180910390a25050509250925092565b5f5b60ff8216156137965761378260018361471b565b9091169061378f81614734565b905061376e565b919050565b63ffffffff86165f908152600560205260408120606091906137bc8761376c565b6001600160401b038111156137d3576137d3614615565b6040519080825280602002602001820160405280156137fc578160200160208202803683370190505b5092505f805b8254811015613924576001811b60ff8b8216165f03613821575061391c565b5f84838154811061383457613834614521565b5f9182526020808320909101546001600160a01b0316808352600390915260409091208054919250908190600f906138779061ffff600160781b9091041661474c565b825461ffff9182166101009390930a9283029190920219909116179055805463ffffffff600160e01b90910416156138ae57600196505b60ff8c84161615613903578188866138c581614734565b9750815181106138d7576138d7614521565b60200260200101906001600160a01b031690816001600160a01b03168152505061390381838c8c613bdd565b60ff8b84161615613918576139188f83613c8c565b5050505b600101613802565b50505097509795505050505050565b5f61393f600283614768565b61146b9060016145a3565b613952613dbf565b61237c60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613dff565b61237c5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00613979565b5f6139b5600283614768565b90921192915050565b63ffffffff84165f90815260056020526040812081907f0000000000000000000000000000000000000000000000000000000000000000825b8254811015613b11576001811b60ff888216165f03613a165750613b09565b5f60035f868581548110613a2c57613a2c614521565b5f9182526020808320909101546001600160a01b031683528201929092526040019020805490915061ffff600160781b820416906001600160501b03811690613a839063ffffffff600160e01b90910416836145a3565b613a8d908761466f565b8110613a9c5750505050613b09565b613aed878681548110613ab157613ab1614521565b5f918252602090912001546001600160a01b03168e8e600186613ad48c88614768565b613ade919061450e565b613ae8919061450e565b613e06565b613b045783198b169a5089613b019061477b565b99505b505050505b6001016139f7565b50949793965092945050505050565b806001600160801b0316826001600160801b031610613b3e57505050565b63ffffffff8084165f908152600d602090815260408083206001600160801b03871684528252808320548352600e90915290208054909116156112f8575f8054600490613b9a90600160201b90046001600160401b03166145d5565b82546001600160401b039182166101009390930a83810292021916179091558154600160201b9091026bffffffffffffffff000000001990911617815550505050565b83545f90613bfc908390600160981b90046001600160481b03166145a3565b90506001600160a01b038316158015613c1c57506001600160481b038111155b15613c4a57845468ffffffffffffffffff60981b1916600160981b6001600160481b03831602178555611c31565b6001600160a01b038085165f908152600b6020908152604080832093871683529290529081208054849290613c809084906145a3565b90915550505050505050565b6001600160a01b0381165f908152600360205260408120805490917f0000000000000000000000000000000000000000000000000000000000000000916001600160501b031690828210613ce05782613ceb565b816001600160501b03165b9050805f03613cfc57505050505050565b613d06818361478d565b845469ffffffffffffffffffff19166001600160501b0391909116178455600280548291905f90613d389084906145a3565b90915550506040518181526001600160a01b0386169087907f4d00a4f016cf703b34789a425ee1af83e5f26adc7a670505b9fc50d47fa9a0619060200160405180910390a382826001600160501b031610158015613da7575082613da5826001600160501b03851661450e565b105b15613db757613db7855f5f612928565b505050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561237c57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6001600160a01b0384165f9081526004602052604081208054825b81811015613f7d575f6008848381548110613e3e57613e3e614521565b905f5260205f2090600691828204019190066005029054906101000a900464ffffffffff1664ffffffffff16901c90508763ffffffff168163ffffffff1603613e875750613f75565b63ffffffff81165f908152600c60209081526040918290208251808401909352546001600160801b03808216808552600160801b9092041691830182905203613ed1575050613f75565b63ffffffff8281165f908152600d6020908152604080832085516001600160801b031684528252808320548352600e825291829020825180840190935254928316808352600160201b9093046001600160401b031690820152901580613f4457508881602001516001600160401b031610155b15613f5157505050613f75565b875f03613f66575f96505050505050506123af565b613f6f886147ac565b97505050505b600101613e21565b506001979650505050505050565b828054828255905f5260205f20908101928215613fdc579160200282015b82811115613fdc5781546001600160a01b0319166001600160a01b03843516178255602090920191600190910190613fa9565b50613fe8929150614011565b5090565b5080545f825560050160069004905f5260205f209081019061400e9190614011565b50565b5b80821115613fe8575f8155600101614012565b803563ffffffff81168114613796575f5ffd5b5f60208284031215614048575f5ffd5b61292182614025565b803560048110613796575f5ffd5b5f5f5f60608486031215614071575f5ffd5b8335925061408160208501614051565b929592945050506040919091013590565b5f5f602083850312156140a3575f5ffd5b82356001600160401b038111156140b8575f5ffd5b8301601f810185136140c8575f5ffd5b80356001600160401b038111156140dd575f5ffd5b8560208260051b84010111156140f1575f5ffd5b6020919091019590945092505050565b80356001600160a01b0381168114613796575f5ffd5b5f5f60408385031215614128575f5ffd5b61413183614101565b915061413f60208401614101565b90509250929050565b5f5f5f6060848603121561415a575f5ffd5b8335925061416a60208501614025565b915061417860408501614025565b90509250925092565b5f5f5f60608486031215614193575f5ffd5b8335925061408160208501614101565b634e487b7160e01b5f52602160045260245ffd5b6004811061400e57634e487b7160e01b5f52602160045260245ffd5b5f8151808452602084019350602083015f5b8281101561420c5781516001600160a01b03168652602095860195909101906001016141e5565b5093949350505050565b61421f846141b7565b83815260ff83166020820152606060408201525f61424060608301846141d3565b95945050505050565b6020808252825160a083830152805160c084018190525f929190910190829060e08501905b808310156142995783516001600160a01b03168252602093840193600193909301929091019061426e565b50602086015160ff811660408701529250604086015160ff811660608701529250606086015160ff811660808701529250608086015180151560a08701529250614240565b5f602082840312156142ee575f5ffd5b61292182614101565b5f60e0820190506001600160501b03835116825264ffffffffff602084015116602083015261ffff604084015116604083015260608301511515606083015260ff608084015116608083015260a083015161435d60a08401826001600160481b03169052565b5060c083015161437560c084018263ffffffff169052565b5092915050565b5f5f6040838503121561438d575f5ffd5b50508035926020909101359150565b602081525f61292160208301846141d3565b5f602082840312156143be575f5ffd5b5035919050565b5f6101208201905063ffffffff835116825264ffffffffff60208401511660208301526040830151614400604084018264ffffffffff169052565b506060830151614415606084018260ff169052565b50608083015161442a608084018260ff169052565b5060a083015161443f60a084018260ff169052565b5060c083015161445460c084018260ff169052565b5060e083015161446960e084018260ff169052565b5061010083015161437561010084018215159052565b5f5f5f5f60808587031215614492575f5ffd5b843593506144a260208601614101565b92506144b060408601614051565b9396929550929360600135925050565b602081016144cd836141b7565b91905290565b634e487b7160e01b5f52601260045260245ffd5b5f826144f5576144f56144d3565b500690565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561146b5761146b6144fa565b634e487b7160e01b5f52603260045260245ffd5b602080825281018290525f8360408301825b85811015614575576001600160a01b0361456084614101565b16825260209283019290910190600101614547565b5095945050505050565b5f63ffffffff821663ffffffff810361459a5761459a6144fa565b60010192915050565b8082018082111561146b5761146b6144fa565b6001600160801b03818116838216019081111561146b5761146b6144fa565b5f6001600160401b0382166001600160401b03810361459a5761459a6144fa565b6001600160801b03828116828216039081111561146b5761146b6144fa565b634e487b7160e01b5f52604160045260245ffd5b8481526001600160a01b038416602082015260808101614648846141b7565b60408201939093526060015292915050565b5f60ff821660ff810361459a5761459a6144fa565b808202811582820484141761146b5761146b6144fa565b5f6001600160801b0382166001600160801b03810361459a5761459a6144fa565b5f61ffff821661ffff810361459a5761459a6144fa565b63ffffffff818116838216019081111561146b5761146b6144fa565b63ffffffff828116828216039081111561146b5761146b6144fa565b60608101614703856141b7565b93815260ff9283166020820152911660409091015290565b60ff828116828216039081111561146b5761146b6144fa565b5f60018201614745576147456144fa565b5060010190565b5f61ffff82168061475f5761475f6144fa565b5f190192915050565b5f82614776576147766144d3565b500490565b5f60ff82168061475f5761475f6144fa565b6001600160501b03828116828216039081111561146b5761146b6144fa565b5f816147ba576147ba6144fa565b505f19019056fea164736f6c634300081e000a",
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
// Solidity: constructor(address moduleRegistry, address governance, (uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint96) p, (uint256,uint256,uint256,uint256,uint256) mediation, address extension_) returns()
func (pondMarket *PondMarket) PackConstructor(moduleRegistry common.Address, governance common.Address, p IPondMarketParams, mediation IMediatorRegistryConfig, extension_ common.Address) []byte {
	enc, err := pondMarket.abi.Pack("", moduleRegistry, governance, p, mediation, extension_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMEDIATORFEERANGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ed1c045.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MEDIATOR_FEE_RANGE() view returns(uint256)
func (pondMarket *PondMarket) PackMEDIATORFEERANGE() []byte {
	enc, err := pondMarket.abi.Pack("MEDIATOR_FEE_RANGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMEDIATORFEERANGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ed1c045.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MEDIATOR_FEE_RANGE() view returns(uint256)
func (pondMarket *PondMarket) TryPackMEDIATORFEERANGE() ([]byte, error) {
	return pondMarket.abi.Pack("MEDIATOR_FEE_RANGE")
}

// UnpackMEDIATORFEERANGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ed1c045.
//
// Solidity: function MEDIATOR_FEE_RANGE() view returns(uint256)
func (pondMarket *PondMarket) UnpackMEDIATORFEERANGE(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("MEDIATOR_FEE_RANGE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAbandonJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7953139.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function abandonJob(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) returns()
func (pondMarket *PondMarket) PackAbandonJob(jobId *big.Int, t IPondMarketJobTerms) []byte {
	enc, err := pondMarket.abi.Pack("abandonJob", jobId, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAbandonJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7953139.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function abandonJob(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) returns()
func (pondMarket *PondMarket) TryPackAbandonJob(jobId *big.Int, t IPondMarketJobTerms) ([]byte, error) {
	return pondMarket.abi.Pack("abandonJob", jobId, t)
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

// PackBaseMediatorFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f313a18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseMediatorFee(address token) view returns(uint96)
func (pondMarket *PondMarket) PackBaseMediatorFee(token common.Address) []byte {
	enc, err := pondMarket.abi.Pack("baseMediatorFee", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseMediatorFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f313a18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseMediatorFee(address token) view returns(uint96)
func (pondMarket *PondMarket) TryPackBaseMediatorFee(token common.Address) ([]byte, error) {
	return pondMarket.abi.Pack("baseMediatorFee", token)
}

// UnpackBaseMediatorFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6f313a18.
//
// Solidity: function baseMediatorFee(address token) view returns(uint96)
func (pondMarket *PondMarket) UnpackBaseMediatorFee(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("baseMediatorFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef1fc875.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelJob(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) returns()
func (pondMarket *PondMarket) PackCancelJob(jobId *big.Int, t IPondMarketJobTerms) []byte {
	enc, err := pondMarket.abi.Pack("cancelJob", jobId, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xef1fc875.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelJob(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) returns()
func (pondMarket *PondMarket) TryPackCancelJob(jobId *big.Int, t IPondMarketJobTerms) ([]byte, error) {
	return pondMarket.abi.Pack("cancelJob", jobId, t)
}

// PackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9796090a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenge(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t, string resultCid) payable returns()
func (pondMarket *PondMarket) PackChallenge(jobId *big.Int, t IPondMarketJobTerms, resultCid string) []byte {
	enc, err := pondMarket.abi.Pack("challenge", jobId, t, resultCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9796090a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenge(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t, string resultCid) payable returns()
func (pondMarket *PondMarket) TryPackChallenge(jobId *big.Int, t IPondMarketJobTerms, resultCid string) ([]byte, error) {
	return pondMarket.abi.Pack("challenge", jobId, t, resultCid)
}

// PackClientTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1afc1032.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clientTerms(uint256 jobId) view returns(address refundTo, uint32 callbackGasLimit, uint256 deliveryFee, bool notifyFailure)
func (pondMarket *PondMarket) PackClientTerms(jobId *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("clientTerms", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClientTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1afc1032.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clientTerms(uint256 jobId) view returns(address refundTo, uint32 callbackGasLimit, uint256 deliveryFee, bool notifyFailure)
func (pondMarket *PondMarket) TryPackClientTerms(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("clientTerms", jobId)
}

// ClientTermsOutput serves as a container for the return parameters of contract
// method ClientTerms.
type ClientTermsOutput struct {
	RefundTo         common.Address
	CallbackGasLimit uint32
	DeliveryFee      *big.Int
	NotifyFailure    bool
}

// UnpackClientTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1afc1032.
//
// Solidity: function clientTerms(uint256 jobId) view returns(address refundTo, uint32 callbackGasLimit, uint256 deliveryFee, bool notifyFailure)
func (pondMarket *PondMarket) UnpackClientTerms(data []byte) (ClientTermsOutput, error) {
	out, err := pondMarket.abi.Unpack("clientTerms", data)
	outstruct := new(ClientTermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RefundTo = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.CallbackGasLimit = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.DeliveryFee = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.NotifyFailure = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackCommitteeUsable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5578648e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committeeUsable(uint32 committeeId) view returns(bool)
func (pondMarket *PondMarket) PackCommitteeUsable(committeeId uint32) []byte {
	enc, err := pondMarket.abi.Pack("committeeUsable", committeeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitteeUsable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5578648e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committeeUsable(uint32 committeeId) view returns(bool)
func (pondMarket *PondMarket) TryPackCommitteeUsable(committeeId uint32) ([]byte, error) {
	return pondMarket.abi.Pack("committeeUsable", committeeId)
}

// UnpackCommitteeUsable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5578648e.
//
// Solidity: function committeeUsable(uint32 committeeId) view returns(bool)
func (pondMarket *PondMarket) UnpackCommitteeUsable(data []byte) (bool, error) {
	out, err := pondMarket.abi.Unpack("committeeUsable", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackConfigureToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63bee911.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureToken(address , bool , uint96 ) returns()
func (pondMarket *PondMarket) PackConfigureToken(arg0 common.Address, arg1 bool, arg2 *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("configureToken", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63bee911.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureToken(address , bool , uint96 ) returns()
func (pondMarket *PondMarket) TryPackConfigureToken(arg0 common.Address, arg1 bool, arg2 *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("configureToken", arg0, arg1, arg2)
}

// PackDefaultCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92f0ce68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultCommittee() view returns(uint32 committeeId, uint8 size)
func (pondMarket *PondMarket) PackDefaultCommittee() []byte {
	enc, err := pondMarket.abi.Pack("defaultCommittee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92f0ce68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultCommittee() view returns(uint32 committeeId, uint8 size)
func (pondMarket *PondMarket) TryPackDefaultCommittee() ([]byte, error) {
	return pondMarket.abi.Pack("defaultCommittee")
}

// DefaultCommitteeOutput serves as a container for the return parameters of contract
// method DefaultCommittee.
type DefaultCommitteeOutput struct {
	CommitteeId uint32
	Size        uint8
}

// UnpackDefaultCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92f0ce68.
//
// Solidity: function defaultCommittee() view returns(uint32 committeeId, uint8 size)
func (pondMarket *PondMarket) UnpackDefaultCommittee(data []byte) (DefaultCommitteeOutput, error) {
	out, err := pondMarket.abi.Unpack("defaultCommittee", data)
	outstruct := new(DefaultCommitteeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.CommitteeId = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Size = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address , uint256 ) payable returns()
func (pondMarket *PondMarket) PackDeposit(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("deposit", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(address , uint256 ) payable returns()
func (pondMarket *PondMarket) TryPackDeposit(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("deposit", arg0, arg1)
}

// PackExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d5537b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extension() view returns(address)
func (pondMarket *PondMarket) PackExtension() []byte {
	enc, err := pondMarket.abi.Pack("extension")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtension is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d5537b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extension() view returns(address)
func (pondMarket *PondMarket) TryPackExtension() ([]byte, error) {
	return pondMarket.abi.Pack("extension")
}

// UnpackExtension is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d5537b0.
//
// Solidity: function extension() view returns(address)
func (pondMarket *PondMarket) UnpackExtension(data []byte) (common.Address, error) {
	out, err := pondMarket.abi.Unpack("extension", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93f77559.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t, string resultCid) returns()
func (pondMarket *PondMarket) PackFinalize(jobId *big.Int, t IPondMarketJobTerms, resultCid string) []byte {
	enc, err := pondMarket.abi.Pack("finalize", jobId, t, resultCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93f77559.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t, string resultCid) returns()
func (pondMarket *PondMarket) TryPackFinalize(jobId *big.Int, t IPondMarketJobTerms, resultCid string) ([]byte, error) {
	return pondMarket.abi.Pack("finalize", jobId, t, resultCid)
}

// PackFinalizeJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70710a68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeJobs(uint256[] , (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] , string[] ) returns(bool[])
func (pondMarket *PondMarket) PackFinalizeJobs(arg0 []*big.Int, arg1 []IPondMarketJobTerms, arg2 []string) []byte {
	enc, err := pondMarket.abi.Pack("finalizeJobs", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70710a68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeJobs(uint256[] , (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] , string[] ) returns(bool[])
func (pondMarket *PondMarket) TryPackFinalizeJobs(arg0 []*big.Int, arg1 []IPondMarketJobTerms, arg2 []string) ([]byte, error) {
	return pondMarket.abi.Pack("finalizeJobs", arg0, arg1, arg2)
}

// UnpackFinalizeJobs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70710a68.
//
// Solidity: function finalizeJobs(uint256[] , (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] , string[] ) returns(bool[])
func (pondMarket *PondMarket) UnpackFinalizeJobs(data []byte) ([]bool, error) {
	out, err := pondMarket.abi.Unpack("finalizeJobs", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf22c457.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(uint256 jobId) view returns((uint8,uint40,uint32,address,address,address,uint8,bool,bool,bytes32))
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
// Solidity: function getJob(uint256 jobId) view returns((uint8,uint40,uint32,address,address,address,uint8,bool,bool,bytes32))
func (pondMarket *PondMarket) TryPackGetJob(jobId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf22c457.
//
// Solidity: function getJob(uint256 jobId) view returns((uint8,uint40,uint32,address,address,address,uint8,bool,bool,bytes32))
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
// Solidity: function getOffer(uint256 offerId) view returns((address,uint40,address,bool,bool,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)))
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
// Solidity: function getOffer(uint256 offerId) view returns((address,uint40,address,bool,bool,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)))
func (pondMarket *PondMarket) TryPackGetOffer(offerId *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("getOffer", offerId)
}

// UnpackGetOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4579268a.
//
// Solidity: function getOffer(uint256 offerId) view returns((address,uint40,address,bool,bool,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)))
func (pondMarket *PondMarket) UnpackGetOffer(data []byte) (IPondMarketOffer, error) {
	out, err := pondMarket.abi.Unpack("getOffer", data)
	if err != nil {
		return *new(IPondMarketOffer), err
	}
	out0 := *abi.ConvertType(out[0], new(IPondMarketOffer)).(*IPondMarketOffer)
	return out0, nil
}

// PackHashTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5d86b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashTerms((address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) ) view returns(bytes32)
func (pondMarket *PondMarket) PackHashTerms(arg0 IPondMarketJobTerms) []byte {
	enc, err := pondMarket.abi.Pack("hashTerms", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5d86b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashTerms((address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) ) view returns(bytes32)
func (pondMarket *PondMarket) TryPackHashTerms(arg0 IPondMarketJobTerms) ([]byte, error) {
	return pondMarket.abi.Pack("hashTerms", arg0)
}

// UnpackHashTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f5d86b9.
//
// Solidity: function hashTerms((address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) ) view returns(bytes32)
func (pondMarket *PondMarket) UnpackHashTerms(data []byte) ([32]byte, error) {
	out, err := pondMarket.abi.Unpack("hashTerms", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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
// the contract method with ID 0x44ddb0d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchJob(uint256 jobId, uint256 offerId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) returns()
func (pondMarket *PondMarket) PackMatchJob(jobId *big.Int, offerId *big.Int, t IPondMarketJobTerms) []byte {
	enc, err := pondMarket.abi.Pack("matchJob", jobId, offerId, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44ddb0d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchJob(uint256 jobId, uint256 offerId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) returns()
func (pondMarket *PondMarket) TryPackMatchJob(jobId *big.Int, offerId *big.Int, t IPondMarketJobTerms) ([]byte, error) {
	return pondMarket.abi.Pack("matchJob", jobId, offerId, t)
}

// PackMatchJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84918376.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchJobs(uint256[] , uint256[] , (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] ) returns(bool[])
func (pondMarket *PondMarket) PackMatchJobs(arg0 []*big.Int, arg1 []*big.Int, arg2 []IPondMarketJobTerms) []byte {
	enc, err := pondMarket.abi.Pack("matchJobs", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84918376.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchJobs(uint256[] , uint256[] , (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] ) returns(bool[])
func (pondMarket *PondMarket) TryPackMatchJobs(arg0 []*big.Int, arg1 []*big.Int, arg2 []IPondMarketJobTerms) ([]byte, error) {
	return pondMarket.abi.Pack("matchJobs", arg0, arg1, arg2)
}

// UnpackMatchJobs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84918376.
//
// Solidity: function matchJobs(uint256[] , uint256[] , (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] ) returns(bool[])
func (pondMarket *PondMarket) UnpackMatchJobs(data []byte) ([]bool, error) {
	out, err := pondMarket.abi.Unpack("matchJobs", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
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
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint96))
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
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint96))
func (pondMarket *PondMarket) TryPackParams() ([]byte, error) {
	return pondMarket.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint32,uint96))
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

// PackPostJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb8bad2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postJobs((uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string)[] ) returns(uint256[])
func (pondMarket *PondMarket) PackPostJobs(arg0 []IPondMarketJobRequest) []byte {
	enc, err := pondMarket.abi.Pack("postJobs", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb8bad2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postJobs((uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string)[] ) returns(uint256[])
func (pondMarket *PondMarket) TryPackPostJobs(arg0 []IPondMarketJobRequest) ([]byte, error) {
	return pondMarket.abi.Pack("postJobs", arg0)
}

// UnpackPostJobs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb8bad2e.
//
// Solidity: function postJobs((uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string)[] ) returns(uint256[])
func (pondMarket *PondMarket) UnpackPostJobs(data []byte) ([]*big.Int, error) {
	out, err := pondMarket.abi.Unpack("postJobs", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackPostOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4d697d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postOffer((address,uint96,(uint8,uint32,uint32,uint32,uint32),uint40,bool,uint32[],bool,uint32,uint32) ) returns(uint256)
func (pondMarket *PondMarket) PackPostOffer(arg0 IPondMarketOfferRequest) []byte {
	enc, err := pondMarket.abi.Pack("postOffer", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4d697d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postOffer((address,uint96,(uint8,uint32,uint32,uint32,uint32),uint40,bool,uint32[],bool,uint32,uint32) ) returns(uint256)
func (pondMarket *PondMarket) TryPackPostOffer(arg0 IPondMarketOfferRequest) ([]byte, error) {
	return pondMarket.abi.Pack("postOffer", arg0)
}

// UnpackPostOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b4d697d.
//
// Solidity: function postOffer((address,uint96,(uint8,uint32,uint32,uint32,uint32),uint40,bool,uint32[],bool,uint32,uint32) ) returns(uint256)
func (pondMarket *PondMarket) UnpackPostOffer(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("postOffer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x980971de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quote(string , uint32 ) view returns((uint256,uint256,uint256,uint256,uint256,uint32))
func (pondMarket *PondMarket) PackQuote(arg0 string, arg1 uint32) []byte {
	enc, err := pondMarket.abi.Pack("quote", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x980971de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quote(string , uint32 ) view returns((uint256,uint256,uint256,uint256,uint256,uint32))
func (pondMarket *PondMarket) TryPackQuote(arg0 string, arg1 uint32) ([]byte, error) {
	return pondMarket.abi.Pack("quote", arg0, arg1)
}

// UnpackQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x980971de.
//
// Solidity: function quote(string , uint32 ) view returns((uint256,uint256,uint256,uint256,uint256,uint32))
func (pondMarket *PondMarket) UnpackQuote(data []byte) (IPondMarketQuote, error) {
	out, err := pondMarket.abi.Unpack("quote", data)
	if err != nil {
		return *new(IPondMarketQuote), err
	}
	out0 := *abi.ConvertType(out[0], new(IPondMarketQuote)).(*IPondMarketQuote)
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
// the contract method with ID 0x88ecde08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveChallenge(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t, string resultCid) returns()
func (pondMarket *PondMarket) PackResolveChallenge(jobId *big.Int, t IPondMarketJobTerms, resultCid string) []byte {
	enc, err := pondMarket.abi.Pack("resolveChallenge", jobId, t, resultCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88ecde08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveChallenge(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t, string resultCid) returns()
func (pondMarket *PondMarket) TryPackResolveChallenge(jobId *big.Int, t IPondMarketJobTerms, resultCid string) ([]byte, error) {
	return pondMarket.abi.Pack("resolveChallenge", jobId, t, resultCid)
}

// PackRetryCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb63e52b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retryCallback(uint256 , uint256 , (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) ) returns()
func (pondMarket *PondMarket) PackRetryCallback(arg0 *big.Int, arg1 *big.Int, arg2 IPondMarketJobTerms) []byte {
	enc, err := pondMarket.abi.Pack("retryCallback", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetryCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb63e52b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retryCallback(uint256 , uint256 , (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) ) returns()
func (pondMarket *PondMarket) TryPackRetryCallback(arg0 *big.Int, arg1 *big.Int, arg2 IPondMarketJobTerms) ([]byte, error) {
	return pondMarket.abi.Pack("retryCallback", arg0, arg1, arg2)
}

// PackRunModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9613eba8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runModule(string , string , (address,uint256,uint96,uint32,uint64,address,bool) ) payable returns(uint256)
func (pondMarket *PondMarket) PackRunModule(arg0 string, arg1 string, arg2 IPondMarketClientOptions) []byte {
	enc, err := pondMarket.abi.Pack("runModule", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRunModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9613eba8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runModule(string , string , (address,uint256,uint96,uint32,uint64,address,bool) ) payable returns(uint256)
func (pondMarket *PondMarket) TryPackRunModule(arg0 string, arg1 string, arg2 IPondMarketClientOptions) ([]byte, error) {
	return pondMarket.abi.Pack("runModule", arg0, arg1, arg2)
}

// UnpackRunModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9613eba8.
//
// Solidity: function runModule(string , string , (address,uint256,uint96,uint32,uint64,address,bool) ) payable returns(uint256)
func (pondMarket *PondMarket) UnpackRunModule(data []byte) (*big.Int, error) {
	out, err := pondMarket.abi.Unpack("runModule", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackSetDefaultCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bbe45a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDefaultCommittee(uint32 ) returns()
func (pondMarket *PondMarket) PackSetDefaultCommittee(arg0 uint32) []byte {
	enc, err := pondMarket.abi.Pack("setDefaultCommittee", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDefaultCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bbe45a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDefaultCommittee(uint32 ) returns()
func (pondMarket *PondMarket) TryPackSetDefaultCommittee(arg0 uint32) ([]byte, error) {
	return pondMarket.abi.Pack("setDefaultCommittee", arg0)
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

// PackSubmitResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e26d25b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitResults(uint256[] , string[] ) returns(bool[])
func (pondMarket *PondMarket) PackSubmitResults(arg0 []*big.Int, arg1 []string) []byte {
	enc, err := pondMarket.abi.Pack("submitResults", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e26d25b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitResults(uint256[] , string[] ) returns(bool[])
func (pondMarket *PondMarket) TryPackSubmitResults(arg0 []*big.Int, arg1 []string) ([]byte, error) {
	return pondMarket.abi.Pack("submitResults", arg0, arg1)
}

// UnpackSubmitResults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e26d25b.
//
// Solidity: function submitResults(uint256[] , string[] ) returns(bool[])
func (pondMarket *PondMarket) UnpackSubmitResults(data []byte) ([]bool, error) {
	out, err := pondMarket.abi.Unpack("submitResults", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackTimeoutJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x246a5521.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeoutJob(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) returns()
func (pondMarket *PondMarket) PackTimeoutJob(jobId *big.Int, t IPondMarketJobTerms) []byte {
	enc, err := pondMarket.abi.Pack("timeoutJob", jobId, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeoutJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x246a5521.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeoutJob(uint256 jobId, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) returns()
func (pondMarket *PondMarket) TryPackTimeoutJob(jobId *big.Int, t IPondMarketJobTerms) ([]byte, error) {
	return pondMarket.abi.Pack("timeoutJob", jobId, t)
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

// PackUpdateCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f232c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateCommittee(uint32 committeeId, uint8 size, bool usable) returns()
func (pondMarket *PondMarket) PackUpdateCommittee(committeeId uint32, size uint8, usable bool) []byte {
	enc, err := pondMarket.abi.Pack("updateCommittee", committeeId, size, usable)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f232c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateCommittee(uint32 committeeId, uint8 size, bool usable) returns()
func (pondMarket *PondMarket) TryPackUpdateCommittee(committeeId uint32, size uint8, usable bool) ([]byte, error) {
	return pondMarket.abi.Pack("updateCommittee", committeeId, size, usable)
}

// PackUpdateOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e42991.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateOffer(uint256 , uint96 , uint40 ) returns()
func (pondMarket *PondMarket) PackUpdateOffer(arg0 *big.Int, arg1 *big.Int, arg2 *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("updateOffer", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e42991.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateOffer(uint256 , uint96 , uint40 ) returns()
func (pondMarket *PondMarket) TryPackUpdateOffer(arg0 *big.Int, arg1 *big.Int, arg2 *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("updateOffer", arg0, arg1, arg2)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69328dec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address , uint256 , address ) returns()
func (pondMarket *PondMarket) PackWithdraw(arg0 common.Address, arg1 *big.Int, arg2 common.Address) []byte {
	enc, err := pondMarket.abi.Pack("withdraw", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69328dec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address , uint256 , address ) returns()
func (pondMarket *PondMarket) TryPackWithdraw(arg0 common.Address, arg1 *big.Int, arg2 common.Address) ([]byte, error) {
	return pondMarket.abi.Pack("withdraw", arg0, arg1, arg2)
}

// PackWithdrawOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8610f045.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawOffer(uint256 ) returns()
func (pondMarket *PondMarket) PackWithdrawOffer(arg0 *big.Int) []byte {
	enc, err := pondMarket.abi.Pack("withdrawOffer", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8610f045.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawOffer(uint256 ) returns()
func (pondMarket *PondMarket) TryPackWithdrawOffer(arg0 *big.Int) ([]byte, error) {
	return pondMarket.abi.Pack("withdrawOffer", arg0)
}

// PondMarketBatchItemFailed represents a BatchItemFailed event raised by the PondMarket contract.
type PondMarketBatchItemFailed struct {
	Selector [4]byte
	Index    *big.Int
	Reason   []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const PondMarketBatchItemFailedEventName = "BatchItemFailed"

// ContractEventName returns the user-defined event name.
func (PondMarketBatchItemFailed) ContractEventName() string {
	return PondMarketBatchItemFailedEventName
}

// UnpackBatchItemFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchItemFailed(bytes4 indexed selector, uint256 index, bytes reason)
func (pondMarket *PondMarket) UnpackBatchItemFailedEvent(log *types.Log) (*PondMarketBatchItemFailed, error) {
	event := "BatchItemFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketBatchItemFailed)
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

// PondMarketCallbackDeferred represents a CallbackDeferred event raised by the PondMarket contract.
type PondMarketCallbackDeferred struct {
	JobId            *big.Int
	DeliveryGasPrice *big.Int
	BaseFee          *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const PondMarketCallbackDeferredEventName = "CallbackDeferred"

// ContractEventName returns the user-defined event name.
func (PondMarketCallbackDeferred) ContractEventName() string {
	return PondMarketCallbackDeferredEventName
}

// UnpackCallbackDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackDeferred(uint256 indexed jobId, uint256 deliveryGasPrice, uint256 baseFee)
func (pondMarket *PondMarket) UnpackCallbackDeferredEvent(log *types.Log) (*PondMarketCallbackDeferred, error) {
	event := "CallbackDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketCallbackDeferred)
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

// PondMarketClientJobPosted represents a ClientJobPosted event raised by the PondMarket contract.
type PondMarketClientJobPosted struct {
	JobId            *big.Int
	RefundTo         common.Address
	CallbackGasLimit uint32
	DeliveryFee      *big.Int
	NotifyFailure    bool
	Raw              *types.Log // Blockchain specific contextual infos
}

const PondMarketClientJobPostedEventName = "ClientJobPosted"

// ContractEventName returns the user-defined event name.
func (PondMarketClientJobPosted) ContractEventName() string {
	return PondMarketClientJobPostedEventName
}

// UnpackClientJobPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClientJobPosted(uint256 indexed jobId, address indexed refundTo, uint32 callbackGasLimit, uint256 deliveryFee, bool notifyFailure)
func (pondMarket *PondMarket) UnpackClientJobPostedEvent(log *types.Log) (*PondMarketClientJobPosted, error) {
	event := "ClientJobPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketClientJobPosted)
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

// PondMarketDefaultCommitteeSet represents a DefaultCommitteeSet event raised by the PondMarket contract.
type PondMarketDefaultCommitteeSet struct {
	CommitteeId uint32
	Size        uint8
	Raw         *types.Log // Blockchain specific contextual infos
}

const PondMarketDefaultCommitteeSetEventName = "DefaultCommitteeSet"

// ContractEventName returns the user-defined event name.
func (PondMarketDefaultCommitteeSet) ContractEventName() string {
	return PondMarketDefaultCommitteeSetEventName
}

// UnpackDefaultCommitteeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultCommitteeSet(uint32 indexed committeeId, uint8 size)
func (pondMarket *PondMarket) UnpackDefaultCommitteeSetEvent(log *types.Log) (*PondMarketDefaultCommitteeSet, error) {
	event := "DefaultCommitteeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketDefaultCommitteeSet)
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

// PondMarketDeliveryFeePaid represents a DeliveryFeePaid event raised by the PondMarket contract.
type PondMarketDeliveryFeePaid struct {
	JobId  *big.Int
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PondMarketDeliveryFeePaidEventName = "DeliveryFeePaid"

// ContractEventName returns the user-defined event name.
func (PondMarketDeliveryFeePaid) ContractEventName() string {
	return PondMarketDeliveryFeePaidEventName
}

// UnpackDeliveryFeePaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeliveryFeePaid(uint256 indexed jobId, address indexed to, uint256 amount)
func (pondMarket *PondMarket) UnpackDeliveryFeePaidEvent(log *types.Log) (*PondMarketDeliveryFeePaid, error) {
	event := "DeliveryFeePaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketDeliveryFeePaid)
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

// PondMarketJobAbandoned represents a JobAbandoned event raised by the PondMarket contract.
type PondMarketJobAbandoned struct {
	JobId      *big.Int
	Provider   common.Address
	Collateral *big.Int
	Deadline   *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const PondMarketJobAbandonedEventName = "JobAbandoned"

// ContractEventName returns the user-defined event name.
func (PondMarketJobAbandoned) ContractEventName() string {
	return PondMarketJobAbandonedEventName
}

// UnpackJobAbandonedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobAbandoned(uint256 indexed jobId, address indexed provider, uint256 collateral, uint40 deadline)
func (pondMarket *PondMarket) UnpackJobAbandonedEvent(log *types.Log) (*PondMarketJobAbandoned, error) {
	event := "JobAbandoned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketJobAbandoned)
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
	JobId         *big.Int
	Creator       common.Address
	ModuleId      uint32
	Request       IPondMarketJobRequest
	CommitteeId   uint32
	CommitteeSize uint8
	MediatorFee   *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const PondMarketJobPostedEventName = "JobPosted"

// ContractEventName returns the user-defined event name.
func (PondMarketJobPosted) ContractEventName() string {
	return PondMarketJobPostedEventName
}

// UnpackJobPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobPosted(uint256 indexed jobId, address indexed creator, uint32 indexed moduleId, (uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string) request, uint32 committeeId, uint8 committeeSize, uint96 mediatorFee)
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
	MinRunTime              uint32
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
// Solidity: event OfferPosted(uint256 indexed offerId, address indexed provider, address indexed token, uint96 askPrice, (uint8,uint32,uint32,uint32,uint32) capacity, uint40 expiry, bool anyModule, uint32[] modules, bool acceptsDefaultCommittee, uint32 trustedCommitteeId, uint32 minRunTime)
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

// PondMarketRefundHeld represents a RefundHeld event raised by the PondMarket contract.
type PondMarketRefundHeld struct {
	JobId    *big.Int
	RefundTo common.Address
	Token    common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PondMarketRefundHeldEventName = "RefundHeld"

// ContractEventName returns the user-defined event name.
func (PondMarketRefundHeld) ContractEventName() string {
	return PondMarketRefundHeldEventName
}

// UnpackRefundHeldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundHeld(uint256 indexed jobId, address indexed refundTo, address indexed token, uint256 amount)
func (pondMarket *PondMarket) UnpackRefundHeldEvent(log *types.Log) (*PondMarketRefundHeld, error) {
	event := "RefundHeld"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketRefundHeld)
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

// PondMarketSolverPaid represents a SolverPaid event raised by the PondMarket contract.
type PondMarketSolverPaid struct {
	JobId  *big.Int
	Solver common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PondMarketSolverPaidEventName = "SolverPaid"

// ContractEventName returns the user-defined event name.
func (PondMarketSolverPaid) ContractEventName() string {
	return PondMarketSolverPaidEventName
}

// UnpackSolverPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SolverPaid(uint256 indexed jobId, address indexed solver, uint256 amount)
func (pondMarket *PondMarket) UnpackSolverPaidEvent(log *types.Log) (*PondMarketSolverPaid, error) {
	event := "SolverPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketSolverPaid)
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
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["BatchLengthMismatch"].ID.Bytes()[:4]) {
		return pondMarket.UnpackBatchLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["BatchOutOfGas"].ID.Bytes()[:4]) {
		return pondMarket.UnpackBatchOutOfGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["CallbackGasLimitTooHigh"].ID.Bytes()[:4]) {
		return pondMarket.UnpackCallbackGasLimitTooHighError(raw[4:])
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
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["CommitteeNotUsable"].ID.Bytes()[:4]) {
		return pondMarket.UnpackCommitteeNotUsableError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ExpiryInPast"].ID.Bytes()[:4]) {
		return pondMarket.UnpackExpiryInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ExtensionMismatch"].ID.Bytes()[:4]) {
		return pondMarket.UnpackExtensionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["FetchWindowClosed"].ID.Bytes()[:4]) {
		return pondMarket.UnpackFetchWindowClosedError(raw[4:])
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
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["MediatorFeeOutOfRange"].ID.Bytes()[:4]) {
		return pondMarket.UnpackMediatorFeeOutOfRangeError(raw[4:])
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
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["NoDefaultCommittee"].ID.Bytes()[:4]) {
		return pondMarket.UnpackNoDefaultCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["NotJobCreator"].ID.Bytes()[:4]) {
		return pondMarket.UnpackNotJobCreatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["NotMediatorRegistry"].ID.Bytes()[:4]) {
		return pondMarket.UnpackNotMediatorRegistryError(raw[4:])
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
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ParamInvalid"].ID.Bytes()[:4]) {
		return pondMarket.UnpackParamInvalidError(raw[4:])
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
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["RecipientZero"].ID.Bytes()[:4]) {
		return pondMarket.UnpackRecipientZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return pondMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["RefundGasTooLow"].ID.Bytes()[:4]) {
		return pondMarket.UnpackRefundGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["ResourcesBelowModule"].ID.Bytes()[:4]) {
		return pondMarket.UnpackResourcesBelowModuleError(raw[4:])
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
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["RunTimeBelowModule"].ID.Bytes()[:4]) {
		return pondMarket.UnpackRunTimeBelowModuleError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["RunTimeBelowOffer"].ID.Bytes()[:4]) {
		return pondMarket.UnpackRunTimeBelowOfferError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["RunTimeInvalid"].ID.Bytes()[:4]) {
		return pondMarket.UnpackRunTimeInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarket.abi.Errors["TermsMismatch"].ID.Bytes()[:4]) {
		return pondMarket.UnpackTermsMismatchError(raw[4:])
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

// PondMarketBatchLengthMismatch represents a BatchLengthMismatch error raised by the PondMarket contract.
type PondMarketBatchLengthMismatch struct {
	Ids    *big.Int
	Others *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchLengthMismatch(uint256 ids, uint256 others)
func PondMarketBatchLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x81b5b207f4ceee88a305d93332dfd817c8615ec6ddd3c8ac2066f79411ad6c78")
}

// UnpackBatchLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchLengthMismatch(uint256 ids, uint256 others)
func (pondMarket *PondMarket) UnpackBatchLengthMismatchError(raw []byte) (*PondMarketBatchLengthMismatch, error) {
	out := new(PondMarketBatchLengthMismatch)
	if err := pondMarket.abi.UnpackIntoInterface(out, "BatchLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketBatchOutOfGas represents a BatchOutOfGas error raised by the PondMarket contract.
type PondMarketBatchOutOfGas struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchOutOfGas(uint256 index)
func PondMarketBatchOutOfGasErrorID() common.Hash {
	return common.HexToHash("0x7625508a5c517758c26ef45c701079154b86a9b5f9c7d8089146ef64039af7d4")
}

// UnpackBatchOutOfGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchOutOfGas(uint256 index)
func (pondMarket *PondMarket) UnpackBatchOutOfGasError(raw []byte) (*PondMarketBatchOutOfGas, error) {
	out := new(PondMarketBatchOutOfGas)
	if err := pondMarket.abi.UnpackIntoInterface(out, "BatchOutOfGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketCallbackGasLimitTooHigh represents a CallbackGasLimitTooHigh error raised by the PondMarket contract.
type PondMarketCallbackGasLimitTooHigh struct {
	CallbackGasLimit    *big.Int
	MaxCallbackGasLimit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasLimitTooHigh(uint256 callbackGasLimit, uint256 maxCallbackGasLimit)
func PondMarketCallbackGasLimitTooHighErrorID() common.Hash {
	return common.HexToHash("0x4dc3ced3b7c20cc55ac25e9b6ef941b09a29b068e349ecb58f6fd5a4f868a2e0")
}

// UnpackCallbackGasLimitTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasLimitTooHigh(uint256 callbackGasLimit, uint256 maxCallbackGasLimit)
func (pondMarket *PondMarket) UnpackCallbackGasLimitTooHighError(raw []byte) (*PondMarketCallbackGasLimitTooHigh, error) {
	out := new(PondMarketCallbackGasLimitTooHigh)
	if err := pondMarket.abi.UnpackIntoInterface(out, "CallbackGasLimitTooHigh", raw); err != nil {
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

// PondMarketCommitteeNotUsable represents a CommitteeNotUsable error raised by the PondMarket contract.
type PondMarketCommitteeNotUsable struct {
	CommitteeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotUsable(uint32 committeeId)
func PondMarketCommitteeNotUsableErrorID() common.Hash {
	return common.HexToHash("0xe8b92b232194a97fba2450c8fe2f7701da2af0bd2b4be58b6ce4c92c45c71bef")
}

// UnpackCommitteeNotUsableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotUsable(uint32 committeeId)
func (pondMarket *PondMarket) UnpackCommitteeNotUsableError(raw []byte) (*PondMarketCommitteeNotUsable, error) {
	out := new(PondMarketCommitteeNotUsable)
	if err := pondMarket.abi.UnpackIntoInterface(out, "CommitteeNotUsable", raw); err != nil {
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

// PondMarketExtensionMismatch represents a ExtensionMismatch error raised by the PondMarket contract.
type PondMarketExtensionMismatch struct {
	Extension common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExtensionMismatch(address extension)
func PondMarketExtensionMismatchErrorID() common.Hash {
	return common.HexToHash("0x2bc10cee55c30835594b31c8a690139074e8cb854a1395ca27284553e5544bc2")
}

// UnpackExtensionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExtensionMismatch(address extension)
func (pondMarket *PondMarket) UnpackExtensionMismatchError(raw []byte) (*PondMarketExtensionMismatch, error) {
	out := new(PondMarketExtensionMismatch)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ExtensionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketFetchWindowClosed represents a FetchWindowClosed error raised by the PondMarket contract.
type PondMarketFetchWindowClosed struct {
	JobId    *big.Int
	ClosedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FetchWindowClosed(uint256 jobId, uint256 closedAt)
func PondMarketFetchWindowClosedErrorID() common.Hash {
	return common.HexToHash("0xcec5f8a4bcf97305ab7bd5fb7f1efa8de89de11af5200892ed8631bffc1d1c28")
}

// UnpackFetchWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FetchWindowClosed(uint256 jobId, uint256 closedAt)
func (pondMarket *PondMarket) UnpackFetchWindowClosedError(raw []byte) (*PondMarketFetchWindowClosed, error) {
	out := new(PondMarketFetchWindowClosed)
	if err := pondMarket.abi.UnpackIntoInterface(out, "FetchWindowClosed", raw); err != nil {
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

// PondMarketMediatorFeeOutOfRange represents a MediatorFeeOutOfRange error raised by the PondMarket contract.
type PondMarketMediatorFeeOutOfRange struct {
	Token common.Address
	Fee   *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MediatorFeeOutOfRange(address token, uint256 fee, uint256 min, uint256 max)
func PondMarketMediatorFeeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xdf60ada3b1c24b616683388a7e85d08df4b74e63b3ecffbfd01907a886e9134e")
}

// UnpackMediatorFeeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MediatorFeeOutOfRange(address token, uint256 fee, uint256 min, uint256 max)
func (pondMarket *PondMarket) UnpackMediatorFeeOutOfRangeError(raw []byte) (*PondMarketMediatorFeeOutOfRange, error) {
	out := new(PondMarketMediatorFeeOutOfRange)
	if err := pondMarket.abi.UnpackIntoInterface(out, "MediatorFeeOutOfRange", raw); err != nil {
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

// PondMarketNoDefaultCommittee represents a NoDefaultCommittee error raised by the PondMarket contract.
type PondMarketNoDefaultCommittee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDefaultCommittee()
func PondMarketNoDefaultCommitteeErrorID() common.Hash {
	return common.HexToHash("0x04dfbaee69907410a1dfb9460f93d68441b034a6f3fc2d94aabc0a43811be269")
}

// UnpackNoDefaultCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDefaultCommittee()
func (pondMarket *PondMarket) UnpackNoDefaultCommitteeError(raw []byte) (*PondMarketNoDefaultCommittee, error) {
	out := new(PondMarketNoDefaultCommittee)
	if err := pondMarket.abi.UnpackIntoInterface(out, "NoDefaultCommittee", raw); err != nil {
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

// PondMarketNotMediatorRegistry represents a NotMediatorRegistry error raised by the PondMarket contract.
type PondMarketNotMediatorRegistry struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMediatorRegistry(address caller)
func PondMarketNotMediatorRegistryErrorID() common.Hash {
	return common.HexToHash("0xd34b4d693a28a4a22b9e1ccde2d786a46dcb97d34d1a4a52ff3061dfb56a9421")
}

// UnpackNotMediatorRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMediatorRegistry(address caller)
func (pondMarket *PondMarket) UnpackNotMediatorRegistryError(raw []byte) (*PondMarketNotMediatorRegistry, error) {
	out := new(PondMarketNotMediatorRegistry)
	if err := pondMarket.abi.UnpackIntoInterface(out, "NotMediatorRegistry", raw); err != nil {
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

// PondMarketParamInvalid represents a ParamInvalid error raised by the PondMarket contract.
type PondMarketParamInvalid struct {
	Parameter string
	Value     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParamInvalid(string parameter, uint256 value)
func PondMarketParamInvalidErrorID() common.Hash {
	return common.HexToHash("0x107667e3e168d742cce57bca45d9c753a48b6cef35768008e12e92b1470a00db")
}

// UnpackParamInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParamInvalid(string parameter, uint256 value)
func (pondMarket *PondMarket) UnpackParamInvalidError(raw []byte) (*PondMarketParamInvalid, error) {
	out := new(PondMarketParamInvalid)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ParamInvalid", raw); err != nil {
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

// PondMarketRecipientZero represents a RecipientZero error raised by the PondMarket contract.
type PondMarketRecipientZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecipientZero()
func PondMarketRecipientZeroErrorID() common.Hash {
	return common.HexToHash("0x3d9eb1dbb21c8b22e32a3040fd7a054e2dadb6d68deb395aad0fa2f18ab85c49")
}

// UnpackRecipientZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecipientZero()
func (pondMarket *PondMarket) UnpackRecipientZeroError(raw []byte) (*PondMarketRecipientZero, error) {
	out := new(PondMarketRecipientZero)
	if err := pondMarket.abi.UnpackIntoInterface(out, "RecipientZero", raw); err != nil {
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

// PondMarketRefundGasTooLow represents a RefundGasTooLow error raised by the PondMarket contract.
type PondMarketRefundGasTooLow struct {
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundGasTooLow(uint256 available, uint256 needed)
func PondMarketRefundGasTooLowErrorID() common.Hash {
	return common.HexToHash("0xf0ba8e92dec4e4850acabc2a86ace70e050bb4a17d0c4c52e241145aeb37a37b")
}

// UnpackRefundGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundGasTooLow(uint256 available, uint256 needed)
func (pondMarket *PondMarket) UnpackRefundGasTooLowError(raw []byte) (*PondMarketRefundGasTooLow, error) {
	out := new(PondMarketRefundGasTooLow)
	if err := pondMarket.abi.UnpackIntoInterface(out, "RefundGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketResourcesBelowModule represents a ResourcesBelowModule error raised by the PondMarket contract.
type PondMarketResourcesBelowModule struct {
	ModuleId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResourcesBelowModule(uint32 moduleId)
func PondMarketResourcesBelowModuleErrorID() common.Hash {
	return common.HexToHash("0x65394765b28fcf689e17952c742438fe60618c618e7c75d6cdd601f88b8d8766")
}

// UnpackResourcesBelowModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResourcesBelowModule(uint32 moduleId)
func (pondMarket *PondMarket) UnpackResourcesBelowModuleError(raw []byte) (*PondMarketResourcesBelowModule, error) {
	out := new(PondMarketResourcesBelowModule)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ResourcesBelowModule", raw); err != nil {
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

// PondMarketRunTimeBelowModule represents a RunTimeBelowModule error raised by the PondMarket contract.
type PondMarketRunTimeBelowModule struct {
	RunTime       uint32
	ModuleRunTime uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunTimeBelowModule(uint32 runTime, uint32 moduleRunTime)
func PondMarketRunTimeBelowModuleErrorID() common.Hash {
	return common.HexToHash("0x73565a2da9f1a7d25982083f4823c36ea2cbfdae4b9907c8ab5bd54e7af2d656")
}

// UnpackRunTimeBelowModuleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunTimeBelowModule(uint32 runTime, uint32 moduleRunTime)
func (pondMarket *PondMarket) UnpackRunTimeBelowModuleError(raw []byte) (*PondMarketRunTimeBelowModule, error) {
	out := new(PondMarketRunTimeBelowModule)
	if err := pondMarket.abi.UnpackIntoInterface(out, "RunTimeBelowModule", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketRunTimeBelowOffer represents a RunTimeBelowOffer error raised by the PondMarket contract.
type PondMarketRunTimeBelowOffer struct {
	JobId      *big.Int
	OfferId    *big.Int
	RunTime    uint32
	MinRunTime uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunTimeBelowOffer(uint256 jobId, uint256 offerId, uint32 runTime, uint32 minRunTime)
func PondMarketRunTimeBelowOfferErrorID() common.Hash {
	return common.HexToHash("0x98899d25d96bb2aa0ee2a771488cb80289e3045cc3390515b667525f82efedf6")
}

// UnpackRunTimeBelowOfferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunTimeBelowOffer(uint256 jobId, uint256 offerId, uint32 runTime, uint32 minRunTime)
func (pondMarket *PondMarket) UnpackRunTimeBelowOfferError(raw []byte) (*PondMarketRunTimeBelowOffer, error) {
	out := new(PondMarketRunTimeBelowOffer)
	if err := pondMarket.abi.UnpackIntoInterface(out, "RunTimeBelowOffer", raw); err != nil {
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

// PondMarketTermsMismatch represents a TermsMismatch error raised by the PondMarket contract.
type PondMarketTermsMismatch struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermsMismatch(uint256 jobId)
func PondMarketTermsMismatchErrorID() common.Hash {
	return common.HexToHash("0x7b1cb83b3703d8143b25329878ec0a622fe8a3e6d341cb5ea5ebbf2fe50709f9")
}

// UnpackTermsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermsMismatch(uint256 jobId)
func (pondMarket *PondMarket) UnpackTermsMismatchError(raw []byte) (*PondMarketTermsMismatch, error) {
	out := new(PondMarketTermsMismatch)
	if err := pondMarket.abi.UnpackIntoInterface(out, "TermsMismatch", raw); err != nil {
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
	Value *big.Int
	Least *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooSmall(uint256 value, uint256 least)
func PondMarketValueTooSmallErrorID() common.Hash {
	return common.HexToHash("0xd01ab50b812dbe3aedae70509a1cd35f2d68275e4af7ca71b862c6f3af62dcd2")
}

// UnpackValueTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooSmall(uint256 value, uint256 least)
func (pondMarket *PondMarket) UnpackValueTooSmallError(raw []byte) (*PondMarketValueTooSmall, error) {
	out := new(PondMarketValueTooSmall)
	if err := pondMarket.abi.UnpackIntoInterface(out, "ValueTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionMetaData contains all meta data concerning the PondMarketExtension contract.
var PondMarketExtensionMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIModuleRegistry\",\"name\":\"moduleRegistry\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"clientJobLifetime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"callbackGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxCallbackGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxRunTime\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MEDIATOR_FEE_RANGE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"contractIModuleRegistry\",\"name\":\"moduleRegistry\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"clientJobLifetime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"callbackGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxCallbackGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"maxRunTime\",\"type\":\"uint32\"}],\"name\":\"configOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"}],\"name\":\"configureToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"jobIds\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms[]\",\"name\":\"terms\",\"type\":\"tuple[]\"},{\"internalType\":\"string[]\",\"name\":\"resultCids\",\"type\":\"string[]\"}],\"name\":\"finalizeJobs\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"done\",\"type\":\"bool[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"hashTerms\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"jobIds\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"offerIds\",\"type\":\"uint256[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms[]\",\"name\":\"terms\",\"type\":\"tuple[]\"}],\"name\":\"matchJobs\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"done\",\"type\":\"bool[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"inputs\",\"type\":\"string\"}],\"internalType\":\"structIPondMarket.JobRequest[]\",\"name\":\"requests\",\"type\":\"tuple[]\"}],\"name\":\"postJobs\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"jobIds\",\"type\":\"uint256[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"capacity\",\"type\":\"tuple\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"anyModule\",\"type\":\"bool\"},{\"internalType\":\"uint32[]\",\"name\":\"modules\",\"type\":\"uint32[]\"},{\"internalType\":\"bool\",\"name\":\"acceptsDefaultCommittee\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"trustedCommitteeId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"minRunTime\",\"type\":\"uint32\"}],\"internalType\":\"structIPondMarket.OfferRequest\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"postOffer\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"name\":\"quote\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deliveryFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deliveryGasPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"}],\"internalType\":\"structIPondMarket.Quote\",\"name\":\"q\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"idx\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"enumRefundReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"refundClient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasLimit\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"}],\"internalType\":\"structIPondMarket.JobTerms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"retryCallback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"params\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deliveryGasPrice\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"notifyFailure\",\"type\":\"bool\"}],\"internalType\":\"structIPondMarket.ClientOptions\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"runModule\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"setDefaultCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"jobIds\",\"type\":\"uint256[]\"},{\"internalType\":\"string[]\",\"name\":\"resultCids\",\"type\":\"string[]\"}],\"name\":\"submitResults\",\"outputs\":[{\"internalType\":\"bool[]\",\"name\":\"done\",\"type\":\"bool[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"}],\"name\":\"updateOffer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"withdrawOffer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes4\",\"name\":\"selector\",\"type\":\"bytes4\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"BatchItemFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deliveryGasPrice\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"baseFee\",\"type\":\"uint256\"}],\"name\":\"CallbackDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"CallbackDelivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"CallbackFailed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"callbackGasLimit\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deliveryFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"notifyFailure\",\"type\":\"bool\"}],\"name\":\"ClientJobPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"size\",\"type\":\"uint8\"}],\"name\":\"DefaultCommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DeliveryFeePaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"creator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"solverFee\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"internalType\":\"structResources\",\"name\":\"resources\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"callback\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"inputs\",\"type\":\"string\"}],\"indexed\":false,\"internalType\":\"structIPondMarket.JobRequest\",\"name\":\"request\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"committeeSize\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"}],\"name\":\"JobPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"gpus\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"vramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"cpuMillis\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"ramMiB\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"diskMiB\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structResources\",\"name\":\"capacity\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"anyModule\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32[]\",\"name\":\"modules\",\"type\":\"uint32[]\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"acceptsDefaultCommittee\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"trustedCommitteeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"minRunTime\",\"type\":\"uint32\"}],\"name\":\"OfferPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"askPrice\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint40\",\"name\":\"expiry\",\"type\":\"uint40\"}],\"name\":\"OfferUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RefundHeld\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"tokenIndex\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"mediatorFee\",\"type\":\"uint96\"}],\"name\":\"TokenConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AmountZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ids\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"others\",\"type\":\"uint256\"}],\"name\":\"BatchLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BatchOutOfGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"callbackGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxCallbackGasLimit\",\"type\":\"uint256\"}],\"name\":\"CallbackGasLimitTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"CallbackGasTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CapacityZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"CommitteeNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"committeeId\",\"type\":\"uint32\"}],\"name\":\"CommitteeNotUsable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"ExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"MediatorFeeOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"moduleId\",\"type\":\"uint32\"}],\"name\":\"ModuleNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"NoCallbackPending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoDefaultCommittee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOfferProvider\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OfferLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offerId\",\"type\":\"uint256\"}],\"name\":\"OfferNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PriceTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecipientZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"RefundGasTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"runTime\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxRunTime\",\"type\":\"uint32\"}],\"name\":\"RunTimeInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"jobId\",\"type\":\"uint256\"}],\"name\":\"TermsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TokenLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TokenNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"ValueMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"least\",\"type\":\"uint256\"}],\"name\":\"ValueTooSmall\",\"type\":\"error\"}]",
	ID:  "e9eca3612908c0a7fafab2ffaec6127b5c",
	Bin: "0x610140604052348015610010575f5ffd5b50604051614d40380380614d4083398101604081905261002f91610144565b8484848484338061005957604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610062816100d9565b506001600160a01b03948516608090815260a094855260c093845260e09290925263ffffffff90811661010052604080519a9095166020808c01919091528a86019990995260608a0197909752880194909452919093168582015282518086039091018152930190528151910120610120526101ab565b600180546001600160a01b03191690556100f2816100f5565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f5f5f5f60a08688031215610158575f5ffd5b85516001600160a01b038116811461016e575f5ffd5b60208701516040880151606089015160808a01519398509196509450925063ffffffff8116811461019d575f5ffd5b809150509295509295909350565b60805160a05160c05160e0516101005161012051614b0f6102315f395f61046701525f81816109cc01528181610a3801528181612e7e0152612ec801525f8181611b6301528181611bb401528181611e2b0152611e6701525f8181611aed0152611e0701525f612f4601525f8181610b7c01528181611eac0152612dd30152614b0f5ff3fe608060405260043610610147575f3560e01c80637f5d86b9116100b35780639f27f44c1161006d5780639f27f44c146103c4578063db63e52b14610437578063e1f1176d14610456578063e30c397814610489578063eb8bad2e146104a6578063f2fde38b146104d2575f5ffd5b80637f5d86b9146102b457806384918376146102d35780638610f045146102f25780638da5cb5b146103115780639613eba814610341578063980971de14610354575f5ffd5b80636885d506116101045780636885d5061461020357806369328dec146102225780636e26d25b1461024157806370710a681461026d578063715018a61461028c57806379ba5097146102a0575f5ffd5b80633bbe45a71461014b57806347e7ef241461016c57806349e429911461017f5780634b4d697d1461019e5780635ed1c045146101d057806363bee911146101e4575b5f5ffd5b348015610156575f5ffd5b5061016a610165366004613937565b6104f1565b005b61016a61017a366004613971565b6105f2565b34801561018a575f5ffd5b5061016a6101993660046139ce565b610805565b3480156101a9575f5ffd5b506101bd6101b8366004613a20565b6108cb565b6040519081526020015b60405180910390f35b3480156101db575f5ffd5b506101bd600a81565b3480156101ef575f5ffd5b5061016a6101fe366004613a60565b610ecf565b34801561020e575f5ffd5b5061016a61021d366004613ab6565b6111a5565b34801561022d575f5ffd5b5061016a61023c366004613b12565b611367565b34801561024c575f5ffd5b5061026061025b366004613b86565b611545565b6040516101c79190613bf0565b348015610278575f5ffd5b50610260610287366004613c75565b611677565b348015610297575f5ffd5b5061016a6117ef565b3480156102ab575f5ffd5b5061016a611802565b3480156102bf575f5ffd5b506101bd6102ce366004613d11565b611846565b3480156102de575f5ffd5b506102606102ed366004613d2c565b611856565b3480156102fd575f5ffd5b5061016a61030c366004613db6565b6119b6565b34801561031c575f5ffd5b505f546001600160a01b03165b6040516001600160a01b0390911681526020016101c7565b6101bd61034f366004613e0a565b611a42565b34801561035f575f5ffd5b5061037361036e366004613e93565b611db3565b6040516101c791905f60c082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015263ffffffff60a08401511660a083015292915050565b3480156103cf575f5ffd5b506101bd6103de366004613eda565b604080516001600160a01b0387166020820152908101859052606081018490526080810183905263ffffffff821660a08201525f9060c00160405160208183030381529060405280519060200120905095945050505050565b348015610442575f5ffd5b5061016a610451366004613f1e565b611f9b565b348015610461575f5ffd5b506101bd7f000000000000000000000000000000000000000000000000000000000000000081565b348015610494575f5ffd5b506001546001600160a01b0316610329565b3480156104b1575f5ffd5b506104c56104c0366004613f49565b612157565b6040516101c79190613f87565b3480156104dd575f5ffd5b5061016a6104ec366004613fbe565b612260565b63ffffffff81165f908152600c602052604081205460ff8116916001909116900361053c5760405163e8b92b2360e01b815263ffffffff831660048201526024015b60405180910390fd5b60028054600160681b9081900463ffffffff9081165f908152600c60209081526040808320805460fd811660ff199182161790915593881680845292819020805490941660ff8888171617909355845464ffffffffff60681b191693820260ff60881b191693909317600486901c600f16600160881b810291909117909455905183815290917f59c793d7bd1005d0d9d361290c640946e27f0b27d9a8b160da9f3046608ac7dc910160405180910390a2505050565b6105fa6122d0565b5f61060483612305565b9050815f03610626576040516365e52d5160e11b815260040160405180910390fd5b8060ff165f0361065e5781341461065957604051630626ade360e41b815234600482015260248101839052604401610533565b61079a565b341561068557604051630626ade360e41b81523460048201525f6024820152604401610533565b6040516370a0823160e01b81523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa1580156106c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106ed9190613fd9565b90506107046001600160a01b038516333086612361565b6040516370a0823160e01b815230600482015281906001600160a01b038616906370a0823190602401602060405180830381865afa158015610748573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061076c9190613fd9565b6107769190614004565b9250825f03610798576040516365e52d5160e11b815260040160405180910390fd5b505b335f90815260066020908152604080832060ff85168452909152812080548492906107c6908490614017565b90915550506040518281526001600160a01b0384169033905f516020614ae35f395f51905f529060200160405180910390a35061080161239d565b5050565b5f61080f846123c7565b9050428264ffffffffff161161084157604051632e06d23960e21b815264ffffffffff83166004820152602401610533565b6001810180546bffffffffffffffffffffffff19166001600160601b038516908117909155815464ffffffffff60a01b1916600160a01b64ffffffffff851690810291909117835560408051928352602083019190915285917f87bd4843e20de0fb20049aaf27bb901fff6388d7e0f50f1f1b532d7da54ab939910160405180910390a250505050565b5f806108e26108dd6020850185613fbe565b612432565b5090505f61094a6108fb3686900386016040870161403e565b5f6068826080015163ffffffff16901b6048836060015163ffffffff16901b6028846040015163ffffffff16901b6008856020015163ffffffff16901b855f015160ff16171717179050919050565b90506001600160881b0381166109735760405163abbf840360e01b815260040160405180910390fd5b42610985610100860160e087016140d7565b64ffffffffff16116109c5576109a2610100850160e086016140d7565b604051632e06d23960e21b815264ffffffffff9091166004820152602401610533565b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166109fe6101a086016101808701613937565b63ffffffff161115610a6757610a1c6101a085016101808601613937565b604051636ba1c66160e01b815263ffffffff91821660048201527f00000000000000000000000000000000000000000000000000000000000000009091166024820152604401610533565b610a7961018085016101608601613937565b63ffffffff1615801590610ac057506004600c5f610a9f61018088016101608901613937565b63ffffffff16815260208101919091526040015f205460ff90811690911c16155b15610af957610ad761018085016101608601613937565b604051637b7eb96560e01b815263ffffffff9091166004820152602401610533565b600254600160401b900463ffffffff1663fffffffe198101610b2e576040516313c10cf560e21b815260040160405180910390fd5b610b37816140f0565b600280546bffffffff0000000000000000191663ffffffff8316600160401b81029190911790915594509050610b7561012086016101008701614114565b610cc4575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663334f7ac56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610bd6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bfa919061412d565b90505f5b610c0c610120880188614148565b9050811015610cc1575f610c24610120890189614148565b83818110610c3457610c3461418d565b9050602002016020810190610c499190613937565b905063ffffffff81161580610c6957508263ffffffff168163ffffffff16115b15610c8f576040516370d105eb60e11b815263ffffffff82166004820152602401610533565b5f87815260096020908152604080832063ffffffff909416835292905220805460ff1916600190811790915501610bfe565b50505b5f610cd761016087016101408801614114565b610ce1575f610ce4565b60025b610cf661012088016101008901614114565b610d00575f610d03565b60015b179050604051806101000160405280336001600160a01b031681526020018760e0016020810190610d3491906140d7565b64ffffffffff16815260ff808716602083015283166040820152606001610d6361018089016101608a01613937565b63ffffffff168152602001876020016020810190610d8191906141a1565b6001600160601b031681526001600160881b0385166020820152604001610db06101a089016101808a01613937565b62ffffff9081169091525f878152600860209081526040918290208451815492860151938601516060870151608088015163ffffffff16600160d81b0263ffffffff60d81b1960ff928316600160d01b0260ff60d01b1993909416600160c81b029290921661ffff60c81b1964ffffffffff909816600160a01b026001600160c81b03199097166001600160a01b0390951694909417959095179590951691909117179290921617815560a08301516001909101805460c085015160e090950151909316600160e81b026001600160e81b036001600160881b03909516600160601b026001600160e81b03199094166001600160601b03909316929092179290921792909216919091179055610ec685876125a9565b50505050919050565b6001600160a01b0383165f9081526005602052604081205460ff1690600190610f00600a6001600160581b036141bc565b60ff84165f908152600360205260409020549091506001600160a01b038781169116148015610f695760ff84165f908152600460205260409020546001600160581b0316600a8110610f5a57610f57600a826141bc565b93505b610f65600a826141db565b9250505b82856001600160601b03161080610f88575081856001600160601b0316115b15610fce5760405163df60ada360e01b81526001600160a01b03881660048201526001600160601b03861660248201526044810184905260648101839052608401610533565b8061107857600254600160601b900460ff1660fe198101611002576040516353bb24f960e01b815260040160405180910390fd5b9350836110108160016141f2565b6002805460ff60601b1916600160601b60ff938416021790556001600160a01b0389165f908152600560209081526040808320805460ff1916948a169485179055928252600490522080546affffffffffffffffffffff19166001600160581b038816179055505b604080516060810182526001600160a01b03898116825288151560208084019182526001600160581b038a811685870190815260ff8b165f8181526003909452968320955186549451915195166001600160a81b031990941693909317600160a01b93151593909302929092176001600160a81b0316600160a81b9390921692909202179091550361114957600280546bffffffffffffffffffffffff60901b1916600160901b881515026affffffffffffffffffffff60981b191617600160981b6001600160581b038816021790555b6040805187151581526001600160601b038716602082015260ff8616916001600160a01b038a16917f725e1ed776e0b247abcf2c878f1e9824b6cb955e6b5a613d73c824ea58396dcb910160405180910390a350505050505050565b5f858152600760209081526040808320600d8352818420825160608101845290546001600160a01b0381168252600160a01b810463ffffffff1682860152600160c01b90046001600160401b031692810192909252805490939192600160d01b90910416158015919082611225575060408301516001600160401b031615155b156112725761124b836020015163ffffffff1684604001516001600160401b03166126d8565b5f8a8152600d6020526040902080546001600160c01b0316905590506112728989836126f8565b60068560038111156112865761128661420b565b855460ff60d01b198116600160d01b9182900460ff90811693811690941b8416929092170217855587165f036112d55782516112d0908a908a905f6112cb868c614017565b612774565b6112f5565b6112e58989855f01518a8a612774565b6112f58989855f01515f85612774565b811561135c575f898660405160240161130f92919061421f565b60408051601f19818403018152919052602080820180516001600160e01b0316631528748760e21b179052850151909150611359908b9087908c90859063ffffffff166001612994565b50505b505050505050505050565b61136f6122d0565b5f61137984612305565b9050825f0361139b576040516365e52d5160e11b815260040160405180910390fd5b6001600160a01b0382166113c257604051633d9eb1db60e01b815260040160405180910390fd5b335f90815260066020908152604080832060ff851684529091529020548381101561141f5760405163861da4bd60e01b81523360048201526001600160a01b03861660248201526044810182905260648101859052608401610533565b6114298482614004565b335f81815260066020908152604080832060ff881684528252918290209390935580518781526001600160a01b0387811694820194909452928816927f889d364b5102aee044ff370e2e6a836584e5618a16dce4f5b191459cf3903e58910160405180910390a38160ff165f03611522575f836001600160a01b0316856040515f6040518083038185875af1925050503d805f81146114e3576040519150601f19603f3d011682016040523d82523d5f602084013e6114e8565b606091505b505090508061151c57604051630e21dcbb60e11b81526001600160a01b038516600482015260248101869052604401610533565b50611536565b6115366001600160a01b0386168486612ba5565b505061154061239d565b505050565b606083828114611572576040516381b5b20760e01b81526004810182905260248101849052604401610533565b806001600160401b0381111561158a5761158a61402a565b6040519080825280602002602001820160405280156115b3578160200160208202803683370190505b5091505f5b8181101561166d57611642818888848181106115d6576115d661418d565b905060200201358787858181106115ef576115ef61418d565b9050602002810190611601919061424f565b604051602401611613939291906142b9565b60408051601f198184030181529190526020810180516001600160e01b0316634606ebcd60e11b179052612bda565b508382815181106116555761165561418d565b911515602092830291909101909101526001016115b8565b5050949350505050565b6060858481146116a4576040516381b5b20760e01b81526004810182905260248101869052604401610533565b8281146116ce576040516381b5b20760e01b81526004810182905260248101849052604401610533565b806001600160401b038111156116e6576116e661402a565b60405190808252806020026020018201604052801561170f578160200160208202803683370190505b5091505f5b818110156117e3576117b8818a8a848181106117325761173261418d565b9050602002013589898581811061174b5761174b61418d565b90506101a002018888868181106117645761176461418d565b9050602002810190611776919061424f565b604051602401611789949392919061441e565b60408051601f198184030181529190526020810180516001600160e01b03166393f7755960e01b179052612bda565b508382815181106117cb576117cb61418d565b91151560209283029190910190910152600101611714565b50509695505050505050565b6117f7612d14565b6118005f612d40565b565b60015433906001600160a01b0316811461183a5760405163118cdaa760e01b81526001600160a01b0382166004820152602401610533565b61184381612d40565b50565b5f61185082612d59565b92915050565b606085848114611883576040516381b5b20760e01b81526004810182905260248101869052604401610533565b8281146118ad576040516381b5b20760e01b81526004810182905260248101849052604401610533565b806001600160401b038111156118c5576118c561402a565b6040519080825280602002602001820160405280156118ee578160200160208202803683370190505b5091505f5b818110156117e35761198b818a8a848181106119115761191161418d565b9050602002013589898581811061192a5761192a61418d565b905060200201358888868181106119435761194361418d565b90506101a0020160405160240161195c93929190614447565b60408051601f198184030181529190526020810180516001600160e01b031663226ed86960e11b179052612bda565b5083828151811061199e5761199e61418d565b911515602092830291909101909101526001016118f3565b5f6119c0826123c7565b805490915042600160a01b90910464ffffffffff16116119f65760405163f270fad760e01b815260048101839052602401610533565b805464ffffffffff60a01b1916600160a01b4264ffffffffff160217815560405182907facbc44b7f46dc350c99fc0d9e5f61ed5c588cb4cdc6b69ea0deb0c5b28e5efc4905f90a25050565b5f611a4b6122d0565b5f80611a648888611a5f6020880188613fbe565b612d6e565b604080516060810190915291935091505f908082611a8860c0890160a08a01613fbe565b6001600160a01b031614611aab57611aa660c0880160a08901613fbe565b611aad565b335b6001600160a01b03168152602001611acb6080880160608901613937565b63ffffffff1615611aeb57611ae66080880160608901613937565b611b0d565b7f00000000000000000000000000000000000000000000000000000000000000005b63ffffffff168152602001611b2860a0880160808901614463565b6001600160401b031615611b4b57611b4660a0880160808901614463565b611b53565b611b53612f89565b6001600160401b031681525090507f0000000000000000000000000000000000000000000000000000000000000000816020015163ffffffff161115611be0576020810151604051634dc3ced360e01b815263ffffffff90911660048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610533565b5f611c02826020015163ffffffff1683604001516001600160401b03166126d8565b9050611c1460608701604088016141a1565b6001600160601b03166060850181905283515f9190611c3a90899060ff16158386612f9a565b611c449190614004565b90506001600160601b03811115611c71576040516306d02d6760e11b815260048101829052602401610533565b6001600160601b03811660408087019190915280516020601f8b01819004810282018101909252898152908a908a90819084018382808284375f9201829052506101208a0194909452505050604085015160021b6103fc16611cd960e08a0160c08b01614114565b611ce3575f611ce6565b60205b176001179050611d21611d16611cff60208b018b613fbe565b604089015160608a01518a5160a08c01518b613223565b8760c0015183613341565b9650855f015163ffffffff16336001600160a01b0316887f8633e94a7138c6ec9fc505c4f000674b904893f5fd4debe72b36a5fb73b3f0648989602001518a604001518b60600151604051611d799493929190614502565b60405180910390a4611d9c8785611d9660e08c0160c08d01614114565b8661347f565b505050505050611daa61239d565b95945050505050565b611dec6040518060c001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f63ffffffff1681525090565b5f63ffffffff831615611e05578263ffffffff16611e27565b7f00000000000000000000000000000000000000000000000000000000000000005b90507f0000000000000000000000000000000000000000000000000000000000000000811115611e9357604051634dc3ced360e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610533565b60405163d495349f60e01b81525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d495349f90611ee39089908990600401614602565b608060405180830381865afa158015611efe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f229190614615565b600160208801526001600160601b03811660408801529350611f479250612f89915050565b6001600160401b031660808401819052611f629083906126d8565b6060840181905263ffffffff831660a08501526040840151611f85906001614017565b611f8f9190614017565b83525090949350505050565b611fa36122d0565b5f8381526007602052604081208054909160ff600160d01b909204918216916002169003611fe757604051632523c90f60e21b815260048101869052602401610533565b611ff685836001015485613531565b5f858152600d6020526040902054600160a01b900463ffffffff168085111561201c5750835b8254600160c81b900460ff165f600582600981111561203d5761203d61420b565b148061205a575060078260098111156120585761205861420b565b145b90505f816120bc57886003600687901c81169081111561207c5761207c61420b565b60405160240161208d92919061421f565b60408051601f198184030181529190526020810180516001600160e01b0316631528748760e21b179052612106565b5f898152600a60205260409081902090516120db918b916024016146ae565b60408051601f198184030181529190526020810180516001600160e01b0316633d24a1b160e11b1790525b9050612122898761211a60208b018b613fbe565b84885f612994565b15612149575f60018701558115612149575f898152600a602052604081206121499161384a565b50505050505061154061239d565b606081806001600160401b038111156121725761217261402a565b60405190808252806020026020018201604052801561219b578160200160208202803683370190505b5091505f5b81811015612258575f5f612211838888868181106121c0576121c061418d565b90506020028101906121d29190614760565b6040516024016121e291906147c0565b60408051601f198184030181529190526020810180516001600160e01b03166333f3488b60e01b179052612bda565b91509150811561224e578080602001905181019061222f9190613fd9565b8584815181106122415761224161418d565b6020026020010181815250505b50506001016121a0565b505092915050565b612268612d14565b600180546001600160a01b0383166001600160a01b031990911681179091556122985f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b6122d861355c565b61180060017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061359c565b6001600160a01b038082165f8181526005602090815260408083205460ff168084526003909252909120549092161461235c5760405163094403b760e41b81526001600160a01b0383166004820152602401610533565b919050565b61236f8484848460016135a3565b61239757604051635274afe760e01b81526001600160a01b0385166004820152602401610533565b50505050565b6118005f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006122ff565b5f81815260086020526040902080546001600160a01b03166123ff576040516307cddb9360e21b815260048101839052602401610533565b80546001600160a01b0316331461235c57604051635facae9d60e01b815260048101839052336024820152604401610533565b5f806001600160a01b0383166124fd576040805160e0810182526002546001600160401b0381168252600160401b810463ffffffff9081166020840152600160601b820460ff90811694840194909452600160681b8204166060830152600160881b810483166080830152600160901b8104909216151560a08201819052600160981b9092046001600160581b031660c0820152906124ef5760405163094403b760e41b81526001600160a01b0385166004820152602401610533565b60c001515f94909350915050565b6001600160a01b038381165f8181526005602090815260408083205460ff908116808552600384529382902082516060810184529054968716808252600160a01b8804909216151593810193909352600160a81b9095046001600160581b0316908201529094509114158061257457508060200151155b1561259d5760405163094403b760e41b81526001600160a01b0385166004820152602401610533565b60400151919391925050565b6125b66020820182613fbe565b6001600160a01b031633837f4726daaf333bd560b7b04c773b8212e7022c6d7023f1f6c344d8fb8e98d963c56125f260408601602087016141a1565b60408601612607610100880160e089016140d7565b61261961012089016101008a01614114565b61262b6101208a016101008b01614114565b6126735761263d6101208a018a614148565b808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061268292505050565b604080515f8152602081019091525b6126946101608b016101408c01614114565b6126a66101808c016101608d01613937565b6126b86101a08d016101808e01613937565b6040516126cc9897969594939291906148d0565b60405180910390a45050565b5f816126e7620249f085614017565b6126f191906141db565b9392505050565b6001600160a01b0382165f9081526006602090815260408083208380529091528120805483929061272a908490614017565b90915550506040518181526001600160a01b0383169084907fef9ce8338b87fff5d1cf0da0619b0ccb5953110a153e01d87ba8fd38cc9329b29060200160405180910390a3505050565b801561298d575f619c4061278c603f620186a06141bc565b61279990620186a0614017565b6127a39190614017565b9050805a10156127d2575a60405163785d474960e11b8152600481019190915260248101829052604401610533565b6001600160a01b0385165f90815260066020908152604080832060ff871684529091529020546128028382614004565b6001600160a01b038088165f90815260066020908152604080832060ff8a16808552908352818420959095556003909152812054909116918103612852575f5f5f5f888b620186a0f190506128d0565b604080516001600160a01b03891660248201526044808201889052825180830390910181526064909101909152602080820180516001600160e01b031663a9059cbb60e01b17815282515f918287620186a0f1915081156128ce573d80156128c55760015f5114601f3d111692506128cc565b5f843b1192505b505b505b801561292557604080518681526001600160a01b03898116602083015280851692908b16917f889d364b5102aee044ff370e2e6a836584e5618a16dce4f5b191459cf3903e58910160405180910390a361135c565b6001600160a01b038881165f90815260066020908152604080832060ff8b1684528252918290208690559051878152848316928a16918c917f3f97cb9a1bdc046d3ed4b2c85f13999e4908ce0940b6f68961ec054441df406b910160405180910390a4505050505b5050505050565b5f868152600d602052604081208054875460ff60d01b1981166002600160d01b9283900460ff1617909102178855600160c01b90046001600160401b03168380156129e75750806001600160401b031648115b15612a3957604080516001600160401b03831681524860208201528a917f3c14765d7b07095305d49feaae6317f52530d1a388578889ccc045d224d85df6910160405180910390a25f92505050612b9b565b5f6201fbd0612a49603f886141bc565b612a539088614017565b612a5d9190614017565b9050805a1015612a8c575a604051630c99e82d60e21b8152600481019190915260248101829052604401610533565b6001600160401b03821615612ad65782546001600160c01b0316808455612ad6908b903390612ad190600160a01b900463ffffffff166001600160401b0387166126d8565b6126f8565b5f5f5f895160208b015f8d8cf19050808015612afb57506001600160a01b0389163b15155b15612b5e57895460ff60d01b198116600160d01b9182900460fd16909102178a556040516001600160a01b038a16908c907f2d2873d12542033435a0c7dfe7dbbb2a09abfe8285ba39d644cc4f9677c83f8b905f90a36001945050505050612b9b565b6040516001600160a01b038a16908c907f2aa2f30cf59580d573e46b947814f9659bb093c7d40a744fd397ccee77911d4d905f90a35f9450505050505b9695505050505050565b612bb28383836001613610565b61154057604051635274afe760e01b81526001600160a01b0384166004820152602401610533565b5f60605f5a9050306001600160a01b031684604051612bf9919061497f565b5f60405180830381855af49150503d805f8114612c31576040519150601f19603f3d011682016040523d82523d5f602084013e612c36565b606091505b5090935091508215612c485750612d0d565b612c53603f826141bc565b5a1015612c7657604051633b12a84560e11b815260048101869052602401610533565b5f612c8083614995565b90506001600160e01b03198116630c99e82d60e21b1480612cb157506001600160e01b0319811663785d474960e11b145b15612cbe57825160208401fd5b612cc785614995565b6001600160e01b0319167fbeb27874ca3aa651f8c6347672e5a970271d6ac56c451ac0dbf649fd86256ab48785604051612d029291906149d3565b60405180910390a250505b9250929050565b5f546001600160a01b031633146118005760405163118cdaa760e01b8152336004820152602401610533565b600180546001600160a01b031916905561184381613672565b5f6040516101a08382376101a0902092915050565b612d76613881565b6040805160a0810182525f80825260208201819052918101829052606081018290526080810191909152612da983612432565b6001600160581b0316606083015260ff16815260405163d495349f60e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063d495349f90612e0a9088908890600401614602565b608060405180830381865afa158015612e25573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e499190614615565b6001600160601b0316606086015263ffffffff90811660a086019081526001600160881b0390921660808501529182168452517f0000000000000000000000000000000000000000000000000000000000000000821691161115612ef75760a0820151604051636ba1c66160e01b815263ffffffff91821660048201527f00000000000000000000000000000000000000000000000000000000000000009091166024820152604401610533565b612f005f6136c1565b60ff16604083015263ffffffff166020808301919091526001600160a01b038416908301526080810151612f3c906001600160881b03166137d1565b6080830152612f6b7f000000000000000000000000000000000000000000000000000000000000000042614017565b64ffffffffff1660c083015260016101008301529094909350915050565b5f612f954860026141db565b905090565b5f80612fa7846001614017565b9050841561304a57602086013515612fde57604051630626ade360e41b8152602087013560048201525f6024820152604401610533565b612fe88382614017565b9050803410156130145760405163d01ab50b60e01b815234600482015260248101829052604401610533565b6040513481525f9033905f516020614ae35f395f51905f529060200160405180910390a36130428334614004565b91505061321b565b82341461307357604051630626ade360e41b815234600482015260248101849052604401610533565b5f6130816020880188613fbe565b6040516370a0823160e01b81523060048201529091505f906001600160a01b038316906370a0823190602401602060405180830381865afa1580156130c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130ec9190613fd9565b90506131076001600160a01b038316333060208c0135612361565b6040516370a0823160e01b815230600482015281906001600160a01b038416906370a0823190602401602060405180830381865afa15801561314b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061316f9190613fd9565b6131799190614004565b9350828410156131a65760405163d01ab50b60e01b81526004810185905260248101849052604401610533565b6131b36020890189613fbe565b6001600160a01b0316336001600160a01b03165f516020614ae35f395f51905f52866040516131e491815260200190565b60405180910390a33415613217576040513481525f9033905f516020614ae35f395f51905f529060200160405180910390a35b5050505b949350505050565b61329260408051610120810182525f80825260208083018290528284018290526060808401839052608080850184905260a080860185905260c0860185905260e08601859052865190810187528481529283018490529482018390528101829052928301529061010082015290565b604051806101200160405280336001600160a01b03168152602001886001600160a01b03168152602001876001600160601b03168152602001866001600160601b031681526020018563ffffffff1681526020018463ffffffff168152602001836020015163ffffffff16815260200183606001516001600160581b03166001600160601b0316815260200161333484608001516001600160881b03166137d1565b9052979650505050505050565b600280545f9190829061335c906001600160401b03166149eb565b82546001600160401b039182166101009390930a83810292021916179091556040805160c0810182525f815264ffffffffff8616602082015291925081016001815260ff841660208201525f60408201526060016133b98661381b565b90525f82815260076020908152604091829020835181549285015164ffffffffff16600160a01b026001600160c81b03199093166001600160a01b039091161791909117808255918301519091829060ff60c81b1916600160c81b8360098111156134265761342661420b565b021790555060608201518154608084015163ffffffff16600160d81b0263ffffffff60d81b1960ff909316600160d01b029290921664ffffffffff60d01b199091161717815560a0909101516001909101559392505050565b5f848152600d60209081526040918290208551815487840151888601516001600160a01b039093166001600160c01b03199092168217600160a01b63ffffffff909216918202176001600160c01b0316600160c01b6001600160401b039094169390930292909217909255835190815291820184905284151582840152915186917f7643668bafbed331ba3c9d1d667b3afde43509a1f6f7754d3316312f30104363919081900360600190a350505050565b61353a81612d59565b821461154057604051637b1cb83b60e01b815260048101849052602401610533565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561180057604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166135ff5783831516156135f3573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661366657838315161561365a573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f8263ffffffff165f03613786576040805160e0810182526002546001600160401b038116825263ffffffff600160401b82048116602084015260ff600160601b8304811694840194909452600160681b82041660608301819052600160881b820484166080840152600160901b8204909316151560a08301526001600160581b03600160981b9091041660c0820152905f036137725760405163026fdd7760e11b815260040160405180910390fd5b806060015181608001519250925050915091565b5063ffffffff82165f908152600c602052604081205460041c600f16908190036137cb57604051637b7eb96560e01b815263ffffffff84166004820152602401610533565b91929050565b6040805160a08101825260ff8316815263ffffffff600884901c81166020830152602884901c811692820192909252604883901c8216606082015260689290921c16608082015290565b5f8160405160200161382d9190614a0c565b604051602081830303815290604052805190602001209050919050565b5080546138569061467c565b5f825580601f10613865575050565b601f0160209004905f5260205f20908101906118439190613903565b60408051610140810182525f808252602082018190529181018290526060810191909152608081016138d96040805160a0810182525f8082526020820181905291810182905260608101829052608081019190915290565b81525f60208201819052604082018190526060808301829052608083019190915260a09091015290565b5b80821115613917575f8155600101613904565b5090565b63ffffffff81168114611843575f5ffd5b803561235c8161391b565b5f60208284031215613947575f5ffd5b81356126f18161391b565b6001600160a01b0381168114611843575f5ffd5b803561235c81613952565b5f5f60408385031215613982575f5ffd5b823561398d81613952565b946020939093013593505050565b6001600160601b0381168114611843575f5ffd5b803561235c8161399b565b803564ffffffffff8116811461235c575f5ffd5b5f5f5f606084860312156139e0575f5ffd5b8335925060208401356139f28161399b565b9150613a00604085016139ba565b90509250925092565b5f6101a08284031215613a1a575f5ffd5b50919050565b5f60208284031215613a30575f5ffd5b81356001600160401b03811115613a45575f5ffd5b61321b84828501613a09565b8035801515811461235c575f5ffd5b5f5f5f60608486031215613a72575f5ffd5b8335613a7d81613952565b9250613a8b60208501613a51565b91506040840135613a9b8161399b565b809150509250925092565b803560ff8116811461235c575f5ffd5b5f5f5f5f5f60a08688031215613aca575f5ffd5b853594506020860135613adc81613952565b9350613aea60408701613aa6565b925060608601359150608086013560048110613b04575f5ffd5b809150509295509295909350565b5f5f5f60608486031215613b24575f5ffd5b8335613b2f81613952565b9250602084013591506040840135613a9b81613952565b5f5f83601f840112613b56575f5ffd5b5081356001600160401b03811115613b6c575f5ffd5b6020830191508360208260051b8501011115612d0d575f5ffd5b5f5f5f5f60408587031215613b99575f5ffd5b84356001600160401b03811115613bae575f5ffd5b613bba87828801613b46565b90955093505060208501356001600160401b03811115613bd8575f5ffd5b613be487828801613b46565b95989497509550505050565b602080825282518282018190525f918401906040840190835b81811015613c295783511515835260209384019390920191600101613c09565b509095945050505050565b5f5f83601f840112613c44575f5ffd5b5081356001600160401b03811115613c5a575f5ffd5b6020830191508360206101a083028501011115612d0d575f5ffd5b5f5f5f5f5f5f60608789031215613c8a575f5ffd5b86356001600160401b03811115613c9f575f5ffd5b613cab89828a01613b46565b90975095505060208701356001600160401b03811115613cc9575f5ffd5b613cd589828a01613c34565b90955093505060408701356001600160401b03811115613cf3575f5ffd5b613cff89828a01613b46565b979a9699509497509295939492505050565b5f6101a08284031215613d22575f5ffd5b6126f18383613a09565b5f5f5f5f5f5f60608789031215613d41575f5ffd5b86356001600160401b03811115613d56575f5ffd5b613d6289828a01613b46565b90975095505060208701356001600160401b03811115613d80575f5ffd5b613d8c89828a01613b46565b90955093505060408701356001600160401b03811115613daa575f5ffd5b613cff89828a01613c34565b5f60208284031215613dc6575f5ffd5b5035919050565b5f5f83601f840112613ddd575f5ffd5b5081356001600160401b03811115613df3575f5ffd5b602083019150836020828501011115612d0d575f5ffd5b5f5f5f5f5f858703610120811215613e20575f5ffd5b86356001600160401b03811115613e35575f5ffd5b613e4189828a01613dcd565b90975095505060208701356001600160401b03811115613e5f575f5ffd5b613e6b89828a01613dcd565b90955093505060e0603f1982011215613e82575f5ffd5b506040860190509295509295909350565b5f5f5f60408486031215613ea5575f5ffd5b83356001600160401b03811115613eba575f5ffd5b613ec686828701613dcd565b9094509250506020840135613a9b8161391b565b5f5f5f5f5f60a08688031215613eee575f5ffd5b8535613ef981613952565b94506020860135935060408601359250606086013591506080860135613b048161391b565b5f5f5f6101e08486031215613f31575f5ffd5b8335925060208401359150613a008560408601613a09565b5f5f60208385031215613f5a575f5ffd5b82356001600160401b03811115613f6f575f5ffd5b613f7b85828601613b46565b90969095509350505050565b602080825282518282018190525f918401906040840190835b81811015613c29578351835260209384019390920191600101613fa0565b5f60208284031215613fce575f5ffd5b81356126f181613952565b5f60208284031215613fe9575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561185057611850613ff0565b8082018082111561185057611850613ff0565b634e487b7160e01b5f52604160045260245ffd5b5f60a082840312801561404f575f5ffd5b5060405160a081016001600160401b038111828210171561407e57634e487b7160e01b5f52604160045260245ffd5b60405261408a83613aa6565b81526140986020840161392c565b60208201526140a96040840161392c565b60408201526140ba6060840161392c565b60608201526140cb6080840161392c565b60808201529392505050565b5f602082840312156140e7575f5ffd5b6126f1826139ba565b5f63ffffffff821663ffffffff810361410b5761410b613ff0565b60010192915050565b5f60208284031215614124575f5ffd5b6126f182613a51565b5f6020828403121561413d575f5ffd5b81516126f18161391b565b5f5f8335601e1984360301811261415d575f5ffd5b8301803591506001600160401b03821115614176575f5ffd5b6020019150600581901b3603821315612d0d575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156141b1575f5ffd5b81356126f18161399b565b5f826141d657634e487b7160e01b5f52601260045260245ffd5b500490565b808202811582820484141761185057611850613ff0565b60ff818116838216019081111561185057611850613ff0565b634e487b7160e01b5f52602160045260245ffd5b828152604081016004831061424257634e487b7160e01b5f52602160045260245ffd5b8260208301529392505050565b5f5f8335601e19843603018112614264575f5ffd5b8301803591506001600160401b0382111561427d575f5ffd5b602001915036819003821315612d0d575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f611daa604083018486614291565b60ff6142dd82613aa6565b16825260208101356142ee8161391b565b63ffffffff16602083015260408101356143078161391b565b63ffffffff16604083015260608101356143208161391b565b63ffffffff16606083015260808101356143398161391b565b63ffffffff81166080840152505050565b803561435581613952565b6001600160a01b0316825261436c60208201613966565b6001600160a01b03166020830152614386604082016139af565b6001600160601b031660408301526143a0606082016139af565b6001600160601b031660608301526143ba6080820161392c565b63ffffffff1660808301526143d160a0820161392c565b63ffffffff1660a08301526143e860c0820161392c565b63ffffffff1660c08301526143ff60e082016139af565b6001600160601b031660e08301526108016101008084019083016142d2565b84815261442e602082018561434a565b6101e06101c08201525f612b9b6101e083018486614291565b838152602081018390526101e0810161321b604083018461434a565b5f60208284031215614473575f5ffd5b81356001600160401b03811681146126f1575f5ffd5b60ff815116825263ffffffff602082015116602083015263ffffffff604082015116604083015263ffffffff606082015116606083015263ffffffff60808201511660808301525050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6080815261451960808201865163ffffffff169052565b5f602086015161453460a08401826001600160a01b03169052565b5060408601516001600160601b0390811660c084015260608701511660e08301526080860151614568610100840182614489565b5060a086015163ffffffff81166101a08401525060c086015164ffffffffff81166101c08401525060e086015163ffffffff81166101e084015250610100860151801515610200840152506101208601516101c06102208401526145d06102408401826144d4565b9150506145e5602083018663ffffffff169052565b60ff841660408301526001600160581b0383166060830152611daa565b602081525f61321b602083018486614291565b5f5f5f5f60808587031215614628575f5ffd5b84516146338161391b565b60208601519094506001600160881b038116811461464f575f5ffd5b60408601519093506146608161391b565b60608601519092506146718161399b565b939692955090935050565b600181811c9082168061469057607f821691505b602082108103613a1a57634e487b7160e01b5f52602260045260245ffd5b828152604060208201525f5f83545f8160011c905060018216806146d357607f821691505b6020821081036146f157634e487b7160e01b5f52602260045260245ffd5b6040860182905260608601818015614710576001811461472657614752565b60ff198516825283151560051b82019550614752565b5f898152602090205f5b8581101561474c57815484820152600190910190602001614730565b83019650505b509398975050505050505050565b5f82356101be19833603018112614775575f5ffd5b9190910192915050565b5f5f8335601e19843603018112614794575f5ffd5b83016020810192503590506001600160401b038111156147b2575f5ffd5b803603821315612d0d575f5ffd5b602081526147de602082016147d48461392c565b63ffffffff169052565b5f6147eb60208401613966565b6001600160a01b038116604084015250614807604084016139af565b6001600160601b038116606084015250614823606084016139af565b6001600160601b03811660808401525061484360a08301608085016142d2565b614850610120840161392c565b63ffffffff81166101408401525061486b61014084016139ba565b64ffffffffff811661016084015250614887610160840161392c565b63ffffffff8116610180840152506148a26101808401613a51565b8015156101a0840152506148ba6101a084018461477f565b6101c080850152611daa6101e085018284614291565b5f61018082016001600160601b038b1683526148ef602084018b6142d2565b64ffffffffff891660c084015287151560e084015261018061010084015286519081905260208701906101a08401905f5b8181101561494457835163ffffffff16835260209384019390920191600101614920565b505086151561012085015291506149589050565b63ffffffff841661014083015263ffffffff83166101608301529998505050505050505050565b5f82518060208501845e5f920191825250919050565b805160208201516001600160e01b03198116919060048210156149cc576001600160e01b0319600483900360031b81901b82161692505b5050919050565b828152604060208201525f61321b60408301846144d4565b5f6001600160401b0382166001600160401b03810361410b5761410b613ff0565b81516001600160a01b039081168252602080840151909116908201526040808301516101a0830191614a48908401826001600160601b03169052565b506060830151614a6360608401826001600160601b03169052565b506080830151614a7b608084018263ffffffff169052565b5060a0830151614a9360a084018263ffffffff169052565b5060c0830151614aab60c084018263ffffffff169052565b5060e0830151614ac660e08401826001600160601b03169052565b50610100830151614adb610100840182614489565b509291505056fe8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a7a164736f6c634300081e000a",
}

// PondMarketExtension is an auto generated Go binding around an Ethereum contract.
type PondMarketExtension struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PondMarketExtension) GetABI() abi.ABI {
	return c.abi
}

// NewPondMarketExtension creates a new instance of PondMarketExtension.
func NewPondMarketExtension() *PondMarketExtension {
	parsed, err := PondMarketExtensionMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PondMarketExtension{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PondMarketExtension) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address moduleRegistry, uint256 clientJobLifetime, uint256 callbackGasLimit, uint256 maxCallbackGasLimit, uint32 maxRunTime) returns()
func (pondMarketExtension *PondMarketExtension) PackConstructor(moduleRegistry common.Address, clientJobLifetime *big.Int, callbackGasLimit *big.Int, maxCallbackGasLimit *big.Int, maxRunTime uint32) []byte {
	enc, err := pondMarketExtension.abi.Pack("", moduleRegistry, clientJobLifetime, callbackGasLimit, maxCallbackGasLimit, maxRunTime)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMEDIATORFEERANGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ed1c045.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MEDIATOR_FEE_RANGE() view returns(uint256)
func (pondMarketExtension *PondMarketExtension) PackMEDIATORFEERANGE() []byte {
	enc, err := pondMarketExtension.abi.Pack("MEDIATOR_FEE_RANGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMEDIATORFEERANGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ed1c045.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MEDIATOR_FEE_RANGE() view returns(uint256)
func (pondMarketExtension *PondMarketExtension) TryPackMEDIATORFEERANGE() ([]byte, error) {
	return pondMarketExtension.abi.Pack("MEDIATOR_FEE_RANGE")
}

// UnpackMEDIATORFEERANGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ed1c045.
//
// Solidity: function MEDIATOR_FEE_RANGE() view returns(uint256)
func (pondMarketExtension *PondMarketExtension) UnpackMEDIATORFEERANGE(data []byte) (*big.Int, error) {
	out, err := pondMarketExtension.abi.Unpack("MEDIATOR_FEE_RANGE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (pondMarketExtension *PondMarketExtension) PackAcceptOwnership() []byte {
	enc, err := pondMarketExtension.abi.Pack("acceptOwnership")
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
func (pondMarketExtension *PondMarketExtension) TryPackAcceptOwnership() ([]byte, error) {
	return pondMarketExtension.abi.Pack("acceptOwnership")
}

// PackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configHash() view returns(bytes32)
func (pondMarketExtension *PondMarketExtension) PackConfigHash() []byte {
	enc, err := pondMarketExtension.abi.Pack("configHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configHash() view returns(bytes32)
func (pondMarketExtension *PondMarketExtension) TryPackConfigHash() ([]byte, error) {
	return pondMarketExtension.abi.Pack("configHash")
}

// UnpackConfigHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1f1176d.
//
// Solidity: function configHash() view returns(bytes32)
func (pondMarketExtension *PondMarketExtension) UnpackConfigHash(data []byte) ([32]byte, error) {
	out, err := pondMarketExtension.abi.Unpack("configHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackConfigOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f27f44c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configOf(address moduleRegistry, uint256 clientJobLifetime, uint256 callbackGasLimit, uint256 maxCallbackGasLimit, uint32 maxRunTime) pure returns(bytes32)
func (pondMarketExtension *PondMarketExtension) PackConfigOf(moduleRegistry common.Address, clientJobLifetime *big.Int, callbackGasLimit *big.Int, maxCallbackGasLimit *big.Int, maxRunTime uint32) []byte {
	enc, err := pondMarketExtension.abi.Pack("configOf", moduleRegistry, clientJobLifetime, callbackGasLimit, maxCallbackGasLimit, maxRunTime)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f27f44c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configOf(address moduleRegistry, uint256 clientJobLifetime, uint256 callbackGasLimit, uint256 maxCallbackGasLimit, uint32 maxRunTime) pure returns(bytes32)
func (pondMarketExtension *PondMarketExtension) TryPackConfigOf(moduleRegistry common.Address, clientJobLifetime *big.Int, callbackGasLimit *big.Int, maxCallbackGasLimit *big.Int, maxRunTime uint32) ([]byte, error) {
	return pondMarketExtension.abi.Pack("configOf", moduleRegistry, clientJobLifetime, callbackGasLimit, maxCallbackGasLimit, maxRunTime)
}

// UnpackConfigOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f27f44c.
//
// Solidity: function configOf(address moduleRegistry, uint256 clientJobLifetime, uint256 callbackGasLimit, uint256 maxCallbackGasLimit, uint32 maxRunTime) pure returns(bytes32)
func (pondMarketExtension *PondMarketExtension) UnpackConfigOf(data []byte) ([32]byte, error) {
	out, err := pondMarketExtension.abi.Unpack("configOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackConfigureToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63bee911.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureToken(address token, bool allowed, uint96 mediatorFee) returns()
func (pondMarketExtension *PondMarketExtension) PackConfigureToken(token common.Address, allowed bool, mediatorFee *big.Int) []byte {
	enc, err := pondMarketExtension.abi.Pack("configureToken", token, allowed, mediatorFee)
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
func (pondMarketExtension *PondMarketExtension) TryPackConfigureToken(token common.Address, allowed bool, mediatorFee *big.Int) ([]byte, error) {
	return pondMarketExtension.abi.Pack("configureToken", token, allowed, mediatorFee)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47e7ef24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(address token, uint256 amount) payable returns()
func (pondMarketExtension *PondMarketExtension) PackDeposit(token common.Address, amount *big.Int) []byte {
	enc, err := pondMarketExtension.abi.Pack("deposit", token, amount)
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
func (pondMarketExtension *PondMarketExtension) TryPackDeposit(token common.Address, amount *big.Int) ([]byte, error) {
	return pondMarketExtension.abi.Pack("deposit", token, amount)
}

// PackFinalizeJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70710a68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeJobs(uint256[] jobIds, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] terms, string[] resultCids) returns(bool[] done)
func (pondMarketExtension *PondMarketExtension) PackFinalizeJobs(jobIds []*big.Int, terms []IPondMarketJobTerms, resultCids []string) []byte {
	enc, err := pondMarketExtension.abi.Pack("finalizeJobs", jobIds, terms, resultCids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70710a68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeJobs(uint256[] jobIds, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] terms, string[] resultCids) returns(bool[] done)
func (pondMarketExtension *PondMarketExtension) TryPackFinalizeJobs(jobIds []*big.Int, terms []IPondMarketJobTerms, resultCids []string) ([]byte, error) {
	return pondMarketExtension.abi.Pack("finalizeJobs", jobIds, terms, resultCids)
}

// UnpackFinalizeJobs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70710a68.
//
// Solidity: function finalizeJobs(uint256[] jobIds, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] terms, string[] resultCids) returns(bool[] done)
func (pondMarketExtension *PondMarketExtension) UnpackFinalizeJobs(data []byte) ([]bool, error) {
	out, err := pondMarketExtension.abi.Unpack("finalizeJobs", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackHashTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5d86b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashTerms((address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) pure returns(bytes32)
func (pondMarketExtension *PondMarketExtension) PackHashTerms(t IPondMarketJobTerms) []byte {
	enc, err := pondMarketExtension.abi.Pack("hashTerms", t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f5d86b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashTerms((address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) pure returns(bytes32)
func (pondMarketExtension *PondMarketExtension) TryPackHashTerms(t IPondMarketJobTerms) ([]byte, error) {
	return pondMarketExtension.abi.Pack("hashTerms", t)
}

// UnpackHashTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f5d86b9.
//
// Solidity: function hashTerms((address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) pure returns(bytes32)
func (pondMarketExtension *PondMarketExtension) UnpackHashTerms(data []byte) ([32]byte, error) {
	out, err := pondMarketExtension.abi.Unpack("hashTerms", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMatchJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84918376.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function matchJobs(uint256[] jobIds, uint256[] offerIds, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] terms) returns(bool[] done)
func (pondMarketExtension *PondMarketExtension) PackMatchJobs(jobIds []*big.Int, offerIds []*big.Int, terms []IPondMarketJobTerms) []byte {
	enc, err := pondMarketExtension.abi.Pack("matchJobs", jobIds, offerIds, terms)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMatchJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84918376.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function matchJobs(uint256[] jobIds, uint256[] offerIds, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] terms) returns(bool[] done)
func (pondMarketExtension *PondMarketExtension) TryPackMatchJobs(jobIds []*big.Int, offerIds []*big.Int, terms []IPondMarketJobTerms) ([]byte, error) {
	return pondMarketExtension.abi.Pack("matchJobs", jobIds, offerIds, terms)
}

// UnpackMatchJobs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84918376.
//
// Solidity: function matchJobs(uint256[] jobIds, uint256[] offerIds, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32))[] terms) returns(bool[] done)
func (pondMarketExtension *PondMarketExtension) UnpackMatchJobs(data []byte) ([]bool, error) {
	out, err := pondMarketExtension.abi.Unpack("matchJobs", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (pondMarketExtension *PondMarketExtension) PackOwner() []byte {
	enc, err := pondMarketExtension.abi.Pack("owner")
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
func (pondMarketExtension *PondMarketExtension) TryPackOwner() ([]byte, error) {
	return pondMarketExtension.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (pondMarketExtension *PondMarketExtension) UnpackOwner(data []byte) (common.Address, error) {
	out, err := pondMarketExtension.abi.Unpack("owner", data)
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
func (pondMarketExtension *PondMarketExtension) PackPendingOwner() []byte {
	enc, err := pondMarketExtension.abi.Pack("pendingOwner")
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
func (pondMarketExtension *PondMarketExtension) TryPackPendingOwner() ([]byte, error) {
	return pondMarketExtension.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (pondMarketExtension *PondMarketExtension) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := pondMarketExtension.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPostJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb8bad2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postJobs((uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string)[] requests) returns(uint256[] jobIds)
func (pondMarketExtension *PondMarketExtension) PackPostJobs(requests []IPondMarketJobRequest) []byte {
	enc, err := pondMarketExtension.abi.Pack("postJobs", requests)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostJobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb8bad2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postJobs((uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string)[] requests) returns(uint256[] jobIds)
func (pondMarketExtension *PondMarketExtension) TryPackPostJobs(requests []IPondMarketJobRequest) ([]byte, error) {
	return pondMarketExtension.abi.Pack("postJobs", requests)
}

// UnpackPostJobs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb8bad2e.
//
// Solidity: function postJobs((uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string)[] requests) returns(uint256[] jobIds)
func (pondMarketExtension *PondMarketExtension) UnpackPostJobs(data []byte) ([]*big.Int, error) {
	out, err := pondMarketExtension.abi.Unpack("postJobs", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackPostOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4d697d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postOffer((address,uint96,(uint8,uint32,uint32,uint32,uint32),uint40,bool,uint32[],bool,uint32,uint32) r) returns(uint256 offerId)
func (pondMarketExtension *PondMarketExtension) PackPostOffer(r IPondMarketOfferRequest) []byte {
	enc, err := pondMarketExtension.abi.Pack("postOffer", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b4d697d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postOffer((address,uint96,(uint8,uint32,uint32,uint32,uint32),uint40,bool,uint32[],bool,uint32,uint32) r) returns(uint256 offerId)
func (pondMarketExtension *PondMarketExtension) TryPackPostOffer(r IPondMarketOfferRequest) ([]byte, error) {
	return pondMarketExtension.abi.Pack("postOffer", r)
}

// UnpackPostOffer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b4d697d.
//
// Solidity: function postOffer((address,uint96,(uint8,uint32,uint32,uint32,uint32),uint40,bool,uint32[],bool,uint32,uint32) r) returns(uint256 offerId)
func (pondMarketExtension *PondMarketExtension) UnpackPostOffer(data []byte) (*big.Int, error) {
	out, err := pondMarketExtension.abi.Unpack("postOffer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x980971de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quote(string name, uint32 callbackGasLimit) view returns((uint256,uint256,uint256,uint256,uint256,uint32) q)
func (pondMarketExtension *PondMarketExtension) PackQuote(name string, callbackGasLimit uint32) []byte {
	enc, err := pondMarketExtension.abi.Pack("quote", name, callbackGasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x980971de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quote(string name, uint32 callbackGasLimit) view returns((uint256,uint256,uint256,uint256,uint256,uint32) q)
func (pondMarketExtension *PondMarketExtension) TryPackQuote(name string, callbackGasLimit uint32) ([]byte, error) {
	return pondMarketExtension.abi.Pack("quote", name, callbackGasLimit)
}

// UnpackQuote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x980971de.
//
// Solidity: function quote(string name, uint32 callbackGasLimit) view returns((uint256,uint256,uint256,uint256,uint256,uint32) q)
func (pondMarketExtension *PondMarketExtension) UnpackQuote(data []byte) (IPondMarketQuote, error) {
	out, err := pondMarketExtension.abi.Unpack("quote", data)
	if err != nil {
		return *new(IPondMarketQuote), err
	}
	out0 := *abi.ConvertType(out[0], new(IPondMarketQuote)).(*IPondMarketQuote)
	return out0, nil
}

// PackRefundClient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6885d506.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundClient(uint256 jobId, address client, uint8 idx, uint256 amount, uint8 reason) returns()
func (pondMarketExtension *PondMarketExtension) PackRefundClient(jobId *big.Int, client common.Address, idx uint8, amount *big.Int, reason uint8) []byte {
	enc, err := pondMarketExtension.abi.Pack("refundClient", jobId, client, idx, amount, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundClient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6885d506.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundClient(uint256 jobId, address client, uint8 idx, uint256 amount, uint8 reason) returns()
func (pondMarketExtension *PondMarketExtension) TryPackRefundClient(jobId *big.Int, client common.Address, idx uint8, amount *big.Int, reason uint8) ([]byte, error) {
	return pondMarketExtension.abi.Pack("refundClient", jobId, client, idx, amount, reason)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (pondMarketExtension *PondMarketExtension) PackRenounceOwnership() []byte {
	enc, err := pondMarketExtension.abi.Pack("renounceOwnership")
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
func (pondMarketExtension *PondMarketExtension) TryPackRenounceOwnership() ([]byte, error) {
	return pondMarketExtension.abi.Pack("renounceOwnership")
}

// PackRetryCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb63e52b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retryCallback(uint256 jobId, uint256 gasLimit, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) returns()
func (pondMarketExtension *PondMarketExtension) PackRetryCallback(jobId *big.Int, gasLimit *big.Int, t IPondMarketJobTerms) []byte {
	enc, err := pondMarketExtension.abi.Pack("retryCallback", jobId, gasLimit, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetryCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb63e52b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retryCallback(uint256 jobId, uint256 gasLimit, (address,address,uint96,uint96,uint32,uint32,uint32,uint96,(uint8,uint32,uint32,uint32,uint32)) t) returns()
func (pondMarketExtension *PondMarketExtension) TryPackRetryCallback(jobId *big.Int, gasLimit *big.Int, t IPondMarketJobTerms) ([]byte, error) {
	return pondMarketExtension.abi.Pack("retryCallback", jobId, gasLimit, t)
}

// PackRunModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9613eba8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function runModule(string name, string params, (address,uint256,uint96,uint32,uint64,address,bool) o) payable returns(uint256 jobId)
func (pondMarketExtension *PondMarketExtension) PackRunModule(name string, params string, o IPondMarketClientOptions) []byte {
	enc, err := pondMarketExtension.abi.Pack("runModule", name, params, o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRunModule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9613eba8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function runModule(string name, string params, (address,uint256,uint96,uint32,uint64,address,bool) o) payable returns(uint256 jobId)
func (pondMarketExtension *PondMarketExtension) TryPackRunModule(name string, params string, o IPondMarketClientOptions) ([]byte, error) {
	return pondMarketExtension.abi.Pack("runModule", name, params, o)
}

// UnpackRunModule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9613eba8.
//
// Solidity: function runModule(string name, string params, (address,uint256,uint96,uint32,uint64,address,bool) o) payable returns(uint256 jobId)
func (pondMarketExtension *PondMarketExtension) UnpackRunModule(data []byte) (*big.Int, error) {
	out, err := pondMarketExtension.abi.Unpack("runModule", data)
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
func (pondMarketExtension *PondMarketExtension) PackSetDefaultCommittee(committeeId uint32) []byte {
	enc, err := pondMarketExtension.abi.Pack("setDefaultCommittee", committeeId)
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
func (pondMarketExtension *PondMarketExtension) TryPackSetDefaultCommittee(committeeId uint32) ([]byte, error) {
	return pondMarketExtension.abi.Pack("setDefaultCommittee", committeeId)
}

// PackSubmitResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e26d25b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitResults(uint256[] jobIds, string[] resultCids) returns(bool[] done)
func (pondMarketExtension *PondMarketExtension) PackSubmitResults(jobIds []*big.Int, resultCids []string) []byte {
	enc, err := pondMarketExtension.abi.Pack("submitResults", jobIds, resultCids)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e26d25b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitResults(uint256[] jobIds, string[] resultCids) returns(bool[] done)
func (pondMarketExtension *PondMarketExtension) TryPackSubmitResults(jobIds []*big.Int, resultCids []string) ([]byte, error) {
	return pondMarketExtension.abi.Pack("submitResults", jobIds, resultCids)
}

// UnpackSubmitResults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e26d25b.
//
// Solidity: function submitResults(uint256[] jobIds, string[] resultCids) returns(bool[] done)
func (pondMarketExtension *PondMarketExtension) UnpackSubmitResults(data []byte) ([]bool, error) {
	out, err := pondMarketExtension.abi.Unpack("submitResults", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (pondMarketExtension *PondMarketExtension) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := pondMarketExtension.abi.Pack("transferOwnership", newOwner)
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
func (pondMarketExtension *PondMarketExtension) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return pondMarketExtension.abi.Pack("transferOwnership", newOwner)
}

// PackUpdateOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49e42991.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateOffer(uint256 offerId, uint96 askPrice, uint40 expiry) returns()
func (pondMarketExtension *PondMarketExtension) PackUpdateOffer(offerId *big.Int, askPrice *big.Int, expiry *big.Int) []byte {
	enc, err := pondMarketExtension.abi.Pack("updateOffer", offerId, askPrice, expiry)
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
func (pondMarketExtension *PondMarketExtension) TryPackUpdateOffer(offerId *big.Int, askPrice *big.Int, expiry *big.Int) ([]byte, error) {
	return pondMarketExtension.abi.Pack("updateOffer", offerId, askPrice, expiry)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69328dec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address token, uint256 amount, address to) returns()
func (pondMarketExtension *PondMarketExtension) PackWithdraw(token common.Address, amount *big.Int, to common.Address) []byte {
	enc, err := pondMarketExtension.abi.Pack("withdraw", token, amount, to)
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
func (pondMarketExtension *PondMarketExtension) TryPackWithdraw(token common.Address, amount *big.Int, to common.Address) ([]byte, error) {
	return pondMarketExtension.abi.Pack("withdraw", token, amount, to)
}

// PackWithdrawOffer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8610f045.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawOffer(uint256 offerId) returns()
func (pondMarketExtension *PondMarketExtension) PackWithdrawOffer(offerId *big.Int) []byte {
	enc, err := pondMarketExtension.abi.Pack("withdrawOffer", offerId)
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
func (pondMarketExtension *PondMarketExtension) TryPackWithdrawOffer(offerId *big.Int) ([]byte, error) {
	return pondMarketExtension.abi.Pack("withdrawOffer", offerId)
}

// PondMarketExtensionBatchItemFailed represents a BatchItemFailed event raised by the PondMarketExtension contract.
type PondMarketExtensionBatchItemFailed struct {
	Selector [4]byte
	Index    *big.Int
	Reason   []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionBatchItemFailedEventName = "BatchItemFailed"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionBatchItemFailed) ContractEventName() string {
	return PondMarketExtensionBatchItemFailedEventName
}

// UnpackBatchItemFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchItemFailed(bytes4 indexed selector, uint256 index, bytes reason)
func (pondMarketExtension *PondMarketExtension) UnpackBatchItemFailedEvent(log *types.Log) (*PondMarketExtensionBatchItemFailed, error) {
	event := "BatchItemFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionBatchItemFailed)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionCallbackDeferred represents a CallbackDeferred event raised by the PondMarketExtension contract.
type PondMarketExtensionCallbackDeferred struct {
	JobId            *big.Int
	DeliveryGasPrice *big.Int
	BaseFee          *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionCallbackDeferredEventName = "CallbackDeferred"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionCallbackDeferred) ContractEventName() string {
	return PondMarketExtensionCallbackDeferredEventName
}

// UnpackCallbackDeferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackDeferred(uint256 indexed jobId, uint256 deliveryGasPrice, uint256 baseFee)
func (pondMarketExtension *PondMarketExtension) UnpackCallbackDeferredEvent(log *types.Log) (*PondMarketExtensionCallbackDeferred, error) {
	event := "CallbackDeferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionCallbackDeferred)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionCallbackDelivered represents a CallbackDelivered event raised by the PondMarketExtension contract.
type PondMarketExtensionCallbackDelivered struct {
	JobId  *big.Int
	Client common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionCallbackDeliveredEventName = "CallbackDelivered"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionCallbackDelivered) ContractEventName() string {
	return PondMarketExtensionCallbackDeliveredEventName
}

// UnpackCallbackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackDelivered(uint256 indexed jobId, address indexed client)
func (pondMarketExtension *PondMarketExtension) UnpackCallbackDeliveredEvent(log *types.Log) (*PondMarketExtensionCallbackDelivered, error) {
	event := "CallbackDelivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionCallbackDelivered)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionCallbackFailed represents a CallbackFailed event raised by the PondMarketExtension contract.
type PondMarketExtensionCallbackFailed struct {
	JobId  *big.Int
	Client common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionCallbackFailedEventName = "CallbackFailed"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionCallbackFailed) ContractEventName() string {
	return PondMarketExtensionCallbackFailedEventName
}

// UnpackCallbackFailedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackFailed(uint256 indexed jobId, address indexed client)
func (pondMarketExtension *PondMarketExtension) UnpackCallbackFailedEvent(log *types.Log) (*PondMarketExtensionCallbackFailed, error) {
	event := "CallbackFailed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionCallbackFailed)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionClientJobPosted represents a ClientJobPosted event raised by the PondMarketExtension contract.
type PondMarketExtensionClientJobPosted struct {
	JobId            *big.Int
	RefundTo         common.Address
	CallbackGasLimit uint32
	DeliveryFee      *big.Int
	NotifyFailure    bool
	Raw              *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionClientJobPostedEventName = "ClientJobPosted"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionClientJobPosted) ContractEventName() string {
	return PondMarketExtensionClientJobPostedEventName
}

// UnpackClientJobPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClientJobPosted(uint256 indexed jobId, address indexed refundTo, uint32 callbackGasLimit, uint256 deliveryFee, bool notifyFailure)
func (pondMarketExtension *PondMarketExtension) UnpackClientJobPostedEvent(log *types.Log) (*PondMarketExtensionClientJobPosted, error) {
	event := "ClientJobPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionClientJobPosted)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionDefaultCommitteeSet represents a DefaultCommitteeSet event raised by the PondMarketExtension contract.
type PondMarketExtensionDefaultCommitteeSet struct {
	CommitteeId uint32
	Size        uint8
	Raw         *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionDefaultCommitteeSetEventName = "DefaultCommitteeSet"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionDefaultCommitteeSet) ContractEventName() string {
	return PondMarketExtensionDefaultCommitteeSetEventName
}

// UnpackDefaultCommitteeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultCommitteeSet(uint32 indexed committeeId, uint8 size)
func (pondMarketExtension *PondMarketExtension) UnpackDefaultCommitteeSetEvent(log *types.Log) (*PondMarketExtensionDefaultCommitteeSet, error) {
	event := "DefaultCommitteeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionDefaultCommitteeSet)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionDeliveryFeePaid represents a DeliveryFeePaid event raised by the PondMarketExtension contract.
type PondMarketExtensionDeliveryFeePaid struct {
	JobId  *big.Int
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionDeliveryFeePaidEventName = "DeliveryFeePaid"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionDeliveryFeePaid) ContractEventName() string {
	return PondMarketExtensionDeliveryFeePaidEventName
}

// UnpackDeliveryFeePaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeliveryFeePaid(uint256 indexed jobId, address indexed to, uint256 amount)
func (pondMarketExtension *PondMarketExtension) UnpackDeliveryFeePaidEvent(log *types.Log) (*PondMarketExtensionDeliveryFeePaid, error) {
	event := "DeliveryFeePaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionDeliveryFeePaid)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionDeposited represents a Deposited event raised by the PondMarketExtension contract.
type PondMarketExtensionDeposited struct {
	Account common.Address
	Token   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionDeposited) ContractEventName() string {
	return PondMarketExtensionDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, address indexed token, uint256 amount)
func (pondMarketExtension *PondMarketExtension) UnpackDepositedEvent(log *types.Log) (*PondMarketExtensionDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionDeposited)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionJobPosted represents a JobPosted event raised by the PondMarketExtension contract.
type PondMarketExtensionJobPosted struct {
	JobId         *big.Int
	Creator       common.Address
	ModuleId      uint32
	Request       IPondMarketJobRequest
	CommitteeId   uint32
	CommitteeSize uint8
	MediatorFee   *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionJobPostedEventName = "JobPosted"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionJobPosted) ContractEventName() string {
	return PondMarketExtensionJobPostedEventName
}

// UnpackJobPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobPosted(uint256 indexed jobId, address indexed creator, uint32 indexed moduleId, (uint32,address,uint96,uint96,(uint8,uint32,uint32,uint32,uint32),uint32,uint40,uint32,bool,string) request, uint32 committeeId, uint8 committeeSize, uint96 mediatorFee)
func (pondMarketExtension *PondMarketExtension) UnpackJobPostedEvent(log *types.Log) (*PondMarketExtensionJobPosted, error) {
	event := "JobPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionJobPosted)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionOfferPosted represents a OfferPosted event raised by the PondMarketExtension contract.
type PondMarketExtensionOfferPosted struct {
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
	MinRunTime              uint32
	Raw                     *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionOfferPostedEventName = "OfferPosted"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionOfferPosted) ContractEventName() string {
	return PondMarketExtensionOfferPostedEventName
}

// UnpackOfferPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferPosted(uint256 indexed offerId, address indexed provider, address indexed token, uint96 askPrice, (uint8,uint32,uint32,uint32,uint32) capacity, uint40 expiry, bool anyModule, uint32[] modules, bool acceptsDefaultCommittee, uint32 trustedCommitteeId, uint32 minRunTime)
func (pondMarketExtension *PondMarketExtension) UnpackOfferPostedEvent(log *types.Log) (*PondMarketExtensionOfferPosted, error) {
	event := "OfferPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionOfferPosted)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionOfferUpdated represents a OfferUpdated event raised by the PondMarketExtension contract.
type PondMarketExtensionOfferUpdated struct {
	OfferId  *big.Int
	AskPrice *big.Int
	Expiry   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionOfferUpdatedEventName = "OfferUpdated"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionOfferUpdated) ContractEventName() string {
	return PondMarketExtensionOfferUpdatedEventName
}

// UnpackOfferUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferUpdated(uint256 indexed offerId, uint96 askPrice, uint40 expiry)
func (pondMarketExtension *PondMarketExtension) UnpackOfferUpdatedEvent(log *types.Log) (*PondMarketExtensionOfferUpdated, error) {
	event := "OfferUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionOfferUpdated)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionOfferWithdrawn represents a OfferWithdrawn event raised by the PondMarketExtension contract.
type PondMarketExtensionOfferWithdrawn struct {
	OfferId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionOfferWithdrawnEventName = "OfferWithdrawn"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionOfferWithdrawn) ContractEventName() string {
	return PondMarketExtensionOfferWithdrawnEventName
}

// UnpackOfferWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OfferWithdrawn(uint256 indexed offerId)
func (pondMarketExtension *PondMarketExtension) UnpackOfferWithdrawnEvent(log *types.Log) (*PondMarketExtensionOfferWithdrawn, error) {
	event := "OfferWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionOfferWithdrawn)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the PondMarketExtension contract.
type PondMarketExtensionOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionOwnershipTransferStarted) ContractEventName() string {
	return PondMarketExtensionOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (pondMarketExtension *PondMarketExtension) UnpackOwnershipTransferStartedEvent(log *types.Log) (*PondMarketExtensionOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionOwnershipTransferred represents a OwnershipTransferred event raised by the PondMarketExtension contract.
type PondMarketExtensionOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionOwnershipTransferred) ContractEventName() string {
	return PondMarketExtensionOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (pondMarketExtension *PondMarketExtension) UnpackOwnershipTransferredEvent(log *types.Log) (*PondMarketExtensionOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionRefundHeld represents a RefundHeld event raised by the PondMarketExtension contract.
type PondMarketExtensionRefundHeld struct {
	JobId    *big.Int
	RefundTo common.Address
	Token    common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionRefundHeldEventName = "RefundHeld"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionRefundHeld) ContractEventName() string {
	return PondMarketExtensionRefundHeldEventName
}

// UnpackRefundHeldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RefundHeld(uint256 indexed jobId, address indexed refundTo, address indexed token, uint256 amount)
func (pondMarketExtension *PondMarketExtension) UnpackRefundHeldEvent(log *types.Log) (*PondMarketExtensionRefundHeld, error) {
	event := "RefundHeld"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionRefundHeld)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionTokenConfigured represents a TokenConfigured event raised by the PondMarketExtension contract.
type PondMarketExtensionTokenConfigured struct {
	Token       common.Address
	TokenIndex  uint8
	Allowed     bool
	MediatorFee *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionTokenConfiguredEventName = "TokenConfigured"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionTokenConfigured) ContractEventName() string {
	return PondMarketExtensionTokenConfiguredEventName
}

// UnpackTokenConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TokenConfigured(address indexed token, uint8 indexed tokenIndex, bool allowed, uint96 mediatorFee)
func (pondMarketExtension *PondMarketExtension) UnpackTokenConfiguredEvent(log *types.Log) (*PondMarketExtensionTokenConfigured, error) {
	event := "TokenConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionTokenConfigured)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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

// PondMarketExtensionWithdrawn represents a Withdrawn event raised by the PondMarketExtension contract.
type PondMarketExtensionWithdrawn struct {
	Account common.Address
	Token   common.Address
	Amount  *big.Int
	To      common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PondMarketExtensionWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (PondMarketExtensionWithdrawn) ContractEventName() string {
	return PondMarketExtensionWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed token, uint256 amount, address to)
func (pondMarketExtension *PondMarketExtension) UnpackWithdrawnEvent(log *types.Log) (*PondMarketExtensionWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != pondMarketExtension.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PondMarketExtensionWithdrawn)
	if len(log.Data) > 0 {
		if err := pondMarketExtension.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range pondMarketExtension.abi.Events[event].Inputs {
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
func (pondMarketExtension *PondMarketExtension) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["AmountZero"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackAmountZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["BatchLengthMismatch"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackBatchLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["BatchOutOfGas"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackBatchOutOfGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["CallbackGasLimitTooHigh"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackCallbackGasLimitTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["CallbackGasTooLow"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackCallbackGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["CapacityZero"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackCapacityZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["CommitteeNotFound"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackCommitteeNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["CommitteeNotUsable"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackCommitteeNotUsableError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["ExpiryInPast"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackExpiryInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["MediatorFeeOutOfRange"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackMediatorFeeOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["ModuleNotFound"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackModuleNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["NoCallbackPending"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackNoCallbackPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["NoDefaultCommittee"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackNoDefaultCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["NotOfferProvider"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackNotOfferProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["OfferLimitReached"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackOfferLimitReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["OfferNotFound"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackOfferNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["OfferNotOpen"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackOfferNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["PriceTooLarge"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackPriceTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["RecipientZero"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackRecipientZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["RefundGasTooLow"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackRefundGasTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["RunTimeInvalid"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackRunTimeInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["TermsMismatch"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackTermsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["TokenLimitReached"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackTokenLimitReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["TokenNotAllowed"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackTokenNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["ValueMismatch"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackValueMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], pondMarketExtension.abi.Errors["ValueTooSmall"].ID.Bytes()[:4]) {
		return pondMarketExtension.UnpackValueTooSmallError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PondMarketExtensionAmountZero represents a AmountZero error raised by the PondMarketExtension contract.
type PondMarketExtensionAmountZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountZero()
func PondMarketExtensionAmountZeroErrorID() common.Hash {
	return common.HexToHash("0xcbca5aa2ad16a85304d7d97575ce258a35c5a7d8db613ec1cb75ff3d0071488f")
}

// UnpackAmountZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountZero()
func (pondMarketExtension *PondMarketExtension) UnpackAmountZeroError(raw []byte) (*PondMarketExtensionAmountZero, error) {
	out := new(PondMarketExtensionAmountZero)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "AmountZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionBatchLengthMismatch represents a BatchLengthMismatch error raised by the PondMarketExtension contract.
type PondMarketExtensionBatchLengthMismatch struct {
	Ids    *big.Int
	Others *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchLengthMismatch(uint256 ids, uint256 others)
func PondMarketExtensionBatchLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x81b5b207f4ceee88a305d93332dfd817c8615ec6ddd3c8ac2066f79411ad6c78")
}

// UnpackBatchLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchLengthMismatch(uint256 ids, uint256 others)
func (pondMarketExtension *PondMarketExtension) UnpackBatchLengthMismatchError(raw []byte) (*PondMarketExtensionBatchLengthMismatch, error) {
	out := new(PondMarketExtensionBatchLengthMismatch)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "BatchLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionBatchOutOfGas represents a BatchOutOfGas error raised by the PondMarketExtension contract.
type PondMarketExtensionBatchOutOfGas struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchOutOfGas(uint256 index)
func PondMarketExtensionBatchOutOfGasErrorID() common.Hash {
	return common.HexToHash("0x7625508a5c517758c26ef45c701079154b86a9b5f9c7d8089146ef64039af7d4")
}

// UnpackBatchOutOfGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchOutOfGas(uint256 index)
func (pondMarketExtension *PondMarketExtension) UnpackBatchOutOfGasError(raw []byte) (*PondMarketExtensionBatchOutOfGas, error) {
	out := new(PondMarketExtensionBatchOutOfGas)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "BatchOutOfGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionCallbackGasLimitTooHigh represents a CallbackGasLimitTooHigh error raised by the PondMarketExtension contract.
type PondMarketExtensionCallbackGasLimitTooHigh struct {
	CallbackGasLimit    *big.Int
	MaxCallbackGasLimit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasLimitTooHigh(uint256 callbackGasLimit, uint256 maxCallbackGasLimit)
func PondMarketExtensionCallbackGasLimitTooHighErrorID() common.Hash {
	return common.HexToHash("0x4dc3ced3b7c20cc55ac25e9b6ef941b09a29b068e349ecb58f6fd5a4f868a2e0")
}

// UnpackCallbackGasLimitTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasLimitTooHigh(uint256 callbackGasLimit, uint256 maxCallbackGasLimit)
func (pondMarketExtension *PondMarketExtension) UnpackCallbackGasLimitTooHighError(raw []byte) (*PondMarketExtensionCallbackGasLimitTooHigh, error) {
	out := new(PondMarketExtensionCallbackGasLimitTooHigh)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "CallbackGasLimitTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionCallbackGasTooLow represents a CallbackGasTooLow error raised by the PondMarketExtension contract.
type PondMarketExtensionCallbackGasTooLow struct {
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallbackGasTooLow(uint256 available, uint256 needed)
func PondMarketExtensionCallbackGasTooLowErrorID() common.Hash {
	return common.HexToHash("0x3267a0b45a0763d6b20497418786a924e387f1940ea5b8c1cf31a097787e47e9")
}

// UnpackCallbackGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallbackGasTooLow(uint256 available, uint256 needed)
func (pondMarketExtension *PondMarketExtension) UnpackCallbackGasTooLowError(raw []byte) (*PondMarketExtensionCallbackGasTooLow, error) {
	out := new(PondMarketExtensionCallbackGasTooLow)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "CallbackGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionCapacityZero represents a CapacityZero error raised by the PondMarketExtension contract.
type PondMarketExtensionCapacityZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapacityZero()
func PondMarketExtensionCapacityZeroErrorID() common.Hash {
	return common.HexToHash("0xabbf8403d1967413ca7f3f822ba80cdccbf86e2ae384fc21a252e2aee6b042ee")
}

// UnpackCapacityZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapacityZero()
func (pondMarketExtension *PondMarketExtension) UnpackCapacityZeroError(raw []byte) (*PondMarketExtensionCapacityZero, error) {
	out := new(PondMarketExtensionCapacityZero)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "CapacityZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionCommitteeNotFound represents a CommitteeNotFound error raised by the PondMarketExtension contract.
type PondMarketExtensionCommitteeNotFound struct {
	CommitteeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotFound(uint32 committeeId)
func PondMarketExtensionCommitteeNotFoundErrorID() common.Hash {
	return common.HexToHash("0x7b7eb965a0c005fef814f0ac212e033ef6490add04b5050b544b21ba2309efbb")
}

// UnpackCommitteeNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotFound(uint32 committeeId)
func (pondMarketExtension *PondMarketExtension) UnpackCommitteeNotFoundError(raw []byte) (*PondMarketExtensionCommitteeNotFound, error) {
	out := new(PondMarketExtensionCommitteeNotFound)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "CommitteeNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionCommitteeNotUsable represents a CommitteeNotUsable error raised by the PondMarketExtension contract.
type PondMarketExtensionCommitteeNotUsable struct {
	CommitteeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotUsable(uint32 committeeId)
func PondMarketExtensionCommitteeNotUsableErrorID() common.Hash {
	return common.HexToHash("0xe8b92b232194a97fba2450c8fe2f7701da2af0bd2b4be58b6ce4c92c45c71bef")
}

// UnpackCommitteeNotUsableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotUsable(uint32 committeeId)
func (pondMarketExtension *PondMarketExtension) UnpackCommitteeNotUsableError(raw []byte) (*PondMarketExtensionCommitteeNotUsable, error) {
	out := new(PondMarketExtensionCommitteeNotUsable)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "CommitteeNotUsable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionExpiryInPast represents a ExpiryInPast error raised by the PondMarketExtension contract.
type PondMarketExtensionExpiryInPast struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpiryInPast(uint256 expiry)
func PondMarketExtensionExpiryInPastErrorID() common.Hash {
	return common.HexToHash("0xb81b48e4d5829fcfb5b50c63673ed61a34121d17fbea649e35fa51ba50f67114")
}

// UnpackExpiryInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpiryInPast(uint256 expiry)
func (pondMarketExtension *PondMarketExtension) UnpackExpiryInPastError(raw []byte) (*PondMarketExtensionExpiryInPast, error) {
	out := new(PondMarketExtensionExpiryInPast)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "ExpiryInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionInsufficientBalance represents a InsufficientBalance error raised by the PondMarketExtension contract.
type PondMarketExtensionInsufficientBalance struct {
	Account common.Address
	Token   common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(address account, address token, uint256 balance, uint256 needed)
func PondMarketExtensionInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0x861da4bdcc034e5b93a243ce140b0af4beebb1b979b0ffe7e141866659c2cfb4")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(address account, address token, uint256 balance, uint256 needed)
func (pondMarketExtension *PondMarketExtension) UnpackInsufficientBalanceError(raw []byte) (*PondMarketExtensionInsufficientBalance, error) {
	out := new(PondMarketExtensionInsufficientBalance)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionMediatorFeeOutOfRange represents a MediatorFeeOutOfRange error raised by the PondMarketExtension contract.
type PondMarketExtensionMediatorFeeOutOfRange struct {
	Token common.Address
	Fee   *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MediatorFeeOutOfRange(address token, uint256 fee, uint256 min, uint256 max)
func PondMarketExtensionMediatorFeeOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xdf60ada3b1c24b616683388a7e85d08df4b74e63b3ecffbfd01907a886e9134e")
}

// UnpackMediatorFeeOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MediatorFeeOutOfRange(address token, uint256 fee, uint256 min, uint256 max)
func (pondMarketExtension *PondMarketExtension) UnpackMediatorFeeOutOfRangeError(raw []byte) (*PondMarketExtensionMediatorFeeOutOfRange, error) {
	out := new(PondMarketExtensionMediatorFeeOutOfRange)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "MediatorFeeOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionModuleNotFound represents a ModuleNotFound error raised by the PondMarketExtension contract.
type PondMarketExtensionModuleNotFound struct {
	ModuleId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModuleNotFound(uint32 moduleId)
func PondMarketExtensionModuleNotFoundErrorID() common.Hash {
	return common.HexToHash("0xe1a20bd64be00af2a61cebf2608aad2326ca28a61302fdb0a1855a6c6143f484")
}

// UnpackModuleNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModuleNotFound(uint32 moduleId)
func (pondMarketExtension *PondMarketExtension) UnpackModuleNotFoundError(raw []byte) (*PondMarketExtensionModuleNotFound, error) {
	out := new(PondMarketExtensionModuleNotFound)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "ModuleNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionNoCallbackPending represents a NoCallbackPending error raised by the PondMarketExtension contract.
type PondMarketExtensionNoCallbackPending struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoCallbackPending(uint256 jobId)
func PondMarketExtensionNoCallbackPendingErrorID() common.Hash {
	return common.HexToHash("0x948f243c44b77628bb3ebc7060b2f17d520a58eeeb18c201d8b2e8462bd36e7c")
}

// UnpackNoCallbackPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoCallbackPending(uint256 jobId)
func (pondMarketExtension *PondMarketExtension) UnpackNoCallbackPendingError(raw []byte) (*PondMarketExtensionNoCallbackPending, error) {
	out := new(PondMarketExtensionNoCallbackPending)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "NoCallbackPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionNoDefaultCommittee represents a NoDefaultCommittee error raised by the PondMarketExtension contract.
type PondMarketExtensionNoDefaultCommittee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoDefaultCommittee()
func PondMarketExtensionNoDefaultCommitteeErrorID() common.Hash {
	return common.HexToHash("0x04dfbaee69907410a1dfb9460f93d68441b034a6f3fc2d94aabc0a43811be269")
}

// UnpackNoDefaultCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoDefaultCommittee()
func (pondMarketExtension *PondMarketExtension) UnpackNoDefaultCommitteeError(raw []byte) (*PondMarketExtensionNoDefaultCommittee, error) {
	out := new(PondMarketExtensionNoDefaultCommittee)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "NoDefaultCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionNotOfferProvider represents a NotOfferProvider error raised by the PondMarketExtension contract.
type PondMarketExtensionNotOfferProvider struct {
	OfferId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOfferProvider(uint256 offerId, address caller)
func PondMarketExtensionNotOfferProviderErrorID() common.Hash {
	return common.HexToHash("0x5facae9d0948e04eeee5a8bfa9da64910970b6127f72fab5edaea8f48d9aa963")
}

// UnpackNotOfferProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOfferProvider(uint256 offerId, address caller)
func (pondMarketExtension *PondMarketExtension) UnpackNotOfferProviderError(raw []byte) (*PondMarketExtensionNotOfferProvider, error) {
	out := new(PondMarketExtensionNotOfferProvider)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "NotOfferProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionOfferLimitReached represents a OfferLimitReached error raised by the PondMarketExtension contract.
type PondMarketExtensionOfferLimitReached struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferLimitReached()
func PondMarketExtensionOfferLimitReachedErrorID() common.Hash {
	return common.HexToHash("0x4f0433d47c59413d28e2421fecd796cccd0f964ca5d1d8ce24e35bffa6ec5820")
}

// UnpackOfferLimitReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferLimitReached()
func (pondMarketExtension *PondMarketExtension) UnpackOfferLimitReachedError(raw []byte) (*PondMarketExtensionOfferLimitReached, error) {
	out := new(PondMarketExtensionOfferLimitReached)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "OfferLimitReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionOfferNotFound represents a OfferNotFound error raised by the PondMarketExtension contract.
type PondMarketExtensionOfferNotFound struct {
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferNotFound(uint256 offerId)
func PondMarketExtensionOfferNotFoundErrorID() common.Hash {
	return common.HexToHash("0x1f376e4c7a33442e8c49eccb73a52e11cadc31492bbc4db71255146bf45a6e81")
}

// UnpackOfferNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferNotFound(uint256 offerId)
func (pondMarketExtension *PondMarketExtension) UnpackOfferNotFoundError(raw []byte) (*PondMarketExtensionOfferNotFound, error) {
	out := new(PondMarketExtensionOfferNotFound)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "OfferNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionOfferNotOpen represents a OfferNotOpen error raised by the PondMarketExtension contract.
type PondMarketExtensionOfferNotOpen struct {
	OfferId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OfferNotOpen(uint256 offerId)
func PondMarketExtensionOfferNotOpenErrorID() common.Hash {
	return common.HexToHash("0xf270fad71e9a0fcb1e1a7b9c9a14b7c7212dae11ba7eba394cdcdd7b154c4918")
}

// UnpackOfferNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OfferNotOpen(uint256 offerId)
func (pondMarketExtension *PondMarketExtension) UnpackOfferNotOpenError(raw []byte) (*PondMarketExtensionOfferNotOpen, error) {
	out := new(PondMarketExtensionOfferNotOpen)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "OfferNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the PondMarketExtension contract.
type PondMarketExtensionOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func PondMarketExtensionOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (pondMarketExtension *PondMarketExtension) UnpackOwnableInvalidOwnerError(raw []byte) (*PondMarketExtensionOwnableInvalidOwner, error) {
	out := new(PondMarketExtensionOwnableInvalidOwner)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the PondMarketExtension contract.
type PondMarketExtensionOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func PondMarketExtensionOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (pondMarketExtension *PondMarketExtension) UnpackOwnableUnauthorizedAccountError(raw []byte) (*PondMarketExtensionOwnableUnauthorizedAccount, error) {
	out := new(PondMarketExtensionOwnableUnauthorizedAccount)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionPriceTooLarge represents a PriceTooLarge error raised by the PondMarketExtension contract.
type PondMarketExtensionPriceTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PriceTooLarge(uint256 amount)
func PondMarketExtensionPriceTooLargeErrorID() common.Hash {
	return common.HexToHash("0x0da05ace4da4ad9310dc895efa659b805f7be678a9f5a2bc386876c146e525a2")
}

// UnpackPriceTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PriceTooLarge(uint256 amount)
func (pondMarketExtension *PondMarketExtension) UnpackPriceTooLargeError(raw []byte) (*PondMarketExtensionPriceTooLarge, error) {
	out := new(PondMarketExtensionPriceTooLarge)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "PriceTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionRecipientZero represents a RecipientZero error raised by the PondMarketExtension contract.
type PondMarketExtensionRecipientZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecipientZero()
func PondMarketExtensionRecipientZeroErrorID() common.Hash {
	return common.HexToHash("0x3d9eb1dbb21c8b22e32a3040fd7a054e2dadb6d68deb395aad0fa2f18ab85c49")
}

// UnpackRecipientZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecipientZero()
func (pondMarketExtension *PondMarketExtension) UnpackRecipientZeroError(raw []byte) (*PondMarketExtensionRecipientZero, error) {
	out := new(PondMarketExtensionRecipientZero)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "RecipientZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the PondMarketExtension contract.
type PondMarketExtensionReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func PondMarketExtensionReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (pondMarketExtension *PondMarketExtension) UnpackReentrancyGuardReentrantCallError(raw []byte) (*PondMarketExtensionReentrancyGuardReentrantCall, error) {
	out := new(PondMarketExtensionReentrancyGuardReentrantCall)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionRefundGasTooLow represents a RefundGasTooLow error raised by the PondMarketExtension contract.
type PondMarketExtensionRefundGasTooLow struct {
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundGasTooLow(uint256 available, uint256 needed)
func PondMarketExtensionRefundGasTooLowErrorID() common.Hash {
	return common.HexToHash("0xf0ba8e92dec4e4850acabc2a86ace70e050bb4a17d0c4c52e241145aeb37a37b")
}

// UnpackRefundGasTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundGasTooLow(uint256 available, uint256 needed)
func (pondMarketExtension *PondMarketExtension) UnpackRefundGasTooLowError(raw []byte) (*PondMarketExtensionRefundGasTooLow, error) {
	out := new(PondMarketExtensionRefundGasTooLow)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "RefundGasTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionRunTimeInvalid represents a RunTimeInvalid error raised by the PondMarketExtension contract.
type PondMarketExtensionRunTimeInvalid struct {
	RunTime    uint32
	MaxRunTime uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RunTimeInvalid(uint32 runTime, uint32 maxRunTime)
func PondMarketExtensionRunTimeInvalidErrorID() common.Hash {
	return common.HexToHash("0x6ba1c66162fe7d11ade37701e5a6a414641d0aaddbcd4ea28a235f3358953026")
}

// UnpackRunTimeInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RunTimeInvalid(uint32 runTime, uint32 maxRunTime)
func (pondMarketExtension *PondMarketExtension) UnpackRunTimeInvalidError(raw []byte) (*PondMarketExtensionRunTimeInvalid, error) {
	out := new(PondMarketExtensionRunTimeInvalid)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "RunTimeInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the PondMarketExtension contract.
type PondMarketExtensionSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func PondMarketExtensionSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (pondMarketExtension *PondMarketExtension) UnpackSafeERC20FailedOperationError(raw []byte) (*PondMarketExtensionSafeERC20FailedOperation, error) {
	out := new(PondMarketExtensionSafeERC20FailedOperation)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionTermsMismatch represents a TermsMismatch error raised by the PondMarketExtension contract.
type PondMarketExtensionTermsMismatch struct {
	JobId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TermsMismatch(uint256 jobId)
func PondMarketExtensionTermsMismatchErrorID() common.Hash {
	return common.HexToHash("0x7b1cb83b3703d8143b25329878ec0a622fe8a3e6d341cb5ea5ebbf2fe50709f9")
}

// UnpackTermsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TermsMismatch(uint256 jobId)
func (pondMarketExtension *PondMarketExtension) UnpackTermsMismatchError(raw []byte) (*PondMarketExtensionTermsMismatch, error) {
	out := new(PondMarketExtensionTermsMismatch)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "TermsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionTokenLimitReached represents a TokenLimitReached error raised by the PondMarketExtension contract.
type PondMarketExtensionTokenLimitReached struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenLimitReached()
func PondMarketExtensionTokenLimitReachedErrorID() common.Hash {
	return common.HexToHash("0x53bb24f980ed07a403599f9e4f6d4c5f916f5e9172efcf016a86b6f3a5b2e812")
}

// UnpackTokenLimitReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenLimitReached()
func (pondMarketExtension *PondMarketExtension) UnpackTokenLimitReachedError(raw []byte) (*PondMarketExtensionTokenLimitReached, error) {
	out := new(PondMarketExtensionTokenLimitReached)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "TokenLimitReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionTokenNotAllowed represents a TokenNotAllowed error raised by the PondMarketExtension contract.
type PondMarketExtensionTokenNotAllowed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TokenNotAllowed(address token)
func PondMarketExtensionTokenNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x94403b7099477045d56a4ad621224a9a16fcb7e4b0d02e508215a9bf747a12d4")
}

// UnpackTokenNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TokenNotAllowed(address token)
func (pondMarketExtension *PondMarketExtension) UnpackTokenNotAllowedError(raw []byte) (*PondMarketExtensionTokenNotAllowed, error) {
	out := new(PondMarketExtensionTokenNotAllowed)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "TokenNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionTransferFailed represents a TransferFailed error raised by the PondMarketExtension contract.
type PondMarketExtensionTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func PondMarketExtensionTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (pondMarketExtension *PondMarketExtension) UnpackTransferFailedError(raw []byte) (*PondMarketExtensionTransferFailed, error) {
	out := new(PondMarketExtensionTransferFailed)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionValueMismatch represents a ValueMismatch error raised by the PondMarketExtension contract.
type PondMarketExtensionValueMismatch struct {
	Sent     *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueMismatch(uint256 sent, uint256 expected)
func PondMarketExtensionValueMismatchErrorID() common.Hash {
	return common.HexToHash("0x626ade30b602bf9a3b5aab29d4b89b4e805bf63222f673c9b10b2f6ca4f2b089")
}

// UnpackValueMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueMismatch(uint256 sent, uint256 expected)
func (pondMarketExtension *PondMarketExtension) UnpackValueMismatchError(raw []byte) (*PondMarketExtensionValueMismatch, error) {
	out := new(PondMarketExtensionValueMismatch)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "ValueMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PondMarketExtensionValueTooSmall represents a ValueTooSmall error raised by the PondMarketExtension contract.
type PondMarketExtensionValueTooSmall struct {
	Value *big.Int
	Least *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueTooSmall(uint256 value, uint256 least)
func PondMarketExtensionValueTooSmallErrorID() common.Hash {
	return common.HexToHash("0xd01ab50b812dbe3aedae70509a1cd35f2d68275e4af7ca71b862c6f3af62dcd2")
}

// UnpackValueTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueTooSmall(uint256 value, uint256 least)
func (pondMarketExtension *PondMarketExtension) UnpackValueTooSmallError(raw []byte) (*PondMarketExtensionValueTooSmall, error) {
	out := new(PondMarketExtensionValueTooSmall)
	if err := pondMarketExtension.abi.UnpackIntoInterface(out, "ValueTooSmall", raw); err != nil {
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
