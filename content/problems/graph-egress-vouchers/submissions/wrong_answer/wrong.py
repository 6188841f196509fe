# Plausible mistake (greedy): find the ordinary cheapest route first, then spend the vouchers on its
# K most expensive links. A route that is pricier without vouchers can be cheaper with them.
import sys
import heapq

input = sys.stdin.readline
n, m, k = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    u, v, w = map(int, input().split())
    adj[u].append((v, w))
    adj[v].append((u, w))
INF = float("inf")
dist = [INF] * (n + 1)
prev = [None] * (n + 1)
dist[1] = 0
pq = [(0, 1)]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist[u]:
        continue
    for v, w in adj[u]:
        if d + w < dist[v]:
            dist[v] = d + w
            prev[v] = (u, w)
            heapq.heappush(pq, (d + w, v))
if dist[n] == INF:
    print(-1)
else:
    costs = []
    v = n
    while v != 1:
        u, w = prev[v]
        costs.append(w)
        v = u
    costs.sort(reverse=True)
    print(sum(costs[k:]))
