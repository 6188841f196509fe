#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import math
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)


def euclid(n, asym=0):
    pts = [(rng.uniform(0, 1000), rng.uniform(0, 1000)) for _ in range(n + 1)]
    t = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        for j in range(n + 1):
            if i != j:
                base = math.dist(pts[i], pts[j])
                t[i][j] = max(1, int(base * (1 + asym * rng.random())))
    return t


def rand(n, lo, hi):
    return [[0 if i == j else rng.randint(lo, hi) for j in range(n + 1)] for i in range(n + 1)]


PROFILES = {1: ("rand", 1, 1, 100), 2: ("rand", 2, 1, 20), 3: ("rand", 4, 1, 20), 4: ("euclid", 6, 0),
            5: ("euclid", 8, 0.5), 6: ("rand", 10, 1, 1000), 7: ("euclid", 13, 0),
            8: ("euclid", 13, 0.3), 9: ("rand", 13, 1, 1000000), 10: ("rand", 13, 1, 10),
            11: ("line", 13), 12: ("rand", 13, 500000, 1000000)}
p = PROFILES[idx]
if p[0] == "rand":
    t = rand(p[1], p[2], p[3])
elif p[0] == "euclid":
    t = euclid(p[1], p[2])
else:
    # sites on a line, HQ in the middle: nearest-neighbour zig-zags
    n = p[1]
    xs = [0] + [(k + 1) * 37 * (1 if k % 2 else -1) + rng.randint(-5, 5) for k in range(n)]
    t = [[abs(xs[i] - xs[j]) + (0 if i == j else 1) for j in range(n + 1)] for i in range(n + 1)]
n = len(t) - 1
print(n)
for row in t:
    print(" ".join(map(str, row)))
