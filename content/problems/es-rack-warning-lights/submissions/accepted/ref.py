import sys


def solve(R, C, rows):
    full = (1 << C) - 1
    pc = [0] * (1 << C)
    for x in range(1, 1 << C):
        pc[x] = pc[x >> 1] + (x & 1)
    best = -1
    for first in range(1 << C):
        prev, press = 0, first
        total = pc[first]
        for i in range(R - 1):
            # whatever is still on in row i must be pressed from row i + 1
            nxt = rows[i] ^ prev ^ ((press ^ (press << 1) ^ (press >> 1)) & full)
            prev, press = press, nxt
            total += pc[nxt]
        last = rows[R - 1] ^ prev ^ ((press ^ (press << 1) ^ (press >> 1)) & full)
        if last == 0 and (best < 0 or total < best):
            best = total
    return best


def main():
    data = sys.stdin.read().split()
    R, C = int(data[0]), int(data[1])
    g = data[2:2 + R]
    if C > R:  # enumerate over the shorter side
        g = ["".join(g[i][j] for i in range(R)) for j in range(C)]
        R, C = C, R
    rows = []
    for line in g:
        m = 0
        for j, ch in enumerate(line):
            if ch == "#":
                m |= 1 << j
        rows.append(m)
    print(solve(R, C, rows))


main()
