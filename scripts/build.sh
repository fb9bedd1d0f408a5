#!/usr/bin/env bash
# Builds the native CLI, the WebAssembly module and the portal (web/dist). Assumes setup.sh ran.
set -euo pipefail
cd "$(dirname "$0")/.."
step() {  # step LABEL CMD...: run CMD, print its wall time, keep its exit status
  local label=$1 t0=$EPOCHREALTIME rc=0; shift
  "$@" || rc=$?
  awk -v a="$t0" -v b="$EPOCHREALTIME" -v l="$label" -v r="$rc" 'BEGIN{printf "[build] %-36s %6.1f s%s\n", l, b-a, (r==0 ? "" : "  (exit " r ")")}' >&2
  return $rc
}
node_bin=$(command -v node)
step "native configure" cmake --preset native >/dev/null
step "native build" cmake --build --preset native
if [[ -f wasm/CMakeLists.txt ]]; then
  # The emulator override replaces emcmake's 'node;--experimental-wasm-threads' (rejected by Node 20)
  # and turns off Node's fetch, which emscripten 3.1.6 misuses for file paths (TOOLCHAIN.md §2.3-2.4).
  step "wasm configure" emcmake cmake --preset wasm "-DCMAKE_CROSSCOMPILING_EMULATOR=${node_bin};--no-experimental-fetch" >/dev/null
  step "wasm build" cmake --build --preset wasm
fi
if [[ -f web/vite.config.ts ]]; then
  step "portal build" npm run --silent build:web
fi
