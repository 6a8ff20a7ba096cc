package main

import (
	"fmt"
	"io"
	"math/big"

	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
)

// `pond job` and `pond deal` may get subcommands from other files too (`pond job why`): commands
// registered under the same name are merged by newApp.
func init() {
	register(&cli.Command{
		Name:  "job",
		Usage: "inspect jobs",
		Subcommands: []*cli.Command{{
			Name:      "show",
			Usage:     "show a job: module, inputs, price, status, deal, result and refund",
			ArgsUsage: "<jobId>",
			Flags:     readFlags,
			Action:    func(c *cli.Context) error { return showJobOrDeal(c, false) },
		}, {
			Name:      "cancel",
			Usage:     "cancel an open job (yours at any time, anyone's once it expired); the creator gets price + solver fee back",
			ArgsUsage: "<jobId>",
			Flags:     withChain(),
			Action:    cancelJob,
		}},
	})
	register(&cli.Command{
		Name:  "deal",
		Usage: "inspect deals (a deal shares its job's id)",
		Subcommands: []*cli.Command{{
			Name:      "show",
			Usage:     "show a deal: provider, offer, collateral, deadlines, result, challenge and votes",
			ArgsUsage: "<dealId>",
			Flags:     readFlags,
			Action:    func(c *cli.Context) error { return showJobOrDeal(c, true) },
		}},
	})
}

func showJobOrDeal(c *cli.Context, deal bool) error {
	name := "jobId"
	if deal {
		name = "dealId"
	}
	id, _, s, info, err := openJob(c, name, false, true)
	if err != nil {
		return err
	}
	defer s.Close()
	if deal {
		if info.Matched == nil {
			if n := len(info.GivenBack); n > 0 {
				return fmt.Errorf("job %s has no deal: it is %s, its deal given back by provider %s (see `pond job show %s`)",
					id, client.StatusName(info.Job.Status), info.GivenBack[n-1].Provider.Hex(), id)
			}
			return fmt.Errorf("job %s has no deal: it is %s (see `pond job show %s`)", id, client.StatusName(info.Job.Status), id)
		}
		printDeal(c.App.Writer, info, s.Tokens)
		return nil
	}
	printJob(c.App.Writer, info, s.Tokens)
	return nil
}

func ts(v *big.Int) string {
	if v == nil || !v.IsUint64() {
		return "-"
	}
	return client.Time(v.Uint64())
}

func printJob(w io.Writer, info *client.JobInfo, tokens *client.Tokens) {
	j, t := info.Job, info.Terms
	money := func(v *big.Int) string { return tokens.Money(t.Token, v) }
	fmt.Fprintf(w, "job %s\n", info.ID)
	fmt.Fprintf(w, "  status       %s\n", client.StatusName(j.Status))
	mod := info.Module.NameVersion
	if mod == "" {
		mod = fmt.Sprintf("module id %d", t.ModuleId)
	}
	fmt.Fprintf(w, "  module       %s\n", mod)
	fmt.Fprintf(w, "  creator      %s\n", t.Creator.Hex())
	if info.Posted != nil {
		fmt.Fprintf(w, "  inputs       %s\n", info.Posted.Request.Inputs)
		fmt.Fprintf(w, "  posted       block %d, open until %s\n", info.Posted.Raw.BlockNumber, ts(info.Posted.Request.Expiry))
	}
	fmt.Fprintf(w, "  price        %s (+ solver fee %s)\n", money(t.Price), money(t.SolverFee))
	r := t.Resources
	fmt.Fprintf(w, "  resources    %d GPU (%d MiB VRAM each), %d mCPU, %d MiB RAM, %d MiB disk; run time %ds\n",
		r.Gpus, r.VramMiB, r.CpuMillis, r.RamMiB, r.DiskMiB, t.RunTime)
	committee := "default"
	if t.CommitteeId != 0 {
		committee = fmt.Sprint(t.CommitteeId)
	}
	fmt.Fprintf(w, "  committee    %s\n", committee)
	switch j.Status {
	case client.StatusOpen:
		fmt.Fprintf(w, "  expires      %s\n", ts(j.Deadline))
	case client.StatusMatched:
		fmt.Fprintf(w, "  run deadline %s\n", ts(j.Deadline))
	case client.StatusSubmitted:
		fmt.Fprintf(w, "  challenge by %s\n", ts(j.Deadline))
	case client.StatusChallenged:
		fmt.Fprintf(w, "  mediation    %s\n", client.VotesDue(info.RevealDeadline()))
	}
	for _, g := range info.GivenBack {
		fmt.Fprintf(w, "  given back   by provider %s (block %d, collateral %s returned); open again until %s\n",
			g.Provider.Hex(), g.Raw.BlockNumber, money(g.Collateral), ts(g.Deadline))
	}
	if info.Matched != nil {
		fmt.Fprintf(w, "  deal         provider %s, offer %s, solver %s (see `pond deal show %s`)\n",
			info.Matched.Provider.Hex(), info.Matched.OfferId, info.Matched.Solver.Hex(), info.ID)
	}
	if info.Result != nil {
		fmt.Fprintf(w, "  result       %s\n", info.Result.Cid)
	}
	if info.Challenged != nil {
		fmt.Fprintf(w, "  challenged   by %s, fee %s\n", info.Challenged.Challenger.Hex(), money(info.Challenged.Fee))
	}
	if info.Settled != nil {
		fmt.Fprintf(w, "  settled      %s: provider +%s, creator +%s, challenger +%s\n", client.StatusName(info.Settled.Status),
			money(info.Settled.ToProvider), money(info.Settled.ToCreator), money(info.Settled.ToChallenger))
	}
	if info.Refunded != nil {
		fmt.Fprintf(w, "  refund       %s to the creator (%s)\n", money(info.Refunded.Amount), client.RefundReasonText(info.Refunded.Reason))
	}
	if c := info.Client; c != nil {
		native := func(v *big.Int) string { return tokens.Money(chain.Native, v) }
		fee := "held for its first delivery"
		if p := info.DeliveryPaid; p != nil {
			fee = "paid to " + p.To.Hex()
		}
		fmt.Fprintf(w, "  client       callback gas %d, delivery fee %s (%s), refunds to %s\n", c.CallbackGasLimit,
			native(c.DeliveryFee), fee, c.RefundTo.Hex())
	}
	if info.RefundHeld != nil {
		fmt.Fprintf(w, "  refund held  %s refused the refund: it is in the creator's market balance\n", info.RefundHeld.RefundTo.Hex())
	}
	if info.Callback != "" {
		fmt.Fprintf(w, "  callback     %s\n", info.Callback)
	}
}

