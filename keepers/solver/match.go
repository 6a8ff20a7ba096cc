// Package solver matches open jobs to open offers: for each job (oldest first) the cheapest
// offer that passes every check the contract makes, then the oldest of equally cheap offers.
// Matches are simulated and sent through the keeper's transaction manager; several solvers may
// race, and a lost race is counted, not an error.
package solver

import (
	"cmp"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/state"
)

// Pair is a proposed match: the job goes to the offer.
type Pair struct {
	JobID, OfferID uint64
}

// Params are what matching needs besides the market.
type Params struct {
	// Now is the chain time (the head's timestamp); jobs and offers must be open after it.
	Now uint64
	// CollateralBps is the market's collateral multiple (20,000 = 2x the price).
	CollateralBps uint32
	// Skip, when set, leaves jobs out (for example those with a match in flight).
	Skip func(jobID uint64) bool
	// Limit caps the number of pairs (0: no cap).
	Limit int
	// Avoid, when set, leaves out the offers of the providers it names (for example one that
	// took this solver's fee by giving its match back and matching the job to itself).
	Avoid func(provider common.Address) bool
	// MinFee, when set, leaves out native-currency jobs whose solver fee is below it (a match
	// costs the solver its gas); a token job's fee cannot be weighed against gas and is kept.
	MinFee *big.Int
}

type candidate struct {
	offer   *state.Offer
	avail   state.Resources
	balance *big.Int // the provider's free balance of the offer's token, shared by its offers
}

// Match proposes matches for the open jobs of m. It reads m and changes nothing: capacity and
// provider balances are debited on private copies as jobs are assigned, so no offer is
// overbooked and no provider is asked for collateral it does not have.
//
// Offers of a token are sorted by (ask, id); a job scans them until the first that fits and
// stops at the first ask above its price, so a round costs O(jobs × offers) checks at worst.
func Match(m *state.Market, p Params) []Pair {
	balances := map[[2]common.Address]*big.Int{}
	byToken := map[common.Address][]*candidate{}
	for _, o := range m.Offers {
		if !o.OpenAt(p.Now) || (p.Avoid != nil && p.Avoid(o.Provider)) {
			continue
		}
		key := [2]common.Address{o.Provider, o.Token}
		bal := balances[key]
		if bal == nil {
			bal = m.Balance(o.Provider, o.Token)
			balances[key] = bal
		}
		byToken[o.Token] = append(byToken[o.Token], &candidate{offer: o, avail: o.Available, balance: bal})
	}
	for _, list := range byToken {
		slices.SortFunc(list, func(a, b *candidate) int {
			if c := a.offer.AskPrice.Cmp(b.offer.AskPrice); c != 0 {
				return c
			}
			return cmp.Compare(a.offer.ID, b.offer.ID)
		})
	}

	jobs := OpenJobs(m, p.Now)
	var pairs []Pair
	for _, j := range jobs {
		if p.Skip != nil && p.Skip(j.ID) {
			continue
		}
		if p.MinFee != nil && j.Token == (common.Address{}) && j.SolverFee != nil && j.SolverFee.Cmp(p.MinFee) < 0 {
			continue
		}
		list := byToken[j.Token]
		// A committee that cannot judge (a member leaving, a consent missing, too few bonded)
		// takes no deal: the job waits for it or expires.
		if len(list) == 0 || !m.UsableCommittees[j.CommitteeID] {
			continue
		}
		collateral := state.JobCollateral(j, p.CollateralBps)
		for _, c := range list {
			if c.offer.AskPrice.Cmp(j.Price) > 0 {
				break // sorted by ask: every later offer asks more
			}
			// A provider that gave this job back could not run it: never the same match again.
			if !Takes(m, c.offer, j, c.avail) || c.balance.Cmp(collateral) < 0 || slices.Contains(j.GivenBackBy, c.offer.Provider) {
				continue
			}
			c.avail = state.Debit(c.avail, j.Resources)
			c.balance.Sub(c.balance, collateral)
			pairs = append(pairs, Pair{JobID: j.ID, OfferID: c.offer.ID})
			break
		}
		if p.Limit > 0 && len(pairs) >= p.Limit {
			break
		}
	}
	return pairs
}

