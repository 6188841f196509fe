#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)

Builds a random maze, drops keycards and doors into it, and keeps the first attempt with the wanted
property (solvable and needing keys / backtracking, or unsolvable)."""
import random
import sys
from collections import deque

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)


def maze(r, c, loops):
    """r, c odd. Perfect maze by randomized DFS, then knock out `loops` extra walls."""
    g = [["#"] * c for _ in range(r)]
    stack = [(1, 1)]
    g[1][1] = "."
    while stack:
        x, y = stack[-1]
        nb = [(x + dx, y + dy, dx, dy) for dx, dy in ((2, 0), (-2, 0), (0, 2), (0, -2))
              if 0 < x + dx < r - 1 and 0 < y + dy < c - 1 and g[x + dx][y + dy] == "#"]
        if not nb:
            stack.pop()
            continue
        nx, ny, dx, dy = rng.choice(nb)
        g[x + dx // 2][y + dy // 2] = "."
        g[nx][ny] = "."
        stack.append((nx, ny))
    walls = [(i, j) for i in range(1, r - 1) for j in range(1, c - 1) if g[i][j] == "#"]
    for i, j in rng.sample(walls, min(loops, len(walls))):
        g[i][j] = "."
    return g


def solve(g, key_aware):
    r, c = len(g), len(g[0])
    for i in range(r):
        for j in range(c):
            if g[i][j] == "S":
                s = (i, j)
    seen = set()
    st = (s[0], s[1], 0)
    seen.add(st if key_aware else st[:2])
    q = deque([(st, 0)])
    while q:
        (x, y, k), d = q.popleft()
        if g[x][y] == "T":
            return d
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if not (0 <= nx < r and 0 <= ny < c):
                continue
            ch = g[nx][ny]
            if ch == "#":
                continue
            if "A" <= ch <= "F" and not (k >> (ord(ch) - 65)) & 1:
                continue
            nk = k | (1 << (ord(ch) - 97)) if "a" <= ch <= "f" else k
            ns = (nx, ny, nk)
            key = ns if key_aware else ns[:2]
            if key not in seen:
                seen.add(key)
                q.append((ns, d + 1))
    return -1


def attempt(r, c, loops, ntypes, doors, extra_keys, exits):
    g = maze(r, c, loops)
    free = [(i, j) for i in range(r) for j in range(c) if g[i][j] == "."]
    rng.shuffle(free)
    pos = iter(free)
    x, y = next(pos); g[x][y] = "S"
    for _ in range(exits):
        x, y = next(pos); g[x][y] = "T"
    for t in range(ntypes):
        for _ in range(doors):
            x, y = next(pos); g[x][y] = chr(65 + t)
        x, y = next(pos); g[x][y] = chr(97 + t)
    for _ in range(extra_keys):
        x, y = next(pos); g[x][y] = chr(97 + rng.randrange(max(1, ntypes)))
    return g


# (rows, cols, loops, key types, doors per type, extra keys, exits, want)
# want: "hard" = solvable and position-only BFS gets it wrong, "ok" = solvable, "none" = unsolvable
PROFILES = {
    1: (5, 7, 3, 1, 1, 0, 1, "ok"),
    2: (7, 7, 4, 2, 1, 0, 1, "hard"),
    3: (7, 9, 2, 2, 2, 0, 1, "none"),
    4: (3, 3, 0, 0, 0, 0, 1, "ok"),
    5: (15, 21, 15, 3, 3, 1, 2, "hard"),
    6: (21, 21, 30, 6, 3, 2, 1, "hard"),
    7: (25, 31, 10, 4, 6, 0, 1, "none"),
    8: (49, 49, 0, 6, 4, 0, 1, "hard"),
    9: (49, 49, 150, 6, 8, 3, 3, "hard"),
    10: (49, 49, 600, 6, 20, 6, 1, "hard"),
    11: (49, 49, 40, 6, 5, 0, 1, "hard"),
    12: (49, 49, 300, 6, 30, 0, 2, "ok"),
}
if idx == 4:
    # single corridor: a -> back through A to b -> forward through B to T
    print(1, 8)
    print("bAS.aBT.")
    sys.exit()
r, c, loops, ntypes, doors, extra, exits, want = PROFILES[idx]
for tries in range(2000):
    g = attempt(r, c, loops, ntypes, doors, extra, exits)
    ans = solve(g, True)
    if want == "none" and ans == -1:
        break
    if want == "ok" and ans >= 0:
        break
    if want == "hard" and ans >= 0 and solve(g, False) != ans:
        break
else:
    raise SystemExit("no grid with the wanted property")
if idx == 12:
    # make it 50 x 50: append an open row and column
    g = [row + ["."] for row in g] + [["."] * (c + 1)]
print(len(g), len(g[0]))
for row in g:
    print("".join(row))
