// Package devnet runs an embedded EVM chain in-process on go-ethereum's simulated backend, with
// JSON-RPC over HTTP and WebSocket on a loopback address and funded deterministic dev accounts.
//
// The simulated backend only seals a block when asked, so the devnet mines for itself: as soon as
// transactions reach the pending pool (automine, like anvil) and, optionally, on a fixed block time.
package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"reflect"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"go.uber.org/zap"
)

// DefaultChainID matches anvil's, so tooling and deployment files agree between the two chains.
const DefaultChainID = 31337

// Sentinel configuration errors returned by Config.Check.
var (
	ErrNonLoopbackHost = errors.New("devnet: RPC host must be a loopback address")
	ErrTooManyAccounts = fmt.Errorf("devnet: at most %d dev accounts", len(devKeys))
	ErrBadPort         = errors.New("devnet: port must be between 0 and 65535")
)

// Config describes a devnet. The zero value is valid: chain id 31337, ten accounts with 10,000
// ether each, RPC on a free 127.0.0.1 port, automine.
type Config struct {
	ChainID uint64 // default DefaultChainID
	// Host and Port of the JSON-RPC server (HTTP and WebSocket share it). Host must be loopback;
	// Port 0 picks a free port.
	Host string
	Port int
	// Accounts is the number of funded dev accounts; 0 means all ten.
	Accounts int
	// Balance of each dev account in wei; nil means 10,000 ether.
	Balance *big.Int
	// Alloc adds genesis accounts (code, storage, balance) next to the dev accounts.
	Alloc types.GenesisAlloc
	// BlockTime, when non-zero, also seals a block at this interval, even an empty one.
	BlockTime time.Duration
	// ManualMining disables automine and BlockTime: blocks appear only through Mine and Do.
	ManualMining bool
	Logger       *zap.Logger
}

// Check validates the configuration.
func (c *Config) Check() error {
	if c.Host != "" && !isLoopback(c.Host) {
		return fmt.Errorf("%w: %q", ErrNonLoopbackHost, c.Host)
	}
	if c.Accounts > len(devKeys) || c.Accounts < 0 {
		return ErrTooManyAccounts
	}
	if c.Port < 0 || c.Port > 65535 {
		return ErrBadPort
	}
	return nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Devnet is a running embedded chain.
type Devnet struct {
	ChainID  *big.Int
	Accounts []Account
	HTTPURL  string
	WSURL    string

	sim    *simulated.Backend
	rpc    *rpc.Client
	log    *zap.Logger
	reqs   chan mineRequest
	quit   chan struct{}
	done   chan struct{}
	stopMu sync.Once
}

type mineRequest struct {
	fn    func(*simulated.Backend) error
	reply chan error
}

// Start launches the chain and its miner. Stop releases it.
func Start(ctx context.Context, cfg Config) (*Devnet, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = len(devKeys)
	}
	if cfg.Balance == nil {
		cfg.Balance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	accounts, err := DevAccounts(cfg.Accounts)
	if err != nil {
		return nil, err
	}
	alloc := types.GenesisAlloc{}
	for addr, acc := range cfg.Alloc {
		alloc[addr] = acc
	}
	for _, a := range accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}

	var sim *simulated.Backend
	var port int
	// With Port 0 a free port is probed first; another process may take it before the node
	// binds, so a few attempts are made.
	for attempt := 0; ; attempt++ {
		port = cfg.Port
		if port == 0 {
			if port, err = freePort(cfg.Host); err != nil {
				return nil, err
			}
		}
		sim, err = newBackend(alloc, cfg, port)
		if err == nil {
			break
		}
		if cfg.Port != 0 || attempt == 4 || ctx.Err() != nil {
			return nil, fmt.Errorf("start devnet: %w", err)
		}
	}

	hp := net.JoinHostPort(cfg.Host, strconv.Itoa(port))
	// The simulated backend's own client hides its RPC client, which the miner needs for the
	// txpool namespace and pending-transaction notifications, so it dials the WebSocket endpoint.
	rc, err := rpc.DialContext(ctx, "ws://"+hp)
	if err != nil {
		sim.Close()
		return nil, fmt.Errorf("start devnet: dial own RPC endpoint: %w", err)
	}
	d := &Devnet{
		ChainID:  new(big.Int).SetUint64(cfg.ChainID),
		Accounts: accounts,
		sim:      sim,
		rpc:      rc,
		HTTPURL:  "http://" + hp,
		WSURL:    "ws://" + hp,
		log:      cfg.Logger,
		reqs:     make(chan mineRequest),
		quit:     make(chan struct{}),
		done:     make(chan struct{}),
	}
	pending := make(chan common.Hash, 1024)
	var sub *rpc.ClientSubscription
	if !cfg.ManualMining {
		sub, err = d.rpc.EthSubscribe(ctx, pending, "newPendingTransactions")
		if err != nil {
			rc.Close()
			sim.Close()
			return nil, fmt.Errorf("start devnet: subscribe to pending transactions: %w", err)
		}
	}
	// geth's transaction indexer first runs on a new head, and until it has run every receipt
	// lookup fails; sealing an empty block 1 at start gets it going.
	sim.Commit()
	d.settle()
	go d.mineLoop(cfg, pending, sub)
	d.log.Info("devnet started", zap.Uint64("chainId", cfg.ChainID), zap.String("http", d.HTTPURL), zap.String("ws", d.WSURL))
	return d, nil
}

