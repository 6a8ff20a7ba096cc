package main

import (
	"fmt"
	"math"
	"math/big"

	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/chain"
)

// `pond job deliver` and `pond job quote`: for authors of contracts that call Pond.
var (
	deliverGasLimitFlag = &cli.Uint64Flag{
		Name:  "gas-limit",
		Usage: "gas for the client's callback (at least the job's callback gas limit); 0: the job's",
	}
	quoteCallbackGasFlag = &cli.UintFlag{
		Name:  "callback-gas-limit",
		Usage: "gas the client's receiveJobResults needs (runModule's callbackGasLimit); 0: the market's default",
	}
)

func init() {
	register(&cli.Command{
		Name: "job",
		Subcommands: []*cli.Command{{
			Name: "deliver",
			Usage: "call a contract client back with its job's pending result (or failure notice): retryCallback, " +
				"after a failed callback or one the market deferred while gas was dear",
			ArgsUsage: "<jobId>",
			Flags:     withChain(deliverGasLimitFlag),
			Action:    deliverJob,
		}, {
			Name: "quote",
			Usage: "what a contract must send runModuleWithDefaultMediators for a module (the market's quote), " +
				"priced at the chain's current base fee",
			ArgsUsage: "<module:version>",
			Flags:     withChain(quoteCallbackGasFlag),
			Action:    quoteJob,
		}},
	})
}

func deliverJob(c *cli.Context) error {
	id, err := idArg(c, "jobId")
	if err != nil {
		return err
	}
	cl, s, err := newCLIClient(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	d, err := cl.Deliver(c.Context, id, c.Uint64(deliverGasLimitFlag.Name))
	if err != nil {
		return err
	}
	fee := "no delivery fee (it was paid to the first attempt)"
	if d.Fee != nil {
		fee = "delivery fee " + s.Tokens.Money(chain.Native, d.Fee) + " paid to you"
	}
	if !d.Delivered {
		return fmt.Errorf("job %s: the client %s reverted or ran out of its %d gas (transaction %s, %s): the delivery stays pending; "+
			"a client that needs more gas: pond job deliver %s --%s <more>", id, d.Client.Hex(), d.GasLimit, d.TxHash.Hex(), fee, id, deliverGasLimitFlag.Name)
	}
	fmt.Fprintf(c.App.Writer, "Delivered job %s to its client %s with %d gas for the callback (transaction %s, %d gas used); %s.\n",
		id, d.Client.Hex(), d.GasLimit, d.TxHash.Hex(), d.GasUsed, fee)
	return nil
}

func quoteJob(c *cli.Context) error {
	if c.NArg() != 1 {
		return fmt.Errorf("want exactly one <module:version> argument, got %d", c.NArg())
	}
	limit := c.Uint(quoteCallbackGasFlag.Name)
	if limit > math.MaxUint32 {
		return fmt.Errorf("invalid --%s %d: at most %d", quoteCallbackGasFlag.Name, limit, uint64(math.MaxUint32))
	}
	// A configured key names the account the priced call is made from; none is needed.
	src := keySource(c)
	cl, s, err := newCLIClient(c, src.Hex != "" || src.File != "" || src.Keystore != "")
	if err != nil {
		return err
	}
	defer s.Close()
	q, err := cl.Quote(c.Context, c.Args().First(), uint32(limit))
	if err != nil {
		return err
	}
	w := c.App.Writer
	eth := func(v *big.Int) string { return s.Tokens.Money(chain.Native, v) }
	fmt.Fprintf(w, "%s, called from a contract at block %d (base fee %s wei):\n", q.Module, q.Block, q.BaseFee)
	fmt.Fprintf(w, "  send at least  %s  (msg.value of runModuleWithDefaultMediators)\n", eth(q.Value))
	fmt.Fprintf(w, "    price        %s  (the least; what is sent beyond the rest raises it, and the provider is paid it)\n", eth(q.MinPrice))
	fmt.Fprintf(w, "    solver fee   %s  (the module's)\n", eth(q.SolverFee))
	fmt.Fprintf(w, "    delivery fee %s  ((callback gas limit %d + %d) × delivery gas price %s wei, twice the base fee)\n",
		eth(q.DeliveryFee), q.CallbackGasLimit, chain.DeliveryOverheadGas, q.DeliveryGasPrice)
	fmt.Fprintf(w, "A post in a later block pays its delivery at twice that block's base fee: send a margin (it raises the price), or call quote in the same transaction.\n")
	return nil
}
