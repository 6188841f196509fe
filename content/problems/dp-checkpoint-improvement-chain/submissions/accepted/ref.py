import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tails = []          # tails[k] = smallest possible last value of a strictly increasing chain of length k+1
    for x in map(int, data[1:1 + n]):
        k = bisect_left(tails, x)   # first tail >= x: x can only extend chains ending strictly below it
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    print(len(tails))


main()
