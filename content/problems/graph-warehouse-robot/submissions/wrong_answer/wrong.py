# Plausible mistake: the bounds check uses R for both coordinates (copy-paste bug).
# Works on square grids, explores too few columns when C > R and crashes/mis-counts when C < R.
import sys
from collections import deque

R, C = map(int, sys.stdin.readline().split())
grid = [sys.stdin.readline().strip() for _ in range(R)]
for i in range(R):
    for j in range(C):
        if grid[i][j] == "S":
            start = (i, j)
        elif grid[i][j] == "E":
            end = (i, j)
dist = [[-1] * C for _ in range(R)]
dist[start[0]][start[1]] = 0
q = deque([start])
while q:
    x, y = q.popleft()
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < R and 0 <= ny < R and dist[nx][ny] == -1 and grid[nx][ny] != "#":
            dist[nx][ny] = dist[x][y] + 1
            q.append((nx, ny))
print(dist[end[0]][end[1]])
