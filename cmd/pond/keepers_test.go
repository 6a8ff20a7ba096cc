package main

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/testenv"
)

func TestKeepers_invalidConfigurationNamesTheFlag(t *testing.T) {
	key := "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"solver"}, "--private-key"},
		{[]string{"mediator"}, "--private-key"},
		{[]string{"provider"}, "--private-key"},
		{[]string{"solver", "--private-key", key, "--metrics.addr", "7300"}, "--metrics.addr"},
		{[]string{"solver", "--private-key", key, "--solver.janitors", "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65,nope"}, "--solver.janitors"},
		{[]string{"provider", "--private-key", key, "--provider.ask", "1.2.3"}, "--provider.ask"},
		{[]string{"provider", "--private-key", key, "--provider.collateral", "-1"}, "--provider.collateral"},
		{[]string{"provider", "--private-key", key, "--modules.max-fetch-mib", "0"}, "--modules.max-fetch-mib"},
		{[]string{"mediator", "--private-key", key, "--modules.max-fetch-mib", "0"}, "--modules.max-fetch-mib"},
		{[]string{"solver", "--private-key", key, "--solver.min-fee", "lots"}, "--solver.min-fee"},
		{[]string{"job", "why"}, "jobId"},
		// A keeper takes no argument: a mistyped subcommand must not start the keeper.
		{[]string{"mediator", "--private-key", key, "leav"}, `pond mediator takes no argument, got "leav"`},
		{[]string{"provider", "--private-key", key, "withdraw"}, `pond provider takes no argument, got "withdraw"`},
		{[]string{"solver", "--private-key", key, "now"}, `pond solver takes no argument, got "now"`},
	} {
		out, err := runPond(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("pond %s: error %v (output %q), want one naming %s", strings.Join(tc.args, " "), err, out, tc.want)
		}
	}
}

// TestJobWhy: a job too big for the only offer is explained as CapacityExceeded with the numbers;
// one an offer can take waits for a solver, which may leave a native job out for its fee
// (--solver.min-fee): why says so, with the fee.
func TestJobWhy(t *testing.T) {
	for _, tc := range []struct {
		name      string
		cpuMillis uint32
		solverFee int64
		want      []string
	}{
		{"too big", 8000, 0, []string{"no offer can take it", "CapacityExceeded", "needs 8000 CPU millicores, 4000 left"}},
		{"fits", 1000, params.Ether / 10_000, []string{"1 offer(s) can take it", "fits", "its solver fee, 0.0001 ETH", "--solver.min-fee"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			w := newCLIWorld(ctx, t)
			id := w.postCowsayJob(w.solver, tc.cpuMillis, big.NewInt(tc.solverFee))
			out, err := runPond(t, append([]string{"job", "why", id.String()}, w.readFlags...)...)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			for _, want := range tc.want {
				if !strings.Contains(out, want) {
					t.Fatalf("pond job why: want %q in\n%s", want, out)
				}
			}
		})
	}
}

// TestJobWhy_gpuModule: a module of the SDXL shape (modules/lilypad/sdxl) renders to a GPU job;
// nothing here can run it, and `pond job why` says that no offer has a GPU.
func TestJobWhy_gpuModule(t *testing.T) {
	dir := t.TempDir()
	tmpl, err := os.ReadFile(filepath.Join(testenv.ModuleRoot(t), "modules", "lilypad", "sdxl", module.LilypadTemplateFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, module.LilypadTemplateFile), tmpl, 0o644); err != nil {
		t.Fatal(err)
	}
	tag := "localhost:5000/pond/sdxl:v0.9-lilypad1"
	if err := module.WritePins(dir, module.ImagePins{tag: "localhost:5000/pond/sdxl@sha256:" + strings.Repeat("5", 64)}); err != nil {
		t.Fatal(err)
	}
	m, err := module.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	spec, _, err := m.Render(module.Inputs{"PromptEnv": "PROMPT=An astronaut riding on a unicorn"})
	if err != nil {
		t.Fatal(err)
	}
	want := module.Resources{GPUs: 1, VRAMMiB: 12000, CPUMillis: 1000, RAMMiB: 8000, DiskMiB: module.LilypadDefaultDiskMiB}
	if spec.Resources != want || spec.Env["PROMPT"] != "An astronaut riding on a unicorn" || spec.Timeout != 1800 {
		t.Fatalf("sdxl renders to %+v env %v timeout %d", spec.Resources, spec.Env, spec.Timeout)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	head, err := w.net.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := spec.Resources
	price := big.NewInt(params.Ether / 100)
	cand, err := w.market.PostJob(bindings.IPondMarketJobRequest{
		ModuleId: 1, Token: chain.Native, Price: price, SolverFee: new(big.Int),
		Resources: bindings.Resources{Gpus: r.GPUs, VramMiB: r.VRAMMiB, CpuMillis: r.CPUMillis, RamMiB: r.RAMMiB, DiskMiB: r.DiskMiB},
		RunTime:   spec.Timeout, Expiry: new(big.Int).SetUint64(head.Time + 3600), Inputs: `{"PromptEnv":"PROMPT=x"}`,
	}, price)
	w.send(w.solver, cand, err)
	out, err := runPond(t, append([]string{"job", "why", "1"}, w.flags...)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"it needs a GPU and no offer has a GPU free", "CapacityExceeded", "needs 1 GPU(s), the offer has no GPU free"} {
		if !strings.Contains(out, want) {
			t.Fatalf("pond job why: want %q in\n%s", want, out)
		}
	}
}
