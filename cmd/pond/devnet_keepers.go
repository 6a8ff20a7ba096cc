package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/stack"
)

var (
	devnetWithKeepersFlag = &cli.BoolFlag{
		Name: "with-keepers", EnvVars: envVar("devnet.with-keepers"),
		Usage: "also run a solver (account 4), two providers (accounts 2 and 3) and the mediators in this process",
	}
	devnetKeepersDirFlag = &cli.StringFlag{
		Name: "devnet.keepers-dir", Value: ".pond/devnet-keepers", EnvVars: envVar("devnet.keepers-dir"),
		Usage: "work directory of the keepers --with-keepers runs (its subdirectory for the chain id is emptied at start: the devnet is a new chain)",
	}
)

// devnetKeeperFlags are the devnet's flags for --with-keepers.
func devnetKeeperFlags() []cli.Flag {
	return append([]cli.Flag{devnetWithKeepersFlag, devnetKeepersDirFlag, keeperExecutorsFlag, devnetDemoFlag, devnetDemoMessageFlag}, storageFlags...)
}

// Dev accounts the --with-keepers keepers use; the mediators are the last accounts, as
// bootstrapped. Account 1 is left for people running jobs.
var (
	devnetProviderAccounts = []int{2, 3}
	devnetSolverAccount    = 4
)

// startDevnetKeepers runs a solver, two providers and the mediators against the deployment,
// sharing the content store `pond run` reads (--storage.local-dir or Kubo).
func startDevnetKeepers(ctx context.Context, c *cli.Context, d chain.Deployment, backend any, accounts []devnet.Account, mediators int) (*stack.Stack, func(), error) {
	client, ok := backend.(stack.Chain)
	if !ok {
		return nil, nil, fmt.Errorf("--%s: the chain client cannot read logs", devnetWithKeepersFlag.Name)
	}
	store, err := openStore(c)
	if err != nil {
		return nil, nil, err
	}
	executors, closeExecutors, err := keeperExecutors(c)
	if err != nil {
		return nil, nil, err
	}
	cfg := stack.Config{
		Deployment: d, Chain: client, SolverKey: accounts[devnetSolverAccount].Key,
		Store: store, Executors: executors, ModuleDirs: []string{c.String(devnetModulesDirFlag.Name)},
		WorkDir: filepath.Join(c.String(devnetKeepersDirFlag.Name), fmt.Sprint(d.ChainID)), Logger: logger(c),
	}
	// The embedded devnet is a new chain at every start: what its keepers kept of the last one
	// (indexes, checkpoints, votes) describes blocks this chain does not have.
	if err := os.RemoveAll(cfg.WorkDir); err != nil {
		closeExecutors()
		return nil, nil, fmt.Errorf("--%s: clear the last devnet's keepers: %w", devnetKeepersDirFlag.Name, err)
	}
	for _, i := range devnetProviderAccounts {
		cfg.ProviderKeys = append(cfg.ProviderKeys, accounts[i].Key)
	}
	for _, a := range accounts[len(accounts)-mediators:] {
		cfg.MediatorKeys = append(cfg.MediatorKeys, a.Key)
	}
	s, err := stack.Start(ctx, cfg)
	if err != nil {
		closeExecutors()
		return nil, nil, fmt.Errorf("--%s: %w", devnetWithKeepersFlag.Name, err)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "Keepers (in this process; work dir %s)\n", cfg.WorkDir)
	fmt.Fprintf(w, "  solver     %s\n", addrOf(cfg.SolverKey))
	for _, k := range cfg.ProviderKeys {
		fmt.Fprintf(w, "  provider   %s\n", addrOf(k))
	}
	for _, k := range cfg.MediatorKeys {
		fmt.Fprintf(w, "  mediator   %s\n", addrOf(k))
	}
	return s, func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), keeperStopTimeout)
		defer cancel()
		_ = s.Stop(stopCtx)
		closeExecutors()
	}, nil
}

func addrOf(k *ecdsa.PrivateKey) string { return crypto.PubkeyToAddress(k.PublicKey).Hex() }
