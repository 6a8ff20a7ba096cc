// Package metrics gives the keepers Prometheus metrics behind small interfaces (each keeper
// declares the methods it uses) and a no-op twin, plus an HTTP server for /metrics.
package metrics

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/pond-compute/pond/keepers/chain/ethrpc"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// Prometheus records one keeper's metrics in its own registry.
type Prometheus struct {
	Registry *prometheus.Registry

	jobsSeen   prometheus.Counter
	matched    prometheus.Counter
	racesLost  prometheus.Counter
	run        prometheus.Counter
	failed     prometheus.Counter
	runSeconds prometheus.Histogram
	txs        *prometheus.CounterVec
	gas        prometheus.Counter
	feesWei    prometheus.Counter
	lag        prometheus.Gauge
	synced     prometheus.Gauge
	stepFailed prometheus.Counter
	votes      *prometheus.CounterVec
	batchFails *prometheus.CounterVec

	txSent, txBumped, txFailed, txAtLimit prometheus.Counter
	rpcCalls                              *prometheus.CounterVec
	rpcErrors                             *prometheus.CounterVec
	rpcSeconds                            *prometheus.HistogramVec

	// Provider: what its operator watches (the Grafana dashboard in dashboards/).
	earned     *prometheus.CounterVec
	dealsEnded *prometheus.CounterVec
	queued     prometheus.Gauge
	running    prometheus.Gauge
	locked     prometheus.Gauge
	deliveries prometheus.Gauge

	// Mediator: the delivery fees it is paid into its free balance in the market.
	deliveryFees     *prometheus.CounterVec
	deliveryFeesPaid prometheus.Counter
}

// NewPrometheus registers the metrics of the keeper named keeper ("solver", "provider", ...).
func NewPrometheus(keeper string) *Prometheus {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	registerUp(reg, keeper)
	f := prometheus.WrapRegistererWith(prometheus.Labels{"keeper": keeper}, reg)
	c := func(name, help string) prometheus.Counter {
		m := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "pond", Name: name, Help: help})
		f.MustRegister(m)
		return m
	}
	p := &Prometheus{
		Registry:   reg,
		jobsSeen:   c("jobs_seen_total", "Jobs posted on the market that this keeper has seen."),
		matched:    c("jobs_matched_total", "Jobs this solver matched."),
		racesLost:  c("match_races_lost_total", "Matches another solver made first (JobNotOpen, CapacityExceeded, ...)."),
		run:        c("jobs_run_total", "Module runs completed (deals by a provider, re-runs by a mediator)."),
		failed:     c("jobs_failed_total", "Module runs or deal steps that failed."),
		gas:        c("gas_spent_total", "Gas used by this keeper's transactions."),
		stepFailed: c("step_failures_total", "Keeper steps that failed (retried with backoff)."),
		feesWei:    c("fees_spent_wei_total", "Transaction fees paid, in wei."),
		runSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "pond", Name: "run_seconds",
			Help: "Module run time.", Buckets: prometheus.ExponentialBuckets(0.01, 2, 16)}),
		txs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pond", Name: "transactions_total",
			Help: "Transactions sent, by call and outcome."}, []string{"call", "outcome"}),
		lag: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "pond", Name: "head_lag_blocks",
			Help: "Blocks between the chain head and the last block whose events are applied."}),
		synced: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "pond", Name: "view_synced",
			Help: "1 while the keeper's market view is current at the chain head (it acts only then), else 0."}),
		votes: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pond", Name: "votes_total",
			Help: "Mediator votes by phase and vote (provider_right, provider_wrong, cannot_run)."}, []string{"phase", "vote"}),
		batchFails: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pond", Name: "batch_items_failed_total",
			Help: "Items of this keeper's batched calls (matchJobs, submitResults, finalizeJobs) that failed and changed nothing, by call and custom error."}, []string{"call", "reason"}),
		txSent:    c("txmgr_sent_total", "New transactions handed to the node (resubmissions not counted)."),
		txBumped:  c("txmgr_bumped_total", "Stuck transactions resent with higher fees."),
		txFailed:  c("txmgr_failed_total", "Transactions mined and reverted, or given up on."),
		txAtLimit: c("txmgr_fee_limit_reached_total", "Stuck transactions that reached their fee limit and wait at that price."),
		rpcCalls: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pond", Name: "rpc_calls_total",
			Help: "JSON-RPC calls to the chain, by method."}, []string{"method"}),
		rpcErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pond", Name: "rpc_errors_total",
			Help: "JSON-RPC calls that failed (timeouts included), by method."}, []string{"method"}),
		rpcSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "pond", Name: "rpc_seconds",
			Help: "JSON-RPC call latency, by method.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 15)}, []string{"method"}),
		earned: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pond", Name: "provider_earnings_wei_total",
			Help: "What this provider earned on deals that ended (credited beyond its collateral), by token address, in base units."}, []string{"token"}),
		dealsEnded: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pond", Name: "provider_deals_ended_total",
			Help: "This provider's deals that ended, by final status (Accepted, Rejected, TimedOut, Undecided)."}, []string{"status"}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "pond", Name: "provider_queue_depth",
			Help: "Matched deals waiting for a free worker (the offer's capacity already holds them)."}),
		running: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "pond", Name: "provider_deals_running",
			Help: "Deals whose module is running now."}),
		locked: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "pond", Name: "provider_collateral_locked_wei",
			Help: "Collateral this provider has locked in live deals, in base units of its token."}),
		deliveries: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "pond", Name: "provider_deliveries_deferred",
			Help: "Contract clients' deliveries the market deferred (base fee above the job's delivery gas price) that this provider will make, not made yet."}),
		deliveryFees: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "pond", Name: "mediator_delivery_fees_wei_total",
			Help: "Delivery fees of contract clients' jobs this mediator delivered by resolving their challenges, paid into its free balance in the market (pond withdraw), by token address, in base units."}, []string{"token"}),
		deliveryFeesPaid: c("mediator_delivery_fees_paid_total", "Contract clients' jobs whose delivery fee this mediator was paid for resolving their challenges."),
	}
	f.MustRegister(p.runSeconds, p.txs, p.lag, p.synced, p.votes, p.batchFails, p.rpcCalls, p.rpcErrors, p.rpcSeconds,
		p.earned, p.dealsEnded, p.queued, p.running, p.locked, p.deliveries, p.deliveryFees)
	return p
}

