// Package chain holds typed wrappers over the generated bindings. Wrappers build transactions
// (txmgr.Candidate) apart from sending them, read contract state through eth_call, and decode
// every custom error of the Pond contracts into a *revert.CustomError with its name and arguments.
package chain

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Native is the token address of the chain's native currency in the market.
var Native = common.Address{}

// Caller reads contract state; *ethclient.Client and the simulated client satisfy it.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

var errorDecoder = func() *revert.Decoder {
	var abis []*abi.ABI
	for _, m := range MetaData() {
		a, err := m.ParseABI()
		if err != nil {
			panic(fmt.Sprintf("parse generated ABI: %v", err)) // generated code: cannot happen
		}
		abis = append(abis, a)
	}
	return revert.NewDecoder(abis...)
}()

// Errors decodes revert data of any Pond contract. Give it to txmgr.Config.Errors.
func Errors() *revert.Decoder { return errorDecoder }

// MetaData lists the generated metadata (ABI and bytecode) of every bound Pond contract.
func MetaData() []*bind.MetaData {
	return []*bind.MetaData{
		&bindings.PondMarketMetaData, &bindings.ModuleRegistryMetaData,
		&bindings.MediatorRegistryMetaData, &bindings.PondTestTokenMetaData,
	}
}

// call runs a read-only call and decodes a revert.
func call(ctx context.Context, c Caller, to common.Address, data []byte, what string) ([]byte, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, errorDecoder.FromCallError(err))
	}
	return out, nil
}

func candidate(to common.Address, value *big.Int, data []byte, err error, what string) (txmgr.Candidate, error) {
	if err != nil {
		return txmgr.Candidate{}, fmt.Errorf("pack %s: %w", what, err)
	}
	return txmgr.Candidate{To: &to, Data: data, Value: value}, nil
}

// ------------------------------------------------------------------ market

// Market wraps PondMarket at Address.
type Market struct {
	Address common.Address
	b       *bindings.PondMarket
}

// NewMarket wraps the market deployed at addr.
func NewMarket(addr common.Address) *Market {
	return &Market{Address: addr, b: bindings.NewPondMarket()}
}

// Deposit credits amount of token to the sender; for the native currency value must equal amount.
func (m *Market) Deposit(token common.Address, amount *big.Int) (txmgr.Candidate, error) {
	data, err := m.b.TryPackDeposit(token, amount)
	var value *big.Int
	if token == Native {
		value = amount
	}
	return candidate(m.Address, value, data, err, "deposit")
}

// Withdraw sends amount of the sender's free balance of token to to.
func (m *Market) Withdraw(token common.Address, amount *big.Int, to common.Address) (txmgr.Candidate, error) {
	data, err := m.b.TryPackWithdraw(token, amount, to)
	return candidate(m.Address, nil, data, err, "withdraw")
}

// PostOffer posts a provider's resource offer.
func (m *Market) PostOffer(r bindings.IPondMarketOfferRequest) (txmgr.Candidate, error) {
	data, err := m.b.TryPackPostOffer(r)
	return candidate(m.Address, nil, data, err, "postOffer")
}

// UpdateOffer changes an offer's ask and expiry.
func (m *Market) UpdateOffer(offerID *big.Int, askPrice *big.Int, expiry uint64) (txmgr.Candidate, error) {
	data, err := m.b.TryPackUpdateOffer(offerID, askPrice, new(big.Int).SetUint64(expiry))
	return candidate(m.Address, nil, data, err, "updateOffer")
}

// WithdrawOffer closes an offer.
func (m *Market) WithdrawOffer(offerID *big.Int) (txmgr.Candidate, error) {
	data, err := m.b.TryPackWithdrawOffer(offerID)
	return candidate(m.Address, nil, data, err, "withdrawOffer")
}

// PostJob posts a job; value pays it (price + solver fee) in the native currency, or is nil
// to pay from the sender's escrow balance.
func (m *Market) PostJob(r bindings.IPondMarketJobRequest, value *big.Int) (txmgr.Candidate, error) {
	data, err := m.b.TryPackPostJob(r)
	return candidate(m.Address, value, data, err, "postJob")
}

