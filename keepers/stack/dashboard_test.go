package stack_test

import (
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/metrics"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/testenv"
)

var (
	metricName = regexp.MustCompile(`\bpond_[a-z0-9_]+`)
	// A metric line of the exposition format: its name, then labels or the value.
	exposedName = regexp.MustCompile(`(?m)^(pond_[a-z0-9_]+)[{ ]`)
)

// dashboardMetrics lists the metrics the queries of a Grafana dashboard name.
func dashboardMetrics(t *testing.T, path string) []string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Panels []struct {
			Title   string
			Targets []struct{ Expr string }
		}
	}
	if err := json.Unmarshal(raw, &dash); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	seen := map[string]bool{}
	for _, p := range dash.Panels {
		if len(p.Targets) == 0 {
			t.Fatalf("panel %q has no query", p.Title)
		}
		for _, tg := range p.Targets {
			names := metricName.FindAllString(tg.Expr, -1)
			if len(names) == 0 {
				t.Fatalf("panel %q: query %q names no pond metric", p.Title, tg.Expr)
			}
			for _, n := range names {
				seen[n] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// TestProviderDashboard_queriesNameExportedMetrics: a provider keeper with its /metrics served
// runs a job to acceptance; every metric the shipped Grafana dashboard queries is in its scrape,
// and the earnings and deal counters say what happened.
func TestProviderDashboard_queriesNameExportedMetrics(t *testing.T) {
	want := dashboardMetrics(t, filepath.Join(testenv.ModuleRoot(t), "dashboards", "pond-provider.json"))
	for _, n := range []string{"pond_provider_earnings_wei_total", "pond_provider_collateral_locked_wei", "pond_provider_queue_depth",
		"pond_jobs_run_total", "pond_jobs_failed_total"} {
		if i := sort.SearchStrings(want, n); i == len(want) || want[i] != n {
			t.Fatalf("the dashboard does not chart %s (it charts %v)", n, want)
		}
	}

	w := newWorld(t)
	w.startSolver(solverIdx, newCounter())
	prom := metrics.NewPrometheus("provider")
	srv, err := metrics.Serve("127.0.0.1:0", prom.Registry)
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Stop(w.ctx)
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	cfg.Metrics = prom
	w.startProvider(cfg)

	id := w.postJob("moo")
	w.waitStatus(id, state.StatusSubmitted)
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	w.waitStatus(id, state.StatusAccepted)

	scrape := func() string {
		resp, err := http.Get("http://" + srv.Addr() + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		return string(raw)
	}
	var text string
	w.waitFor("the provider to record its ended deal", func() bool {
		text = scrape()
		return strings.Contains(text, `pond_provider_deals_ended_total{keeper="provider",status="Accepted"} 1`)
	})
	exposed := map[string]bool{}
	for _, m := range exposedName.FindAllStringSubmatch(text, -1) {
		exposed[m[1]] = true
	}
	for _, n := range want {
		if !exposed[n] {
			t.Errorf("the dashboard queries %s, which the provider does not export", n)
		}
	}
	// 0.01 ETH earned: the job's price (the collateral came back, it is not earnings).
	if !strings.Contains(text, `pond_provider_earnings_wei_total{keeper="provider",token="0x0000000000000000000000000000000000000000"} 1e+16`) {
		t.Errorf("earnings not the job's price:\n%s", grep(text, "pond_provider_"))
	}
	if !strings.Contains(text, `pond_provider_collateral_locked_wei{keeper="provider"} 0`) {
		t.Errorf("collateral still locked after the deal ended:\n%s", grep(text, "pond_provider_"))
	}
}

func grep(text, prefix string) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
