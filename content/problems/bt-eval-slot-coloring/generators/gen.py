"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n = rng.randint(1, 5)
elif idx <= 5:
    n = rng.randint(6, 10)
else:
    n = 14
edges = set()
if idx in (6, 8, 10):
    # a hidden k-partite graph with shuffled labels: greedy in label order often needs more slots
    k = rng.randint(2, 4)
    part = [rng.randrange(k) for _ in range(n)]
    p = rng.uniform(0.4, 0.8)
    for a in range(n):
        for b in range(a + 1, n):
            if part[a] != part[b] and rng.random() < p:
                edges.add((a + 1, b + 1))
elif idx == 12:
    # crown-like graph: the classic bad case for first-fit
    half = n // 2
    for a in range(half):
        for b in range(half):
            if a != b:
                x, y = 2 * a + 1, 2 * b + 2
                edges.add((min(x, y), max(x, y)))
else:
    p = rng.uniform(0.2, 0.7)
    for a in range(1, n + 1):
        for b in range(a + 1, n + 1):
            if rng.random() < p:
                edges.add((a, b))
edges = sorted(edges)
rng.shuffle(edges)
print(n, len(edges))
for a, b in edges:
    if rng.random() < 0.5:
        a, b = b, a
    print(a, b)
