# Plausible mistake: first-fit greedy colouring in job order; it never reconsiders a choice,
# so it can use more slots than necessary.
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
    for i in range(n):
        taken = {color[j] for j in adj[i]}
        c = 1
        while c in taken:
            c += 1
        color[i] = c
    print(max(color))
    print(*color)


main()
