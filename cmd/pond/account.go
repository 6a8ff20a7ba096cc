package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
)

func init() {
	register(balanceCommand())
	register(depositCommand())
	register(withdrawCommand())
	register(challengeCommand())
}

var (
	balanceAccountFlag = &cli.StringFlag{
		Name: "account", EnvVars: envVar("account"),
		Usage: "address to read (default: the --private-key account)",
	}
	withdrawToFlag = &cli.StringFlag{
		Name: "to", Usage: "address that receives the withdrawal (default: your account)",
	}
)

func withChain(flags ...cli.Flag) []cli.Flag {
	return append(append(flags, chainFlags...), accountFlags...)
}

func balanceCommand() *cli.Command {
	return &cli.Command{
		Name:   "balance",
		Usage:  "show your free Pond balance (what jobs are paid from and refunds go to) and your wallet balance",
		Flags:  withChain(tokenFlag, balanceAccountFlag),
		Action: showBalance,
	}
}

func depositCommand() *cli.Command {
	return &cli.Command{
		Name:      "deposit",
		Usage:     "move an amount (in the --token's units, e.g. 0.5; its decimals()) from your wallet into your Pond balance",
		ArgsUsage: "<amount>",
		Flags:     withChain(tokenFlag),
		Action: func(c *cli.Context) error {
			return moveMoney(c, "deposit", func(cl *client.Client, token common.Address, amount *big.Int) error {
				return cl.Deposit(c.Context, token, amount)
			})
		},
	}
}

func withdrawCommand() *cli.Command {
	return &cli.Command{
		Name:      "withdraw",
		Usage:     "send an amount (in the --token's units, e.g. 0.5; its decimals()) of your free Pond balance to your wallet",
		ArgsUsage: "<amount>",
		Flags:     withChain(tokenFlag, withdrawToFlag),
		Action: func(c *cli.Context) error {
			to, err := addressFlag(c, withdrawToFlag.Name)
			if err != nil {
				return err
			}
			return moveMoney(c, "withdraw", func(cl *client.Client, token common.Address, amount *big.Int) error {
				return cl.Withdraw(c.Context, token, amount, to)
			})
		},
	}
}

func challengeCommand() *cli.Command {
	return &cli.Command{
		Name:      "challenge",
		Usage:     "dispute a job's submitted result: the mediator committee re-runs it and votes",
		ArgsUsage: "<jobId>",
		Description: "Escrows the mediation fee (committee size × the token's per-mediator fee) from your Pond\n" +
			"balance, depositing the shortfall first. If the mediators find the result wrong, the creator is\n" +
			"refunded and compensated from the provider's collateral and the fee comes back. When the committee's\n" +
			"members are all busy with other mediations, the challenge waits in the committee's queue and opens as\n" +
			"they free up; the deal cannot be finalized meanwhile.",
		Flags: withChain(),
		Action: func(c *cli.Context) error {
			id, cl, s, info, err := openJob(c, "jobId", true, false)
			if err != nil {
				return err
			}
			defer s.Close()
			ch, err := cl.Challenge(c.Context, id)
			if err != nil {
				return err
			}
			fmt.Fprint(c.App.Writer, client.ChallengeText(id, ch, s.Tokens.Money(info.Terms.Token, ch.Fee)))
			return nil
		},
	}
}

// newCLIClient opens the chain and builds a client; withKey requires --private-key, else the
// client only reads.
func newCLIClient(c *cli.Context, withKey bool) (*client.Client, *chainSession, error) {
	return newCLIClientFor(c, withKey, common.Address{})
}

func tokenArg(c *cli.Context, s *chainSession) (common.Address, error) {
	t, err := client.ParseToken(s.Deployment, c.String(tokenFlag.Name))
	if err != nil {
		return common.Address{}, fmt.Errorf("invalid --%s: %w", tokenFlag.Name, err)
	}
	return t, nil
}

// tokensArg is the tokens a read command shows: --token, or without it the native currency
// and the test token where the deployment has one.
func tokensArg(c *cli.Context, s *chainSession) ([]common.Address, error) {
	if c.IsSet(tokenFlag.Name) {
		token, err := tokenArg(c, s)
		if err != nil {
			return nil, err
		}
		return []common.Address{token}, nil
	}
	tokens := []common.Address{chain.Native}
	if s.Deployment.TestToken != (common.Address{}) {
		tokens = append(tokens, s.Deployment.TestToken)
	}
	return tokens, nil
}

// amountArg reads the <amount> argument in token's units; with a nil session (before any
// connection is made) it only checks what it can without the chain (parseTokenAmount).
func amountArg(c *cli.Context, s *chainSession, token common.Address) (*big.Int, error) {
	if c.NArg() != 1 {
		return nil, fmt.Errorf("want exactly one <amount> argument (in the token's units, e.g. 0.5), got %d", c.NArg())
	}
	v, err := parseTokenAmount(c, s, token, tokenFlag.Name, c.Args().First())
	if err != nil {
		return nil, fmt.Errorf("<amount>: %w", err)
	}
	return v, nil
}

