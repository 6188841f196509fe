"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n, k = rng.randint(1, 10), rng.randint(1, 4)
elif idx <= 5:
    n, k = rng.randint(100, 2000), rng.randint(5, 50)
else:  # medium cases, then the largest ones (10-12); K = 1 and K at its maximum included
    n = 5000 if idx <= 9 else 20000
    k = {6: 1, 7: 100, 8: 5000, 9: 2500, 10: 10000, 11: 100, 12: 5000}[idx]
# popular items are requested much more often (Zipf-like), which is what caches are for
universe = rng.choice([k // 2 + 1, 2 * k + 3, 10 * k + 7])
if idx == 6:
    universe = 17                                  # K = 1 with several items: only repeats hit
ids = rng.sample(range(1, 10 ** 9 + 1), universe)
weights = [1.0 / (i + 1) ** rng.uniform(0.6, 1.2) for i in range(universe)]
reqs = rng.choices(ids, weights=weights, k=n)
if idx == 12:
    # a scan over many distinct items between bursts of a hot set
    hot = ids[: max(1, k // 2)]
    reqs = []
    while len(reqs) < n:
        reqs += rng.choices(hot, k=50)
        reqs += rng.sample(ids, min(len(ids), 30))
    reqs = reqs[:n]
print(n, k)
print(*reqs)
