# Plausible mistake: the binary search starts at 1 and the feasibility check never asks whether a
# single layer is larger than the limit; such a layer just "opens a new stage" and overflows it.
import sys

input = sys.stdin.readline
n, k = map(int, input().split())
c = list(map(int, input().split()))


def ok(limit):
    stages, cur = 1, 0
    for x in c:
        if cur + x > limit:
            stages += 1
            cur = x
        else:
            cur += x
    return stages <= k


lo, hi = 1, sum(c)
while lo < hi:
    mid = (lo + hi) // 2
    if ok(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