func newBackend(alloc types.GenesisAlloc, cfg Config, port int) (sim *simulated.Backend, err error) {
	// simulated.NewBackend panics when the node fails to start (for example, a port in use).
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("simulated backend: %v", r)
		}
	}()
	sim = simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		chainCfg := *ec.Genesis.Config
		chainCfg.ChainID = new(big.Int).SetUint64(cfg.ChainID)
		// The simulated backend enables every fork geth knows, including the unscheduled Bogota
		// (Amsterdam's state-gas repricing, EIPs 8037/8038), under which a storage write costs
		// several times what it does on live chains: a contract client's receiveJobResults that
		// stores a CID runs out of the market's 200,000-gas stipend. Stop at Osaka, like anvil.
		chainCfg.BogotaTime, chainCfg.AmsterdamTime = nil, nil
		ec.Genesis.Config = &chainCfg
		ec.NetworkId = cfg.ChainID
		// Like anvil, accept any non-zero tip: clients such as cast suggest 1 wei on a quiet chain.
		ec.Miner.GasPrice = big.NewInt(1)
		modules := []string{"eth", "net", "web3", "txpool"}
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = cfg.Host, port, modules
		nc.HTTPVirtualHosts = []string{"localhost"}
		nc.WSHost, nc.WSPort, nc.WSModules = cfg.Host, port, modules
	})
	return sim, nil
}

func freePort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, fmt.Errorf("find a free port on %s: %w", host, err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// mineLoop is the only goroutine that touches the simulated beacon, so sealing, forking and time
// travel never race each other.
func (d *Devnet) mineLoop(cfg Config, pending <-chan common.Hash, sub *rpc.ClientSubscription) {
	defer close(d.done)
	var subErr <-chan error
	if sub != nil {
		defer sub.Unsubscribe()
		subErr = sub.Err()
	}
	var tick <-chan time.Time
	// The poll is a safety net for a lost pending-transaction notification.
	if !cfg.ManualMining {
		poll := time.NewTicker(250 * time.Millisecond)
		defer poll.Stop()
		tick = poll.C
	}
	var blockTick <-chan time.Time
	if cfg.BlockTime > 0 && !cfg.ManualMining {
		bt := time.NewTicker(cfg.BlockTime)
		defer bt.Stop()
		blockTick = bt.C
	}
	for {
		select {
		case <-d.quit:
			return
		case req := <-d.reqs:
			err := req.fn(d.sim)
			d.settle()
			req.reply <- err
		case <-pending:
			drain(pending)
			d.minePending()
		case <-tick:
			d.minePending()
		case <-blockTick:
			d.sim.Commit()
			d.settle()
		case err := <-subErr:
			d.log.Warn("devnet: pending transaction subscription ended; falling back to polling", zap.Error(err))
			subErr = nil
		}
	}
}

func drain(ch <-chan common.Hash) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}

