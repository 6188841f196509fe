# Plausible mistake: after sorting, pair neighbours (m[i], m[i+1]) whenever they fit.
# Similar sizes end up together, although a big model is better paired with a small one.
import sys

input = sys.stdin.readline
n, cap = map(int, input().split())
m = sorted(map(int, input().split()))
i = gpus = 0
while i < n:
    if i + 1 < n and m[i] + m[i + 1] <= cap:
        i += 2
    else:
        i += 1
    gpus += 1
print(gpus)
