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

// clientContract is a test client contract as forge compiled it (`make build` or `make
// test-sol` writes out/): test contracts have no Go bindings, so the tests read the artifact.
type clientContract struct {
	abi  abi.ABI
	code []byte
}

func forgeArtifact(t *testing.T, file, contract string) clientContract {
	t.Helper()
	path := filepath.Join(testenv.ModuleRoot(t), "out", file, contract+".json")
	raw, err := os.ReadFile(path)
	if err != nil {
		testenv.Unavailable(t, "the compiled "+contract+" (forge build)", err)
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
	return clientContract{abi: parsed, code: common.FromHex(art.Bytecode.Object)}
}

// recordingClient is test/unit/PondUnitBase.sol's RecordingClient: it counts its callbacks.
func recordingClient(t *testing.T) clientContract {
	return forgeArtifact(t, "PondUnitBase.sol", "RecordingClient")
}

// deploy deploys the client with the market as its constructor argument.
func (w *world) deploy(c clientContract) common.Address {
	w.t.Helper()
	ctor, err := c.abi.Pack("", w.dep.Market)
	if err != nil {
		w.t.Fatal(err)
	}
	return w.send(w.creator, txmgr.Candidate{Data: append(c.code, ctor...)}, nil).ContractAddress
}

// callClient calls the client's method (from the creator, with value) and returns the id of
// the job it posted.
func (w *world) callClient(c clientContract, client common.Address, value *big.Int, method string, args ...any) uint64 {
	w.t.Helper()
	data, err := c.abi.Pack(method, args...)
	if err != nil {
		w.t.Fatal(err)
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
	return id
}

// read calls a view of the client and returns its values.
func (w *world) read(c clientContract, client common.Address, method string, args ...any) []any {
	w.t.Helper()
	data, err := c.abi.Pack(method, args...)
	if err != nil {
		w.t.Fatal(err)
	}
	out, err := w.net.Client().CallContract(w.ctx, ethereum.CallMsg{To: &client, Data: data}, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	vals, err := c.abi.Unpack(method, out)
	if err != nil {
		w.t.Fatal(err)
	}
	return vals
}

// TestContractClient: a contract posts cowsay through runModuleWithDefaultMediators with
// value, and on acceptance the market calls its receiveJobResults with the result's CID.
func TestContractClient(t *testing.T) {
	rc := recordingClient(t)
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	w.startProvider(w.providerConfig(providerIdx, nil, t.TempDir()))

	client := w.deploy(rc)
	value := new(big.Int).Add(jobPrice, milliEther(1)) // the price plus cowsay's solver fee
	id := w.callClient(rc, client, value, "run", "cowsay:v0.0.1", "moo")
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
	if got := w.read(rc, client, "lastCid")[0].(string); got != want {
		t.Fatalf("receiveJobResults got CID %q, want %q", got, want)
	}
	if got := w.read(rc, client, "lastJobId")[0].(*big.Int); got.Uint64() != id {
		t.Fatalf("receiveJobResults got job %s, want %d", got, id)
	}
	if got := w.read(rc, client, "calls")[0].(*big.Int); got.Int64() != 1 {
		t.Fatalf("receiveJobResults called %s times, want once", got)
	}
	w.audit()
}
