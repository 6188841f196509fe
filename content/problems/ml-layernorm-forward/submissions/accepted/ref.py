#!/usr/bin/env python3
# Reference: LayerNorm forward over the last axis with a two-pass (stable) biased variance, numpy.
import sys

import numpy as np


def main():
    data = sys.stdin.read().split()
    N, D = int(data[0]), int(data[1])
    eps = float(data[2])
    v = np.array(data[3:], dtype=np.float64)
    X = v[:N * D].reshape(N, D)
    gamma = v[N * D:N * D + D]
    beta = v[N * D + D:N * D + 2 * D]
    mu = X.mean(axis=1, keepdims=True)
    xc = X - mu                                  # centre first: no catastrophic cancellation
    var = (xc * xc).mean(axis=1, keepdims=True)  # biased (divide by D)
    Y = xc / np.sqrt(var + eps) * gamma + beta
    sys.stdout.write("\n".join(" ".join(f"{x:.9f}" for x in r) for r in Y) + "\n")


main()
