# Plausible mistake: plain grid BFS whose visited array ignores which keycards are held.
# Once a cell is visited it can never be re-entered, so "fetch a key, then come back" routes are lost.
import sys
from collections import deque

input = sys.stdin.readline
R, C = map(int, input().split())
g = [input().strip() for _ in range(R)]
for i in range(R):
    for j in range(C):
        if g[i][j] == "S":
            sx, sy = i, j
visited = [[False] * C for _ in range(R)]
visited[sx][sy] = True
q = deque([(sx, sy, 0, 0)])
ans = -1
while q:
    x, y, keys, d = q.popleft()
    if g[x][y] == "T":
        ans = d
        break
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < R and 0 <= ny < C and not visited[nx][ny]:
            ch = g[nx][ny]
            if ch == "#":
                continue
            if ch.isupper() and ch not in "ST" and not keys & (1 << (ord(ch) - ord("A"))):
                continue
            nk = keys
            if ch.islower():
                nk |= 1 << (ord(ch) - ord("a"))
            visited[nx][ny] = True
            q.append((nx, ny, nk, d + 1))
print(ans)
