import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, m = data[0], data[1]
    adj = [[] for _ in range(n)]
    for i in range(m):
        a, b = data[2 + 2 * i] - 1, data[3 + 2 * i] - 1
        adj[a].append(b)
        adj[b].append(a)
    color = [0] * n

    def go(i, k, used):
        """Colour jobs i.. with slots 1..k; slots are tried in increasing order, and a new slot
        is only opened as used + 1, so the first colouring found is the lexicographically smallest."""
        if i == n:
            return True
        for c in range(1, min(k, used + 1) + 1):
            if all(color[j] != c for j in adj[i]):
                color[i] = c
                if go(i + 1, k, max(used, c)):
                    return True
                color[i] = 0
        return False

    k = 1
    while not go(0, k, 0):
        k += 1
    print(k)
    print(*color)


main()
