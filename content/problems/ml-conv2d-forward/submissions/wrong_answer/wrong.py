#!/usr/bin/env python3
# Plausible mistake: implements the textbook (signal-processing) convolution, i.e. flips the kernel
# by 180 degrees, while CNN layers compute cross-correlation with the kernel as given.
import sys

import numpy as np


def main():
    data = sys.stdin.read().split()
    Ci, H, W, Co, KH, KW, SH, SW, PH, PW = map(int, data[:10])
    vals = np.array(data[10:], dtype=np.float64)
    X = vals[:Ci * H * W].reshape(Ci, H, W)
    p = Ci * H * W
    Wt = vals[p:p + Co * Ci * KH * KW].reshape(Co, Ci, KH, KW)[:, :, ::-1, ::-1]
    bias = vals[p + Co * Ci * KH * KW:]
    OH = (H + 2 * PH - KH) // SH + 1
    OW = (W + 2 * PW - KW) // SW + 1
    Xp = np.zeros((Ci, H + 2 * PH, W + 2 * PW))
    Xp[:, PH:PH + H, PW:PW + W] = X
    Y = np.zeros((Co, OH, OW)) + bias[:, None, None]
    for a in range(KH):
        for b in range(KW):
            patch = Xp[:, a:a + SH * (OH - 1) + 1:SH, b:b + SW * (OW - 1) + 1:SW]
            Y += np.einsum("oc,chw->ohw", Wt[:, :, a, b], patch)
    out = [f"{Co} {OH} {OW}"]
    out += [" ".join(f"{v:.9f}" for v in r) for r in Y.reshape(Co * OH, OW)]
    sys.stdout.write("\n".join(out) + "\n")


main()
