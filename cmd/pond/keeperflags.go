package main

// Flags and plumbing shared by the three keepers (`pond solver|provider|mediator`): each is a
// library with Start/Stop (keepers/solver, keepers/provider, keepers/mediator); these commands
// only read flags, build its Config and run it until interrupted.

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/metrics"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/solver"
)

var (
	metricsAddrFlag = &cli.StringFlag{
		Name: "metrics.addr", EnvVars: envVar("metrics.addr"),
		Usage: "serve Prometheus /metrics and /healthz on this address (127.0.0.1:7300; 0.0.0.0:7300 for every interface); empty: no server",
	}
	keeperPollFlag = &cli.DurationFlag{
		Name: "poll-interval", Value: time.Second, EnvVars: envVar("poll-interval"),
		Usage: "how often the keeper reads the chain head",
	}
	keeperConfirmationsFlag = &cli.Uint64Flag{
		Name: "confirmations", EnvVars: envVar("confirmations"),
		Usage: fmt.Sprintf("act on events once their block is this deep (default: 0 on a devnet, chain %d; %d elsewhere)",
			devnetChainID, safeConfirmations),
	}
	keeperWorkDirFlag = &cli.StringFlag{
		Name: "work.dir", EnvVars: envVar("work.dir"),
		Usage: "directory for the market index, run directories and the result cache (default .pond/<keeper>-<address>)",
	}
	keeperMaxOutageFlag = &cli.DurationFlag{
		Name: "max-outage", Value: 5 * time.Minute, EnvVars: envVar("max-outage"),
		Usage: "stop with an error when the chain is unreachable, or the market view stuck, for longer than this",
	}
	keeperFeeLimitFlag = &cli.Uint64Flag{
		Name: "tx.fee-limit-multiplier", Value: 5, EnvVars: envVar("tx.fee-limit-multiplier"),
		Usage: "a stuck transaction's fees are bumped up to this multiple of its first estimate, never more (1: never bump)",
	}
	keeperNoBatchFlag = &cli.BoolFlag{
		Name: "tx.no-batch", EnvVars: envVar("tx.no-batch"),
		Usage: "send one transaction per item (matchJob, submitResult, finalize) even when several are due, instead of one matchJobs/submitResults/finalizeJobs per 100 items (costs more gas; for comparison)",
	}
	keeperModulesDirFlag = &cli.StringFlag{
		Name: "modules.dir", Value: "modules", EnvVars: envVar("modules.dir"),
		Usage: "directory of local module directories, found by content hash before any fetch; empty for none",
	}
	keeperExecutorsFlag = &cli.StringFlag{
		Name: "executors", Value: "wasm,docker", EnvVars: envVar("executors"),
		Usage: "module executors to offer, comma-separated (docker is skipped with a warning when no engine answers)",
	}
)

var (
	dockerMirrorFlag = &cli.StringSliceFlag{
		Name: "docker.mirror", EnvVars: envVar("docker.mirror"),
		Usage: "pull images of a registry from a mirror, REGISTRY=MIRROR (docker.io=127.0.0.1:5000); pulls are by digest, so a mirror cannot change them",
	}
	dockerAuthFlag = &cli.StringSliceFlag{
		Name: "docker.auth", EnvVars: envVar("docker.auth"),
		Usage: "registry credentials, REGISTRY=USER:PASSWORD (prefer the POND_DOCKER_AUTH variable to the command line)",
	}
)

// dockerRegistryConfig reads --docker.mirror and --docker.auth.
func dockerRegistryConfig(c *cli.Context) (executor.RegistryConfig, error) {
	cfg := executor.RegistryConfig{Mirrors: map[string]string{}, Auth: map[string]string{}}
	for _, f := range []struct {
		flag *cli.StringSliceFlag
		dst  map[string]string
	}{{dockerMirrorFlag, cfg.Mirrors}, {dockerAuthFlag, cfg.Auth}} {
		for _, kv := range c.StringSlice(f.flag.Name) {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" || v == "" {
				return cfg, fmt.Errorf("invalid --%s: want REGISTRY=VALUE", f.flag.Name)
			}
			f.dst[k] = v
		}
	}
	return cfg, nil
}

