#!/usr/bin/env bash
# Regenerates data/secret/NN.in and NN.ans: input from generators/gen.py (SEED, CASE_INDEX),
# answer from the reference solution. Case index N selects the size/profile (1 = smallest).
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=(8101 8102 8103 8104 8105 8106 8107 8108 8109 8110 8111 8112)
PY=${PYTHON:-python3}
# the reference needs numpy; fall back to Debian's python3 (python3-numpy) when PY lacks it
"$PY" -c 'import numpy' 2>/dev/null || PY=/usr/bin/python3
mkdir -p data/secret
rm -f data/secret/*.in data/secret/*.ans
for i in "${!SEEDS[@]}"; do
  n=$((i + 1))
  name=$(printf '%02d' "$n")
  "$PY" generators/gen.py "${SEEDS[$i]}" "$n" > "data/secret/$name.in"
  "$PY" submissions/accepted/ref.py < "data/secret/$name.in" > "data/secret/$name.ans"
done
echo "wrote ${#SEEDS[@]} secret cases to data/secret"