// openJob reads the job id argument <name>, opens a client (able to send when withKey) and reads
// the job from the market's getters, with its events from the market index when withEvents.
// The caller closes the session.
func openJob(c *cli.Context, name string, withKey, withEvents bool) (*big.Int, *client.Client, *chainSession, *client.JobInfo, error) {
	id, err := idArg(c, name)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	cl, s, err := newCLIClient(c, withKey)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	var logs []types.Log
	if withEvents {
		x, tr, err := marketView(c, s)
		if err != nil {
			s.Close()
			return nil, nil, nil, nil, err
		}
		logs, err = x.JobLogs(id.Uint64())
		x.Close()
		tr.Stop()
		if err != nil {
			s.Close()
			return nil, nil, nil, nil, fmt.Errorf("read the events of job %s from the index: %w", id, err)
		}
	}
	info, err := cl.Job(c.Context, id, logs)
	if err != nil {
		s.Close()
		return nil, nil, nil, nil, err
	}
	return id, cl, s, info, nil
}

func idArg(c *cli.Context, name string) (*big.Int, error) {
	if c.NArg() != 1 {
		return nil, fmt.Errorf("want exactly one <%s> argument, got %d", name, c.NArg())
	}
	id, ok := new(big.Int).SetString(strings.TrimPrefix(c.Args().First(), "#"), 10)
	if !ok || id.Sign() <= 0 {
		return nil, fmt.Errorf("<%s> %q: want a positive number", name, c.Args().First())
	}
	return id, nil
}

func moveMoney(c *cli.Context, what string, move func(*client.Client, common.Address, *big.Int) error) error {
	if _, err := amountArg(c, nil, common.Address{}); err != nil {
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
	amount, err := amountArg(c, s, token)
	if err != nil {
		return err
	}
	if err := move(cl, token, amount); err != nil {
		return err
	}
	b, err := cl.Balance(c.Context, token)
	if err != nil {
		return err
	}
	verb := map[string]string{"deposit": "Deposited", "withdraw": "Withdrew"}[what]
	fmt.Fprintf(c.App.Writer, "%s %s. Pond balance: %s; wallet: %s.\n", verb, s.Tokens.Money(token, amount),
		s.Tokens.Money(token, b.Pond), s.Tokens.Money(token, b.Wallet))
	return nil
}

// addressFlag reads an optional address flag (zero when not given).
func addressFlag(c *cli.Context, name string) (common.Address, error) {
	s := c.String(name)
	if s == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("invalid --%s %q: want a 0x address", name, s)
	}
	return common.HexToAddress(s), nil
}

// accountArg is the account a read command reads: --account, or (withKey) the --private-key
// account.
func accountArg(c *cli.Context) (account common.Address, withKey bool, err error) {
	account, err = addressFlag(c, balanceAccountFlag.Name)
	return account, account == (common.Address{}), err
}

// openAccountView opens a client reading --account (or the --private-key account) and the
// tokens to show (tokensArg). The caller closes the session.
func openAccountView(c *cli.Context) (*client.Client, *chainSession, []common.Address, error) {
	account, withKey, err := accountArg(c)
	if err != nil {
		return nil, nil, nil, err
	}
	cl, s, err := newCLIClientFor(c, withKey, account)
	if err != nil {
		return nil, nil, nil, err
	}
	tokens, err := tokensArg(c, s)
	if err != nil {
		s.Close()
		return nil, nil, nil, err
	}
	return cl, s, tokens, nil
}

func showBalance(c *cli.Context) error {
	cl, s, tokens, err := openAccountView(c)
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Fprintf(c.App.Writer, "account  %s\n", cl.Account().Hex())
	for _, token := range tokens {
		b, err := cl.Balance(c.Context, token)
		if err != nil {
			return err
		}
		fmt.Fprintln(c.App.Writer, pondBalanceLine(s, b, false))
		fmt.Fprintf(c.App.Writer, "wallet   %s\n", s.Tokens.Money(token, b.Wallet))
	}
	return nil
}

// pondBalanceLine shows an account's free balance in the market; with howToWithdraw, a balance
// that is not empty also names the command that sends all of it to the wallet.
func pondBalanceLine(s *chainSession, b client.Balances, howToWithdraw bool) string {
	line := "Pond     " + s.Tokens.Money(b.Token, b.Pond) + " (free balance in the market"
	if howToWithdraw && b.Pond != nil && b.Pond.Sign() > 0 {
		line += fmt.Sprintf("; `%s` sends it to your wallet", client.WithdrawCommand(s.Deployment, s.Tokens, b.Token, b.Pond))
	}
	return line + ")"
}

// newCLIClientFor builds a client sending with --private-key when withKey, else reading the
// balances of account.
func newCLIClientFor(c *cli.Context, withKey bool, account common.Address) (*client.Client, *chainSession, error) {
	cfg := client.Config{Account: account, Logger: logger(c)}
	if withKey {
		// The key is checked before dialling, so a missing key is reported first.
		key, err := loadPrivateKey(c)
		if err != nil {
			return nil, nil, err
		}
		s, err := openChain(c)
		if err != nil {
			return nil, nil, err
		}
		sender, err := newSender(c, s, key)
		if err != nil {
			s.Close()
			return nil, nil, err
		}
		cfg.Sender = sender
		return finishCLIClient(cfg, s)
	}
	s, err := openChain(c)
	if err != nil {
		return nil, nil, err
	}
	return finishCLIClient(cfg, s)
}

func finishCLIClient(cfg client.Config, s *chainSession) (*client.Client, *chainSession, error) {
	cfg.Deployment, cfg.Backend, cfg.Tokens = s.Deployment, s.Client, s.Tokens
	cl, err := client.New(cfg)
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	return cl, s, nil
}
