package explorer

import (
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/audit"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
)

// The JSON API's objects. Amounts are decimal strings of base units (Wei) with a text twin
// written the way `pond run` and `pond job show` write them ("0.01 ETH").

// JobView is a job and, once matched, its deal.
type JobView struct {
	ID         uint64 `json:"id"`
	Status     string `json:"status"`
	StatusCode uint8  `json:"statusCode"`
	Live       bool   `json:"live"`
	// Progress is what `pond run` says at this status, or for an ended job what happened to it.
	Progress  string         `json:"progress"`
	Module    string         `json:"module"`
	ModuleID  uint32         `json:"moduleId"`
	Creator   common.Address `json:"creator"`
	Inputs    string         `json:"inputs"`
	Token     common.Address `json:"token"`
	Symbol    string         `json:"symbol"`
	Price     audit.Wei      `json:"price"`
	SolverFee audit.Wei      `json:"solverFee"`
	PriceText string         `json:"priceText"` // "0.01 ETH (+ solver fee 0.001 ETH)"
	// Deal.
	Provider       *common.Address `json:"provider,omitempty"`
	OfferID        uint64          `json:"offerId,omitempty"`
	Solver         *common.Address `json:"solver,omitempty"`
	Collateral     *audit.Wei      `json:"collateral,omitempty"`
	CollateralText string          `json:"collateralText,omitempty"`
	ResultCID      string          `json:"resultCid,omitempty"`
	Challenger     *common.Address `json:"challenger,omitempty"`
	// Deadline is the current phase's deadline ("open until", "result due by", ...).
	Deadline       string `json:"deadline"`
	SettlementText string `json:"settlementText,omitempty"`
	PostedBlock    uint64 `json:"postedBlock"`
	UpdatedBlock   uint64 `json:"updatedBlock"`
	// Timeline is the job's events (only in /api/jobs/{id}).
	Timeline []TimelineEntry `json:"timeline,omitempty"`
}

// TimelineEntry is one event of a job: posted, matched, result, challenge, votes, settlement,
// refunds, mediator payments, callback.
type TimelineEntry struct {
	Block    uint64         `json:"block"`
	LogIndex uint           `json:"logIndex"`
	Tx       common.Hash    `json:"tx"`
	Name     string         `json:"name"`
	Text     string         `json:"text"`
	Args     map[string]any `json:"args"`
}

// OfferView is an offer with the capacity its deals left.
type OfferView struct {
	ID           uint64          `json:"id"`
	Provider     common.Address  `json:"provider"`
	Token        common.Address  `json:"token"`
	Ask          audit.Wei       `json:"ask"`
	AskText      string          `json:"askText"`
	Capacity     state.Resources `json:"capacity"`
	Available    state.Resources `json:"available"`
	CapacityText string          `json:"capacityText"` // "1500/2000 mCPU, 960/1024 MiB RAM, ..."
	Expiry       string          `json:"expiry"`
	Open         bool            `json:"open"`
	Withdrawn    bool            `json:"withdrawn"`
	ActiveDeals  int             `json:"activeDeals"`
}

// ProviderView sums a provider's offers, deals and balances.
type ProviderView struct {
	Address     common.Address `json:"address"`
	Offers      int            `json:"offers"`
	OpenOffers  int            `json:"openOffers"`
	ActiveDeals int            `json:"activeDeals"`
	Balances    []string       `json:"balances"` // free escrow, "1.02 ETH"
}

// MediatorView is a mediator and its bond.
type MediatorView struct {
	Address    common.Address `json:"address"`
	Bond       audit.Wei      `json:"bond"`
	BondText   string         `json:"bondText"`
	Registered bool           `json:"registered"`
	Exiting    bool           `json:"exiting"`
	// Slashed is what the mediator lost to slashing (burned: paid to nobody).
	Slashed     audit.Wei `json:"slashed"`
	SlashedText string    `json:"slashedText"`
	// ActiveMediations counts the open mediations it is bound to.
	ActiveMediations int `json:"activeMediations"`
	// Earnings are the fees it earned and has not withdrawn, one per token ("0.0003 ETH"):
	// the registry keeps them (`pond mediator withdraw-earnings` pays them out).
	Earnings []string `json:"earnings"`
}

