#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)


def w_log(lo, hi):
    # log-uniform costs: a few huge links, many cheap ones
    return int(round(lo * (hi / lo) ** rng.random()))


def rand_graph(n, m, lo, hi, connected=True, span=None):
    """span=None: any pair; span=s: links only between regions whose numbers differ by <= s
    (long, thin network: the route from 1 to N needs many links)."""
    edges = []
    if connected:
        for v in range(2, n + 1):
            edges.append((rng.randint(max(1, v - 20), v - 1), v, w_log(lo, hi)))
    while len(edges) < m:
        u = rng.randint(1, n)
        v = rng.randint(1, n) if span is None else min(n, u + rng.randint(1, span))
        if u != v:
            edges.append((u, v, w_log(lo, hi)))
    return edges


def trap(n_extra_nodes, k):
    # path A: k+2 medium links; path B: k huge links + 1 cheap link -> vouchers belong on B
    edges, n = [], 2
    a_nodes = [1] + [n + i + 1 for i in range(k + 1)] + [None]
    n += k + 1
    b_nodes = [1] + [n + i + 1 for i in range(k)] + [None]
    n += k
    total = n + n_extra_nodes + 1
    a_nodes[-1] = total
    b_nodes[-1] = total
    for x, y in zip(a_nodes, a_nodes[1:]):
        edges.append((x, y, 100))
    for i, (x, y) in enumerate(zip(b_nodes, b_nodes[1:])):
        edges.append((x, y, 1000 if i < k else 150))
    for v in range(n + 2, total):             # extra regions: a separate component (noise/load)
        edges.append((rng.randint(n + 1, v - 1), v, rng.randint(1, 10**6)))
    return total, edges


if idx <= 2:
    n, k = rng.randint(2, 7), rng.randint(0, 2)
    edges = rand_graph(n, rng.randint(n - 1, 12), 1, 50)
elif idx == 3:
    n, k = 6, 1
    edges = rand_graph(n, 6, 1, 50, connected=False)
    edges = [(u, v, w) for u, v, w in edges if 6 not in (u, v)]   # destination isolated -> -1
elif idx == 4:
    n, edges = trap(0, 1)
    k = 1
elif idx == 5:
    n, edges = trap(100, 3)
    k = 3
elif idx == 6:
    n, k = 300, 0
    edges = rand_graph(n, 900, 1, 10**6)
elif idx == 7:
    n, k = 2000, 5
    edges = [(v, v + 1, w_log(1, 10**9)) for v in range(1, n)]   # single path, k largest free
elif idx == 8:
    n, k = 3000, 10
    edges = rand_graph(n, 10000, 1, 10**9, span=30)
elif idx == 9:
    n, k = 3000, 3
    edges = rand_graph(n, 5000, 1, 10**9, span=15)
elif idx == 10:
    n, k = 3000, 10
    edges = rand_graph(n, 10000, 10**8, 10**9, span=40)
elif idx == 11:
    n, edges = trap(2500, 10)
    k = 10
    while len(edges) < 5000:               # noise among the extra regions only
        u, v = rng.randint(2 * k + 4, n - 1), rng.randint(2 * k + 4, n - 1)
        if u != v:
            edges.append((u, v, rng.randint(10**6, 10**9)))
elif idx == 12:
    n, k = 3000, 8
    edges = rand_graph(n, 5000, 1, 10**9, span=25)
    edges = [(u, v, w) for u, v, w in edges if not (u <= 1500 < v or v <= 1500 < u)]  # cut -> -1
else:
    n, k = 3000, 10
    edges = rand_graph(n, 10000, 1, 10**9, span=100)
rng.shuffle(edges)
print(n, len(edges), k)
print("\n".join(f"{u} {v} {w}" for u, v, w in edges))
