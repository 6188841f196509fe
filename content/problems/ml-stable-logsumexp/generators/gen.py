#!/usr/bin/env python3
"""Test generator for ml-stable-logsumexp.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)
Row kinds: benign, huge positive logits (overflow), huge negative logits (underflow), tiny
temperature (overflow after dividing, near one-hot, exact ties at the maximum), huge temperature."""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

KINDS = ["small", "big", "neg", "cold", "hot", "outlier"]
# case -> (R, K, kinds to draw rows from)
PROFILES = {
    1: (1, 1, ["small"]),
    2: (3, 3, ["small"]),
    3: (4, 5, ["big"]),
    4: (4, 5, ["neg"]),
    5: (5, 4, ["cold"]),
    6: (5, 6, ["hot"]),
    7: (50, 20, KINDS),
    8: (50, 100, KINDS),
    9: (100, 100, ["big", "neg", "cold", "outlier"]),     # R·K at the maximum (10 000)
    10: (1, 10000, ["outlier"]),
    11: (5000, 1, KINDS),
    12: (50, 100, ["small", "hot"]),
}
R, K, kinds = PROFILES[case]


def row(kind):
    if kind == "small":
        tau, xs = rng.uniform(0.5, 2), [rng.uniform(-5, 5) for _ in range(K)]
    elif kind == "big":
        base = rng.uniform(1e3, 1e5)
        tau, xs = rng.uniform(0.5, 2), [base + rng.uniform(-20, 20) for _ in range(K)]
    elif kind == "neg":
        base = -rng.uniform(1e3, 1e5)
        tau, xs = rng.uniform(0.5, 2), [base + rng.uniform(-20, 20) for _ in range(K)]
    elif kind == "cold":
        tau, xs = 0.001, [rng.uniform(-10, 10) for _ in range(K)]
        if K >= 2:  # exact tie at the maximum, and a value just below it
            m = max(xs)
            xs[rng.randrange(K)] = m
            xs[rng.randrange(K)] = m - 0.001
    elif kind == "hot":
        tau, xs = 1000.0, [rng.uniform(-1e3, 1e3) for _ in range(K)]
    else:  # outlier: benign values plus one huge logit
        tau, xs = 1.0, [rng.uniform(-5, 5) for _ in range(K)]
        xs[rng.randrange(K)] = rng.choice([1, -1]) * rng.uniform(800, 1e5)
    xs = [min(1e5, max(-1e5, x)) for x in xs]
    return f"{tau:.3f} " + " ".join(f"{x:.3f}" for x in xs)


print(R, K)
print("\n".join(row(rng.choice(kinds)) for _ in range(R)))
