# Plausible mistake: each inequality is stored only on its smaller cell, so it is checked when the
# smaller cell is filled after the larger one, but never when the larger cell is filled last.
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k = data[0], data[1]
    val = data[2:2 + n * n]
    fixed = [v != 0 for v in val]
    pos = 2 + n * n
    less = [[] for _ in range(n * n)]
    for _ in range(k):
        r1, c1, r2, c2 = (x - 1 for x in data[pos:pos + 4])
        pos += 4
        less[r1 * n + c1].append(r2 * n + c2)
    rowm = [0] * n
    colm = [0] * n
    for i, v in enumerate(val):
        if v:
            rowm[i // n] |= 1 << v
            colm[i % n] |= 1 << v

    def go(i):
        if i == n * n:
            return True
        if fixed[i]:
            return go(i + 1)
        r, c = divmod(i, n)
        for v in range(1, n + 1):
            if (rowm[r] | colm[c]) >> v & 1:
                continue
            if any(val[j] and not v < val[j] for j in less[i]):
                continue
            val[i] = v
            rowm[r] |= 1 << v
            colm[c] |= 1 << v
            if go(i + 1):
                return True
            val[i] = 0
            rowm[r] &= ~(1 << v)
            colm[c] &= ~(1 << v)
        return False

    if go(0):
        for r in range(n):
            print(*val[r * n:(r + 1) * n])
    else:
        print(-1)


main()
