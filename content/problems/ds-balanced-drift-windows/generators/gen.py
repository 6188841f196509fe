#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = 70000                                               # N(N+1)/2 > 2^31

if idx == 1:
    a, k = [0], 0
elif idx == 2:
    a, k = [rng.randint(0, 5) for _ in range(8)], 5        # non-negative only
elif idx == 3:
    a, k = [rng.randint(-3, 3) for _ in range(10)], 0
elif idx == 4:
    a, k = [rng.randint(-5, 5) for _ in range(12)], 2
elif idx == 5:
    a, k = [rng.randint(-20, 20) for _ in range(1000)], 7
elif idx == 6:
    a, k = [0] * N, 0                                       # every window: N(N+1)/2 ~ 2.45 * 10^9
elif idx == 7:
    a, k = [rng.randint(-10**9, 10**9) for _ in range(10000)], 0
elif idx == 8:
    a, k = [rng.choice([-1, 1]) for _ in range(N)], 0       # random walk: many balanced windows
elif idx == 9:
    a, k = [rng.randint(0, 3) for _ in range(20000)], 100       # non-negative
elif idx == 10:
    a, k = [rng.randint(-2, 2) for _ in range(20000)], -3
elif idx == 11:
    a = [rng.choice([10**9, -10**9, 0]) for _ in range(10000)]
    k = 2 * 10**9
else:
    a, k = [rng.choice([-1, 1, 2, -2]) for _ in range(N)], 1
print(len(a), k)
print(" ".join(map(str, a)))
