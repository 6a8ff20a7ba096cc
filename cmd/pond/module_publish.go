package main

// `pond module publish`: pins a module directory on the ModuleRegistry as name:version.

import (
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/module"
)

// ErrModuleChanged is returned when name:version is published with other content than the
// directory now holds: versions are immutable, so the change needs a new version.
var ErrModuleChanged = errors.New("module content no longer matches the published version")

var (
	publishNameFlag = &cli.StringFlag{
		Name: "name", EnvVars: envVar("module.name"),
		Usage: "module name (default: the directory's or repository's name)",
	}
	publishVersionFlag = &cli.StringFlag{
		Name: "version", EnvVars: envVar("module.version"),
		Usage: "version to publish, for example v0.0.1 (required for a directory; a Git module's default is its tag)",
	}
	publishSolverFeeFlag = &cli.StringFlag{
		Name: "solver-fee", Value: "0", EnvVars: envVar("module.solver-fee"),
		Usage: "default solver fee, in ether, taken from what contract clients pay",
	}
)

func init() {
	for _, c := range commands {
		if c.Name == "module" {
			c.Subcommands = append(c.Subcommands, modulePublishCommand())
			return
		}
	}
	panic("module command not registered before module publish")
}

func modulePublishCommand() *cli.Command {
	flags := append([]cli.Flag{publishNameFlag, publishVersionFlag, publishSolverFeeFlag}, chainFlags...)
	flags = append(flags, accountFlags...)
	return &cli.Command{
		Name:  "publish",
		Usage: "publish a module directory as name:version on the ModuleRegistry (and its content to the store)",
		Description: "The registry pins the directory's content hash. Publishing the same content again is a no-op;\n" +
			"publishing changed content under a version that already exists is refused: publish a new version.",
		ArgsUsage: "<module-dir>",
		Flags:     append(flags, storageFlags...),
		Action:    modulePublish,
	}
}