// RunModuleWithDefaultMediators is the contract-client entry point, usable by people too.
func (m *Market) RunModuleWithDefaultMediators(nameVersion, params string, value *big.Int) (txmgr.Candidate, error) {
	data, err := m.b.TryPackRunModuleWithDefaultMediators(nameVersion, params)
	return candidate(m.Address, value, data, err, "runModuleWithDefaultMediators")
}

// CancelJob cancels an open job.
func (m *Market) CancelJob(jobID *big.Int, terms JobTerms) (txmgr.Candidate, error) {
	data, err := m.b.TryPackCancelJob(jobID, terms)
	return candidate(m.Address, nil, data, err, "cancelJob")
}

// MatchJob matches a job to an offer; the sender earns the solver fee.
func (m *Market) MatchJob(jobID, offerID *big.Int, terms JobTerms) (txmgr.Candidate, error) {
	data, err := m.b.TryPackMatchJob(jobID, offerID, terms)
	return candidate(m.Address, nil, data, err, "matchJob")
}

// SubmitResult posts the result CID of a matched job.
func (m *Market) SubmitResult(jobID *big.Int, cid string) (txmgr.Candidate, error) {
	data, err := m.b.TryPackSubmitResult(jobID, cid)
	return candidate(m.Address, nil, data, err, "submitResult")
}

// Challenge disputes a submitted result; value pays the mediation fee in the native currency,
// or is nil to pay from escrow. resultCid is the job's result argument (state.Job.ResultArg:
// a contract client's result, "" for other jobs), as for Finalize and ResolveChallenge.
func (m *Market) Challenge(jobID *big.Int, terms JobTerms, resultCid string, value *big.Int) (txmgr.Candidate, error) {
	data, err := m.b.TryPackChallenge(jobID, terms, resultCid)
	return candidate(m.Address, value, data, err, "challenge")
}

// Finalize settles a job whose challenge window passed.
func (m *Market) Finalize(jobID *big.Int, terms JobTerms, resultCid string) (txmgr.Candidate, error) {
	data, err := m.b.TryPackFinalize(jobID, terms, resultCid)
	return candidate(m.Address, nil, data, err, "finalize")
}

// AbandonJob gives a matched deal back, by its provider within the fetch window.
func (m *Market) AbandonJob(jobID *big.Int, terms JobTerms) (txmgr.Candidate, error) {
	data, err := m.b.TryPackAbandonJob(jobID, terms)
	return candidate(m.Address, nil, data, err, "abandonJob")
}

// TimeoutJob refunds a matched job whose run deadline passed.
func (m *Market) TimeoutJob(jobID *big.Int, terms JobTerms) (txmgr.Candidate, error) {
	data, err := m.b.TryPackTimeoutJob(jobID, terms)
	return candidate(m.Address, nil, data, err, "timeoutJob")
}

// ResolveChallenge closes a mediation and settles by its verdict.
func (m *Market) ResolveChallenge(jobID *big.Int, terms JobTerms, resultCid string) (txmgr.Candidate, error) {
	data, err := m.b.TryPackResolveChallenge(jobID, terms, resultCid)
	return candidate(m.Address, nil, data, err, "resolveChallenge")
}

// RetryCallback delivers a client's pending result (or failure notice) again, with gasLimit for
// the callback (nil or less than the job's limit: the job's limit).
func (m *Market) RetryCallback(jobID, gasLimit *big.Int, terms JobTerms) (txmgr.Candidate, error) {
	if gasLimit == nil {
		gasLimit = new(big.Int)
	}
	data, err := m.b.TryPackRetryCallback(jobID, gasLimit, terms)
	return candidate(m.Address, nil, data, err, "retryCallback")
}

// DeliveryFeesPaid are the DeliveryFeePaid events of receipt r that this market emitted paying
// to: the delivery fees of the contract clients' jobs the transaction delivered (finalize,
// resolveChallenge and retryCallback pay their caller), credited to its free balance in the
// market in the native currency. Logs of other contracts are not read: a client's callback may
// emit a lookalike.
func (m *Market) DeliveryFeesPaid(r *types.Receipt, to common.Address) []*bindings.PondMarketDeliveryFeePaid {
	if r == nil {
		return nil
	}
	var out []*bindings.PondMarketDeliveryFeePaid
	for _, l := range r.Logs {
		if l.Address != m.Address {
			continue
		}
		if ev, err := m.b.UnpackDeliveryFeePaidEvent(l); err == nil && ev.To == to {
			out = append(out, ev)
		}
	}
	return out
}

