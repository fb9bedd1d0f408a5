#!/usr/bin/env bash
# Builds the native CLI, the WebAssembly module and the portal (web/dist). Assumes setup.sh ran.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { local label=$1 t0=$EPOCHREALTIME; shift; "$@"; awk -v a="$t0" -v b="$EPOCHREALTIME" -v l="$label" 'BEGIN{printf "[build] %-36s %6.1f s\n", l, b-a}' >&2; }
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