func weiFloat(v *big.Int) float64 {
	if v == nil {
		return 0
	}
	f, _ := new(big.Float).SetInt(v).Float64()
	return f
}

// Deals records a provider's deals in hand: waiting for a worker, running, and the collateral
// its live deals lock.
func (p *Prometheus) Deals(queued, running int, collateralLocked *big.Int) {
	p.queued.Set(float64(queued))
	p.running.Set(float64(running))
	p.locked.Set(weiFloat(collateralLocked))
}

// DeliveriesDeferred records the deferred deliveries a provider will make and has not made.
func (p *Prometheus) DeliveriesDeferred(n int) { p.deliveries.Set(float64(n)) }

// DealEnded records one of a provider's deals ending with status, and what it earned on it.
func (p *Prometheus) DealEnded(status string, token common.Address, earned *big.Int) {
	p.dealsEnded.WithLabelValues(status).Inc()
	if earned != nil && earned.Sign() > 0 {
		p.earned.WithLabelValues(token.Hex()).Add(weiFloat(earned))
	}
}

// DeliveryFeePaid records a delivery fee a mediator was paid (in token, the native currency).
func (p *Prometheus) DeliveryFeePaid(token common.Address, amount *big.Int) {
	p.deliveryFeesPaid.Inc()
	p.deliveryFees.WithLabelValues(token.Hex()).Add(weiFloat(amount))
}

func (p *Prometheus) JobSeen()    { p.jobsSeen.Inc() }
func (p *Prometheus) JobMatched() { p.matched.Inc() }
func (p *Prometheus) RaceLost()   { p.racesLost.Inc() }
func (p *Prometheus) JobFailed()  { p.failed.Inc() }
func (p *Prometheus) JobRun(d time.Duration) {
	p.run.Inc()
	p.runSeconds.Observe(d.Seconds())
}
func (p *Prometheus) HeadLag(blocks uint64) { p.lag.Set(float64(blocks)) }
func (p *Prometheus) StepFailed()           { p.stepFailed.Inc() }
func (p *Prometheus) Synced(ok bool) {
	if ok {
		p.synced.Set(1)
	} else {
		p.synced.Set(0)
	}
}
func (p *Prometheus) Vote(phase, vote string) {
	p.votes.WithLabelValues(phase, vote).Inc()
}

// Tx records a transaction's outcome ("ok", "reverted", "lost", "error") and, when it was
// mined, the gas it used and the fee it paid.
func (p *Prometheus) Tx(call, outcome string, gasUsed uint64, fee *big.Int) {
	p.txs.WithLabelValues(call, outcome).Inc()
	p.gas.Add(float64(gasUsed))
	if fee != nil {
		p.feesWei.Add(weiFloat(fee))
	}
}

