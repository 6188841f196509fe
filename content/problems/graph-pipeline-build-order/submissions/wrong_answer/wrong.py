# Plausible mistake: textbook Kahn's algorithm with a FIFO queue. The order is a valid topological
# order, but not the one the scheduler produces (it must always take the smallest ready step).
import sys
from collections import deque

input = sys.stdin.readline
n, m = map(int, input().split())
adj = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for _ in range(m):
    a, b = map(int, input().split())
    adj[a].append(b)
    indeg[b] += 1
q = deque(v for v in range(1, n + 1) if indeg[v] == 0)
order = []
while q:
    v = q.popleft()
    order.append(v)
    for w in adj[v]:
        indeg[w] -= 1
        if indeg[w] == 0:
            q.append(w)
print(-1 if len(order) < n else " ".join(map(str, order)))
