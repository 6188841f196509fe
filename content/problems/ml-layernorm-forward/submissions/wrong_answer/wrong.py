#!/usr/bin/env python3
# Plausible mistake: computes the statistics along axis 0 (over the batch, per feature) as in
# batch norm, instead of over the features of each row.
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
    mu = X.mean(axis=0, keepdims=True)
    xc = X - mu
    var = (xc * xc).mean(axis=0, keepdims=True)
    Y = xc / np.sqrt(var + eps) * gamma + beta
    sys.stdout.write("\n".join(" ".join(f"{x:.9f}" for x in r) for r in Y) + "\n")


main()