// keeperFlags are what every keeper reads.
// noKeeperArgs refuses positional arguments to a keeper command: a mistyped subcommand would
// otherwise start the keeper.
func noKeeperArgs(c *cli.Context) error {
	if c.NArg() == 0 {
		return nil
	}
	msg := fmt.Sprintf("pond %s takes no argument, got %q", c.Command.Name, c.Args().First())
	var subs []string
	for _, sc := range c.Command.Subcommands {
		subs = append(subs, sc.Name)
	}
	if len(subs) > 0 {
		msg += " (its subcommands: " + strings.Join(subs, ", ") + ")"
	}
	return errors.New(msg)
}

func keeperFlags(extra ...cli.Flag) []cli.Flag {
	flags := append([]cli.Flag{}, chainFlags...)
	flags = append(flags, accountFlags...)
	flags = append(flags, metricsAddrFlag, keeperPollFlag, keeperConfirmationsFlag, keeperMaxOutageFlag, keeperFeeLimitFlag,
		keeperNoBatchFlag, keeperWorkDirFlag, marketIndexFlag)
	return append(flags, extra...)
}

// runFlags are what keepers that run modules read.
var runFlags = append([]cli.Flag{keeperModulesDirFlag, keeperExecutorsFlag, moduleMaxFetchFlag}, storageFlags...)

// The devnet's chain id (the embedded devnet and anvil), where blocks are final at once; any
// other chain gets safeConfirmations unless --confirmations says otherwise.
const (
	devnetChainID     = 31337
	safeConfirmations = 12
)

// keeperConfirmations is --confirmations (when the command has it), or the chain's default.
func keeperConfirmations(c *cli.Context, chainID uint64) uint64 {
	if c.IsSet(keeperConfirmationsFlag.Name) || chainID == devnetChainID {
		return c.Uint64(keeperConfirmationsFlag.Name)
	}
	return safeConfirmations
}

// keeperTelemetry is a keeper's metrics and the server of /metrics and /healthz (both nil
// without --metrics.addr).
type keeperTelemetry struct {
	Metrics *metrics.Prometheus
	srv     *metrics.Server
}

// keeperMetrics returns the keeper's metrics and starts their server when --metrics.addr is set.
func keeperMetrics(c *cli.Context, name string) (*keeperTelemetry, error) {
	addr := c.String(metricsAddrFlag.Name)
	if addr == "" {
		return &keeperTelemetry{}, nil
	}
	p := metrics.NewPrometheus(name)
	srv, err := metrics.Serve(addr, p.Registry)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", metricsAddrFlag.Name, err)
	}
	if !metrics.IsLoopback(addr) {
		logger(c).Warn("metrics and health are served beyond this machine; firewall the port", zap.String("addr", addr))
	}
	logger(c).Info("serving metrics", zap.String("url", "http://"+srv.Addr()+"/metrics"), zap.String("health", "http://"+srv.Addr()+"/healthz"))
	return &keeperTelemetry{Metrics: p, srv: srv}, nil
}

// Stop shuts the server down.
func (t *keeperTelemetry) Stop() {
	if t.srv == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = t.srv.Stop(ctx)
}

// checkMetricsAddr validates --metrics.addr before anything else starts.
func checkMetricsAddr(c *cli.Context) error {
	if addr := c.String(metricsAddrFlag.Name); addr != "" {
		if err := metrics.CheckAddr(addr); err != nil {
			return fmt.Errorf("invalid --%s: %w", metricsAddrFlag.Name, err)
		}
	}
	return nil
}

