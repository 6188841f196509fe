import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    grid = data[2:2 + r]
    flat = "".join(grid)
    s = flat.index("S")
    e = flat.index("E")
    dist = [-1] * (r * c)
    dist[s] = 0
    q = deque([s])
    while q:
        v = q.popleft()
        if v == e:
            break
        d = dist[v] + 1
        i, j = divmod(v, c)
        if i > 0 and dist[v - c] < 0 and flat[v - c] != "#":
            dist[v - c] = d; q.append(v - c)
        if i < r - 1 and dist[v + c] < 0 and flat[v + c] != "#":
            dist[v + c] = d; q.append(v + c)
        if j > 0 and dist[v - 1] < 0 and flat[v - 1] != "#":
            dist[v - 1] = d; q.append(v - 1)
        if j < c - 1 and dist[v + 1] < 0 and flat[v + 1] != "#":
            dist[v + 1] = d; q.append(v + 1)
    print(dist[e])


main()
