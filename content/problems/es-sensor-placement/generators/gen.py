"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    R, C, K = rng.randint(1, 4), rng.randint(1, 4), 1
elif idx <= 5:
    R, C, K = rng.randint(4, 7), rng.randint(4, 7), rng.randint(2, 3)
else:
    R, C, K = 10, 10, 3
D = rng.randint(0, 2) if idx <= 2 else rng.randint(1, 3)
if idx == 12:
    D = 10
g = [["."] * C for _ in range(R)]
# hotspots in a few clusters so that coverage regions overlap in tricky ways
nclus = rng.randint(1, 5)
centers = [(rng.randrange(R), rng.randrange(C)) for _ in range(nclus)]
density = rng.uniform(0.1, 0.35)
for r in range(R):
    for c in range(C):
        near = min(abs(r - a) + abs(c - b) for a, b in centers)
        if rng.random() < density * (2.0 if near <= 2 else 0.4):
            g[r][c] = "*"
        elif rng.random() < 0.08:
            g[r][c] = "#"
free = [(r, c) for r in range(R) for c in range(C) if g[r][c] == "."]
while len(free) < K:
    r, c = rng.randrange(R), rng.randrange(C)
    g[r][c] = "."
    free = [(r, c) for r in range(R) for c in range(C) if g[r][c] == "."]
print(R, C, K, D)
for row in g:
    print("".join(row))
