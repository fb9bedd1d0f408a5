#!/usr/bin/env bash
# README's test command: set up, build, and run every test — native (Catch2 through CTest),
# the same corpus under ASan+UBSan, the WebAssembly module in Node (parity with the CLI,
# fetch-less hosts, error resilience), the portal (Vitest, Playwright + axe in Chromium) and a
# bounded libFuzzer run. Exits non-zero on the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
step() {  # step LABEL CMD...: run CMD, print its wall time, keep its exit status
  local label=$1 t0=$EPOCHREALTIME rc=0; shift
  "$@" || rc=$?
  awk -v a="$t0" -v b="$EPOCHREALTIME" -v l="$label" -v r="$rc" 'BEGIN{printf "[test] %-36s %6.1f s%s\n", l, b-a, (r==0 ? "" : "  (exit " r ")")}' >&2
  return $rc
}

bash scripts/setup.sh
bash scripts/build.sh
step "native tests (ctest)" ctest --preset native -j2
step "asan+ubsan configure" cmake --preset asan >/dev/null
step "asan+ubsan build" cmake --build --preset asan
# Under the sanitizers the whole Catch2 corpus runs in one process (one start-up instead of one
# per test), then the CLI tests through CTest.
step "asan+ubsan tests (catch2)" build/asan/tests/canbao_tests
step "asan+ubsan cli tests (ctest)" ctest --preset asan -R "^cli: "
if compgen -G "tests/node/*.test.mjs" >/dev/null; then
  step "node tests (wasm)" node --experimental-vm-modules --test tests/node/
fi
if [[ -f web/vitest.config.ts || -f web/vitest.config.mjs ]]; then
  step "portal unit tests (vitest)" npx vitest run --config "$(ls web/vitest.config.* | head -n1)"
fi
if compgen -G "tests/browser/*.test.mjs" >/dev/null || compgen -G "tests/browser/*/*.test.mjs" >/dev/null; then
  step "browser tests (chromium + axe)" node --test --test-concurrency=1 $(ls tests/browser/*.test.mjs tests/browser/*/*.test.mjs 2>/dev/null)
fi
if [[ -x tests/fuzz/run.sh || -f tests/fuzz/run.sh ]]; then
  step "fuzz (libFuzzer, bounded)" bash tests/fuzz/run.sh "${FUZZ_SECONDS:-60}"
fi
echo "[test] all stages passed" >&2
