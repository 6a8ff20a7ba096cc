package main

// `pond devnet --demo` (what `make demo` runs): the devnet with its keepers, one cowsay job run
// through the market by dev account 1, the cow printed, then everything stops.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/txmgr"
)

var (
	devnetDemoFlag = &cli.BoolFlag{
		Name: "demo", EnvVars: envVar("devnet.demo"),
		Usage: "with the keepers (implies --with-keepers), run one cowsay job through the market from dev account 1, print the cow and stop",
	}
	devnetDemoMessageFlag = &cli.StringFlag{
		Name: "demo.message", Value: "Hello from Pond!", EnvVars: envVar("devnet.demo.message"),
		Usage: "what the demo's cow says",
	}
)

// devnetDemoAccount posts the demo job: the account left for people running jobs.
const devnetDemoAccount = 1

// runDevnetDemo runs cowsay:<version> through the market on the started devnet and keepers and
// prints the module's output files.
func runDevnetDemo(ctx context.Context, c *cli.Context, d chain.Deployment, backend any, accounts []devnet.Account) error {
	b, ok := backend.(client.Backend)
	if !ok {
		return fmt.Errorf("--%s: the chain client cannot follow logs", devnetDemoFlag.Name)
	}
	sender, err := txmgr.New(ctx, b, txmgr.Config{
		Key: accounts[devnetDemoAccount].Key, PollInterval: 50 * time.Millisecond, Errors: chain.Errors(), Logger: logger(c),
	})
	if err != nil {
		return err
	}
	store, err := openStore(c)
	if err != nil {
		return err
	}
	cl, err := client.New(client.Config{
		Deployment: d, Backend: b, Sender: sender, Store: store, PollInterval: 200 * time.Millisecond, Logger: logger(c),
	})
	if err != nil {
		return err
	}
	nameVersion := "cowsay:" + c.String(devnetModuleVersionFlag.Name)
	w := c.App.Writer
	fmt.Fprintf(w, "\nDemo: %s from %s, paying %s ETH\n", nameVersion, accounts[devnetDemoAccount].Address.Hex(),
		client.FormatEther(client.DefaultPrice))
	view := newProgressView(w, isTerminal(w))
	res, err := cl.Run(ctx, nameVersion, map[string]string{"Message": c.String(devnetDemoMessageFlag.Name)},
		client.RunOptions{Progress: view.Report})
	view.Close(err == nil)
	if err != nil {
		return fmt.Errorf("demo job: %w", err)
	}
	session := &chainSession{Deployment: d, Tokens: cl.Tokens()}
	printResult(w, res, session)
	return printOutputs(w, res.Dir)
}

// printOutputs prints every file of a result directory.
func printOutputs(w io.Writer, dir string) error {
	printed := false
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		fmt.Fprintf(w, "\n--- %s ---\n%s", rel, data)
		printed = true
		return nil
	})
	if err == nil && !printed {
		err = errors.New("the result directory is empty")
	}
	return err
}
