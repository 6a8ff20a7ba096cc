#!/usr/bin/env bash
# A contract client end to end on `pond devnet --with-keepers`, driven from outside Go with forge
# and cast: deploy the storing client (test/clients/StoringClient.sol, the kind Lilypad's users
# deploy: no withdraw, no receive), call it with 2 ether, wait for the keepers to match, run,
# submit and finalize the job, and read the CID the market delivered back from the client's storage.
#   script/contract-client.sh          print each step (make demo-contract)
#   script/contract-client.sh --check  the same, failing on anything unexpected (make test-contract-client)
# Needs bin/pond, the example modules (make modules) and forge's out/ (make build).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$PWD/tools/bin
CHECK=${1:-}
WORK=$(mktemp -d -t pond-contract-client.XXXXXX)
LOG=$WORK/devnet.log
# Dev account 1 (anvil's second key): the one the devnet leaves to people running jobs.
KEY=0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
TIMEOUT=${POND_CONTRACT_CLIENT_TIMEOUT:-300}

fail() { echo "FAIL: $*"; echo "--- devnet log ($LOG)"; tail -40 "$LOG"; exit 1; }
say() { echo "==> $*"; }

bin/pond --log.level warn devnet --with-keepers --executors wasm --devnet.port 0 --devnet.challenge-window 5s \
  --devnet.deployments-dir "$WORK/deployments" --devnet.keepers-dir "$WORK/keepers" \
  --storage.local-dir "$WORK/store" --explorer.addr "" >"$LOG" 2>&1 &
DEVNET=$!
trap 'kill $DEVNET 2>/dev/null || true; wait $DEVNET 2>/dev/null || true; rm -rf "$WORK"' EXIT

# The devnet prints its RPC URL and addresses, then its keepers once they run.
for _ in $(seq 1 300); do
  grep -q '^Keepers' "$LOG" && break
  kill -0 $DEVNET 2>/dev/null || fail "pond devnet exited"
  sleep 0.2
done
grep -q '^Keepers' "$LOG" || fail "the devnet's keepers did not start"
RPC=$(awk '/RPC \(HTTP\)/ {print $3; exit}' "$LOG")
MARKET=$(awk '$1 == "market" {print $2; exit}' "$LOG")
[[ -n "$RPC" && -n "$MARKET" ]] || fail "no RPC URL or market address in the devnet's output"
say "pond devnet --with-keepers at $RPC, market $MARKET"

CLIENT=$("$BIN/forge" create test/clients/StoringClient.sol:StoringClient --rpc-url "$RPC" --private-key "$KEY" \
  --broadcast --constructor-args "$MARKET" | awk '/Deployed to:/ {print $3}')
[[ -n "$CLIENT" ]] || fail "forge create did not deploy the storing client"
say "storing client deployed at $CLIENT (forge create)"

# eth_call prices at the block's base fee only when it is given a gas price.
BASEFEE=$("$BIN/cast" base-fee --rpc-url "$RPC")
QUOTE=$("$BIN/cast" call "$MARKET" "quote(string,uint32)((uint256,uint256,uint256,uint256,uint256,uint32))" \
  "cowsay:v0.0.1" 0 --gas-price "$BASEFEE" --from "$("$BIN/cast" wallet address "$KEY")" --rpc-url "$RPC")
say "the market's quote for cowsay:v0.0.1 (value, min price, solver fee, delivery fee, gas price, gas limit): $QUOTE"

"$BIN/cast" send "$CLIENT" "run(string)" "moo from a contract" --value 2ether --private-key "$KEY" --rpc-url "$RPC" >/dev/null
JOB=$("$BIN/cast" call "$MARKET" "jobCount()(uint256)" --rpc-url "$RPC")
say "client.run(\"moo from a contract\") with 2 ether posted job $JOB"

start=$SECONDS
CID=""
last=""
while (( SECONDS - start < TIMEOUT )); do
  CID=$("$BIN/cast" call "$CLIENT" "lastCid()(string)" --rpc-url "$RPC" | tr -d '"')
  [[ -n "$CID" ]] && break
  status=$(bin/pond job show "$JOB" --rpc-url "$RPC" --deployment "$WORK/deployments/31337.json" \
    --index "$WORK/index.sqlite" 2>/dev/null | awk '$1 == "status" {print $2; exit}' || true)
  if [[ -n "$status" && "$status" != "$last" ]]; then say "job $JOB: $status"; last=$status; fi
  sleep 1
done
[[ -n "$CID" ]] || fail "no result in the client's storage after ${TIMEOUT}s"

ID=$("$BIN/cast" call "$CLIENT" "lastJobId()(uint256)" --rpc-url "$RPC")
COUNT=$("$BIN/cast" call "$CLIENT" "resultCount()(uint256)" --rpc-url "$RPC")
FIRST=$("$BIN/cast" call "$CLIENT" "results(uint256)(uint256,string)" 0 --rpc-url "$RPC" | tr '\n' ' ')
say "the client's storage: lastJobId $ID, lastCid $CID, results[0] = ($FIRST), $COUNT result(s)"

# The CID the provider submitted, from the market's ResultSubmitted event.
TOPIC=$(printf '0x%064x' "$JOB")
SUBMITTED=$("$BIN/cast" logs --address "$MARKET" --from-block 0 --rpc-url "$RPC" \
  "ResultSubmitted(uint256 indexed,address indexed,string,uint40)" "$TOPIC" | awk '/data:/ {print $2; exit}')
SUBMITTED_CID=$("$BIN/cast" abi-decode --input "f(string,uint40)" "$SUBMITTED" | head -1 | tr -d '"')
say "the market's ResultSubmitted for job $JOB: $SUBMITTED_CID"

bin/pond job show "$JOB" --rpc-url "$RPC" --deployment "$WORK/deployments/31337.json" --index "$WORK/index.sqlite"

if [[ "$CHECK" == "--check" ]]; then
  [[ "$ID" == "$JOB" ]] || fail "lastJobId $ID, want $JOB"
  [[ "$CID" == "$SUBMITTED_CID" ]] || fail "the client stored $CID, the provider submitted $SUBMITTED_CID"
  [[ "$CID" == baf* && ${#CID} -eq 59 ]] || fail "lastCid $CID is not a CIDv1 of 59 characters"
  [[ "$COUNT" == "1" ]] || fail "$COUNT results stored, want 1"
  [[ "$FIRST" == "$JOB \"$CID\" " ]] || fail "results[0] = ($FIRST), want ($JOB \"$CID\")"
  PENDING=$("$BIN/cast" call "$MARKET" "pendingResult(uint256)(string)" "$JOB" --rpc-url "$RPC" | tr -d '"')
  [[ -z "$PENDING" ]] || fail "the market still holds the result for delivery: $PENDING"
  say "contract client check passed: the storing client got job $JOB's result through runModuleWithDefaultMediators"
fi
