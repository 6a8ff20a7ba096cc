package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/modulerun"
	"github.com/pond-compute/pond/keepers/storage"
)

func init() { register(moduleCommand()) }

var (
	inputFlag = &cli.StringSliceFlag{
		Name: "input", Aliases: []string{"i"},
		Usage: "module input NAME=value; NAME=@path stores a file or directory locally and passes its CID",
	}
	executorFlag = &cli.StringFlag{
		Name: "executor", EnvVars: envVar("executor"),
		Usage: "docker or wasm (default: the module's own)",
	}
	runsFlag = &cli.IntFlag{
		Name: "runs", Value: 2, EnvVars: envVar("module.runs"),
		Usage: "how many times to run; every run must give the same CID",
	}
	storeDirFlag = &cli.StringFlag{
		Name: "store.dir", EnvVars: envVar("store.dir"),
		Usage: "embedded content store directory (default: a temporary one)",
	}
	keepFlag = &cli.StringFlag{
		Name: "out", EnvVars: envVar("module.out"),
		Usage: "copy the outputs of the first run to this directory",
	}
)

func moduleCommand() *cli.Command {
	return &cli.Command{
		Name:  "module",
		Usage: "author and check modules",
		Subcommands: []*cli.Command{
			{
				Name:      "test",
				Usage:     "run a module several times (on each executor it has) and fail unless every run gives the same outputs CID",
				ArgsUsage: "<module-dir | ipfs://<cid> in --store.dir | <git-url>:<tag>>",
				Flags:     []cli.Flag{inputFlag, executorFlag, runsFlag, storeDirFlag, keepFlag, moduleCacheFlag, moduleMaxFetchFlag},
				Action:    moduleTest,
			},
			{
				Name:      "render",
				Usage:     "print the spec a module renders to for the given inputs",
				ArgsUsage: "<module-dir | <git-url>:<tag>>",
				Flags:     []cli.Flag{inputFlag, moduleCacheFlag, moduleMaxFetchFlag},
				Action:    moduleRender,
			},
			{
				Name:      "hash",
				Usage:     "print the module's content CID and the bytes32 spec hash the ModuleRegistry pins",
				ArgsUsage: "<module-dir>",
				Action:    moduleHash,
			},
			{
				Name:      "image",
				Usage:     "build a deterministic FROM-scratch image archive (docker save format) and print its ID",
				ArgsUsage: "<out.tar> <image-path>=<host-file> ...",
				Flags: []cli.Flag{&cli.StringSliceFlag{
					Name: "entrypoint", Usage: "entrypoint, one flag per element",
				}},
				Action: moduleImage,
			},
		},
	}
}

func moduleDirArg(c *cli.Context) (string, error) {
	if c.NArg() != 1 {
		return "", fmt.Errorf("want exactly one <module-dir> argument, got %d", c.NArg())
	}
	return c.Args().First(), nil
}

func parseInputs(c *cli.Context, store storage.Store) (module.Inputs, error) {
	in := module.Inputs{}
	for _, kv := range c.StringSlice(inputFlag.Name) {
		k, v, err := module.ParseInput(kv)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", inputFlag.Name, err)
		}
		if strings.HasPrefix(v, "@") {
			if store == nil {
				return nil, fmt.Errorf("--%s %s: file inputs are not supported here", inputFlag.Name, k)
			}
			cid, err := store.Put(c.Context, v[1:])
			if err != nil {
				return nil, fmt.Errorf("--%s %s: %w", inputFlag.Name, k, err)
			}
			v = cid.String()
		}
		in[k] = v
	}
	return in, nil
}

// resolveModuleArg resolves the command's one module reference and says what it resolved to.
func resolveModuleArg(c *cli.Context, store module.Fetcher) (*module.Resolved, error) {
	ref, err := moduleDirArg(c)
	if err != nil {
		return nil, err
	}
	before := module.ImagePins{}
	if g, isGit, _ := module.ParseGitRef(ref); isGit {
		if src, err := module.ParseGitSource(ref); err == nil && g.Rev == src.Commit {
			before = src.Pins
		}
	}
	r, err := moduleResolver(c, store)
	if err != nil {
		return nil, err
	}
	res, err := r.Ref(c.Context, ref)
	if err != nil {
		return nil, moduleFetchError(err)
	}
	if g := res.Git; g != nil {
		fmt.Fprintf(c.App.ErrWriter, "%s: %s at commit %s\n", ref, g.Repo, g.Commit)
		for _, tag := range g.Pins.Tags() {
			if before[tag] == "" {
				fmt.Fprintf(c.App.ErrWriter, "pinned image %s to %s (what the registry serves now; publishing pins the same)\n", tag, g.Pins[tag])
			}
		}
		fmt.Fprintf(c.App.ErrWriter, "spec URI %s\n", g.URI())
	}
	for _, tag := range res.NewPins.Tags() {
		fmt.Fprintf(c.App.ErrWriter, "pinned image %s to %s (what the registry serves now; publishing writes the pin to %s)\n",
			tag, res.NewPins[tag], filepath.Join(ref, module.PinsFile))
	}
	return res, nil
}

func moduleRender(c *cli.Context) error {
	res, err := resolveModuleArg(c, nil)
	if err != nil {
		return err
	}
	m, err := module.Load(res.Dir)
	if err != nil {
		return err
	}
	in, err := parseInputs(c, nil)
	if err != nil {
		return err
	}
	_, rendered, err := m.Render(in)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(c.App.Writer, strings.TrimSpace(string(rendered)))
	return err
}