// minePending seals blocks while executable transactions wait in the pool. The pool's status
// lags a sealed block for a moment, so it stops at the first block that included nothing
// (which also covers transactions the miner refuses, such as a tip below its minimum).
func (d *Devnet) minePending() {
	for {
		n, err := d.pendingCount()
		if err != nil {
			d.log.Warn("devnet: read txpool status", zap.Error(err))
			return
		}
		if n == 0 {
			return
		}
		hash := d.sim.Commit()
		d.settle()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		included, err := d.sim.Client().TransactionCount(ctx, hash)
		cancel()
		if err != nil || included == 0 {
			d.log.Debug("devnet: sealed a block without the pending transactions", zap.Uint64("pending", n), zap.Error(err))
			return
		}
	}
}

// settle waits until the node has indexed the transactions of its head block. Until then geth
// answers eth_getTransactionReceipt for any unknown hash with "transaction indexing is in
// progress", an error clients such as cast do not retry.
func (d *Devnet) settle() {
	deadline := time.Now().Add(5 * time.Second)
	for {
		var syncing any
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := d.rpc.CallContext(ctx, &syncing, "eth_syncing")
		cancel()
		if err != nil {
			d.log.Warn("devnet: read eth_syncing", zap.Error(err))
			return
		}
		if done, ok := syncing.(bool); ok && !done {
			return
		}
		if time.Now().After(deadline) {
			d.log.Warn("devnet: transaction index still behind the head", zap.Any("progress", syncing))
			return
		}
		time.Sleep(time.Millisecond)
	}
}

func (d *Devnet) pendingCount() (uint64, error) {
	var status map[string]hexutil.Uint64
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := d.rpc.CallContext(ctx, &status, "txpool_status"); err != nil {
		return 0, err
	}
	return uint64(status["pending"]), nil
}

// Client returns an in-process client of the chain. Like *ethclient.Client, it gives its
// JSON-RPC client with a Client method (ethrpc.FilterLogs decodes eth_getLogs through it),
// which the simulated backend's own client hides: its *ethclient.Client is an embedded field
// of that name, which shadows the method.
func (d *Devnet) Client() simulated.Client {
	c := d.sim.Client()
	v := reflect.ValueOf(c)
	if v.Kind() != reflect.Struct {
		return c
	}
	if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
		if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
			return inProcClient{backendClient: c, rpc: ec.Client()}
		}
	}
	return c
}

// inProcClient is the simulated backend's client with its JSON-RPC client.
type inProcClient struct {
	backendClient
	rpc *rpc.Client
}

// backendClient names the embedded client so that its field is not called Client.
type backendClient = simulated.Client

// Client is the in-process JSON-RPC client.
func (c inProcClient) Client() *rpc.Client { return c.rpc }

// RPC returns a JSON-RPC client connected to the devnet.
func (d *Devnet) RPC() *rpc.Client { return d.rpc }

// Do runs fn on the miner goroutine with exclusive use of the simulated backend: use it to
// fork, roll back or adjust time without racing automine.
func (d *Devnet) Do(ctx context.Context, fn func(*simulated.Backend) error) error {
	req := mineRequest{fn: fn, reply: make(chan error, 1)}
	select {
	case d.reqs <- req:
	case <-d.done:
		return errors.New("devnet stopped")
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-req.reply:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Mine seals one block (with whatever is pending) and returns its hash.
func (d *Devnet) Mine(ctx context.Context) (common.Hash, error) {
	var h common.Hash
	err := d.Do(ctx, func(b *simulated.Backend) error {
		h = b.Commit()
		return nil
	})
	return h, err
}

// IncreaseTime seals any pending transactions, then a block whose timestamp is dt after its
// parent's, so contract deadlines can be passed without waiting.
func (d *Devnet) IncreaseTime(ctx context.Context, dt time.Duration) error {
	return d.Do(ctx, func(b *simulated.Backend) error {
		if n, err := d.pendingCount(); err == nil && n > 0 {
			b.Commit()
		}
		if err := b.AdjustTime(dt); err != nil {
			return fmt.Errorf("increase time by %s: %w", dt, err)
		}
		return nil
	})
}

// Stop shuts the chain down. It is safe to call more than once.
func (d *Devnet) Stop() error {
	var err error
	d.stopMu.Do(func() {
		close(d.quit)
		<-d.done
		d.rpc.Close()
		err = d.sim.Close()
		d.log.Info("devnet stopped")
	})
	return err
}
