#!/usr/bin/env python3
"""Test generator for ml-kmeans-step.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)
Small coordinate ranges make distance ties frequent; some cases have duplicate or far-away
centroids (empty clusters)."""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

# case -> (N, K, D, coordinate range R, extra: "" | "dup" | "far" | "dupfar")
PROFILES = {
    1: (1, 1, 1, 5, ""),
    2: (5, 2, 1, 3, ""),
    3: (10, 3, 2, 2, ""),
    4: (20, 4, 2, 3, "dup"),
    5: (30, 5, 3, 3, "far"),
    6: (4, 9, 2, 2, "dup"),       # more clusters than points
    7: (200, 10, 8, 5, ""),
    8: (1000, 16, 3, 3, "dupfar"),
    9: (3000, 32, 8, 1000, ""),  # wide range, few ties
    10: (3000, 32, 2, 4, "dupfar"),
    11: (3000, 32, 8, 2, ""),
    12: (3000, 1, 8, 1000, ""),
}
N, K, D, R, extra = PROFILES[case]


def point(r):
    return [rng.randint(-r, r) for _ in range(D)]


pts = [point(R) for _ in range(N)]
cents = [point(R) for _ in range(K)]
if "dup" in extra and K >= 2:
    for _ in range(max(1, K // 4)):
        i, j = rng.sample(range(K), 2)
        cents[j] = list(cents[i])
if "far" in extra:
    for _ in range(max(1, K // 5)):
        cents[rng.randrange(K)] = [rng.choice([-1, 1]) * min(1000, 10 * R + 50) for _ in range(D)]

out = [f"{N} {K} {D}"] + [" ".join(map(str, p)) for p in pts] + [" ".join(map(str, c)) for c in cents]
print("\n".join(out))
