# Plausible mistake: prunes with break, a habit from sorted-input templates; the lengths here
# are not sorted, so later shorter tracks are never tried.
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, T = data[0], data[1]
    d = data[2:2 + n]
    count = 0
    first = None
    chosen = []

    def go(start, s):
        nonlocal count, first
        if s == T:
            count += 1
            if first is None:
                first = list(chosen)
            # the remaining lengths are positive, so nothing longer can also sum to T
            return
        for j in range(start, n):
            if s + d[j] > T:
                break  # BUG: only valid if the lengths were sorted
            chosen.append(j + 1)
            go(j + 1, s + d[j])
            chosen.pop()

    go(0, 0)
    print(count)
    print(" ".join(map(str, first)) if first else -1)


main()
