package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/explorer"
)

func init() { register(explorerCommand()) }

var (
	explorerAddrFlag = &cli.StringFlag{
		Name: "explorer.addr", Value: explorer.DefaultAddr, EnvVars: envVar("explorer.addr"),
		Usage: "address the explorer's page and JSON API listen on (loopback unless --explorer.public)",
	}
	explorerPublicFlag = &cli.BoolFlag{
		Name: "explorer.public", EnvVars: envVar("explorer.public"),
		Usage: "allow --explorer.addr on an interface other than loopback (the explorer is read-only)",
	}
	explorerAuditFlag = &cli.DurationFlag{
		Name: "explorer.audit-interval", Value: 30 * time.Second, EnvVars: envVar("explorer.audit-interval"),
		Usage: "least time between two audits (each holds the explorer's view still while it runs; long on a long history)",
	}
	// devnetExplorerFlag is the devnet's: empty turns the explorer off.
	devnetExplorerFlag = &cli.StringFlag{
		Name: "explorer.addr", Value: explorer.DefaultAddr, EnvVars: envVar("explorer.addr"),
		Usage: "address of the explorer the devnet serves (loopback; port 0 picks a free one; empty: none)",
	}
)

func explorerCommand() *cli.Command {
	return &cli.Command{
		Name:  "explorer",
		Usage: "serve a read-only page and JSON API of the market: jobs live, timelines, offers, providers, mediators, balances, the audit",
		Description: "Follows the market into its own index (--index, default .pond/explorer/<chainId>-<market>.sqlite)\n" +
			"and serves http://<explorer.addr>/: jobs with their status as it changes, each job's timeline with its\n" +
			"amounts, offers with capacity left, providers, mediators and bonds, balances and the latest audit.\n" +
			"The page reads the JSON API under /api/ (see the README), which scripts can use too; /api/stream\n" +
			"sends every new event as server-sent events.",
		Flags:  append(append([]cli.Flag{}, readFlags...), explorerAddrFlag, explorerPublicFlag, explorerAuditFlag, auditArtifactsFlag, auditNoCodeFlag),
		Action: runExplorer,
	}
}

func runExplorer(c *cli.Context) error {
	s, err := openChain(c)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	path := c.String(marketIndexFlag.Name)
	if path == "" {
		path = filepath.Join(".pond", "explorer", fmt.Sprintf("%d-%s.sqlite", s.ChainID, strings.ToLower(s.Deployment.Market.Hex())))
	}
	artifacts := c.String(auditArtifactsFlag.Name)
	if c.Bool(auditNoCodeFlag.Name) {
		artifacts = ""
	}
	ex, err := startExplorer(ctx, c, s.Deployment, s.Client, explorer.Config{IndexPath: path, Addr: c.String(explorerAddrFlag.Name),
		Public: c.Bool(explorerPublicFlag.Name), Artifacts: artifacts, AuditInterval: c.Duration(explorerAuditFlag.Name)})
	if err != nil {
		return err
	}
	defer ex.Stop(context.Background())
	fmt.Fprintf(c.App.Writer, "Explorer %s (index %s); Ctrl-C stops it.\n", ex.URL(), path)
	<-ctx.Done()
	return nil
}

// startExplorer serves the explorer of deployment d, read through backend (an
// *ethclient.Client or the devnet's client).
func startExplorer(ctx context.Context, c *cli.Context, d chain.Deployment, backend any, cfg explorer.Config) (*explorer.Explorer, error) {
	client, ok := backend.(interface {
		explorer.Chain
		follow.Client
	})
	if !ok {
		return nil, fmt.Errorf("explorer: the chain client cannot read logs and state")
	}
	cfg.Deployment, cfg.Dial, cfg.Chain, cfg.Logger = d, follow.Static(client), client, logger(c).Named("explorer")
	ex, err := explorer.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", explorerAddrFlag.Name, err)
	}
	if err := ex.Start(ctx); err != nil {
		return nil, err
	}
	return ex, nil
}

// startDevnetExplorer serves the devnet's explorer from a fresh index (the devnet's chain is
// new every run); the audit compares the code with out/ when the build is there.
func startDevnetExplorer(ctx context.Context, c *cli.Context, d chain.Deployment, backend any, addr string) (func(), error) {
	dir, err := os.MkdirTemp("", "pond-explorer-")
	if err != nil {
		return nil, err
	}
	artifacts := "out"
	if _, err := os.Stat(filepath.Join(artifacts, "PondMarket.sol", "PondMarket.json")); err != nil {
		artifacts = ""
	}
	cfg := explorer.Config{IndexPath: filepath.Join(dir, "index.sqlite"), Addr: addr, Artifacts: artifacts}
	ex, err := startExplorer(ctx, c, d, backend, cfg)
	if errors.Is(err, syscall.EADDRINUSE) && addr == explorer.DefaultAddr {
		// Another devnet has the default port: take a free one (the address is printed).
		cfg.Addr = "127.0.0.1:0"
		ex, err = startExplorer(ctx, c, d, backend, cfg)
	}
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("--%s: %w", devnetExplorerFlag.Name, err)
	}
	fmt.Fprintf(c.App.Writer, "Explorer %s (jobs live, timelines, offers, mediators, balances, audit; JSON under /api/)\n", ex.URL())
	return func() {
		_ = ex.Stop(context.Background())
		os.RemoveAll(dir)
	}, nil
}
