package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/module"
)

func init() { register(runCommand()) }

var (
	runPriceFlag = &cli.StringFlag{
		Name: "price", Value: client.FormatEther(client.DefaultPrice), EnvVars: envVar("run.price"),
		Usage: "what the job pays its provider on success, in the --token's units",
	}
	runSolverFeeFlag = &cli.StringFlag{
		Name: "solver-fee", EnvVars: envVar("run.solver-fee"),
		Usage: "fee for the solver that matches the job, in the --token's units (default: the module's)",
	}
	runExpiryFlag = &cli.DurationFlag{
		Name: "expiry", Value: client.DefaultExpiry, EnvVars: envVar("run.expiry"),
		Usage: "how long the job waits for a provider before it is cancelled and refunded",
	}
	runRunTimeFlag = &cli.DurationFlag{
		Name: "run-time", EnvVars: envVar("run.run-time"),
		Usage: "how long the provider has to submit a result once matched (default: the module's)",
	}
	runCommitteeFlag = &cli.UintFlag{
		Name: "committee", EnvVars: envVar("run.committee"),
		Usage: "mediator committee id for disputes (0: the default committee)",
	}
	tokenFlag = &cli.StringFlag{
		Name: "token", Value: "eth", EnvVars: envVar("token"),
		Usage: "payment token: eth (native), ptt (the devnet test token) or a 0x address",
	}
	runOutputFlag = &cli.StringFlag{
		Name: "output", Aliases: []string{"o"}, EnvVars: envVar("run.output"),
		Usage: "directory to write the result to; must not exist (default: pond-results/<jobId>)",
	}
	runNoSettleFlag = &cli.BoolFlag{
		Name: "no-settle", EnvVars: envVar("run.no-settle"),
		Usage: "leave finalize and resolveChallenge to the provider and keepers instead of calling them past their deadline",
	}
	runPollFlag = &cli.DurationFlag{
		Name: "poll-interval", Value: time.Second, EnvVars: envVar("run.poll-interval"),
		Usage: "how often the job's events and deadlines are checked",
	}
)

func runCommand() *cli.Command {
	flags := []cli.Flag{inputFlag, runPriceFlag, runSolverFeeFlag, runExpiryFlag, runRunTimeFlag, runCommitteeFlag,
		tokenFlag, runOutputFlag, runNoSettleFlag, runPollFlag, keeperModulesDirFlag, moduleCacheFlag, moduleMaxFetchFlag}
	flags = append(append(append(flags, chainFlags...), accountFlags...), storageFlags...)
	return &cli.Command{
		Name:      "run",
		Usage:     "run a module through the market and download its verified result",
		ArgsUsage: "<module:version | <git-url>:<tag>> [primary input ...]",
		Description: "Posts a job for a published module version (paying price + solver fee from your Pond balance,\n" +
			"or with the transaction when the balance is short), shows its progress until a provider's result\n" +
			"is accepted, then downloads the result, checks it against its CID and prints where it is.\n" +
			"A job nobody takes before --expiry is cancelled; a provider that misses its run deadline is timed\n" +
			"out; either way the refund is credited to your Pond balance and reported.\n\n" +
			"   pond run cowsay:v0.0.1 -i Message=moo\n" +
			"   pond run cowsay:v0.0.1 moo                (the module's primary input)\n" +
			"   pond run cowsay:v0.0.1 moo baa quack      (three jobs, one per value, posted in one postJobs transaction\n" +
			"                                             and paid from your Pond balance, after one deposit of what it lacks;\n" +
			"                                             results in <output>/<jobId>, default pond-results/<jobId>)\n" +
			"   pond run github.com/<owner>/<repo>:<tag> -i Message=moo (the published version of that repository's tag)\n" +
			"   pond run csvstats:v0.0.1 -i Data=@data.csv (a file input is stored and passed by CID)",
		Flags:  flags,
		Action: runJob,
	}
}

