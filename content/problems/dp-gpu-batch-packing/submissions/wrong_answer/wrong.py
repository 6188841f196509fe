# Plausible mistake: the 1-D knapsack loop runs the capacity upwards, so dp[c - w] may already include
# the same request, i.e. one request can be packed several times.
import sys

input = sys.stdin.readline
n, m = map(int, input().split())
dp = [0] * (m + 1)
for _ in range(n):
    w, v = map(int, input().split())
    for c in range(w, m + 1):
        if dp[c - w] + v > dp[c]:
            dp[c] = dp[c - w] + v
print(dp[m])