// SetDefaultCommittee names the default committee for jobs posted from now on (governance only).
func (m *Market) SetDefaultCommittee(id uint32) (txmgr.Candidate, error) {
	data, err := m.b.TryPackSetDefaultCommittee(id)
	return candidate(m.Address, nil, data, err, "setDefaultCommittee")
}

// DefaultCommittee reads the default committee's id (0 when none is set) and size.
func (m *Market) DefaultCommittee(ctx context.Context, c Caller) (id uint32, size uint8, err error) {
	out, err := call(ctx, c, m.Address, m.b.PackDefaultCommittee(), "defaultCommittee")
	if err != nil {
		return 0, 0, err
	}
	d, err := m.b.UnpackDefaultCommittee(out)
	if err != nil {
		return 0, 0, err
	}
	return d.CommitteeId, d.Size, nil
}

// ConfigureToken allows or disallows an ERC-20 (governance only).
func (m *Market) ConfigureToken(token common.Address, allowed bool, mediatorFee *big.Int) (txmgr.Candidate, error) {
	data, err := m.b.TryPackConfigureToken(token, allowed, mediatorFee)
	return candidate(m.Address, nil, data, err, "configureToken")
}

// Job reads what the market stores of a job: its state and the hash of its terms.
func (m *Market) Job(ctx context.Context, c Caller, jobID *big.Int) (bindings.IPondMarketJob, error) {
	data, err := m.b.TryPackGetJob(jobID)
	if err != nil {
		return bindings.IPondMarketJob{}, err
	}
	out, err := call(ctx, c, m.Address, data, fmt.Sprintf("getJob(%s)", jobID))
	if err != nil {
		return bindings.IPondMarketJob{}, err
	}
	return m.b.UnpackGetJob(out)
}

// ClientTerms reads a contract client job's terms: refund address, callback gas limit, the
// delivery fee still held for its first delivery and whether it asked for a failure notice.
func (m *Market) ClientTerms(ctx context.Context, c Caller, jobID *big.Int) (bindings.ClientTermsOutput, error) {
	data, err := m.b.TryPackClientTerms(jobID)
	if err != nil {
		return bindings.ClientTermsOutput{}, err
	}
	out, err := call(ctx, c, m.Address, data, fmt.Sprintf("clientTerms(%s)", jobID))
	if err != nil {
		return bindings.ClientTermsOutput{}, err
	}
	return m.b.UnpackClientTerms(out)
}

// QuoteCallGas is the gas a priced quote call is given: the node checks that its sender holds
// this many times the gas price.
const QuoteCallGas = 300_000

// Quote reads quote(name, callbackGasLimit) at block (nil: the latest) in a call from account
// from priced at gasPrice. An eth_call without a gas price runs at a base fee of 0 (geth's and
// anvil's NoBaseFee), where the delivery fee is 0; priced at the block's base fee it is what a
// post in that block would pay. The node refuses the call unless from holds QuoteCallGas ×
// gasPrice.
func (m *Market) Quote(ctx context.Context, c Caller, block *big.Int, name string, callbackGasLimit uint32, from common.Address, gasPrice *big.Int) (bindings.IPondMarketQuote, error) {
	data, err := m.b.TryPackQuote(name, callbackGasLimit)
	if err != nil {
		return bindings.IPondMarketQuote{}, err
	}
	out, err := c.CallContract(ctx, ethereum.CallMsg{From: from, To: &m.Address, Data: data, Gas: QuoteCallGas, GasPrice: gasPrice}, block)
	if err != nil {
		return bindings.IPondMarketQuote{}, fmt.Errorf("quote(%q, %d): %w", name, callbackGasLimit, errorDecoder.FromCallError(err))
	}
	return m.b.UnpackQuote(out)
}

