#!/usr/bin/env bash
# Builds the libFuzzer seed corpus (not committed) from the project's own cases:
#   tests/cases/**/*.json   each "case" object of each scenario, one seed file each
#   examples/*.json         each example case as it is
#   tests/invalid/*.json    each "input" (a string as its raw bytes, JSON compacted)
#   tests/batch/*.jsonl     each line
#   tests/fuzz/regressions/ every earlier finding
# Usage: tests/fuzz/make-corpus.sh [OUT_DIR]   (default build/fuzz/corpus). Needs jq.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-build/fuzz/corpus}
mkdir -p "$out"
command -v jq >/dev/null || { echo "make-corpus: jq is required" >&2; exit 1; }

n=0
seed() {  # seed FILE_WITH_CONTENT: copy under its content hash (duplicates collapse)
  local h
  h=$(sha1sum "$1" | cut -c1-16)
  cp "$1" "$out/seed-$h"
  n=$((n + 1))
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

while IFS= read -r -d '' f; do
  count=$(jq '.cases | length' "$f")
  for ((i = 0; i < count; i++)); do
    jq -c ".cases[$i].case" "$f" > "$tmp/s"
    seed "$tmp/s"
    # The pretty-printed form too: whitespace and key layout are part of the input space.
    jq ".cases[$i].case" "$f" > "$tmp/s"
    seed "$tmp/s"
  done
done < <(find tests/cases -name '*.json' -type f -print0 2>/dev/null | sort -z)

for f in examples/*.json; do
  [[ -f $f ]] || continue
  seed "$f"
done

while IFS= read -r -d '' f; do
  count=$(jq '.cases | length' "$f")
  for ((i = 0; i < count; i++)); do
    jq -j ".cases[$i].input | if type == \"string\" then . else tojson end" "$f" > "$tmp/s"
    seed "$tmp/s"
  done
done < <(find tests/invalid -maxdepth 1 -name '*.json' -type f -print0 2>/dev/null | sort -z)

while IFS= read -r -d '' f; do
  while IFS= read -r line || [[ -n $line ]]; do
    printf '%s' "$line" > "$tmp/s"
    seed "$tmp/s"
  done < "$f"
done < <(find tests/batch -name '*.jsonl' -type f -print0 2>/dev/null | sort -z)

for f in tests/fuzz/regressions/*; do
  [[ -f $f && $(basename "$f") != README.md ]] || continue
  seed "$f"
done

echo "make-corpus: $n seeds, $(find "$out" -type f | wc -l) distinct files in $out" >&2