func runJob(c *cli.Context) error {
	if c.NArg() < 1 {
		return fmt.Errorf("want <module:version> and the values of its primary input (one job each), got no argument")
	}
	nameVersion := c.Args().Get(0)
	values := c.Args().Slice()[1:]
	opts := client.RunOptions{
		PrimaryInput: c.Args().Get(1),
		Expiry:       c.Duration(runExpiryFlag.Name),
		CommitteeID:  uint32(c.Uint(runCommitteeFlag.Name)),
		OutputDir:    c.String(runOutputFlag.Name),
		NoSettle:     c.Bool(runNoSettleFlag.Name),
	}
	// Amounts are read in the token's units once the chain is open; their syntax is checked now.
	var err error
	if _, err = amountFlag(c, nil, common.Address{}, runPriceFlag.Name); err != nil {
		return err
	}
	if c.String(runSolverFeeFlag.Name) != "" {
		if _, err = amountFlag(c, nil, common.Address{}, runSolverFeeFlag.Name); err != nil {
			return err
		}
	}
	if opts.Expiry < 10*time.Second {
		return fmt.Errorf("invalid --%s %s: want at least 10s (a job needs time to be matched)", runExpiryFlag.Name, opts.Expiry)
	}
	if rt := c.Duration(runRunTimeFlag.Name); rt != 0 {
		if rt < time.Second || rt > 365*24*time.Hour {
			return fmt.Errorf("invalid --%s %s: want between 1s and a year", runRunTimeFlag.Name, rt)
		}
		opts.RunTime = uint32(rt / time.Second)
	}
	if opts.OutputDir != "" && fileExists(opts.OutputDir) {
		return fmt.Errorf("invalid --%s %s: it already exists; name a new directory", runOutputFlag.Name, opts.OutputDir)
	}
	// Inputs and the key are checked before any connection is made.
	if err := checkInputs(c); err != nil {
		return err
	}
	key, err := loadPrivateKey(c)
	if err != nil {
		return err
	}
	store, err := openStore(c)
	if err != nil {
		return err
	}
	inputs, err := parseInputs(c, store)
	if err != nil {
		return err
	}

	s, err := openChain(c)
	if err != nil {
		return err
	}
	defer s.Close()
	if opts.Token, err = tokenArg(c, s); err != nil {
		return err
	}
	if opts.Price, err = amountFlag(c, s, opts.Token, runPriceFlag.Name); err != nil {
		return err
	}
	if c.String(runSolverFeeFlag.Name) != "" {
		if opts.SolverFee, err = amountFlag(c, s, opts.Token, runSolverFeeFlag.Name); err != nil {
			return err
		}
	}
	sender, err := newSender(c, s, key)
	if err != nil {
		return err
	}
	modules, err := moduleResolver(c, store, keeperModuleDirs(c)...)
	if err != nil {
		return err
	}
	cl, err := client.New(client.Config{
		Deployment: s.Deployment, Backend: s.Client, Sender: sender, Store: store, Tokens: s.Tokens,
		Dial: s.Dialer(), PollInterval: c.Duration(runPollFlag.Name), Logger: logger(c),
		Modules: modules,
	})
	if err != nil {
		return err
	}
	if ref, isGit, err := module.ParseGitRef(nameVersion); err != nil {
		return err
	} else if isGit {
		commit, err := (&module.Git{}).ResolveCommit(c.Context, ref)
		if err != nil {
			return fmt.Errorf("module %s: %w", nameVersion, err)
		}
		var note string
		if nameVersion, note, err = cl.GitVersion(c.Context, ref, commit, ""); err != nil {
			return err
		}
		fmt.Fprintf(c.App.Writer, "%s is published as %s\n", ref, nameVersion)
		if note != "" {
			fmt.Fprintln(c.App.Writer, note)
		}
	}

	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	if len(values) > 1 {
		return runJobs(ctx, c, cl, s, nameVersion, inputs, values, opts)
	}
	view := newProgressView(c.App.Writer, isTerminal(c.App.Writer))
	opts.Progress = view.Report
	res, err := cl.Run(ctx, nameVersion, inputs, opts)
	view.Close(err == nil)
	var failed *client.JobFailedError
	if errors.As(err, &failed) {
		return fmt.Errorf("%w\n(`pond balance%s` shows it; `%s` sends it to your wallet)", err, tokenFlagFor(s, failed.Token),
			client.WithdrawCommand(s.Deployment, s.Tokens, failed.Token, failed.Refund))
	}
	if err != nil {
		return err
	}
	printResult(c.App.Writer, res, s)
	if res.Failure != nil {
		return fmt.Errorf("job %s: the module failed on these inputs (%s); its failure record is the result, in %s", res.JobID, res.Failure, res.Dir)
	}
	return nil
}

// runJobs posts one job per primary input value in one postJobs and follows them all, one
// progress line per job and step; it fails when any job did.
func runJobs(ctx context.Context, c *cli.Context, cl *client.Client, s *chainSession, nameVersion string, inputs map[string]string, values []string, opts client.RunOptions) error {
	w := c.App.Writer
	var mu sync.Mutex
	opts.Progress = func(p client.Progress) {
		mu.Lock()
		defer mu.Unlock()
		if p.JobID != nil {
			fmt.Fprintf(w, "job %s: %s\n", p.JobID, p.Message)
		} else {
			fmt.Fprintln(w, p.Message)
		}
		if p.Detail != "" {
			fmt.Fprintf(w, "  %s\n", p.Detail)
		}
	}
	fmt.Fprintf(w, "Posting %d %s jobs in one transaction...\n", len(values), nameVersion)
	results, errs, err := cl.RunMany(ctx, nameVersion, inputs, values, opts)
	if err != nil {
		return err
	}
	failed := 0
	for i, res := range results {
		if errs[i] != nil {
			failed++
			fmt.Fprintf(w, "Job for %q failed: %v\n", values[i], errs[i])
			continue
		}
		printResult(w, res, s)
		if res.Failure != nil {
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d jobs failed (see above; refunds are in your Pond balance: `pond balance%s`)", failed, len(values), tokenFlagFor(s, opts.Token))
	}
	fmt.Fprintf(w, "All %d jobs done.\n", len(values))
	return nil
}

// tokenFlagFor is the --token flag naming token in a command the user is told to run: none for
// the native currency (the default).
func tokenFlagFor(s *chainSession, token common.Address) string {
	if token == chain.Native {
		return ""
	}
	return " --token " + client.TokenArg(s.Deployment, token)
}

// checkInputs validates -i syntax before anything else happens.
func checkInputs(c *cli.Context) error {
	for _, kv := range c.StringSlice(inputFlag.Name) {
		if _, err := parseInputSyntax(kv); err != nil {
			return err
		}
	}
	return nil
}

func parseInputSyntax(kv string) (string, error) {
	k, _, err := module.ParseInput(kv)
	if err != nil {
		return "", fmt.Errorf("invalid -i/--%s: %w", inputFlag.Name, err)
	}
	return k, nil
}

// amountFlag parses an amount flag in token's units (with a nil session, only its syntax).
func amountFlag(c *cli.Context, s *chainSession, token common.Address, name string) (*big.Int, error) {
	v, err := parseTokenAmount(c, s, token, tokenFlag.Name, c.String(name))
	if err != nil {
		return nil, fmt.Errorf("invalid --%s: %w", name, err)
	}
	return v, nil
}

// printFiles lists the files under dir with their sizes, a line each.
func printFiles(w io.Writer, dir string) {
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		if info, err := d.Info(); err == nil {
			fmt.Fprintf(w, "  %s (%d bytes)\n", rel, info.Size())
		}
		return nil
	})
}

