#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)

# (N, M, weight range, value range)
PROFILES = {
    1: (1, 5, (1, 8), (1, 10)),
    2: (4, 10, (1, 10), (1, 20)),
    3: (6, 15, (2, 9), (1, 30)),
    4: (10, 5, (6, 20), (1, 100)),          # nothing fits -> 0
    5: (20, 100, (1, 40), (1, 1000)),
    6: (50, 1000, (1, 300), (1, 10**6)),
    7: (100, 10000, (1, 10000), (1, 10**6)),
    8: (100, 10000, (1, 200), (1, 10**6)),   # small items: reuse would be very tempting
    9: (100, 10000, (900, 1100), (1, 10**6)),
    10: (100, 10000, (1, 10000), (1, 10**6)),
    11: (100, 10000, (1, 10000), (1, 10**6)),
    12: (100, 10000, (1, 10000), (1, 10**6)),
}
n, m, (wl, wh), (vl, vh) = PROFILES[idx]
items = []
for _ in range(n):
    w = rng.randint(wl, wh)
    if idx == 11:
        v = w * 100 + rng.randint(0, 50)     # value ~ proportional to size: ratio greedy is close but wrong
    elif idx == 12:
        v = rng.randint(vl, vh)
        if rng.random() < 0.3:
            w = rng.randint(1, 50)           # a few tiny, valuable requests
            v = rng.randint(vh // 2, vh)
    else:
        v = rng.randint(vl, vh)
    items.append((w, v))
print(n, m)
print("\n".join(f"{w} {v}" for w, v in items))
