# Pond: every build, test and check goes through this file.
#   make setup   install the toolchain (forge/anvil/cast, solc wrapper, OpenZeppelin, Go modules)
#   make test    build and run every test (CI=true selects the heavy fuzz/invariant profile)
#   make demo    run a module end to end through the market on the embedded devnet
SHELL := /bin/bash
.DEFAULT_GOAL := help

ROOT   := $(CURDIR)
TOOLS  := $(ROOT)/tools
BIN    := $(TOOLS)/bin
FORGE  := $(BIN)/forge
ANVIL  := $(BIN)/anvil
CAST   := $(BIN)/cast
export PATH := $(BIN):$(PATH)

ifeq ($(CI),true)
export FOUNDRY_PROFILE ?= ci
endif

.PHONY: help
help:
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-18s %s\n", $$1, $$2}'

# ---------------------------------------------------------------- setup

.PHONY: setup setup-sol setup-go setup-docker setup-kubo setup-registry setup-browser setup-slither
setup: setup-sol setup-go setup-docker setup-kubo setup-registry setup-browser setup-slither ## Install everything (idempotent; registries only)

setup-sol: $(FORGE) lib/openzeppelin-contracts/token/ERC20/IERC20.sol ## Foundry, solc wrapper, OpenZeppelin

$(TOOLS)/node_modules/.package-lock.json: $(TOOLS)/package.json $(TOOLS)/package-lock.json
	cd $(TOOLS) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(FORGE): $(TOOLS)/node_modules/.package-lock.json
	@mkdir -p $(BIN)
	@for t in forge anvil cast; do \
	  ln -sf $(TOOLS)/node_modules/@foundry-rs/$$t-linux-amd64/bin/$$t $(BIN)/$$t; done
	@$(FORGE) --version | head -1

lib/openzeppelin-contracts/token/ERC20/IERC20.sol: $(TOOLS)/node_modules/.package-lock.json
	@mkdir -p lib
	rm -rf lib/openzeppelin-contracts
	cp -r $(TOOLS)/node_modules/@openzeppelin/contracts lib/openzeppelin-contracts
	@touch $@

# slither (PyPI, pinned) in its own virtualenv; the stamp names the version, so a new pin reinstalls.
SLITHER_VERSION := 0.11.6
SLITHER_VENV    := $(TOOLS)/slither-venv
SLITHER         := $(SLITHER_VENV)/bin/slither
SLITHER_STAMP   := $(SLITHER_VENV)/.slither-analyzer-$(SLITHER_VERSION)

setup-slither: $(SLITHER_STAMP) ## slither-analyzer in tools/slither-venv (python3 -m venv, pip)

$(SLITHER_STAMP):
	rm -rf $(SLITHER_VENV)
	@python3 -m venv --help >/dev/null 2>&1 && python3 -c 'import ensurepip' 2>/dev/null || { \
	  echo "installing python3-venv"; apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y python3-venv; }
	python3 -m venv $(SLITHER_VENV)
	$(SLITHER_VENV)/bin/pip install --quiet --disable-pip-version-check slither-analyzer==$(SLITHER_VERSION)
	@touch $@

setup-go: ## Download Go modules
	go mod download

