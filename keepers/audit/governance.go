package audit

import (
	"context"
	"fmt"
	"io"
	"maps"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
)

// Governance is what the contracts are configured with: the protocol parameters fixed at
// deployment and what governance can change (allowed tokens and their mediator fees, the default
// committee, ownership). The mediator registry has no owner: the market governs it.
type Governance struct {
	MarketOwner        common.Address   `json:"marketOwner"`
	MarketPendingOwner common.Address   `json:"marketPendingOwner"`
	Params             MarketParams     `json:"params"`
	Mediation          MediationRules   `json:"mediation"`
	Tokens             []TokenSetting   `json:"tokens"`
	DefaultCommittee   uint32           `json:"defaultCommittee"`
	DefaultMembers     []common.Address `json:"defaultMembers"`
	// UsableCommittees are the committees that can judge a new deal.
	UsableCommittees []uint32 `json:"usableCommittees"`
	Committees       uint32   `json:"committees"`
	Modules          uint32   `json:"modules"`
	Jobs             uint64   `json:"jobs"`
	Offers           uint64   `json:"offers"`
}

// MarketParams are the market's parameters (PondMarket.params()).
type MarketParams struct {
	CollateralBps     uint32 `json:"collateralBps"`
	BountyBps         uint32 `json:"bountyBps"`
	ChallengeWindow   uint32 `json:"challengeWindow"`
	ClientJobLifetime uint32 `json:"clientJobLifetime"`
	CallbackGasLimit  uint32 `json:"callbackGasLimit"`
	MaxRunTime        uint32 `json:"maxRunTime"`
	FetchWindow       uint32 `json:"fetchWindow"`
	NativeMediatorFee Wei    `json:"nativeMediatorFee"`
}

// MediationRules are the mediator registry's parameters.
type MediationRules struct {
	MinBond      Wei    `json:"minBond"`
	SlashAmount  Wei    `json:"slashAmount"`
	ExitDelay    uint64 `json:"exitDelay"`
	CommitWindow uint64 `json:"commitWindow"`
	RevealWindow uint64 `json:"revealWindow"`
}

// TokenSetting is a token as the market is configured for it.
type TokenSetting struct {
	Token       common.Address `json:"token"`
	Symbol      string         `json:"symbol"`
	Index       uint8          `json:"index"`
	Allowed     bool           `json:"allowed"`
	MediatorFee Wei            `json:"mediatorFee"`
}

func u64(v *big.Int) uint64 {
	if v == nil || !v.IsUint64() {
		return ^uint64(0)
	}
	return v.Uint64()
}

