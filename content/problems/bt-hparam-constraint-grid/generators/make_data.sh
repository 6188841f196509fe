#!/usr/bin/env bash
# Regenerates data/secret/NN.in and NN.ans: input from generators/gen.py (SEED, CASE_INDEX),
# answer from the reference solution. Case index N selects the size/profile (1 = smallest).
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=(7301 7302 7303 7304 7305 7306 7307 7308 7309 7310 7311 7312)
PY=${PYTHON:-python3}
mkdir -p data/secret
rm -f data/secret/*.in data/secret/*.ans
for i in "${!SEEDS[@]}"; do
  n=$((i + 1))
  name=$(printf '%02d' "$n")
  "$PY" generators/gen.py "${SEEDS[$i]}" "$n" > "data/secret/$name.in"
  "$PY" submissions/accepted/ref.py < "data/secret/$name.in" > "data/secret/$name.ans"
done
echo "wrote ${#SEEDS[@]} secret cases to data/secret"
