import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    low = []    # max-heap (negated): the smaller half, holds the extra element when the count is odd
    high = []   # min-heap: the larger half
    out = []
    push, pop, pushpop = heapq.heappush, heapq.heappop, heapq.heappushpop
    for x in map(int, data[1:1 + n]):
        # route x through `low` so that max(low) <= min(high) always holds
        y = -pushpop(low, -x) if low else x
        push(high, y)
        if len(high) > len(low):
            push(low, -pop(high))
        out.append(-low[0])        # lower median
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
