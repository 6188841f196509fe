#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = Q = 10000
M = 2500                                            # medium size

# (N, Q, score max, share of queries whose bounds are taken from existing scores)
PROFILES = {1: (1, 3, 100, 0.5), 2: (5, 6, 10, 0.8), 3: (8, 10, 1000, 0.0), 4: (10, 10, 3, 0.9),
            5: (1000, 1000, 10000, 0.5), 6: (M, M, 100, 0.9), 7: (M, M, 10**9, 0.0),
            8: (N, Q, 10**9, 0.7), 9: (5000, 5000, 10000, 0.8), 10: (M, M, 10, 0.5), 11: (N, Q, 10**9, 1.0),
            12: (M, M, 10000, 0.3)}
n, q, smax, share = PROFILES[idx]
scores = [rng.randint(0, smax) for _ in range(n)]
queries = []
for _ in range(q):
    a = rng.choice(scores) if rng.random() < share else rng.randint(0, smax)
    b = rng.choice(scores) if rng.random() < share else rng.randint(0, smax)
    if idx == 12 and rng.random() < 0.3:
        a = b                                       # single-value ranges
    queries.append((min(a, b), max(a, b)))
print(n, q)
print(" ".join(map(str, scores)))
print("\n".join(f"{a} {b}" for a, b in queries))
