# Plausible mistake: the union links the *element* a (not its root) under b's root.
# a's old cluster keeps its own root and silently falls apart from a.
import sys

sys.setrecursionlimit(10000)
input = sys.stdin.readline
n, q = map(int, input().split())
parent = list(range(n + 1))
size = [1] * (n + 1)


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


res = []
for _ in range(q):
    parts = input().split()
    if parts[0] == "merge":
        a, b = int(parts[1]), int(parts[2])
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[a] = rb
            size[rb] += size[ra]
    elif parts[0] == "same":
        a, b = int(parts[1]), int(parts[2])
        res.append("YES" if find(a) == find(b) else "NO")
    else:
        res.append(str(size[find(int(parts[1]))]))
print("\n".join(res))
