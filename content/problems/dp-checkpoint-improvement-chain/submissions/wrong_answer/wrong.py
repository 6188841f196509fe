# Plausible mistake: bisect_right in the patience-sorting LIS. Equal accuracies then extend a chain,
# so this computes the longest NON-decreasing chain instead of a strictly increasing one.
import sys
from bisect import bisect_right

input = sys.stdin.readline
n = int(input())
a = list(map(int, input().split()))
tails = []
for x in a:
    k = bisect_right(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
print(len(tails))
