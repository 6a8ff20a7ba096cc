package devnet_test

import (
	"context"
	"math/big"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/ethrpc"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// laggingNode serves a receipt as soon as the node has it while its "latest" stays at the block
// before the receipt's until that stale head has been read once: geth's window between indexing
// a sealed block's receipts and moving its head there (seen here: TestJobWhy's bootstrap failed
// with "set default committee 1: CommitteeNotFound(1)", simulated at a head without the
// committee created just before). Reads and simulations at latest run at that block too.
type laggingNode struct {
	txmgr.Backend
	mu     sync.Mutex
	latest *big.Int // nil: the node's own head
	seen   *big.Int // the highest receipt's block served
}

func (n *laggingNode) at() *big.Int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.latest
}

func (n *laggingNode) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	r, err := n.Backend.TransactionReceipt(ctx, hash)
	if err == nil {
		n.mu.Lock()
		if n.seen == nil || r.BlockNumber.Cmp(n.seen) > 0 {
			n.seen = r.BlockNumber
			n.latest = new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
		}
		n.mu.Unlock()
	}
	return r, err
}

func (n *laggingNode) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if number == nil {
		n.mu.Lock()
		number, n.latest = n.latest, nil // read behind once, then caught up
		n.mu.Unlock()
	}
	return n.Backend.HeaderByNumber(ctx, number)
}

func (n *laggingNode) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if block == nil {
		block = n.at()
	}
	return n.Backend.CallContract(ctx, msg, block)
}

func (n *laggingNode) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if at := n.at(); at != nil {
		// The estimate at latest runs at the stale head: a revert there is the node's answer.
		if _, err := n.Backend.CallContract(ctx, msg, at); err != nil {
			return 0, err
		}
	}
	return n.Backend.EstimateGas(ctx, msg)
}

// bootstrapWithThreeMediators bootstraps the devnet's contracts through node, deployed by the
// first account with the next three as the default committee's mediators, each sending through
// a transaction manager of its own.
func bootstrapWithThreeMediators(ctx context.Context, t *testing.T, net *devnet.Devnet, node txmgr.Backend) chain.Deployment {
	t.Helper()
	senders := make([]chain.Sender, len(net.Accounts))
	for i, a := range net.Accounts {
		m, err := txmgr.New(ctx, node, txmgr.Config{Key: a.Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
		if err != nil {
			t.Fatal(err)
		}
		senders[i] = m
	}
	d, err := devnet.Bootstrap(ctx, senders[0], node, devnet.BootstrapConfig{Mediators: senders[1:4]})
	if err != nil {
		t.Fatalf("bootstrap: %v", err)
	}
	return d
}

// Bootstrap sends each step after the previous one's receipt, simulating it at latest; over a
// node whose head trails its receipts it still deploys, forms and sets the default committee
// and publishes the modules, because a receipt counts only once the head has reached its block.
func TestBootstrap_overANodeWhoseHeadTrailsItsReceipts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net := startDevnet(ctx, t, devnet.Config{Accounts: 4})
	node := &laggingNode{Backend: net.Client()}
	d := bootstrapWithThreeMediators(ctx, t, net, node)
	id, size, err := chain.NewMarket(d.Market).DefaultCommittee(ctx, net.Client())
	if err != nil || id == 0 || size != 3 {
		t.Fatalf("default committee %d of %d members, %v; want a committee of the 3 mediators", id, size, err)
	}
}

// The devnet's in-process client gives its JSON-RPC client (as *ethclient.Client does), so
// eth_getLogs through it is decoded by ethrpc's one pass: the same logs as the client's own
// FilterLogs gives.
func TestClientLogsAreDecodedInOnePassAndAreTheSame(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net := startDevnet(ctx, t, devnet.Config{Accounts: 4})
	client := net.Client()
	if _, ok := client.(interface{ Client() *rpc.Client }); !ok {
		t.Fatalf("the devnet's client %T gives no JSON-RPC client", client)
	}
	d := bootstrapWithThreeMediators(ctx, t, net, client)
	head, err := client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	q := ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head),
		Addresses: []common.Address{d.Market, d.ModuleRegistry, d.MediatorRegistry}}
	want, err := client.FilterLogs(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ethrpc.FilterLogs(ctx, client, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 10 || !reflect.DeepEqual(got, want) {
		t.Fatalf("ethrpc.FilterLogs gave %d logs, the client %d (equal: %v)", len(got), len(want), reflect.DeepEqual(got, want))
	}
}
