import sys


def main():
    data = sys.stdin.read().split()
    R, C = int(data[0]), int(data[1])
    rows = data[2:2 + R]
    # column j as an R-bit mask (bit i = LED in row i), grouped by equal columns
    cols = {}
    for j in range(C):
        m = 0
        for i in range(R):
            if rows[i][j] == "1":
                m |= 1 << i
        cols[m] = cols.get(m, 0) + 1
    items = list(cols.items())
    pc = [bin(x).count("1") for x in range(1 << R)]
    best = 0
    for rmask in range(1 << R):
        total = 0
        for m, cnt in items:
            k = pc[m ^ rmask]
            total += cnt * (k if 2 * k >= R else R - k)
        if total > best:
            best = total
    print(best)


main()