// BalanceView is a free escrow balance.
type BalanceView struct {
	Account common.Address `json:"account"`
	Token   common.Address `json:"token"`
	Amount  audit.Wei      `json:"amount"`
	Text    string         `json:"text"`
	// Holder names an account whose balance is not its own money: the mediator registry's
	// holds the mediators' earnings not yet withdrawn. Empty for everyone else.
	Holder string `json:"holder,omitempty"`
}

// registryHolder is what the explorer says of the mediator registry's balance.
const registryHolder = "mediator registry: the mediators' earnings not yet withdrawn"

// MediationView is the vote on a challenged deal.
type MediationView struct {
	JobID          uint64         `json:"jobId"`
	CommitteeID    uint32         `json:"committeeId"`
	Challenger     common.Address `json:"challenger"`
	Open           bool           `json:"open"`
	Verdict        string         `json:"verdict"`
	Eligible       int            `json:"eligible"`
	Committed      int            `json:"committed"`
	Revealed       int            `json:"revealed"`
	CommitDeadline string         `json:"commitDeadline"`
	RevealDeadline string         `json:"revealDeadline"`
}

func wei(v *big.Int) audit.Wei {
	if v == nil {
		return audit.Wei{Int: new(big.Int)}
	}
	return audit.Wei{Int: new(big.Int).Set(v)}
}