func moduleHash(c *cli.Context) error {
	dir, err := moduleDirArg(c)
	if err != nil {
		return err
	}
	h, id, err := module.SpecHash(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "cid      %s\nspecHash 0x%s\nspecURI  ipfs://%s\n", id, hex.EncodeToString(h[:]), id)
	return nil
}

func moduleImage(c *cli.Context) error {
	if c.NArg() < 2 {
		return errors.New("want <out.tar> and at least one <image-path>=<host-file>")
	}
	var files []executor.ImageFile
	for _, a := range c.Args().Slice()[1:] {
		p, host, ok := strings.Cut(a, "=")
		if !ok {
			return fmt.Errorf("%q: want <image-path>=<host-file>", a)
		}
		data, err := os.ReadFile(host)
		if err != nil {
			return err
		}
		files = append(files, executor.ImageFile{Path: p, Data: data})
	}
	img, err := executor.BuildImageArchive(files, c.StringSlice("entrypoint"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(c.Args().First(), img.Tar, 0o644); err != nil {
		return err
	}
	_, err = fmt.Fprintln(c.App.Writer, img.ID)
	return err
}

func moduleTest(c *cli.Context) error {
	log := logger(c)
	if _, err := moduleDirArg(c); err != nil {
		return err
	}
	runs := c.Int(runsFlag.Name)
	if runs < 1 || runs > 10 {
		return fmt.Errorf("invalid --%s %d: want 1 to 10", runsFlag.Name, runs)
	}
	execName := c.String(executorFlag.Name)
	if execName != "" && execName != module.ExecutorDocker && execName != module.ExecutorWasm {
		return fmt.Errorf("invalid --%s %q: want docker or wasm", executorFlag.Name, execName)
	}
	work, err := os.MkdirTemp("", "pond-module-test-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	storeDir := c.String(storeDirFlag.Name)
	if storeDir == "" {
		storeDir = filepath.Join(work, "store")
	}
	store, err := storage.NewLocalStore(storeDir)
	if err != nil {
		return fmt.Errorf("--%s: %w", storeDirFlag.Name, err)
	}
	res, err := resolveModuleArg(c, store)
	if err != nil {
		return err
	}
	m, err := module.Load(res.Dir)
	if err != nil {
		return err
	}
	inputs, err := parseInputs(c, store)
	if err != nil {
		return err
	}
	spec, _, err := m.Render(inputs)
	if err != nil {
		return err
	}
	names := []string{}
	if execName != "" {
		if _, err := spec.Variant(execName); err != nil {
			return fmt.Errorf("--%s: %w", executorFlag.Name, err)
		}
		names = append(names, execName)
	} else {
		for _, n := range []string{module.ExecutorWasm, module.ExecutorDocker} {
			if _, err := spec.Variant(n); err == nil {
				names = append(names, n)
			}
		}
	}
	executors := map[string]executor.Executor{}
	for _, n := range names {
		ex, closeEx, err := newExecutor(c.Context, n)
		if err != nil {
			return err
		}
		defer closeEx()
		executors[n] = ex
	}
	r := &modulerun.Runner{Executors: executors, Store: store}

	var first string
	results := []string{}
	for _, name := range names {
		for i := 1; i <= runs; i++ {
			runDir := filepath.Join(work, fmt.Sprintf("%s-%d", name, i))
			if err := os.Mkdir(runDir, 0o755); err != nil {
				return err
			}
			run, err := r.Run(c.Context, m, inputs, name, runDir)
			if err != nil {
				if run != nil && len(run.Result.Stderr) > 0 {
					log.Error("module stderr", zap.ByteString("stderr", run.Result.Stderr))
				}
				return err
			}
			log.Info("run finished", zap.Int("run", i), zap.String("executor", name),
				zap.Duration("took", run.Result.Duration), zap.Stringer("cid", run.CID))
			fmt.Fprintf(c.App.Writer, "run %d (%s): %s\n", i, name, run.CID)
			results = append(results, fmt.Sprintf("%s run %d: %s", name, i, run.CID))
			if first == "" {
				first = run.CID.String()
				if out := c.String(keepFlag.Name); out != "" {
					if _, err := store.Put(c.Context, run.OutputsDir); err != nil {
						return err
					}
					if err := store.Get(c.Context, run.CID, out); err != nil {
						return fmt.Errorf("--%s: %w", keepFlag.Name, err)
					}
				}
			} else if run.CID.String() != first {
				return fmt.Errorf("not deterministic: the CIDs differ (%s)", strings.Join(results, "; "))
			}
		}
	}
	fmt.Fprintf(c.App.Writer, "deterministic: %d runs gave %s (executors: %s; the CIDs agree)\n", len(results), first, strings.Join(names, ", "))
	return nil
}

func newExecutor(ctx context.Context, name string) (executor.Executor, func(), error) {
	switch name {
	case module.ExecutorWasm:
		w := executor.NewWasm()
		return w, func() { _ = w.Close(context.Background()) }, nil
	case module.ExecutorDocker:
		d, err := executor.NewDocker(ctx)
		if err != nil {
			return nil, nil, err
		}
		return d, func() {}, nil
	}
	return nil, nil, fmt.Errorf("unknown executor %q", name)
}
