"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n, k = rng.randint(1, 5), rng.randint(1, 3)
elif idx <= 5:
    n, k = rng.randint(7, 11), rng.randint(2, 4)
else:
    n, k = 14, rng.randint(2, 5)
if idx in (6, 7, 8):
    # a perfect split exists: greedy usually misses it
    target = rng.randint(60, 1000)
    d = []
    for _ in range(k):
        parts = rng.randint(2, 4)
        cuts = sorted(rng.sample(range(1, target), parts - 1))
        d += [b - a for a, b in zip([0] + cuts, cuts + [target])]
    rng.shuffle(d)
    d = d[:14]
    n = len(d)
else:
    hi = rng.choice([10, 100, 1000, 10 ** 6])
    lo = hi // 2 if idx in (9, 10, 11) else 1  # similar lengths: the search has to work hardest
    d = [rng.randint(lo, hi) for _ in range(n)]
print(n, k)
print(*d)
