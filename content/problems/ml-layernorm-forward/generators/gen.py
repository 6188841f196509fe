#!/usr/bin/env python3
"""Test generator for ml-layernorm-forward.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)
Some cases put a large common offset (up to 1e6) on a row, where the one-pass variance
E[x^2] - E[x]^2 loses its precision."""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

# case -> (N, D, eps, row kind)
#   "normal": offset in [-3, 3], spread in [0.5, 3]; "const": some constant rows;
#   "offset": offsets up to 1e6, spread 0.05..10; "scales": mixed feature scales; "tiny": spread ~0.01
PROFILES = {
    1: (1, 1, 1e-5, "normal"),
    2: (1, 2, 1e-5, "normal"),
    3: (3, 4, 1e-5, "normal"),
    4: (6, 5, 1e-5, "const"),
    5: (4, 8, 0.5, "normal"),
    6: (20, 32, 1e-5, "offset"),
    7: (30, 16, 1e-6, "scales"),
    8: (100, 128, 1e-5, "normal"),
    9: (100, 128, 1e-5, "offset"),
    10: (100, 1, 1e-5, "normal"),
    11: (100, 128, 1e-3, "tiny"),
    12: (1, 128, 1e-5, "offset"),
}
N, D, eps, kind = PROFILES[case]

rows = []
for n in range(N):
    if kind == "offset":
        off = rng.choice([1, -1]) * rng.uniform(1e5, 1e6)
        spread = rng.choice([0.05, 0.5, 1.0, 10.0])
    elif kind == "tiny":
        off, spread = rng.uniform(-3, 3), rng.uniform(0.005, 0.05)
    else:
        off, spread = rng.uniform(-3, 3), rng.uniform(0.5, 3)
    if kind == "const" and n % 2 == 0:
        row = [off] * D
    elif kind == "scales":
        row = [off + rng.gauss(0, 1) * rng.choice([0.01, 1.0, 1000.0]) for _ in range(D)]
    else:
        row = [off + rng.gauss(0, spread) for _ in range(D)]
    rows.append(" ".join(f"{v:.4f}" for v in row))
gamma = " ".join(f"{rng.uniform(-2, 2):.3f}" for _ in range(D))
beta = " ".join(f"{rng.uniform(-1, 1):.3f}" for _ in range(D))
print(f"{N} {D} {eps:g}")
print("\n".join(rows))
print(gamma)
print(beta)
