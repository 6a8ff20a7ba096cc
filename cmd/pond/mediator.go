package main

import (
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/mediator"
)

func init() { register(mediatorCommand()) }

var (
	mediatorBondFlag = &cli.StringFlag{
		Name: "mediator.bond", EnvVars: envVar("mediator.bond"),
		Usage: "bond to register with when not registered, in ether (default: the registry's minimum)",
	}
	mediatorConcurrencyFlag = &cli.IntFlag{
		Name: "mediator.concurrency", Value: 2, EnvVars: envVar("mediator.concurrency"),
		Usage: "challenged deals re-run at once",
	}
)

func mediatorCommand() *cli.Command {
	return &cli.Command{
		Name:  "mediator",
		Usage: "re-run challenged deals of the committees this account sits on, and vote (commit, then reveal)",
		Description: "Registers with a bond if needed. For every challenged deal whose committee includes this\n" +
			"account it re-runs the module, compares the outputs' CID with the provider's, commits its vote,\n" +
			"reveals it once the commit phase is over and closes the mediation after the reveal deadline.\n" +
			"The vote's salt derives from the key, so a restart between commit and reveal still reveals.\n" +
			"Its fees are credited to its earnings in the mediator registry, not to its Pond balance: see\n" +
			"them with `pond mediator earnings`, pay them out with `pond mediator withdraw-earnings`.\n" +
			"Resolving a contract client's challenged job delivers its result and pays the client's delivery\n" +
			"fee into the Pond balance (logged; `pond mediator earnings` shows it, `pond withdraw` pays it out).",
		Flags:  keeperFlags(append(runFlags, mediatorBondFlag, mediatorConcurrencyFlag)...),
		Action: runMediator,
		Subcommands: []*cli.Command{{
			Name:  "earnings",
			Usage: "show the fees this account earned as a mediator and has not withdrawn (the mediator registry keeps them), and its free Pond balance (delivery fees)",
			Flags: withChain(tokenFlag, balanceAccountFlag),
			Action: func(c *cli.Context) error {
				return showEarnings(c)
			},
		}, {
			Name:  "withdraw-earnings",
			Usage: "send this account's mediator earnings in one token to your wallet (or --to)",
			Description: "Every fee a mediator is paid for judging a challenged deal is credited to its earnings in the\n" +
				"mediator registry (the money waits on the registry's balance in the market). This pays all of\n" +
				"them in --token out to --to, even after the mediator left the registry.",
			Flags: withChain(tokenFlag, withdrawToFlag),
			Action: func(c *cli.Context) error {
				return withdrawEarnings(c)
			},
		}, {
			Name:  "leave",
			Usage: "leave the mediator registry: ask to leave, then (run again) take the bond back",
			Description: "The first run asks to leave (requestExit): the account's committees take no new deal from then\n" +
				"on, and it still judges the deals they have (keep `pond mediator` running). Run again, it says\n" +
				"what it waits for (the exit delay, mediations that hold the account or wait for it in a\n" +
				"committee's queue) and sends nothing, or, once nothing is left to wait for, takes the bond back\n" +
				"to the account (completeExit). Earnings stay withdrawable after.",
			Flags:  withChain(),
			Action: leaveMediation,
		}},
	}
}

// showEarnings prints the account's registration, bond, and its earnings and free market
// balance in each token (all tokens of the deployment, or --token).
func showEarnings(c *cli.Context) error {
	cl, s, tokens, err := openAccountView(c)
	if err != nil {
		return err
	}
	defer s.Close()
	info, err := cl.Mediator(c.Context, tokens...)
	if err != nil {
		return err
	}
	state := "not registered"
	switch {
	case info.Exiting:
		state = "leaving, bond " + s.Tokens.Money(chain.Native, info.Bond)
	case info.Registered:
		state = "registered, bond " + s.Tokens.Money(chain.Native, info.Bond)
	}
	fmt.Fprintf(c.App.Writer, "mediator %s (%s)\n", info.Account.Hex(), state)
	for _, e := range info.Earnings {
		fmt.Fprintf(c.App.Writer, "earned   %s (not withdrawn)\n", s.Tokens.Money(e.Token, e.Amount))
		// Not earnings: the delivery fees of contract clients' jobs it resolved (and anything
		// else it holds in the market) wait in its free balance, which pond withdraw pays out.
		b, err := cl.Balance(c.Context, e.Token)
		if err != nil {
			return err
		}
		fmt.Fprintln(c.App.Writer, pondBalanceLine(s, b, true))
	}
	return nil
}

