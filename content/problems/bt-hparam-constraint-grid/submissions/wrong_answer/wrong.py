# Plausible mistake: assumes every rule lists the smaller parameter first. A rule written
# "a x b y" with a > b is filed under b but checked against a, which has no value yet when b is
# assigned, so such rules never fire and too many configurations count.
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    d = [int(x) for x in data[2:2 + n]]
    banned = [[[] for _ in range(d[j])] for j in range(n)]
    pos = 2 + n
    for _ in range(m):
        a, x, b, y = (int(v) - 1 for v in data[pos:pos + 4])
        pos += 4
        banned[b][y].append((a, x))
    value = [-1] * n
    first = None
    count = 0

    def go(i):
        nonlocal count, first
        if i == n:
            if first is None:
                first = value[:]
            count += 1
            return
        for y in range(d[i]):
            if any(value[a] == x for a, x in banned[i][y]):
                continue
            value[i] = y
            go(i + 1)
            value[i] = -1

    go(0)
    print(count)
    if first is not None:
        print(*[v + 1 for v in first])


main()
