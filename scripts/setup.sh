#!/usr/bin/env bash
# One-shot, idempotent set-up for a fresh Debian 12 (bookworm) machine. Run as root (or with sudo).
#   apt: cmake ninja g++ catch2 nlohmann-json3-dev emscripten (3.1.6) libclang-rt-14-dev chromium brotli jq
#        fonts-noto-cjk (the CJK font phones carry: without one Chromium draws Chinese as boxes, and
#        the portal's browser tests would lay out text narrower than any citizen's device does)
#   node >= 20.19 and npm >= 10 (from the npm registry when Debian's are older), then `npm ci`.
# A second run takes a second or two: apt runs only for missing packages, npm only when the
# lockfile changed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

step() {  # step LABEL CMD...: run CMD, print its wall time, keep its exit status
  local label=$1 t0=$EPOCHREALTIME rc=0; shift
  "$@" || rc=$?
  awk -v a="$t0" -v b="$EPOCHREALTIME" -v l="$label" -v r="$rc" 'BEGIN{printf "[setup] %-36s %6.1f s%s\n", l, b-a, (r==0 ? "" : "  (exit " r ")")}' >&2
  return $rc
}

pkgs=(cmake ninja-build g++ catch2 nlohmann-json3-dev emscripten libclang-rt-14-dev chromium brotli jq ca-certificates fonts-noto-cjk)
version_ge() { [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]; }
node_ok() { command -v node >/dev/null && version_ge "$(node --version | tr -d v)" "20.19.0"; }
npm_ok() { command -v npm >/dev/null && version_ge "$(npm --version)" "10.0.0"; }
if ! command -v npm >/dev/null; then pkgs+=(nodejs npm); fi
missing=()
for p in "${pkgs[@]}"; do
  [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) == installed ]] || missing+=("$p")
done
if ((${#missing[@]})); then
  step "apt-get update" $SUDO apt-get update -qq
  step "apt-get install (${#missing[@]} packages)" $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "[setup] apt: all ${#pkgs[@]} packages present" >&2
fi
# Debian 12 ships Node 18 / npm 9: vite 8 and playwright-core 1.65 need Node >= 20.19, and the
# lockfile's overrides need npm >= 10. The registry's 'node' package carries the official binary.
if ! node_ok; then step "npm install -g node@20" $SUDO npm install -g --no-audit --no-fund --loglevel=error node@20; hash -r; fi
if ! npm_ok; then step "npm install -g npm@10" $SUDO npm install -g --no-audit --no-fund --loglevel=error npm@10; hash -r; fi
echo "[setup] node $(node --version), npm $(npm --version), $(em++ --version | head -n1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n1 | sed 's/^/em++ /'), cmake $(cmake --version | head -n1 | grep -oE '[0-9.]+$')" >&2

stamp=node_modules/.canbao-setup
want="$(sha256sum package-lock.json | cut -d' ' -f1) $(node --version)"
if [[ ! -f $stamp || "$(cat "$stamp")" != "$want" ]]; then
  # npm ci with the lockfile; this registry does not serve every platform package rollup
  # (pulled in by workbox-build) lists as optional, and npm ci then rejects the lockfile as
  # "missing" them. npm install with the same lockfile installs the same versions.
  if ! step "npm ci" npm ci --no-audit --no-fund --loglevel=error 2>/dev/null; then
    echo "[setup] npm ci refused the lockfile (optional platform packages not served here): npm install with it" >&2
    step "npm install (locked)" npm install --no-audit --no-fund --loglevel=error
  fi
  echo "$want" > "$stamp"
else
  echo "[setup] npm: node_modules up to date" >&2
fi
