# Plausible mistake: an idle elevator goes to the nearest waiting passenger instead of the one
# who has waited longest.
import sys
import heapq
from collections import deque


def main():
    data = list(map(int, sys.stdin.buffer.read().split()))
    F, cap, n = data[0], data[1], data[2]
    ps = [tuple(data[3 + 3 * i:6 + 3 * i]) for i in range(n)]
    up = [deque() for _ in range(F + 2)]    # waiting passengers who want to go up, per floor
    down = [deque() for _ in range(F + 2)]  # ... who want to go down
    wait_cnt = [0] * (F + 2)
    ride = [[] for _ in range(F + 2)]       # riders by destination floor
    riders = 0
    waiting_total = 0
    boarded = [False] * n
    order = []                              # heap of (t, id) over waiting passengers (lazy deletion)
    done = [0] * n
    finished = 0
    f, d = 1, 0                             # d: 1 up, -1 down, 0 idle
    T = 0
    nxt = 0
    while finished < n:
        if d == 0 and riders == 0 and waiting_total == 0 and ps[nxt][0] > T:
            T = ps[nxt][0]                  # nothing happens until the next arrival
        while nxt < n and ps[nxt][0] <= T:
            t, a, b = ps[nxt]
            (up if b > a else down)[a].append(nxt)
            wait_cnt[a] += 1
            waiting_total += 1
            heapq.heappush(order, (t, nxt))
            nxt += 1
        # (a) riders whose destination is this floor get off
        if ride[f]:
            for i in ride[f]:
                done[i] = T
            finished += len(ride[f])
            riders -= len(ride[f])
            ride[f] = []
        # (b) direction
        if d == 1:
            if not (riders or up[f] or any(wait_cnt[g] for g in range(f + 1, F + 1))):
                d = -1 if waiting_total else 0
        elif d == -1:
            if not (riders or down[f] or any(wait_cnt[g] for g in range(1, f))):
                d = 1 if waiting_total else 0
        elif waiting_total:
            # BUG: heads for the nearest waiting passenger instead of the one who waited longest
            best = None
            for g in range(1, F + 1):
                for i in list(up[g]) + list(down[g]):
                    key = (abs(g - f), ps[i][0], i)
                    if best is None or key < best:
                        best = key
            t, a, b = ps[best[2]]
            d = 1 if a > f else -1 if a < f else (1 if b > a else -1)
        # (c) boarding, in arrival order, only passengers going our way
        q = up[f] if d == 1 else down[f] if d == -1 else None
        while q and riders < cap:
            i = q.popleft()
            boarded[i] = True
            wait_cnt[f] -= 1
            waiting_total -= 1
            riders += 1
            ride[ps[i][2]].append(i)
        # (d) move
        f += d
        T += 1
    sys.stdout.write("\n".join(map(str, done)) + "\n")


main()
