# Plausible mistake: removes horizontal runs first and only then searches vertical runs,
# so a gem shared by an L/T-shaped pair of runs breaks the vertical run.
import sys


def find_runs(g, R, C):
    mark = set()
    for r in range(R):
        c = 0
        while c < C:
            e = c
            while e + 1 < C and g[r][e + 1] == g[r][c]:
                e += 1
            if g[r][c] != "." and e - c + 1 >= 3:
                mark.update((r, x) for x in range(c, e + 1))
            c = e + 1
    for r, c in mark:  # BUG: clears horizontal runs before looking for vertical ones
        g[r][c] = "."
    for c in range(C):
        r = 0
        while r < R:
            e = r
            while e + 1 < R and g[e + 1][c] == g[r][c]:
                e += 1
            if g[r][c] != "." and e - r + 1 >= 3:
                mark.update((y, c) for y in range(r, e + 1))
            r = e + 1
    return mark


def gravity(g, R, C):
    for c in range(C):
        gems = [g[r][c] for r in range(R - 1, -1, -1) if g[r][c] != "."]
        for k in range(R):
            g[R - 1 - k][c] = gems[k] if k < len(gems) else "."


def main():
    data = sys.stdin.read().split()
    R, C, Q = int(data[0]), int(data[1]), int(data[2])
    g = [list(data[3 + r]) for r in range(R)]
    pos = 3 + R
    score = 0
    for _ in range(Q):
        r1, c1, r2, c2 = (int(x) - 1 for x in data[pos:pos + 4])
        pos += 4
        if g[r1][c1] == "." or g[r2][c2] == ".":
            continue
        g[r1][c1], g[r2][c2] = g[r2][c2], g[r1][c1]
        saved = [row[:] for row in g]
        mark = find_runs(g, R, C)
        if not mark:
            g[:] = saved
            g[r1][c1], g[r2][c2] = g[r2][c2], g[r1][c1]
            continue
        k = 0
        while mark:
            k += 1
            score += k * len(mark)
            for r, c in mark:
                g[r][c] = "."
            gravity(g, R, C)
            mark = find_runs(g, R, C)
    print(score)
    print("\n".join("".join(row) for row in g))


main()
