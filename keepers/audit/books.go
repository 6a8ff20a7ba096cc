package audit

import (
	"context"
	"fmt"
	"maps"
	"math/big"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
)

// jobPage is how many jobs are read from the index, and checked, at a time.
const jobPage = 2000

// ledger is one token's books as the events have them.
type ledger struct {
	free, open, deals, challenges, deliveries, ended *big.Int
}

func newLedger() *ledger {
	return &ledger{free: new(big.Int), open: new(big.Int), deals: new(big.Int), challenges: new(big.Int),
		deliveries: new(big.Int), ended: new(big.Int)}
}

func (a *auditor) ledger(token common.Address) *ledger {
	l := a.ledgers[token]
	if l == nil {
		l = newLedger()
		a.ledgers[token] = l
	}
	return l
}

// books compares every job, deal, offer, balance, mediation and mediator with the getters and
// the books of each token with what the contracts hold.
func (a *auditor) books(ctx context.Context) error {
	a.ledgers = map[common.Address]*ledger{}
	for t := range a.view.Tokens {
		a.ledger(t)
	}
	if err := a.balances(ctx); err != nil {
		return err
	}
	if err := a.jobs(ctx); err != nil {
		return err
	}
	if err := a.offers(ctx); err != nil {
		return err
	}
	if err := a.mediations(ctx); err != nil {
		return err
	}
	if err := a.mediators(ctx); err != nil {
		return err
	}
	return a.holdings(ctx)
}

// ------------------------------------------------------------------ balances

func (a *auditor) balances(ctx context.Context) error {
	bals, err := a.x.Balances(common.Address{})
	if err != nil {
		return fmt.Errorf("audit: read balances from the index: %w", err)
	}
	m := bindings.NewPondMarket()
	got := make([]*big.Int, len(bals))
	err = a.parallel(ctx, len(bals), func(i int) error {
		b := bals[i]
		v, err := get(ctx, a, a.d.Market, m.PackBalanceOf(b.Account, b.Token), m.UnpackBalanceOf,
			fmt.Sprintf("balanceOf(%s, %s)", b.Account.Hex(), b.Token.Hex()))
		got[i] = v
		return err
	})
	if err != nil {
		return err
	}
	for i, b := range bals {
		a.r.Checked.Balances++
		a.ledger(b.Token).free.Add(a.ledger(b.Token).free, b.Amount)
		if got[i].Cmp(b.Amount) != 0 {
			acc, tok := b.Account, b.Token
			d := Discrepancy{Kind: "balance", Subject: fmt.Sprintf("account %s (%s)", acc.Hex(), a.tokens.Symbol(tok)),
				Account: &acc, Token: &tok, Field: "free balance (balanceOf)",
				Events: a.money(tok, b.Amount), Chain: a.money(tok, got[i])}
			if err := a.accountEvidence(&d, acc, tok); err != nil {
				return err
			}
			a.r.add(d, a.cfg.MaxDiscrepancies)
		}
	}
	return nil
}

func (a *auditor) money(token common.Address, v *big.Int) string { return a.tokens.Money(token, v) }

// ------------------------------------------------------------------ jobs and deals

// locked is what a live job keeps in escrow, by status: an open job its price and solver fee, a
// deal its price, solver fee (paid when the deal ends, or when its result is challenged) and the
// provider's collateral, a challenge also the mediation fee (and no solver fee: paid by then).
func locked(j *state.Job) *big.Int {
	v := new(big.Int)
	switch j.Status {
	case state.StatusOpen:
		v.Add(j.Price, j.SolverFee)
	case state.StatusMatched, state.StatusSubmitted, state.StatusChallenged:
		// The solver fee is paid when the deal ends or its result is challenged.
		v.Add(j.Price, nz(j.Collateral))
		if !j.SolverPaid {
			v.Add(v, j.SolverFee)
		}
		v.Add(v, nz(j.MediationFee))
	}
	return v
}

