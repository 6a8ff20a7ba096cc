package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/index"
)

// Wei is an amount in base units; JSON carries it as a decimal string (JavaScript numbers
// cannot hold it).
type Wei struct{ *big.Int }

func wei(v *big.Int) Wei {
	if v == nil {
		return Wei{new(big.Int)}
	}
	return Wei{new(big.Int).Set(v)}
}

// MarshalJSON writes the decimal digits as a JSON string (the embedded big.Int would write a number).
func (w Wei) MarshalJSON() ([]byte, error) {
	if w.Int == nil {
		return []byte(`"0"`), nil
	}
	return json.Marshal(w.String())
}

// UnmarshalJSON reads a JSON string of decimal digits.
func (w *Wei) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("audit: amount %s is not a string of digits", b)
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return fmt.Errorf("audit: amount %q is not a decimal integer", s)
	}
	w.Int = v
	return nil
}

// Report is an audit's outcome.
type Report struct {
	// OK: no discrepancy and, when it was asked for, every contract's code matches the build.
	OK         bool             `json:"ok"`
	Block      uint64           `json:"block"`
	BlockHash  common.Hash      `json:"blockHash"`
	Deployment chain.Deployment `json:"deployment"`
	Governance Governance       `json:"governance"`
	// Tokens are the market's books per token: what the events say it holds, and what it holds.
	Tokens   []TokenBooks  `json:"tokens"`
	Registry RegistryBooks `json:"mediatorRegistry"`
	Checked  Checked       `json:"checked"`
	// Code is nil when the code check was not asked for.
	Code []CodeCheck `json:"code"`
	// Discrepancies are the first MaxDiscrepancies found; DiscrepancyCount counts them all.
	Discrepancies    []Discrepancy `json:"discrepancies"`
	DiscrepancyCount int           `json:"discrepancyCount"`
	// Notes are findings that do not fail the audit (a surplus, a check skipped).
	Notes []string `json:"notes"`
	// BatchItemsFailed are the newest items of batched market calls that failed (each changed
	// nothing and the batch's other items stand: a record, not a discrepancy), newest first;
	// BatchItemsFailedCount counts them all.
	BatchItemsFailed      []BatchItemFailed `json:"batchItemsFailed"`
	BatchItemsFailedCount int               `json:"batchItemsFailedCount"`
	// tokens renders the amounts of WriteText (each token's decimals and symbol, read by Run).
	tokens *client.Tokens
}

// BatchItemFailed is one failed item of a batched call (a BatchItemFailed event): which call,
// which item, why.
type BatchItemFailed struct {
	Block    uint64      `json:"block"`
	LogIndex uint        `json:"logIndex"`
	Tx       common.Hash `json:"tx"`
	// Call is the batch (postJobs, matchJobs, submitResults, finalizeJobs), Single the function
	// the item ran as, Item its index in the call.
	Call   string `json:"call"`
	Single string `json:"single"`
	Item   uint64 `json:"item"`
	// Error is the custom error's name ("unknown" when it is not one of the market's), Reason
	// the whole decoded revert ("JobNotOpen(jobId=5, status=8)").
	Error  string  `json:"error"`
	Reason string  `json:"reason"`
	JobID  *uint64 `json:"jobId,omitempty"`
	// Text is the line a person reads.
	Text string `json:"text"`
}

// NewBatchItemFailed describes an index's failed batch item.
func NewBatchItemFailed(f index.BatchItemFailure) BatchItemFailed {
	name := "unknown"
	var ce *revert.CustomError
	if errors.As(f.Reason, &ce) {
		name = ce.Name
	}
	return BatchItemFailed{Block: f.Block, LogIndex: f.LogIndex, Tx: f.TxHash, Call: f.Call, Single: f.Single, Item: f.Item,
		Error: name, Reason: f.Reason.Error(), JobID: f.JobID, Text: f.String()}
}

// Checked counts what was compared with the contracts.
type Checked struct {
	Jobs       uint64 `json:"jobs"`
	LiveJobs   uint64 `json:"liveJobs"`
	Deals      uint64 `json:"deals"`
	Offers     int    `json:"offers"`
	Balances   int    `json:"balances"`
	Mediators  int    `json:"mediators"`
	Mediations int    `json:"mediations"`
	Modules    int    `json:"modules"`
	Committees int    `json:"committees"`
}

