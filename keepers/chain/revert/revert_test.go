package revert_test

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pond-compute/pond/keepers/chain/revert"
)

const fixtureABI = `[{"type":"error","name":"JobNotOpen","inputs":[{"name":"jobId","type":"uint256"},{"name":"status","type":"uint8"}]},
{"type":"error","name":"NotOwner","inputs":[{"name":"","type":"address"}]}]`

func encode(t *testing.T, sig string, args abi.Arguments, vals ...any) []byte {
	t.Helper()
	packed, err := args.Pack(vals...)
	if err != nil {
		t.Fatal(err)
	}
	return append(crypto.Keccak256([]byte(sig))[:4:4], packed...)
}

func typ(t *testing.T, s string) abi.Type {
	t.Helper()
	ty, err := abi.NewType(s, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return ty
}

func TestDecode(t *testing.T) {
	parsed, err := abi.JSON(strings.NewReader(fixtureABI))
	if err != nil {
		t.Fatal(err)
	}
	dec := revert.NewDecoder(&parsed)

	jobNotOpen := parsed.Errors["JobNotOpen"]
	data := append(jobNotOpen.ID[:4:4], mustPack(t, jobNotOpen.Inputs, big.NewInt(12), uint8(2))...)
	err = dec.Decode(data)
	var custom *revert.CustomError
	if !errors.As(err, &custom) || custom.Name != "JobNotOpen" || custom.Signature != "JobNotOpen(uint256,uint8)" {
		t.Fatalf("decoded %v", err)
	}
	if got := err.Error(); got != "JobNotOpen(jobId=12, status=2)" {
		t.Fatalf("message %q", got)
	}
	if !errors.Is(fmt.Errorf("match job: %w", err), revert.Named("JobNotOpen")) || errors.Is(err, revert.Named("NotOwner")) {
		t.Fatal("errors.Is by name does not work through wrapping")
	}

	// Unnamed arguments get positional names.
	notOwner := parsed.Errors["NotOwner"]
	addr := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	err = dec.Decode(append(notOwner.ID[:4:4], mustPack(t, notOwner.Inputs, addr)...))
	if !errors.As(err, &custom) {
		t.Fatalf("decoded %v", err)
	}
	if v, ok := custom.Arg("arg0"); !ok || v.(common.Address) != addr {
		t.Fatalf("arg0 = %v", v)
	}

	var reason *revert.ReasonError
	if err := dec.Decode(encode(t, "Error(string)", abi.Arguments{{Type: typ(t, "string")}}, "nope")); !errors.As(err, &reason) || reason.Reason != "nope" {
		t.Fatalf("Error(string) decoded as %v", err)
	}
	var p *revert.PanicError
	if err := dec.Decode(encode(t, "Panic(uint256)", abi.Arguments{{Type: typ(t, "uint256")}}, big.NewInt(0x11))); !errors.As(err, &p) || !strings.Contains(err.Error(), "overflow") {
		t.Fatalf("Panic(0x11) decoded as %v", err)
	}
	var unknown *revert.UnknownError
	for _, d := range [][]byte{nil, {1, 2}, {0xde, 0xad, 0xbe, 0xef, 1}} {
		if err := dec.Decode(d); !errors.As(err, &unknown) {
			t.Fatalf("%x decoded as %v", d, err)
		}
	}
	// A known selector with malformed arguments is not a decoded error.
	if err := dec.Decode(jobNotOpen.ID[:4]); !errors.As(err, &unknown) {
		t.Fatalf("truncated JobNotOpen decoded as %v", err)
	}
}

func mustPack(t *testing.T, args abi.Arguments, vals ...any) []byte {
	t.Helper()
	b, err := args.Pack(vals...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type rpcDataError struct{ data any }

func (e rpcDataError) Error() string  { return "execution reverted" }
func (e rpcDataError) ErrorData() any { return e.data }

func TestDataFrom(t *testing.T) {
	if d, ok := revert.DataFrom(fmt.Errorf("estimate: %w", rpcDataError{"0x01020304"})); !ok || len(d) != 4 || d[3] != 4 {
		t.Fatalf("DataFrom(hex string) = %x, %v", d, ok)
	}
	for _, err := range []error{errors.New("plain"), rpcDataError{"not hex"}, rpcDataError{nil}} {
		if _, ok := revert.DataFrom(err); ok {
			t.Fatalf("DataFrom(%v) found data", err)
		}
	}
	plain := errors.New("connection refused")
	if got := revert.NewDecoder().FromCallError(plain); got != plain {
		t.Fatalf("FromCallError changed an error without data: %v", got)
	}
}
