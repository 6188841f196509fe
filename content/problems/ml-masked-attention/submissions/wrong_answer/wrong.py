#!/usr/bin/env python3
# Plausible mistake: applies the causal mask but forgets the padding mask, so padded keys
# (j >= L_b) still receive attention weight.
import sys

import numpy as np


def main():
    data = sys.stdin.read().split()
    B, T, d, dv, causal = map(int, data[:5])
    vals = np.array(data[5 + B:], dtype=np.float64)
    per = T * d * 2 + T * dv
    out = []
    for b in range(B):
        blk = vals[b * per:(b + 1) * per]
        Q = blk[:T * d].reshape(T, d)
        K = blk[T * d:2 * T * d].reshape(T, d)
        V = blk[2 * T * d:].reshape(T, dv)
        S = Q @ K.T / np.sqrt(d)
        if causal:
            S[np.triu(np.ones((T, T), dtype=bool), k=1)] = -np.inf
        S -= S.max(axis=1, keepdims=True)
        P = np.exp(S)
        P /= P.sum(axis=1, keepdims=True)
        O = P @ V
        out.extend(" ".join(f"{x:.9f}" for x in row) for row in O)
    sys.stdout.write("\n".join(out) + "\n")


main()
