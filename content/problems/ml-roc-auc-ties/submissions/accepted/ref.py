#!/usr/bin/env python3
# Reference: ROC AUC with ties counted as 1/2, via average ranks (Mann-Whitney U), numpy.
import sys

import numpy as np


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    s = np.array(data[1:1 + n], dtype=np.float64)
    y = np.array(data[1 + n:1 + 2 * n], dtype=np.int64)
    P = int(y.sum())
    Q = n - P
    # average 1-based ranks: rank of a group of equal scores = mean of the positions it spans
    uniq, inv, cnt = np.unique(s, return_inverse=True, return_counts=True)
    last = np.cumsum(cnt)                      # last 1-based position of each group
    avg_rank = last - (cnt - 1) / 2.0
    rank_sum_pos2 = int(np.round(2 * avg_rank[inv][y == 1].sum()))   # exact: multiple of 1/2
    u2 = rank_sum_pos2 - P * (P + 1)           # 2·U = 2·(pairs pos > neg) + (pos = neg ties)
    print(f"{u2 / (2.0 * P * Q):.10f}")


main()
