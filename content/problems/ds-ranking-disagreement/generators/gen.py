#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = 15000


def perm(n):
    p = list(range(1, n + 1))
    rng.shuffle(p)
    return p


def perturb(p, swaps, span):
    """a second ranking that mostly agrees: a few local swaps"""
    q = p[:]
    n = len(q)
    for _ in range(swaps):
        i = rng.randrange(n)
        j = min(n - 1, i + rng.randint(1, span))
        q[i], q[j] = q[j], q[i]
    return q


if idx == 1:
    p = [1]; q = [1]
elif idx == 2:
    p = [1, 2]; q = [2, 1]
elif idx == 3:
    p = perm(6); q = perm(6)
elif idx == 4:
    p = perm(10); q = p[:]                                  # identical: 0
elif idx == 5:
    p = perm(500); q = perturb(p, 50, 5)
elif idx == 6:
    p = perm(3000); q = perm(3000)
elif idx == 7:
    p = perm(N); q = p[::-1]                                 # full reversal: N(N-1)/2 ~ 1.1 * 10^8
elif idx == 8:
    p = perm(N); q = perm(N)                                 # random: ~5.6 * 10^7
elif idx == 9:
    p = perm(N // 2); q = perturb(p, 1500, 50)
elif idx == 10:
    p = list(range(1, N // 2 + 1)); q = perturb(p[::-1], 100, 500)
elif idx == 11:
    p = perm(4000); q = [x for b in range(0, 4000, 50) for x in p[b:b + 50][::-1]]   # blocks of 50 reversed
else:
    p = perm(N)
    half = N // 2
    q = p[half:] + p[:half]                                  # rotate: half*half discordant pairs
print(len(p))
print(" ".join(map(str, p)))
print(" ".join(map(str, q)))
