package client

import (
	"errors"
	"math/big"
	"os"
	"testing"
)

func TestParseAmount(t *testing.T) {
	for in, want := range map[string]string{
		"1": "1000000000000000000", "0.5": "500000000000000000", ".25": "250000000000000000",
		"2.": "2000000000000000000", "0.000000000000000001": "1", " 3 ": "3000000000000000000",
	} {
		got, err := ParseAmount(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1", "0", "0.0", "1e18", "1,5", "0.5 ETH", "abc", "1.2.3", ".", "0.0000000000000000001"} {
		if v, err := ParseAmount(in); !errors.Is(err, ErrBadAmount) {
			t.Errorf("ParseAmount(%q) = %v, %v; want ErrBadAmount", in, v, err)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	for in, want := range map[string]string{
		"0": "0", "1": "0.000000000000000001", "1000000000000000000": "1", "11000000000000000": "0.011",
		"270000000000000000": "0.27", "-500000000000000000": "-0.5",
	} {
		v, _ := new(big.Int).SetString(in, 10)
		if got := FormatAmount(v); got != want {
			t.Errorf("FormatAmount(%s) = %q, want %q", in, got, want)
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
