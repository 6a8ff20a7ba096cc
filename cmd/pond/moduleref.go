package main

// How the commands reach modules: one module.Resolver (local directories, ipfs://, Git) whose
// tag-only images are pinned through the Docker engine.

import (
	"context"
	"path/filepath"
	"sync"

	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
)

var moduleCacheFlag = &cli.StringFlag{
	Name: "modules.cache", Value: filepath.Join(".pond", "modules"), EnvVars: envVar("modules.cache"),
	Usage: "where fetched modules are kept (Git checkouts by commit, ipfs:// modules by CID)",
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
func moduleResolver(c *cli.Context, store module.Fetcher, localDirs ...string) *module.Resolver {
	cache := c.String(moduleCacheFlag.Name)
	if cache == "" {
		cache = moduleCacheFlag.Value
	}
	return &module.Resolver{Store: store, CacheDir: cache, LocalDirs: localDirs, Images: &enginePinner{}}
}
