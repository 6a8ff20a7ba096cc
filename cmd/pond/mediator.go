package main

import (
	"github.com/urfave/cli/v2"

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
			"The vote's salt derives from the key, so a restart between commit and reveal still reveals.",
		Flags:  keeperFlags(append(runFlags, mediatorBondFlag, mediatorConcurrencyFlag)...),
		Action: runMediator,
	}
}

func runMediator(c *cli.Context) error {
	key, err := loadPrivateKey(c)
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
		ModuleDirs: keeperModuleDirs(c), WorkDir: env.WorkDir,
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