// keeperExecutors builds the executors --executors names.
func keeperExecutors(c *cli.Context) (map[string]executor.Executor, func(), error) {
	out := map[string]executor.Executor{}
	var closers []func()
	closeAll := func() {
		for _, f := range closers {
			f()
		}
	}
	registry, err := dockerRegistryConfig(c)
	if err != nil {
		return nil, nil, err
	}
	names := strings.Split(c.String(keeperExecutorsFlag.Name), ",")
	for _, raw := range names {
		name := strings.TrimSpace(raw)
		switch name {
		case "":
		case module.ExecutorWasm:
			w := executor.NewWasm()
			out[name] = w
			closers = append(closers, func() { _ = w.Close(context.Background()) })
		case module.ExecutorDocker:
			d, err := executor.NewDocker(c.Context)
			if err != nil {
				logger(c).Warn("docker executor unavailable; running without it", zap.Error(err))
				continue
			}
			d.Registry = registry
			out[name] = d
		default:
			closeAll()
			return nil, nil, fmt.Errorf("invalid --%s: unknown executor %q (want wasm or docker)", keeperExecutorsFlag.Name, name)
		}
	}
	if len(out) == 0 {
		closeAll()
		return nil, nil, fmt.Errorf("--%s %q: no executor available", keeperExecutorsFlag.Name, c.String(keeperExecutorsFlag.Name))
	}
	return out, closeAll, nil
}

func keeperModuleDirs(c *cli.Context) []string {
	if d := c.String(keeperModulesDirFlag.Name); d != "" {
		return []string{d}
	}
	return nil
}

func keeperWorkDir(c *cli.Context, keeper, address string) string {
	if d := c.String(keeperWorkDirFlag.Name); d != "" {
		return d
	}
	return ".pond/" + keeper + "-" + strings.ToLower(address)
}

// keeperEnv is what every keeper command sets up before reading its own flags: the key, the
// chain and deployment, the work directory, and the metrics and health server.
type keeperEnv struct {
	Base    solver.Base
	Session *chainSession
	WorkDir string
	// Metrics is nil without --metrics.addr.
	Metrics *metrics.Prometheus
	tel     *keeperTelemetry
}

// openKeeper runs the steps every keeper command shares once it has its key (loadPrivateKey,
// first, so a missing key is reported before anything else), in the order their errors are best
// reported: --metrics.addr, the metrics server, the chain (its calls recorded), the
// work directory. close releases what it opened.
func openKeeper(c *cli.Context, name string, key *ecdsa.PrivateKey) (env *keeperEnv, close func(), err error) {
	if err := checkMetricsAddr(c); err != nil {
		return nil, nil, err
	}
	tel, err := keeperMetrics(c, name)
	if err != nil {
		return nil, nil, err
	}
	s, err := openKeeperChain(c, tel.Metrics)
	if err != nil {
		tel.Stop()
		return nil, nil, err
	}
	workDir := keeperWorkDir(c, name, crypto.PubkeyToAddress(key.PublicKey).Hex())
	if err := os.MkdirAll(workDir, 0o755); err != nil {
		s.Close()
		tel.Stop()
		return nil, nil, fmt.Errorf("--%s: %w", keeperWorkDirFlag.Name, err)
	}
	env = &keeperEnv{Base: keeperBase(c, key, s, workDir), Session: s, WorkDir: workDir, Metrics: tel.Metrics, tel: tel}
	return env, func() { s.Close(); tel.Stop() }, nil
}

// run runs the keeper until interrupted (runUntilInterrupted), its health on the metrics server.
func (e *keeperEnv) run(c *cli.Context, name string, k keeperService) error {
	return runUntilInterrupted(c, name, k, e.tel)
}

// keeperBase is what every keeper reads from the shared flags. Its events are followed over
// the command's RPC URL, redialled when the connection drops; its index is in workDir unless
// --index names another file.
func keeperBase(c *cli.Context, key *ecdsa.PrivateKey, s *chainSession, workDir string) solver.Base {
	idx := c.String(marketIndexFlag.Name)
	if idx == "" {
		idx = filepath.Join(workDir, "index.sqlite")
	}
	return solver.Base{
		Key: key, Deployment: s.Deployment, Chain: s.Client, Dial: s.Dialer(),
		PollInterval: c.Duration(keeperPollFlag.Name), Confirmations: keeperConfirmations(c, s.ChainID),
		FeeLimitMultiplier: c.Uint64(keeperFeeLimitFlag.Name), NoBatch: c.Bool(keeperNoBatchFlag.Name),
		IndexPath: idx, MaxOutage: c.Duration(keeperMaxOutageFlag.Name), Logger: logger(c),
	}
}

