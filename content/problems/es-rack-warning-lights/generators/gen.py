"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    R, C = rng.randint(1, 3), rng.randint(1, 3)
elif idx <= 5:
    R, C = rng.randint(4, 8), rng.randint(4, 8)
elif idx <= 8:
    R, C = rng.randint(9, 12), rng.randint(9, 12)
else:
    R, C = 12, 12
if idx == 7:
    R, C = 4, 12  # wide: solutions enumerate over the short side
g = [[False] * C for _ in range(R)]
if idx in (5, 10):
    # arbitrary pattern: may be unsolvable
    g = [[rng.random() < 0.5 for _ in range(C)] for _ in range(R)]
else:
    # press a random set of buttons on a dark board, so a solution exists
    dens = rng.uniform(0.05, 0.5)
    for r in range(R):
        for c in range(C):
            if rng.random() < dens:
                for dr, dc in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
                    a, b = r + dr, c + dc
                    if 0 <= a < R and 0 <= b < C:
                        g[a][b] = not g[a][b]
print(R, C)
for row in g:
    print("".join("#" if x else "." for x in row))
