package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/hostinfo"
	"github.com/pond-compute/pond/keepers/provider"
	"github.com/pond-compute/pond/keepers/state"
)

func init() { register(providerCommand()) }

var (
	providerAskFlag = &cli.StringFlag{
		Name: "provider.ask", Value: "0.001", EnvVars: envVar("provider.ask"),
		Usage: "asking price per job, in whole tokens (jobs paying at least this are taken)",
	}
	providerTokenFlag = &cli.StringFlag{
		Name: "provider.token", EnvVars: envVar("provider.token"),
		Usage: "token of the offer: empty for the native currency, \"ptt\" for the deployment's test token, or an address",
	}
	providerCollateralFlag = &cli.StringFlag{
		Name: "provider.collateral", Value: "1", EnvVars: envVar("provider.collateral"),
		Usage: "escrow kept for collateral (free plus locked in deals), in whole tokens; the difference is deposited; 0 deposits nothing",
	}
	providerMaxCollateralFlag = &cli.StringFlag{
		Name: "provider.max-collateral", EnvVars: envVar("provider.max-collateral"),
		Usage: "top the escrow (free plus locked) up from the wallet, up to this many whole tokens, so that the largest open job the offer " +
			"could take finds its collateral; empty: --provider.collateral (no top-up beyond it)",
	}
	providerLifetimeFlag = &cli.DurationFlag{
		Name: "provider.offer-lifetime", Value: 24 * time.Hour, EnvVars: envVar("provider.offer-lifetime"),
		Usage: "how long the offer stays open; it is renewed when a quarter is left",
	}
	providerModulesFlag = &cli.StringFlag{
		Name: "provider.modules", EnvVars: envVar("provider.modules"),
		Usage: "run only these modules (comma-separated name:version); empty: any module",
	}
	providerDefaultCommitteeFlag = &cli.BoolFlag{
		Name: "provider.default-committee", Value: true, EnvVars: envVar("provider.default-committee"),
		Usage: "accept jobs mediated by the default committee",
	}
	providerTrustedCommitteeFlag = &cli.UintFlag{
		Name: "provider.trusted-committee", EnvVars: envVar("provider.trusted-committee"),
		Usage: "also accept jobs judged by this committee id (0: none)",
	}
	providerMinRunTimeFlag = &cli.DurationFlag{
		Name: "provider.min-run-time", EnvVars: envVar("provider.min-run-time"),
		Usage: "take only jobs that allow at least this long to run (a job that times out costs its collateral); 0: any",
	}
	providerConcurrencyFlag = &cli.IntFlag{
		Name: "provider.concurrency", Value: 2, EnvVars: envVar("provider.concurrency"),
		Usage: "deals run at once (the offer's capacity also bounds them)",
	}
	providerCPUFlag = &cli.UintFlag{
		Name: "provider.cpu-millis", EnvVars: envVar("provider.cpu-millis"),
		Usage: "CPU millicores offered (0: what the machine has)",
	}
	providerRAMFlag = &cli.UintFlag{
		Name: "provider.ram-mib", EnvVars: envVar("provider.ram-mib"),
		Usage: "RAM offered in MiB (0: what the machine has)",
	}
	providerDiskFlag = &cli.UintFlag{
		Name: "provider.disk-mib", EnvVars: envVar("provider.disk-mib"),
		Usage: "disk offered in MiB (0: the free space of --work.dir)",
	}
	providerDeliverAnyFlag = &cli.BoolFlag{
		Name: "provider.deliver-any", EnvVars: envVar("provider.deliver-any"),
		Usage: "also deliver other providers' deferred contract-client deliveries (the delivery fee is paid to the deliverer); " +
			"off: only those of this provider's deals",
	}
	providerWithdrawFlag = &cli.BoolFlag{
		Name: "withdraw", EnvVars: envVar("provider.withdraw"),
		Usage: "withdraw the provider's free escrow balance (earnings and unlocked collateral) to --provider.payout (default: its own account), then exit",
	}
	providerPayoutFlag = &cli.StringFlag{
		Name: "provider.payout", EnvVars: envVar("provider.payout"),
		Usage: "address that receives withdrawals (a wallet whose key is not on this machine); default: the provider's account",
	}
)

