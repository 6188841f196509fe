"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    R, C, Q = rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 10)
elif idx <= 5:
    R, C, Q = rng.randint(5, 10), rng.randint(5, 10), rng.randint(50, 300)
else:
    R, C, Q = 20, 20, 1000
if R * C == 1:
    C = 2
colors = "ABCDE"[: rng.choice([3, 4, 5]) if idx > 2 else 3]


def bad(g, r, c):
    x = g[r][c]
    if c >= 2 and g[r][c - 1] == x and g[r][c - 2] == x:
        return True
    if r >= 2 and g[r - 1][c] == x and g[r - 2][c] == x:
        return True
    return False


# a board without runs; a few empty cells near the top in some cases
g = [["."] * C for _ in range(R)]
for r in range(R):
    for c in range(C):
        opts = list(colors)
        rng.shuffle(opts)
        for x in opts:
            g[r][c] = x
            if not bad(g, r, c):
                break
if idx in (4, 9):
    for c in range(C):
        h = rng.randint(0, R // 3)
        for r in range(h):
            g[r][c] = "."
print(R, C, Q)
for row in g:
    print("".join(row))
for _ in range(Q):
    while True:
        r, c = rng.randrange(R), rng.randrange(C)
        dr, dc = rng.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
        if 0 <= r + dr < R and 0 <= c + dc < C:
            break
    print(r + 1, c + 1, r + dr + 1, c + dc + 1)
