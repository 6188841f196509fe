#!/usr/bin/env python3
# Reference: forward + backward pass of Linear -> ReLU -> Linear with loss (1/2N)·Σ(Ŷ − Y)², numpy.
import sys

import numpy as np


def main():
    data = sys.stdin.read().split()
    N, D, H, C = map(int, data[:4])
    v = np.array(data[4:], dtype=np.float64)
    shapes = [(N, D), (N, C), (D, H), (H,), (H, C), (C,)]
    parts, p = [], 0
    for s in shapes:
        n = int(np.prod(s))
        parts.append(v[p:p + n].reshape(s))
        p += n
    X, Y, W1, b1, W2, b2 = parts

    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0.0)
    Yh = A1 @ W2 + b2
    R = Yh - Y
    loss = (R * R).sum() / (2 * N)

    dYh = R / N                      # dL/dŶ
    dW2 = A1.T @ dYh
    db2 = dYh.sum(axis=0)
    dA1 = dYh @ W2.T
    dZ1 = dA1 * (Z1 > 0)             # ReLU derivative
    dW1 = X.T @ dZ1
    db1 = dZ1.sum(axis=0)

    def rows(M):
        return [" ".join(f"{x:.9f}" for x in r) for r in np.atleast_2d(M)]

    out = [f"{loss:.9f}"] + rows(dW1) + rows(db1) + rows(dW2) + rows(db2)
    sys.stdout.write("\n".join(out) + "\n")


main()
