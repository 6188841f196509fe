# Plausible mistake: treats a job that ends at time t and one that starts at t as overlapping
# (bisect_left instead of bisect_right), although intervals are half-open [s, e).
import sys
from bisect import bisect_left

input = sys.stdin.readline
n = int(input())
jobs = []
for _ in range(n):
    s, e, p = map(int, input().split())
    jobs.append((e, s, p))
jobs.sort()
ends = [j[0] for j in jobs]
dp = [0] * (n + 1)
for i in range(n):
    e, s, p = jobs[i]
    k = bisect_left(ends, s, 0, i)
    dp[i + 1] = max(dp[i], dp[k] + p)
print(dp[n])
