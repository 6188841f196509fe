#!/usr/bin/env python3
# Reference: one Lloyd iteration of k-means with numpy (ties -> lowest index, empty cluster kept).
import sys

import numpy as np


def main():
    data = sys.stdin.read().split()
    N, K, D = map(int, data[:3])
    v = np.array(data[3:], dtype=np.int64)
    X = v[:N * D].reshape(N, D)
    Cn = v[N * D:].reshape(K, D)
    # exact integer squared distances, N x K
    dist = ((X[:, None, :] - Cn[None, :, :]) ** 2).sum(axis=2)
    assign = dist.argmin(axis=1)          # argmin returns the first (lowest) index on ties
    inertia = int(dist[np.arange(N), assign].sum())
    newc = Cn.astype(np.float64)
    counts = np.bincount(assign, minlength=K)
    sums = np.zeros((K, D))
    np.add.at(sums, assign, X.astype(np.float64))
    nz = counts > 0
    newc[nz] = sums[nz] / counts[nz][:, None]
    out = [" ".join(map(str, assign.tolist()))]
    out += [" ".join(f"{x:.9f}" for x in r) for r in newc]
    out.append(str(inertia))
    sys.stdout.write("\n".join(out) + "\n")


main()
