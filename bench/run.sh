#!/usr/bin/env bash
# make bench: runs every bench/<name>/run.sh with the release build. Each prints kkori's figure
# beside the named peer measured in the same run. Benchmarks read ../shared/bench when present.
set -uo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."
status=0
found=0
for script in bench/*/run.sh; do
  [[ -f $script ]] || continue
  found=1
  echo "== $(dirname "$script")"
  bash "$script" "$build" || status=1
done
((found)) || echo "no benchmarks yet"
exit $status
