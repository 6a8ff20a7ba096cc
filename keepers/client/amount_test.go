package client

import (
	"context"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain"
)

func TestParseEther(t *testing.T) {
	for in, want := range map[string]string{
		"1": "1000000000000000000", "0.5": "500000000000000000", ".25": "250000000000000000",
		"2.": "2000000000000000000", "0.000000000000000001": "1", " 3 ": "3000000000000000000",
	} {
		got, err := ParseEther(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseEther(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1", "0", "0.0", "1e18", "1,5", "0.5 ETH", "abc", "1.2.3", ".", "0.0000000000000000001"} {
		if v, err := ParseEther(in); !errors.Is(err, ErrBadAmount) {
			t.Errorf("ParseEther(%q) = %v, %v; want ErrBadAmount", in, v, err)
		}
	}
}

func TestFormatEther(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "1": "0.000000000000000001", "1000000000000000000": "1", "11000000000000000": "0.011",
		"270000000000000000": "0.27", "-500000000000000000": "-0.5",
	} {
		v, _ := new(big.Int).SetString(in, 10)
		if got := FormatEther(v); got != want {
			t.Errorf("FormatEther(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestFreeDir_neverReusesAnExistingResult(t *testing.T) {
	base := t.TempDir() + "/pond-results/1"
	if got := freeDir(base); got != base {
		t.Fatalf("freeDir of a new path = %s", got)
	}
	for _, p := range []string{base, base + "-2"} {
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if got := freeDir(base); got != base+"-3" {
		t.Fatalf("freeDir = %s, want %s-3", got, base)
	}
}

func TestParseUnits_theTokensDecimals(t *testing.T) {
	for _, c := range []struct {
		in       string
		decimals int
		want     string
	}{{"1.5", 6, "1500000"}, {"0.000001", 6, "1"}, {"2", 0, "2"}, {"1", 77, "1" + strings.Repeat("0", 77)}} {
		if got, err := ParseUnits(c.in, c.decimals); err != nil || got.String() != c.want {
			t.Errorf("ParseUnits(%q, %d) = %v, %v; want %s", c.in, c.decimals, got, err, c.want)
		}
	}
	// More fractional digits than the token has: refused, never rounded.
	for _, c := range []struct {
		in       string
		decimals int
	}{{"0.0000001", 6}, {"1.50", 1}, {"0.5", 0}, {"1", 78}, {"1", -1}, {"2", 77}} {
		if v, err := ParseUnits(c.in, c.decimals); !errors.Is(err, ErrBadAmount) {
			t.Errorf("ParseUnits(%q, %d) = %v, %v; want ErrBadAmount", c.in, c.decimals, v, err)
		}
	}
	if err := CheckAmount("1.5"); err != nil {
		t.Errorf("CheckAmount(1.5): %v", err)
	}
	for _, in := range []string{"", "0", "-1", "1e6", "0.5 USDC"} {
		if err := CheckAmount(in); !errors.Is(err, ErrBadAmount) {
			t.Errorf("CheckAmount(%q) = %v, want ErrBadAmount", in, err)
		}
	}
}

func TestFormatUnits_theTokensDecimals(t *testing.T) {
	for _, c := range []struct {
		in       int64
		decimals int
		want     string
	}{{1_500_000, 6, "1.5"}, {1, 6, "0.000001"}, {21_000, 6, "0.021"}, {7, 0, "7"}, {-20_000, 6, "-0.02"}} {
		if got := FormatUnits(big.NewInt(c.in), c.decimals); got != c.want {
			t.Errorf("FormatUnits(%d, %d) = %q, want %q", c.in, c.decimals, got, c.want)
		}
	}
}

// A nil *Tokens knows the native currency only: an ERC-20's amounts are shown in base units
// and refused when typed.
func TestTokens_nilKnowsOnlyTheNativeCurrency(t *testing.T) {
	var ts *Tokens
	token := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if got := ts.Money(chain.Native, big.NewInt(1e16)); got != "0.01 ETH" {
		t.Errorf("native: %q", got)
	}
	if got := ts.Money(token, big.NewInt(5)); !strings.HasPrefix(got, "5 base units of "+token.Hex()) {
		t.Errorf("token: %q", got)
	}
	if _, err := ts.Parse(context.Background(), token, "1"); !errors.Is(err, ErrNoDecimals) {
		t.Errorf("parse for a token: %v, want ErrNoDecimals", err)
	}
}
