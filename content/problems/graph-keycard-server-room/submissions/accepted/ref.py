import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    grid = "".join(data[2:2 + r])
    n = r * c
    start = grid.index("S")
    # need[v]: bit required to enter v (0 = none, -1 = wall); give[v]: bit collected on v
    need = [0] * n
    give = [0] * n
    for v, ch in enumerate(grid):
        if ch == "#":
            need[v] = -1
        elif "A" <= ch <= "F":
            need[v] = 1 << (ord(ch) - 65)
        elif "a" <= ch <= "f":
            give[v] = 1 << (ord(ch) - 97)
    nbrs = []
    for v in range(n):
        i, j = divmod(v, c)
        lst = []
        if i > 0: lst.append(v - c)
        if i < r - 1: lst.append(v + c)
        if j > 0: lst.append(v - 1)
        if j < c - 1: lst.append(v + 1)
        nbrs.append([w for w in lst if need[w] != -1])
    seen = bytearray(n * 64)
    seen[start * 64] = 1
    q = deque([(start, 0)])
    dist = 0
    while q:
        for _ in range(len(q)):
            v, k = q.popleft()
            if grid[v] == "T":
                print(dist)
                return
            for w in nbrs[v]:
                nd = need[w]
                if nd and not (k & nd):
                    continue
                nk = k | give[w]
                s = w * 64 + nk
                if not seen[s]:
                    seen[s] = 1
                    q.append((w, nk))
        dist += 1
    print(-1)


main()