// Offer reads an offer.
func (m *Market) Offer(ctx context.Context, c Caller, offerID *big.Int) (bindings.IPondMarketOffer, error) {
	data, err := m.b.TryPackGetOffer(offerID)
	if err != nil {
		return bindings.IPondMarketOffer{}, err
	}
	out, err := call(ctx, c, m.Address, data, fmt.Sprintf("getOffer(%s)", offerID))
	if err != nil {
		return bindings.IPondMarketOffer{}, err
	}
	return m.b.UnpackGetOffer(out)
}

// BalanceOf reads an account's free escrow balance of token.
func (m *Market) BalanceOf(ctx context.Context, c Caller, account, token common.Address) (*big.Int, error) {
	data, err := m.b.TryPackBalanceOf(account, token)
	if err != nil {
		return nil, err
	}
	out, err := call(ctx, c, m.Address, data, "balanceOf")
	if err != nil {
		return nil, err
	}
	return m.b.UnpackBalanceOf(out)
}

// Params reads the protocol parameters.
func (m *Market) Params(ctx context.Context, c Caller) (bindings.IPondMarketParams, error) {
	out, err := call(ctx, c, m.Address, m.b.PackParams(), "params")
	if err != nil {
		return bindings.IPondMarketParams{}, err
	}
	return m.b.UnpackParams(out)
}

// JobCount is the number of jobs ever posted.
func (m *Market) JobCount(ctx context.Context, c Caller) (*big.Int, error) {
	out, err := call(ctx, c, m.Address, m.b.PackJobCount(), "jobCount")
	if err != nil {
		return nil, err
	}
	return m.b.UnpackJobCount(out)
}

// OfferCount is the number of offers ever posted.
func (m *Market) OfferCount(ctx context.Context, c Caller) (*big.Int, error) {
	out, err := call(ctx, c, m.Address, m.b.PackOfferCount(), "offerCount")
	if err != nil {
		return nil, err
	}
	return m.b.UnpackOfferCount(out)
}

// MediatorRegistryAddress reads the market's mediator registry.
func (m *Market) MediatorRegistryAddress(ctx context.Context, c Caller) (common.Address, error) {
	out, err := call(ctx, c, m.Address, m.b.PackMediators(), "mediators")
	if err != nil {
		return common.Address{}, err
	}
	return m.b.UnpackMediators(out)
}

// ------------------------------------------------------------------ module registry

// ModuleRegistry wraps the ModuleRegistry at Address.
type ModuleRegistry struct {
	Address common.Address
	b       *bindings.ModuleRegistry
}

// NewModuleRegistry wraps the registry deployed at addr.
func NewModuleRegistry(addr common.Address) *ModuleRegistry {
	return &ModuleRegistry{Address: addr, b: bindings.NewModuleRegistry()}
}

// Publish registers a module version.
func (r *ModuleRegistry) Publish(req bindings.IModuleRegistryModuleRequest) (txmgr.Candidate, error) {
	data, err := r.b.TryPackPublish(req)
	return candidate(r.Address, nil, data, err, "publish")
}

// ModuleID returns the id of name:version, or 0 when it is not published.
func (r *ModuleRegistry) ModuleID(ctx context.Context, c Caller, nameVersion string) (uint32, error) {
	data, err := r.b.TryPackModuleIdOf(nameVersion)
	if err != nil {
		return 0, err
	}
	out, err := call(ctx, c, r.Address, data, "moduleIdOf("+nameVersion+")")
	if err != nil {
		return 0, err
	}
	return r.b.UnpackModuleIdOf(out)
}

// Module reads a published module version.
func (r *ModuleRegistry) Module(ctx context.Context, c Caller, id uint32) (bindings.IModuleRegistryModule, error) {
	data, err := r.b.TryPackGetModule(id)
	if err != nil {
		return bindings.IModuleRegistryModule{}, err
	}
	out, err := call(ctx, c, r.Address, data, fmt.Sprintf("getModule(%d)", id))
	if err != nil {
		return bindings.IModuleRegistryModule{}, err
	}
	return r.b.UnpackGetModule(out)
}

// ------------------------------------------------------------------ mediator registry

// MediatorRegistry wraps the MediatorRegistry at Address.
type MediatorRegistry struct {
	Address common.Address
	b       *bindings.MediatorRegistry
}

