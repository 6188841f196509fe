#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = 20000
T = W = 10000

if idx == 1:
    js = [(rng.randint(1, T), rng.randint(1, W))]
elif idx == 2:
    js = [(10, 1), (1, 2), (5, 5)]
elif idx == 3:
    js = [(rng.randint(1, 10), rng.randint(1, 10)) for _ in range(6)]
elif idx == 4:
    js = [(rng.randint(1, 10), 1) for _ in range(10)]           # equal weights: shortest first
elif idx == 5:
    js = [(rng.randint(1, 100), rng.randint(1, 100)) for _ in range(500)]
elif idx == 6:
    js = [(rng.randint(1, T), rng.randint(1, W)) for _ in range(2000)]
elif idx == 7:
    js = [(rng.randint(1, T), rng.randint(1, 3)) for _ in range(3000)]
elif idx == 8:
    k = rng.randint(1, 50)
    js = [(k * a, k * b) for a, b in ((rng.randint(1, 200), rng.randint(1, 200)) for _ in range(3000))]  # many equal ratios
elif idx == 9:
    js = [(rng.randint(9000, T), rng.randint(9000, W)) for _ in range(3000)]   # ratios close to each other
elif idx == 10:
    js = [(rng.randint(1, T), rng.randint(1, W)) for _ in range(N)]
elif idx == 11:
    js = [(T, W)] * N                                             # largest possible answer (~2 * 10^16)
else:
    js = [(rng.randint(1, T), rng.randint(1, W)) if rng.random() < 0.5 else (rng.randint(1, 50), rng.randint(1, 50))
          for _ in range(N)]
rng.shuffle(js)
print(len(js))
print("\n".join(f"{t} {w}" for t, w in js))
