package metrics_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/metrics"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return r.StatusCode, string(b)
}

// serve serves the metrics of a new keeper named keeper until the test ends.
func serve(t *testing.T, keeper string) (*metrics.Prometheus, *metrics.Server) {
	t.Helper()
	p := metrics.NewPrometheus(keeper)
	srv, err := metrics.Serve("127.0.0.1:0", p.Registry)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Stop(context.Background()) })
	return p, srv
}

func TestServerExposesUpBuildInfoAndHealth(t *testing.T) {
	p, srv := serve(t, "solver")
	var synced atomic.Bool
	srv.HandleHealth(func() (bool, any) { return synced.Load(), map[string]bool{"synced": synced.Load()} })

	p.HeadLag(3)
	p.Synced(true)
	code, body := get(t, "http://"+srv.Addr()+"/metrics")
	for _, want := range []string{`pond_up{keeper="solver"} 1`, `pond_build_info{`, `pond_head_lag_blocks{keeper="solver"} 3`, `pond_view_synced{keeper="solver"} 1`} {
		if code != 200 || !strings.Contains(body, want) {
			t.Fatalf("/metrics (%d) lacks %q:\n%s", code, want, body)
		}
	}
	code, body = get(t, "http://"+srv.Addr()+"/healthz")
	if code != http.StatusServiceUnavailable {
		t.Fatalf("/healthz of a keeper not synced: %d %s", code, body)
	}
	synced.Store(true)
	code, body = get(t, "http://"+srv.Addr()+"/healthz")
	var detail map[string]bool
	if code != 200 || json.Unmarshal([]byte(body), &detail) != nil || !detail["synced"] {
		t.Fatalf("/healthz of a synced keeper: %d %s", code, body)
	}
}

func TestAnyInterfaceMayBeNamed(t *testing.T) {
	for addr, loopback := range map[string]bool{"127.0.0.1:7300": true, "localhost:7300": true, "0.0.0.0:7300": false, "[::1]:7300": true} {
		if err := metrics.CheckAddr(addr); err != nil {
			t.Errorf("%s refused: %v", addr, err)
		}
		if metrics.IsLoopback(addr) != loopback {
			t.Errorf("IsLoopback(%s) = %v", addr, !loopback)
		}
	}
	if metrics.CheckAddr("7300") == nil {
		t.Error("an address without a port separator was accepted")
	}
}

// A mediator's delivery fees (paid into its free market balance when it resolves a contract
// client's challenged job) are counted, and summed by token.
func TestMediatorDeliveryFeesAreCountedByToken(t *testing.T) {
	p, srv := serve(t, "mediator")
	p.DeliveryFeePaid(common.Address{}, big.NewInt(84_999_899_400_000))
	p.DeliveryFeePaid(common.Address{}, big.NewInt(15_000_100_600_000))
	_, body := get(t, "http://"+srv.Addr()+"/metrics")
	for _, want := range []string{
		`pond_mediator_delivery_fees_paid_total{keeper="mediator"} 2`,
		`pond_mediator_delivery_fees_wei_total{keeper="mediator",token="0x0000000000000000000000000000000000000000"} 1e+14`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}