// TokenBooks are the market's books in one token. Books = Free + OpenJobs + Deals +
// Challenges (+ whatever ended jobs left behind, which is itself a discrepancy); Surplus =
// Held - Books: positive for tokens sent to the market outside deposit, negative (a deficit)
// when the market holds less than it owes.
type TokenBooks struct {
	Token  common.Address `json:"token"`
	Symbol string         `json:"symbol"`
	// Free is the sum of free escrow balances.
	Free Wei `json:"free"`
	// OpenJobs: price + solver fee of open jobs. Deals: price + collateral of matched,
	// submitted and challenged jobs. Challenges: mediation fees of challenged jobs.
	OpenJobs   Wei `json:"openJobs"`
	Deals      Wei `json:"deals"`
	Challenges Wei `json:"challenges"`
	// DeliveryFees (native): contract clients' delivery fees held until their first delivery.
	DeliveryFees Wei `json:"deliveryFees"`
	// Ended is what ended jobs left in escrow (0 unless settlement lost or made money).
	Ended   Wei `json:"ended"`
	Books   Wei `json:"books"`
	Held    Wei `json:"held"`
	Surplus Wei `json:"surplus"`
}

// RegistryBooks are the mediator registry's books (native currency), and the mediators'
// earnings it keeps on its balance in the market.
type RegistryBooks struct {
	Bonds Wei `json:"bonds"`
	// Burned are the slashed bonds, which the registry keeps and pays to nobody.
	Burned    Wei `json:"burned"`
	Books     Wei `json:"books"`
	TotalHeld Wei `json:"totalHeld"` // the registry's own count
	Held      Wei `json:"held"`
	Surplus   Wei `json:"surplus"`
	// Earnings are, per token in which any is held, the mediators' fees not yet withdrawn and
	// the registry's balance in the market that holds them (the two must be equal).
	Earnings []RegistryEarnings `json:"earnings"`
}

// RegistryEarnings are the mediators' earnings in one token.
type RegistryEarnings struct {
	Token  common.Address `json:"token"`
	Symbol string         `json:"symbol"`
	// Earned is the sum of the mediators' earnings (MediatorPaid less EarningsWithdrawn).
	Earned Wei `json:"earned"`
	// Balance is the registry's free balance in the market (balanceOf).
	Balance Wei `json:"balance"`
}

// Discrepancy is one thing the events and the contracts disagree on.
type Discrepancy struct {
	// Kind: balance, job, deal, offer, mediator, earnings, burned, mediation, committee, token,
	// count, escrow, holdings, deployment or code.
	Kind    string          `json:"kind"`
	Subject string          `json:"subject"`
	Account *common.Address `json:"account,omitempty"`
	Token   *common.Address `json:"token,omitempty"`
	JobID   *uint64         `json:"jobId,omitempty"`
	OfferID *uint64         `json:"offerId,omitempty"`
	Field   string          `json:"field"`
	// Events is what the events say; Chain what the contracts say (or hold).
	Events string `json:"events"`
	Chain  string `json:"chain"`
	// Evidence are the events behind the subject, in chain order (the first MaxEvidence;
	// MoreEvidence more).
	Evidence     []Evidence `json:"evidence,omitempty"`
	MoreEvidence int        `json:"moreEvidence,omitempty"`
}

// Evidence is one event behind a discrepancy.
type Evidence struct {
	Block    uint64         `json:"block"`
	LogIndex uint           `json:"logIndex"`
	Tx       common.Hash    `json:"tx"`
	Name     string         `json:"name"`
	JobID    *uint64        `json:"jobId,omitempty"`
	Args     map[string]any `json:"args,omitempty"`
	// Effect is what the event did to the subject's balance ("+0.01 ETH"), when it is one.
	Effect string `json:"effect,omitempty"`
}

func (r *Report) add(d Discrepancy, max int) {
	r.DiscrepancyCount++
	if len(r.Discrepancies) < max {
		r.Discrepancies = append(r.Discrepancies, d)
	}
}

func (r *Report) finish() {
	r.OK = r.DiscrepancyCount == 0
	for _, c := range r.Code {
		r.OK = r.OK && c.Matches
	}
}

// Failures counts what fails the audit: discrepancies and contracts whose code differs.
func (r *Report) Failures() int {
	n := r.DiscrepancyCount
	for _, c := range r.Code {
		if !c.Matches {
			n++
		}
	}
	return n
}

func (r *Report) money(token common.Address, v *big.Int) string { return r.tokens.Money(token, v) }