func printResult(w io.Writer, res *client.Result, s *chainSession) {
	if res.Failure != nil {
		fmt.Fprintf(w, "Job %s done, but the module failed on these inputs: %s. The record of the failure %s is written to %s\n",
			res.JobID, res.Failure, res.CID, res.Dir)
		if len(res.Failure.Stdout) > 0 {
			fmt.Fprintf(w, "Its output:\n%s\n", strings.TrimRight(string(res.Failure.Stdout), "\n"))
		}
	} else {
		fmt.Fprintf(w, "Job %s done: result %s verified and written to %s\n", res.JobID, res.CID, res.Dir)
	}
	printFiles(w, res.Dir)
	fmt.Fprintf(w, "Paid %s to provider %s and %s to the solver.\n",
		s.Tokens.Money(res.Token, res.Price), res.Provider.Hex(), s.Tokens.Money(res.Token, res.SolverFee))
}

// isTerminal reports whether w is a terminal (a spinner is drawn only there).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// progressView shows a run's progress: on a terminal the current step with a spinner and the
// time spent in it, each finished step ticked off; otherwise one plain line per step.
type progressView struct {
	w   io.Writer
	tty bool
	mu  sync.Mutex
	msg string
	// detail is printed under the step once it is ticked off, keeping the spinner on the last line.
	detail string
	since  time.Time
	frame  int
	stop   chan struct{}
	done   chan struct{}
}

var spinnerFrames = []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}

func newProgressView(w io.Writer, tty bool) *progressView {
	v := &progressView{w: w, tty: tty, stop: make(chan struct{}), done: make(chan struct{})}
	if tty {
		go v.spin()
	} else {
		close(v.done)
	}
	return v
}

// Report shows a new step.
func (v *progressView) Report(p client.Progress) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if p.Warning {
		if v.tty {
			fmt.Fprint(v.w, "\r\033[K")
		}
		fmt.Fprintln(v.w, p.Message)
		if p.Detail != "" {
			fmt.Fprintf(v.w, "  %s\n", p.Detail)
		}
		v.drawLocked()
		return
	}
	if !v.tty {
		fmt.Fprintln(v.w, p.Message)
		if p.Detail != "" {
			fmt.Fprintf(v.w, "  %s\n", p.Detail)
		}
		return
	}
	v.finishLocked("✔")
	v.msg, v.detail, v.since = p.Message, p.Detail, time.Now()
	v.drawLocked()
}

// Close ends the display: the last step is ticked off when ok, crossed out otherwise.
func (v *progressView) Close(ok bool) {
	if !v.tty {
		return
	}
	close(v.stop)
	<-v.done
	v.mu.Lock()
	defer v.mu.Unlock()
	mark := "✔"
	if !ok {
		mark = "✘"
	}
	v.finishLocked(mark)
}

func (v *progressView) finishLocked(mark string) {
	if v.msg == "" {
		return
	}
	fmt.Fprintf(v.w, "\r\033[K%s %s (%s)\n", mark, v.msg, time.Since(v.since).Round(time.Second))
	if v.detail != "" {
		fmt.Fprintf(v.w, "  %s\n", v.detail)
	}
	v.msg, v.detail = "", ""
}

func (v *progressView) drawLocked() {
	if v.msg == "" {
		return
	}
	fmt.Fprintf(v.w, "\r\033[K%s %s %s", spinnerFrames[v.frame%len(spinnerFrames)], v.msg, time.Since(v.since).Round(time.Second))
	v.frame++
}

func (v *progressView) spin() {
	defer close(v.done)
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-v.stop:
			return
		case <-t.C:
			v.mu.Lock()
			v.drawLocked()
			v.mu.Unlock()
		}
	}
}
