import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    adj = [[] for _ in range(n + 1)]
    for k in range(m):
        u, v = int(data[2 + 2 * k]), int(data[3 + 2 * k])
        adj[u].append(v)
        adj[v].append(u)
    color = [-1] * (n + 1)
    components = 0
    for s in range(1, n + 1):
        if color[s] != -1:
            continue
        components += 1
        color[s] = 0
        stack = [s]
        while stack:
            u = stack.pop()
            cu = color[u]
            for v in adj[u]:
                if color[v] == -1:
                    color[v] = cu ^ 1
                    stack.append(v)
                elif color[v] == cu:
                    print(0)
                    return
    print(pow(2, components, MOD))


main()
