import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, c = int(data[0]), int(data[1])
    vals = list(map(int, data[2:2 + r * c]))
    best = [0] * c          # best[j] = max labels collected on arrival at (current row, j)
    for i in range(r):
        row = vals[i * c:(i + 1) * c]
        left = 0
        for j in range(c):
            if i == 0:
                cur = (left if j else 0) + row[j]
            elif j == 0:
                cur = best[0] + row[0]
            else:
                cur = max(left, best[j]) + row[j]
            best[j] = cur
            left = cur
    print(best[c - 1])


main()
