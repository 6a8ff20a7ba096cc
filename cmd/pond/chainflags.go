package main

// Flags shared by every command that talks to a deployed market: where the chain is, which
// deployment, which account, which content store. Reuse these rather than defining new ones.

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/ethrpc"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/keys"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/txmgr"
)

var (
	rpcURLFlag = &cli.StringFlag{
		Name: "rpc-url", Value: "http://127.0.0.1:8545", EnvVars: envVar("rpc-url"),
		Usage: "JSON-RPC endpoint of the chain (http:// or ws://)",
	}
	deploymentFlag = &cli.StringFlag{
		Name: "deployment", EnvVars: envVar("deployment"),
		Usage: "deployment file naming the contracts (default: deployments/<chainId>.json)",
	}
	rpcTimeoutFlag = &cli.DurationFlag{
		Name: "rpc.timeout", Value: ethrpc.DefaultCallTimeout, EnvVars: envVar("rpc.timeout"),
		Usage: "longest wait for one JSON-RPC call; a node that does not answer in time is retried (keepers) or reported (commands)",
	}
	privateKeyFlag = &cli.StringFlag{
		Name: "private-key", EnvVars: envVar("private-key"),
		Usage: "hex private key of the account that sends, for the devnet (one of the keys `pond devnet` prints): other users of the machine can read it; elsewhere use --keystore or --key-file",
	}
	keystoreFlag = &cli.StringFlag{
		Name: "keystore", EnvVars: envVar("keystore"),
		Usage: "encrypted key file (go-ethereum keystore, as `pond account new` writes), or a keystore directory; unlocked with --password-file",
	}
	keystoreAccountFlag = &cli.StringFlag{
		Name: "keystore.account", EnvVars: envVar("keystore.account"),
		Usage: "address of the key to use when the --keystore directory holds several",
	}
	passwordFileFlag = &cli.StringFlag{
		Name: "password-file", EnvVars: envVar("password-file"),
		Usage: "file whose first line is the --keystore password (mode 600)",
	}
	keyFileFlag = &cli.StringFlag{
		Name: "key-file", EnvVars: envVar("key-file"),
		Usage: "file whose first line is the hex private key of the account that sends (mode 600)",
	}
	storageLocalDirFlag = &cli.StringFlag{
		Name: "storage.local-dir", Value: ".pond/store", EnvVars: envVar("storage.local-dir"),
		Usage: "embedded content store directory for results and file inputs",
	}
	storageKuboAPIFlag = &cli.StringFlag{
		Name: "storage.kubo-api", EnvVars: envVar("storage.kubo-api"),
		Usage: "Kubo RPC API (http://127.0.0.1:5001 or /ip4/127.0.0.1/tcp/5001); used instead of the local store",
	}
)

// chainFlags locate the chain and the deployment; accountFlags add the sending key; storageFlags
// select the content store.
var (
	chainFlags   = []cli.Flag{rpcURLFlag, rpcTimeoutFlag, deploymentFlag}
	accountFlags = []cli.Flag{keystoreFlag, keystoreAccountFlag, passwordFileFlag, keyFileFlag, privateKeyFlag}
	storageFlags = []cli.Flag{storageLocalDirFlag, storageKuboAPIFlag}
)

// ErrNoPrivateKey is returned when a command must send and no key is configured.
var ErrNoPrivateKey = errors.New("no account to send from")

// chainSession is a connection to a chain with a deployment loaded. Every call on Client has
// the --rpc.timeout.
type chainSession struct {
	Client         *ethrpc.Client
	RPC            ethrpc.Config
	ChainID        uint64
	Deployment     chain.Deployment
	DeploymentPath string
	RPCURL         string
	// Tokens reads and writes amounts in each token's units (decimals and symbol read once).
	Tokens *client.Tokens
}

func (s *chainSession) Close() { s.Client.Close() }

// Dialer connects log followers to the same endpoint, with the same timeout and metrics.
func (s *chainSession) Dialer() follow.Dialer { return follow.DialURL(s.RPCURL, s.RPC) }

// openChain dials --rpc-url and loads --deployment (deployments/<chainId>.json by default),
// checking that the market is deployed there.
func openChain(c *cli.Context) (*chainSession, error) { return openChainRecorded(c, nil) }

