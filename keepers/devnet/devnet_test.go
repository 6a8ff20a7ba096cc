package devnet_test

import (
	"context"
	"math/big"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/testenv"
)

func cast(t *testing.T, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("cast %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// startDevnet starts a devnet of cfg, stopped when the test ends.
func startDevnet(ctx context.Context, t *testing.T, cfg devnet.Config) *devnet.Devnet {
	t.Helper()
	d, err := devnet.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Stop() })
	return d
}

func TestCastTalksToDevnet(t *testing.T) {
	bin := testenv.Foundry(t, "cast")
	ctx := context.Background()
	d := startDevnet(ctx, t, devnet.Config{})

	if got := cast(t, bin, "chain-id", "--rpc-url", d.HTTPURL); got != "31337" {
		t.Fatalf("cast chain-id = %q, want 31337", got)
	}
	if got := cast(t, bin, "block-number", "--rpc-url", d.HTTPURL); got != "1" {
		t.Fatalf("cast block-number on a fresh devnet = %q, want 1 (the devnet seals an empty first block)", got)
	}
	alice, bob := d.Accounts[0], d.Accounts[1]
	if alice.Address != common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Fatalf("first dev account is %s, want anvil's first account", alice.Address)
	}
	if got := cast(t, bin, "balance", "--rpc-url", d.HTTPURL, bob.Address.Hex()); got != "10000000000000000000000" {
		t.Fatalf("cast balance = %q, want 10000 ether", got)
	}

	// A transaction sent by cast is mined without anyone calling Commit (automine).
	cast(t, bin, "send", "--rpc-url", d.HTTPURL, "--private-key", alice.KeyHex(), "--value", "1ether", bob.Address.Hex())
	if got := cast(t, bin, "balance", "--rpc-url", d.WSURL, bob.Address.Hex()); got != "10001000000000000000000" {
		t.Fatalf("cast balance over WebSocket after a 1 ether transfer = %q, want 10001 ether", got)
	}
	if got := cast(t, bin, "block-number", "--rpc-url", d.WSURL); got != "2" {
		t.Fatalf("cast block-number after one transaction = %q, want 2", got)
	}
}

func TestAutomineAndTimeTravel(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d := startDevnet(ctx, t, devnet.Config{Accounts: 2, ChainID: 1337})
	client := d.Client()
	if id, err := client.ChainID(ctx); err != nil || id.Uint64() != 1337 {
		t.Fatalf("chain id = %v, %v; want 1337", id, err)
	}

	// Several transactions from one sender all get mined, in nonce order.
	from, to := d.Accounts[0], d.Accounts[1]
	signer := types.LatestSignerForChainID(d.ChainID)
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var last *types.Transaction
	for nonce := range uint64(5) {
		tx := types.MustSignNewTx(from.Key, signer, &types.DynamicFeeTx{
			ChainID: d.ChainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei),
			GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei)),
			Gas:       21_000, To: &to.Address, Value: big.NewInt(1),
		})
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send nonce %d: %v", nonce, err)
		}
		last = tx
	}
	r := waitReceipt(ctx, t, client, last.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("transfer failed: %+v", r)
	}

	before, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.IncreaseTime(ctx, time.Hour); err != nil {
		t.Fatal(err)
	}
	after, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Number.Uint64() != before.Number.Uint64()+1 || after.Time < before.Time+3600 {
		t.Fatalf("IncreaseTime(1h): block %d at %d after block %d at %d", after.Number, after.Time, before.Number, before.Time)
	}
}

func TestConfigRejectsNonLoopbackHost(t *testing.T) {
	for _, host := range []string{"0.0.0.0", "192.168.1.10", "example.com"} {
		cfg := devnet.Config{Host: host}
		if err := cfg.Check(); err == nil {
			t.Errorf("Check accepted host %q", host)
		}
	}
	for _, host := range []string{"127.0.0.1", "::1", "localhost"} {
		cfg := devnet.Config{Host: host}
		if err := cfg.Check(); err != nil {
			t.Errorf("Check rejected loopback host %q: %v", host, err)
		}
	}
}

type receiptReader interface {
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

func waitReceipt(ctx context.Context, t *testing.T, c receiptReader, h common.Hash) *types.Receipt {
	t.Helper()
	for {
		r, err := c.TransactionReceipt(ctx, h)
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no receipt for %s: %v", h, err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

var _ receiptReader = (*ethclient.Client)(nil)
