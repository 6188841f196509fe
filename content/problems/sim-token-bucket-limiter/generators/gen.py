"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n = rng.randint(1, 8)
elif idx <= 5:
    n = rng.randint(50, 2000)
elif idx <= 9 or idx == 11:
    n = 2000 if idx <= 9 else 5000
else:  # the largest cases
    n = 10000
if idx == 11:
    B, P = 10 ** 9, 10 ** 9
elif idx == 12:
    B, P = 1, 1
else:
    B = rng.choice([rng.randint(1, 10), rng.randint(10, 1000)])
    P = rng.choice([rng.randint(1, 20), rng.randint(20, 5000)])
# arrival gaps around P so the bucket hovers near empty: refill boundaries matter
t = rng.randint(0, 3 * P)
reqs = []
for _ in range(n):
    r = rng.random()
    if r < 0.2:
        gap = 0
    elif r < 0.95:
        gap = rng.randint(0, 2 * P)
    else:
        gap = rng.randint(0, 10 ** 12 // max(1, n))
    t = min(10 ** 12, t + gap)
    c = rng.randint(1, max(1, B // 3)) if rng.random() < 0.9 else rng.randint(1, B + 2)
    reqs.append((t, c))
print(n, B, P)
print("\n".join(f"{a} {b}" for a, b in reqs))
