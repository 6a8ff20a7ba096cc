package main

// How the commands reach modules: one module.Resolver (local directories, ipfs://, Git) whose
// tag-only images are pinned through the Docker engine.

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"sync"

	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/storage"
)

var moduleCacheFlag = &cli.StringFlag{
	Name: "modules.cache", Value: filepath.Join(".pond", "modules"), EnvVars: envVar("modules.cache"),
	Usage: "where fetched modules are kept (Git checkouts by commit, ipfs:// modules by CID)",
}

var moduleMaxFetchFlag = &cli.Uint64Flag{
	Name: "modules.max-fetch-mib", Value: module.DefaultMaxFetchBytes >> 20, EnvVars: envVar("modules.max-fetch-mib"),
	Usage: "most that fetching one module by its CID (ipfs://) may write to the module cache, in MiB " +
		"(files plus 4 KiB an entry: a CID does not say how far its DAG expands)",
}

// moduleMaxFetchBytes reads --modules.max-fetch-mib in bytes; 0 (a command without the flag)
// leaves the resolver's default.
func moduleMaxFetchBytes(c *cli.Context) (int64, error) {
	mib := c.Uint64(moduleMaxFetchFlag.Name)
	if c.IsSet(moduleMaxFetchFlag.Name) && (mib == 0 || mib > math.MaxInt64>>20) {
		return 0, fmt.Errorf("invalid --%s %d: want 1 to %d", moduleMaxFetchFlag.Name, mib, int64(math.MaxInt64>>20))
	}
	return int64(mib) << 20, nil
}

// enginePinner pins image tags through the Docker engine, connecting on first use.
type enginePinner struct {
	once sync.Once
	d    *executor.Docker
	err  error
}

func (p *enginePinner) PinImage(ctx context.Context, ref string) (string, error) {
	p.once.Do(func() { p.d, p.err = executor.NewDocker(ctx) })
	if p.err != nil {
		return "", p.err
	}
	return p.d.PinImage(ctx, ref)
}

// moduleResolver resolves the module references the command is given.
func moduleResolver(c *cli.Context, store module.Fetcher, localDirs ...string) (*module.Resolver, error) {
	cache := c.String(moduleCacheFlag.Name)
	if cache == "" {
		cache = moduleCacheFlag.Value
	}
	maxFetch, err := moduleMaxFetchBytes(c)
	if err != nil {
		return nil, err
	}
	return &module.Resolver{Store: store, CacheDir: cache, LocalDirs: localDirs, Images: &enginePinner{}, MaxFetchBytes: maxFetch}, nil
}

// moduleFetchError names the flag that bounds a fetch the bound refused.
func moduleFetchError(err error) error {
	if errors.Is(err, storage.ErrTooLarge) {
		return fmt.Errorf("%w (--%s raises the bound)", err, moduleMaxFetchFlag.Name)
	}
	return err
}
