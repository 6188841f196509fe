import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n, G = int(data[0]), int(data[1])
    jobs = [tuple(map(int, data[2 + 4 * i:6 + 4 * i])) for i in range(n)]
    start = [0] * n
    running = []  # (end time, gpus)
    waiting = []  # (-priority, submit time, id)
    free = G
    nxt = 0  # next job not yet submitted
    done = 0
    t = 0
    while done < n:
        # the next moment something happens
        cand = []
        if nxt < n:
            cand.append(jobs[nxt][0])
        if running:
            cand.append(running[0][0])
        t = min(cand)
        while running and running[0][0] <= t:
            free += heapq.heappop(running)[1]
        while nxt < n and jobs[nxt][0] <= t:
            s, g, d, p = jobs[nxt]
            heapq.heappush(waiting, (-p, s, nxt))
            nxt += 1
        while waiting and jobs[waiting[0][2]][1] <= free:
            _, _, i = heapq.heappop(waiting)
            start[i] = t
            free -= jobs[i][1]
            heapq.heappush(running, (t + jobs[i][2], jobs[i][1]))
            done += 1
    sys.stdout.write("\n".join(map(str, start)) + "\n")


main()
