# Plausible mistake: both ends use bisect_right, so models scoring exactly `lo` are not counted.
import sys
from bisect import bisect_right

input = sys.stdin.readline
n, q = map(int, input().split())
s = sorted(map(int, input().split()))
res = []
for _ in range(q):
    lo, hi = map(int, input().split())
    res.append(bisect_right(s, hi) - bisect_right(s, lo))
print("\n".join(map(str, res)))
