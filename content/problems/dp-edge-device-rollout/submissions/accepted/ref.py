import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = [list(map(int, data[1 + i * (n + 1):1 + (i + 1) * (n + 1)])) for i in range(n + 1)]
    INF = float("inf")
    full = (1 << n) - 1
    # best[mask][v]: shortest time from HQ visiting exactly the sites in mask, standing at site v (in mask)
    best = [[INF] * n for _ in range(1 << n)]
    for v in range(n):
        best[1 << v][v] = t[0][v + 1]
    for mask in range(1, 1 << n):
        row = best[mask]
        for v in range(n):
            cur = row[v]
            if cur == INF:
                continue
            tv = t[v + 1]
            rest = full & ~mask
            while rest:
                low = rest & -rest
                w = low.bit_length() - 1
                nm = mask | low
                val = cur + tv[w + 1]
                if val < best[nm][w]:
                    best[nm][w] = val
                rest ^= low
    print(min(best[full]))


main()
