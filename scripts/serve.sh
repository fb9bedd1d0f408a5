#!/usr/bin/env bash
# README's main command: set up, build, and serve the portal on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs web/dist "${PORT:-8080}"
