// Package explorer serves a read-only view of a Pond market: a page listing jobs with their
// status as it changes (live, through server-sent events), each job's timeline with its amounts,
// offers with the capacity left, providers, mediators and bonds, balances and the audit's
// result; and the JSON API the page reads, for scripts too (documented in the README). It
// follows the chain with the market view (state.Tracker) over the on-disk index
// (keepers/index) and audits the market (keepers/audit) as blocks arrive.
package explorer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/audit"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/metrics"
	"github.com/pond-compute/pond/keepers/state"
)

// DefaultAddr is where the explorer listens unless told otherwise.
const DefaultAddr = "127.0.0.1:8550"

// Chain is what the explorer reads besides logs: *ethclient.Client and the devnet's client.
type Chain interface {
	audit.Reader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Config configures an Explorer.
type Config struct {
	Deployment chain.Deployment
	// Dial opens the follower's connections; Chain answers the audit's getter calls and headers.
	Dial  follow.Dialer
	Chain Chain
	// IndexPath is the market index file it follows the chain into (created if needed).
	IndexPath string
	// Addr is the listen address; it must be loopback unless Public is set. Default DefaultAddr.
	Addr   string
	Public bool
	// Artifacts is forge's out/ for the audit's code check; empty skips it.
	Artifacts     string
	Confirmations uint64
	PollInterval  time.Duration // default 1s
	// AuditInterval is the least time between two audits (one runs after blocks arrive). Default 5s.
	AuditInterval time.Duration
	Logger        *zap.Logger
}

// Sentinel configuration errors.
var (
	ErrNoChain = errors.New("explorer: no chain")
	ErrNoIndex = errors.New("explorer: no index path")
	// ErrNotLoopback: the explorer listens on loopback unless it is made public on purpose.
	ErrNotLoopback = errors.New("explorer: address is not loopback (127.0.0.1:port); set Public to listen elsewhere")
)

// Check validates the configuration.
func (c *Config) Check() error {
	switch {
	case c.Dial == nil || c.Chain == nil:
		return ErrNoChain
	case c.IndexPath == "":
		return ErrNoIndex
	}
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if !c.Public && !metrics.IsLoopback(c.Addr) {
		return fmt.Errorf("%w: %q", ErrNotLoopback, c.Addr)
	}
	return nil
}

// Explorer is a running explorer.
type Explorer struct {
	cfg Config
	log *zap.Logger
	// tokens renders amounts in each token's units (decimals and symbols read once).
	tokens *client.Tokens
	x      *index.Index
	tr     *state.Tracker
	srv    *http.Server
	ln     net.Listener

	cancel context.CancelFunc
	done   chan struct{}

	mu     sync.Mutex
	report *audit.Report
	audErr error
}

// New builds an explorer; Start runs it.
func New(cfg Config) (*Explorer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.AuditInterval == 0 {
		cfg.AuditInterval = 5 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	return &Explorer{cfg: cfg, log: cfg.Logger, tokens: client.NewTokens(cfg.Chain)}, nil
}

// Start opens the index, follows the chain into it and serves the page and the API.
func (e *Explorer) Start(ctx context.Context) error {
	x, err := index.Open(e.cfg.IndexPath, e.cfg.Deployment)
	if err != nil {
		return fmt.Errorf("explorer: %w", err)
	}
	if !x.AllEvents() { // the timelines and the activity feed are read from the events table
		x.Close()
		return fmt.Errorf("explorer: %w", index.ErrNotAllEvents)
	}
	tr, err := state.NewTracker(state.TrackerConfig{Deployment: e.cfg.Deployment, Dial: e.cfg.Dial, Store: x,
		Confirmations: e.cfg.Confirmations, PollInterval: e.cfg.PollInterval, Logger: e.log})
	if err != nil {
		x.Close()
		return err
	}
	ln, err := net.Listen("tcp", e.cfg.Addr)
	if err != nil {
		x.Close()
		return fmt.Errorf("explorer: listen on %s: %w", e.cfg.Addr, err)
	}
	ctx, e.cancel = context.WithCancel(ctx)
	if err := tr.Start(ctx); err != nil {
		ln.Close()
		x.Close()
		return err
	}
	e.x, e.tr, e.ln = x, tr, ln
	e.srv = &http.Server{Handler: e.routes(ctx), ReadHeaderTimeout: 10 * time.Second}
	e.done = make(chan struct{})
	go func() { _ = e.srv.Serve(ln) }()
	go e.auditLoop(ctx)
	e.log.Info("explorer serving", zap.String("url", e.URL()), zap.String("index", e.cfg.IndexPath))
	return nil
}

// URL is the page's address.
func (e *Explorer) URL() string { return "http://" + e.ln.Addr().String() }

// Err is why the explorer's view of the chain stopped, if it did.
func (e *Explorer) Err() error { return e.tr.Err() }

// Stop shuts the server, the follower and the index down.
func (e *Explorer) Stop(ctx context.Context) error {
	if e.cancel == nil {
		return nil
	}
	e.cancel()
	err := e.srv.Shutdown(ctx)
	<-e.done
	e.tr.Stop()
	return errors.Join(err, e.x.Close())
}

// auditLoop audits the market after blocks arrive, at most once per AuditInterval. The view is
// held still while it runs (no block is committed to the index meanwhile).
func (e *Explorer) auditLoop(ctx context.Context) {
	defer close(e.done)
	var audited uint64
	for {
		ch := e.tr.Changed()
		if b := e.tr.Block(); b > audited && e.tr.Err() == nil {
			audited = b
			e.runAudit(ctx)
		}
		select {
		case <-ctx.Done():
			return
		case <-ch:
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(e.cfg.AuditInterval):
		}
	}
}

func (e *Explorer) runAudit(ctx context.Context) {
	var (
		r   *audit.Report
		err error
	)
	e.tr.View(func(*state.Market) {
		r, err = audit.Run(ctx, audit.Config{Deployment: e.cfg.Deployment, Chain: e.cfg.Chain, Index: e.x, Artifacts: e.cfg.Artifacts, Tokens: e.tokens})
	})
	if ctx.Err() != nil {
		return
	}
	if err != nil {
		e.log.Warn("audit", zap.Error(err))
	} else if !r.OK {
		e.log.Warn("the market fails its audit", zap.Uint64("block", r.Block), zap.Int("discrepancies", r.DiscrepancyCount))
	}
	e.mu.Lock()
	if err == nil || e.report == nil {
		e.report = r
	}
	e.audErr = err
	e.mu.Unlock()
}

// Audit is the latest audit's report (nil before the first) and the error of the latest run.
func (e *Explorer) Audit() (*audit.Report, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.report, e.audErr
}
