package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/audit"
)

func init() { register(auditCommand()) }

var (
	auditJSONFlag = &cli.BoolFlag{
		Name: "json", EnvVars: envVar("audit.json"),
		Usage: "print the report as JSON (the same fields the explorer's /api/audit serves)",
	}
	auditArtifactsFlag = &cli.StringFlag{
		Name: "artifacts", Value: "out", EnvVars: envVar("audit.artifacts"),
		Usage: "forge's out/ directory of the audited build (make build); the deployed runtime bytecode must match it",
	}
	auditNoCodeFlag = &cli.BoolFlag{
		Name: "no-code-check", EnvVars: envVar("audit.no-code-check"),
		Usage: "skip comparing the deployed bytecode with the build (the report says it was not checked)",
	}
)

// ErrAuditFailed is returned when the audit finds a discrepancy or code that differs from the build.
var ErrAuditFailed = errors.New("audit failed")

func auditCommand() *cli.Command {
	return &cli.Command{
		Name:  "audit",
		Usage: "check that the market's books balance and its code is the build: every balance, job, deal, offer, bond from events against the getters and the tokens held",
		Description: "Brings the market index up to the chain's head, then at that block compares every escrow balance,\n" +
			"job, deal, offer capacity, mediation, mediator bond and credit rebuilt from events with the contracts'\n" +
			"getters, and each token's books (free balances + open jobs + deals + challenge fees) with what the market\n" +
			"holds; checks the deployed runtime bytecode against forge's out/ (immutables masked); prints the\n" +
			"protocol parameters and governance settings. Exits non-zero on any discrepancy, naming the account,\n" +
			"job or offer and the events behind it. Tokens sent to the market outside deposit are a surplus (noted).",
		Flags:  append(append([]cli.Flag{}, readFlags...), auditJSONFlag, auditArtifactsFlag, auditNoCodeFlag),
		Action: runAudit,
	}
}

func runAudit(c *cli.Context) error {
	s, err := openChain(c)
	if err != nil {
		return err
	}
	defer s.Close()
	x, _, err := marketView(c, s)
	if err != nil {
		return err
	}
	defer x.Close()
	artifacts := c.String(auditArtifactsFlag.Name)
	if c.Bool(auditNoCodeFlag.Name) {
		artifacts = ""
	}
	var last time.Time
	r, err := audit.Run(c.Context, audit.Config{
		Deployment: s.Deployment, Chain: s.Client, Index: x, Artifacts: artifacts, Tokens: s.Tokens,
		Progress: func(done, total uint64) {
			if time.Since(last) >= 2*time.Second {
				last = time.Now()
				fmt.Fprintf(c.App.ErrWriter, "auditing: job %d of %d\n", done, total)
			}
		},
	})
	if errors.Is(err, audit.ErrNoArtifact) {
		return fmt.Errorf("--%s: %w (or --%s)", auditArtifactsFlag.Name, err, auditNoCodeFlag.Name)
	}
	if err != nil {
		return err
	}
	if c.Bool(auditJSONFlag.Name) {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return err
		}
	} else {
		r.WriteText(c.App.Writer)
	}
	if !r.OK {
		return fmt.Errorf("%w: %d discrepancies, %d contracts whose code differs from the build", ErrAuditFailed,
			r.DiscrepancyCount, r.Failures()-r.DiscrepancyCount)
	}
	return nil
}
