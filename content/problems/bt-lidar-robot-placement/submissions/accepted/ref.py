import sys


def main():
    data = sys.stdin.read().split()
    R, C, K = int(data[0]), int(data[1]), int(data[2])
    g = data[3:3 + R]
    # every free cell belongs to one horizontal and one vertical wall-free segment;
    # two robots see each other exactly when they share a segment
    hseg = [[-1] * C for _ in range(R)]
    vseg = [[-1] * C for _ in range(R)]
    nh = nv = 0
    for r in range(R):
        for c in range(C):
            if g[r][c] == ".":
                if c > 0 and g[r][c - 1] == ".":
                    hseg[r][c] = hseg[r][c - 1]
                else:
                    hseg[r][c] = nh
                    nh += 1
                if r > 0 and g[r - 1][c] == ".":
                    vseg[r][c] = vseg[r - 1][c]
                else:
                    vseg[r][c] = nv
                    nv += 1
    cells = [(hseg[r][c], vseg[r][c]) for r in range(R) for c in range(C) if g[r][c] == "."]
    n = len(cells)
    hu = [False] * nh
    vu = [False] * nv
    count = 0

    def go(i, left):
        nonlocal count
        if left == 0:
            count += 1
            return
        if n - i < left:
            return
        h, v = cells[i]
        if not hu[h] and not vu[v]:
            hu[h] = vu[v] = True
            go(i + 1, left - 1)
            hu[h] = vu[v] = False
        go(i + 1, left)

    go(0, K)
    print(count)


main()
