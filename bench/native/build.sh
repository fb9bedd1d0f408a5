#!/usr/bin/env bash
# Build the latency harness against a tree's core library:
#   bash bench/native/build.sh TREE LIBDIR OUT     (TREE/core headers, LIBDIR/libcanbao_core.a)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tree=$1 lib=$2 out=$3
g++ -std=c++20 -O2 -g -I"$tree/core" -I"$here" "$here/latency.cpp" "$lib/libcanbao_core.a" -o "$out"
