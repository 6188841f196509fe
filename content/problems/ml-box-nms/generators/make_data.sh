#!/usr/bin/env bash
# Regenerates data/secret/NN.in and NN.ans: input from generators/gen.py (SEED, CASE_INDEX),
# answer from the reference solution. Case index N selects the size/profile (1 = smallest).
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=(9501 9502 9503 9504 9505 9506 9507 9508 9509 9510 9511 9512)
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
