package main

import (
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// --solver.janitors takes the addresses repeated or comma-separated, and names itself when one
// is not an address.
func TestSolverJanitorsFlag(t *testing.T) {
	a := common.HexToAddress("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65")
	b := common.HexToAddress("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc")
	parse := func(args ...string) ([]common.Address, error) {
		var got []common.Address
		var err error
		app := &cli.App{Flags: []cli.Flag{solverJanitorsFlag}, Action: func(c *cli.Context) error {
			got, err = addressesFlag(c, solverJanitorsFlag.Name)
			return nil
		}}
		if runErr := app.Run(append([]string{"pond"}, args...)); runErr != nil {
			t.Fatal(runErr)
		}
		return got, err
	}
	for _, args := range [][]string{
		{"--solver.janitors", a.Hex() + ", " + b.Hex()},
		{"--solver.janitors", a.Hex(), "--solver.janitors", b.Hex()},
	} {
		got, err := parse(args...)
		if err != nil || !slices.Equal(got, []common.Address{a, b}) {
			t.Errorf("%v: %v, %v; want [%s %s]", args, got, err, a, b)
		}
	}
	if got, err := parse(); err != nil || len(got) != 0 {
		t.Errorf("no flag: %v, %v; want none", got, err)
	}
	if _, err := parse("--solver.janitors", a.Hex()+",0x12"); err == nil {
		t.Error("0x12 taken as a janitor's address")
	}
}
