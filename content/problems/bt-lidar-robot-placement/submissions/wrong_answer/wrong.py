# Plausible mistake: checks the whole row and column for another robot, forgetting that
# a pillar blocks the lidar.
import sys


def main():
    data = sys.stdin.read().split()
    R, C, K = int(data[0]), int(data[1]), int(data[2])
    g = data[3:3 + R]
    cells = [(r, c) for r in range(R) for c in range(C) if g[r][c] == "."]
    n = len(cells)
    rowu = [False] * R
    colu = [False] * C
    count = 0

    def go(i, left):
        nonlocal count
        if left == 0:
            count += 1
            return
        if n - i < left:
            return
        r, c = cells[i]
        if not rowu[r] and not colu[c]:
            rowu[r] = colu[c] = True
            go(i + 1, left - 1)
            rowu[r] = colu[c] = False
        go(i + 1, left)

    go(0, K)
    print(count)


main()
