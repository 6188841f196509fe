#!/usr/bin/env python3
# Plausible mistake: builds the ROC curve one sample at a time after sorting by score, without
# grouping equal scores into one threshold. Tied positives/negatives then form a staircase whose
# shape depends on the input order instead of the diagonal segment that counts ties as 1/2.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    s = [float(t) for t in data[1:1 + n]]
    y = [int(t) for t in data[1 + n:1 + 2 * n]]
    P = sum(y)
    Q = n - P
    order = sorted(range(n), key=lambda i: -s[i])
    tp = fp = 0
    area = 0  # in units of (1/P)*(1/Q)
    for i in order:
        if y[i]:
            tp += 1
        else:
            fp += 1
            area += tp   # a negative moves the curve right at the current height
    print(f"{area / (P * Q):.10f}")


main()
