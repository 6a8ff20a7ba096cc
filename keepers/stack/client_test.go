package stack_test

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// recordingClient loads test/unit/PondUnitBase.sol's RecordingClient as forge compiled it
// (`make build` or `make test-sol` writes out/).
func recordingClient(t *testing.T) (abi.ABI, []byte) {
	t.Helper()
	path := filepath.Join(testenv.ModuleRoot(t), "out", "PondUnitBase.sol", "RecordingClient.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		testenv.Unavailable(t, "the compiled RecordingClient (forge build)", err)
	}
	var art struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode struct {
			Object string `json:"object"`
		} `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(art.ABI)))
	if err != nil {
		t.Fatal(err)
	}
	return parsed, common.FromHex(art.Bytecode.Object)
}

// TestContractClient: a contract posts cowsay through runModuleWithDefaultMediators with
// value, and on acceptance the market calls its receiveJobResults with the result's CID.
func TestContractClient(t *testing.T) {
	clientABI, code := recordingClient(t)
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	w.startProvider(w.providerConfig(providerIdx, nil, t.TempDir()))

	ctor, err := clientABI.Pack("", w.dep.Market)
	if err != nil {
		t.Fatal(err)
	}
	r := w.send(w.creator, txmgr.Candidate{Data: append(code, ctor...)}, nil)
	client := r.ContractAddress
	value := new(big.Int).Add(jobPrice, milliEther(1)) // the price plus cowsay's solver fee
	data, err := clientABI.Pack("run", "cowsay:v0.0.1", "moo")
	if err != nil {
		t.Fatal(err)
	}
	w.send(w.creator, txmgr.Candidate{To: &client, Data: data, Value: value}, nil)

	var id uint64
	w.waitFor("the client's job", func() bool {
		w.view.View(func(m *state.Market) {
			for _, j := range m.Jobs {
				if j.Creator == client {
					id = j.ID
				}
			}
		})
		return id != 0
	})
	j := w.waitStatus(id, state.StatusSubmitted)
	want, _ := w.alone("moo")
	if j.ResultCID != want {
		t.Fatalf("submitted %s, running cowsay alone on the primary input gives %s", j.ResultCID, want)
	}
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	j = w.waitStatus(id, state.StatusAccepted)
	w.waitFor("the callback", func() bool { return w.job(id).CallbackDelivered || w.job(id).CallbackFailed })
	if !w.job(id).CallbackDelivered {
		t.Fatal("the market's call to receiveJobResults failed (CallbackFailed)")
	}

	call := func(method string) []any {
		data, err := clientABI.Pack(method)
		if err != nil {
			t.Fatal(err)
		}
		out, err := w.net.Client().CallContract(w.ctx, ethereum.CallMsg{To: &client, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		vals, err := clientABI.Unpack(method, out)
		if err != nil {
			t.Fatal(err)
		}
		return vals
	}
	if got := call("lastCid")[0].(string); got != want {
		t.Fatalf("receiveJobResults got CID %q, want %q", got, want)
	}
	if got := call("lastJobId")[0].(*big.Int); got.Uint64() != id {
		t.Fatalf("receiveJobResults got job %s, want %d", got, id)
	}
	if got := call("calls")[0].(*big.Int); got.Int64() != 1 {
		t.Fatalf("receiveJobResults called %s times, want once", got)
	}
	w.audit()
}
