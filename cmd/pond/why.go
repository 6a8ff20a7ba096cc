package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/solver"
	"github.com/pond-compute/pond/keepers/state"
)

// `pond job why` joins `pond job` (jobs.go) through mergeCommands.
func init() {
	register(&cli.Command{
		Name: "job",
		Subcommands: []*cli.Command{{
			Name:      "why",
			Usage:     "say why a job is not matched: which check fails against each offer",
			ArgsUsage: "<jobId>",
			Flags:     readFlags,
			Action:    jobWhy,
		}},
	})
}

func jobWhy(c *cli.Context) error {
	id, err := idArg(c, "jobId")
	if err != nil {
		return err
	}
	s, err := openChain(c)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx, cancel := context.WithTimeout(c.Context, 2*time.Minute)
	defer cancel()
	params, err := chain.NewMarket(s.Deployment.Market).Params(ctx, s.Client)
	if err != nil {
		return err
	}
	// The same view the solver has, from the market index brought up to the head.
	x, tr, err := marketView(c, s)
	if err != nil {
		return err
	}
	defer x.Close()
	head, err := s.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	// Amounts are written in their tokens' units: their metadata is read first, outside the view
	// (Explain runs inside it).
	var tokens []common.Address
	tr.View(func(m *state.Market) {
		if j := m.Jobs[id.Uint64()]; j != nil {
			tokens = append(tokens, j.Token)
		}
		for _, o := range m.Offers {
			tokens = append(tokens, o.Token)
		}
	})
	s.Tokens.Warm(ctx, tokens...)
	var ex solver.Explanation
	tr.View(func(m *state.Market) {
		ex = solver.Explain(m, id.Uint64(), head.Time, params.CollateralBps, s.Tokens.Money)
	})
	printWhy(c, ex)
	return nil
}

func printWhy(c *cli.Context, ex solver.Explanation) {
	w := c.App.Writer
	if ex.Job != "" {
		fmt.Fprintf(w, "job %d cannot be matched: %s\n", ex.JobID, ex.Job)
		if ex.ChallengeWaiting {
			fmt.Fprintf(w, "its challenge is %s\n", client.VotesDue(0))
		}
		return
	}
	if len(ex.Offers) == 0 {
		fmt.Fprintf(w, "job %d is open, and there are no offers: no provider is running\n", ex.JobID)
		return
	}
	fits := 0
	for _, r := range ex.Offers {
		if r.Check == "" {
			fits++
		}
	}
	if fits > 0 {
		fmt.Fprintf(w, "job %d is open and %d offer(s) can take it: a solver will match it (is `pond solver` running?)\n", ex.JobID, fits)
		if ex.SolverFee != "" {
			fmt.Fprintf(w, "a solver leaves it out if its solver fee, %s, is below the solver's --solver.min-fee (what its match costs it in gas)\n", ex.SolverFee)
		}
	} else {
		gpuless := 0
		for _, r := range ex.Offers {
			if strings.Contains(r.Detail, "the offer has no GPU") {
				gpuless++
			}
		}
		if gpuless == len(ex.Offers) {
			fmt.Fprintf(w, "job %d is open and no offer can take it: it needs a GPU and no offer has a GPU free\n", ex.JobID)
		} else {
			fmt.Fprintf(w, "job %d is open and no offer can take it:\n", ex.JobID)
		}
	}
	for _, r := range ex.Offers {
		if r.Check == "" {
			fmt.Fprintf(w, "  offer %-4d %s  fits\n", r.OfferID, r.Provider.Hex())
			continue
		}
		fmt.Fprintf(w, "  offer %-4d %s  %s: %s\n", r.OfferID, r.Provider.Hex(), r.Check, r.Detail)
	}
}
