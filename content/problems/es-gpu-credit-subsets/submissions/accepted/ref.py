import sys


def subset_sums(vals):
    sums = [0]
    for v in vals:
        sums += [s + v for s in sums]
    return sums


def count_at_most(A, B, x):
    """Number of pairs (a, b) with a + b <= x; A and B sorted ascending (two pointers)."""
    j = len(B)
    total = 0
    for a in A:
        t = x - a
        while j and B[j - 1] > t:
            j -= 1
        if not j:
            break
        total += j
    return total


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, L, R = data[0], data[1], data[2]
    h = data[3:3 + n]
    A = sorted(subset_sums(h[:n // 2]))
    B = sorted(subset_sums(h[n // 2:]))
    print(count_at_most(A, B, R) - count_at_most(A, B, L - 1))


main()
