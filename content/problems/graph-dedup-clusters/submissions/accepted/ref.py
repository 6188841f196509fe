import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:          # path compression
            parent[x], x = root, parent[x]
        return root

    out = []
    p = 2
    for _ in range(q):
        op = data[p]
        if op == b"size":
            out.append(str(size[find(int(data[p + 1]))]))
            p += 2
            continue
        ra, rb = find(int(data[p + 1])), find(int(data[p + 2]))
        p += 3
        if op == b"merge":
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra           # union by size
                size[ra] += size[rb]
        else:
            out.append("YES" if ra == rb else "NO")
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
