package module

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pond-compute/pond/keepers/storage"
)

func TestResolve_localAndIPFS(t *testing.T) {
	ctx := context.Background()
	dir := writeModule(t, strings.Replace(goodSpec, "%s", zeroSHA, 1))
	if got, err := (&Resolver{}).Ref(ctx, dir); err != nil || got.Dir != dir {
		t.Fatalf("local path: %v %v", got, err)
	}
	if _, err := (&Resolver{}).Ref(ctx, filepath.Join(dir, "nope")); err == nil {
		t.Fatal("missing directory accepted")
	}
	store, err := storage.NewLocalStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c, err := store.Put(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	r := &Resolver{Store: store, CacheDir: t.TempDir()}
	res, err := r.Ref(ctx, "ipfs://"+c.String())
	if err != nil {
		t.Fatal(err)
	}
	got := res.Dir
	if _, err := Load(got); err != nil {
		t.Fatalf("fetched module does not load: %v", err)
	}
	// A tampered cache entry is refused rather than run.
	if err := os.WriteFile(filepath.Join(got, TemplateFile), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Ref(ctx, c.String()); err == nil || !strings.Contains(err.Error(), "hashes to") {
		t.Fatalf("tampered cache: %v", err)
	}
}
