#!/usr/bin/env python3
"""Test generator for ml-conv2d-forward.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)"""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

# case -> (C_in, H, W, C_out, KH, KW, SH, SW, PH, PW)
PROFILES = {
    1: (1, 1, 1, 1, 1, 1, 1, 1, 0, 0),
    2: (1, 5, 5, 1, 3, 3, 1, 1, 0, 0),
    3: (1, 5, 5, 2, 3, 3, 1, 1, 1, 1),     # "same" padding
    4: (2, 7, 6, 2, 3, 2, 2, 2, 1, 1),
    5: (2, 8, 8, 3, 3, 3, 3, 3, 0, 0),     # stride does not divide: floor
    6: (3, 9, 11, 2, 2, 4, 2, 3, 1, 2),    # everything differs per axis
    7: (2, 2, 3, 2, 5, 5, 1, 1, 2, 2),     # kernel larger than the image, fits thanks to padding
    8: (4, 10, 10, 4, 1, 1, 1, 1, 0, 0),   # 1x1 convolution
    9: (3, 13, 12, 3, 2, 2, 3, 3, 0, 1),   # stride larger than kernel: inputs skipped
    10: (3, 20, 17, 4, 4, 3, 2, 1, 2, 1),
    11: (4, 32, 32, 4, 5, 5, 1, 1, 2, 2),  # maximum work
    12: (4, 32, 29, 4, 4, 5, 2, 3, 1, 2),
}
Ci, H, W, Co, KH, KW, SH, SW, PH, PW = PROFILES[case]


def row(n, bound):
    return " ".join(f"{rng.uniform(-bound, bound):.3f}" for _ in range(n))


out = [f"{Ci} {H} {W}", f"{Co} {KH} {KW}", f"{SH} {SW} {PH} {PW}"]
out += [row(W, 5.0) for _ in range(Ci * H)]
out += [row(KW, 1.0) for _ in range(Co * Ci * KH)]
out.append(row(Co, 1.0))
print("\n".join(out))