DOCKERD_LOG ?= /var/log/pond-dockerd.log
setup-docker: ## Install (apt, as root) and start a local dockerd (vfs, no iptables, no bridge) if none answers
	@if ! command -v docker >/dev/null || ! command -v dockerd >/dev/null; then \
	  echo "installing docker.io"; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y docker.io; fi
	@if ! docker info >/dev/null 2>&1; then \
	  echo "starting dockerd (log: $(DOCKERD_LOG))"; \
	  nohup dockerd --storage-driver=vfs --iptables=false --bridge=none >$(DOCKERD_LOG) 2>&1 & \
	  for i in $$(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done; fi
	@docker info --format 'dockerd {{.ServerVersion}} ({{.Driver}})' || { tail -20 $(DOCKERD_LOG); exit 1; }

setup-registry: ## Install (apt, as root) git and Debian's docker-registry; tests start their own on loopback
	@if ! command -v docker-registry >/dev/null || ! command -v git >/dev/null; then \
	  echo "installing docker-registry and git"; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y docker-registry git; fi
	@docker-registry --version 2>/dev/null | head -1 || true

setup-browser: ## Install (apt, as root) Debian's chromium and chromium-driver for the explorer's browser test
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  echo "installing chromium and chromium-driver"; \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver; fi
	@chromium --version 2>/dev/null | tail -1 || true

setup-kubo: ## Build Kubo (go tool ipfs) once; tests start it offline on loopback
	go tool ipfs version

# ---------------------------------------------------------------- contracts

.PHONY: build test test-sol snapshot snapshot-check sizes staticcheck gofmt-check
build: setup-sol ## Compile the contracts
	$(FORGE) build --sizes

test: test-sol test-go test-contract-client bindings-check gofmt-check staticcheck slither ## Run every test

gofmt-check: ## Fail on any tracked Go file gofmt would change (lists them; fix with gofmt -w)
	@files=$$(git ls-files -z '*.go' | xargs -0 gofmt -l); \
	  if [ -n "$$files" ]; then echo "not gofmt-clean (run gofmt -w on them):"; echo "$$files"; exit 1; fi

STATICCHECK_VERSION := v0.8.2
staticcheck: setup-go ## staticcheck (pinned) on every Go package
	go run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

test-sol: setup-sol ## Foundry unit, fuzz and invariant tests, the gas snapshot check, the anvil deploy
	$(FORGE) test --no-match-contract GasBenchmark
	$(MAKE) snapshot-check
	$(MAKE) test-deploy

# Gas benchmarks run --isolate: every call is its own transaction (cold storage, intrinsic gas).
snapshot: setup-sol ## Rewrite the gas snapshots (snapshots/*.json)
	FORGE_SNAPSHOT_EMIT=true $(FORGE) test --match-contract GasBenchmark --isolate

snapshot-check: setup-sol ## Fail when the gas benchmarks drift from snapshots/
	FORGE_SNAPSHOT_CHECK=true $(FORGE) test --match-contract GasBenchmark --isolate

# slither reads a separate build made with --build-info (crytic-compile needs it). It exits
# non-zero whenever it finds anything; slithercheck decides: every high and medium finding must be
# explained in slither.triage.json, and every entry there must still match a finding.
SLITHER_OUT := $(ROOT)/cache/slither-out
.PHONY: slither
slither: setup-sol setup-slither ## Static analysis: fail on a high/medium slither finding not triaged in slither.triage.json
	@rm -rf $(SLITHER_OUT) cache/slither.json
	$(FORGE) build --build-info --out $(SLITHER_OUT) src
	-$(SLITHER) . --ignore-compile --foundry-out-directory $(SLITHER_OUT) --filter-paths 'lib/|test/|script/' \
	  --exclude-informational --exclude-low --exclude-optimization --json cache/slither.json > cache/slither.txt 2>&1
	go run ./tools/slithercheck -report cache/slither.json -triage slither.triage.json

# ---------------------------------------------------------------- go

.PHONY: test-go modules modules-check pond
EXAMPLE_MODULES := cowsay csvstats tinylm
GO_REPRO := CGO_ENABLED=0 go build -trimpath -ldflags=-buildid=

pond: ## Build the pond CLI into bin/pond
	go build -o bin/pond ./cmd/pond

# Each example module is built twice from the same Go source: a WASI binary
# (<m>.wasm) and a static linux binary packed into a deterministic FROM-scratch
# image archive (image.tar, loaded by the Docker executor when missing). Both
# are reproducible, so module.tmpl pins their sha256 / image ID.
modules: pond ## Build the example modules (WASM binaries and image archives)
	@mkdir -p bin/modules
	@set -e; for m in $(EXAMPLE_MODULES); do \
	  GOOS=wasip1 GOARCH=wasm $(GO_REPRO) -o modules/$$m/$$m.wasm ./modules/$$m/cmd/$$m; \
	  GOOS=linux GOARCH=amd64 $(GO_REPRO) -o bin/modules/$$m ./modules/$$m/cmd/$$m; \
	  id=$$(bin/pond module image --entrypoint /$$m modules/$$m/image.tar /$$m=bin/modules/$$m); \
	  echo "$$m: wasm sha256 $$(sha256sum modules/$$m/$$m.wasm | cut -c1-64), image $$id"; done

modules-check: modules ## Rebuild the modules and check the pins in their module.tmpl
	go test ./modules/ -run TestModulePins -count=1
# Tests needing Docker or Kubo skip when unavailable, except under CI=true where they fail.
test-go: build setup-docker setup-kubo setup-registry setup-browser modules ## Go tests (real dockerd, Kubo, registry, Git servers; the contracts' build in out/, test helpers included)
	set -o pipefail; go test -json ./... | go run ./tools/testreport

# ---------------------------------------------------------------- bindings and devnet

.PHONY: bindings bindings-check devnet
# Contracts bound into the one Go package bindings/ (shared struct types), as File.sol:Contract.
BINDINGS := PondMarket.sol:PondMarket PondMarketExtension.sol:PondMarketExtension ModuleRegistry.sol:ModuleRegistry MediatorRegistry.sol:MediatorRegistry PondTestToken.sol:PondTestToken
BINDINGS_TMP := $(ROOT)/cache/bindings-check

# gen-bindings writes bindings for $(BINDINGS) from forge's out/ into directory $(1).
define gen-bindings
	@mkdir -p $(1)
	go run ./tools/forge2abigen -out out $(BINDINGS) > $(1)/.combined.json
	go tool abigen --v2 --combined-json $(1)/.combined.json --pkg bindings --out $(1)/pond.go
	@rm -f $(1)/.combined.json
endef

bindings: setup-sol ## Regenerate the Go bindings (bindings/) from the compiled contracts
	$(FORGE) build
	$(call gen-bindings,bindings)

bindings-check: setup-sol ## Fail when bindings/ differs from what the current contracts generate
	$(FORGE) build
	@rm -rf $(BINDINGS_TMP)
	$(call gen-bindings,$(BINDINGS_TMP))
	@diff -u bindings/pond.go $(BINDINGS_TMP)/pond.go >/dev/null || { \
	  diff -u bindings/pond.go $(BINDINGS_TMP)/pond.go | head -40; \
	  echo "bindings/ is stale: run make bindings and commit the result"; exit 1; }
	@rm -rf $(BINDINGS_TMP)
	@echo "bindings/ matches the contracts"

# The example modules are built first so that the spec hashes published are those of runnable modules.
devnet: modules ## Run the embedded devnet with Pond deployed and the example modules published (RPC on 127.0.0.1:8545)
	bin/pond devnet

.PHONY: bench
bench: setup-sol setup-go modules ## Benchmarks: gas, matching, 1,000 jobs end to end (single calls, then batched; cowsay, then the keepers' capacity with echo), keepers, reads and pond audit over 1,000,000 settled jobs
	FORGE_SNAPSHOT_EMIT=true $(FORGE) test --match-contract GasBenchmark --isolate
	@for f in snapshots/*.json; do echo "$$f"; cat "$$f"; echo; done
	go test ./keepers/solver -run '^$$' -bench Match10kJobs1kOffers -cpu 1 -benchtime 5x
	POND_BENCH_JOBS=$${POND_BENCH_JOBS:-1000} POND_BENCH_PROVIDERS=$${POND_BENCH_PROVIDERS:-10} \
	  go test ./keepers/stack -run '^$$' -bench EndToEnd -benchtime 1x -timeout 60m
	POND_BENCH_JOBS=$${POND_BENCH_JOBS:-1000} POND_BENCH_PROVIDERS=$${POND_BENCH_PROVIDERS:-10} \
	  go test ./keepers/stack -run '^$$' -bench KeeperCapacity -benchtime 1x -timeout 30m
	go test ./keepers/chain -run '^$$' -bench DecodeJobPosted
	go test ./keepers/index -run '^$$' -bench IndexKeeperOnly -benchtime 3x
	POND_BENCH_SETTLED=$${POND_BENCH_SETTLED:-1000000} go test ./keepers/index -run '^$$' -bench FollowSettledJobs -benchtime 1x -timeout 90m
	POND_BENCH_SETTLED=$${POND_BENCH_SETTLED:-1000000} go test ./cmd/pond -run '^$$' -bench ReadCommands -benchtime 1x -timeout 90m
	POND_BENCH_AUDIT_JOBS=$${POND_BENCH_AUDIT_JOBS:-1000000} go test ./keepers/audit -run '^$$' -bench Audit -benchtime 2x -timeout 90m

.PHONY: demo
# A fresh embedded chain on a free port (so it never collides with a running `make devnet`), its
# keepers, one cowsay job through the market from dev account 1; prints the cow and stops.
demo: setup-sol setup-go modules ## Run cowsay end to end through the market on the embedded devnet
	bin/pond --log.level warn devnet --demo --devnet.port 0 --devnet.challenge-window 5s \
	  --devnet.deployments-dir .pond/demo --devnet.keepers-dir .pond/demo/keepers

.PHONY: demo-contract test-contract-client
# A contract client from outside Go: forge deploys test/clients/StoringClient.sol on a fresh
# `pond devnet --with-keepers`, cast calls it with 2 ether, and its storage is read back.
demo-contract: build modules ## Run a storing client contract's job through the market on the devnet (forge + cast)
	script/contract-client.sh

test-contract-client: build modules ## The contract-client end-to-end check (make demo-contract, failing on any difference)
	script/contract-client.sh --check

.PHONY: deploy-anvil test-deploy
deploy-anvil: setup-sol ## Start anvil on 127.0.0.1:8545, deploy Pond, write deployments/<chainId>.json
	script/deploy-anvil.sh

test-deploy: setup-sol ## Deploy to a throwaway anvil and read the market back with cast
	POND_ANVIL_PORT=18545 script/deploy-anvil.sh --check

.PHONY: clean
clean: ## Remove build outputs (keeps installed tools)
	rm -rf out cache broadcast