func nz(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func (e *Explorer) money(token common.Address, v *big.Int) string {
	return e.tokens.Money(token, nz(v))
}

// jobView describes a job; module names come from modules (id → name:version).
func (e *Explorer) jobView(j *state.Job, modules map[uint32]string) JobView {
	v := JobView{
		ID: j.ID, Status: j.Status.String(), StatusCode: uint8(j.Status), Live: j.Live(), Module: modules[j.ModuleID],
		ModuleID: j.ModuleID, Creator: j.Creator, Inputs: j.Inputs, Token: j.Token, Symbol: e.tokens.Symbol(j.Token),
		Price: wei(j.Price), SolverFee: wei(j.SolverFee),
		PriceText: fmt.Sprintf("%s (+ solver fee %s)", e.money(j.Token, j.Price), e.money(j.Token, j.SolverFee)),
		ResultCID: j.ResultCID, PostedBlock: j.PostedBlock, UpdatedBlock: j.UpdatedBlock,
	}
	if v.Module == "" {
		v.Module = fmt.Sprintf("module id %d", j.ModuleID)
	}
	v.Progress = client.ProgressMessage(uint8(j.Status))
	if j.ChallengeWaiting() {
		v.Progress = client.ChallengeWaitingMessage
	}
	if j.Status.Terminal() && j.Status != state.StatusAccepted && j.RefundReason != nil {
		v.Progress = client.Outcome(e.tokens, j.ID, uint8(j.Status), *j.RefundReason, nz(j.ToCreator), nz(j.Price), nz(j.SolverFee), j.Provider, j.Token)
	}
	switch j.Status {
	case state.StatusOpen:
		v.Deadline = "open until " + client.Time(j.Expiry)
	case state.StatusMatched:
		v.Deadline = "result due by " + client.Time(j.RunDeadline)
	case state.StatusSubmitted:
		v.Deadline = "challenge window until " + client.Time(j.ChallengeDeadline)
	case state.StatusChallenged:
		v.Deadline = client.VotesDue(j.RevealDeadline)
	}
	if j.Provider != (common.Address{}) {
		p, s, c := j.Provider, j.Solver, wei(j.Collateral)
		v.Provider, v.Solver, v.OfferID, v.Collateral, v.CollateralText = &p, &s, j.OfferID, &c, e.money(j.Token, j.Collateral)
	}
	if j.Challenger != (common.Address{}) {
		c := j.Challenger
		v.Challenger = &c
	}
	if j.Status.Terminal() {
		v.SettlementText = fmt.Sprintf("%s: provider +%s, creator +%s, challenger +%s", j.Status,
			e.money(j.Token, j.ToProvider), e.money(j.Token, j.ToCreator), e.money(j.Token, j.ToChallenger))
	}
	return v
}

func argInt(args map[string]any, name string) *big.Int {
	switch v := args[name].(type) {
	case string:
		if n, ok := new(big.Int).SetString(v, 10); ok {
			return n
		}
	case float64:
		return big.NewInt(int64(v))
	}
	return new(big.Int)
}

func argAddr(args map[string]any, name string) string {
	s, _ := args[name].(string)
	if common.IsHexAddress(s) {
		return common.HexToAddress(s).Hex()
	}
	return s
}

// timelineText describes one event of a job whose token is token.
func (e *Explorer) timelineText(ev index.Event, token common.Address) string {
	a := ev.Args
	money := func(name string) string { return e.money(token, argInt(a, name)) }
	switch ev.Name {
	case "JobPosted":
		req, _ := a["Request"].(map[string]any)
		return fmt.Sprintf("posted by %s: price %s + solver fee %s, open until %s; judged by committee %s (%s members, %s each)",
			argAddr(a, "Creator"), e.money(token, argInt(req, "Price")), e.money(token, argInt(req, "SolverFee")),
			client.Time(argInt(req, "Expiry").Uint64()), argInt(a, "CommitteeId"), argInt(a, "CommitteeSize"), money("MediatorFee"))
	case "Deposited":
		return fmt.Sprintf("%s paid %s with the transaction", argAddr(a, "Account"), e.money(common.HexToAddress(argAddr(a, "Token")), argInt(a, "Amount")))
	case "JobMatched":
		return fmt.Sprintf("matched to offer %s of provider %s by solver %s; collateral %s locked; result due by %s",
			argInt(a, "OfferId"), argAddr(a, "Provider"), argAddr(a, "Solver"), money("Collateral"), client.Time(argInt(a, "RunDeadline").Uint64()))
	case "JobAbandoned":
		return fmt.Sprintf("given back by provider %s within the fetch window (collateral %s returned); open again until %s",
			argAddr(a, "Provider"), money("Collateral"), client.Time(argInt(a, "Deadline").Uint64()))
	case "SolverPaid":
		return fmt.Sprintf("solver %s paid %s (the deal held: a result came, or the provider timed out)", argAddr(a, "Solver"), money("Amount"))
	case "ResultSubmitted":
		return fmt.Sprintf("result %v submitted; challenge window until %s", a["Cid"], client.Time(argInt(a, "ChallengeDeadline").Uint64()))
	case "JobChallenged":
		return fmt.Sprintf("challenged by %s (fee %s), committee %s, %s", argAddr(a, "Challenger"), money("Fee"),
			argInt(a, "CommitteeId"), client.VotesDue(argInt(a, "RevealDeadline").Uint64()))
	case "MediationQueued":
		return client.MediationQueuedText(uint32(argInt(a, "CommitteeId").Uint64()), argInt(a, "Ahead"))
	case "MediationDropped":
		return client.MediationDroppedText(uint32(argInt(a, "CommitteeId").Uint64()))
	case "MediationOpened":
		return fmt.Sprintf("mediation opened: committee %s, commit by %s, reveal by %s", argInt(a, "CommitteeId"),
			client.Time(argInt(a, "CommitDeadline").Uint64()), client.Time(argInt(a, "RevealDeadline").Uint64()))
	case "VoteCommitted":
		return fmt.Sprintf("mediator %s committed a vote", argAddr(a, "Mediator"))
	case "VoteRevealed":
		return fmt.Sprintf("mediator %s revealed: %s", argAddr(a, "Mediator"), client.VoteText(uint8(argInt(a, "Vote").Uint64())))
	case "MediationClosed":
		return fmt.Sprintf("mediation closed: %s (%s right, %s wrong)", client.VerdictText(uint8(argInt(a, "Verdict").Uint64())),
			argInt(a, "Rights"), argInt(a, "Wrongs"))
	case "MediatorSlashed":
		return fmt.Sprintf("mediator %s slashed %s (burned)", argAddr(a, "Mediator"), e.money(chain.Native, argInt(a, "Amount")))
	case "JobSettled":
		return fmt.Sprintf("settled %s: provider +%s, creator +%s, challenger +%s", state.Status(argInt(a, "Status").Uint64()),
			money("ToProvider"), money("ToCreator"), money("ToChallenger"))
	case "JobRefunded":
		return fmt.Sprintf("refund %s to the creator (%s)", money("Amount"), client.RefundReasonText(uint8(argInt(a, "Reason").Uint64())))
	case "MediatorPaid":
		return fmt.Sprintf("mediator %s earned %s (kept by the mediator registry until it withdraws it)", argAddr(a, "Mediator"), money("Amount"))
	case "EarningsWithdrawn":
		return fmt.Sprintf("mediator %s withdrew %s of its earnings to %s", argAddr(a, "Mediator"),
			e.money(common.HexToAddress(argAddr(a, "Token")), argInt(a, "Amount")), argAddr(a, "To"))
	case "ClientJobPosted":
		notice := ""
		if b, _ := a["NotifyFailure"].(bool); b {
			notice = "; failure notice asked for"
		}
		return fmt.Sprintf("contract client: delivery fee %s for %s gas of callback; refunds to %s%s",
			e.money(chain.Native, argInt(a, "DeliveryFee")), argInt(a, "CallbackGasLimit"), argAddr(a, "RefundTo"), notice)
	case "DeliveryFeePaid":
		return fmt.Sprintf("delivery fee %s credited to %s", e.money(chain.Native, argInt(a, "Amount")), argAddr(a, "To"))
	case "CallbackDelivered":
		return fmt.Sprintf("client %s called back", argAddr(a, "Client"))
	case "CallbackFailed":
		return fmt.Sprintf("calling client %s back failed (anyone may retry; the result stays readable)", argAddr(a, "Client"))
	case "CallbackDeferred":
		return fmt.Sprintf("delivery waits: base fee %s wei above the %s wei it was priced at (anyone may deliver it)",
			argInt(a, "BaseFee"), argInt(a, "DeliveryGasPrice"))
	case "RefundHeld":
		// In its own token: a job paid in an ERC-20 refunds its delivery fee in the native currency.
		return fmt.Sprintf("refund %s refused by %s: kept in the client's balance",
			e.money(common.HexToAddress(argAddr(a, "Token")), argInt(a, "Amount")), argAddr(a, "RefundTo"))
	case "Withdrawn":
		amount := e.money(common.HexToAddress(argAddr(a, "Token")), argInt(a, "Amount"))
		if common.HexToAddress(argAddr(a, "Account")) == e.cfg.Deployment.MediatorRegistry {
			return fmt.Sprintf("the mediator registry paid %s of a mediator's earnings to %s", amount, argAddr(a, "To"))
		}
		return fmt.Sprintf("%s sent %s to %s", argAddr(a, "Account"), amount, argAddr(a, "To"))
	}
	return ev.Name
}

func resourcesText(avail, capacity state.Resources) string {
	parts := []string{fmt.Sprintf("%d/%d mCPU", avail.CpuMillis, capacity.CpuMillis), fmt.Sprintf("%d/%d MiB RAM", avail.RamMiB, capacity.RamMiB),
		fmt.Sprintf("%d/%d MiB disk", avail.DiskMiB, capacity.DiskMiB)}
	if capacity.Gpus != 0 {
		parts = append([]string{fmt.Sprintf("%d/%d GPU (%d MiB VRAM)", avail.Gpus, capacity.Gpus, capacity.VramMiB)}, parts...)
	}
	return strings.Join(parts, ", ")
}

func (e *Explorer) offerView(o *state.Offer, now uint64) OfferView {
	return OfferView{ID: o.ID, Provider: o.Provider, Token: o.Token, Ask: wei(o.AskPrice), AskText: e.money(o.Token, o.AskPrice),
		Capacity: o.Capacity, Available: o.Available, CapacityText: resourcesText(o.Available, o.Capacity),
		Expiry: client.Time(o.Expiry), Open: o.OpenAt(now), Withdrawn: o.Withdrawn, ActiveDeals: o.ActiveDeals}
}

func sortedAddrs[V any](m map[common.Address]V) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}
