#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = 20000
M = 5000                                                # medium size

if idx == 1:
    c, k = [rng.randint(1, 100)], 1
elif idx == 2:
    c = [rng.randint(1, 20) for _ in range(6)]
    k = 2
elif idx == 3:
    c = [rng.randint(1, 20) for _ in range(7)]
    k = 7                                               # one layer per GPU: answer = max
elif idx == 4:
    c = [5, 1, 1, 1, 30, 1, 1]
    k = 4                                               # a heavy layer dominates
elif idx == 5:
    c = [rng.randint(1, 1000) for _ in range(100)]
    k = 8
elif idx == 6:
    # transformer-like: embedding, many equal blocks, heavy LM head
    c = [300] + [rng.randint(95, 105) for _ in range(96)] + [900]
    k = 8
elif idx == 7:
    c = [rng.randint(1, 10**9) for _ in range(N)]
    k = 64
elif idx == 8:
    c = [rng.randint(1, 10**9) for _ in range(M)]
    k = 1                                               # one stage: the total (~2.5 * 10^12)
elif idx == 9:
    c = [rng.randint(1, 10**9) for _ in range(N)]
    k = N // 2
elif idx == 10:
    c = [rng.randint(1, 1000) for _ in range(N)]
    c[rng.randrange(N)] = 10**9                          # one gigantic layer
    k = 100
elif idx == 11:
    c = [10**9] * M
    k = 3
else:
    c = [rng.randint(1, 10) if rng.random() < 0.99 else rng.randint(10**6, 10**9) for _ in range(N)]
    k = 500
print(len(c), k)
print(" ".join(map(str, c)))
