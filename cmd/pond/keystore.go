package main

// `pond account new|import`: keys kept as operators keep them, in an encrypted go-ethereum
// keystore (keepers/keys). The keepers and commands then send with --keystore and
// --password-file.

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/pond-compute/pond/keepers/keys"
)

func init() { register(accountCommand()) }

var (
	keystoreDirFlag = &cli.StringFlag{
		Name: "keystore", Value: ".pond/keystore", EnvVars: envVar("keystore"),
		Usage: "keystore directory the new key is written to (created with mode 700)",
	}
	newPasswordFileFlag = &cli.StringFlag{
		Name: "password-file", EnvVars: envVar("password-file"),
		Usage: "file whose first line is the password that encrypts the key (mode 600); without it the password is asked on the terminal",
	}
)

func accountCommand() *cli.Command {
	return &cli.Command{
		Name:  "account",
		Usage: "create or import the key a keeper or command sends with, in an encrypted keystore",
		Subcommands: []*cli.Command{
			{
				Name:  "new",
				Usage: "create a new key in the keystore and print its address",
				Description: "Writes an encrypted key file (go-ethereum's keystore format, scrypt) into --keystore.\n" +
					"Use it with `--keystore <dir or file> --password-file <file>`. Back the file and the password up:\n" +
					"without both, the account's funds are lost.",
				Flags:  []cli.Flag{keystoreDirFlag, newPasswordFileFlag},
				Action: func(c *cli.Context) error { return writeKey(c, false) },
			},
			{
				Name:  "import",
				Usage: "encrypt an existing key (--key-file, or --private-key) into the keystore",
				Flags: []cli.Flag{keystoreDirFlag, newPasswordFileFlag, keyFileFlag, privateKeyFlag},
				Action: func(c *cli.Context) error {
					return writeKey(c, true)
				},
			},
		},
	}
}

func writeKey(c *cli.Context, imported bool) error {
	if c.NArg() != 0 {
		return fmt.Errorf("unexpected argument %q (the key comes from --%s or --%s)", c.Args().First(), keyFileFlag.Name, privateKeyFlag.Name)
	}
	dir := c.String(keystoreDirFlag.Name)
	if dir == "" {
		return fmt.Errorf("--%s: name a directory", keystoreDirFlag.Name)
	}
	var src keys.Source
	if imported {
		src = keys.Source{Hex: strings.TrimSpace(c.String(privateKeyFlag.Name)), File: c.String(keyFileFlag.Name)}
		if src.Hex == "" && src.File == "" {
			return fmt.Errorf("pond account import: give the key with --%s (or --%s)", keyFileFlag.Name, privateKeyFlag.Name)
		}
	}
	password, err := newPassword(c)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("--%s: %w", keystoreDirFlag.Name, err)
	}
	var addr, path string
	if imported {
		key, err := src.Load()
		if err != nil {
			if src.Hex != "" {
				return fmt.Errorf("invalid --%s: %w", privateKeyFlag.Name, err)
			}
			return fmt.Errorf("--%s: %w", keyFileFlag.Name, err)
		}
		acct, err := keys.Import(dir, key, password, keys.Standard)
		if err != nil {
			return fmt.Errorf("import into %s: %w", dir, err)
		}
		addr, path = acct.Address.Hex(), acct.URL.Path
	} else {
		acct, err := keys.New(dir, password, keys.Standard)
		if err != nil {
			return fmt.Errorf("new key in %s: %w", dir, err)
		}
		addr, path = acct.Address.Hex(), acct.URL.Path
	}
	fmt.Fprintf(c.App.Writer, "account  %s\nkeystore %s\nUse it with --keystore %s --password-file <file>. Back up the file and the password.\n", addr, path, path)
	return nil
}

// newPassword reads --password-file, or asks twice on the terminal.
func newPassword(c *cli.Context) (string, error) {
	if f := c.String(newPasswordFileFlag.Name); f != "" {
		pw, err := keys.ReadPassword(f)
		if err != nil {
			return "", fmt.Errorf("--%s: %w", newPasswordFileFlag.Name, err)
		}
		if pw == "" {
			return "", fmt.Errorf("--%s %s: the first line is empty", newPasswordFileFlag.Name, f)
		}
		return pw, nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", fmt.Errorf("no --%s and no terminal to ask for a password", newPasswordFileFlag.Name)
	}
	ask := func(prompt string) (string, error) {
		fmt.Fprint(c.App.ErrWriter, prompt)
		b, err := term.ReadPassword(fd)
		fmt.Fprintln(c.App.ErrWriter)
		return string(b), err
	}
	pw, err := ask("Password for the new key: ")
	if err != nil {
		return "", err
	}
	again, err := ask("Again: ")
	if err != nil {
		return "", err
	}
	switch {
	case pw == "":
		return "", errors.New("empty password")
	case pw != again:
		return "", errors.New("the passwords differ")
	}
	return pw, nil
}