// WriteText writes the report for a person.
func (r *Report) WriteText(w io.Writer) {
	d := r.Deployment
	fmt.Fprintf(w, "Pond audit at block %d (%s)\n", r.Block, r.BlockHash.Hex())
	fmt.Fprintf(w, "  market              %s\n  module registry     %s\n  mediator registry   %s\n", d.Market.Hex(), d.ModuleRegistry.Hex(), d.MediatorRegistry.Hex())
	r.Governance.writeText(w, r)

	fmt.Fprintf(w, "Books (rebuilt from events, compared with what the contracts hold)\n")
	for _, t := range r.Tokens {
		fmt.Fprintf(w, "  market %-4s held %s = free %s + open jobs %s + deals %s + challenges %s", t.Symbol,
			r.money(t.Token, t.Held.Int), r.tokens.Amount(t.Token, t.Free.Int), r.tokens.Amount(t.Token, t.OpenJobs.Int),
			r.tokens.Amount(t.Token, t.Deals.Int), r.tokens.Amount(t.Token, t.Challenges.Int))
		if t.DeliveryFees.Sign() != 0 {
			fmt.Fprintf(w, " + delivery fees %s", r.tokens.Amount(t.Token, t.DeliveryFees.Int))
		}
		if t.Ended.Sign() != 0 {
			fmt.Fprintf(w, " + left by ended jobs %s", r.tokens.Amount(t.Token, t.Ended.Int))
		}
		fmt.Fprintln(w, r.surplusText(t.Token, t.Surplus.Int))
	}
	g := r.Registry
	fmt.Fprintf(w, "  mediator registry   held %s = bonds %s + burned %s (its totalHeld: %s)", r.money(chain.Native, g.Held.Int),
		client.FormatEther(g.Bonds.Int), client.FormatEther(g.Burned.Int), client.FormatEther(g.TotalHeld.Int))
	fmt.Fprintln(w, r.surplusText(chain.Native, g.Surplus.Int))
	for _, e := range g.Earnings {
		fmt.Fprintf(w, "  mediators' earnings %s not withdrawn, on the registry's market balance of %s (counted in free)\n",
			r.money(e.Token, e.Earned.Int), r.tokens.Amount(e.Token, e.Balance.Int))
	}
	c := r.Checked
	fmt.Fprintf(w, "Checked against the getters: %d jobs (%d live, %d deals), %d offers, %d balances, %d mediators, %d mediations, %d modules, %d committees\n",
		c.Jobs, c.LiveJobs, c.Deals, c.Offers, c.Balances, c.Mediators, c.Mediations, c.Modules, c.Committees)

	if r.Code != nil {
		fmt.Fprintf(w, "Code (deployed runtime bytecode against the build)\n")
		for _, cc := range r.Code {
			fmt.Fprintf(w, "  %-18s %s  %s\n", cc.Contract, cc.Address.Hex(), cc.Detail)
		}
	}
	if r.BatchItemsFailedCount > 0 {
		fmt.Fprintf(w, "Batch items that failed (each changed nothing; the other items of its call stand): %d\n", r.BatchItemsFailedCount)
		for _, f := range r.BatchItemsFailed {
			fmt.Fprintf(w, "  block %d log %d tx %s %s\n", f.Block, f.LogIndex, f.Tx.Hex(), f.Text)
		}
		if more := r.BatchItemsFailedCount - len(r.BatchItemsFailed); more > 0 {
			fmt.Fprintf(w, "  ... and %d older (--json lists the newest %d)\n", more, len(r.BatchItemsFailed))
		}
	}
	for _, n := range r.Notes {
		fmt.Fprintf(w, "Note: %s\n", n)
	}
	if r.OK {
		fmt.Fprintf(w, "Result: OK (no discrepancy)\n")
		return
	}
	fmt.Fprintf(w, "Result: FAILED: %d %s", r.DiscrepancyCount, plural(r.DiscrepancyCount, "discrepancy", "discrepancies"))
	if bad := r.Failures() - r.DiscrepancyCount; bad > 0 {
		fmt.Fprintf(w, ", %d %s whose code differs from the build", bad, plural(bad, "contract", "contracts"))
	}
	fmt.Fprintln(w)
	for _, x := range r.Discrepancies {
		fmt.Fprintf(w, "  %s: %s: the events say %s, the chain says %s\n", x.Subject, x.Field, x.Events, x.Chain)
		for _, e := range x.Evidence {
			line := fmt.Sprintf("      block %d log %d tx %s %s", e.Block, e.LogIndex, e.Tx.Hex(), e.Name)
			if e.JobID != nil {
				line += fmt.Sprintf(" job %d", *e.JobID)
			}
			if e.Effect != "" {
				line += " " + e.Effect
			}
			fmt.Fprintln(w, line)
		}
		if x.MoreEvidence > 0 {
			fmt.Fprintf(w, "      ... and %d more events\n", x.MoreEvidence)
		}
	}
	if len(r.Discrepancies) < r.DiscrepancyCount {
		fmt.Fprintf(w, "  ... and %d more discrepancies (--json lists the first %d)\n", r.DiscrepancyCount-len(r.Discrepancies), len(r.Discrepancies))
	}
}

// surplusText ends a line of books: what is held beyond them, or what is missing.
func (r *Report) surplusText(token common.Address, surplus *big.Int) string {
	switch surplus.Sign() {
	case 1:
		return fmt.Sprintf(" + surplus %s (sent outside deposit)", r.tokens.Amount(token, surplus))
	case -1:
		return fmt.Sprintf(" - DEFICIT %s", r.tokens.Amount(token, new(big.Int).Neg(surplus)))
	}
	return ""
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func join(parts []string) string { return strings.Join(parts, ", ") }
