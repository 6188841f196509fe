#!/usr/bin/env python3
"""Test generator for ml-masked-attention.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)"""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

# case -> (B, T, d, dv, causal, length mode, |Q,K| bound)
#   length mode: "full" = every L_b = T, "pad" = random L_b < T where possible, "mix", "one" = some L_b = 1
PROFILES = {
    1: (1, 1, 1, 1, 1, "full", 2.0),
    2: (1, 4, 3, 2, 0, "pad", 2.0),
    3: (2, 5, 4, 3, 1, "pad", 2.0),
    4: (2, 8, 4, 4, 1, "full", 2.0),
    5: (3, 8, 6, 2, 0, "full", 2.0),
    6: (4, 10, 5, 5, 1, "one", 2.0),
    7: (3, 24, 16, 12, 1, "mix", 2.0),
    8: (3, 24, 16, 12, 0, "mix", 2.0),
    9: (2, 32, 32, 8, 1, "mix", 40.0),     # large scores: softmax needs max-subtraction
    10: (2, 32, 32, 8, 0, "pad", 40.0),
    11: (4, 64, 32, 32, 1, "mix", 3.0),    # maximum size
    12: (4, 64, 32, 32, 0, "pad", 3.0),
}
B, T, d, dv, causal, mode, qk = PROFILES[case]

lengths = []
for b in range(B):
    if mode == "full":
        L = T
    elif mode == "pad":
        L = rng.randint(1, T - 1) if T > 1 else 1
    elif mode == "one":
        L = 1 if b % 2 == 0 else rng.randint(1, T)
    else:
        L = rng.choice([T, rng.randint(1, T)])
    lengths.append(L)


def mat(rows, cols, bound, digits):
    return [" ".join(f"{rng.uniform(-bound, bound):.{digits}f}" for _ in range(cols)) for _ in range(rows)]


out = [f"{B} {T} {d} {dv} {causal}", " ".join(map(str, lengths))]
for b in range(B):
    out += mat(T, d, qk, 3)   # Q
    out += mat(T, d, qk, 3)   # K
    out += mat(T, dv, 10.0, 3)  # V
print("\n".join(out))
