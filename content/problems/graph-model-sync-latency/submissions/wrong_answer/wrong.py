# Plausible mistake: a node is marked "done" when it is first pushed instead of when it is popped,
# so a later, cheaper detour can never improve its latency.
import sys
import heapq

input = sys.stdin.readline
n, m, s = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    u, v, w = map(int, input().split())
    adj[u].append((v, w))
dist = [-1] * (n + 1)
dist[s] = 0
done = [False] * (n + 1)
done[s] = True
pq = [(0, s)]
while pq:
    d, u = heapq.heappop(pq)
    for v, w in adj[u]:
        if not done[v]:
            done[v] = True
            dist[v] = d + w
            heapq.heappush(pq, (dist[v], v))
reached = [x for x in dist[1:] if x >= 0]
print(max(reached), n - len(reached))
