#!/usr/bin/env bash
# FSRS-6 optimiser beside fsrs-rs 6.6.0 in the same run (../shared/bench/fsrs/compare.mjs):
# fit time, in-sample and time-series-split log loss, RMSE(bins), AUC on anki_josh.csv.
#   bash bench/fsrs/run.sh [BUILD_DIR] [compare.mjs options, e.g. --data FILE.csv --no-tss]
# The harness's npm packages go into BUILD_DIR/fsrs-harness when ../shared has none (it is read-only).
set -uo pipefail
build=${1:-build}
shift || true
cd "$(dirname "$0")/../.."
shared=../shared/bench/fsrs
[[ -d $shared ]] || { echo "skip: $shared not found (benchmark data are not shipped)"; exit 0; }
harness=$shared
if [[ ! -d $shared/node_modules ]]; then
  harness=$build/fsrs-harness
  mkdir -p "$harness"
  # Refresh the scripts and data every run; reinstall the packages only when the lock file changed.
  cp -r "$shared"/. "$harness"/ && chmod -R u+w "$harness"
  if ! cmp -s "$harness/package-lock.json" "$harness/node_modules/.kkori-lock" 2>/dev/null; then
    (cd "$harness" && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.kkori-lock) || exit 1
  fi
fi
node "$harness/compare.mjs" --cmd "$PWD/$build/kkori srs optimize --in {in} --json" "$@"