// openKeeperChain opens the chain for a keeper, its RPC calls recorded in the keeper's metrics
// (when it serves them).
func openKeeperChain(c *cli.Context, m *metrics.Prometheus) (*chainSession, error) {
	if m == nil {
		return openChain(c)
	}
	return openChainRecorded(c, m)
}

// keeperService is what every keeper library exposes (the keeper skeleton's lifecycle).
type keeperService interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	// Done is closed when the keeper stops on its own; Err says why.
	Done() <-chan struct{}
	Err() error
	// HealthCheck says whether the keeper runs on a current view, and its health in detail.
	HealthCheck() (ok bool, detail any)
}

// keeperStopTimeout bounds how long a stopping keeper may take to finish its work in progress.
const keeperStopTimeout = time.Minute

// runUntilInterrupted runs a keeper until Ctrl-C or SIGTERM, or until it stops on its own
// (its view of the chain can no longer be trusted), whose error it returns.
func runUntilInterrupted(c *cli.Context, name string, k keeperService, tel *keeperTelemetry) error {
	ctx, cancel := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer cancel()
	if tel.srv != nil {
		tel.srv.HandleHealth(k.HealthCheck)
	}
	if err := k.Start(ctx); err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "pond %s running; Ctrl-C stops it\n", name)
	var failed error
	select {
	case <-ctx.Done():
		logger(c).Info("stopping", zap.String("keeper", name))
	case <-k.Done():
		failed = k.Err()
	}
	stopCtx, stopCancel := context.WithTimeout(context.Background(), keeperStopTimeout)
	defer stopCancel()
	return errors.Join(failed, k.Stop(stopCtx))
}

// parseEther reads a flag's amount of the native currency where, unlike a payment, zero is
// allowed: a bond, a default solver fee.
func parseEther(flag, s string) (*big.Int, error) {
	if isZeroAmount(s) {
		return new(big.Int), nil
	}
	v, err := client.ParseEther(s)
	if err != nil {
		return nil, fmt.Errorf("invalid --%s: %w", flag, err)
	}
	return v, nil
}

// parseFlagAmount reads a flag's amount in token's units where, unlike a payment, zero is
// allowed: an ask, a collateral target. With a nil session only the syntax is checked.
func parseFlagAmount(c *cli.Context, s *chainSession, token common.Address, flag, v string) (*big.Int, error) {
	if isZeroAmount(v) {
		return new(big.Int), nil
	}
	amount, err := parseTokenAmount(c, s, token, providerTokenFlag.Name, v)
	if err != nil {
		return nil, fmt.Errorf("invalid --%s: %w", flag, err)
	}
	return amount, nil
}

// parseTokenAmount reads an amount typed for token with the token's decimals
// (client.Tokens.Parse). Before the chain is open (s nil, token unused) it checks what needs no
// chain: the amount in ether when the flag tokenFlagName names the native currency, else its
// syntax; the caller reads it again once the chain is open.
func parseTokenAmount(c *cli.Context, s *chainSession, token common.Address, tokenFlagName, v string) (*big.Int, error) {
	if s != nil {
		return s.Tokens.Parse(c.Context, token, v)
	}
	if t, err := client.ParseToken(chain.Deployment{}, c.String(tokenFlagName)); err == nil && t == chain.Native {
		_, err := client.ParseEther(v)
		return nil, err
	}
	return nil, client.CheckAmount(v)
}

// isZeroAmount reports whether s spells zero: "0", "0.0", "00.000".
func isZeroAmount(s string) bool {
	whole, frac, _ := strings.Cut(strings.TrimSpace(s), ".")
	digits := whole + frac
	return digits != "" && strings.Trim(digits, "0") == ""
}

// errFlag names the flag behind a keeper's configuration error.
func errFlag(err error, byFlag map[error]string) error {
	for sentinel, flag := range byFlag {
		if errors.Is(err, sentinel) {
			return fmt.Errorf("--%s: %w", flag, err)
		}
	}
	return err
}
