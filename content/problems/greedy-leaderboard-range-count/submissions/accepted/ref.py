import sys
from bisect import bisect_left, bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    s = sorted(map(int, data[2:2 + n]))
    vals = list(map(int, data[2 + n:2 + n + 2 * q]))
    # count of scores x with lo <= x <= hi
    out = [bisect_right(s, hi) - bisect_left(s, lo) for lo, hi in zip(vals[0::2], vals[1::2])]
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
