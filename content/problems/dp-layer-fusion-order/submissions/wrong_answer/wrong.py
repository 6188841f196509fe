# Plausible mistake (greedy): always multiply the adjacent pair that is cheapest right now.
import sys

input = sys.stdin.readline
n = int(input())
d = list(map(int, input().split()))
total = 0
while len(d) > 2:
    best_k = min(range(1, len(d) - 1), key=lambda k: d[k - 1] * d[k] * d[k + 1])
    total += d[best_k - 1] * d[best_k] * d[best_k + 1]
    d.pop(best_k)
print(total)
