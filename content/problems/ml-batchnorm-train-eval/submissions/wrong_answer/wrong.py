#!/usr/bin/env python3
# Plausible mistake: uses the biased batch variance for the running-variance update too
# (as many from-scratch implementations do); the statement asks for the unbiased one there.
import sys

import numpy as np


def main():
    tok = sys.stdin.read().split()
    D = int(tok[0])
    eps, mom = float(tok[1]), float(tok[2])
    p = 3

    def vec(k):
        nonlocal p
        a = np.array(tok[p:p + k], dtype=np.float64)
        p += k
        return a

    gamma, beta, rmean, rvar = vec(D), vec(D), vec(D), vec(D)
    Q = int(tok[p])
    p += 1
    out = []
    for _ in range(Q):
        mode, n = tok[p], int(tok[p + 1])
        p += 2
        X = vec(n * D).reshape(n, D)
        if mode == "train":
            mu = X.mean(axis=0)
            var = X.var(axis=0)
            Y = (X - mu) / np.sqrt(var + eps) * gamma + beta
            rmean = (1 - mom) * rmean + mom * mu
            rvar = (1 - mom) * rvar + mom * var
        else:
            Y = (X - rmean) / np.sqrt(rvar + eps) * gamma + beta
        out.extend(" ".join(f"{x:.9f}" for x in r) for r in Y)
    out.append(" ".join(f"{x:.9f}" for x in rmean))
    out.append(" ".join(f"{x:.9f}" for x in rvar))
    sys.stdout.write("\n".join(out) + "\n")


main()
