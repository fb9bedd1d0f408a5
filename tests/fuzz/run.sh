#!/usr/bin/env bash
# Bounded libFuzzer run over canbao::assess: builds the `fuzz` preset (clang-14,
# -fsanitize=fuzzer,address,undefined), makes the seed corpus from the project's cases and runs
# for SECONDS (default 60). Exits non-zero on a crash, a sanitizer report, a timeout, an
# out-of-memory or a broken invariant (tests/fuzz/invariants.hpp). A finding is written to
# build/fuzz/findings/; add it to tests/fuzz/regressions/ (replayed by ctest) once fixed.
#
# Usage: tests/fuzz/run.sh [SECONDS]
#   FUZZ_JOBS=N       parallel fuzzing processes (default 1)
#   FUZZ_ARGS="..."   extra libFuzzer flags
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: tests/fuzz/run.sh [SECONDS]" >&2; exit 64; }

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target canbao_fuzz
bin=build/fuzz/canbao_fuzz
seeds=build/fuzz/corpus      # regenerated from tests/ every run
work=build/fuzz/work         # what the fuzzer learns, kept between runs (not committed)
findings=build/fuzz/findings
rm -rf "$seeds"
bash tests/fuzz/make-corpus.sh "$seeds"
mkdir -p "$work" "$findings"

jobs=${FUZZ_JOBS:-1}
args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=70000
      -dict=tests/fuzz/canbao.dict -artifact_prefix="$findings/" -print_final_stats=1)
if (( jobs > 1 )); then
  args+=(-jobs="$jobs" -workers="$jobs")
fi
# shellcheck disable=SC2206
extra=(${FUZZ_ARGS:-})
log=build/fuzz/last-run.log
set +e
"$bin" "${args[@]}" "${extra[@]}" "$work" "$seeds" 2>&1 | tee "$log" |
  grep -E '^(#[0-9]+ +(INITED|DONE))|^#[0-9]+: cov|stat::|ERROR|invariant|SUMMARY|Test unit written|^output:' >&2
rc=${PIPESTATUS[0]}
set -e
if (( jobs > 1 )); then cat fuzz-*.log >> "$log" 2>/dev/null || true; rm -f fuzz-*.log; fi
if (( rc != 0 )); then
  echo "fuzz: FAILED (exit $rc): see $log and $findings/" >&2
  exit 1
fi
runs=$(grep -Eo 'stat::number_of_executed_units: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+$' || true)
[[ -n $runs ]] || runs=$(grep -Eo '^#[0-9]+: cov' "$log" | tail -1 | tr -dc '0-9' || true)  # -fork mode
echo "fuzz: ${seconds}s without a finding (${runs:-?} runs)" >&2
