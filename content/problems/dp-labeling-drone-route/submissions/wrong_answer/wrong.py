# Plausible mistake (greedy): at every tile move towards the neighbour (right or down) with more labels.
import sys

input = sys.stdin.readline
R, C = map(int, input().split())
g = [list(map(int, input().split())) for _ in range(R)]
i = j = 0
total = g[0][0]
while (i, j) != (R - 1, C - 1):
    if i == R - 1:
        j += 1
    elif j == C - 1:
        i += 1
    elif g[i][j + 1] >= g[i + 1][j]:
        j += 1
    else:
        i += 1
    total += g[i][j]
print(total)
