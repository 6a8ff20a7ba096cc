package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/stack"
	"github.com/pond-compute/pond/keepers/txmgr"
)

func init() { register(devnetCommand()) }

var (
	devnetHostFlag = &cli.StringFlag{
		Name: "devnet.host", Value: "127.0.0.1", EnvVars: envVar("devnet.host"),
		Usage: "loopback address the JSON-RPC server (HTTP and WebSocket) listens on",
	}
	devnetPortFlag = &cli.IntFlag{
		Name: "devnet.port", Value: 8545, EnvVars: envVar("devnet.port"),
		Usage: "JSON-RPC port (0 picks a free one)",
	}
	devnetChainIDFlag = &cli.Uint64Flag{
		Name: "devnet.chain-id", Value: devnet.DefaultChainID, EnvVars: envVar("devnet.chain-id"),
		Usage: "chain id of the embedded chain",
	}
	devnetBlockTimeFlag = &cli.DurationFlag{
		Name: "devnet.block-time", Value: time.Second, EnvVars: envVar("devnet.block-time"),
		Usage: "also seal a block at this interval, so block time (and what eth_call sees) follows the clock; 0: only when transactions arrive",
	}
	devnetChallengeWindowFlag = &cli.DurationFlag{
		Name: "devnet.challenge-window", Value: time.Minute, EnvVars: envVar("devnet.challenge-window"),
		Usage: "market parameter: how long a result may be challenged (short, for a devnet)",
	}
	devnetMediationWindowFlag = &cli.DurationFlag{
		Name: "devnet.mediation-window", Value: 2 * time.Minute, EnvVars: envVar("devnet.mediation-window"),
		Usage: "mediator registry parameter: length of the commit phase and of the reveal phase",
	}
	devnetRPCURLFlag = &cli.StringFlag{
		Name: "devnet.rpc-url", EnvVars: envVar("devnet.rpc-url"),
		Usage: "bootstrap Pond on this running dev chain (for example anvil) instead of starting the embedded one",
	}
	devnetMediatorsFlag = &cli.IntFlag{
		Name: "devnet.mediators", Value: 3, EnvVars: envVar("devnet.mediators"),
		Usage: "dev accounts (the last ones) registered as mediators forming the default committee, each accepting it (1, 3 or 5)",
	}
	devnetModulesDirFlag = &cli.StringFlag{
		Name: "devnet.modules-dir", Value: "modules", EnvVars: envVar("devnet.modules-dir"),
		Usage: "publish every module (a directory with module.tmpl) found here; empty to publish none",
	}
	devnetModuleVersionFlag = &cli.StringFlag{
		Name: "devnet.module-version", Value: "v0.0.1", EnvVars: envVar("devnet.module-version"),
		Usage: "version under which the example modules are published",
	}
	devnetDeploymentsFlag = &cli.StringFlag{
		Name: "devnet.deployments-dir", Value: "deployments", EnvVars: envVar("devnet.deployments-dir"),
		Usage: "directory of the deployment file <chainId>.json",
	}
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local chain with Pond deployed, dev accounts funded, mediators and example modules registered",
		Description: "Starts an embedded EVM chain (go-ethereum) with JSON-RPC on a loopback address, deploys the\n" +
			"contracts, funds the dev accounts with native currency and the test token, registers the default\n" +
			"mediator committee, publishes the example modules and writes deployments/<chainId>.json.\n" +
			"With --devnet.rpc-url it bootstraps an already running dev chain (anvil) the same way and exits.",
		Flags: append([]cli.Flag{
			devnetHostFlag, devnetPortFlag, devnetChainIDFlag, devnetBlockTimeFlag, devnetRPCURLFlag,
			devnetChallengeWindowFlag, devnetMediationWindowFlag,
			devnetMediatorsFlag, devnetModulesDirFlag, devnetModuleVersionFlag, devnetDeploymentsFlag, devnetExplorerFlag,
		}, devnetKeeperFlags()...),
		Action: runDevnet,
	}
}

