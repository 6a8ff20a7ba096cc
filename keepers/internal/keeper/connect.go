package keeper

import (
	"context"
	"crypto/ecdsa"
	"time"

	"go.uber.org/zap"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// ConnectConfig is the part of a keeper's configuration that reaches the chain.
type ConnectConfig struct {
	// Name names the keeper in logs ("solver", "provider", "mediator").
	Name       string
	Key        *ecdsa.PrivateKey
	Deployment chain.Deployment
	Chain      Chain
	// Dial is how the tracker's follower connects; default: follow.Static(Chain).
	Dial           follow.Dialer
	PollInterval   time.Duration
	TxPollInterval time.Duration
	Confirmations  uint64
	// Logger defaults to a no-op logger.
	Logger *zap.Logger
}

// Connection is what every keeper starts with: the transaction manager of its key, a logger
// named after it and carrying its address, and a tracker of the market (not yet started).
type Connection struct {
	Manager *txmgr.Manager
	Log     *zap.Logger
	Tracker *state.Tracker
}

// Connect builds a keeper's Connection.
func Connect(ctx context.Context, c ConnectConfig) (*Connection, error) {
	logger := c.Logger
	if logger == nil {
		logger = zap.NewNop()
	}
	dial := c.Dial
	if dial == nil {
		dial = follow.Static(c.Chain)
	}
	logger = logger.Named(c.Name)
	mgr, err := txmgr.New(ctx, c.Chain, txmgr.Config{Key: c.Key, PollInterval: c.TxPollInterval, Errors: chain.Errors(), Logger: logger})
	if err != nil {
		return nil, err
	}
	log := logger.With(zap.Stringer(c.Name, mgr.From()))
	tr, err := state.NewTracker(state.TrackerConfig{Deployment: c.Deployment, Dial: dial,
		Confirmations: c.Confirmations, PollInterval: c.PollInterval, Logger: log})
	if err != nil {
		return nil, err
	}
	return &Connection{Manager: mgr, Log: log, Tracker: tr}, nil
}