// withdrawEarnings pays the account's earnings in --token to --to.
func withdrawEarnings(c *cli.Context) error {
	if c.NArg() != 0 {
		return fmt.Errorf("pond mediator withdraw-earnings takes no argument (it withdraws all you earned in --%s), got %q", tokenFlag.Name, c.Args().First())
	}
	to, err := addressFlag(c, withdrawToFlag.Name)
	if err != nil {
		return err
	}
	cl, s, err := newCLIClient(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	token, err := tokenArg(c, s)
	if err != nil {
		return err
	}
	amount, to, err := cl.WithdrawEarnings(c.Context, token, to)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "Withdrew %s of mediator earnings to %s.\n", s.Tokens.Money(token, amount), to.Hex())
	return nil
}

func runMediator(c *cli.Context) error {
	if err := noKeeperArgs(c); err != nil {
		return err
	}
	key, err := loadPrivateKey(c)
	if err != nil {
		return err
	}
	maxFetch, err := moduleMaxFetchBytes(c)
	if err != nil {
		return err
	}
	env, closeEnv, err := openKeeper(c, "mediator", key)
	if err != nil {
		return err
	}
	defer closeEnv()
	cfg := mediator.Config{
		Base:       env.Base,
		ModuleDirs: keeperModuleDirs(c), MaxModuleFetchBytes: maxFetch, WorkDir: env.WorkDir,
		MaxConcurrent: c.Int(mediatorConcurrencyFlag.Name),
	}
	if v := c.String(mediatorBondFlag.Name); v != "" {
		if cfg.Bond, err = parseEther(mediatorBondFlag.Name, v); err != nil {
			return err
		}
	}
	if cfg.Store, err = openStore(c); err != nil {
		return err
	}
	executors, closeExecutors, err := keeperExecutors(c)
	if err != nil {
		return err
	}
	defer closeExecutors()
	cfg.Executors = executors
	if env.Metrics != nil {
		cfg.Metrics = env.Metrics
	}
	if err := cfg.Check(); err != nil {
		return errFlag(err, map[error]string{mediator.ErrNoKey: privateKeyFlag.Name, mediator.ErrNoWorkDir: keeperWorkDirFlag.Name})
	}
	md, err := mediator.New(c.Context, cfg)
	if err != nil {
		return err
	}
	return env.run(c, "mediator", md)
}

// leaveMediation takes the account out of the mediator registry a step at a time.
func leaveMediation(c *cli.Context) error {
	if c.NArg() != 0 {
		return fmt.Errorf("pond mediator leave takes no argument, got %q", c.Args().First())
	}
	cl, s, err := newCLIClient(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	ex, err := cl.LeaveMediation(c.Context)
	if err != nil {
		return err
	}
	w := c.App.Writer
	bond := s.Tokens.Money(chain.Native, ex.Bond)
	at := time.Unix(int64(ex.AvailableAt), 0).UTC().Format(time.RFC3339)
	switch {
	case ex.Completed:
		fmt.Fprintf(w, "left the mediator registry: %s of bond sent to %s (earnings stay withdrawable: `pond mediator earnings`)\n", bond, cl.Account().Hex())
	case ex.Requested:
		fmt.Fprintf(w, "asked to leave: your committees take no new deal; keep `pond mediator` running to judge the deals they have.\n"+
			"your bond (%s) can come back from %s: run `pond mediator leave` again then\n", bond, at)
	case ex.Now < ex.AvailableAt:
		fmt.Fprintf(w, "leaving: your bond (%s) can come back from %s (in %s); run `pond mediator leave` again then\n",
			bond, at, (time.Duration(ex.AvailableAt-ex.Now) * time.Second).String())
	default:
		what := fmt.Sprintf("%d mediations hold you or wait for you", ex.Pending)
		if ex.Pending == 1 {
			what = "1 mediation holds you or waits for you"
		}
		fmt.Fprintf(w, "leaving: %s in a committee's queue; your bond (%s) comes back once they are over: "+
			"keep `pond mediator` running and run `pond mediator leave` again then\n", what, bond)
	}
	return nil
}
