#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)


def dag(n, m, local=None):
    """m edges consistent with a random hidden order; local=k keeps edges between nearby positions."""
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = []
    for _ in range(m):
        if local:
            i = rng.randrange(n - 1)
            j = min(n - 1, i + rng.randint(1, local))
        else:
            i, j = sorted(rng.sample(range(n), 2))
        edges.append((order[i], order[j]))
    return order, edges


def add_cycle(order, edges, length):
    n = len(order)
    i = rng.randrange(n - length)
    for k in range(length - 1):
        edges.append((order[i + k], order[i + k + 1]))
    edges.append((order[i + length - 1], order[i]))  # back edge closes the cycle


cyc = False
if idx <= 3:
    n = rng.randint(2, 8)
    order, edges = dag(n, rng.randint(0, 10))
    if idx == 3:
        add_cycle(order, edges, 2)
elif idx == 4:
    n = 1
    order, edges = [1], []
elif idx == 5:
    n = 60
    order, edges = dag(n, 120)
elif idx == 6:
    n = 500
    order, edges = dag(n, 400, local=3)
elif idx == 7:
    n = 1000
    order, edges = dag(n, 2000)
    add_cycle(order, edges, 5)
elif idx == 8:
    n = 10000
    order, edges = [], []                       # no dependencies: 1..N
elif idx == 9:
    n = 10000
    order, edges = dag(n, 10000, local=4)
elif idx == 10:
    n = 10000
    order = list(range(1, n + 1))
    rng.shuffle(order)
    edges = [(order[i], order[i + 1]) for i in range(n - 1)]   # one long chain
elif idx == 11:
    n = 10000
    order, edges = dag(n, 10000)
elif idx == 12:
    n = 5000
    order, edges = dag(n, 9000, local=50)
    add_cycle(order, edges, 500)
else:
    n = 10000
    # many short independent chains with large ids first: FIFO and min-heap orders differ a lot
    order = list(range(n, 0, -1))
    edges = [(order[i], order[i + 1]) for i in range(0, n - 1) if i % 3 != 2]
rng.shuffle(edges)
edges = edges[:10000]
print(n, len(edges))
print("\n".join(f"{a} {b}" for a, b in edges))
