# Plausible mistake: the two heaps are rebalanced only in one direction (low -> high), so after a run of
# large values `high` grows bigger than `low` and low's top is no longer the median.
import sys
import heapq

input = sys.stdin.readline
n = int(input())
a = list(map(int, input().split()))
low, high = [], []
res = []
for x in a:
    if not low or x <= -low[0]:
        heapq.heappush(low, -x)
    else:
        heapq.heappush(high, x)
    if len(low) > len(high) + 1:
        heapq.heappush(high, -heapq.heappop(low))
    res.append(-low[0])
print(*res)
