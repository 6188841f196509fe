#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
TMAX = 10**9
NMAX = 10000


def offers(n, tmax, lmax, pmax, grid=None):
    out = []
    for _ in range(n):
        if grid:
            # times on a coarse grid: many jobs end exactly when others start
            s = rng.randrange(0, tmax // grid) * grid
            e = min(tmax, s + rng.randint(1, max(1, lmax // grid)) * grid)
        else:
            s = rng.randint(0, tmax - 1)
            e = min(tmax, s + rng.randint(1, lmax))
        out.append((s, e, rng.randint(1, pmax)))
    return out


if idx == 1:
    jobs = [(0, 10, 5)]
elif idx == 2:
    jobs = [(0, 5, 3), (5, 10, 3), (3, 7, 5)]             # back-to-back pair beats the middle job
elif idx == 3:
    jobs = offers(6, 20, 8, 10)
elif idx == 4:
    jobs = offers(10, 30, 6, 10, grid=2)
elif idx == 5:
    jobs = offers(200, 1000, 100, 1000, grid=10)
elif idx == 6:
    jobs = offers(2000, 100000, 500, 10**4)
elif idx == 7:
    jobs = offers(NMAX, TMAX, 10**6, 10**9)
elif idx == 8:
    jobs = offers(4000, 40000, 100, 10**9, grid=10)
elif idx == 9:
    jobs = [(i, i + 1, rng.randint(1, 10**9)) for i in range(5000)]   # all back-to-back: take all
    rng.shuffle(jobs)
elif idx == 10:
    jobs = offers(4000, TMAX, TMAX // 2, 10**9)            # long overlapping jobs
elif idx == 11:
    jobs = offers(4000, 4000, 50, 10**9, grid=5)
else:
    jobs = [(0, TMAX, 10**9)] + offers(NMAX - 1, TMAX, 10**7, 10**9, grid=1000)
rng.shuffle(jobs)
print(len(jobs))
print("\n".join(f"{s} {e} {p}" for s, e, p in jobs))