// NewMediatorRegistry wraps the registry deployed at addr.
func NewMediatorRegistry(addr common.Address) *MediatorRegistry {
	return &MediatorRegistry{Address: addr, b: bindings.NewMediatorRegistry()}
}

// Register registers the sender as a mediator with bond (or tops its bond up).
func (r *MediatorRegistry) Register(bond *big.Int) (txmgr.Candidate, error) {
	data, err := r.b.TryPackRegister()
	return candidate(r.Address, bond, data, err, "register")
}

// CreateCommittee creates (or finds) the committee of members; they are sorted here.
func (r *MediatorRegistry) CreateCommittee(members []common.Address) (txmgr.Candidate, error) {
	sorted := SortAddresses(members)
	data, err := r.b.TryPackCreateCommittee(sorted)
	return candidate(r.Address, nil, data, err, "createCommittee")
}

// AcceptCommittee is the sender's consent to judge the deals of committee id, of which it is a member.
func (r *MediatorRegistry) AcceptCommittee(id uint32) (txmgr.Candidate, error) {
	data, err := r.b.TryPackAcceptCommittee(id)
	return candidate(r.Address, nil, data, err, "acceptCommittee")
}

// CommitVote commits a vote's commitment.
func (r *MediatorRegistry) CommitVote(jobID *big.Int, commitment [32]byte) (txmgr.Candidate, error) {
	data, err := r.b.TryPackCommitVote(jobID, commitment)
	return candidate(r.Address, nil, data, err, "commitVote")
}

// Votes, as the contracts' Vote enum.
const (
	VoteProviderRight uint8 = 1
	VoteProviderWrong uint8 = 2
	VoteCannotRun     uint8 = 3
)

// RevealVote reveals a committed vote (VoteProviderRight, VoteProviderWrong or VoteCannotRun).
func (r *MediatorRegistry) RevealVote(jobID *big.Int, vote uint8, salt [32]byte) (txmgr.Candidate, error) {
	data, err := r.b.TryPackRevealVote(jobID, vote, salt)
	return candidate(r.Address, nil, data, err, "revealVote")
}

// Earnings reads the fees mediator earned in token and has not withdrawn.
func (r *MediatorRegistry) Earnings(ctx context.Context, c Caller, mediator, token common.Address) (*big.Int, error) {
	data, err := r.b.TryPackEarnings(mediator, token)
	if err != nil {
		return nil, err
	}
	out, err := call(ctx, c, r.Address, data, "earnings")
	if err != nil {
		return nil, err
	}
	return r.b.UnpackEarnings(out)
}

// WithdrawEarnings pays the sender's earnings in token to to (the market sends them from the
// registry's balance).
func (r *MediatorRegistry) WithdrawEarnings(token, to common.Address) (txmgr.Candidate, error) {
	data, err := r.b.TryPackWithdrawEarnings(token, to)
	return candidate(r.Address, nil, data, err, "withdrawEarnings")
}

// RequestExit starts the sender's exit delay: its committees take no new deal from then on.
func (r *MediatorRegistry) RequestExit() (txmgr.Candidate, error) {
	data, err := r.b.TryPackRequestExit()
	return candidate(r.Address, nil, data, err, "requestExit")
}

// CompleteExit sends the sender its bond back, after the exit delay and once no mediation holds
// it or waits for it.
func (r *MediatorRegistry) CompleteExit() (txmgr.Candidate, error) {
	data, err := r.b.TryPackCompleteExit()
	return candidate(r.Address, nil, data, err, "completeExit")
}

// OpenQueued opens the oldest mediation waiting for committeeID, when a majority of its members
// can take it.
func (r *MediatorRegistry) OpenQueued(committeeID uint32) (txmgr.Candidate, error) {
	data, err := r.b.TryPackOpenQueued(committeeID)
	return candidate(r.Address, nil, data, err, "openQueued")
}

// SlashAmount reads what a member loses for a silent vote or one against a decided majority.
func (r *MediatorRegistry) SlashAmount(ctx context.Context, c Caller) (*big.Int, error) {
	out, err := call(ctx, c, r.Address, r.b.PackSlashAmount(), "slashAmount")
	if err != nil {
		return nil, err
	}
	return r.b.UnpackSlashAmount(out)
}

