#!/usr/bin/env bash
# Builds and runs the headless frame bench of the Timeline tab (events on 0000-01-01
# and 9999-12-31) against the libraries of a native build (default build/native;
# HINDSIGHT_BUILD_TAG=x uses build/native-x).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
B="$ROOT/build/native${HINDSIGHT_BUILD_TAG:+-$HINDSIGHT_BUILD_TAG}"
OUT="$B/bench_timeline_frame"
g++ -O2 -std=c++17 -DNDEBUG -DImDrawIdx="unsigned int" -DIMGUI_DISABLE_OBSOLETE_FUNCTIONS -DIMGUI_ENABLE_TEST_ENGINE \
  -DHAS_REMOTE_API=0 -DUSE_OS_TZDB=0 \
  -I"$ROOT/src" -I"$ROOT/third_party/imgui" -I"$ROOT/third_party/imgui/misc/cpp" -isystem "$B/deps-include" \
  "$ROOT/tests/bench/ui/bench_timeline_frame.cpp" \
  "$ROOT/src/ui/views/timeline_tab.cpp" "$ROOT/src/ui/views/timeline_canvas.cpp" "$ROOT/src/ui/canvas/time_axis.cpp" \
  "$ROOT/src/ui/app_state.cpp" "$ROOT/src/ui/theme.cpp" "$ROOT/src/ui/item_registry.cpp" \
  "$B/libhindsight_core.a" "$B/libhindsight_imgui.a" "$B/libhindsight_fonts.a" -o "$OUT"
"$OUT"
