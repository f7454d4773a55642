#!/usr/bin/env bash
# The desktop app under Xvfb with the post-mortem of tests/e2e/scripts.test.mjs
# (every script and emoji), screenshotted to build/e2e-artifacts/desktop-scripts.png
# for a person to look at. Run the e2e test first; BIN defaults to build/native/hindsight.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="${BIN:-$ROOT/build/native${HINDSIGHT_BUILD_TAG:+-$HINDSIGHT_BUILD_TAG}/hindsight}"
FILE="$ROOT/build/e2e-artifacts/scripts.postmortem.json"
OUT="$ROOT/build/e2e-artifacts/desktop-scripts.png"
[ -f "$FILE" ] || { echo "missing $FILE: run tests/e2e/scripts.test.mjs first" >&2; exit 1; }
LIBRARY="$(mktemp -d)"
trap 'rm -rf "$LIBRARY"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  "$0" --library "$1" "$2" & app=$!
  sleep "${WAIT:-6}"
  import -window root "$3"
  kill "$app"; wait "$app" 2>/dev/null || true
' "$BIN" "$LIBRARY" "$FILE" "$OUT"
echo "wrote $OUT"