func nz(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// left is what a job's events left in escrow: everything they took in (price and solver fee at
// post, collateral at match, the mediation fee at challenge) less everything they paid out
// (the solver fee once the deal held, the settlement's credits, the mediators' pay, which went
// to the mediator registry's balance). An
// abandoned deal's collateral came back to its provider with the JobAbandoned that reopened it.
func left(j *state.Job, mediatorsPaid *big.Int) *big.Int {
	v := new(big.Int).Add(j.Price, j.SolverFee)
	if j.Provider != (common.Address{}) {
		v.Add(v, nz(j.Collateral))
	}
	if j.SolverPaid {
		v.Sub(v, j.SolverFee)
	}
	v.Add(v, nz(j.MediationFee))
	v.Sub(v, nz(j.ToProvider))
	v.Sub(v, nz(j.ToCreator))
	v.Sub(v, nz(j.ToChallenger))
	return v.Sub(v, nz(mediatorsPaid))
}

// lastDeadline is what getJob's deadline holds: the deadline of the last phase the job reached.
// A challenge that waited in its committee's queue keeps 0 there for good, even once its
// mediation opened (the events then give the job its mediation's reveal deadline): the market
// is not told of the opening, and resolveChallenge reads the 0 as the whole committee's fee.
func lastDeadline(j *state.Job) uint64 {
	switch {
	case j.ChallengeQueued:
		return 0
	case j.Challenger != (common.Address{}):
		return j.RevealDeadline
	case j.ResultCID != "":
		return j.ChallengeDeadline
	case j.Provider != (common.Address{}):
		return j.RunDeadline
	}
	return j.Expiry
}

type fieldDiff struct{ field, events, chain string }

func (a *auditor) jobDiffs(j *state.Job, g bindings.IPondMarketJob) []fieldDiff {
	var out []fieldDiff
	// Compared first, written out only when they differ: this runs for every job.
	add := func(field string, ev, ch any) { out = append(out, fieldDiff{field, fmt.Sprint(ev), fmt.Sprint(ch)}) }
	money := func(field string, ev, ch *big.Int) {
		if nz(ev).Cmp(nz(ch)) != 0 {
			out = append(out, fieldDiff{field, a.money(j.Token, ev), a.money(j.Token, ch)})
		}
	}
	if uint8(j.Status) != g.Status {
		add("status", j.Status, state.Status(g.Status))
	}
	// A settled client job owes its client a delivery until one succeeds: its result when the
	// result stands, its failure notice when it asked for one.
	pending := j.Callback && j.Status.Terminal() && !j.CallbackDelivered &&
		(j.Status == state.StatusAccepted || j.Status == state.StatusUndecided || j.NotifyFailure)
	// The market keeps only the hash of a job's terms (creator, token, price, solver fee,
	// module, run time, committee, mediator fee, resources), joined by its result's for a
	// client's job from its result to its settlement: the terms and result the events tell must
	// hash to it, or every later call on the job would carry terms it refuses. A settled job
	// whose delivery is pending keeps its terms' hash alone; once no delivery is pending, the
	// slot is freed (a zero hash).
	var want common.Hash
	switch {
	case j.Live():
		want = j.StoredTermsHash()
	case pending:
		want = chain.HashTerms(j.Terms())
	}
	if want != common.Hash(g.TermsHash) {
		add("terms hash", want.Hex(), common.Hash(g.TermsHash).Hex())
	}
	if j.CommitteeSize != g.CommitteeSize {
		add("committee size", j.CommitteeSize, g.CommitteeSize)
	}
	if j.Provider != (common.Address{}) {
		// The market does not store the collateral: it locks and releases price × collateralBps
		// / 10,000 + committee size × mediator fee, from the terms.
		money("collateral", j.Collateral, state.JobCollateral(j, a.r.Governance.Params.CollateralBps))
	}
	// The job's state slot keeps the deal's solver until its result is challenged (paid then),
	// the challenger while the mediation runs, and nobody once a challenged job settles.
	var solver, challenger common.Address
	switch {
	case j.Status == state.StatusChallenged:
		challenger = j.Challenger
	case j.Challenger == (common.Address{}):
		solver = j.Solver
	}
	if solver != g.Solver {
		add("solver", solver.Hex(), g.Solver.Hex())
	}
	if challenger != g.Challenger {
		add("challenger", challenger.Hex(), g.Challenger.Hex())
	}
	if j.Callback != g.Callback {
		add("callback", j.Callback, g.Callback)
	}
	if pending != g.CallbackPending {
		add("callback pending", pending, g.CallbackPending)
	}
	if d := lastDeadline(j); g.Deadline == nil || !g.Deadline.IsUint64() || d != g.Deadline.Uint64() {
		add("deadline", d, g.Deadline)
	}
	if j.OfferID != uint64(g.OfferId) {
		add("offer", j.OfferID, g.OfferId)
	}
	if j.Provider != g.Provider {
		add("provider", j.Provider.Hex(), g.Provider.Hex())
	}
	return out
}

type jobCheck struct {
	job   *state.Job
	got   bindings.IPondMarketJob
	terms *bindings.ClientTermsOutput
}

// jobs checks every job the index holds, a page at a time, against getJob (and clientTerms for
// a contract client's), and adds what each job keeps in escrow to its token's books.
func (a *auditor) jobs(ctx context.Context) error {
	paid, err := a.mediatorsPaid()
	if err != nil {
		return err
	}
	m := bindings.NewPondMarket()
	total := a.r.Governance.Jobs
	var after uint64
	// Job ids run from 1 to jobCount(): an id the index lacks is a job it lost (its escrow
	// would otherwise pass for a surplus), reported by what the chain says of it.
	missing := func(from, to uint64) error {
		for id := from; id <= to; id++ {
			if a.r.DiscrepancyCount >= a.cfg.MaxDiscrepancies {
				a.r.DiscrepancyCount += int(to - id + 1) // counted, not read
				return nil
			}
			g, err := get(ctx, a, a.d.Market, m.PackGetJob(new(big.Int).SetUint64(id)), m.UnpackGetJob, fmt.Sprintf("getJob(%d)", id))
			if err != nil {
				return err
			}
			jobID := id
			a.r.add(Discrepancy{Kind: "job", Subject: fmt.Sprintf("job %d", id), JobID: &jobID, Field: "indexed",
				Events: "no such job in the index", Chain: fmt.Sprintf("job %d of %d, %s", id, total, state.Status(g.Status))}, a.cfg.MaxDiscrepancies)
		}
		return nil
	}
	for {
		page, err := a.x.Jobs(index.JobQuery{AfterID: after, Limit: jobPage})
		if err != nil {
			return fmt.Errorf("audit: read jobs from the index: %w", err)
		}
		if len(page) == 0 {
			break
		}
		next := after + 1
		for _, j := range page {
			if err := missing(next, min(j.ID-1, total)); err != nil {
				return err
			}
			next = j.ID + 1
		}
		checks := make([]jobCheck, len(page))
		err = a.parallel(ctx, len(page), func(i int) error {
			j := page[i]
			c := &checks[i]
			c.job = j
			id := new(big.Int).SetUint64(j.ID)
			var err error
			if c.got, err = get(ctx, a, a.d.Market, m.PackGetJob(id), m.UnpackGetJob, fmt.Sprintf("getJob(%d)", j.ID)); err != nil {
				return err
			}
			if j.Callback {
				t, err := get(ctx, a, a.d.Market, m.PackClientTerms(id), m.UnpackClientTerms, fmt.Sprintf("clientTerms(%d)", j.ID))
				if err != nil {
					return err
				}
				c.terms = &t
			}
			return nil
		})
		if err != nil {
			return err
		}
		for i := range checks {
			if err := a.checkJob(&checks[i], paid[checks[i].job.ID]); err != nil {
				return err
			}
		}
		after = page[len(page)-1].ID
		if a.cfg.Progress != nil {
			a.cfg.Progress(after, total)
		}
	}
	return missing(after+1, total)
}

func (a *auditor) checkJob(c *jobCheck, mediatorsPaid *big.Int) error {
	j := c.job
	a.r.Checked.Jobs++
	if j.Live() {
		a.r.Checked.LiveJobs++
	}
	if j.Provider != (common.Address{}) {
		a.r.Checked.Deals++
	}
	id := j.ID
	subject := fmt.Sprintf("job %d", id)
	kind := "job"
	if j.Provider != (common.Address{}) {
		kind = "deal"
	}
	diffs := a.jobDiffs(j, c.got)
	if c.terms != nil {
		// A contract client's delivery fee (native whatever the job's token) is held until its
		// first delivery or its refund.
		held := nz(j.DeliveryFee)
		a.ledger(chain.Native).deliveries.Add(a.ledger(chain.Native).deliveries, held)
		t := c.terms
		if t.DeliveryFee.Cmp(held) != 0 || t.RefundTo != j.RefundTo || t.CallbackGasLimit != j.CallbackGasLimit || t.NotifyFailure != j.NotifyFailure {
			diffs = append(diffs, fieldDiff{"client terms (clientTerms)",
				fmt.Sprintf("refunds to %s, callback gas %d, delivery fee held %s, failure notice %t", j.RefundTo.Hex(), j.CallbackGasLimit,
					a.money(chain.Native, held), j.NotifyFailure),
				fmt.Sprintf("refunds to %s, callback gas %d, delivery fee held %s, failure notice %t", t.RefundTo.Hex(), t.CallbackGasLimit,
					a.money(chain.Native, t.DeliveryFee), t.NotifyFailure)})
		}
	}
	l := a.ledger(j.Token)
	rest := left(j, mediatorsPaid)
	switch {
	case j.Status == state.StatusOpen:
		l.open.Add(l.open, rest)
	case j.Status == state.StatusChallenged:
		fee := nz(j.MediationFee)
		l.challenges.Add(l.challenges, fee)
		l.deals.Add(l.deals, new(big.Int).Sub(rest, fee))
	case j.Live():
		l.deals.Add(l.deals, rest)
	default:
		l.ended.Add(l.ended, rest)
	}
	if want := locked(j); rest.Cmp(want) != 0 {
		what := "escrow left by its events"
		if !j.Live() {
			what = fmt.Sprintf("escrow left after it ended %s (settlement paid out %s than it took in)", j.Status, map[bool]string{true: "less", false: "more"}[rest.Sign() > 0])
		}
		diffs = append(diffs, fieldDiff{what, a.money(j.Token, rest), a.money(j.Token, want) + fmt.Sprintf(" for a %s job", j.Status)})
	}
	if len(diffs) == 0 {
		return nil
	}
	fields, evs, chs := make([]string, len(diffs)), make([]string, len(diffs)), make([]string, len(diffs))
	for i, d := range diffs {
		fields[i], evs[i], chs[i] = d.field, d.field+" "+d.events, d.field+" "+d.chain
	}
	d := Discrepancy{Kind: kind, Subject: subject, JobID: &id, Token: &j.Token, Field: join(fields),
		Events: strings.Join(evs, "; "), Chain: strings.Join(chs, "; ")}
	if err := a.jobEvidence(&d, id); err != nil {
		return err
	}
	a.r.add(d, a.cfg.MaxDiscrepancies)
	return nil
}

// mediatorsPaid sums the MediatorPaid events by job (few: only challenged jobs pay mediators).
func (a *auditor) mediatorsPaid() (map[uint64]*big.Int, error) {
	evs, err := a.x.EventsWhere("name = 'MediatorPaid'", 0)
	if err != nil {
		return nil, fmt.Errorf("audit: read MediatorPaid events: %w", err)
	}
	out := map[uint64]*big.Int{}
	for _, e := range evs {
		if e.JobID == nil {
			continue
		}
		amount, err := argAmount(e.Args, "Amount")
		if err != nil {
			return nil, fmt.Errorf("audit: MediatorPaid in block %d: %w", e.Block, err)
		}
		if out[*e.JobID] == nil {
			out[*e.JobID] = new(big.Int)
		}
		out[*e.JobID].Add(out[*e.JobID], amount)
	}
	return out, nil
}

func argAmount(args map[string]any, name string) (*big.Int, error) {
	s, ok := args[name].(string)
	if !ok {
		return nil, fmt.Errorf("argument %s is %v", name, args[name])
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("argument %s is %q", name, s)
	}
	return v, nil
}

// ------------------------------------------------------------------ offers

func (a *auditor) offers(ctx context.Context) error {
	offers, err := a.x.Offers(common.Address{}, false)
	if err != nil {
		return fmt.Errorf("audit: read offers from the index: %w", err)
	}
	a.countMismatch("offers", "offerCount()", uint64(len(offers)), a.r.Governance.Offers)
	m := bindings.NewPondMarket()
	got := make([]bindings.IPondMarketOffer, len(offers))
	err = a.parallel(ctx, len(offers), func(i int) error {
		var err error
		got[i], err = get(ctx, a, a.d.Market, m.PackGetOffer(new(big.Int).SetUint64(offers[i].ID)), m.UnpackGetOffer, fmt.Sprintf("getOffer(%d)", offers[i].ID))
		return err
	})
	if err != nil {
		return err
	}
	for i, o := range offers {
		a.r.Checked.Offers++
		g := got[i]
		var diffs []fieldDiff
		cmp := func(field string, ok bool, ev, ch any) {
			if !ok {
				diffs = append(diffs, fieldDiff{field, fmt.Sprint(ev), fmt.Sprint(ch)})
			}
		}
		cmp("capacity left", o.Available == g.Available, o.Available, g.Available)
		cmp("provider", o.Provider == g.Provider, o.Provider.Hex(), g.Provider.Hex())
		cmp("token", o.Token == g.Token, o.Token.Hex(), g.Token.Hex())
		cmp("ask", nz(o.AskPrice).Cmp(g.AskPrice) == 0, a.money(o.Token, o.AskPrice), a.money(o.Token, g.AskPrice))
		cmp("any module", o.AnyModule == g.AnyModule, o.AnyModule, g.AnyModule)
		cmp("accepts the default committee", o.AcceptsDefault == g.AcceptsDefaultCommittee, o.AcceptsDefault, g.AcceptsDefaultCommittee)
		cmp("trusted committee", o.TrustedCommittee == g.TrustedCommitteeId, o.TrustedCommittee, g.TrustedCommitteeId)
		// A withdrawn offer's expiry became its withdrawal's block time, which no event carries.
		if !o.Withdrawn {
			cmp("expiry", o.Expiry == u64(g.Expiry), o.Expiry, g.Expiry)
		}
		if len(diffs) == 0 {
			continue
		}
		id := o.ID
		fields, evs, chs := make([]string, len(diffs)), make([]string, len(diffs)), make([]string, len(diffs))
		for k, d := range diffs {
			fields[k], evs[k], chs[k] = d.field, d.field+" "+d.events, d.field+" "+d.chain
		}
		d := Discrepancy{Kind: "offer", Subject: fmt.Sprintf("offer %d", id), OfferID: &id, Field: join(fields),
			Events: strings.Join(evs, "; "), Chain: strings.Join(chs, "; ")}
		if err := a.offerEvidence(&d, id); err != nil {
			return err
		}
		a.r.add(d, a.cfg.MaxDiscrepancies)
	}
	return nil
}

// ------------------------------------------------------------------ mediations and mediators

func memberMask(members []common.Address, who map[common.Address]bool) uint8 {
	var mask uint8
	for i, a := range members {
		if who[a] {
			mask |= 1 << i
		}
	}
	return mask
}

func (a *auditor) mediations(ctx context.Context) error {
	evs, err := a.x.EventsWhere("name = 'MediationOpened'", 0)
	if err != nil {
		return err
	}
	reg := bindings.NewMediatorRegistry()
	for _, e := range evs {
		if e.JobID == nil {
			continue
		}
		id := *e.JobID
		md, err := a.x.Mediation(id)
		if err != nil {
			return fmt.Errorf("audit: mediation of job %d: %w", id, err)
		}
		g, err := get(ctx, a, a.d.MediatorRegistry, reg.PackGetMediation(new(big.Int).SetUint64(id)), reg.UnpackGetMediation, fmt.Sprintf("getMediation(%d)", id))
		if err != nil {
			return err
		}
		a.r.Checked.Mediations++
		members := a.view.Committees[md.CommitteeID]
		committed, revealed := map[common.Address]bool{}, map[common.Address]bool{}
		right, wrong := map[common.Address]bool{}, map[common.Address]bool{}
		for m := range md.Commitments {
			committed[m] = true
		}
		for m, v := range md.Reveals {
			revealed[m] = true
			right[m], wrong[m] = v == chain.VoteProviderRight, v == chain.VoteProviderWrong
		}
		const format = "committee %d, eligible %05b, committed %05b, revealed %05b, right %05b, wrong %05b, open %v, commit by %d, reveal by %d"
		ev := fmt.Sprintf(format, md.CommitteeID, md.EligibleMask, memberMask(members, committed), memberMask(members, revealed),
			memberMask(members, right), memberMask(members, wrong), md.Open, md.CommitDeadline, md.RevealDeadline)
		ch := fmt.Sprintf(format, g.CommitteeId, g.EligibleMask, g.CommittedMask, g.RevealedMask, g.RightMask, g.WrongMask,
			g.Open, u64(g.CommitDeadline), u64(g.RevealDeadline))
		if ev != ch {
			d := Discrepancy{Kind: "mediation", Subject: fmt.Sprintf("mediation of job %d", id), JobID: &id, Field: "getMediation", Events: ev, Chain: ch}
			if err := a.jobEvidence(&d, id); err != nil {
				return err
			}
			a.r.add(d, a.cfg.MaxDiscrepancies)
		}
		// The challenger paid the job's mediator fee for each member that took the mediation,
		// or for every member when the challenge waited in the committee's queue (the market
		// keeps neither: resolveChallenge computes the fee from both again).
		j, err := a.x.Job(id)
		if err != nil {
			return fmt.Errorf("audit: job %d of a mediation: %w", id, err)
		}
		eligible := big.NewInt(int64(bits.OnesCount8(g.EligibleMask)))
		if j.ChallengeQueued {
			eligible.SetInt64(int64(j.CommitteeSize))
		}
		if want := new(big.Int).Mul(nz(j.MediatorFee), eligible); want.Cmp(nz(j.MediationFee)) != 0 {
			d := Discrepancy{Kind: "mediation", Subject: fmt.Sprintf("mediation of job %d", id), JobID: &id, Token: &j.Token,
				Field:  "mediation fee (JobChallenged) against eligible members (getMediation) x the job's mediator fee",
				Events: a.money(j.Token, j.MediationFee), Chain: fmt.Sprintf("%s x %s = %s", eligible, a.money(j.Token, j.MediatorFee), a.money(j.Token, want))}
			if err := a.jobEvidence(&d, id); err != nil {
				return err
			}
			a.r.add(d, a.cfg.MaxDiscrepancies)
		}
	}
	return nil
}

func (a *auditor) mediators(ctx context.Context) error {
	reg := bindings.NewMediatorRegistry()
	active := map[common.Address]uint32{}
	for _, md := range a.view.Mediations {
		for i, m := range a.view.Committees[md.CommitteeID] {
			if md.Open && md.EligibleMask&(1<<i) != 0 {
				active[m]++
			}
		}
	}
	addrs := make([]common.Address, 0, len(a.view.Mediators))
	for m := range a.view.Mediators {
		addrs = append(addrs, m)
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Cmp(addrs[j]) < 0 })
	// Slashed bonds are burned: the registry keeps them, counted in burned(), and pays them to nobody.
	bonds, burned := new(big.Int), new(big.Int)
	// Earnings in every token the market knows (and any other a mediator was paid in).
	tokens := map[common.Address]bool{chain.Native: true}
	for t := range a.view.Tokens {
		tokens[t] = true
	}
	earned := map[common.Address]*big.Int{}
	for _, md := range a.view.Mediators {
		for t, v := range md.Earnings {
			tokens[t] = true
			if earned[t] == nil {
				earned[t] = new(big.Int)
			}
			earned[t].Add(earned[t], v)
		}
	}
	for _, acc := range addrs {
		md := a.view.Mediators[acc]
		a.r.Checked.Mediators++
		g, err := get(ctx, a, a.d.MediatorRegistry, reg.PackGetMediator(acc), reg.UnpackGetMediator, "getMediator("+acc.Hex()+")")
		if err != nil {
			return err
		}
		bond := nz(md.Bond)
		if md.Registered {
			bonds.Add(bonds, bond)
		}
		burned.Add(burned, nz(md.Slashed))
		exiting := g.ExitAvailableAt != nil && g.ExitAvailableAt.Sign() != 0
		ev := fmt.Sprintf("bond %s, registered %v, exiting %v, in %d open mediations", a.money(chain.Native, bond), md.Registered, md.Exiting, active[acc])
		ch := fmt.Sprintf("bond %s, registered %v, exiting %v, in %d open mediations", a.money(chain.Native, g.Bond), g.Registered, exiting, g.ActiveMediations)
		if ev != ch {
			d := Discrepancy{Kind: "mediator", Subject: "mediator " + acc.Hex(), Account: &acc, Field: "getMediator", Events: ev, Chain: ch}
			if err := a.accountEvidence(&d, acc, chain.Native); err != nil {
				return err
			}
			a.r.add(d, a.cfg.MaxDiscrepancies)
		}
		if err := a.earnings(ctx, md, slices.SortedFunc(maps.Keys(tokens), common.Address.Cmp)); err != nil {
			return err
		}
	}
	if err := a.registryBalances(ctx, tokens, earned); err != nil {
		return err
	}
	got, err := get(ctx, a, a.d.MediatorRegistry, reg.PackBurned(), reg.UnpackBurned, "burned()")
	if err != nil {
		return err
	}
	if got.Cmp(burned) != 0 {
		a.r.add(Discrepancy{Kind: "burned", Subject: "mediator registry", Field: "burned() (slashed bonds)",
			Events: a.money(chain.Native, burned), Chain: a.money(chain.Native, got)}, a.cfg.MaxDiscrepancies)
	}
	a.r.Registry.Bonds, a.r.Registry.Burned = wei(bonds), wei(burned)
	return nil
}

