package client

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain"
)

// Decimals is the number of decimals of every amount Pond shows: the native currency and the
// test token both have 18.
const Decimals = 18

var unit = new(big.Int).Exp(big.NewInt(10), big.NewInt(Decimals), nil)

// ErrBadAmount is wrapped by every ParseAmount error.
var ErrBadAmount = errors.New("invalid amount")

// ParseAmount reads an amount in ether units ("0.5", "2", "0.000000000000000001") into base units
// (wei). It accepts at most 18 decimals and refuses zero and negative amounts.
func ParseAmount(s string) (*big.Int, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return nil, fmt.Errorf("%w: empty; want a number of ether such as 0.5", ErrBadAmount)
	}
	if strings.HasPrefix(in, "-") {
		return nil, fmt.Errorf("%w %q: must be positive", ErrBadAmount, s)
	}
	whole, frac, hasDot := strings.Cut(in, ".")
	if whole == "" && frac == "" || hasDot && strings.Contains(frac, ".") {
		return nil, fmt.Errorf("%w %q: want a number of ether such as 0.5", ErrBadAmount, s)
	}
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return nil, fmt.Errorf("%w %q: want a number of ether such as 0.5 (digits and one dot, no units)", ErrBadAmount, s)
			}
		}
	}
	if len(frac) > Decimals {
		return nil, fmt.Errorf("%w %q: more than %d decimals", ErrBadAmount, s, Decimals)
	}
	digits := whole + frac + strings.Repeat("0", Decimals-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrBadAmount, s)
	}
	if v.Sign() == 0 {
		return nil, fmt.Errorf("%w %q: must be more than zero", ErrBadAmount, s)
	}
	return v, nil
}

// FormatAmount renders base units in ether units without trailing zeros: 1.5e18 → "1.5".
func FormatAmount(v *big.Int) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	q, r := new(big.Int).QuoRem(abs, unit, new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := fmt.Sprintf("%0*s", Decimals, r.String())
		s += "." + strings.TrimRight(frac, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// Symbol names a token of a deployment: ETH for the native currency, PTT for the test token,
// else its address.
func Symbol(d chain.Deployment, token common.Address) string {
	switch {
	case token == chain.Native:
		return "ETH"
	case token == d.TestToken:
		return "PTT"
	}
	return token.Hex()
}

// Money renders an amount with its token: "0.011 ETH".
func Money(d chain.Deployment, token common.Address, v *big.Int) string {
	return FormatAmount(v) + " " + Symbol(d, token)
}

// ParseToken reads a token name: "" or "eth"/"native" is the native currency, "ptt"/"test" the
// deployment's test token, otherwise a 0x address.
func ParseToken(d chain.Deployment, s string) (common.Address, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "eth", "native":
		return chain.Native, nil
	case "ptt", "test":
		if d.TestToken == (common.Address{}) {
			return common.Address{}, fmt.Errorf("token %q: %w", s, chain.ErrNoTestToken)
		}
		return d.TestToken, nil
	}
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("token %q: want eth, ptt or a 0x address", s)
	}
	return common.HexToAddress(s), nil
}
