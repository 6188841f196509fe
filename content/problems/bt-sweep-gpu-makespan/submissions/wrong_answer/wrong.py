# Plausible mistake: the classic greedy (longest run first onto the least loaded GPU),
# which is a good heuristic but not optimal.
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k = data[0], data[1]
    d = sorted(data[2:2 + n], reverse=True)
    load = [0] * k
    for x in d:
        load[load.index(min(load))] += x
    print(max(load))


main()