// earnings compares a mediator's earnings in each token, as MediatorPaid and EarningsWithdrawn
// leave them, with the registry's earnings(mediator, token).
func (a *auditor) earnings(ctx context.Context, md *state.Mediator, tokens []common.Address) error {
	reg := bindings.NewMediatorRegistry()
	acc := md.Address
	for _, t := range tokens {
		got, err := get(ctx, a, a.d.MediatorRegistry, reg.PackEarnings(acc, t), reg.UnpackEarnings,
			fmt.Sprintf("earnings(%s, %s)", acc.Hex(), t.Hex()))
		if err != nil {
			return err
		}
		if want := md.Earned(t); want.Cmp(got) != 0 {
			tok := t
			d := Discrepancy{Kind: "earnings", Subject: fmt.Sprintf("mediator %s (%s)", acc.Hex(), a.tokens.Symbol(t)), Account: &acc, Token: &tok,
				Field: "earned, not withdrawn (earnings)", Events: a.money(t, want), Chain: a.money(t, got)}
			if err := a.accountEvidence(&d, acc, t); err != nil {
				return err
			}
			a.r.add(d, a.cfg.MaxDiscrepancies)
		}
	}
	return nil
}

// registryBalances checks that the mediator registry's balance in the market, in each token,
// is what its mediators earned and have not withdrawn: the registry is only their custodian.
func (a *auditor) registryBalances(ctx context.Context, tokens map[common.Address]bool, earned map[common.Address]*big.Int) error {
	m := bindings.NewPondMarket()
	for _, t := range slices.SortedFunc(maps.Keys(tokens), common.Address.Cmp) {
		bal, err := get(ctx, a, a.d.Market, m.PackBalanceOf(a.d.MediatorRegistry, t), m.UnpackBalanceOf,
			fmt.Sprintf("balanceOf(%s, %s)", a.d.MediatorRegistry.Hex(), t.Hex()))
		if err != nil {
			return err
		}
		sum := nz(earned[t])
		if sum.Sign() != 0 || bal.Sign() != 0 {
			a.r.Registry.Earnings = append(a.r.Registry.Earnings, RegistryEarnings{Token: t, Symbol: a.tokens.Symbol(t),
				Earned: wei(sum), Balance: wei(bal)})
		}
		if sum.Cmp(bal) != 0 {
			tok, acc := t, a.d.MediatorRegistry
			d := Discrepancy{Kind: "earnings", Subject: fmt.Sprintf("mediator registry's %s", a.tokens.Symbol(t)), Account: &acc, Token: &tok,
				Field: "market balance (balanceOf) against its mediators' earnings", Events: a.money(t, sum), Chain: a.money(t, bal)}
			if err := a.accountEvidence(&d, acc, t); err != nil {
				return err
			}
			a.r.add(d, a.cfg.MaxDiscrepancies)
		}
	}
	return nil
}

