#!/usr/bin/env python3
"""Test generator for ml-stable-softmax-xent.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)
Row kinds: benign logits, huge positive logits (exp overflows), huge negative logits (the sum of
exponentials underflows), a huge spread with the target far below the maximum, exact ties, one class."""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

KINDS = ["small", "big", "neg", "spread", "ties"]
# case -> (R, K, kinds, label smoothing choices)
PROFILES = {
    1: (1, 1, ["small"], [0.0]),
    2: (3, 4, ["small"], [0.0]),
    3: (4, 5, ["big"], [0.0, 0.1]),
    4: (4, 5, ["neg"], [0.0, 0.1]),
    5: (5, 6, ["spread"], [0.0, 0.05, 0.5]),
    6: (5, 3, ["ties"], [0.0, 0.2]),
    7: (100, 10, KINDS, [0.0, 0.1]),
    8: (300, 100, KINDS, [0.0, 0.1, 0.2]),
    9: (2, 20000, ["spread", "big"], [0.1]),
    10: (30000, 1, ["small", "big", "neg"], [0.0, 0.3]),
    11: (3000, 10, KINDS, [0.0, 0.05, 0.1, 0.5]),
    12: (300, 100, ["small"], [0.0]),
}
R, K, kinds, smooth = PROFILES[case]


def fmt(v):
    return f"{v:.3f}".rstrip("0").rstrip(".") if "." in f"{v:.3f}" else f"{v:.3f}"


lines = [f"{R} {K}"]
for _ in range(R):
    kind = rng.choice(kinds)
    if kind == "small":
        x = [rng.uniform(-8, 8) for _ in range(K)]
    elif kind == "big":
        base = rng.uniform(800, 9900)
        x = [base + rng.uniform(-30, 30) for _ in range(K)]
    elif kind == "neg":
        base = -rng.uniform(800, 9900)
        x = [base + rng.uniform(-30, 30) for _ in range(K)]
    elif kind == "spread":
        x = [rng.uniform(-10000, 10000) for _ in range(K)]
    else:
        v = rng.uniform(-2000, 2000)
        x = [v if rng.random() < 0.6 else v - rng.choice([1, 5, 800]) for _ in range(K)]
    y = rng.randint(1, K)
    if kind == "spread" and K > 1:
        y = min(range(K), key=lambda i: x[i]) + 1  # the target is the least likely class
    eps = rng.choice(smooth)
    lines.append(f"{y} {fmt(eps)} " + " ".join(fmt(max(-10000, min(10000, v))) for v in x))
print("\n".join(lines))
