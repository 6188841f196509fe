# Plausible mistake: the two-pointer sliding window for "subarray sum = K". It relies on sums growing
# when the window grows, which is false once drifts can be negative (or zero).
import sys

input = sys.stdin.readline
n, k = map(int, input().split())
a = list(map(int, input().split()))
count = 0
left = 0
s = 0
for right in range(n):
    s += a[right]
    while s > k and left <= right:
        s -= a[left]
        left += 1
    if s == k and left <= right:
        count += 1
print(count)