// ------------------------------------------------------------------ holdings

// holdings compares each token's books with the market's token balance, and the registry's
// bonds and burned slashes with its native balance and its own totalHeld.
func (a *auditor) holdings(ctx context.Context) error {
	erc20 := bindings.NewPondTestToken()
	for _, t := range slices.SortedFunc(maps.Keys(a.ledgers), common.Address.Cmp) {
		l := a.ledgers[t]
		var held *big.Int
		var err error
		if t == chain.Native {
			if held, err = a.cfg.Chain.BalanceAt(ctx, a.d.Market, a.block); err != nil {
				return fmt.Errorf("audit: native balance of the market: %w", err)
			}
		} else if held, err = get(ctx, a, t, erc20.PackBalanceOf(a.d.Market), erc20.UnpackBalanceOf, "balanceOf(market) of token "+t.Hex()); err != nil {
			return err
		}
		books := new(big.Int).Add(l.free, l.open)
		books.Add(books, l.deals).Add(books, l.challenges).Add(books, l.deliveries).Add(books, l.ended)
		surplus := new(big.Int).Sub(held, books)
		tb := TokenBooks{Token: t, Symbol: a.tokens.Symbol(t), Free: wei(l.free), OpenJobs: wei(l.open), Deals: wei(l.deals),
			Challenges: wei(l.challenges), DeliveryFees: wei(l.deliveries), Ended: wei(l.ended), Books: wei(books), Held: wei(held),
			Surplus: wei(surplus)}
		a.r.Tokens = append(a.r.Tokens, tb)
		a.compareHoldings("market", t, books, held)
	}
	reg := bindings.NewMediatorRegistry()
	total, err := get(ctx, a, a.d.MediatorRegistry, reg.PackTotalHeld(), reg.UnpackTotalHeld, "totalHeld()")
	if err != nil {
		return err
	}
	held, err := a.cfg.Chain.BalanceAt(ctx, a.d.MediatorRegistry, a.block)
	if err != nil {
		return fmt.Errorf("audit: native balance of the mediator registry: %w", err)
	}
	g := &a.r.Registry
	books := new(big.Int).Add(g.Bonds.Int, g.Burned.Int)
	g.Books, g.TotalHeld, g.Held, g.Surplus = wei(books), wei(total), wei(held), wei(new(big.Int).Sub(held, books))
	if total.Cmp(books) != 0 {
		a.r.add(Discrepancy{Kind: "holdings", Subject: "mediator registry", Field: "totalHeld() (bonds + burned)",
			Events: a.money(chain.Native, books), Chain: a.money(chain.Native, total)}, a.cfg.MaxDiscrepancies)
	}
	a.compareHoldings("mediator registry", chain.Native, books, held)
	return nil
}

