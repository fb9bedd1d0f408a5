#!/usr/bin/env bash
# canbao benchmarks (issue 7): measures everything and writes docs/performance.md.
#   bash bench/run.sh
# Not a test: nothing here fails on a missed budget; every figure is recorded with what limits it.
# Stages whose inputs are missing (the wasm build, web/dist, lighthouse) are recorded as not measured.
# Knobs (environment): BENCH_REPS (5), BENCH_BATCH_RUNS (5), BENCH_COLD_RUNS (7), BENCH_LH_RUNS (3),
#   BENCH_SKIP_BUILD=1 (use build/native as it is), BENCH_SKIP_PROPOSALS=1 (skip bench/proposals/*.diff),
#   BENCH_ONLY="native batch ..." (run only these stages; the report uses earlier results for the rest).
set -uo pipefail
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"
export BENCH_COLD_RUNS=${BENCH_COLD_RUNS:-7}

want() { [[ -z ${BENCH_ONLY:-} || " $BENCH_ONLY " == *" $1 "* ]]; }
# stage NAME CMD... : run CMD with stdout to bench/out/NAME.json; on failure record why.
stage() {
  local name=$1 t0=$EPOCHREALTIME; shift
  want "$name" || return 0
  if "$@" > "$out/$name.json.tmp" 2> "$out/$name.log"; then
    mv "$out/$name.json.tmp" "$out/$name.json"
  else
    local why; why=$(tail -n 3 "$out/$name.log" | tr '\n"\\' '   ' | cut -c1-300)
    printf '{"error":"%s"}\n' "$why" > "$out/$name.json"; rm -f "$out/$name.json.tmp"
  fi
  awk -v a="$t0" -v b="$EPOCHREALTIME" -v l="$name" 'BEGIN{printf "[bench] %-12s %7.1f s\n", l, b-a}' >&2
}
skip() { want "$1" && printf '{"error":"%s"}\n' "$2" > "$out/$1.json" && echo "[bench] $1: not measured ($2)" >&2; return 0; }
load() { awk '{print $1, $2, $3}' /proc/loadavg; }

echo "[bench] load average at start: $(load)" >&2
load_start=$(load)
if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  cmake --preset native >/dev/null && cmake --build --preset native --target canbao >/dev/null || { echo "[bench] native build failed" >&2; exit 1; }
fi
bash bench/native/build.sh . build/native "$out/latency" || { echo "[bench] harness build failed" >&2; exit 1; }
node bench/js/cases.mjs "$out"

native() {  # both case sets through the native harness
  local reps=${BENCH_REPS:-5}
  printf '{"corpus":%s,"generated":%s}\n' "$("$out/latency" "$out/corpus.jsonl" "$((reps * 4))")" \
    "$("$out/latency" "$out/generated.jsonl" "$reps")"
}
stage native native
stage callgrind node bench/js/callgrind.mjs "$out/latency"
stage batch node bench/js/batch.mjs
stage sizes node bench/js/sizes.mjs
if node -e "import('./bench/js/paths.mjs').then(m => process.exit(m.hasWasm() ? 0 : 1))"; then
  stage wasm-node node bench/js/wasm-node.mjs
  stage peer node bench/js/peer-publicodes.mjs
  stage wasm-browser node bench/js/wasm-browser.mjs
else
  for s in wasm-node peer wasm-browser; do skip "$s" "no wasm build in build/wasm/dist"; done
fi
if [[ -f web/dist/index.html ]]; then
  stage coldstart node bench/js/coldstart.mjs
  stage lighthouse node bench/js/lighthouse.mjs
else
  for s in coldstart lighthouse; do skip "$s" "no portal build in web/dist"; done
fi
if [[ ${BENCH_SKIP_PROPOSALS:-0} != 1 ]]; then
  stage proposals node bench/js/proposals.mjs
fi
load_end=$(load)
echo "[bench] load average at end: $load_end" >&2
node bench/js/machine.mjs "$load_start" "$load_end" > "$out/machine.json"
node bench/js/report.mjs > docs/performance.md && echo "[bench] wrote docs/performance.md" >&2
