package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/keepers/txmgr"
)

// Deployment is the content of deployments/<chainId>.json, as script/Deploy.s.sol writes it.
type Deployment struct {
	ChainID          uint64         `json:"chainId"`
	DeployBlock      uint64         `json:"deployBlock"`
	Governance       common.Address `json:"governance"`
	ModuleRegistry   common.Address `json:"moduleRegistry"`
	MediatorRegistry common.Address `json:"mediatorRegistry"`
	TestToken        common.Address `json:"testToken"`
	Market           common.Address `json:"market"`
}

// DeploymentPath is deployments/<chainId>.json under root.
func DeploymentPath(root string, chainID uint64) string {
	return filepath.Join(root, "deployments", strconv.FormatUint(chainID, 10)+".json")
}

// LoadDeployment reads a deployment file.
func LoadDeployment(path string) (Deployment, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Deployment{}, fmt.Errorf("read deployment: %w", err)
	}
	var d Deployment
	if err := json.Unmarshal(raw, &d); err != nil {
		return Deployment{}, fmt.Errorf("parse deployment %s: %w", path, err)
	}
	if d.Market == (common.Address{}) {
		return Deployment{}, fmt.Errorf("deployment %s names no market", path)
	}
	return d, nil
}

// Write stores the deployment at path, creating its directory.
func (d Deployment) Write(path string) error {
	raw, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := os.WriteFile(path, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	return nil
}

// Sender sends candidates; *txmgr.Manager is one.
type Sender interface {
	Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error)
	From() common.Address
	ChainID() *big.Int
}

// ErrNoTestToken is returned when an operation needs the test token and the deployment has none.
var ErrNoTestToken = errors.New("deployment has no test token")