func (a *auditor) compareHoldings(who string, token common.Address, books, held *big.Int) {
	switch held.Cmp(books) {
	case 1:
		a.r.Notes = append(a.r.Notes, fmt.Sprintf("the %s holds %s more than its books (surplus: tokens sent to it outside deposit; nobody can withdraw them)",
			who, a.money(token, new(big.Int).Sub(held, books))))
	case -1:
		tok := token
		a.r.add(Discrepancy{Kind: "holdings", Subject: fmt.Sprintf("%s's %s", who, a.tokens.Symbol(token)), Token: &tok,
			Field: "tokens held (deficit: it owes more than it holds)", Events: a.money(token, books), Chain: a.money(token, held)}, a.cfg.MaxDiscrepancies)
	}
}

// ------------------------------------------------------------------ helpers

// parallel runs fn(0..n-1) on the configured workers and returns the first error.
func (a *auditor) parallel(ctx context.Context, n int, fn func(i int) error) error {
	if n == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan int)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	for range min(a.cfg.Workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if err := fn(i); err != nil {
					mu.Lock()
					if first == nil {
						first = err
						cancel()
					}
					mu.Unlock()
				}
			}
		}()
	}
feed:
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if first == nil && ctx.Err() != nil {
		first = ctx.Err()
	}
	return first
}