// BatchItemFailed records an item of a batched call that failed (keeper.BatchMetrics).
func (p *Prometheus) BatchItemFailed(call, reason string) {
	p.batchFails.WithLabelValues(call, reason).Inc()
}

// TxSent, TxBumped, TxFailed and TxFeeLimitReached implement txmgr.Metrics.
func (p *Prometheus) TxSent()            { p.txSent.Inc() }
func (p *Prometheus) TxBumped()          { p.txBumped.Inc() }
func (p *Prometheus) TxFailed()          { p.txFailed.Inc() }
func (p *Prometheus) TxFeeLimitReached() { p.txAtLimit.Inc() }

// RPC implements ethrpc.Metrics.
func (p *Prometheus) RPC(method string, took time.Duration, err error) {
	p.rpcCalls.WithLabelValues(method).Inc()
	p.rpcSeconds.WithLabelValues(method).Observe(took.Seconds())
	if err != nil {
		p.rpcErrors.WithLabelValues(method).Inc()
	}
}

// The transaction manager and the RPC client record through these metrics.
var (
	_ txmgr.Metrics  = (*Prometheus)(nil)
	_ ethrpc.Metrics = (*Prometheus)(nil)
	_ txmgr.Metrics  = Noop{}
	_ ethrpc.Metrics = Noop{}
)

// Noop discards everything.
type Noop struct{}

func (Noop) JobSeen()                                   {}
func (Noop) JobMatched()                                {}
func (Noop) RaceLost()                                  {}
func (Noop) JobFailed()                                 {}
func (Noop) JobRun(time.Duration)                       {}
func (Noop) HeadLag(uint64)                             {}
func (Noop) Synced(bool)                                {}
func (Noop) StepFailed()                                {}
func (Noop) Vote(string, string)                        {}
func (Noop) Tx(string, string, uint64, *big.Int)        {}
func (Noop) BatchItemFailed(string, string)             {}
func (Noop) TxSent()                                    {}
func (Noop) TxBumped()                                  {}
func (Noop) TxFailed()                                  {}
func (Noop) TxFeeLimitReached()                         {}
func (Noop) RPC(string, time.Duration, error)           {}
func (Noop) Deals(int, int, *big.Int)                   {}
func (Noop) DealEnded(string, common.Address, *big.Int) {}
func (Noop) DeliveriesDeferred(int)                     {}
func (Noop) DeliveryFeePaid(common.Address, *big.Int)   {}

// registerUp registers pond_up (1 while the process runs) and pond_build_info (1, labelled
// with the module version, VCS revision and Go version of the binary).
func registerUp(reg prometheus.Registerer, keeper string) {
	version, revision := "(devel)", "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				revision = s.Value
			}
		}
	}
	up := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "pond", Name: "up", Help: "1 while the keeper process runs.",
		ConstLabels: prometheus.Labels{"keeper": keeper}})
	up.Set(1)
	info := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "pond", Name: "build_info", Help: "The binary's version (always 1).",
		ConstLabels: prometheus.Labels{"keeper": keeper, "version": version, "revision": revision, "goversion": runtime.Version()}})
	info.Set(1)
	reg.MustRegister(up, info)
}

// Server serves /metrics and /healthz.
type Server struct {
	srv *http.Server
	ln  net.Listener
	mux *http.ServeMux
}

// CheckAddr validates a --metrics.addr value (host:port; any interface may be named).
func CheckAddr(addr string) error {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("metrics address %q: %w", addr, err)
	}
	return nil
}

// IsLoopback reports whether addr listens on loopback only.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Serve starts serving reg's metrics on addr; Addr tells where.
func Serve(addr string, reg *prometheus.Registry) (*Server, error) {
	if err := CheckAddr(addr); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: listen: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	s := &Server{srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}, ln: ln, mux: mux}
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

// HandleHealth serves /healthz: health's body as JSON, with status 200 when ok, else 503.
func (s *Server) HandleHealth(health func() (ok bool, body any)) {
	s.mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		ok, body := health()
		w.Header().Set("Content-Type", "application/json")
		if !ok {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_ = json.NewEncoder(w).Encode(body)
	})
}

// Addr is the address the server listens on.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Stop shuts the server down.
func (s *Server) Stop(ctx context.Context) error { return s.srv.Shutdown(ctx) }
