import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n, m, k = int(data[0]), int(data[1]), int(data[2])
    adj = [[] for _ in range(n + 1)]
    p = 3
    for _ in range(m):
        u, v, w = int(data[p]), int(data[p + 1]), int(data[p + 2])
        p += 3
        adj[u].append((v, w))
        adj[v].append((u, w))
    INF = float("inf")
    # state (node, vouchers used) -> index node * (k + 1) + used
    K1 = k + 1
    dist = [INF] * ((n + 1) * K1)
    dist[1 * K1] = 0
    heap = [(0, 1, 0)]
    while heap:
        d, u, used = heapq.heappop(heap)
        if d > dist[u * K1 + used]:
            continue
        if u == n:
            print(d)
            return
        for v, w in adj[u]:
            s = v * K1 + used
            if d + w < dist[s]:
                dist[s] = d + w
                heapq.heappush(heap, (d + w, v, used))
            if used < k and d < dist[s + 1]:
                dist[s + 1] = d
                heapq.heappush(heap, (d, v, used + 1))
    print(-1)


main()
