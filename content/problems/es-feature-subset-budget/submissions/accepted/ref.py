import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, B = data[0], data[1]
    c = data[2:2 + n]
    g = data[2 + n:2 + 2 * n]
    p = [data[2 + 2 * n + i * n:2 + 2 * n + (i + 1) * n] for i in range(n)]
    full = 1 << n
    cost = [0] * full
    score = [0] * full
    best = 0
    for mask in range(1, full):
        low = (mask & -mask).bit_length() - 1
        rest = mask & (mask - 1)
        cost[mask] = cost[rest] + c[low]
        # score grows by the new feature's gain minus its penalties with the features already in
        s = score[rest] + g[low]
        row = p[low]
        r = rest
        while r:
            j = (r & -r).bit_length() - 1
            s -= row[j]
            r &= r - 1
        score[mask] = s
        if cost[mask] <= B and s > best:
            best = s
    print(best)


main()
