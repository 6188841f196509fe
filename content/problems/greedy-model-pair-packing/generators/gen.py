#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
N = 20000
M = 5000                                               # medium size

if idx == 1:
    cap, m = 80, [rng.randint(1, 80)]
elif idx == 2:
    cap, m = 80, [40, 40, 40]                          # two fit exactly, one alone
elif idx == 3:
    cap, m = 24, [rng.randint(1, 24) for _ in range(7)]
elif idx == 4:
    cap, m = 80, [10, 20, 60, 70]                      # adjacent pairing fails: (10,70) (20,60)
elif idx == 5:
    cap = 80
    m = [rng.randint(1, 80) for _ in range(200)]
elif idx == 6:
    cap = 10**9
    m = [rng.randint(1, 10**9) for _ in range(5000)]
elif idx == 7:
    cap = 10**9
    m = [rng.randint(1, 10**9) for _ in range(N)]
elif idx == 8:
    cap = 10**9
    m = [rng.randint(10**8 * 5 + 1, 10**9) for _ in range(M)]   # nobody can share: M
elif idx == 9:
    cap = 10**9
    m = [rng.randint(1, 10**9 // 2) for _ in range(M)]          # everyone can pair: ceil(M/2)
elif idx == 10:
    cap = 1000
    # complementary sizes: small and large halves that pair perfectly only across
    m = [rng.randint(1, 300) for _ in range(M // 2)] + [rng.randint(600, 700) for _ in range(M // 2)]
elif idx == 11:
    cap = 100
    m = [rng.choice([30, 50, 70, 71, 29]) for _ in range(N)]
else:
    cap = 10**9
    m = [rng.randint(1, 10**9) if rng.random() < 0.5 else rng.randint(1, 10**7) for _ in range(N - 1)]
rng.shuffle(m)
print(len(m), cap)
print(" ".join(map(str, m)))
