# Plausible mistake: local greedy. Keep flipping any row or column that has more 0s than 1s
# until none does. It stops at a local optimum.
import sys


def main():
    data = sys.stdin.read().split()
    R, C = int(data[0]), int(data[1])
    g = [[int(ch) for ch in data[2 + i]] for i in range(R)]
    changed = True
    while changed:
        changed = False
        for i in range(R):
            if 2 * sum(g[i]) < C:
                g[i] = [1 - x for x in g[i]]
                changed = True
        for j in range(C):
            if 2 * sum(g[i][j] for i in range(R)) < R:
                for i in range(R):
                    g[i][j] = 1 - g[i][j]
                changed = True
    print(sum(map(sum, g)))


main()
