#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = 20000

if idx == 1:
    a = [rng.randint(1, 100)]
elif idx == 2:
    a = [50, 10, 30, 20]
elif idx == 3:
    a = [rng.randint(1, 10) for _ in range(9)]
elif idx == 4:
    a = list(range(1, 16))                                 # increasing: everything lands on the high side
elif idx == 5:
    a = [rng.randint(1, 1000) for _ in range(1000)]
elif idx == 6:
    a = list(range(5000, 0, -1))
elif idx == 7:
    a = [rng.randint(1, 10**9) for _ in range(N // 4)]
elif idx == 8:
    a = [rng.randint(1, 5) for _ in range(N // 2)]        # heavy ties
elif idx == 9:
    a = list(range(1, N + 1))
elif idx == 10:
    # latency drift: the typical value slowly rises, occasional huge outliers
    a = [int(100 + i * 0.01 + rng.expovariate(1 / 20)) if rng.random() > 0.01 else 10**9 for i in range(N)]
elif idx == 11:
    a = [1 if i % 2 else 10**9 for i in range(N)]
else:
    a = [rng.randint(1, 10**9) if rng.random() < 0.5 else rng.randint(1, 100) for _ in range(N // 2)]
print(len(a))
print(" ".join(map(str, a)))
