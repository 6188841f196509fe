# Plausible mistake (greedy): from wherever the engineer is, always drive to the nearest unvisited site.
import sys

input = sys.stdin.readline
n = int(input())
t = [list(map(int, input().split())) for _ in range(n + 1)]
cur, total = 0, 0
left = set(range(1, n + 1))
while left:
    nxt = min(left, key=lambda v: (t[cur][v], v))
    total += t[cur][nxt]
    left.remove(nxt)
    cur = nxt
print(total)
