#!/usr/bin/env python3
"""Test generator for ml-batchnorm-train-eval.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)"""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

# case -> (D, ops, momentum or None = random, eps, special)
#   ops: list of (mode, n) or an int Q = number of random ops
PROFILES = {
    1: (1, [("eval", 1)], 0.1, 1e-5, ""),
    2: (2, [("train", 2)], 0.1, 1e-5, ""),
    3: (3, [("train", 5), ("eval", 3)], 0.1, 1e-5, ""),
    4: (4, [("train", 4), ("eval", 2), ("train", 3), ("eval", 2), ("train", 6)], 0.1, 1e-3, ""),
    5: (3, [("train", 6), ("eval", 4), ("train", 2), ("eval", 3)], 1.0, 1e-5, ""),
    6: (3, [("train", 6), ("eval", 4), ("train", 5), ("eval", 3)], 0.0, 1e-5, ""),
    7: (5, [("train", 8), ("eval", 3), ("train", 8), ("eval", 3)], 0.2, 0.01, "constcol"),
    8: (16, 15, None, 1e-5, ""),
    9: (32, 25, None, 1e-5, ""),
    10: (8, [("eval", 20)] * 5, 0.1, 1e-5, ""),
    11: (16, 25, 0.05, 1e-4, "drift"),
    12: (32, [("train", 250), ("eval", 100), ("train", 2), ("eval", 100)], 0.3, 1e-5, ""),
}
ROWS_MAX, Q_MAX = 500, 50       # the statement's limits on the total number of rows and on Q
D, ops, mom, eps, special = PROFILES[case]
if mom is None:
    mom = round(rng.uniform(0.01, 0.5), 3)
if isinstance(ops, int):
    ops = [(rng.choice(["train", "train", "eval"]), 0) for _ in range(ops)]
    ops = [(m, rng.randint(2, 40) if m == "train" else rng.randint(1, 20)) for m, _ in ops]
    while sum(n for _, n in ops) > ROWS_MAX:
        ops.pop()
assert len(ops) <= Q_MAX and sum(n for _, n in ops) <= ROWS_MAX

centre = [rng.uniform(-3, 3) for _ in range(D)]
scale = [rng.uniform(0.3, 3) for _ in range(D)]
const_cols = set(rng.sample(range(D), max(1, D // 3))) if special == "constcol" else set()


def fmt(v):
    return " ".join(f"{x:.3f}" for x in v)


out = [f"{D} {eps:g} {mom:g}",
       fmt(rng.uniform(0.5, 2) for _ in range(D)),     # gamma
       fmt(rng.uniform(-1, 1) for _ in range(D)),      # beta
       fmt(rng.uniform(-1, 1) for _ in range(D)),      # running mean
       fmt(rng.uniform(0.5, 2) for _ in range(D)),     # running var
       str(len(ops))]
for t, (mode, n) in enumerate(ops):
    out.append(f"{mode} {n}")
    shift = 0.1 * t if special == "drift" else 0.0
    for _ in range(n):
        out.append(fmt(centre[j] + shift if j in const_cols else rng.gauss(centre[j] + shift, scale[j])
                       for j in range(D)))
print("\n".join(out))
