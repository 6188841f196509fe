#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)

if idx == 1:
    d = [rng.randint(1, 1000) for _ in range(2)]     # a single matrix: 0
elif idx == 2:
    d = [rng.randint(1, 20) for _ in range(4)]
elif idx == 3:
    d = [rng.randint(1, 20) for _ in range(6)]
elif idx == 4:
    d = [rng.randint(1, 100) for _ in range(11)]
elif idx == 5:
    d = [rng.randint(1, 1000) for _ in range(31)]
elif idx == 6:
    # low-rank bottlenecks: wide layers with occasional rank-r factors
    d = [rng.choice([8, 16, 32]) if rng.random() < 0.3 else rng.randint(512, 1000) for _ in range(81)]
elif idx == 7:
    d = [1000] * 201                                 # all equal: any order costs the same
elif idx == 8:
    d = [rng.randint(1, 1000) for _ in range(201)]
elif idx == 9:
    d = [rng.randint(900, 1000) if i % 2 else rng.randint(1, 30) for i in range(201)]
elif idx == 10:
    d = sorted(rng.randint(1, 1000) for _ in range(201))
elif idx == 11:
    d = [rng.randint(1, 1000) for _ in range(201)]
else:
    d = [rng.choice([1, 2, 1000, 999, 500]) for _ in range(201)]
print(len(d) - 1)
print(" ".join(map(str, d)))
