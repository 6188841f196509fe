#!/usr/bin/env bash
# FSRS-6 optimiser beside fsrs-rs 6.6.0 in the same run (../shared/bench/fsrs/compare.mjs):
# fit time, in-sample and time-series-split log loss, RMSE(bins), AUC on anki_josh.csv.
set -uo pipefail
build=${1:-build}
cd "$(dirname "$0")/../.."
shared=../shared/bench/fsrs
[[ -d $shared ]] || { echo "skip: $shared not found (benchmark data are not shipped)"; exit 0; }
if [[ ! -d $shared/node_modules ]]; then
  echo "the fsrs harness needs 'npm ci' in $shared (read-only here?)"
  (cd "$shared" && npm ci --no-audit --no-fund) || exit 1
fi
node "$shared/compare.mjs" --cmd "$PWD/$build/kkori srs optimize --in {in} --json"
