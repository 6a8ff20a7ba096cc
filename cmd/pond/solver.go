package main

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/solver"
)

func init() { register(solverCommand()) }

var (
	solverInFlightFlag = &cli.IntFlag{
		Name: "solver.max-in-flight", Value: 8, EnvVars: envVar("solver.max-in-flight"),
		Usage: "matches sent at once",
	}
	solverJanitorFlag = &cli.BoolFlag{
		Name: "solver.janitor", Value: true, EnvVars: envVar("solver.janitor"),
		Usage: "also cancel expired open jobs and time out deals past their run deadline (creators get their escrow back)",
	}
	solverMinFeeFlag = &cli.StringFlag{
		Name: "solver.min-fee", Value: "0", EnvVars: envVar("solver.min-fee"),
		Usage: "least solver fee (ether) of a native-currency job this solver matches: a match costs about 54,000 gas " +
			"(token jobs are matched whatever their fee)",
	}
	solverJanitorsFlag = &cli.StringSliceFlag{
		Name: "solver.janitors", EnvVars: envVar("solver.janitors"),
		Usage: "the janitors' addresses (this one's among them) that take turns at each cancel and timeout, by address and by job " +
			"(the first at job j is the (j mod n)-th of the n, so they share the gas): the first sends at once, each next one only if " +
			"the job is still due 30 s later, so those beaten on chain do not pay for a revert (empty: send at once)",
	}
)

func solverCommand() *cli.Command {
	return &cli.Command{
		Name:  "solver",
		Usage: "match open jobs to offers (cheapest that fits, then oldest) and earn their solver fees",
		Description: "Rebuilds open jobs and offers from the market's events, matches them with every check the\n" +
			"contract makes, simulates and sends matchJob. Several solvers may run: a lost race is counted\n" +
			"(pond_match_races_lost_total), not an error.",
		Flags:  keeperFlags(solverInFlightFlag, solverJanitorFlag, solverJanitorsFlag, solverMinFeeFlag),
		Action: runSolver,
	}
}

func runSolver(c *cli.Context) error {
	if err := noKeeperArgs(c); err != nil {
		return err
	}
	key, err := loadPrivateKey(c)
	if err != nil {
		return err
	}
	janitors, err := addressesFlag(c, solverJanitorsFlag.Name)
	if err != nil {
		return err
	}
	minFee, err := parseEther(solverMinFeeFlag.Name, c.String(solverMinFeeFlag.Name))
	if err != nil {
		return err
	}
	env, closeEnv, err := openKeeper(c, "solver", key)
	if err != nil {
		return err
	}
	defer closeEnv()
	cfg := solver.Config{Base: env.Base, MaxInFlight: c.Int(solverInFlightFlag.Name), Janitor: c.Bool(solverJanitorFlag.Name),
		Janitors: janitors, MinFee: minFee}
	if env.Metrics != nil {
		cfg.Metrics = env.Metrics
	}
	if err := cfg.Check(); err != nil {
		return errFlag(err, map[error]string{solver.ErrNoKey: privateKeyFlag.Name, solver.ErrBadInFlight: solverInFlightFlag.Name})
	}
	sv, err := solver.New(c.Context, cfg)
	if err != nil {
		return err
	}
	return env.run(c, "solver", sv)
}

// addressesFlag reads a list of addresses (each value may hold several, comma-separated).
func addressesFlag(c *cli.Context, name string) ([]common.Address, error) {
	var out []common.Address
	for _, v := range c.StringSlice(name) {
		for _, a := range strings.Split(v, ",") {
			if a = strings.TrimSpace(a); a == "" {
				continue
			}
			if !common.IsHexAddress(a) {
				return nil, fmt.Errorf("invalid --%s %q: want 0x addresses", name, a)
			}
			out = append(out, common.HexToAddress(a))
		}
	}
	return out, nil
}