func providerCommand() *cli.Command {
	return &cli.Command{
		Name:  "provider",
		Usage: "offer this machine's GPUs, CPU, RAM and disk, run matched deals, submit their results and get paid",
		Description: "Keeps an offer describing the machine (NVML GPUs, CPU, RAM, disk, cgroup limits) open, keeps\n" +
			"collateral in escrow, runs each matched deal with the module executors, stores the outputs,\n" +
			"submits their CID and finalizes the deal after the challenge window. Stop and restart it at\n" +
			"any time: it rebuilds its deals from the chain, and results are cached by job id.",
		Flags: keeperFlags(append(runFlags, providerAskFlag, providerTokenFlag, providerCollateralFlag, providerMaxCollateralFlag, providerLifetimeFlag,
			providerModulesFlag, providerDefaultCommitteeFlag, providerTrustedCommitteeFlag, providerMinRunTimeFlag, providerConcurrencyFlag,
			providerCPUFlag, providerRAMFlag, providerDiskFlag, providerDeliverAnyFlag, providerWithdrawFlag, providerPayoutFlag)...),
		Action: runProvider,
	}
}

func runProvider(c *cli.Context) error {
	if err := noKeeperArgs(c); err != nil {
		return err
	}
	log := logger(c)
	key, err := loadPrivateKey(c)
	if err != nil {
		return err
	}
	// The amounts are in the offer's token, read once the chain is open; their syntax is checked now.
	for _, f := range []*cli.StringFlag{providerAskFlag, providerCollateralFlag, providerMaxCollateralFlag} {
		if v := strings.TrimSpace(c.String(f.Name)); v != "" {
			if _, err := parseFlagAmount(c, nil, common.Address{}, f.Name, v); err != nil {
				return err
			}
		}
	}
	minRunTime := c.Duration(providerMinRunTimeFlag.Name)
	if minRunTime < 0 || minRunTime%time.Second != 0 || minRunTime > 30*24*time.Hour {
		return fmt.Errorf("invalid --%s %s: want whole seconds, at most 720h", providerMinRunTimeFlag.Name, minRunTime)
	}
	maxFetch, err := moduleMaxFetchBytes(c)
	if err != nil {
		return err
	}
	env, closeEnv, err := openKeeper(c, "provider", key)
	if err != nil {
		return err
	}
	defer closeEnv()
	s, workDir := env.Session, env.WorkDir
	token, err := providerToken(c, s.Deployment)
	if err != nil {
		return err
	}
	ask, err := parseFlagAmount(c, s, token, providerAskFlag.Name, c.String(providerAskFlag.Name))
	if err != nil {
		return err
	}
	collateral, err := parseFlagAmount(c, s, token, providerCollateralFlag.Name, c.String(providerCollateralFlag.Name))
	if err != nil {
		return err
	}
	capy, err := hostinfo.Discover(hostinfo.OS(), workDir)
	if err != nil {
		return fmt.Errorf("describe this machine: %w", err)
	}
	if capy.GPU.Reason != "" {
		log.Info("no GPUs offered", zap.String("reason", capy.GPU.Reason))
	}
	res := state.Resources{Gpus: capy.GPUs, VramMiB: capy.VRAMMiB, CpuMillis: capy.CPUMillis, RamMiB: capy.RAMMiB, DiskMiB: capy.DiskMiB}
	if v := c.Uint(providerCPUFlag.Name); v != 0 {
		res.CpuMillis = uint32(v)
	}
	if v := c.Uint(providerRAMFlag.Name); v != 0 {
		res.RamMiB = uint32(v)
	}
	if v := c.Uint(providerDiskFlag.Name); v != 0 {
		res.DiskMiB = uint32(v)
	}
	modules, err := providerModules(c, s)
	if err != nil {
		return err
	}
	store, err := openStore(c)
	if err != nil {
		return err
	}
	executors, closeExecutors, err := keeperExecutors(c)
	if err != nil {
		return err
	}
	defer closeExecutors()

	cfg := provider.Config{
		Base:  env.Base,
		Store: store, Executors: executors, ModuleDirs: keeperModuleDirs(c), MaxModuleFetchBytes: maxFetch, WorkDir: workDir,
		Capacity: res, Token: token, AskPrice: ask, OfferLifetime: c.Duration(providerLifetimeFlag.Name), Modules: modules,
		AcceptsDefault: c.Bool(providerDefaultCommitteeFlag.Name), TrustedCommittee: uint32(c.Uint(providerTrustedCommitteeFlag.Name)),
		MinRunTime: uint32(minRunTime / time.Second), Collateral: collateral, MaxConcurrent: c.Int(providerConcurrencyFlag.Name),
		DeliverAny: c.Bool(providerDeliverAnyFlag.Name),
	}
	if v := strings.TrimSpace(c.String(providerPayoutFlag.Name)); v != "" {
		if !common.IsHexAddress(v) {
			return fmt.Errorf("invalid --%s %q: want a 0x address", providerPayoutFlag.Name, v)
		}
		cfg.Payout = common.HexToAddress(v)
	}
	if collateral.Sign() == 0 {
		cfg.Collateral = nil
	}
	if v := strings.TrimSpace(c.String(providerMaxCollateralFlag.Name)); v != "" {
		if cfg.MaxCollateral, err = parseFlagAmount(c, s, token, providerMaxCollateralFlag.Name, v); err != nil {
			return err
		}
	}
	if env.Metrics != nil {
		cfg.Metrics = env.Metrics
	}
	if err := cfg.Check(); err != nil {
		return errFlag(err, map[error]string{
			provider.ErrNoKey: privateKeyFlag.Name, provider.ErrNoCapacity: providerCPUFlag.Name,
			provider.ErrBadConcurrency: providerConcurrencyFlag.Name, provider.ErrNoAskPrice: providerAskFlag.Name,
			provider.ErrMaxCollateralBelowCollateral: providerMaxCollateralFlag.Name,
		})
	}
	p, err := provider.New(c.Context, cfg)
	if err != nil {
		return err
	}
	if c.Bool(providerWithdrawFlag.Name) {
		amount, to, err := p.Withdraw(c.Context, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "withdrew %s (base units) to %s\n", amount, to.Hex())
		return nil
	}
	return env.run(c, "provider", p)
}