// devnetBackend is what bootstrapping needs from the chain.
type devnetBackend interface {
	txmgr.Backend
	chain.Caller
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

func runDevnet(c *cli.Context) error {
	log := logger(c)
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()

	mediators := c.Int(devnetMediatorsFlag.Name)
	if mediators != 1 && mediators != 3 && mediators != 5 {
		return fmt.Errorf("invalid --%s %d: want 1, 3 or 5 (an odd committee, so that a majority always decides)", devnetMediatorsFlag.Name, mediators)
	}
	for _, f := range []*cli.DurationFlag{devnetChallengeWindowFlag, devnetMediationWindowFlag} {
		if v := c.Duration(f.Name); v < time.Second || v > 30*24*time.Hour {
			return fmt.Errorf("invalid --%s %s: want between 1s and 720h", f.Name, v)
		}
	}
	if c.Duration(devnetBlockTimeFlag.Name) < 0 {
		return fmt.Errorf("invalid --%s: negative", devnetBlockTimeFlag.Name)
	}
	cfg := devnet.Config{
		ChainID:   c.Uint64(devnetChainIDFlag.Name),
		Host:      c.String(devnetHostFlag.Name),
		Port:      c.Int(devnetPortFlag.Name),
		BlockTime: c.Duration(devnetBlockTimeFlag.Name),
		Logger:    log,
	}
	if err := cfg.Check(); err != nil {
		switch {
		case errors.Is(err, devnet.ErrNonLoopbackHost):
			return fmt.Errorf("invalid --%s: %w", devnetHostFlag.Name, err)
		case errors.Is(err, devnet.ErrBadPort):
			return fmt.Errorf("invalid --%s: %w", devnetPortFlag.Name, err)
		}
		return err
	}
	modules, err := exampleModules(c.String(devnetModulesDirFlag.Name), c.String(devnetModuleVersionFlag.Name))
	if err != nil {
		return fmt.Errorf("--%s: %w", devnetModulesDirFlag.Name, err)
	}
	accounts, err := devnet.DevAccounts(devnet.MaxAccounts)
	if err != nil {
		return err
	}

	var backend devnetBackend
	var httpURL, wsURL string
	var chainNode *devnet.Devnet
	if url := c.String(devnetRPCURLFlag.Name); url != "" {
		client, err := ethclient.DialContext(ctx, url)
		if err != nil {
			return fmt.Errorf("--%s: %w", devnetRPCURLFlag.Name, err)
		}
		defer client.Close()
		backend, httpURL = client, url
	} else {
		if chainNode, err = devnet.Start(ctx, cfg); err != nil {
			return err
		}
		defer chainNode.Stop()
		backend, httpURL, wsURL = chainNode.Client(), chainNode.HTTPURL, chainNode.WSURL
	}

	managers := make([]*txmgr.Manager, len(accounts))
	for i, a := range accounts {
		if managers[i], err = txmgr.New(ctx, backend, txmgr.Config{
			Key: a.Key, PollInterval: 50 * time.Millisecond, Errors: chain.Errors(), Logger: log,
		}); err != nil {
			return err
		}
	}
	chainID := managers[0].ChainID().Uint64()
	mediatorSenders := make([]chain.Sender, 0, mediators)
	for _, m := range managers[len(managers)-mediators:] {
		mediatorSenders = append(mediatorSenders, m)
	}
	holders := make([]common.Address, len(accounts))
	for i, a := range accounts {
		holders[i] = a.Address
	}
	mediationWindow := big.NewInt(int64(c.Duration(devnetMediationWindowFlag.Name) / time.Second))
	bcfg := devnet.BootstrapConfig{
		Deploy: devnet.DeployConfig{
			ChallengeWindow: uint32(c.Duration(devnetChallengeWindowFlag.Name) / time.Second),
			CommitWindow:    mediationWindow,
			RevealWindow:    mediationWindow,
		},
		TokenHolders: holders, Mediators: mediatorSenders, Modules: modules,
	}

	path := filepath.Join(c.String(devnetDeploymentsFlag.Name), fmt.Sprintf("%d.json", chainID))
	if existing, err := chain.LoadDeployment(path); err == nil && chainNode == nil {
		if code, err := backend.CodeAt(ctx, existing.Market, nil); err == nil && len(code) > 0 {
			log.Info("bootstrapping the existing deployment", zap.String("file", path))
			bcfg.Existing = &existing
		}
	}
	started := time.Now()
	d, err := devnet.Bootstrap(ctx, managers[0], backend, bcfg)
	if err != nil {
		return fmt.Errorf("bootstrap Pond: %w", err)
	}
	if err := d.Write(path); err != nil {
		return err
	}
	log.Info("Pond deployed", zap.String("deployment", path), zap.Duration("took", time.Since(started)))

	printDevnet(c.App.Writer, devnetSummary{
		HTTPURL: httpURL, WSURL: wsURL, ChainID: chainID, Path: path, Deployment: d,
		Accounts: accounts, Mediators: mediators, Modules: modules, ModulesDir: c.String(devnetModulesDirFlag.Name),
	}, backend, ctx)

	demo := c.Bool(devnetDemoFlag.Name)
	withKeepers := c.Bool(devnetWithKeepersFlag.Name) || demo
	var keepers *stack.Stack
	if withKeepers {
		var stopKeepers func()
		keepers, stopKeepers, err = startDevnetKeepers(ctx, c, d, backend, accounts, mediators)
		if err != nil {
			return err
		}
		defer stopKeepers()
	}
	if demo {
		return runDevnetDemo(ctx, c, d, backend, accounts)
	}
	if chainNode == nil && !withKeepers {
		return nil
	}
	if addr := c.String(devnetExplorerFlag.Name); addr != "" {
		stopExplorer, err := startDevnetExplorer(ctx, c, d, backend, addr)
		if err != nil {
			return err
		}
		defer stopExplorer()
	}
	fmt.Fprintln(c.App.Writer, "\nThe devnet runs until interrupted (Ctrl-C).")
	var keepersDone <-chan struct{}
	if keepers != nil {
		keepersDone = keepers.Done()
	}
	select {
	case <-ctx.Done():
		return nil
	case <-keepersDone:
		return fmt.Errorf("--%s: %w", devnetWithKeepersFlag.Name, keepers.Err())
	}
}

// exampleModules builds publish requests for the modules under dir: the spec hash pins the
// module directory's content (as `pond module hash` prints it) and the resources, run time and
// primary input come from its rendered spec.
func exampleModules(dir, version string) ([]bindings.IModuleRegistryModuleRequest, error) {
	if dir == "" {
		return nil, nil
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil // outside the repository: the devnet starts without example modules
	}
	if err != nil {
		return nil, err
	}
	var out []bindings.IModuleRegistryModuleRequest
	for _, e := range entries {
		mdir := filepath.Join(dir, e.Name())
		if !e.IsDir() {
			continue
		}
		if !module.HasTemplate(mdir) {
			continue
		}
		req, err := moduleRequest(mdir, e.Name(), version, "")
		if err != nil {
			return nil, err
		}
		out = append(out, req)
	}
	return out, nil
}

type devnetSummary struct {
	HTTPURL, WSURL string
	ChainID        uint64
	Path           string
	Deployment     chain.Deployment
	Accounts       []devnet.Account
	Mediators      int
	Modules        []bindings.IModuleRegistryModuleRequest
	ModulesDir     string
}

func printDevnet(w io.Writer, s devnetSummary, c chain.Caller, ctx context.Context) {
	d := s.Deployment
	fmt.Fprintf(w, "Pond devnet\n")
	fmt.Fprintf(w, "  chain id            %d\n", s.ChainID)
	fmt.Fprintf(w, "  RPC (HTTP)          %s\n", s.HTTPURL)
	if s.WSURL != "" {
		fmt.Fprintf(w, "  RPC (WebSocket)     %s\n", s.WSURL)
	}
	fmt.Fprintf(w, "  deployment file     %s (deploy block %d)\n", s.Path, d.DeployBlock)
	fmt.Fprintf(w, "  market              %s\n", d.Market.Hex())
	fmt.Fprintf(w, "  module registry     %s\n", d.ModuleRegistry.Hex())
	fmt.Fprintf(w, "  mediator registry   %s\n", d.MediatorRegistry.Hex())
	fmt.Fprintf(w, "  test token (PTT)    %s\n", d.TestToken.Hex())
	if len(s.Modules) == 0 {
		fmt.Fprintf(w, "Modules\n  none: no example module was published (no module directory in %q; run from the repository, or\n"+
			"  publish one: pond module publish <dir> --version v0.0.1, or pond module publish <git-url>:<tag>)\n", s.ModulesDir)
	}
	if len(s.Modules) > 0 {
		reg := chain.NewModuleRegistry(d.ModuleRegistry)
		names := make([]string, 0, len(s.Modules))
		for _, m := range s.Modules {
			names = append(names, m.Name+":"+m.Version)
		}
		sort.Strings(names)
		fmt.Fprintf(w, "Modules\n")
		for _, n := range names {
			id, err := reg.ModuleID(ctx, c, n)
			if err != nil {
				fmt.Fprintf(w, "  %-24s (unreadable: %v)\n", n, err)
				continue
			}
			fmt.Fprintf(w, "  %-24s id %d\n", n, id)
		}
	}
	fmt.Fprintf(w, "Accounts (public development keys: never use them on a real network)\n")
	for i, a := range s.Accounts {
		role := ""
		switch {
		case i == 0:
			role = "deployer, governance"
		case i >= len(s.Accounts)-s.Mediators:
			role = "mediator"
		}
		fmt.Fprintf(w, "  (%d) %s %s %s\n", i, a.Address.Hex(), a.KeyHex(), role)
	}
	fmt.Fprintf(w, "Try: cast call %s \"jobCount()(uint256)\" --rpc-url %s\n", d.Market.Hex(), s.HTTPURL)
}
