#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)


def rand(r, c, p):
    return [["1" if rng.random() < p else "0" for _ in range(c)] for _ in range(r)]


def checker(r, c):
    # diagonal-only touching everywhere: every '1' is its own zone
    return [["1" if (i + j) % 2 == 0 else "0" for j in range(c)] for i in range(r)]


def spiral(n):
    g = [["0"] * n for _ in range(n)]
    top, left, bottom, right = 0, 0, n - 1, n - 1
    while top <= bottom and left <= right:
        for j in range(left, right + 1):
            g[top][j] = "1"
        for i in range(top, bottom + 1):
            g[i][right] = "1"
        for j in range(right, left - 1, -1):
            g[bottom][j] = "1"
        for i in range(bottom, top + 1, -1):
            g[i][left] = "1" if i > top + 2 else g[i][left]
        top += 2; left += 2; bottom -= 2; right -= 2
    return g


if idx == 1:
    r, c = rng.randint(1, 6), rng.randint(1, 6)
    g = [["0"] * c for _ in range(r)]  # no alerts at all
elif idx <= 4:
    g = rand(rng.randint(1, 8), rng.randint(1, 8), 0.45)
elif idx == 5:
    g = rand(40, 90, 0.4)
elif idx == 6:
    g = checker(37, 41)
elif idx == 7:
    g = rand(100, 3, 0.5)
elif idx == 8:
    g = spiral(201)
elif idx == 9:
    g = rand(500, 500, 0.45)
elif idx == 10:
    g = rand(500, 500, 0.6)
elif idx == 11:
    g = checker(500, 500)
    for _ in range(2000):
        i, j = rng.randrange(500), rng.randrange(500)
        g[i][j] = "1"
else:
    g = [["1"] * 500 for _ in range(500)]
print(len(g), len(g[0]))
for row in g:
    print("".join(row))
