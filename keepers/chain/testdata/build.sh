#!/usr/bin/env bash
# Compiles Emitter.sol with the repository's pinned solc (tools/solc) into Emitter.json
# ({"abi": [...], "bytecode": "0x..."}). Needs `make setup` and jq.
set -euo pipefail
cd "$(dirname "$0")"
solc=../../../tools/solc
jq -n --rawfile src Emitter.sol '{
  language: "Solidity",
  sources: {"Emitter.sol": {content: $src}},
  settings: {optimizer: {enabled: true, runs: 200}, evmVersion: "cancun",
             metadata: {bytecodeHash: "none"},
             outputSelection: {"*": {"*": ["abi", "evm.bytecode.object"]}}}
}' | "$solc" --standard-json | jq '
  if ([.errors[]? | select(.severity == "error")] | length) > 0 then error(.errors | tostring) else . end
  | .contracts["Emitter.sol"].Emitter | {abi: .abi, bytecode: ("0x" + .evm.bytecode.object)}' > Emitter.json
