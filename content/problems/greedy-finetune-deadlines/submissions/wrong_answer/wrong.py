# Plausible mistake (greedy without exchange): earliest deadline first, accept a job only if it still
# fits, and never reconsider an accepted long job.
import sys

input = sys.stdin.readline
n = int(input())
jobs = []
for _ in range(n):
    t, d = map(int, input().split())
    jobs.append((d, t))
jobs.sort()
time = count = 0
for d, t in jobs:
    if time + t <= d:
        time += t
        count += 1
print(count)
