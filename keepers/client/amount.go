package client

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/revert"
)

// Every amount Pond reads from a person or shows to one goes through this file: ParseUnits and
// FormatUnits with the decimals of the amount's token, which Tokens reads from the token
// (ERC-20 metadata, once per token). The CLI, the client, the explorer and the audit all use it.

// EtherDecimals is the number of decimals of the native currency.
const EtherDecimals = 18

// MaxDecimals is the most decimals a token may declare: 10^77 is the largest power of ten a
// uint256 holds. A token that declares more has no usable unit.
const MaxDecimals = 77

var (
	// ErrBadAmount is wrapped by every error about an amount that cannot be read.
	ErrBadAmount = errors.New("invalid amount")
	// ErrNoDecimals is wrapped when an amount is typed for a token whose decimals() cannot be
	// read or is absurd: its base units are never guessed.
	ErrNoDecimals = errors.New("the token's decimals are unknown")
)

// ParseUnits reads an amount written in units with decimals places ("0.5", "2", ".25") into
// base units. It refuses zero, negative amounts and more fractional digits than decimals (never
// rounding).
func ParseUnits(s string, decimals int) (*big.Int, error) { return parseUnits(s, decimals, "") }

// CheckAmount checks that s is a positive number such as 0.5 (ParseUnits's syntax, whatever
// the decimals), before the token whose decimals scale it is known.
func CheckAmount(s string) error {
	_, _, err := amountDigits(s)
	return err
}

// amountDigits splits a positive number into its whole and fractional digits.
func amountDigits(s string) (whole, frac string, err error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return "", "", fmt.Errorf("%w: empty; want a number such as 0.5", ErrBadAmount)
	}
	if strings.HasPrefix(in, "-") {
		return "", "", fmt.Errorf("%w %q: must be positive", ErrBadAmount, s)
	}
	whole, frac, hasDot := strings.Cut(in, ".")
	if whole == "" && frac == "" || hasDot && strings.Contains(frac, ".") {
		return "", "", fmt.Errorf("%w %q: want a number such as 0.5", ErrBadAmount, s)
	}
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return "", "", fmt.Errorf("%w %q: want a number such as 0.5 (digits and one dot, no units)", ErrBadAmount, s)
			}
		}
	}
	if strings.Trim(whole+frac, "0") == "" {
		return "", "", fmt.Errorf("%w %q: must be more than zero", ErrBadAmount, s)
	}
	return whole, frac, nil
}

// parseUnits is ParseUnits naming the token (symbol) whose decimals bound the fraction.
func parseUnits(s string, decimals int, symbol string) (*big.Int, error) {
	if decimals < 0 || decimals > MaxDecimals {
		return nil, fmt.Errorf("%w %q: %d decimals: %w", ErrBadAmount, s, decimals, ErrNoDecimals)
	}
	whole, frac, err := amountDigits(s)
	if err != nil {
		return nil, err
	}
	if len(frac) > decimals {
		has := ""
		if symbol != "" {
			has = fmt.Sprintf(" (%s has %d)", symbol, decimals)
		}
		return nil, fmt.Errorf("%w %q: more than %d decimals%s", ErrBadAmount, s, decimals, has)
	}
	digits := whole + frac + strings.Repeat("0", decimals-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, fmt.Errorf("%w %q", ErrBadAmount, s)
	}
	if v.BitLen() > 256 {
		return nil, fmt.Errorf("%w %q: more than a uint256 holds", ErrBadAmount, s)
	}
	return v, nil
}

