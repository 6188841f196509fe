#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = 20000


def jobs(n, tmax, horizon):
    return [(rng.randint(1, tmax), rng.randint(1, horizon)) for _ in range(n)]


if idx == 1:
    js = [(5, 3)]                                       # cannot finish: 0
elif idx == 2:
    js = [(4, 4), (2, 5), (3, 5)]                       # first job blocks two short ones
elif idx == 3:
    js = jobs(6, 10, 20)
elif idx == 4:
    js = jobs(10, 5, 25)
elif idx == 5:
    js = jobs(300, 100, 5000)
elif idx == 6:
    js = jobs(5000, 1000, 10**6)
elif idx == 7:
    js = jobs(N, 10**9, 10**12)
elif idx == 8:
    js = jobs(3000, 10**4, 10**7)
elif idx == 9:
    js = [(1, 10**12)] * 3000                           # everything fits
elif idx == 10:
    # early long jobs with tight deadlines followed by many short ones
    js = [(rng.randint(10**5, 10**6), rng.randint(10**6, 2 * 10**6)) for _ in range(200)]
    js += [(rng.randint(1, 100), rng.randint(10**6, 3 * 10**6)) for _ in range(N - 200)]
elif idx == 11:
    js = [(rng.randint(1, 10**9), rng.randint(10**9, 10**12)) for _ in range(3000)]
else:
    js = jobs(5000, 100, 10**5)
rng.shuffle(js)
print(len(js))
print("\n".join(f"{t} {d}" for t, d in js))
