import sys


def main():
    data = sys.stdin.buffer.read().split()
    k, x = int(data[0]), int(data[1])
    sizes = sorted(set(int(v) for v in data[2:2 + k]))
    INF = x + 1
    best = [0] + [INF] * x          # best[h] = fewest bundles summing to exactly h hours
    for h in range(1, x + 1):
        b = INF
        for s in sizes:
            if s > h:
                break
            c = best[h - s]
            if c < b:
                b = c
        best[h] = b + 1 if b < INF else INF
    print(best[x] if best[x] <= x else -1)


main()
