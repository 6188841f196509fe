#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)


def random_grid(r, c, density):
    return [["#" if rng.random() < density else "." for _ in range(c)] for _ in range(r)]


def snake(r, c):
    # horizontal corridors joined alternately at the right and left ends -> very long path
    g = [["." for _ in range(c)] for _ in range(r)]
    for i in range(1, r, 2):
        for j in range(c):
            g[i][j] = "#"
        g[i][c - 1 if (i // 2) % 2 == 0 else 0] = "."
    return g


def place(g, enclose=False):
    r, c = len(g), len(g[0])
    cells = [(i, j) for i in range(r) for j in range(c) if g[i][j] == "."]
    if len(cells) < 2:
        g[0][0] = g[r - 1][c - 1] = "."
        cells = [(0, 0), (r - 1, c - 1)]
    s, e = rng.sample(cells, 2)
    g[s[0]][s[1]] = "S"
    g[e[0]][e[1]] = "E"
    if enclose:
        for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            i, j = e[0] + di, e[1] + dj
            if 0 <= i < r and 0 <= j < c and g[i][j] != "S":
                g[i][j] = "#"
    return g


def far_corners(g):
    r, c = len(g), len(g[0])
    g[0][0] = "S"
    g[r - 1][c - 1] = "E"
    return g


if idx <= 3:
    r, c = rng.randint(2, 8), rng.randint(2, 8)
    g = place(random_grid(r, c, 0.25))
elif idx == 4:
    g = place(random_grid(30, 70, 0.3))          # wide grid: columns beyond R matter
elif idx == 5:
    g = place(random_grid(80, 40, 0.3))          # tall grid
elif idx == 6:
    g = place(random_grid(60, 60, 0.3), enclose=True)   # target walled in -> -1
elif idx == 7:
    g = far_corners(snake(41, 97))
elif idx == 8:
    g = far_corners(random_grid(12, 500, 0.2))   # long and thin
    # guarantee a path along the top row and the last column
    for j in range(500):
        if g[0][j] == "#":
            g[0][j] = "."
    for i in range(12):
        if g[i][499] == "#":
            g[i][499] = "."
    g[11][499] = "E"
elif idx == 9:
    g = far_corners(snake(499, 500))
elif idx == 10:
    g = far_corners(random_grid(500, 500, 0.3))
elif idx == 11:
    g = place(random_grid(500, 500, 0.25))
else:
    g = far_corners(random_grid(500, 500, 0.0))
    for i in range(500):
        g[i][250] = "#"                           # a full wall splits the floor -> -1
print(len(g), len(g[0]))
for row in g:
    print("".join(row))
