# Plausible mistake: when the head of the queue does not fit, it lets the following jobs
# that do fit start anyway (backfilling), which the rules forbid.
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n, G = int(data[0]), int(data[1])
    jobs = [tuple(map(int, data[2 + 4 * i:6 + 4 * i])) for i in range(n)]
    start = [0] * n
    running = []
    waiting = []
    free = G
    nxt = 0
    done = 0
    while done < n:
        cand = []
        if nxt < n:
            cand.append(jobs[nxt][0])
        if running:
            cand.append(running[0][0])
        t = min(cand)
        while running and running[0][0] <= t:
            free += heapq.heappop(running)[1]
        while nxt < n and jobs[nxt][0] <= t:
            heapq.heappush(waiting, (-jobs[nxt][3], jobs[nxt][0], nxt))
            nxt += 1
        skipped = []
        while waiting:
            item = heapq.heappop(waiting)
            i = item[2]
            if jobs[i][1] <= free:
                start[i] = t
                free -= jobs[i][1]
                heapq.heappush(running, (t + jobs[i][2], jobs[i][1]))
                done += 1
            else:
                skipped.append(item)
        for item in skipped:
            heapq.heappush(waiting, item)
    sys.stdout.write("\n".join(map(str, start)) + "\n")


main()
