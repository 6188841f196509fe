#!/usr/bin/env python3
# Plausible mistake: the textbook formula without max-subtraction. exp(x/τ) overflows to inf for
# large logits or small temperatures and underflows to 0 for very negative logits (log 0 = -inf,
# 0/0 = nan), so those rows print inf/nan. Benign rows are right.
import sys

import numpy as np


def main():
    data = sys.stdin.buffer.read().split()
    R, K = int(data[0]), int(data[1])
    M = np.array(data[2:2 + R * (K + 1)], dtype=np.float64).reshape(R, K + 1)
    tau = M[:, :1]
    X = M[:, 1:]
    with np.errstate(all="ignore"):
        E = np.exp(X / tau)
        s = E.sum(axis=1, keepdims=True)
        S = tau * np.log(s)
        P = E / s
    out = [f"{S[r, 0]:.9f} " + " ".join(f"{p:.9f}" for p in P[r]) for r in range(R)]
    sys.stdout.write("\n".join(out) + "\n")


main()
