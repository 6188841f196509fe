#!/usr/bin/env python3
# Plausible mistake: the nearest-centroid scan uses "<=", so a tie goes to the LAST closest
# centroid instead of the lowest index. Everything else is correct.
import sys


def main():
    data = sys.stdin.read().split()
    N, K, D = map(int, data[:3])
    v = list(map(int, data[3:]))
    X = [v[i * D:(i + 1) * D] for i in range(N)]
    C = [v[N * D + k * D:N * D + (k + 1) * D] for k in range(K)]
    assign, inertia = [], 0
    for x in X:
        best, bi = None, -1
        for k, c in enumerate(C):
            d = sum((a - b) ** 2 for a, b in zip(x, c))
            if best is None or d <= best:
                best, bi = d, k
        assign.append(bi)
        inertia += best
    sums = [[0.0] * D for _ in range(K)]
    cnt = [0] * K
    for x, a in zip(X, assign):
        cnt[a] += 1
        for j in range(D):
            sums[a][j] += x[j]
    out = [" ".join(map(str, assign))]
    for k in range(K):
        row = [s / cnt[k] for s in sums[k]] if cnt[k] else [float(c) for c in C[k]]
        out.append(" ".join(f"{x:.9f}" for x in row))
    out.append(str(inertia))
    sys.stdout.write("\n".join(out) + "\n")


main()
