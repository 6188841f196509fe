# Plausible mistake: floods in 8 directions, so alerts that only touch at a corner get merged.
import sys
from collections import deque

R, C = map(int, sys.stdin.readline().split())
g = [list(sys.stdin.readline().strip()) for _ in range(R)]
seen = [[False] * C for _ in range(R)]
zones = best = 0
for i in range(R):
    for j in range(C):
        if g[i][j] == "1" and not seen[i][j]:
            zones += 1
            seen[i][j] = True
            q = deque([(i, j)])
            size = 0
            while q:
                x, y = q.popleft()
                size += 1
                for dx in (-1, 0, 1):
                    for dy in (-1, 0, 1):
                        nx, ny = x + dx, y + dy
                        if 0 <= nx < R and 0 <= ny < C and g[nx][ny] == "1" and not seen[nx][ny]:
                            seen[nx][ny] = True
                            q.append((nx, ny))
            best = max(best, size)
print(zones, best)
