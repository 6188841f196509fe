# Plausible mistake: every tile kind is tried in both orientations h×w and w×h, also when h == w.
# A square tile then produces the same rectangle twice, so layouts with k square tiles are
# counted 2^k times.
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    R, C, K = data[0], data[1], data[2]
    tiles = [(data[3 + 2 * i], data[4 + 2 * i]) for i in range(K)]
    empty = R * C - sum(h * w for h, w in tiles)
    if empty < 0:
        print(0)
        return
    kinds = {}
    for h, w in tiles:
        key = (min(h, w), max(h, w))
        kinds[key] = kinds.get(key, 0) + 1
    keys = sorted(kinds)
    left = [kinds[k] for k in keys]
    grid = [[False] * C for _ in range(R)]
    sys.setrecursionlimit(10000)

    def fits(r, c, h, w):
        if r + h > R or c + w > C:
            return False
        return all(not grid[r + i][c + j] for i in range(h) for j in range(w))

    def mark(r, c, h, w, v):
        for i in range(h):
            for j in range(w):
                grid[r + i][c + j] = v

    def go(pos, e):
        while pos < R * C and grid[pos // C][pos % C]:
            pos += 1
        if pos == R * C:
            return 1
        r, c = divmod(pos, C)
        total = 0
        if e:
            grid[r][c] = True
            total += go(pos + 1, e - 1)
            grid[r][c] = False
        for t, (a, b) in enumerate(keys):
            if not left[t]:
                continue
            left[t] -= 1
            for h, w in ((a, b), (b, a)):  # BUG: a square is tried twice
                if fits(r, c, h, w):
                    mark(r, c, h, w, True)
                    total += go(pos + 1, e)
                    mark(r, c, h, w, False)
            left[t] += 1
        return total

    print(go(0, empty))


main()
