package main

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/explorer"
)

// TestExplorer_commandServesTheAPI: `pond explorer` against a devnet serves its status and
// offers, refuses a non-loopback address unless told, and stops on cancel.
func TestExplorer_commandServesTheAPI(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	if _, err := runPond(t, append([]string{"explorer", "--explorer.addr", "0.0.0.0:0"}, w.flags...)...); err == nil ||
		!strings.Contains(err.Error(), "--explorer.addr") || !strings.Contains(err.Error(), "loopback") {
		t.Fatalf("explorer on every interface: %v", err)
	}
	runCtx, stop := context.WithCancel(ctx)
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		app := newApp()
		app.Writer, app.ErrWriter = out, out
		done <- app.RunContext(runCtx, reorderArgs(app, append([]string{"pond", "--log.level", "error", "explorer", "--explorer.addr", "127.0.0.1:0",
			"--no-code-check", "--index", filepath.Join(t.TempDir(), "explorer.sqlite")}, w.flags...)))
	}()
	var url string
	for url == "" {
		if m := explorerLine.FindStringSubmatch(out.String()); m != nil {
			url = m[1]
			break
		}
		select {
		case err := <-done:
			t.Fatalf("pond explorer ended: %v\n%s", err, out.String())
		case <-ctx.Done():
			t.Fatalf("pond explorer never served:\n%s", out.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	var offers []explorer.OfferView
	for len(offers) == 0 {
		resp, err := http.Get(url + "/api/offers")
		if err != nil {
			t.Fatal(err)
		}
		err = json.NewDecoder(resp.Body).Decode(&offers)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if ctx.Err() != nil {
			t.Fatal("the explorer never listed the offer")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if offers[0].Provider != w.provider.From() || !offers[0].Open || offers[0].AskText != "0.000000000000000001 ETH" {
		t.Fatalf("offers %+v", offers)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatalf("pond explorer: %v", err)
	}
}
