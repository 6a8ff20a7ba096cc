// Package state is the Pond market as seen from its events: jobs with their terms and deal
// fields, offers with the capacity their deals left, free escrow balances, mediators,
// committees, mediations and modules.
//
// The Market in memory is the live part only: open jobs and live deals, open offers (and those
// still holding deals), open mediations, balances, mediators, committees, modules and
// tokens. A job, offer or mediation that can no longer change on its own (settled, withdrawn
// with no deal, closed) leaves memory once its range of blocks is committed to the Store (the
// on-disk index, keepers/index), which gives it back when a later event touches it again. So
// memory and per-step work follow live work, not history. The Tracker keeps a Market current
// from the confirmed log follower and resumes from the Store's position after a restart.
package state

import (
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
)

// Status mirrors the contracts' JobStatus.
type Status uint8

// Job statuses, as in src/types/Status.sol.
const (
	StatusNone Status = iota
	StatusOpen
	StatusMatched
	StatusSubmitted
	StatusChallenged
	StatusAccepted
	StatusRejected
	StatusUndecided
	StatusCancelled
	StatusTimedOut
)

var statusNames = [...]string{"None", "Open", "Matched", "Submitted", "Challenged", "Accepted", "Rejected", "Undecided", "Cancelled", "TimedOut"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// Terminal reports whether nothing more can happen to a job in this status.
func (s Status) Terminal() bool { return s >= StatusAccepted }

// Verdict mirrors the contracts' Verdict.
type Verdict uint8

// Mediation verdicts.
const (
	VerdictNone Verdict = iota
	VerdictProviderRight
	VerdictProviderWrong
	VerdictNoMajority
)

// Resources are what a job needs or what an offer has left.
type Resources = bindings.Resources

// Fits reports whether available covers need, exactly as the contract's ResourcesLib.fits.
func Fits(need, available Resources) bool {
	if need.Gpus > available.Gpus {
		return false
	}
	if need.Gpus != 0 && need.VramMiB > available.VramMiB {
		return false
	}
	return need.CpuMillis <= available.CpuMillis && need.RamMiB <= available.RamMiB && need.DiskMiB <= available.DiskMiB
}

// Debit is available - need on the debited fields (VRAM per GPU is compared, not debited).
func Debit(available, need Resources) Resources {
	available.Gpus -= need.Gpus
	available.CpuMillis -= need.CpuMillis
	available.RamMiB -= need.RamMiB
	available.DiskMiB -= need.DiskMiB
	return available
}

// Credit is the inverse of Debit.
func Credit(available, amount Resources) Resources {
	available.Gpus += amount.Gpus
	available.CpuMillis += amount.CpuMillis
	available.RamMiB += amount.RamMiB
	available.DiskMiB += amount.DiskMiB
	return available
}

// Job is a job and, once matched, its deal (the deal shares the job's id).
type Job struct {
	ID        uint64
	Creator   common.Address
	ModuleID  uint32
	Token     common.Address
	Price     *big.Int
	SolverFee *big.Int
	Resources Resources
	RunTime   uint32
	Expiry    uint64 // the job can be matched until this time
	// CommitteeID is the committee that judges the job, fixed when it was posted (committee 0
	// resolved to the default of that time); CommitteeSize its size and MediatorFee the
	// per-mediator fee, fixed then too.
	CommitteeID   uint32
	CommitteeSize uint8
	MediatorFee   *big.Int
	Callback      bool
	Inputs        string
	Status        Status
	PostedBlock   uint64
	// UpdatedBlock is the block of the last event that changed the job.
	UpdatedBlock uint64

	// Deal, from JobMatched on.
	OfferID     uint64
	Provider    common.Address
	Solver      common.Address
	Collateral  *big.Int
	RunDeadline uint64
	// SolverPaid: the solver fee left escrow for the solver (SolverPaid, once the deal held).
	SolverPaid bool
	// GivenBackBy are the providers that gave a deal of this job back (JobAbandoned): a solver
	// does not match the job to them again.
	GivenBackBy []common.Address
	// MatchedBlock is the block of the deal's match; GivenBackBlock and GivenBackSolver the
	// block of the last deal given back and that deal's solver. A job matched again in the very
	// block its deal was given back, by another solver, was matched by whoever gave it back (or
	// acted with it): the provider took that solver's fee (README, Payoffs).
	MatchedBlock    uint64
	GivenBackBlock  uint64
	GivenBackSolver common.Address

	// Result, from ResultSubmitted on.
	ResultCID         string
	ChallengeDeadline uint64

	// Challenge, from JobChallenged on.
	Challenger        common.Address
	MediationFee      *big.Int
	MediatorCommittee uint32 // the committee that mediates (the default resolved)
	// RevealDeadline is the mediation's; 0 while it waits in its committee's queue
	// (ChallengeWaiting).
	RevealDeadline uint64
	// ChallengeQueued: the challenge waited in its committee's queue, so its fee
	// (MediationFee) is the mediator fee of every member, not only of those who took it.
	ChallengeQueued bool `json:",omitempty"`

	// Contract client, from ClientJobPosted (jobs with Callback): where its refunds go, its
	// callback's gas, the delivery fee (native) the job still holds for its first delivery (0
	// once paid to a deliverer or refunded) and whether it asked for a failure notice.
	RefundTo         common.Address
	CallbackGasLimit uint32
	DeliveryFee      *big.Int
	NotifyFailure    bool

	// Settlement.
	ToProvider, ToCreator, ToChallenger *big.Int
	RefundReason                        *uint8
	CallbackDelivered                   bool
	CallbackFailed                      bool
	// CallbackDeferred: the delivery waits for the base fee to fall to the job's delivery gas
	// price (or for anyone to deliver it), and no delivery was attempted since.
	CallbackDeferred bool
	// DeliveryGasPrice is the gas price the job's delivery is paid at, as CallbackDeferred
	// reported it (nil for a job whose delivery was never deferred).
	DeliveryGasPrice *big.Int
	// RefundHeld: the refund address refused the refund; it is in the creator's balance.
	RefundHeld bool
}

// Offer is a provider's resource offer.
type Offer struct {
	ID               uint64
	Provider         common.Address
	Token            common.Address
	AskPrice         *big.Int
	Capacity         Resources
	Available        Resources
	Expiry           uint64
	AnyModule        bool
	Modules          map[uint32]bool
	AcceptsDefault   bool
	TrustedCommittee uint32
	// MinRunTime is the shortest run time the provider accepts.
	MinRunTime  uint32
	PostedBlock uint64
	// Withdrawn is set by OfferWithdrawn (whose expiry became that block's time) and cleared by
	// an OfferUpdated that reopens it.
	Withdrawn bool
	// ActiveDeals counts the deals holding part of its capacity.
	ActiveDeals int
}

// OpenAt reports whether the offer takes new deals at time now.
func (o *Offer) OpenAt(now uint64) bool { return !o.Withdrawn && now < o.Expiry }

// AllowsModule reports whether the offer runs the module.
func (o *Offer) AllowsModule(id uint32) bool { return o.AnyModule || o.Modules[id] }

// Module is a published module version.
type Module struct {
	ID           uint32
	NameVersion  string
	SpecHash     [32]byte
	SpecURI      string
	PrimaryInput string
	Resources    Resources
	RunTime      uint32
	SolverFee    *big.Int
	Publisher    common.Address
}

// Mediator is a registered mediator (or one that was: an exited mediator keeps its earnings).
type Mediator struct {
	Address    common.Address
	Bond       *big.Int
	Registered bool
	Exiting    bool
	Slashed    *big.Int
	// Earnings are the fees it earned and has not withdrawn, by token (MediatorPaid credits
	// them, EarningsWithdrawn pays them out): the registry keeps them, the money is on the
	// registry's balance in the market.
	Earnings map[common.Address]*big.Int `json:",omitempty"`
}

// Earned is what the mediator has earned in token and not withdrawn (a copy).
func (md *Mediator) Earned(token common.Address) *big.Int { return clone(md.Earnings[token]) }

// Mediation is the vote on one challenged deal, keyed by the job id.
type Mediation struct {
	JobID          uint64
	CommitteeID    uint32
	Challenger     common.Address
	EligibleMask   uint8
	CommitDeadline uint64
	RevealDeadline uint64
	Commitments    map[common.Address][32]byte
	// Reveals are the revealed votes: chain.VoteProviderRight, VoteProviderWrong or VoteCannotRun.
	Reveals map[common.Address]uint8
	Open    bool
	Verdict Verdict
}

// Token is a token configured in the market.
type Token struct {
	Address     common.Address
	Allowed     bool
	MediatorFee *big.Int
}

// Archive gives back the objects the live view let go of (the on-disk index). Each returns
// nil and no error for an object it does not hold.
type Archive interface {
	ArchivedJob(id uint64) (*Job, error)
	ArchivedOffer(id uint64) (*Offer, error)
	ArchivedMediation(jobID uint64) (*Mediation, error)
}

// Market is the state rebuilt from events. It is not safe for concurrent use; Tracker guards it.
type Market struct {
	// Jobs are the live jobs: open, matched, submitted or challenged (and, until the next
	// Changes, those that just ended).
	Jobs map[uint64]*Job
	// Offers are the offers not withdrawn, and withdrawn ones still holding deals.
	Offers           map[uint64]*Offer
	Modules          map[uint32]*Module
	Committees       map[uint32][]common.Address
	DefaultCommittee uint32
	// UsableCommittees are the committees that can judge a new deal (every member accepted,
	// none leaving, a strict majority bonded), as the registry last reported.
	UsableCommittees map[uint32]bool
	Mediators        map[common.Address]*Mediator
	// Mediations are the open mediations.
	Mediations map[uint64]*Mediation
	// Deferred are the settled client jobs whose delivery the market deferred (CallbackDeferred)
	// and nobody has attempted since: a keeper may still deliver them (retryCallback) and be
	// paid their delivery fee. They stay in memory, and are loaded again at start, until a
	// delivery is attempted (CallbackDelivered or CallbackFailed).
	Deferred map[uint64]*Job
	Tokens   map[common.Address]*Token
	// Balances are free escrow balances by account, then token. The mediator registry's
	// (Registry) holds the mediators' earnings not yet withdrawn: it is nobody's own money.
	Balances map[common.Address]map[common.Address]*big.Int
	// Registry is the deployment's MediatorRegistry: MediatorPaid credits its balance.
	Registry common.Address

	// JobCount is the highest job id posted.
	JobCount uint64

	// Block is the last block whose events are all applied.
	Block uint64
	// Events counts the events applied.
	Events uint64

	archive  Archive
	archErr  error
	touched  touched
	applying uint64 // block of the event being applied
}

// touched lists what changed since the last Changes.
type touched struct {
	jobs, offers, mediations map[uint64]bool
	balances                 map[[2]common.Address]bool
	accounts                 map[common.Address]bool // mediators
	modules, committees      map[uint32]bool
	tokens                   map[common.Address]bool
}

func newTouched() touched {
	return touched{jobs: map[uint64]bool{}, offers: map[uint64]bool{}, mediations: map[uint64]bool{},
		balances: map[[2]common.Address]bool{}, accounts: map[common.Address]bool{},
		modules: map[uint32]bool{}, committees: map[uint32]bool{}, tokens: map[common.Address]bool{}}
}

// NewMarket returns an empty market of the deployment whose MediatorRegistry is registry.
func NewMarket(registry common.Address) *Market {
	return &Market{Registry: registry,
		Jobs: map[uint64]*Job{}, Offers: map[uint64]*Offer{}, Modules: map[uint32]*Module{},
		Committees: map[uint32][]common.Address{}, Mediators: map[common.Address]*Mediator{},
		Mediations: map[uint64]*Mediation{}, Tokens: map[common.Address]*Token{},
		Balances: map[common.Address]map[common.Address]*big.Int{}, UsableCommittees: map[uint32]bool{},
		Deferred: map[uint64]*Job{},
	}
}

// SetArchive makes the market record what events change (TakeChanges) and look objects up in
// a when an event touches one it let go of. Without an archive nothing ever leaves memory.
func (m *Market) SetArchive(a Archive) {
	m.archive = a
	m.touched = newTouched()
}

// mark records that key changed (when the market records changes at all).
func mark[K comparable](changed map[K]bool, key K) {
	if changed != nil {
		changed[key] = true
	}
}

// Err is the first error the archive returned while applying events: the view is then
// incomplete and must not be used.
func (m *Market) Err() error { return m.archErr }

// Job is job id, live or archived (nil when unknown). The returned job must not be changed.
func (m *Market) Job(id uint64) (*Job, error) {
	if j := m.Jobs[id]; j != nil {
		return j, nil
	}
	if j := m.Deferred[id]; j != nil {
		return j, nil
	}
	if m.archive == nil {
		return nil, nil
	}
	return m.archive.ArchivedJob(id)
}

// job is the job an event touches, brought back from the archive if needed, marked changed.
func (m *Market) job(id uint64) *Job {
	j := m.Jobs[id]
	if j == nil {
		// A deferred delivery's job is held already: the same object, not a second copy.
		if j = m.Deferred[id]; j != nil {
			m.Jobs[id] = j
		}
	}
	if j == nil && m.archive != nil && m.archErr == nil {
		var err error
		if j, err = m.archive.ArchivedJob(id); err != nil {
			m.archErr = fmt.Errorf("load job %d from the index: %w", id, err)
			return nil
		}
		if j != nil {
			m.Jobs[id] = j
		}
	}
	if j != nil {
		mark(m.touched.jobs, id)
		j.UpdatedBlock = m.applying
	}
	return j
}

// endDeal gives the offer of job j's deal the capacity the deal held (a settlement, or the
// provider giving the deal back).
func (m *Market) endDeal(j *Job) {
	if o := m.offer(j.OfferID); o != nil {
		o.Available = Credit(o.Available, j.Resources)
		o.ActiveDeals--
	}
}

func (m *Market) offer(id uint64) *Offer {
	o := m.Offers[id]
	if o == nil && m.archive != nil && m.archErr == nil {
		var err error
		if o, err = m.archive.ArchivedOffer(id); err != nil {
			m.archErr = fmt.Errorf("load offer %d from the index: %w", id, err)
			return nil
		}
		if o != nil {
			m.Offers[id] = o
		}
	}
	if o != nil {
		mark(m.touched.offers, id)
	}
	return o
}

func (m *Market) mediation(id uint64) *Mediation {
	md := m.Mediations[id]
	if md == nil && m.archive != nil && m.archErr == nil {
		var err error
		if md, err = m.archive.ArchivedMediation(id); err != nil {
			m.archErr = fmt.Errorf("load mediation %d from the index: %w", id, err)
			return nil
		}
		if md != nil {
			m.Mediations[id] = md
		}
	}
	if md != nil {
		mark(m.touched.mediations, id)
	}
	return md
}

// Changes is what changed since the previous Changes: copies of every object events touched,
// to be written to the index with the block the market is complete to.
type Changes struct {
	Jobs       []Job
	Offers     []Offer
	Mediations []Mediation
	Balances   []Balance
	Mediators  []Mediator
	Modules    []Module
	Committees map[uint32][]common.Address
	Tokens     []Token
	// Meta: always current.
	DefaultCommittee uint32
	UsableCommittees []uint32 // sorted
	JobCount         uint64
	Block            uint64
}

// Balance is one free escrow balance.
type Balance struct {
	Account, Token common.Address
	Amount         *big.Int
}

// Empty reports whether nothing changed.
func (c *Changes) Empty() bool {
	return len(c.Jobs)+len(c.Offers)+len(c.Mediations)+len(c.Balances)+len(c.Mediators)+
		len(c.Modules)+len(c.Committees)+len(c.Tokens) == 0
}

// Live reports whether a job can still change on its own (it stays in memory).
func (j *Job) Live() bool { return !j.Status.Terminal() }

// ChallengeWaiting reports a challenge whose mediation waits in its committee's queue: fewer
// than a majority of the members could take it when it came (their bonds held by other
// mediations). It opens, first in first out, as they free up; the deal waits with it.
func (j *Job) ChallengeWaiting() bool { return j.Status == StatusChallenged && j.RevealDeadline == 0 }

// TakenAtGiveBack says whether the job's deal was matched in the very block its previous deal
// was given back, by another solver than that deal's: only whoever gave the deal back (or acted
// with it) could, so that provider took the first solver's fee (README, Payoffs: "A provider
// can take a solver's fee"). It returns that provider and the solver it took the fee from.
func (j *Job) TakenAtGiveBack() (provider, solver common.Address, ok bool) {
	if j.GivenBackBlock == 0 || j.MatchedBlock != j.GivenBackBlock || j.Solver == j.GivenBackSolver || len(j.GivenBackBy) == 0 {
		return common.Address{}, common.Address{}, false
	}
	return j.GivenBackBy[len(j.GivenBackBy)-1], j.GivenBackSolver, true
}

// Live reports whether an offer stays in memory: not withdrawn, or still holding deals.
func (o *Offer) Live() bool { return !o.Withdrawn || o.ActiveDeals > 0 }

// TakeChanges returns what changed since the last call and lets go of the objects that ended:
// from then on the archive must hold them (the caller commits the changes first). Without an
// archive it returns nothing and nothing leaves memory.
func (m *Market) TakeChanges() Changes {
	t := m.touched
	if m.archive == nil {
		return Changes{}
	}
	c := Changes{DefaultCommittee: m.DefaultCommittee, JobCount: m.JobCount, Block: m.Block}
	for id, ok := range m.UsableCommittees {
		if ok {
			c.UsableCommittees = append(c.UsableCommittees, id)
		}
	}
	slices.Sort(c.UsableCommittees)
	for id := range t.jobs {
		if j := m.Jobs[id]; j != nil {
			c.Jobs = append(c.Jobs, *j)
			if !j.Live() {
				delete(m.Jobs, id)
			}
		}
	}
	for id := range t.offers {
		if o := m.Offers[id]; o != nil {
			cp := *o
			cp.Modules = maps.Clone(o.Modules)
			c.Offers = append(c.Offers, cp)
			if !o.Live() {
				delete(m.Offers, id)
			}
		}
	}
	for id := range t.mediations {
		if md := m.Mediations[id]; md != nil {
			cp := *md
			cp.Commitments, cp.Reveals = maps.Clone(md.Commitments), maps.Clone(md.Reveals)
			c.Mediations = append(c.Mediations, cp)
			if !md.Open {
				delete(m.Mediations, id)
			}
		}
	}
	for k := range t.balances {
		c.Balances = append(c.Balances, Balance{Account: k[0], Token: k[1], Amount: m.Balance(k[0], k[1])})
	}
	for a := range t.accounts {
		if md := m.Mediators[a]; md != nil {
			cp := *md
			cp.Bond, cp.Slashed = clone(md.Bond), clone(md.Slashed)
			cp.Earnings = cloneAmounts(md.Earnings)
			c.Mediators = append(c.Mediators, cp)
		}
	}
	for id := range t.modules {
		if md := m.Modules[id]; md != nil {
			c.Modules = append(c.Modules, *md)
		}
	}
	for id := range t.committees {
		if c.Committees == nil {
			c.Committees = map[uint32][]common.Address{}
		}
		c.Committees[id] = slices.Clone(m.Committees[id])
	}
	for a := range t.tokens {
		if tk := m.Tokens[a]; tk != nil {
			c.Tokens = append(c.Tokens, *tk)
		}
	}
	m.touched = newTouched()
	return c
}

// Balance is account's free escrow balance of token (a copy).
func (m *Market) Balance(account, token common.Address) *big.Int {
	if b := m.Balances[account][token]; b != nil {
		return new(big.Int).Set(b)
	}
	return new(big.Int)
}

func (m *Market) add(account, token common.Address, amount *big.Int) {
	if amount == nil || amount.Sign() == 0 {
		return
	}
	mark(m.touched.balances, [2]common.Address{account, token})
	byToken := m.Balances[account]
	if byToken == nil {
		byToken = map[common.Address]*big.Int{}
		m.Balances[account] = byToken
	}
	b := byToken[token]
	if b == nil {
		b = new(big.Int)
		byToken[token] = b
	}
	b.Add(b, amount)
}

func (m *Market) sub(account, token common.Address, amount *big.Int) {
	if amount == nil {
		return
	}
	m.add(account, token, new(big.Int).Neg(amount))
}

// CommitteeAccepted is the contract's check that an offer accepts a job's committee: the
// offer's trusted committee itself, or the current default when the offer accepts the default.
func (m *Market) CommitteeAccepted(o *Offer, committeeID uint32) bool {
	return committeeID == o.TrustedCommittee || (o.AcceptsDefault && committeeID == m.DefaultCommittee)
}

// MemberIndex is the position of a mediator in a committee, or -1.
func (m *Market) MemberIndex(committeeID uint32, mediator common.Address) int {
	return slices.Index(m.Committees[committeeID], mediator)
}

func u64(b *big.Int) uint64 {
	if b == nil || !b.IsUint64() {
		return ^uint64(0)
	}
	return b.Uint64()
}

func clone(b *big.Int) *big.Int {
	if b == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(b)
}

func cloneAmounts(in map[common.Address]*big.Int) map[common.Address]*big.Int {
	if in == nil {
		return nil
	}
	out := make(map[common.Address]*big.Int, len(in))
	for k, v := range in {
		out[k] = clone(v)
	}
	return out
}

// earn adds amount (negative: subtracts) to a mediator's earnings in token.
func (m *Market) earn(mediator, token common.Address, amount *big.Int) {
	mark(m.touched.accounts, mediator)
	md := m.Mediators[mediator]
	if md == nil {
		// Only a registered mediator is paid; a partial replay (the audit's evidence) may not
		// have seen it register.
		md = &Mediator{Address: mediator, Bond: new(big.Int), Slashed: new(big.Int)}
		m.Mediators[mediator] = md
	}
	if md.Earnings == nil {
		md.Earnings = map[common.Address]*big.Int{}
	}
	e := md.Earnings[token]
	if e == nil {
		e = new(big.Int)
		md.Earnings[token] = e
	}
	e.Add(e, amount)
}

// Apply folds one decoded event (a pointer to a generated event type) into the market.
// Unknown events are ignored. block is the log's block number.
func (m *Market) Apply(ev chain.Event, block uint64) {
	m.Events++
	m.applying = block
	switch e := ev.(type) {
	// ------------------------------------------------------------ escrow
	case *bindings.PondMarketDeposited:
		m.add(e.Account, e.Token, e.Amount)
	case *bindings.PondMarketWithdrawn:
		m.sub(e.Account, e.Token, e.Amount)
	case *bindings.PondMarketTokenConfigured:
		m.Tokens[e.Token] = &Token{Address: e.Token, Allowed: e.Allowed, MediatorFee: clone(e.MediatorFee)}
		mark(m.touched.tokens, e.Token)

	// ------------------------------------------------------------ offers
	case *bindings.PondMarketOfferPosted:
		o := &Offer{
			ID: u64(e.OfferId), Provider: e.Provider, Token: e.Token, AskPrice: clone(e.AskPrice),
			Capacity: e.Capacity, Available: e.Capacity, Expiry: u64(e.Expiry), AnyModule: e.AnyModule,
			AcceptsDefault: e.AcceptsDefaultCommittee, TrustedCommittee: e.TrustedCommitteeId,
			MinRunTime: e.MinRunTime, PostedBlock: block,
			Modules: map[uint32]bool{},
		}
		for _, id := range e.Modules {
			o.Modules[id] = true
		}
		m.Offers[o.ID] = o
		mark(m.touched.offers, o.ID)
	case *bindings.PondMarketOfferUpdated:
		if o := m.offer(u64(e.OfferId)); o != nil {
			o.AskPrice, o.Expiry, o.Withdrawn = clone(e.AskPrice), u64(e.Expiry), false
		}
	case *bindings.PondMarketOfferWithdrawn:
		if o := m.offer(u64(e.OfferId)); o != nil {
			o.Withdrawn = true
		}

	// ------------------------------------------------------------ jobs
	case *bindings.PondMarketJobPosted:
		j := postedJob(e, block)
		m.Jobs[j.ID] = j
		mark(m.touched.jobs, j.ID)
		m.JobCount = max(m.JobCount, j.ID)
		m.sub(j.Creator, j.Token, new(big.Int).Add(j.Price, j.SolverFee))
	case *bindings.PondMarketJobMatched:
		j := m.job(u64(e.JobId))
		if j == nil {
			return
		}
		j.Status, j.OfferID, j.Provider, j.Solver, j.MatchedBlock = StatusMatched, u64(e.OfferId), e.Provider, e.Solver, block
		j.Collateral, j.RunDeadline = clone(e.Collateral), u64(e.RunDeadline)
		m.sub(e.Provider, j.Token, e.Collateral)
		if o := m.offer(j.OfferID); o != nil {
			o.Available = Debit(o.Available, j.Resources)
			o.ActiveDeals++
		}
	case *bindings.PondMarketSolverPaid:
		if j := m.job(u64(e.JobId)); j != nil {
			j.SolverPaid = true
			m.add(e.Solver, j.Token, e.Amount)
		}
	case *bindings.PondMarketJobAbandoned:
		j := m.job(u64(e.JobId))
		if j == nil {
			return
		}
		m.add(e.Provider, j.Token, e.Collateral)
		m.endDeal(j)
		// Open again until the abandoned deal's run deadline, its escrow whole.
		j.Status, j.Expiry, j.GivenBackBy = StatusOpen, u64(e.Deadline), append(j.GivenBackBy, e.Provider)
		j.GivenBackBlock, j.GivenBackSolver = block, j.Solver
		j.OfferID, j.Provider, j.Solver, j.Collateral, j.RunDeadline = 0, common.Address{}, common.Address{}, nil, 0
	case *bindings.PondMarketResultSubmitted:
		if j := m.job(u64(e.JobId)); j != nil {
			j.Status, j.ResultCID, j.ChallengeDeadline = StatusSubmitted, e.Cid, u64(e.ChallengeDeadline)
		}
	case *bindings.PondMarketJobChallenged:
		j := m.job(u64(e.JobId))
		if j == nil {
			return
		}
		j.Status, j.Challenger, j.MediationFee = StatusChallenged, e.Challenger, clone(e.Fee)
		j.MediatorCommittee, j.RevealDeadline = e.CommitteeId, u64(e.RevealDeadline)
		j.ChallengeQueued = e.RevealDeadline.Sign() == 0
		m.sub(e.Challenger, j.Token, e.Fee)
		// The registry's MediationOpened (logged just before) does not name the challenger.
		if md := m.mediation(u64(e.JobId)); md != nil {
			md.Challenger = e.Challenger
		}
	case *bindings.PondMarketJobSettled:
		j := m.job(u64(e.JobId))
		if j == nil {
			return
		}
		wasDeal := j.Status >= StatusMatched && j.Status <= StatusChallenged
		j.Status = Status(e.Status)
		j.ToProvider, j.ToCreator, j.ToChallenger = clone(e.ToProvider), clone(e.ToCreator), clone(e.ToChallenger)
		m.add(j.Provider, j.Token, e.ToProvider)
		m.add(j.Creator, j.Token, e.ToCreator)
		m.add(j.Challenger, j.Token, e.ToChallenger)
		if wasDeal {
			m.endDeal(j)
		}
	case *bindings.PondMarketJobRefunded:
		if j := m.job(u64(e.JobId)); j != nil {
			r := e.Reason
			j.RefundReason = &r
		}
	case *bindings.PondMarketMediatorPaid:
		// Credited to the mediator's earnings in the registry; the money moved from the job's
		// escrow to the registry's balance, which withdrawEarnings pays out of.
		if j := m.job(u64(e.JobId)); j != nil {
			m.add(m.Registry, j.Token, e.Amount)
			m.earn(e.Mediator, j.Token, e.Amount)
		}
	case *bindings.PondMarketClientJobPosted:
		if j := m.job(u64(e.JobId)); j != nil {
			j.RefundTo, j.CallbackGasLimit, j.DeliveryFee, j.NotifyFailure = e.RefundTo, e.CallbackGasLimit, clone(e.DeliveryFee), e.NotifyFailure
			m.sub(j.Creator, chain.Native, e.DeliveryFee)
		}
	case *bindings.PondMarketDeliveryFeePaid:
		m.add(e.To, chain.Native, e.Amount)
		if j := m.job(u64(e.JobId)); j != nil {
			j.DeliveryFee = new(big.Int)
		}
	case *bindings.PondMarketCallbackDelivered:
		if j := m.job(u64(e.JobId)); j != nil {
			j.CallbackDelivered, j.CallbackFailed, j.CallbackDeferred = true, false, false
		}
		delete(m.Deferred, u64(e.JobId))
	case *bindings.PondMarketCallbackFailed:
		if j := m.job(u64(e.JobId)); j != nil {
			j.CallbackFailed, j.CallbackDeferred = true, false
		}
		delete(m.Deferred, u64(e.JobId))
	case *bindings.PondMarketCallbackDeferred:
		if j := m.job(u64(e.JobId)); j != nil {
			j.CallbackDeferred, j.DeliveryGasPrice = true, clone(e.DeliveryGasPrice)
			m.Deferred[j.ID] = j
		}
	case *bindings.PondMarketRefundHeld:
		if j := m.job(u64(e.JobId)); j != nil {
			j.RefundHeld = true
		}

	// ------------------------------------------------------------ modules
	case *bindings.ModuleRegistryModulePublished:
		r := e.Request
		mark(m.touched.modules, e.ModuleId)
		m.Modules[e.ModuleId] = &Module{
			ID: e.ModuleId, NameVersion: r.Name + ":" + r.Version, SpecHash: r.SpecHash, SpecURI: r.SpecUri,
			PrimaryInput: r.PrimaryInput, Resources: r.Resources, RunTime: r.DefaultRunTime,
			SolverFee: clone(r.DefaultSolverFee), Publisher: e.Publisher,
		}

	// ------------------------------------------------------------ mediators
	case *bindings.MediatorRegistryMediatorRegistered:
		mark(m.touched.accounts, e.Mediator)
		if md := m.Mediators[e.Mediator]; md != nil {
			// Back after an exit: what it lost to slashing and its earnings stay its own.
			md.Bond, md.Registered, md.Exiting = clone(e.Bond), true, false
			break
		}
		m.Mediators[e.Mediator] = &Mediator{Address: e.Mediator, Bond: clone(e.Bond), Registered: true, Slashed: new(big.Int)}
	case *bindings.MediatorRegistryBondToppedUp:
		mark(m.touched.accounts, e.Mediator)
		if md := m.Mediators[e.Mediator]; md != nil {
			md.Bond = clone(e.Bond)
		}
	case *bindings.MediatorRegistryExitRequested:
		mark(m.touched.accounts, e.Mediator)
		if md := m.Mediators[e.Mediator]; md != nil {
			md.Exiting = true
		}
	case *bindings.MediatorRegistryMediatorExited:
		mark(m.touched.accounts, e.Mediator)
		if md := m.Mediators[e.Mediator]; md != nil {
			md.Registered, md.Exiting, md.Bond = false, false, new(big.Int)
		}
	case *bindings.MediatorRegistryCommitteeCreated:
		m.Committees[e.CommitteeId] = slices.Clone(e.Members)
		mark(m.touched.committees, e.CommitteeId)
	case *bindings.PondMarketDefaultCommitteeSet:
		m.DefaultCommittee = e.CommitteeId
	case *bindings.MediatorRegistryCommitteeUsable:
		m.UsableCommittees[e.CommitteeId] = e.Usable
	case *bindings.MediatorRegistryMediationOpened:
		mark(m.touched.mediations, u64(e.JobId))
		md := &Mediation{
			JobID: u64(e.JobId), CommitteeID: e.CommitteeId, EligibleMask: e.EligibleMask,
			CommitDeadline: u64(e.CommitDeadline), RevealDeadline: u64(e.RevealDeadline),
			Commitments: map[common.Address][32]byte{}, Reveals: map[common.Address]uint8{}, Open: true,
		}
		m.Mediations[u64(e.JobId)] = md
		// A challenge that waited in the queue was logged before its mediation opened.
		if j := m.job(u64(e.JobId)); j != nil && j.ChallengeWaiting() {
			j.RevealDeadline, md.Challenger = md.RevealDeadline, j.Challenger
		}
	case *bindings.MediatorRegistryVoteCommitted:
		if md := m.mediation(u64(e.JobId)); md != nil {
			md.Commitments[e.Mediator] = e.Commitment
		}
	case *bindings.MediatorRegistryVoteRevealed:
		if md := m.mediation(u64(e.JobId)); md != nil {
			md.Reveals[e.Mediator] = e.Vote
		}
	case *bindings.MediatorRegistryMediationClosed:
		if md := m.mediation(u64(e.JobId)); md != nil {
			md.Open, md.Verdict = false, Verdict(e.Verdict)
		}
	case *bindings.MediatorRegistryEarningsWithdrawn:
		// The market's Withdrawn (account: the registry) that follows debits the registry.
		m.earn(e.Mediator, e.Token, new(big.Int).Neg(e.Amount))
	case *bindings.MediatorRegistryMediatorSlashed:
		mark(m.touched.accounts, e.Mediator)
		if md := m.Mediators[e.Mediator]; md != nil {
			md.Bond = new(big.Int).Sub(md.Bond, e.Amount)
			md.Slashed.Add(md.Slashed, e.Amount)
		}
	}
}

// Eligible lists the members of a mediation's committee who may vote, in committee order.
func (m *Market) Eligible(md *Mediation) []common.Address {
	var out []common.Address
	for i, a := range m.Committees[md.CommitteeID] {
		if md.EligibleMask&(1<<i) != 0 {
			out = append(out, a)
		}
	}
	return out
}

// AllCommitted reports whether every eligible member committed (the reveal phase may start).
func (m *Market) AllCommitted(md *Mediation) bool {
	for _, a := range m.Eligible(md) {
		if _, ok := md.Commitments[a]; !ok {
			return false
		}
	}
	return true
}

// AllRevealed reports whether every eligible member revealed (the mediation may close).
func (m *Market) AllRevealed(md *Mediation) bool {
	for _, a := range m.Eligible(md) {
		if _, ok := md.Reveals[a]; !ok {
			return false
		}
	}
	return true
}

// Collateral is what a provider locks for a job of price judged by committeeSize members at
// mediatorFee each: price × bps / 10,000 + committeeSize × mediatorFee, as the market computes
// it from the job's terms at match and at the deal's end (it does not store it).
func Collateral(price *big.Int, collateralBps uint32, committeeSize uint8, mediatorFee *big.Int) *big.Int {
	c := new(big.Int).Mul(price, big.NewInt(int64(collateralBps)))
	c.Div(c, big.NewInt(10_000))
	if mediatorFee != nil {
		c.Add(c, new(big.Int).Mul(big.NewInt(int64(committeeSize)), mediatorFee))
	}
	return c
}

// JobCollateral is what the provider of job j locks at match.
func JobCollateral(j *Job, collateralBps uint32) *big.Int {
	return Collateral(j.Price, collateralBps, j.CommitteeSize, j.MediatorFee)
}
