import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    d = list(map(int, data[1:n + 2]))
    # cost[i][j] = cheapest way to multiply matrices i..j (0-based), matrix k is d[k] x d[k+1]
    cost = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            di, dj1 = d[i], d[j + 1]
            row_i = cost[i]
            best = min(row_i[k] + cost[k + 1][j] + di * d[k + 1] * dj1 for k in range(i, j))
            row_i[j] = best
    print(cost[0][n - 1])


main()
