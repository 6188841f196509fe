# Plausible mistake (greedy): take as many of the largest bundle as possible, then the next, ...
import sys

input = sys.stdin.readline
k, x = map(int, input().split())
sizes = sorted(map(int, input().split()), reverse=True)
count = 0
for s in sizes:
    count += x // s
    x %= s
print(count if x == 0 else -1)
