import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    jobs = sorted(zip(vals[1::2], vals[0::2]))     # (deadline, duration), earliest deadline first
    heap = []                                      # max-heap (negated) of accepted durations
    total = 0
    for d, t in jobs:
        heapq.heappush(heap, -t)
        total += t
        if total > d:
            # drop the longest accepted job: same count, smallest finishing time
            total += heapq.heappop(heap)
    print(len(heap))


main()