// governance reads parameters and settings, and compares the settings the events rebuilt
// (tokens, committees, counts) with the getters.
func (a *auditor) governance(ctx context.Context) error {
	m, reg, mods := bindings.NewPondMarket(), bindings.NewMediatorRegistry(), bindings.NewModuleRegistry()
	d, g := a.d, &a.r.Governance
	var err error
	read := func(to common.Address, data []byte, unpack func([]byte) (common.Address, error), what string, into *common.Address) {
		if err == nil {
			*into, err = get(ctx, a, to, data, unpack, what)
		}
	}
	read(d.Market, m.PackOwner(), m.UnpackOwner, "market owner()", &g.MarketOwner)
	read(d.Market, m.PackPendingOwner(), m.UnpackPendingOwner, "market pendingOwner()", &g.MarketPendingOwner)
	// The registry audited must be the one the market created and pays its mediators through
	// (an immutable, masked by the code check): another one, however consistent, would be
	// audited in its place, its bonds, committees and earnings reported as the market's.
	var registry common.Address
	read(d.Market, m.PackMediators(), m.UnpackMediators, "market mediators()", &registry)
	if err != nil {
		return err
	}
	if registry != d.MediatorRegistry {
		a.r.add(Discrepancy{Kind: "deployment", Subject: "mediator registry", Field: "the market's mediators()",
			Events: "the deployment names " + d.MediatorRegistry.Hex(), Chain: "the market's is " + registry.Hex()}, a.cfg.MaxDiscrepancies)
	}
	p, err := get(ctx, a, d.Market, m.PackParams(), m.UnpackParams, "params()")
	if err != nil {
		return err
	}
	g.Params = MarketParams{CollateralBps: p.CollateralBps, BountyBps: p.BountyBps, ChallengeWindow: p.ChallengeWindow, ClientJobLifetime: p.ClientJobLifetime,
		CallbackGasLimit: p.CallbackGasLimit, MaxRunTime: p.MaxRunTime, FetchWindow: p.FetchWindow, NativeMediatorFee: wei(p.NativeMediatorFee)}
	regUint := func(data []byte, unpack func([]byte) (*big.Int, error), what string) *big.Int {
		if err != nil {
			return new(big.Int)
		}
		var v *big.Int
		v, err = get(ctx, a, d.MediatorRegistry, data, unpack, what)
		return v
	}
	g.Mediation = MediationRules{
		MinBond:      wei(regUint(reg.PackMinBond(), reg.UnpackMinBond, "minBond()")),
		SlashAmount:  wei(regUint(reg.PackSlashAmount(), reg.UnpackSlashAmount, "slashAmount()")),
		ExitDelay:    u64(regUint(reg.PackExitDelay(), reg.UnpackExitDelay, "exitDelay()")),
		CommitWindow: u64(regUint(reg.PackCommitWindow(), reg.UnpackCommitWindow, "commitWindow()")),
		RevealWindow: u64(regUint(reg.PackRevealWindow(), reg.UnpackRevealWindow, "revealWindow()")),
	}
	if err != nil {
		return err
	}
	jobs, err := get(ctx, a, d.Market, m.PackJobCount(), m.UnpackJobCount, "jobCount()")
	if err != nil {
		return err
	}
	offers, err := get(ctx, a, d.Market, m.PackOfferCount(), m.UnpackOfferCount, "offerCount()")
	if err != nil {
		return err
	}
	g.Jobs, g.Offers = u64(jobs), u64(offers)
	if g.Committees, err = get(ctx, a, d.MediatorRegistry, reg.PackCommitteeCount(), reg.UnpackCommitteeCount, "committeeCount()"); err != nil {
		return err
	}
	def, err := get(ctx, a, d.Market, m.PackDefaultCommittee(), m.UnpackDefaultCommittee, "defaultCommittee()")
	if err != nil {
		return err
	}
	g.DefaultCommittee = def.CommitteeId
	if g.Modules, err = get(ctx, a, d.ModuleRegistry, mods.PackModuleCount(), mods.UnpackModuleCount, "moduleCount()"); err != nil {
		return err
	}

	// What the events say, from the index.
	view, _, err := a.x.Load()
	if err != nil {
		return fmt.Errorf("audit: load the market index: %w", err)
	}
	a.view = view
	a.countMismatch("jobs", "jobCount()", view.JobCount, g.Jobs)
	a.countMismatch("committees", "committeeCount()", uint64(len(view.Committees)), uint64(g.Committees))
	a.countMismatch("modules", "moduleCount()", uint64(len(view.Modules)), uint64(g.Modules))
	if view.DefaultCommittee != g.DefaultCommittee {
		a.r.add(Discrepancy{Kind: "committee", Subject: "default committee", Field: "id",
			Events: fmt.Sprint(view.DefaultCommittee), Chain: fmt.Sprint(g.DefaultCommittee)}, a.cfg.MaxDiscrepancies)
	}

	for _, t := range slices.SortedFunc(maps.Keys(view.Tokens), common.Address.Cmp) {
		ti, err := get(ctx, a, d.Market, m.PackTokenIndex(t), m.UnpackTokenIndex, "tokenIndex("+t.Hex()+")")
		if err != nil {
			return err
		}
		s := TokenSetting{Token: t, Symbol: a.tokens.Symbol(t), Index: ti.Index, Allowed: ti.Allowed, MediatorFee: wei(ti.MediatorFee)}
		g.Tokens = append(g.Tokens, s)
		ev := view.Tokens[t]
		if ev.Allowed != ti.Allowed || ev.MediatorFee.Cmp(ti.MediatorFee) != 0 {
			a.r.add(Discrepancy{Kind: "token", Subject: "token " + s.Symbol, Token: &t, Field: "allowed, mediator fee",
				Events: fmt.Sprintf("%v, %s", ev.Allowed, a.money(t, ev.MediatorFee)),
				Chain:  fmt.Sprintf("%v, %s", ti.Allowed, a.money(t, ti.MediatorFee))}, a.cfg.MaxDiscrepancies)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(view.Committees)) {
		members, err := get(ctx, a, d.MediatorRegistry, reg.PackCommitteeMembers(id), reg.UnpackCommitteeMembers, fmt.Sprintf("committeeMembers(%d)", id))
		if err != nil {
			return err
		}
		a.r.Checked.Committees++
		if id == g.DefaultCommittee {
			g.DefaultMembers = members
		}
		if !slices.Equal(members, view.Committees[id]) {
			a.r.add(Discrepancy{Kind: "committee", Subject: fmt.Sprintf("committee %d", id), Field: "members",
				Events: fmt.Sprint(view.Committees[id]), Chain: fmt.Sprint(members)}, a.cfg.MaxDiscrepancies)
		}
		// Whether it can judge a new deal: the registry's CommitteeUsable events against the market's copy.
		usable, err := get(ctx, a, d.Market, m.PackCommitteeUsable(id), m.UnpackCommitteeUsable, fmt.Sprintf("committeeUsable(%d)", id))
		if err != nil {
			return err
		}
		if usable {
			g.UsableCommittees = append(g.UsableCommittees, id)
		}
		if usable != view.UsableCommittees[id] {
			a.r.add(Discrepancy{Kind: "committee", Subject: fmt.Sprintf("committee %d", id), Field: "usable",
				Events: fmt.Sprint(view.UsableCommittees[id]), Chain: fmt.Sprint(usable)}, a.cfg.MaxDiscrepancies)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(view.Modules)) {
		got, err := get(ctx, a, d.ModuleRegistry, mods.PackGetModule(id), mods.UnpackGetModule, fmt.Sprintf("getModule(%d)", id))
		if err != nil {
			return err
		}
		a.r.Checked.Modules++
		ev := view.Modules[id]
		if got.SpecHash != ev.SpecHash || got.NameVersion != ev.NameVersion || got.Publisher != ev.Publisher || got.SpecUri != ev.SpecURI {
			a.r.add(Discrepancy{Kind: "module", Subject: fmt.Sprintf("module %d", id), Field: "name, spec hash, spec URI, publisher",
				Events: fmt.Sprintf("%s %x %s %s", ev.NameVersion, ev.SpecHash, ev.SpecURI, ev.Publisher.Hex()),
				Chain:  fmt.Sprintf("%s %x %s %s", got.NameVersion, got.SpecHash, got.SpecUri, got.Publisher.Hex())}, a.cfg.MaxDiscrepancies)
		}
	}
	return nil
}

func (a *auditor) countMismatch(what, getter string, events, chain uint64) {
	if events != chain {
		a.r.add(Discrepancy{Kind: "count", Subject: what, Field: getter, Events: fmt.Sprint(events), Chain: fmt.Sprint(chain)}, a.cfg.MaxDiscrepancies)
	}
}

func seconds(s uint64) string { return (time.Duration(s) * time.Second).String() }

func (g *Governance) writeText(w io.Writer, r *Report) {
	p, md := g.Params, g.Mediation
	fmt.Fprintf(w, "Protocol parameters (fixed at deployment)\n")
	fmt.Fprintf(w, "  collateral          %s x the price (%d bps) + committee size x mediator fee\n", new(big.Float).Quo(big.NewFloat(float64(p.CollateralBps)), big.NewFloat(10_000)).Text('f', -1), p.CollateralBps)
	fmt.Fprintf(w, "  challenger bounty   %d bps of the price part of the collateral\n", p.BountyBps)
	fmt.Fprintf(w, "  challenge window    %s\n", seconds(uint64(p.ChallengeWindow)))
	fmt.Fprintf(w, "  max run time        %s\n", seconds(uint64(p.MaxRunTime)))
	fmt.Fprintf(w, "  fetch window        %s (a provider may give a deal back within it)\n", seconds(uint64(p.FetchWindow)))
	fmt.Fprintf(w, "  client job lifetime %s, callback gas %d\n", seconds(uint64(p.ClientJobLifetime)), p.CallbackGasLimit)
	fmt.Fprintf(w, "  mediators           min bond %s, slash %s, exit delay %s, commit %s, reveal %s\n",
		r.money(common.Address{}, md.MinBond.Int), r.money(common.Address{}, md.SlashAmount.Int), seconds(md.ExitDelay), seconds(md.CommitWindow), seconds(md.RevealWindow))
	fmt.Fprintf(w, "Governance\n")
	owner := func(o, pending common.Address) string {
		s := o.Hex()
		if pending != (common.Address{}) {
			s += " (transfer pending to " + pending.Hex() + ")"
		}
		return s
	}
	fmt.Fprintf(w, "  market owner        %s\n", owner(g.MarketOwner, g.MarketPendingOwner))
	for _, t := range g.Tokens {
		allowed := "allowed"
		if !t.Allowed {
			allowed = "not allowed (withdrawals only)"
		}
		fmt.Fprintf(w, "  token %-13s %s %s, mediator fee %s\n", t.Symbol, t.Token.Hex(), allowed, r.money(t.Token, t.MediatorFee.Int))
	}
	members := make([]string, len(g.DefaultMembers))
	for i, m := range g.DefaultMembers {
		members[i] = m.Hex()
	}
	fmt.Fprintf(w, "  default committee   %d: %s\n", g.DefaultCommittee, join(members))
	fmt.Fprintf(w, "  usable committees   %v\n", g.UsableCommittees)
	fmt.Fprintf(w, "  counts              %d jobs, %d offers, %d modules, %d committees\n", g.Jobs, g.Offers, g.Modules, g.Committees)
}
