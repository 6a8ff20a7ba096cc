package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/testenv"
)

var explorerLine = regexp.MustCompile(`Explorer (http://\S+)`)

// browser starts a headless Chromium (Debian's, installed by make setup) with a fresh profile;
// without it the test skips (fails under CI=true).
func browser(ctx context.Context, t *testing.T) context.Context {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		testenv.Unavailable(t, "Chromium (apt-get install chromium chromium-driver, done by make setup-browser)", err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1400, 1000),
		// Without these the closed network here refuses many connections and Chromium stalls.
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		// Loopback only: never a proxy from the environment.
		chromedp.Flag("no-proxy-server", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelBrowser(); cancelAlloc() })
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		if testenv.CI() {
			t.Fatalf("start Chromium: %v", err)
		}
		t.Skipf("skipping: Chromium does not start here (%v); under CI=true this test fails instead", err)
	}
	return bctx
}

// screenshotDir is where the test's screenshot goes: $POND_TEST_ARTIFACTS when set (CI keeps
// it), else the test's temporary directory.
func screenshotDir(t *testing.T) string {
	if d := os.Getenv("POND_TEST_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// openPage loads the explorer's page and checks its heading. Chromium shows its own error page
// (chrome-error://) when a navigation fails to connect; that is retried a few times and reported
// with the page's HTML, never mistaken for the explorer.
func openPage(t *testing.T, bctx context.Context, url string) {
	t.Helper()
	for attempt := 1; ; attempt++ {
		if err := chromedp.Do(bctx, chromedp.Navigate(url)); err != nil {
			t.Fatal(err)
		}
		loc, err := chromedp.Run(bctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		html, err := chromedp.Run(bctx, chromedp.OuterHTML("html"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(loc, "chrome-error:") && attempt < 3 {
			t.Logf("navigation %d to %s failed (%s); retrying", attempt, url, loc)
			continue
		}
		heading, err := pageText(bctx, "h1")
		if err != nil && !strings.HasPrefix(loc, "chrome-error:") {
			t.Fatal(err)
		}
		if heading != "Pond explorer" {
			if len(html) > 2000 {
				html = html[:2000] + "..."
			}
			t.Fatalf("page heading %q at %s (navigation %d), page:\n%s", heading, loc, attempt, html)
		}
		return
	}
}

var errNoElement = errors.New("no such element on the page")

// pageText is the text content of the first element selector matches, found and read in
// one evaluation in the page. The explorer swaps the HTML of its sections whenever a block
// arrives, so a node that one DevTools call finds (chromedp.Text's query) may be gone by the
// next that reads it ("No node with given id found"); within one evaluation the page cannot
// re-render. An element that is not there is errNoElement (chromedp's queries would wait for it).
func pageText(bctx context.Context, selector string) (string, error) {
	sel, err := json.Marshal(selector)
	if err != nil {
		return "", err
	}
	text, err := chromedp.Run(bctx, chromedp.Evaluate[*string](
		fmt.Sprintf(`(function () { var e = document.querySelector(%s); return e ? e.textContent : null; })()`, sel)))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", selector, err)
	}
	if text == nil {
		return "", fmt.Errorf("%s: %w", selector, errNoElement)
	}
	return *text, nil
}

// startDevnetCommand runs `pond <args>` (a devnet that keeps running) in this process until the
// test ends, and returns its output once it says it runs.
func startDevnetCommand(ctx context.Context, t *testing.T, args ...string) *syncBuffer {
	t.Helper()
	devCtx, stopDevnet := context.WithCancel(ctx)
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		app := newApp()
		app.Writer, app.ErrWriter = out, out
		done <- app.RunContext(devCtx, reorderArgs(app, append([]string{"pond", "--log.format", "json", "--log.level", "error"}, args...)))
	}()
	t.Cleanup(func() { stopDevnet(); <-done })
	for !strings.Contains(out.String(), "The devnet runs until interrupted") {
		select {
		case err := <-done:
			t.Fatalf("devnet ended: %v\n%s", err, out.String())
		case <-ctx.Done():
			t.Fatalf("devnet never started:\n%s", out.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	return out
}

// TestExplorer_inABrowserSeesAJobAccepted: `pond devnet --with-keepers` serves the explorer; a
// headless Chromium opens it, `pond run` runs cowsay, and the page shows the job's status
// change to Accepted without being reloaded; a screenshot is written.
func TestExplorer_inABrowserSeesAJobAccepted(t *testing.T) {
	cowsay := cowsayDir(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	bctx := browser(ctx, t)

	work := t.TempDir()
	store := filepath.Join(work, "store")
	out := startDevnetCommand(ctx, t, "devnet", "--with-keepers", "--executors", "wasm", "--devnet.port", "0", "--devnet.challenge-window", "2s",
		"--devnet.modules-dir", filepath.Dir(cowsay), "--devnet.deployments-dir", filepath.Join(work, "deployments"),
		"--devnet.keepers-dir", filepath.Join(work, "keepers"), "--explorer.addr", "127.0.0.1:0", "--storage.local-dir", store)
	rpc, page := rpcLine.FindStringSubmatch(out.String()), explorerLine.FindStringSubmatch(out.String())
	if rpc == nil || page == nil {
		t.Fatalf("no RPC or explorer URL in:\n%s", out.String())
	}

	// The page, loaded once; a marker set now survives only if it is never reloaded.
	openPage(t, bctx, page[1])
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[string](`window.pondLoaded = "once"`)); err != nil {
		t.Fatal(err)
	}

	accounts, err := devnet.DevAccounts(2)
	if err != nil {
		t.Fatal(err)
	}
	runDone := make(chan error, 1)
	var runOut string
	go func() {
		var err error
		runOut, err = runPond(t, "run", "cowsay:v0.0.1", "moo", "--output", filepath.Join(work, "result"), "--rpc-url", rpc[1],
			"--deployment", filepath.Join(work, "deployments", "31337.json"), "--private-key", accounts[1].KeyHex(), "--storage.local-dir", store)
		runDone <- err
	}()

	// Watch the job's status cell change, as a person would, until it reads Accepted.
	var seen []string
	for {
		s, err := pageText(bctx, "#job-1 .status")
		if err != nil && !errors.Is(err, errNoElement) {
			t.Fatal(err)
		}
		marker, err := chromedp.Run(bctx, chromedp.Evaluate[string](`String(window.pondLoaded)`))
		if err != nil {
			t.Fatal(err)
		}
		if marker != "once" {
			t.Fatalf("the page was reloaded (statuses seen: %v)", seen)
		}
		if s != "" && (len(seen) == 0 || seen[len(seen)-1] != s) {
			seen = append(seen, s)
		}
		if s == "Accepted" {
			break
		}
		select {
		case err := <-runDone:
			if err != nil {
				t.Fatalf("pond run: %v\n%s", err, runOut)
			}
			runDone = nil // the run is over; the page must still catch up
		case <-ctx.Done():
			t.Fatalf("the page never showed job 1 accepted (statuses seen: %v)\n%s", seen, out.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
	progress, err := pageText(bctx, "#job-1 td:nth-child(4)")
	if err != nil {
		t.Fatal(err)
	}
	if progress != "Results accepted." {
		t.Fatalf("progress cell %q", progress)
	}
	shot, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(screenshotDir(t), "explorer-job-accepted.png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("statuses seen without a reload: %s; screenshot %s (%d bytes)", strings.Join(seen, " → "), path, len(shot))
	if runDone != nil {
		if err := <-runDone; err != nil {
			t.Fatalf("pond run: %v\n%s", err, runOut)
		}
	}
}
