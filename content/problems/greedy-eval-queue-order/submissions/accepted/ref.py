import sys
from functools import cmp_to_key


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    vals = list(map(int, data[1:1 + 2 * n]))
    jobs = list(zip(vals[0::2], vals[1::2]))          # (t, w)

    # Smith's rule: i before j iff t_i / w_i < t_j / w_j, compared exactly as t_i * w_j < t_j * w_i.
    # (exchange argument: swapping adjacent i, j changes the cost by t_j * w_i - t_i * w_j)
    def cmp(a, b):
        x, y = a[0] * b[1], b[0] * a[1]
        return -1 if x < y else (1 if x > y else 0)

    jobs.sort(key=cmp_to_key(cmp))
    time = total = 0
    for t, w in jobs:
        time += t
        total += w * time
    print(total)


main()
