// Package stack runs a solver, providers and mediators in one process against one deployment:
// what `pond devnet --with-keepers` and the end-to-end tests start.
package stack

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"time"

	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/internal/keeper"
	"github.com/pond-compute/pond/keepers/mediator"
	"github.com/pond-compute/pond/keepers/provider"
	"github.com/pond-compute/pond/keepers/solver"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/storage"
)

// Chain is what the keepers need from a node: *ethclient.Client and the devnet's client are one.
type Chain = keeper.Chain

// Config describes the keepers to run.
type Config struct {
	Deployment chain.Deployment
	Chain      keeper.Chain
	Dial       follow.Dialer // default follow.Static(Chain)

	SolverKey    *ecdsa.PrivateKey // nil: no solver
	ProviderKeys []*ecdsa.PrivateKey
	MediatorKeys []*ecdsa.PrivateKey

	// Shared by providers and mediators.
	Store      storage.Store
	Executors  map[string]executor.Executor
	ModuleDirs []string
	// WorkDir gets one subdirectory per keeper (its runs, caches and market index).
	WorkDir string

	// Provider offer terms (defaults: 4 CPUs, 4 GiB RAM, 10 GiB disk, ask 1 gwei, native
	// currency, the default committee, 1 ether of collateral, topped up to 100 ether for the
	// largest open job an offer could take).
	Capacity      state.Resources
	AskPrice      *big.Int
	Collateral    *big.Int
	MaxCollateral *big.Int

	PollInterval   time.Duration
	TxPollInterval time.Duration
	Logger         *zap.Logger
}

// ErrNoKeepers is returned when the configuration starts nothing.
var ErrNoKeepers = errors.New("stack: no keepers configured")

// Check validates the configuration.
func (c *Config) Check() error {
	if c.SolverKey == nil && len(c.ProviderKeys) == 0 && len(c.MediatorKeys) == 0 {
		return ErrNoKeepers
	}
	return nil
}

// Stack is a set of running keepers.
type Stack struct {
	Solver    *solver.Solver
	Providers []*provider.Provider
	Mediators []*mediator.Mediator
	stops     []func(context.Context) error

	failed   chan struct{} // closed when the first keeper stops on its own
	failOnce sync.Once
	err      error
}

type runningKeeper interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	Done() <-chan struct{}
	Err() error
}

// Done is closed when a keeper of the stack stops on its own; Err then says why.
func (s *Stack) Done() <-chan struct{} { return s.failed }

// Err is the error of the first keeper that stopped on its own.
func (s *Stack) Err() error {
	select {
	case <-s.failed:
		return s.err
	default:
		return nil
	}
}

// Start starts the configured keepers.
func Start(ctx context.Context, cfg Config) (*Stack, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	if cfg.Capacity == (state.Resources{}) {
		cfg.Capacity = state.Resources{CpuMillis: 4000, RamMiB: 4096, DiskMiB: 10_240}
	}
	if cfg.AskPrice == nil {
		cfg.AskPrice = big.NewInt(1e9)
	}
	if cfg.Collateral == nil {
		cfg.Collateral = big.NewInt(1e18)
	}
	if cfg.MaxCollateral == nil {
		cfg.MaxCollateral = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	}
	s := &Stack{failed: make(chan struct{})}
	fail := func(err error) (*Stack, error) {
		_ = s.Stop(context.Background())
		return nil, err
	}
	base := func(key *ecdsa.PrivateKey, name string, log *zap.Logger) keeper.Base {
		return keeper.Base{Key: key, Deployment: cfg.Deployment, Chain: cfg.Chain, Dial: cfg.Dial,
			PollInterval: cfg.PollInterval, TxPollInterval: cfg.TxPollInterval,
			IndexPath: filepath.Join(cfg.WorkDir, name, "index.sqlite"), Logger: log}
	}
	for i, key := range cfg.MediatorKeys {
		m, err := mediator.New(ctx, mediator.Config{
			Base:  base(key, fmt.Sprintf("mediator-%d", i), cfg.Logger.With(zap.Int("mediator", i))),
			Store: cfg.Store, Executors: cfg.Executors, ModuleDirs: cfg.ModuleDirs,
			WorkDir: filepath.Join(cfg.WorkDir, fmt.Sprintf("mediator-%d", i)),
		})
		if err == nil {
			err = s.start(ctx, m)
		}
		if err != nil {
			return fail(err)
		}
		s.Mediators = append(s.Mediators, m)
	}
	for i, key := range cfg.ProviderKeys {
		p, err := provider.New(ctx, provider.Config{
			Base:  base(key, fmt.Sprintf("provider-%d", i), cfg.Logger.With(zap.Int("provider", i))),
			Store: cfg.Store, Executors: cfg.Executors, ModuleDirs: cfg.ModuleDirs,
			WorkDir:  filepath.Join(cfg.WorkDir, fmt.Sprintf("provider-%d", i)),
			Capacity: cfg.Capacity, Token: chain.Native, AskPrice: cfg.AskPrice, AcceptsDefault: true,
			Collateral: cfg.Collateral, MaxCollateral: cfg.MaxCollateral,
		})
		if err == nil {
			err = s.start(ctx, p)
		}
		if err != nil {
			return fail(err)
		}
		s.Providers = append(s.Providers, p)
	}
	if cfg.SolverKey != nil {
		sv, err := solver.New(ctx, solver.Config{Base: base(cfg.SolverKey, "solver", cfg.Logger), Janitor: true})
		if err == nil {
			err = s.start(ctx, sv)
		}
		if err != nil {
			return fail(err)
		}
		s.Solver = sv
	}
	return s, nil
}

// start starts k, stops it with the stack, and ends the stack's Done if it stops on its own.
func (s *Stack) start(ctx context.Context, k runningKeeper) error {
	if err := k.Start(ctx); err != nil {
		return err
	}
	s.stops = append(s.stops, k.Stop)
	go func() {
		<-k.Done()
		if err := k.Err(); err != nil {
			s.failOnce.Do(func() { s.err = err; close(s.failed) })
		}
	}()
	return nil
}

// Stop stops every keeper, the last started first; ctx bounds the wait for each.
func (s *Stack) Stop(ctx context.Context) error {
	var errs []error
	for i := len(s.stops) - 1; i >= 0; i-- {
		errs = append(errs, s.stops[i](ctx))
	}
	s.stops = nil
	return errors.Join(errs...)
}
