#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)

# (N, Q, share of merges, share of same-queries); the rest are size queries
PROFILES = {
    1: (5, 8, 0.4, 0.3), 2: (8, 15, 0.4, 0.3), 3: (1, 3, 0.3, 0.3), 4: (30, 60, 0.35, 0.35),
    5: (1000, 2000, 0.5, 0.25), 6: (10000, 10000, 0.3, 0.4), 7: (10000, 6000, 0.6, 0.2),
    8: (100, 5000, 0.2, 0.4), 9: (10000, 5000, 0.05, 0.5), 10: (5000, 5000, 0.5, 0.25),
    11: (10000, 10000, 0.5, 0.25), 12: (3000, 5000, 0.45, 0.3),
}
n, q, pm, ps = PROFILES[idx]
ops = []
if idx == 11:
    # a long chain of merges built leaf-first (deep trees if unions ignore roots/ranks)
    for i in range(1, min(n, q // 2)):
        ops.append(f"merge {i} {i + 1}")
    rng.shuffle(ops)
while len(ops) < q:
    r = rng.random()
    a, b = rng.randint(1, n), rng.randint(1, n)
    if r < pm:
        ops.append(f"merge {a} {b}")
    elif r < pm + ps:
        ops.append(f"same {a} {b}")
    else:
        ops.append(f"size {a}")
if idx == 11:
    head, tail = ops[:q // 2], ops[q // 2:]
    ops = head + tail
print(n, len(ops))
print("\n".join(ops))