// Takes says whether offer o can take job j with capacity avail left: every check matchJob
// makes except the offer being open and the provider's collateral (token, ask, capacity,
// module, run time, committee accepted and able to judge).
func Takes(m *state.Market, o *state.Offer, j *state.Job, avail state.Resources) bool {
	return o.Token == j.Token && o.AskPrice.Cmp(j.Price) <= 0 && state.Fits(j.Resources, avail) &&
		o.AllowsModule(j.ModuleID) && j.RunTime >= o.MinRunTime && m.CommitteeAccepted(o, j.CommitteeID) &&
		m.UsableCommittees[j.CommitteeID]
}

// OpenJobs lists the jobs that can still be matched at time now, oldest first.
func OpenJobs(m *state.Market, now uint64) []*state.Job {
	var jobs []*state.Job
	for _, j := range m.Jobs {
		if j.Status == state.StatusOpen && now < j.Expiry {
			jobs = append(jobs, j)
		}
	}
	slices.SortFunc(jobs, func(a, b *state.Job) int { return cmp.Compare(a.ID, b.ID) })
	return jobs
}

// Reason is why one offer cannot take a job, or "" when it can.
type Reason struct {
	OfferID  uint64
	Provider common.Address
	Check    string // the contract's custom error for the failed check, "" when it fits
	Detail   string
}

// Explanation says why a job is not matched.
type Explanation struct {
	JobID  uint64
	Status state.Status
	// Job is set when the job itself cannot be matched (unknown, not open, expired).
	Job    string
	Offers []Reason
	// ChallengeWaiting: the job is challenged and its mediation waits in its committee's queue
	// (state.Job.ChallengeWaiting).
	ChallengeWaiting bool
	// SolverFee is an open native job's solver fee, written by money: a solver whose operator
	// set a higher minimum (Params.MinFee) leaves the job out. Empty for a token job.
	SolverFee string
}

// Explain checks job jobID against every offer, in the contract's order of checks, and says
// which check fails for each. It backs `pond job why`. money writes an amount of a token (nil:
// base units); it runs with the view held, so it must not call the node.
func Explain(m *state.Market, jobID uint64, now uint64, collateralBps uint32, money func(common.Address, *big.Int) string) Explanation {
	if money == nil {
		money = func(_ common.Address, v *big.Int) string { return v.String() }
	}
	ex := Explanation{JobID: jobID}
	j, err := m.Job(jobID)
	if err != nil {
		ex.Job = fmt.Sprintf("cannot read job %d from the index: %v", jobID, err)
		return ex
	}
	if j == nil {
		ex.Job = fmt.Sprintf("JobNotFound: no job %d has been posted", jobID)
		return ex
	}
	ex.Status, ex.ChallengeWaiting = j.Status, j.ChallengeWaiting()
	switch {
	case j.Status != state.StatusOpen:
		ex.Job = fmt.Sprintf("JobNotOpen: the job is %s", j.Status)
		if j.Status != state.StatusCancelled {
			ex.Job += fmt.Sprintf(" (offer %d, provider %s)", j.OfferID, j.Provider.Hex())
		}
		return ex
	case now >= j.Expiry:
		ex.Job = fmt.Sprintf("JobExpired: the job could be matched until %d, it is now %d; anyone may cancel it", j.Expiry, now)
		return ex
	}
	if j.Token == (common.Address{}) && j.SolverFee != nil {
		ex.SolverFee = money(j.Token, j.SolverFee)
	}
	collateral := state.JobCollateral(j, collateralBps)
	ids := make([]uint64, 0, len(m.Offers))
	for id := range m.Offers {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		o := m.Offers[id]
		r := Reason{OfferID: id, Provider: o.Provider}
		switch {
		case o.Withdrawn:
			r.Check, r.Detail = "OfferNotOpen", "the provider withdrew the offer"
		case now >= o.Expiry:
			r.Check, r.Detail = "OfferNotOpen", fmt.Sprintf("the offer expired at %d", o.Expiry)
		case o.Token != j.Token:
			r.Check, r.Detail = "TokenMismatch", fmt.Sprintf("the offer is in %s, the job in %s", tokenName(o.Token), tokenName(j.Token))
		case j.Price.Cmp(o.AskPrice) < 0:
			r.Check, r.Detail = "PriceBelowAsk", fmt.Sprintf("the job pays %s, the offer asks %s", money(j.Token, j.Price), money(o.Token, o.AskPrice))
		case !o.AllowsModule(j.ModuleID):
			r.Check, r.Detail = "ModuleNotAllowed", fmt.Sprintf("module %d is not in the offer's allowlist", j.ModuleID)
		case j.RunTime < o.MinRunTime:
			r.Check, r.Detail = "RunTimeBelowOffer", fmt.Sprintf("the job allows %d s to run, the offer wants at least %d s", j.RunTime, o.MinRunTime)
		case !m.CommitteeAccepted(o, j.CommitteeID):
			r.Check, r.Detail = "CommitteeNotAccepted", committeeDetail(m, o, j.CommitteeID)
		case !m.UsableCommittees[j.CommitteeID]:
			r.Check, r.Detail = "CommitteeNotUsable", fmt.Sprintf("committee %d cannot judge new deals now: a member has not accepted it, "+
				"a member is leaving, or fewer than a majority of its members have a bond that covers a slash", j.CommitteeID)
		case !state.Fits(j.Resources, o.Available):
			r.Check, r.Detail = "CapacityExceeded", capacityDetail(j.Resources, o.Available)
		case slices.Contains(j.GivenBackBy, o.Provider):
			// Not a contract check: the solvers' own rule.
			r.Check, r.Detail = "GaveBack", "this provider gave a deal of the job back (it could not fetch the module or the inputs); solvers do not match it again"
		default:
			if bal := m.Balance(o.Provider, o.Token); bal.Cmp(collateral) < 0 {
				r.Check, r.Detail = "CollateralInsufficient", fmt.Sprintf("the provider has %s free, the collateral is %s", money(o.Token, bal), money(o.Token, collateral))
			}
		}
		ex.Offers = append(ex.Offers, r)
	}
	return ex
}

