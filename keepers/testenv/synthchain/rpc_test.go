package synthchain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/pond-compute/pond/bindings"
)

// The getters the read commands call over JSON-RPC answer, and getJob follows a job through its
// stages as the head moves (a getter that cannot pack its answer crashes the RPC handler).
func TestServedGettersAnswerAtEveryStage(t *testing.T) {
	c, err := New(30, 10)
	if err != nil {
		t.Fatal(err)
	}
	posted := c.BlockOfJob(12)
	for stage, want := range []uint8{1, 2, 3, 5, 5} {
		c.SetHead(posted + uint64(stage))
		data, err := c.market.Pack("getJob", big.NewInt(12))
		if err != nil {
			t.Fatal(err)
		}
		out, err := c.call(Deployment.Market, data)
		if err != nil {
			t.Fatalf("getJob at stage %d: %v", stage, err)
		}
		vals, err := c.market.Unpack("getJob", out)
		if err != nil {
			t.Fatal(err)
		}
		j := *abi.ConvertType(vals[0], new(bindings.IPondMarketJob)).(*bindings.IPondMarketJob)
		if j.Status != want || (want > 1) != (j.Provider == Provider && j.Solver == Solver) || (j.TermsHash == termsHash) != (want < 5) {
			t.Fatalf("getJob at stage %d: %+v, want status %d", stage, j, want)
		}
	}
	for _, m := range []struct {
		name string
		args []any
	}{{"getOffer", []any{big.NewInt(1)}}, {"params", nil}} {
		data, err := c.market.Pack(m.name, m.args...)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.call(Deployment.Market, data); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
	}
	data, err := c.modules.Pack("getModule", uint32(1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.call(Deployment.ModuleRegistry, data); err != nil {
		t.Fatalf("getModule: %v", err)
	}
}
