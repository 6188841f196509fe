#!/usr/bin/env bash
# Regenerates data/secret/NN.in and NN.ans: input from generators/gen.py (SEED, CASE_INDEX),
# answer from the reference solution. Case index N selects the size/profile (1 = smallest).
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=(1101 1102 1103 1104 1105 1106 1107 1108 1109 1110 1111 1112)
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