func providerToken(c *cli.Context, d chain.Deployment) (common.Address, error) {
	v := strings.TrimSpace(c.String(providerTokenFlag.Name))
	switch {
	case v == "" || v == "native":
		return chain.Native, nil
	case strings.EqualFold(v, "ptt"):
		if d.TestToken == (common.Address{}) {
			return common.Address{}, fmt.Errorf("--%s ptt: %w", providerTokenFlag.Name, chain.ErrNoTestToken)
		}
		return d.TestToken, nil
	case common.IsHexAddress(v):
		return common.HexToAddress(v), nil
	}
	return common.Address{}, fmt.Errorf("invalid --%s %q: want native, ptt or an address", providerTokenFlag.Name, v)
}

func providerModules(c *cli.Context, s *chainSession) ([]uint32, error) {
	v := strings.TrimSpace(c.String(providerModulesFlag.Name))
	if v == "" {
		return nil, nil
	}
	reg := chain.NewModuleRegistry(s.Deployment.ModuleRegistry)
	var ids []uint32
	for _, name := range strings.Split(v, ",") {
		name = strings.TrimSpace(name)
		if n, err := strconv.ParseUint(name, 10, 32); err == nil {
			ids = append(ids, uint32(n))
			continue
		}
		ctx, cancel := context.WithTimeout(c.Context, 15*time.Second)
		id, err := reg.ModuleID(ctx, s.Client, name)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("--%s %s: %w", providerModulesFlag.Name, name, err)
		}
		if id == 0 {
			return nil, fmt.Errorf("--%s: module %s is not published", providerModulesFlag.Name, name)
		}
		ids = append(ids, id)
	}
	return ids, nil
}
