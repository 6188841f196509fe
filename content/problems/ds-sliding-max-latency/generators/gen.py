#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = 20000


def spiky(n, base, spike_p, spike_max):
    return [rng.randint(spike_max // 2, spike_max) if rng.random() < spike_p else rng.randint(1, base)
            for _ in range(n)]


if idx == 1:
    a, k = [rng.randint(1, 100)], 1
elif idx == 2:
    a = [rng.randint(1, 100) for _ in range(5)]
    k = 5                                                # one window
elif idx == 3:
    a = [rng.randint(1, 20) for _ in range(10)]
    k = 1                                                # every element is its own window
elif idx == 4:
    a = [rng.randint(1, 50) for _ in range(12)]
    k = 3
elif idx == 5:
    a = spiky(1000, 100, 0.02, 5000)
    k = 20
elif idx == 6:
    a = list(range(N // 2, 0, -1))                       # decreasing: the maximum must expire
    k = 1000
elif idx == 7:
    a = list(range(1, N // 2 + 1))
    k = 777
elif idx == 8:
    a = spiky(N // 2, 200, 0.001, 10**9)
    k = 500
elif idx == 9:
    a = [rng.randint(1, 10**9) for _ in range(N // 4)]
    k = 2
elif idx == 10:
    a = [rng.randint(1, 10) for _ in range(N // 2)]      # many ties
    k = 50
elif idx == 11:
    a = spiky(N, 1000, 0.0005, 10**9)
    k = N // 2
else:
    a = [rng.randint(1, 10**9) for _ in range(N)]
    k = N
print(len(a), k)
print(" ".join(map(str, a)))
