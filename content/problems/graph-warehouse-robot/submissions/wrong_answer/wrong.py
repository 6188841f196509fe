# Plausible mistake: the frontier is a plain Python list and the next cell is taken with
# q.pop() -- from the END of the list. The search silently becomes a depth-first search:
# every cell is still reached (so unreachable cases print -1 correctly), but the distance
# recorded the first time a cell is seen follows a winding route, not the shortest one.
import sys

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
q = [start]
while q:
    x, y = q.pop()  # should be a deque and popleft()
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < R and 0 <= ny < C and dist[nx][ny] == -1 and grid[nx][ny] != "#":
            dist[nx][ny] = dist[x][y] + 1
            q.append((nx, ny))
print(dist[end[0]][end[1]])
