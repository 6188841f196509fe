#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)
WMAX = 10**9


def graph(n, m, wmax, connected=True):
    edges = []
    if connected:
        perm = list(range(1, n + 1))
        rng.shuffle(perm)
        for i in range(1, n):        # random spanning arborescence from perm[0]
            p = perm[rng.randrange(max(0, i - 5), i)]
            edges.append((p, perm[i], rng.randint(1, wmax)))
        s = perm[0]
    else:
        s = rng.randint(1, n)
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v:
            edges.append((u, v, rng.randint(1, wmax)))
    return s, edges


if idx <= 3:
    n = rng.randint(2, 7)
    s, edges = graph(n, rng.randint(n - 1, 12), 20, connected=idx != 3)
elif idx == 4:
    n = 1
    s, edges = 1, []
elif idx == 5:
    n = 100
    s, edges = graph(n, 400, 100)
elif idx == 6:
    n = 2000
    s, edges = graph(n, 6000, 1000, connected=False)
elif idx == 7:
    # layered graph: direct edges expensive, detours cheap (kills "finalise on first push")
    n = 3001
    edges = []
    for i in range(1, n):
        edges.append((1, i + 1, rng.randint(10**8, WMAX)))
        if i + 1 < n:
            edges.append((i + 1, i + 2, rng.randint(1, 1000)))
    s = 1
elif idx == 8:
    n = 5000
    s = 1
    edges = [(i, i + 1, WMAX) for i in range(1, n)]          # answer ~5e12: needs 64-bit
    edges += [(rng.randint(1, n), rng.randint(1, n), WMAX) for _ in range(1000)]
    edges = [e for e in edges if e[0] != e[1]]
elif idx == 9:
    n = 5000
    s, edges = graph(n, 10000, WMAX)
elif idx == 10:
    n = 2500
    s, edges = graph(n, 5000, 10)
elif idx == 11:
    n = 5000
    s, edges = graph(n, 10000, WMAX, connected=False)
else:
    n = 5000
    s, edges = graph(n, 6000, 1000)
rng.shuffle(edges)
print(n, len(edges), s)
print("\n".join(f"{u} {v} {w}" for u, v, w in edges))
