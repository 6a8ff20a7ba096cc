// Package ethrpc is the Ethereum JSON-RPC client every keeper and CLI command talks to the chain
// through. It wraps a node connection (go-ethereum's ethclient, or the devnet's in-process
// client) so that every call has its own timeout, a call that hits it says so (ErrCallTimeout),
// and every call's method, latency and error are recorded through Metrics.
//
// A hung node then costs a caller one timeout, never a stuck keeper: the follower redials, the
// transaction manager retries, the CLI reports "no answer within 10s".
package ethrpc

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Node is the node connection the client wraps. *ethclient.Client and the devnet's
// simulated.Client satisfy it.
type Node interface {
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// Metrics records RPC calls. The keepers' Prometheus metrics implement it; NoopMetrics
// discards.
type Metrics interface {
	// RPC records one call: its JSON-RPC method, how long it took and its error (nil on success;
	// "not found" answers such as a receipt not yet mined count as successes).
	RPC(method string, took time.Duration, err error)
}

// NoopMetrics discards everything.
type NoopMetrics struct{}

// RPC implements Metrics.
func (NoopMetrics) RPC(string, time.Duration, error) {}

// DefaultCallTimeout bounds one call when Config.CallTimeout is zero.
const DefaultCallTimeout = 10 * time.Second

// ErrCallTimeout marks a call the node did not answer within the call timeout (the caller's
// own context was still live).
var ErrCallTimeout = errors.New("no answer from the node within the call timeout")

// Config configures a Client.
type Config struct {
	// CallTimeout bounds every call. Default DefaultCallTimeout.
	CallTimeout time.Duration
	Metrics     Metrics
}

// Client is a Node whose every call has a timeout and is recorded.
type Client struct {
	node    Node
	timeout time.Duration
	metrics Metrics
	close   func()
}

var _ Node = (*Client)(nil)

// Wrap wraps node. Close does not close it: its owner does.
func Wrap(node Node, cfg Config) *Client {
	c := &Client{node: node, timeout: cfg.CallTimeout, metrics: cfg.Metrics, close: func() {}}
	if c.timeout <= 0 {
		c.timeout = DefaultCallTimeout
	}
	if c.metrics == nil {
		c.metrics = NoopMetrics{}
	}
	return c
}

// Dial connects to an HTTP or WebSocket endpoint. The dial itself is bounded by the call
// timeout too.
func Dial(ctx context.Context, url string, cfg Config) (*Client, error) {
	c := Wrap(nil, cfg)
	dctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	ec, err := ethclient.DialContext(dctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", url, c.explain(ctx, err))
	}
	c.node, c.close = ec, ec.Close
	return c, nil
}

// Close releases a connection made by Dial.
func (c *Client) Close() { c.close() }

// CallTimeout is the timeout of one call.
func (c *Client) CallTimeout() time.Duration { return c.timeout }

// IsTimeout reports whether err is a call that timed out (ErrCallTimeout).
func IsTimeout(err error) bool { return errors.Is(err, ErrCallTimeout) }

// explain turns the per-call deadline into ErrCallTimeout; the caller's own cancellation is
// returned as it is.
func (c *Client) explain(parent context.Context, err error) error {
	if err == nil || parent.Err() != nil {
		return err
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return fmt.Errorf("%w (%s): %w", ErrCallTimeout, c.timeout, err)
	}
	return err
}

func do[T any](ctx context.Context, c *Client, method string, call func(context.Context) (T, error)) (T, error) {
	cctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	start := time.Now()
	v, err := call(cctx)
	err = c.explain(ctx, err)
	recorded := err
	if errors.Is(err, ethereum.NotFound) {
		recorded = nil
	}
	c.metrics.RPC(method, time.Since(start), recorded)
	return v, err
}

func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	return do(ctx, c, "eth_chainId", c.node.ChainID)
}

func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	return do(ctx, c, "eth_blockNumber", c.node.BlockNumber)
}

func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return do(ctx, c, "eth_getBlockByNumber", func(ctx context.Context) (*types.Header, error) {
		return c.node.HeaderByNumber(ctx, number)
	})
}

func (c *Client) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return do(ctx, c, "eth_maxPriorityFeePerGas", c.node.SuggestGasTipCap)
}

func (c *Client) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return do(ctx, c, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) {
		return c.node.PendingNonceAt(ctx, account)
	})
}

func (c *Client) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	return do(ctx, c, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) {
		return c.node.NonceAt(ctx, account, blockNumber)
	})
}

func (c *Client) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error) {
	return do(ctx, c, "eth_getBalance", func(ctx context.Context) (*big.Int, error) {
		return c.node.BalanceAt(ctx, account, blockNumber)
	})
}

func (c *Client) CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error) {
	return do(ctx, c, "eth_getCode", func(ctx context.Context) ([]byte, error) {
		return c.node.CodeAt(ctx, account, blockNumber)
	})
}

func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	return do(ctx, c, "eth_estimateGas", func(ctx context.Context) (uint64, error) {
		return c.node.EstimateGas(ctx, msg)
	})
}

func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	return do(ctx, c, "eth_call", func(ctx context.Context) ([]byte, error) {
		return c.node.CallContract(ctx, msg, blockNumber)
	})
}

// SendTransaction publishes tx. A timeout here is ambiguous (the node may have the
// transaction): callers keep the transaction and look for it, as txmgr does.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	_, err := do(ctx, c, "eth_sendRawTransaction", func(ctx context.Context) (struct{}, error) {
		return struct{}{}, c.node.SendTransaction(ctx, tx)
	})
	return err
}

func (c *Client) TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	return do(ctx, c, "eth_getTransactionReceipt", func(ctx context.Context) (*types.Receipt, error) {
		return c.node.TransactionReceipt(ctx, txHash)
	})
}

func (c *Client) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	type pair struct {
		tx      *types.Transaction
		pending bool
	}
	p, err := do(ctx, c, "eth_getTransactionByHash", func(ctx context.Context) (pair, error) {
		tx, pending, err := c.node.TransactionByHash(ctx, hash)
		return pair{tx, pending}, err
	})
	return p.tx, p.pending, err
}

func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return do(ctx, c, "eth_getLogs", func(ctx context.Context) ([]types.Log, error) {
		return FilterLogs(ctx, c.node, q)
	})
}

// SubscribeNewHead subscribes to new heads (WebSocket connections only). The timeout covers
// the subscription request, not the subscription's life.
func (c *Client) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	return do(ctx, c, "eth_subscribe", func(ctx context.Context) (ethereum.Subscription, error) {
		return c.node.SubscribeNewHead(ctx, ch)
	})
}
