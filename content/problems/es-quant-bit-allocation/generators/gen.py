#!/usr/bin/env python3
"""Test generator for es-quant-bit-allocation.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)
Profiles: tiny, infeasible, exactly-on-budget, ties, errors that do not fall with more bits, and the
neighbour rule mattering (a 2-bit layer next to an 8-bit one would be cheapest)."""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

# case -> (n, profile)
PROFILES = {1: (1, "plain"), 2: (2, "infeasible"), 3: (4, "plain"), 4: (5, "ties"), 5: (6, "neighbour"),
            6: (6, "nonmonotone"), 7: (7, "plain"), 8: (8, "plain"), 9: (8, "neighbour"), 10: (8, "ties"),
            11: (8, "tight"), 12: (8, "loose")}
n, profile = PROFILES[case]


def layer():
    p = rng.randint(1, 1000)
    e8 = rng.randint(0, 2000)
    e4 = e8 + rng.randint(0, 50000)
    e2 = e4 + rng.randint(0, 300000)
    if profile == "nonmonotone" and rng.random() < 0.5:
        e2, e4, e8 = rng.sample([e2, e4, e8], 3)
    if profile == "ties":
        p = rng.choice([100, 200])
        e2, e4, e8 = rng.choice([(30, 10, 0), (20, 10, 10), (10, 10, 10)])
    return [p, e2, e4, e8]


layers = [layer() for _ in range(n)]
if profile == "neighbour":  # heavy layers that want 8 bits around light ones that cost nothing at 2
    for i in range(n):
        if i % 2:
            layers[i] = [rng.randint(400, 1000), 0, 1, 2]
        else:
            layers[i] = [rng.randint(1, 50), 900000, 500000, 0]
lo = sum(p * 2 for p, *_ in layers)
hi = sum(p * 8 for p, *_ in layers)
if profile == "infeasible":
    m = max(1, lo // 8 - rng.randint(1, 50))
elif profile == "tight":
    m = (lo + (hi - lo) // 3) // 8
elif profile == "loose":
    m = hi // 8 + 1
else:
    m = max(1, rng.randint(lo, hi) // 8)
m = min(m, 10000)
print(n, m)
for row in layers:
    print(*row)
