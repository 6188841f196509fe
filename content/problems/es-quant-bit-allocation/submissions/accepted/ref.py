# Reference: every assignment of {2, 4, 8} bits in lexicographic order (at most 3^8 = 6561),
# pruned at the first neighbour pair more than one step apart; keep the first smallest error.
import sys

BITS = (2, 4, 8)


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    layers = [tuple(int(v) for v in data[2 + 4 * i: 6 + 4 * i]) for i in range(n)]
    budget = 8 * m
    best = [None, None]
    chosen = []

    def go(i, used, err):
        if used > budget:
            return
        if i == n:
            if best[0] is None or err < best[0]:
                best[0], best[1] = err, list(chosen)
            return
        p = layers[i][0]
        for k, b in enumerate(BITS):
            if chosen and abs(BITS.index(chosen[-1]) - k) > 1:
                continue
            chosen.append(b)
            go(i + 1, used + p * b, err + layers[i][1 + k])
            chosen.pop()

    go(0, 0, 0)
    if best[0] is None:
        print(-1)
    else:
        print(best[0])
        print(*best[1])


main()
