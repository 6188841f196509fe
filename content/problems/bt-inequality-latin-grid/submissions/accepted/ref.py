import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k = data[0], data[1]
    N2 = n * n
    given = data[2:2 + N2]
    pos = 2 + N2
    less = [[] for _ in range(N2)]  # less[i]: cells j with value(i) < value(j)
    more = [[] for _ in range(N2)]  # more[i]: cells j with value(i) > value(j)
    for _ in range(k):
        r1, c1, r2, c2 = (x - 1 for x in data[pos:pos + 4])
        pos += 4
        a, b = r1 * n + c1, r2 * n + c2
        less[a].append(b)
        more[b].append(a)

    # static bounds from chains: a cell with a chain of d cells above it is at most n - d
    def longest(adj):
        memo = {}

        def f(i):
            if i not in memo:
                memo[i] = 1 + max((f(j) for j in adj[i]), default=0)
            return memo[i]
        return [f(i) - 1 for i in range(N2)]

    up, down = longest(less), longest(more)
    full = (1 << (n + 1)) - 2  # bits 1..n
    static = []
    for i in range(N2):
        m = 0
        for v in range(1 + down[i], n - up[i] + 1):
            m |= 1 << v
        static.append(m)
    val = [0] * N2
    rowm = [0] * n
    colm = [0] * n
    cells_row = [[r * n + c for c in range(n)] for r in range(n)]
    cells_col = [[r * n + c for r in range(n)] for c in range(n)]

    def place(i, v):
        val[i] = v
        rowm[i // n] |= 1 << v
        colm[i % n] |= 1 << v

    def unplace(i, v):
        val[i] = 0
        rowm[i // n] &= ~(1 << v)
        colm[i % n] &= ~(1 << v)

    def domain(i):
        d = static[i] & ~(rowm[i // n] | colm[i % n])
        for j in less[i]:
            if val[j]:
                d &= (1 << val[j]) - 1          # values below val[j]
        for j in more[i]:
            if val[j]:
                d &= ~((1 << (val[j] + 1)) - 1)  # values above val[j]
        return d

    def consistent():
        """Every empty cell keeps a value, and every missing value of a line keeps a place."""
        doms = [0] * N2
        for i in range(N2):
            if not val[i]:
                d = domain(i)
                if not d:
                    return False
                doms[i] = d
        for lines, masks in ((cells_row, rowm), (cells_col, colm)):
            for li, cells in enumerate(lines):
                union = 0
                for i in cells:
                    union |= doms[i]
                if union != full & ~masks[li]:
                    return False
        return True

    for i in range(N2):
        if given[i]:
            v = given[i]
            if (rowm[i // n] | colm[i % n]) >> v & 1:
                print(-1)
                return
            place(i, v)

    def ok_given():
        for i in range(N2):
            if val[i]:
                for j in less[i]:
                    if val[j] and not val[i] < val[j]:
                        return False
                if not static[i] >> val[i] & 1:
                    return False
        return True

    def go(i):
        while i < N2 and val[i]:
            i += 1
        if i == N2:
            return True
        d = domain(i)
        for v in range(1, n + 1):
            if d >> v & 1:
                place(i, v)
                if consistent() and go(i + 1):
                    return True
                unplace(i, v)
        return False

    if ok_given() and consistent() and go(0):
        for r in range(n):
            print(*val[r * n:(r + 1) * n])
    else:
        print(-1)


main()
