#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = 20000

if idx == 1:
    a = [rng.randint(0, 10000)]
elif idx == 2:
    a = [5000] * 6                                   # all equal -> 1
elif idx == 3:
    a = [rng.randint(0, 10) for _ in range(12)]
elif idx == 4:
    a = list(range(10000, 9000, -1))                 # strictly decreasing -> 1
elif idx == 5:
    a = [rng.randint(0, 50) for _ in range(500)]
elif idx == 6:
    # noisy learning curve: rising trend with plateaus and noise
    a = [min(10000, max(0, int(6000 + 3500 * (i / 5000) ** 0.5 + rng.gauss(0, 150)))) for i in range(5000)]
elif idx == 7:
    a = list(range(N // 4))                          # strictly increasing -> N/4 (values up to 10^9 allowed)
    a = [x * 200000 for x in a]
elif idx == 8:
    a = [rng.randint(0, 10**9) for _ in range(N)]
elif idx == 9:
    a = [rng.randint(0, 100) for _ in range(N // 2)] # heavy duplicates
elif idx == 10:
    a = [min(10000, max(0, int(5000 + 5000 * (i / (N // 2)) + rng.gauss(0, 300)))) for i in range(N // 2)]
elif idx == 11:
    a = sorted(rng.randint(0, 10000) for _ in range(N))   # non-decreasing with many ties
else:
    a = []
    for blk in range(N // 100):                          # staircase of plateaus
        a += [blk] * 50 + [rng.randint(0, blk) for _ in range(50)]
print(len(a))
print(" ".join(map(str, a)))
