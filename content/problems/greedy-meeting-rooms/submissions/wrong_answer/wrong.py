# Plausible mistake: the event sweep sorts (time, +1/-1) so that at equal times the start (+1) is
# processed before the end (-1); a meeting starting exactly when another ends then needs a new room.
import sys

input = sys.stdin.readline
n = int(input())
events = []
for _ in range(n):
    s, e = map(int, input().split())
    events.append((s, 1))
    events.append((e, -1))
events.sort(key=lambda x: (x[0], -x[1]))
cur = best = 0
for _, d in events:
    cur += d
    best = max(best, cur)
print(best)
