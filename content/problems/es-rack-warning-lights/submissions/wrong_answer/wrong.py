# Plausible mistake: "chase the lights" downward but never pressing anything in the first row.
import sys


def main():
    data = sys.stdin.read().split()
    R, C = int(data[0]), int(data[1])
    g = [[ch == "#" for ch in data[2 + i]] for i in range(R)]
    total = 0

    def press(r, c):
        for dr, dc in ((0, 0), (1, 0), (-1, 0), (0, 1), (0, -1)):
            a, b = r + dr, c + dc
            if 0 <= a < R and 0 <= b < C:
                g[a][b] = not g[a][b]

    for r in range(1, R):
        for c in range(C):
            if g[r - 1][c]:
                press(r, c)
                total += 1
    print(total if not any(g[R - 1]) else -1)


main()
