#!/usr/bin/env python3
"""Test generator for ml-roc-auc-ties.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)
Scores are printed with a fixed number of decimals so that equal values are exact ties."""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

NMAX = 20000
M = 5000                               # medium size

# case -> (N, number of positives or None for random, score kind, decimals, signal strength)
#   kind "unit": scores in [0, 1]; "wide": in [-1000, 1000]; "int": integers 0..5; "const": all equal
PROFILES = {
    1: (2, 1, "const", 1, 0.0),
    2: (2, 1, "unit", 2, 5.0),
    3: (7, 3, "const", 2, 0.0),
    4: (10, None, "unit", 1, 0.3),
    5: (12, 6, "unit", 2, -50.0),      # positives score lower: AUC near 0
    6: (1000, None, "unit", 1, 0.2),   # only 11 distinct scores: heavy ties
    7: (1000, None, "unit", 4, 0.2),
    8: (M, None, "unit", 2, 0.15),
    9: (NMAX, None, "wide", 4, 200.0),
    10: (NMAX, 10, "unit", 2, 0.3),    # very imbalanced
    11: (M, None, "int", 0, 0.7),
    12: (NMAX, NMAX - 1, "unit", 3, 0.1),
}
N, npos, kind, dec, signal = PROFILES[case]

if npos is None:
    npos = rng.randint(1, N - 1)
labels = [1] * npos + [0] * (N - npos)
rng.shuffle(labels)

scores = []
for y in labels:
    if kind == "const":
        s = 0.5
    elif kind == "unit":
        s = min(1.0, max(0.0, rng.gauss(0.5 + (signal / 2 if y else -signal / 2), 0.25)))
    elif kind == "wide":
        s = min(1000.0, max(-1000.0, rng.gauss(signal if y else -signal, 400.0)))
    else:  # int
        s = min(5, max(0, round(rng.gauss(2.5 + (signal if y else -signal), 1.2))))
    scores.append(s)

fmt = (lambda s: str(int(s))) if kind == "int" else (lambda s: f"{s:.{dec}f}")
print(N)
print(" ".join(fmt(s) for s in scores))
print(" ".join(map(str, labels)))