// CommitteeCount reads how many committees exist; the newest has this id.
func (r *MediatorRegistry) CommitteeCount(ctx context.Context, c Caller) (uint32, error) {
	out, err := call(ctx, c, r.Address, r.b.PackCommitteeCount(), "committeeCount")
	if err != nil {
		return 0, err
	}
	return r.b.UnpackCommitteeCount(out)
}

// Mediator reads a mediator's bond, exit time, open mediations, registration and memberships.
func (r *MediatorRegistry) Mediator(ctx context.Context, c Caller, mediator common.Address) (bindings.IMediatorRegistryMediator, error) {
	data, err := r.b.TryPackGetMediator(mediator)
	if err != nil {
		return bindings.IMediatorRegistryMediator{}, err
	}
	out, err := call(ctx, c, r.Address, data, "getMediator")
	if err != nil {
		return bindings.IMediatorRegistryMediator{}, err
	}
	return r.b.UnpackGetMediator(out)
}

// Committee reads a committee: its members, who accepted it, who can judge, who is leaving,
// and whether it can judge new deals.
func (r *MediatorRegistry) Committee(ctx context.Context, c Caller, id uint32) (bindings.IMediatorRegistryCommittee, error) {
	data, err := r.b.TryPackGetCommittee(id)
	if err != nil {
		return bindings.IMediatorRegistryCommittee{}, err
	}
	out, err := call(ctx, c, r.Address, data, fmt.Sprintf("getCommittee(%d)", id))
	if err != nil {
		return bindings.IMediatorRegistryCommittee{}, err
	}
	return r.b.UnpackGetCommittee(out)
}

// CommitteeMembers reads a committee's members.
func (r *MediatorRegistry) CommitteeMembers(ctx context.Context, c Caller, id uint32) ([]common.Address, error) {
	data, err := r.b.TryPackCommitteeMembers(id)
	if err != nil {
		return nil, err
	}
	out, err := call(ctx, c, r.Address, data, fmt.Sprintf("committeeMembers(%d)", id))
	if err != nil {
		return nil, err
	}
	return r.b.UnpackCommitteeMembers(out)
}

// ------------------------------------------------------------------ test token

// TestToken wraps the PondTestToken (freely mintable, devnets only).
type TestToken struct {
	Address common.Address
	b       *bindings.PondTestToken
}

// NewTestToken wraps the token deployed at addr.
func NewTestToken(addr common.Address) *TestToken {
	return &TestToken{Address: addr, b: bindings.NewPondTestToken()}
}

// Mint mints amount to to.
func (t *TestToken) Mint(to common.Address, amount *big.Int) (txmgr.Candidate, error) {
	data, err := t.b.TryPackMint(to, amount)
	return candidate(t.Address, nil, data, err, "mint")
}

// Approve lets spender (the market) pull amount.
func (t *TestToken) Approve(spender common.Address, amount *big.Int) (txmgr.Candidate, error) {
	data, err := t.b.TryPackApprove(spender, amount)
	return candidate(t.Address, nil, data, err, "approve")
}

// BalanceOf reads an ERC-20 balance.
func (t *TestToken) BalanceOf(ctx context.Context, c Caller, account common.Address) (*big.Int, error) {
	data, err := t.b.TryPackBalanceOf(account)
	if err != nil {
		return nil, err
	}
	out, err := call(ctx, c, t.Address, data, "balanceOf")
	if err != nil {
		return nil, err
	}
	return t.b.UnpackBalanceOf(out)
}

// Allowance reads what spender may still pull from owner.
func (t *TestToken) Allowance(ctx context.Context, c Caller, owner, spender common.Address) (*big.Int, error) {
	data, err := t.b.TryPackAllowance(owner, spender)
	if err != nil {
		return nil, err
	}
	out, err := call(ctx, c, t.Address, data, "allowance")
	if err != nil {
		return nil, err
	}
	return t.b.UnpackAllowance(out)
}

// SortAddresses returns a sorted copy of addrs (committees are given in ascending order).
func SortAddresses(addrs []common.Address) []common.Address {
	out := slices.Clone(addrs)
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}
