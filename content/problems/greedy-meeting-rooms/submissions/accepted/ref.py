import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    starts = sorted(map(int, data[1:1 + 2 * n:2]))
    ends = sorted(map(int, data[2:2 + 2 * n:2]))
    # sweep: a room freed at time t can host a meeting starting at t, so process ends first on ties
    used = best = 0
    j = 0
    for s in starts:
        while ends[j] <= s:
            j += 1
            used -= 1
        used += 1
        if used > best:
            best = used
    print(best)


main()
