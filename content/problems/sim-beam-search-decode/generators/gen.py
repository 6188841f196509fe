#!/usr/bin/env python3
"""Test generator for sim-beam-search-decode.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)
Profiles: greedy (k = 1), an early <eos> that looks best per token, many tied scores, a cheap
<eos> everywhere, no <eos> reachable within L, and full-size random tables."""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

# case -> (V, k, L, profile)
PROFILES = {1: (2, 1, 1, "random"), 2: (3, 1, 5, "random"), 3: (4, 2, 6, "early-eos"), 4: (5, 3, 8, "ties"),
            5: (6, 4, 10, "cheap-eos"), 6: (6, 3, 12, "no-eos"), 7: (10, 5, 20, "random"),
            8: (15, 8, 30, "ties"), 9: (20, 6, 40, "early-eos"), 10: (30, 8, 40, "random"),
            11: (30, 8, 40, "cheap-eos"), 12: (25, 7, 35, "ties")}
V, K, L, profile = PROFILES[case]
start = rng.randint(1, V - 1)
table = []
for i in range(V):
    row = []
    for j in range(V):
        if profile == "ties":
            row.append(-rng.choice([0, 100, 100, 200, 300]))
        else:
            row.append(-rng.randint(0, 1000))
    if profile == "early-eos":
        row[0] = -rng.randint(0, 150)
    elif profile == "cheap-eos":
        row[0] = -rng.randint(200, 400)
    elif profile == "no-eos":
        row[0] = -1000
    table.append(row)
print(V, K, L, start)
for row in table:
    print(*row)