// committeeDetail says why an offer does not accept a job's committee.
func committeeDetail(m *state.Market, o *state.Offer, committeeID uint32) string {
	var accepts []string
	if o.AcceptsDefault {
		accepts = append(accepts, fmt.Sprintf("the default committee (now %d)", m.DefaultCommittee))
	}
	if o.TrustedCommittee != 0 {
		accepts = append(accepts, fmt.Sprintf("its trusted committee %d", o.TrustedCommittee))
	}
	if len(accepts) == 0 {
		return fmt.Sprintf("the job is judged by committee %d and the offer accepts no committee", committeeID)
	}
	detail := fmt.Sprintf("the job is judged by committee %d; the offer accepts only %s", committeeID, strings.Join(accepts, " or "))
	if o.AcceptsDefault && committeeID != m.DefaultCommittee {
		detail += " (the job was posted for an earlier default)"
	}
	return detail
}

func tokenName(t common.Address) string {
	if t == (common.Address{}) {
		return "the native currency"
	}
	return t.Hex()
}

func capacityDetail(need, avail state.Resources) string {
	var out string
	add := func(s string) {
		if out != "" {
			out += "; "
		}
		out += s
	}
	if need.Gpus > avail.Gpus {
		if avail.Gpus == 0 {
			add(fmt.Sprintf("needs %d GPU(s), the offer has no GPU free", need.Gpus))
		} else {
			add(fmt.Sprintf("needs %d GPUs, %d left", need.Gpus, avail.Gpus))
		}
	}
	if need.Gpus != 0 && need.VramMiB > avail.VramMiB {
		add(fmt.Sprintf("needs %d MiB VRAM per GPU, the offer has %d", need.VramMiB, avail.VramMiB))
	}
	if need.CpuMillis > avail.CpuMillis {
		add(fmt.Sprintf("needs %d CPU millicores, %d left", need.CpuMillis, avail.CpuMillis))
	}
	if need.RamMiB > avail.RamMiB {
		add(fmt.Sprintf("needs %d MiB RAM, %d left", need.RamMiB, avail.RamMiB))
	}
	if need.DiskMiB > avail.DiskMiB {
		add(fmt.Sprintf("needs %d MiB disk, %d left", need.DiskMiB, avail.DiskMiB))
	}
	return out
}
