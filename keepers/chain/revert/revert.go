// Package revert turns EVM revert data into Go errors: custom errors declared in contract ABIs
// (with their names and arguments), Solidity's Error(string) and Panic(uint256).
package revert

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	stringSelector = crypto.Keccak256([]byte("Error(string)"))[:4]
	panicSelector  = crypto.Keccak256([]byte("Panic(uint256)"))[:4]
)

// Arg is one decoded argument of a custom error.
type Arg struct {
	Name  string
	Value any
}

// CustomError is a custom error declared in a contract ABI, decoded with its arguments.
type CustomError struct {
	Name      string // e.g. "JobNotOpen"
	Signature string // e.g. "JobNotOpen(uint256)"
	Args      []Arg
	Data      []byte // the raw revert data, selector included
}

func (e *CustomError) Error() string {
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprintf("%s=%s", a.Name, formatValue(a.Value))
	}
	return fmt.Sprintf("%s(%s)", e.Name, strings.Join(parts, ", "))
}

// Arg returns the argument called name.
func (e *CustomError) Arg(name string) (any, bool) {
	for _, a := range e.Args {
		if a.Name == name {
			return a.Value, true
		}
	}
	return nil, false
}

// Is reports whether target is a *CustomError with the same name, so that
// errors.Is(err, &revert.CustomError{Name: "JobNotOpen"}) works; Named builds such targets.
func (e *CustomError) Is(target error) bool {
	var t *CustomError
	if !errors.As(target, &t) {
		return false
	}
	return t.Name == e.Name
}

// Named returns a target for errors.Is that matches any custom error called name.
func Named(name string) error { return &CustomError{Name: name} }

// ReasonError is Solidity's Error(string), raised by require(cond, "reason") and revert("reason").
type ReasonError struct{ Reason string }

func (e *ReasonError) Error() string { return fmt.Sprintf("reverted: %q", e.Reason) }

// PanicError is Solidity's Panic(uint256): assert failures, arithmetic errors and the like.
type PanicError struct {
	Code *big.Int
}

func (e *PanicError) Error() string {
	reason := "unknown panic code"
	if e.Code.IsUint64() {
		if r, ok := panicReasons[e.Code.Uint64()]; ok {
			reason = r
		}
	}
	return fmt.Sprintf("panic %#x: %s", e.Code, reason)
}

var panicReasons = map[uint64]string{
	0x00: "generic panic",
	0x01: "assert failed",
	0x11: "arithmetic underflow or overflow",
	0x12: "division or modulo by zero",
	0x21: "invalid enum value",
	0x22: "invalid storage byte array",
	0x31: "pop on empty array",
	0x32: "array index out of bounds",
	0x41: "out of memory",
	0x51: "call to zero-initialized function",
}

// UnknownError is revert data that no known ABI explains (including an empty revert).
type UnknownError struct{ Data []byte }

func (e *UnknownError) Error() string {
	if len(e.Data) == 0 {
		return "reverted without data"
	}
	return "reverted with unknown data 0x" + hex.EncodeToString(e.Data)
}

// Decoder decodes revert data against the custom errors of a set of ABIs.
type Decoder struct {
	errs map[[4]byte]abi.Error
}

// NewDecoder collects the custom errors of every ABI given. Errors with the same selector are
// identical by construction (the selector hashes the signature), so later ABIs may repeat them.
func NewDecoder(abis ...*abi.ABI) *Decoder {
	d := &Decoder{errs: make(map[[4]byte]abi.Error)}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			d.errs[sel] = e
		}
	}
	return d
}

// Decode returns a *CustomError, *ReasonError, *PanicError or *UnknownError for data.
func (d *Decoder) Decode(data []byte) error {
	if len(data) < 4 {
		return &UnknownError{Data: data}
	}
	switch {
	case bytes.Equal(data[:4], stringSelector):
		vals, err := abi.Arguments{{Type: mustType("string")}}.Unpack(data[4:])
		if err != nil {
			return &UnknownError{Data: data}
		}
		return &ReasonError{Reason: vals[0].(string)}
	case bytes.Equal(data[:4], panicSelector):
		vals, err := abi.Arguments{{Type: mustType("uint256")}}.Unpack(data[4:])
		if err != nil {
			return &UnknownError{Data: data}
		}
		return &PanicError{Code: vals[0].(*big.Int)}
	}
	if d == nil {
		return &UnknownError{Data: data}
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	e, ok := d.errs[sel]
	if !ok {
		return &UnknownError{Data: data}
	}
	vals, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return &UnknownError{Data: data}
	}
	args := make([]Arg, len(vals))
	for i, v := range vals {
		name := e.Inputs[i].Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		args[i] = Arg{Name: name, Value: v}
	}
	return &CustomError{Name: e.Name, Signature: e.Sig, Args: args, Data: data}
}

// DataFrom extracts revert data from an error returned by a JSON-RPC call (eth_call,
// eth_estimateGas). It reports false when err carries no revert data.
func DataFrom(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch v := de.ErrorData().(type) {
	case string:
		if !strings.HasPrefix(v, "0x") {
			return nil, false
		}
		b, decErr := hex.DecodeString(v[2:])
		if decErr != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return v, true
	}
	return nil, false
}

// FromCallError converts an RPC error carrying revert data into the decoded revert error, or
// returns err unchanged when it carries none.
func (d *Decoder) FromCallError(err error) error {
	data, ok := DataFrom(err)
	if !ok {
		return err
	}
	return d.Decode(data)
}

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}

func formatValue(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return "0x" + hex.EncodeToString(x)
	}
	return fmt.Sprint(v)
}
