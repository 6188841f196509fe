# Typical mistake: works with integers and prints the smallest code without its leading zeros.
import sys


def main():
    data = sys.stdin.read().split()
    L, n = int(data[0]), int(data[1])
    tries = [(data[2 + 2 * i], int(data[3 + 2 * i])) for i in range(n)]
    count = 0
    best = None
    for v in range(10 ** L):
        code = str(v).zfill(L)
        if all(sum(a == b for a, b in zip(code, t)) == k for t, k in tries):
            count += 1
            if best is None:
                best = v
    print(count)
    print(best if best is not None else -1)


main()
