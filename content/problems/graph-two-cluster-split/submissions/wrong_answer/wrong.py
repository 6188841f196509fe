# Plausible mistake: the graph is built only from the conflict list, so jobs without any conflict
# are never visited and their free choice of cluster is not counted.
import sys
from collections import defaultdict, deque

input = sys.stdin.readline
MOD = 10**9 + 7
n, m = map(int, input().split())
adj = defaultdict(list)
for _ in range(m):
    u, v = map(int, input().split())
    adj[u].append(v)
    adj[v].append(u)
color = {}
ways = 1
ok = True
for s in list(adj):
    if s in color:
        continue
    ways = ways * 2 % MOD
    color[s] = 0
    q = deque([s])
    while q and ok:
        u = q.popleft()
        for v in adj[u]:
            if v not in color:
                color[v] = 1 - color[u]
                q.append(v)
            elif color[v] == color[u]:
                ok = False
                break
print(ways if ok else 0)
