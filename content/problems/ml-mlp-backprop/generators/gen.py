#!/usr/bin/env python3
"""Test generator for ml-mlp-backprop.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)
Guarantees |Z1| >= 1e-3 everywhere (no pre-activation at the ReLU kink)."""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

# case -> (N, D, H, C, bias shift for b1: negative = many dead units)
PROFILES = {
    1: (1, 1, 1, 1, 0.0),
    2: (2, 2, 3, 1, 0.0),
    3: (4, 3, 4, 2, 0.0),
    4: (6, 3, 5, 2, -2.5),   # most hidden units inactive
    5: (8, 5, 6, 3, 0.0),
    6: (16, 8, 8, 4, 0.5),
    7: (32, 16, 16, 4, 0.0),
    8: (64, 32, 32, 8, 0.0),  # maximum size
    9: (64, 32, 32, 8, -1.5),
    10: (64, 1, 32, 1, 0.0),
    11: (1, 32, 32, 8, 0.0),
    12: (64, 32, 32, 8, 0.3),
}
N, D, H, C, shift = PROFILES[case]


def mat(r, c, bound):
    return [[round(rng.uniform(-bound, bound), 3) for _ in range(c)] for _ in range(r)]


while True:
    X, Y = mat(N, D, 2.0), mat(N, C, 3.0)
    W1 = mat(D, H, 1.0)
    W2 = mat(H, C, 1.0)
    b1 = [round(rng.uniform(-1, 1) + shift, 3) for _ in range(H)]
    b2 = [round(rng.uniform(-1, 1), 3) for _ in range(C)]
    z = [[b1[j] + sum(X[n][i] * W1[i][j] for i in range(D)) for j in range(H)] for n in range(N)]
    if all(abs(v) >= 1e-3 for row in z for v in row):
        break


def fmt(rows):
    return [" ".join(f"{v:.3f}" for v in r) for r in rows]


out = [f"{N} {D} {H} {C}"] + fmt(X) + fmt(Y) + fmt(W1) + fmt([b1]) + fmt(W2) + fmt([b2])
print("\n".join(out))