// FormatUnits renders base units in units with decimals places, without trailing zeros:
// 1500000 with 6 decimals is "1.5".
func FormatUnits(v *big.Int, decimals int) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	abs := new(big.Int).Abs(v)
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	q, r := new(big.Int).QuoRem(abs, unit, new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := fmt.Sprintf("%0*s", decimals, r.String())
		s += "." + strings.TrimRight(frac, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// ParseEther reads an amount of the native currency ("0.5") into wei.
func ParseEther(s string) (*big.Int, error) { return parseUnits(s, EtherDecimals, "ETH") }

// FormatEther renders wei in ether: 1.5e18 → "1.5".
func FormatEther(v *big.Int) string { return FormatUnits(v, EtherDecimals) }

// Token is what Pond knows of a token's units.
type Token struct {
	Address common.Address
	// Symbol labels its amounts: ETH for the native currency, else the token's symbol(), or its
	// address when that is missing or unprintable (or claims to be ETH).
	Symbol   string
	Decimals int
	// Problem, when set, says why Decimals is unusable (decimals() reverts, or is absurd):
	// amounts are then shown in base units and refused when typed.
	Problem string
}

// Tokens reads tokens' decimals() and symbol() once each and renders and parses their amounts.
// Its methods are safe for concurrent use; a nil *Tokens knows only the native currency.
type Tokens struct {
	caller  chain.Caller
	timeout time.Duration

	mu    sync.Mutex
	known map[common.Address]Token
}

// NewTokens reads token metadata through caller.
func NewTokens(caller chain.Caller) *Tokens {
	return &Tokens{caller: caller, timeout: 10 * time.Second, known: map[common.Address]Token{}}
}

var native = Token{Address: chain.Native, Symbol: "ETH", Decimals: EtherDecimals}

// Token returns what is known of token, reading its metadata the first time. A failed read that
// may succeed later (the RPC endpoint down) is not remembered.
func (ts *Tokens) Token(ctx context.Context, token common.Address) Token {
	if token == chain.Native {
		return native
	}
	if ts == nil || ts.caller == nil {
		return Token{Address: token, Symbol: token.Hex(), Problem: "its decimals() were not read"}
	}
	ts.mu.Lock()
	t, ok := ts.known[token]
	ts.mu.Unlock()
	if ok {
		return t
	}
	t, final := ts.read(ctx, token)
	if final {
		ts.mu.Lock()
		ts.known[token] = t
		ts.mu.Unlock()
	}
	return t
}

// Warm reads the metadata of tokens not read yet, so that rendering their amounts later (Money,
// from inside a view that must not call the node) needs no call.
func (ts *Tokens) Warm(ctx context.Context, tokens ...common.Address) {
	for _, t := range tokens {
		ts.Token(ctx, t)
	}
}

// token is Token with the default timeout, for renderers that have no context.
func (ts *Tokens) token(token common.Address) Token {
	if token == chain.Native || ts == nil {
		return ts.Token(context.Background(), token)
	}
	ctx, cancel := context.WithTimeout(context.Background(), ts.timeout)
	defer cancel()
	return ts.Token(ctx, token)
}

var erc20 = bindings.NewPondTestToken()

// read calls decimals() and symbol(); final is false when a call failed for a reason that may go
// away (anything but a revert or an answer that is not what ERC-20 metadata returns).
func (ts *Tokens) read(ctx context.Context, token common.Address) (t Token, final bool) {
	t = Token{Address: token, Symbol: token.Hex()}
	final = true
	out, err := ts.caller.CallContract(ctx, ethereum.CallMsg{To: &token, Data: erc20.PackDecimals()}, nil)
	switch {
	case err != nil && isRevert(err):
		t.Problem = "its decimals() reverts"
	case err != nil:
		t.Problem, final = fmt.Sprintf("its decimals() could not be read: %v", err), false
	case len(out) < 32:
		t.Problem = "its decimals() returns no number"
	default:
		if d := new(big.Int).SetBytes(out[:32]); d.Cmp(big.NewInt(MaxDecimals)) > 0 {
			t.Problem = fmt.Sprintf("its decimals() says %s, more than %d", d, MaxDecimals)
		} else {
			t.Decimals = int(d.Int64())
		}
	}
	out, err = ts.caller.CallContract(ctx, ethereum.CallMsg{To: &token, Data: erc20.PackSymbol()}, nil)
	if err != nil && !isRevert(err) {
		return t, false
	}
	if err == nil {
		if s, err := erc20.UnpackSymbol(out); err == nil && printableSymbol(s) {
			t.Symbol = s
		}
	}
	return t, final
}

func isRevert(err error) bool {
	_, withData := revert.DataFrom(err)
	return withData || strings.Contains(err.Error(), "execution reverted")
}

// printableSymbol: 1 to 16 letters, digits and a few signs, and not the native currency's.
func printableSymbol(s string) bool {
	if s == "" || len(s) > 16 || strings.EqualFold(s, native.Symbol) {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(".-_+$", r)) {
			return false
		}
	}
	return true
}

// Symbol labels token's amounts ("ETH", "PTT", its address when it has no usable symbol).
func (ts *Tokens) Symbol(token common.Address) string { return ts.token(token).Symbol }

// Amount renders v in token's units without its symbol ("1.5"), or "1500000 base units" when
// its decimals are unknown.
func (ts *Tokens) Amount(token common.Address, v *big.Int) string {
	t := ts.token(token)
	if t.Problem != "" {
		return FormatUnits(v, 0) + " base units"
	}
	return FormatUnits(v, t.Decimals)
}

// Money renders v with its token: "0.011 ETH", "1.5 USDC"; when the token's decimals are
// unknown, "1500000 base units of X (its decimals() reverts)".
func (ts *Tokens) Money(token common.Address, v *big.Int) string {
	t := ts.token(token)
	if t.Problem != "" {
		return fmt.Sprintf("%s base units of %s (%s)", FormatUnits(v, 0), t.Symbol, t.Problem)
	}
	return FormatUnits(v, t.Decimals) + " " + t.Symbol
}

// Parse reads an amount of token typed by a person ("1.5") into base units, with the token's
// decimals; it is refused when those are unknown or when s has more fractional digits.
func (ts *Tokens) Parse(ctx context.Context, token common.Address, s string) (*big.Int, error) {
	t := ts.Token(ctx, token)
	if t.Problem != "" {
		name := t.Symbol
		if name != token.Hex() {
			name += " (" + token.Hex() + ")"
		}
		return nil, fmt.Errorf("%w %q: Pond cannot tell how many base units make one %s: %s: %w", ErrBadAmount, s, name, t.Problem, ErrNoDecimals)
	}
	return parseUnits(s, t.Decimals, t.Symbol)
}

// TokenArg is the --token value that names token: eth, ptt (the deployment's test token) or its
// address.
func TokenArg(d chain.Deployment, token common.Address) string {
	switch {
	case token == chain.Native:
		return "eth"
	case token == d.TestToken:
		return "ptt"
	}
	return token.Hex()
}

// WithdrawCommand is the command that sends v of token from the Pond balance to the wallet.
func WithdrawCommand(d chain.Deployment, ts *Tokens, token common.Address, v *big.Int) string {
	cmd := "pond withdraw " + ts.Amount(token, v)
	if token != chain.Native {
		cmd += " --token " + TokenArg(d, token)
	}
	return cmd
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
