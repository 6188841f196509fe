#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)


def bipartite(n, m, cover_all=False):
    """random bipartite conflict graph on a hidden 2-colouring; cover_all avoids isolated jobs."""
    side = [rng.randint(0, 1) for _ in range(n + 1)]
    left = [v for v in range(1, n + 1) if side[v] == 0]
    right = [v for v in range(1, n + 1) if side[v] == 1]
    if not left or not right:
        return []
    edges = set()
    if cover_all:
        for v in range(1, n + 1):
            u = rng.choice(right if side[v] == 0 else left)
            edges.add((min(u, v), max(u, v)))
    tries = 0
    while len(edges) < m and tries < 10 * m:
        tries += 1
        u, v = rng.choice(left), rng.choice(right)
        edges.add((min(u, v), max(u, v)))
    return list(edges)


def odd_cycle(nodes):
    return [(nodes[i], nodes[(i + 1) % len(nodes)]) for i in range(len(nodes))]


if idx == 1:
    n = 5
    edges = bipartite(n, 3)
elif idx == 2:
    n = 6
    edges = bipartite(n, 6, cover_all=True)
elif idx == 3:
    n = 3
    edges = odd_cycle([1, 2, 3])
elif idx == 4:
    n, edges = 1, []
elif idx == 5:
    n = 1000
    edges = bipartite(n, 600)
elif idx == 6:
    n = 10000
    edges = []                                   # 2^10000 mod p
elif idx == 7:
    n = 10000
    edges = bipartite(n, 10000)                  # many isolated jobs and small components
elif idx == 8:
    n = 10000
    edges = bipartite(n, 10000, cover_all=True)
elif idx == 9:
    n = 10000
    edges = bipartite(n, 9990)
    # one odd cycle far away from job 1 -> 0
    nodes = rng.sample(range(2, n + 1), 7)
    edges += odd_cycle(nodes)
elif idx == 10:
    n = 10000
    edges = [(i, i + 1) for i in range(1, n)]    # one long path (even/odd colouring)
elif idx == 11:
    n = 10000
    edges = [(i, i + 1) for i in range(1, 5001)] + [(1, 5001)]       # odd cycle of length 5001 -> 0
else:
    n = 7500
    edges = bipartite(n, 10000)
    edges = [e for e in edges if e[0] > 10 and e[1] > 10]   # jobs 1..10 have no conflicts
rng.shuffle(edges)
edges = [(v, u) if rng.random() < 0.5 else (u, v) for u, v in edges]
print(n, len(edges))
print("\n".join(f"{u} {v}" for u, v in edges))
