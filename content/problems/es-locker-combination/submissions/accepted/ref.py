import sys


def main():
    data = sys.stdin.read().split()
    L, n = int(data[0]), int(data[1])
    tries = [(data[2 + 2 * i], int(data[3 + 2 * i])) for i in range(n)]
    count = 0
    best = None
    for v in range(10 ** L):
        code = str(v).zfill(L)
        ok = True
        for t, k in tries:
            if sum(a == b for a, b in zip(code, t)) != k:
                ok = False
                break
        if ok:
            count += 1
            if best is None:
                best = code
    print(count)
    print(best if best is not None else -1)


main()