// openChainRecorded is openChain with every RPC call recorded in m (nil records nothing).
func openChainRecorded(c *cli.Context, m ethrpc.Metrics) (*chainSession, error) {
	url := c.String(rpcURLFlag.Name)
	rpcCfg := ethrpc.Config{CallTimeout: c.Duration(rpcTimeoutFlag.Name), Metrics: m}
	if rpcCfg.CallTimeout <= 0 {
		return nil, fmt.Errorf("invalid --%s %s: want a positive duration", rpcTimeoutFlag.Name, rpcCfg.CallTimeout)
	}
	ctx := c.Context
	ec, err := ethrpc.Dial(ctx, url, rpcCfg)
	if err != nil {
		return nil, fmt.Errorf("--%s %s: %w", rpcURLFlag.Name, url, err)
	}
	id, err := ec.ChainID(ctx)
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("--%s %s: cannot reach the chain (is `pond devnet` running?): %w", rpcURLFlag.Name, url, err)
	}
	s := &chainSession{Client: ec, RPC: rpcCfg, ChainID: id.Uint64(), RPCURL: url, Tokens: client.NewTokens(ec)}
	s.DeploymentPath = c.String(deploymentFlag.Name)
	if s.DeploymentPath == "" {
		s.DeploymentPath = chain.DeploymentPath(".", s.ChainID)
	}
	if s.Deployment, err = chain.LoadDeployment(s.DeploymentPath); err != nil {
		ec.Close()
		return nil, fmt.Errorf("--%s: %w (start `pond devnet`, or name the file of chain %d)", deploymentFlag.Name, err, s.ChainID)
	}
	if s.Deployment.ChainID != 0 && s.Deployment.ChainID != s.ChainID {
		ec.Close()
		return nil, fmt.Errorf("--%s %s is for chain %d, but --%s %s is chain %d",
			deploymentFlag.Name, s.DeploymentPath, s.Deployment.ChainID, rpcURLFlag.Name, url, s.ChainID)
	}
	code, err := ec.CodeAt(ctx, s.Deployment.Market, nil)
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("--%s %s: read the market's code: %w", rpcURLFlag.Name, url, err)
	}
	if len(code) == 0 {
		ec.Close()
		return nil, fmt.Errorf("--%s %s names market %s, but chain %d has no contract there (a deployment file from an earlier chain?)",
			deploymentFlag.Name, s.DeploymentPath, s.Deployment.Market.Hex(), s.ChainID)
	}
	return s, nil
}

// keySource is where the flags say the sending key is.
func keySource(c *cli.Context) keys.Source {
	return keys.Source{
		Hex: strings.TrimSpace(c.String(privateKeyFlag.Name)), File: c.String(keyFileFlag.Name),
		Keystore: c.String(keystoreFlag.Name), Account: c.String(keystoreAccountFlag.Name), PasswordFile: c.String(passwordFileFlag.Name),
	}
}

// loadPrivateKey loads the sending key from --keystore (with --password-file), --key-file or
// --private-key, and warns when the key sits on the command line.
func loadPrivateKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	src := keySource(c)
	key, err := src.Load()
	switch {
	case errors.Is(err, keys.ErrNoKey):
		return nil, fmt.Errorf("%w: set --%s with --%s (`pond account new` makes one), --%s, or on the devnet --%s or %s (one of the keys `pond devnet` prints)",
			ErrNoPrivateKey, keystoreFlag.Name, passwordFileFlag.Name, keyFileFlag.Name, privateKeyFlag.Name, envVar(privateKeyFlag.Name)[0])
	case errors.Is(err, keys.ErrSeveralKeys):
		return nil, fmt.Errorf("%w: give one of --%s, --%s and --%s", err, keystoreFlag.Name, keyFileFlag.Name, privateKeyFlag.Name)
	case errors.Is(err, keys.ErrNoPassword):
		return nil, fmt.Errorf("--%s: %w (--%s)", keystoreFlag.Name, err, passwordFileFlag.Name)
	case err != nil && src.Hex != "":
		return nil, fmt.Errorf("invalid --%s: %w", privateKeyFlag.Name, err) // never echo the value: it is a secret
	case err != nil && src.File != "":
		return nil, fmt.Errorf("--%s: %w", keyFileFlag.Name, err)
	case err != nil:
		return nil, fmt.Errorf("--%s: %w", keystoreFlag.Name, err)
	}
	if src.Insecure() {
		logger(c).Warn("the key given with --private-key (or POND_PRIVATE_KEY) can be read by other users of this machine "+
			"(process list, environment); fine for devnet keys, not for money: use --keystore with --password-file, or --key-file",
			zap.Stringer("account", crypto.PubkeyToAddress(key.PublicKey)))
	}
	return key, nil
}

// newSender builds the transaction manager of key on the session's chain.
func newSender(c *cli.Context, s *chainSession, key *ecdsa.PrivateKey) (*txmgr.Manager, error) {
	return txmgr.New(c.Context, s.Client, txmgr.Config{
		Key: key, PollInterval: 200 * time.Millisecond, Errors: chain.Errors(), Logger: logger(c),
	})
}

// openStore opens the content store the flags select: Kubo when --storage.kubo-api is set, else
// the local store directory.
func openStore(c *cli.Context) (storage.Store, error) {
	if api := strings.TrimSpace(c.String(storageKuboAPIFlag.Name)); api != "" {
		addr := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(api, "http://"), "https://"), "/")
		if addr == "" {
			return nil, fmt.Errorf("invalid --%s %q", storageKuboAPIFlag.Name, api)
		}
		return storage.NewKuboStore(addr), nil
	}
	dir := c.String(storageLocalDirFlag.Name)
	if dir == "" {
		return nil, fmt.Errorf("--%s: empty; name a directory or set --%s", storageLocalDirFlag.Name, storageKuboAPIFlag.Name)
	}
	st, err := storage.NewLocalStore(dir)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", storageLocalDirFlag.Name, err)
	}
	return st, nil
}

// fileExists is used to refuse overwriting outputs.
func fileExists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
