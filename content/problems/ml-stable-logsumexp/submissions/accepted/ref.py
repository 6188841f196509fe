#!/usr/bin/env python3
# Reference: temperature log-sum-exp (smooth maximum) and softmax with max-subtraction, numpy.
import sys

import numpy as np


def main():
    data = sys.stdin.buffer.read().split()
    R, K = int(data[0]), int(data[1])
    M = np.array(data[2:2 + R * (K + 1)], dtype=np.float64).reshape(R, K + 1)
    tau = M[:, :1]
    X = M[:, 1:]
    m = X.max(axis=1, keepdims=True)
    Z = (X - m) / tau                    # <= 0, the maximum gives exactly 0
    E = np.exp(Z)                        # no overflow; the maximum contributes exactly 1
    s = E.sum(axis=1, keepdims=True)     # in [1, K]
    S = m + tau * np.log(s)
    P = E / s
    out = [f"{S[r, 0]:.9f} " + " ".join(f"{p:.9f}" for p in P[r]) for r in range(R)]
    sys.stdout.write("\n".join(out) + "\n")


main()
