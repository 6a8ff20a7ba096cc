package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// copyDir copies a module directory (regular files only, one level of subdirectories is enough
// for the example modules) so that a test can change it.
func copyDir(t *testing.T, from string) string {
	t.Helper()
	to := filepath.Join(t.TempDir(), filepath.Base(from))
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return to
}

// publishChain is a devnet with Pond deployed, for `pond module publish`.
type publishChain struct {
	net        *devnet.Devnet
	d          chain.Deployment
	deployment string // the deployment file
	storeDir   string
}

func newPublishChain(ctx context.Context, t *testing.T) *publishChain {
	t.Helper()
	net, err := devnet.Start(ctx, devnet.Config{Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.Stop() })
	deployer, err := txmgr.New(ctx, net.Client(), txmgr.Config{Key: net.Accounts[0].Key, PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
	if err != nil {
		t.Fatal(err)
	}
	d, err := devnet.Bootstrap(ctx, deployer, net.Client(), devnet.BootstrapConfig{})
	if err != nil {
		t.Fatal(err)
	}
	deployment := filepath.Join(t.TempDir(), "deployment.json")
	if err := d.Write(deployment); err != nil {
		t.Fatal(err)
	}
	return &publishChain{net: net, d: d, deployment: deployment, storeDir: t.TempDir()}
}

// flags reach the chain as dev account 1.
func (p *publishChain) flags() []string {
	return []string{"--rpc-url", p.net.HTTPURL, "--deployment", p.deployment, "--storage.local-dir", p.storeDir,
		"--private-key", p.net.Accounts[1].KeyHex()}
}

func TestModulePublish_pinsContentAndRefusesAChangedVersion(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	pc := newPublishChain(ctx, t)
	net, d, deployment, storeDir := pc.net, pc.d, pc.deployment, pc.storeDir
	dir := copyDir(t, cowsayDir(t))
	publish := func(extra ...string) (string, error) {
		args := append([]string{"module", "publish", dir, "--version", "v1.0.0", "--solver-fee", "0.001"}, pc.flags()...)
		return runPond(t, append(args, extra...)...)
	}

	out, err := publish()
	if err != nil {
		t.Fatalf("publish: %v\n%s", err, out)
	}
	if !strings.Contains(out, "published cowsay:v1.0.0 as module 1") {
		t.Fatalf("publish output:\n%s", out)
	}
	registry := chain.NewModuleRegistry(d.ModuleRegistry)
	m, err := registry.Module(ctx, net.Client(), 1)
	if err != nil {
		t.Fatal(err)
	}
	hash, id, err := module.SpecHash(dir)
	if err != nil {
		t.Fatal(err)
	}
	if m.SpecHash != hash || m.SpecUri != "ipfs://"+id.String() || m.NameVersion != "cowsay:v1.0.0" {
		t.Fatalf("registry holds %+v, want spec hash %x and uri ipfs://%s", m, hash, id)
	}
	if m.DefaultSolverFee.String() != "1000000000000000" || m.PrimaryInput != "Message" {
		t.Fatalf("solver fee %s, primary input %q", m.DefaultSolverFee, m.PrimaryInput)
	}
	// The module's content went to the store under the CID its spec URI names.
	store, err := storage.NewLocalStore(storeDir)
	if err != nil {
		t.Fatal(err)
	}
	fetched := filepath.Join(t.TempDir(), "fetched")
	if err := store.Get(ctx, id, fetched); err != nil {
		t.Fatalf("module not in the store: %v", err)
	}
	if _, err := os.Stat(filepath.Join(fetched, module.TemplateFile)); err != nil {
		t.Fatal(err)
	}

	// The same content again: a no-op that says so.
	out, err = publish()
	if err != nil || !strings.Contains(out, "already published as module 1") {
		t.Fatalf("republish: %v\n%s", err, out)
	}

	// Changed content under the published version: refused, naming the fix.
	if err := os.WriteFile(filepath.Join(dir, "NOTES"), []byte("changed"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = publish()
	if !errors.Is(err, ErrModuleChanged) || !strings.Contains(err.Error(), "new version") {
		t.Fatalf("publishing changed content: err %v\n%s", err, out)
	}
	if count, err := registry.Module(ctx, net.Client(), 2); err == nil {
		t.Fatalf("a second module was published: %+v", count)
	}

	// Another account cannot publish a version of a name it does not own.
	out, err = runPond(t, "module", "publish", dir, "--version", "v2.0.0", "--rpc-url", net.HTTPURL,
		"--deployment", deployment, "--storage.local-dir", storeDir, "--private-key", net.Accounts[0].KeyHex())
	if err == nil || !strings.Contains(err.Error(), "ModuleNameTaken") {
		t.Fatalf("publishing someone else's name: err %v\n%s", err, out)
	}
	if _, err := runPond(t, "module", "publish", dir); err == nil || !strings.Contains(err.Error(), "--version") {
		t.Fatalf("missing --version: %v", err)
	}
}
