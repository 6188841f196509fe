"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    R, C = rng.randint(1, 3), rng.randint(1, 5)
elif idx <= 5:
    R, C = rng.randint(4, 8), rng.randint(5, 30)
else:
    R, C = 12, 100 if idx >= 8 else rng.randint(50, 100)
# a hidden "nice" pattern scrambled by random row/column flips plus noise:
# local greedy tends to get stuck, exhaustive search over rows does not
base = [[1 if rng.random() < 0.8 else 0 for _ in range(C)] for _ in range(R)]
rf = [rng.randint(0, 1) for _ in range(R)]
cf = [rng.randint(0, 1) for _ in range(C)]
noise = rng.uniform(0.0, 0.3)
print(R, C)
for i in range(R):
    row = []
    for j in range(C):
        v = base[i][j] ^ rf[i] ^ cf[j]
        if rng.random() < noise:
            v ^= 1
        row.append(str(v))
    print("".join(row))
