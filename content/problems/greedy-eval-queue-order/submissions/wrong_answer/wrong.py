# Plausible mistake: "most important first" -- sort by weight (descending), break ties by the shorter job.
# It ignores how long an important job keeps everybody else waiting.
import sys

input = sys.stdin.readline
n = int(input())
jobs = [tuple(map(int, input().split())) for _ in range(n)]
jobs.sort(key=lambda j: (-j[1], j[0]))
time = total = 0
for t, w in jobs:
    time += t
    total += w * time
print(total)
