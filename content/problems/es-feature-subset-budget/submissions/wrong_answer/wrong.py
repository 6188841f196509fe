# Plausible mistake: greedy by gain per cost, adding a feature whenever it fits the budget
# and does not lower the current score.
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, B = data[0], data[1]
    c = data[2:2 + n]
    g = data[2 + n:2 + 2 * n]
    p = [data[2 + 2 * n + i * n:2 + 2 * n + (i + 1) * n] for i in range(n)]
    order = sorted(range(n), key=lambda i: -g[i] / c[i])
    chosen, spent, score = [], 0, 0
    for i in order:
        if spent + c[i] > B:
            continue
        delta = g[i] - sum(p[i][j] for j in chosen)
        if delta >= 0:
            chosen.append(i)
            spent += c[i]
            score += delta
    print(score)


main()
