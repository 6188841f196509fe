#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = 20000


def meetings(n, tmax, lmax, grid=1):
    out = []
    for _ in range(n):
        s = rng.randrange(0, tmax // grid) * grid
        e = min(tmax, s + rng.randint(1, max(1, lmax // grid)) * grid)
        if e == s:
            s -= grid
        out.append((s, e))
    return out


if idx == 1:
    ms = [(540, 600)]
elif idx == 2:
    ms = [(0, 30), (30, 60), (60, 90)]                 # back to back: 1 room
elif idx == 3:
    ms = meetings(8, 120, 60, grid=30)
elif idx == 4:
    ms = [(600, 660)] * 5                              # identical meetings
elif idx == 5:
    ms = meetings(100, 1440, 120, grid=30)             # a working day on a half-hour grid
elif idx == 6:
    ms = meetings(5000, 10080, 180, grid=15)           # a week on a 15-minute grid
elif idx == 7:
    ms = meetings(5000, 10**9, 10**6)
elif idx == 8:
    ms = meetings(N, 10**6, 1000, grid=100)            # many ends coincide with starts
elif idx == 9:
    ms = [(i, i + 1) for i in range(3000)]             # chain: 1 room
elif idx == 10:
    ms = [(i, 10**9 - i) for i in range(3000)]         # nested: one room per meeting
elif idx == 11:
    ms = meetings(N, 2000, 40, grid=10)
else:
    ms = [(k * 10, k * 10 + 20) for k in range(N)]     # each overlaps only its neighbours: 2 rooms
rng.shuffle(ms)
print(len(ms))
print("\n".join(f"{s} {e}" for s, e in ms))
