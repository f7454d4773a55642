#!/usr/bin/env bash
# Heap allocations per frame in steady state, every screen, the shipped examples loaded
# (native release build, headless). Budget: 0 (DESIGN.md §4). Run by scripts/bench.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
B="$ROOT/build/native${HINDSIGHT_BUILD_TAG:+-$HINDSIGHT_BUILD_TAG}"
echo "== frames (native release build, headless: heap allocations per frame) =="
cmake --build "$B" --target hindsight_bench_frame_allocations >/dev/null
"$B/bench/hindsight_bench_frame_allocations" "$ROOT"/assets/examples/*.postmortem.json