func printDeal(w io.Writer, info *client.JobInfo, tokens *client.Tokens) {
	j, t, m := info.Job, info.Terms, info.Matched
	money := func(v *big.Int) string { return tokens.Money(t.Token, v) }
	fmt.Fprintf(w, "deal %s (job %s, %s)\n", info.ID, client.StatusName(j.Status), info.Module.NameVersion)
	fmt.Fprintf(w, "  provider     %s\n", m.Provider.Hex())
	fmt.Fprintf(w, "  offer        %s\n", m.OfferId)
	if o := info.Offer; o != nil {
		a := o.Available
		fmt.Fprintf(w, "               ask %s, open until %s, available %d GPU, %d mCPU, %d MiB RAM, %d MiB disk\n",
			money(o.AskPrice), ts(o.Expiry), a.Gpus, a.CpuMillis, a.RamMiB, a.DiskMiB)
	}
	fmt.Fprintf(w, "  solver       %s (fee %s)\n", m.Solver.Hex(), money(t.SolverFee))
	fmt.Fprintf(w, "  price        %s\n", money(t.Price))
	fmt.Fprintf(w, "  collateral   %s\n", money(m.Collateral))
	fmt.Fprintf(w, "  matched      block %d, result due by %s\n", m.Raw.BlockNumber, ts(m.RunDeadline))
	if r := info.Result; r != nil {
		fmt.Fprintf(w, "  result       %s (block %d), challenge window until %s\n", r.Cid, r.Raw.BlockNumber, ts(r.ChallengeDeadline))
	} else if j.Status == client.StatusMatched {
		fmt.Fprintf(w, "  result       none yet\n")
	}
	if ch := info.Challenged; ch != nil {
		fmt.Fprintf(w, "  challenge    by %s, committee %d, fee %s, %s\n",
			ch.Challenger.Hex(), ch.CommitteeId, money(ch.Fee), client.VotesDue(info.RevealDeadline()))
		if q := info.Queued; q != nil {
			if o := info.Opened; o != nil {
				fmt.Fprintf(w, "  queued       waited in committee %d's queue; opened in block %d\n", q.CommitteeId, o.Raw.BlockNumber)
			} else {
				fmt.Fprintf(w, "  queued       %s\n", client.MediationQueuedText(q.CommitteeId, q.Ahead))
			}
		}
		if dr := info.Dropped; dr != nil {
			fmt.Fprintf(w, "  dropped      %s\n", client.MediationDroppedText(dr.CommitteeId))
		}
		fmt.Fprintf(w, "  votes        %d committed, %d revealed\n", len(info.Commits), len(info.Reveals))
		for _, v := range info.Reveals {
			fmt.Fprintf(w, "               %s: %s\n", v.Mediator.Hex(), client.VoteText(v.Vote))
		}
		if cl := info.Closed; cl != nil {
			fmt.Fprintf(w, "  verdict      %s (%d right, %d wrong)\n", client.VerdictText(cl.Verdict), cl.Rights, cl.Wrongs)
		}
		for _, p := range info.Paid {
			fmt.Fprintf(w, "  mediator     %s earned %s (kept by the mediator registry until it withdraws it)\n", p.Mediator.Hex(), money(p.Amount))
		}
	}
	if s := info.Settled; s != nil {
		fmt.Fprintf(w, "  settled      %s: provider +%s, creator +%s, challenger +%s\n", client.StatusName(s.Status),
			money(s.ToProvider), money(s.ToCreator), money(s.ToChallenger))
	}
}

func cancelJob(c *cli.Context) error {
	id, cl, s, info, err := openJob(c, "jobId", true, false)
	if err != nil {
		return err
	}
	defer s.Close()
	refund, err := cl.Cancel(c.Context, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "Cancelled job %s: %s refunded to the Pond balance of its creator %s.\n",
		id, s.Tokens.Money(info.Terms.Token, refund), info.Terms.Creator.Hex())
	return nil
}
