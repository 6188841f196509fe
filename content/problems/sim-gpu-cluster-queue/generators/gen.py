"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n, G = rng.randint(1, 6), rng.randint(1, 4)
elif idx <= 5:
    n, G = rng.randint(50, 1000), rng.randint(4, 64)
elif idx <= 9:
    n, G = 1500, rng.choice([8, 64, 1000])
else:  # the largest cases; case 12 has a single GPU
    n, G = 10000, {10: 64, 11: 1000, 12: 1}[idx]
big_d = rng.random() < 0.3
t = 0
print(n, G)
out = []
for _ in range(n):
    if rng.random() < 0.7:
        t += rng.randint(0, 10)
    if rng.random() < 0.01:
        t += rng.randint(0, 10 ** 6)
    t = min(t, 10 ** 9)
    g = rng.randint(1, G) if rng.random() < 0.3 else rng.randint(1, max(1, G // 4))
    d = rng.randint(1, 10 ** 9) if big_d and rng.random() < 0.05 else rng.randint(1, 60)
    p = rng.choice([0, 0, 1, 2, rng.randint(0, 10 ** 9)])
    out.append(f"{t} {g} {d} {p}")
print("\n".join(out))