func modulePublish(c *cli.Context) error {
	ref, err := moduleDirArg(c)
	if err != nil {
		return err
	}
	version := c.String(publishVersionFlag.Name)
	name := c.String(publishNameFlag.Name)
	gitRef, isGit, err := module.ParseGitRef(ref)
	if err != nil {
		return err
	}
	if isGit {
		if version == "" && gitRef.Rev != "" && !strings.HasPrefix(ref, "git+") {
			version = gitRef.Rev
		}
		if name == "" {
			name = gitRef.DefaultName()
		}
	}
	if version == "" {
		return fmt.Errorf("--%s is required (versions are immutable once published)", publishVersionFlag.Name)
	}
	res, err := resolveModuleArg(c, nil)
	if err != nil {
		return err
	}
	dir := res.Dir
	if name == "" {
		named := dir
		if len(res.NewPins) > 0 {
			named = ref // dir is a copy holding the new pins
		}
		abs, err := filepath.Abs(named)
		if err != nil {
			return err
		}
		name = filepath.Base(abs)
	}
	fee, err := parseEther(publishSolverFeeFlag.Name, c.String(publishSolverFeeFlag.Name))
	if err != nil {
		return err
	}
	specURI := ""
	if res.Git != nil {
		specURI = res.Git.URI()
	}
	req, err := moduleRequest(dir, name, version, specURI)
	if err != nil {
		return err
	}
	req.DefaultSolverFee = fee
	key, err := loadPrivateKey(c)
	if err != nil {
		return err
	}
	s, err := openChain(c)
	if err != nil {
		return err
	}
	defer s.Close()

	registry := chain.NewModuleRegistry(s.Deployment.ModuleRegistry)
	nameVersion := name + ":" + version
	id, err := registry.ModuleID(c.Context, s.Client, nameVersion)
	if err != nil {
		return fmt.Errorf("look up %s: %w", nameVersion, err)
	}
	if id != 0 {
		published, err := registry.Module(c.Context, s.Client, id)
		if err != nil {
			return fmt.Errorf("read %s: %w", nameVersion, err)
		}
		if published.SpecHash != req.SpecHash {
			return fmt.Errorf("%w: %s (module %d) pins spec hash %s, but %s now hashes to %s; publish it as a new version",
				ErrModuleChanged, nameVersion, id, common.Hash(published.SpecHash).Hex(), dir, common.Hash(req.SpecHash).Hex())
		}
		fmt.Fprintf(c.App.Writer, "%s is already published as module %d with this content (spec hash %s)\n",
			nameVersion, id, common.Hash(req.SpecHash).Hex())
		return nil
	}

	if len(res.NewPins) > 0 {
		// The directory keeps the pins it is published with: publishing it again is then a no-op
		// whatever the registry serves under the tag by then.
		pins, err := module.ReadPins(ref)
		if err != nil {
			return err
		}
		for tag, pinned := range res.NewPins {
			pins[tag] = pinned
		}
		if err := module.WritePins(ref, pins); err != nil {
			return fmt.Errorf("write the image pins to %s: %w", ref, err)
		}
	}
	if res.Git == nil {
		// Providers and mediators fetch the module by the CID in its spec URI.
		store, err := openStore(c)
		if err != nil {
			return err
		}
		if _, err := store.Put(c.Context, dir); err != nil {
			return fmt.Errorf("store module %s: %w", dir, err)
		}
	}
	sender, err := newSender(c, s, key)
	if err != nil {
		return err
	}
	cand, err := registry.Publish(req)
	if err != nil {
		return err
	}
	receipt, err := sender.Send(c.Context, cand)
	if err != nil {
		return fmt.Errorf("publish %s: %w", nameVersion, err)
	}
	// The id is the one the transaction's ModulePublished names: a read of the registry after it
	// may be answered by a node not yet at the receipt's block (id is 0 here: not published before).
	for _, l := range receipt.Logs {
		if ev, err := bindings.NewModuleRegistry().UnpackModulePublishedEvent(l); err == nil && l.Address == *cand.To {
			id = ev.ModuleId
		}
	}
	if id == 0 {
		return fmt.Errorf("publish %s: the transaction %s logged no ModulePublished", nameVersion, receipt.TxHash.Hex())
	}
	fmt.Fprintf(c.App.Writer, "published %s as module %d\n  spec hash %s\n  spec uri  %s\n",
		nameVersion, id, common.Hash(req.SpecHash).Hex(), req.SpecUri)
	return nil
}

// moduleRequest describes the module in dir for the registry: the spec hash pins the directory's
// content (what `pond module hash` prints), and resources, run time and primary input come from
// its rendered spec. The spec URI is specURI, or ipfs://<cid> of the directory when empty. The
// solver fee is left zero.
func moduleRequest(dir, name, version, specURI string) (bindings.IModuleRegistryModuleRequest, error) {
	var req bindings.IModuleRegistryModuleRequest
	if !module.HasTemplate(dir) {
		return req, fmt.Errorf("%s is not a module directory (no %s or %s)", dir, module.TemplateFile, module.LilypadTemplateFile)
	}
	if strings.ContainsAny(name+version, ": ") {
		return req, fmt.Errorf("module name %q and version %q must not contain ':' or spaces", name, version)
	}
	m, err := module.Load(dir)
	if err != nil {
		return req, err
	}
	spec, err := m.Describe()
	if err != nil {
		return req, err
	}
	hash, id, err := module.SpecHash(dir)
	if err != nil {
		return req, err
	}
	if specURI == "" {
		specURI = "ipfs://" + id.String()
	}
	r := spec.Resources
	return bindings.IModuleRegistryModuleRequest{
		Name: name, Version: version, SpecHash: hash, SpecUri: specURI,
		Resources: bindings.Resources{
			Gpus: r.GPUs, VramMiB: r.VRAMMiB, CpuMillis: r.CPUMillis, RamMiB: r.RAMMiB, DiskMiB: r.DiskMiB,
		},
		DefaultRunTime: spec.Timeout, PrimaryInput: spec.PrimaryInput, DefaultSolverFee: new(big.Int),
	}, nil
}
