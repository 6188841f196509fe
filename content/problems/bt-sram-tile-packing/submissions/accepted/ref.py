# Backtracking over the first undecided cell (row-major): leave it empty (while the empty-cell
# budget lasts) or put a remaining tile kind there as its top-left corner. The grid is a bitmask.
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    R, C, K = data[0], data[1], data[2]
    tiles = [(data[3 + 2 * i], data[4 + 2 * i]) for i in range(K)]
    N = R * C
    empty = N - sum(h * w for h, w in tiles)
    if empty < 0:
        print(0)
        return
    kinds = {}
    for h, w in tiles:
        key = (min(h, w), max(h, w))
        kinds[key] = kinds.get(key, 0) + 1
    keys = sorted(kinds)
    left = [kinds[k] for k in keys]
    # place[t][p]: masks of kind t with its top-left corner at cell p, one per distinct orientation
    place = []
    for a, b in keys:
        per = [[] for _ in range(N)]
        for h, w in ([(a, b)] if a == b else [(a, b), (b, a)]):
            for r in range(R - h + 1):
                for c in range(C - w + 1):
                    m = 0
                    for i in range(h):
                        m |= ((1 << w) - 1) << ((r + i) * C + c)
                    per[r * C + c].append(m)
        place.append(per)
    full = (1 << N) - 1
    T = len(keys)
    sys.setrecursionlimit(10000)

    def go(occ, e):
        if occ == full:
            return 1
        p = (~occ & (occ + 1)).bit_length() - 1  # first undecided cell
        total = 0
        if e:
            total += go(occ | (1 << p), e - 1)
        for t in range(T):
            if left[t]:
                left[t] -= 1
                for m in place[t][p]:
                    if not occ & m:
                        total += go(occ | m, e)
                left[t] += 1
        return total

    print(go(0, empty))


main()
