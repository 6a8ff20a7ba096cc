package main

// The market index the read commands (`pond job show|why`, `pond deal show`) answer from: an
// on-disk keepers/index file brought up to the chain's head before each answer, so a warm index
// costs a handful of RPC calls however long the chain's history.

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
)

var marketIndexFlag = &cli.StringFlag{
	Name: "index", EnvVars: envVar("index"),
	Usage: "on-disk market index (keepers: <work.dir>/index.sqlite; other commands: .pond/index/<chainId>-<market>.sqlite); " +
		"delete it to rebuild it from the chain",
}

// readFlags are what the commands that read the market through its index take.
var readFlags = append(append([]cli.Flag{}, chainFlags...), marketIndexFlag)

// marketView opens the command's market index, brings it up to the chain's head and returns
// it with the market view at that block. The caller closes the index.
func marketView(c *cli.Context, s *chainSession) (*index.Index, *state.Tracker, error) {
	path := c.String(marketIndexFlag.Name)
	if path == "" {
		path = filepath.Join(".pond", "index", fmt.Sprintf("%d-%s.sqlite", s.ChainID, strings.ToLower(s.Deployment.Market.Hex())))
	}
	x, err := index.Open(path, s.Deployment)
	if err != nil {
		return nil, nil, fmt.Errorf("--%s: %w", marketIndexFlag.Name, err)
	}
	ctx, cancel := context.WithTimeout(c.Context, 30*time.Minute)
	defer cancel()
	head, err := s.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		x.Close()
		return nil, nil, fmt.Errorf("read the chain head: %w", err)
	}
	var lastReport time.Time
	tr, err := x.Sync(ctx, index.SyncConfig{
		Dial: follow.Static(s.Client), Head: head.Number.Uint64(), Logger: logger(c),
		// As deep as the keepers read (0 on the devnet): a shallow reorg never forces a rebuild;
		// the getters give the latest status.
		Confirmations: keeperConfirmations(c, s.ChainID),
		Progress: func(block, target uint64) {
			if time.Since(lastReport) >= 2*time.Second {
				lastReport = time.Now()
				fmt.Fprintf(c.App.ErrWriter, "indexing the market: block %d of %d (%s; kept for next time)\n", block, target, path)
			}
		},
	})
	if err != nil {
		x.Close()
		return nil, nil, err
	}
	return x, tr, nil
}
