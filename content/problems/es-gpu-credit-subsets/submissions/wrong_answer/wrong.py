# Plausible mistake: meet in the middle, but the upper bound uses bisect_left,
# so subsets whose total is exactly R are not counted.
import sys
from bisect import bisect_left


def subset_sums(vals):
    sums = [0]
    for v in vals:
        sums += [s + v for s in sums]
    return sums


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, L, R = data[0], data[1], data[2]
    h = data[3:3 + n]
    left = subset_sums(h[:n // 2])
    right = sorted(subset_sums(h[n // 2:]))
    total = 0
    for a in left:
        total += bisect_left(right, R - a) - bisect_left(right, L - a)
    print(total)


main()
