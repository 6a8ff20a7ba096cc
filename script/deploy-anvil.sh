#!/usr/bin/env bash
# Starts anvil on loopback, deploys Pond with script/Deploy.s.sol and writes deployments/<chainId>.json.
#   script/deploy-anvil.sh           deploy and keep anvil running in the foreground (Ctrl-C stops it)
#   script/deploy-anvil.sh --check   deploy, read the market back with cast, stop anvil (used by make test)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$PWD/tools/bin
PORT=${POND_ANVIL_PORT:-8545}
RPC=http://127.0.0.1:$PORT
LOG=$(mktemp -t pond-anvil.XXXXXX.log)

"$BIN/anvil" --host 127.0.0.1 --port "$PORT" --silent >"$LOG" 2>&1 &
ANVIL=$!
trap 'kill $ANVIL 2>/dev/null || true; wait $ANVIL 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  "$BIN/cast" chain-id --rpc-url "$RPC" >/dev/null 2>&1 && break
  kill -0 $ANVIL 2>/dev/null || { echo "anvil exited:"; cat "$LOG"; exit 1; }
  sleep 0.1
done
CHAIN_ID=$("$BIN/cast" chain-id --rpc-url "$RPC")

"$BIN/forge" script script/Deploy.s.sol --rpc-url "$RPC" --broadcast --slow -q
FILE=deployments/$CHAIN_ID.json
MARKET=$(node -e "process.stdout.write(require('./$FILE').market)")
MEDIATORS=$(node -e "process.stdout.write(require('./$FILE').mediatorRegistry)")
echo "deployed on anvil ($RPC, chain $CHAIN_ID): $FILE"
cat "$FILE"; echo

if [[ "${1:-}" == "--check" ]]; then
  # The market answers through the RPC and is wired to its registry.
  got=$("$BIN/cast" call "$MARKET" "mediators()(address)" --rpc-url "$RPC")
  [[ "${got,,}" == "${MEDIATORS,,}" ]] || { echo "market.mediators() = $got, want $MEDIATORS"; exit 1; }
  jobs=$("$BIN/cast" call "$MARKET" "jobCount()(uint256)" --rpc-url "$RPC")
  [[ "$jobs" == "0" ]] || { echo "jobCount() = $jobs, want 0"; exit 1; }
  echo "deploy check passed: market $MARKET answers on anvil"
  exit 0
fi
echo "anvil is running at $RPC (Ctrl-C to stop)"
wait $ANVIL
