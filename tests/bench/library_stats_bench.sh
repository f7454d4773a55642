#!/usr/bin/env bash
# `hindsight stats` over generated libraries of 1,000 and 10,000 post-mortems: wall time and
# peak resident memory beside the budget of DESIGN.md §4 (10,000 files: 5 s, 500 MB).
# Usage: tests/bench/library_stats_bench.sh path/to/hindsight [sizes...]
set -euo pipefail
cli="$1"
shift
sizes=("${@:-1000 10000}")
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
for n in ${sizes[@]}; do
  dir="$ROOT/build/bench/library-$n"
  if [ ! -f "$dir/pm-$(printf %05d "$n").postmortem.json" ]; then
    rm -rf "$dir"
    "$cli" generate-library --count "$n" --seed 1 -o "$dir" >/dev/null
  fi
  bytes=$(du -sb "$dir" | cut -f1)
  # Once to warm the page cache (the budget is about our code, not the disk), then measured.
  "$cli" stats "$dir" >/dev/null
  read -r secs kb < <( { /usr/bin/time -f "%e %M" "$cli" stats "$dir" >/dev/null; } 2>&1 | tail -1)
  mb=$((kb / 1024))
  if [ "$n" -ge 10000 ]; then
    verdict_t=$(awk -v s="$secs" 'BEGIN { print (s <= 5) ? "within" : "OVER" }')
    verdict_m=$([ "$mb" -le 500 ] && echo within || echo OVER)
    echo "stats of $n files ($((bytes / 1048576)) MB): ${secs} s (budget: 5 s, $verdict_t), peak ${mb} MB (budget: 500 MB, $verdict_m)"
  else
    echo "stats of $n files ($((bytes / 1048576)) MB): ${secs} s, peak ${mb} MB"
  fi
done
