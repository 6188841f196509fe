#!/usr/bin/env bash
# Regenerates data/secret/*.in and *.ans (and the sample answers) for this problem.
# Case i (1-based) is `python3 generators/gen.py SEED_i i`; answers come from the reference solution.
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=(5301 5302 5303 5304 5305 5306 5307 5308 5309 5310 5311 5312)
REF=(python3 submissions/accepted/ref.py)
mkdir -p data/secret
rm -f data/secret/*.in data/secret/*.ans
for i in "${!SEEDS[@]}"; do
  n=$(printf "%02d" $((i + 1)))
  python3 generators/gen.py "${SEEDS[$i]}" "$((i + 1))" > "data/secret/$n.in"
  "${REF[@]}" < "data/secret/$n.in" > "data/secret/$n.ans"
done
for f in data/sample/*.in; do
  "${REF[@]}" < "$f" > "${f%.in}.ans"
done
echo "generated ${#SEEDS[@]} secret cases"
