"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    R, C = rng.randint(1, 3), rng.randint(1, 3)
elif idx <= 5:
    R, C = rng.randint(3, 5), rng.randint(3, 5)
else:
    R, C = 6, 6
p = rng.uniform(0.1, 0.4)
g = [["#" if rng.random() < p else "." for _ in range(C)] for _ in range(R)]
if idx == 10:
    g = [["#" if (r + c) % 2 else "." for c in range(C)] for r in range(R)]
if idx == 11:
    g = [["."] * C for _ in range(R)]


def max_robots(g):
    """Largest number of robots that fit (bipartite matching of stretches)."""
    hs, vs, nh, nv = {}, {}, 0, 0
    for r in range(R):
        for c in range(C):
            if g[r][c] == ".":
                if c and g[r][c - 1] == ".":
                    hs[r, c] = hs[r, c - 1]
                else:
                    hs[r, c] = nh
                    nh += 1
                if r and g[r - 1][c] == ".":
                    vs[r, c] = vs[r - 1, c]
                else:
                    vs[r, c] = nv
                    nv += 1
    adj = [[] for _ in range(nh)]
    for k in hs:
        adj[hs[k]].append(vs[k])
    match = [-1] * nv

    def aug(u, seen):
        for v in adj[u]:
            if v not in seen:
                seen.add(v)
                if match[v] < 0 or aug(match[v], seen):
                    match[v] = u
                    return True
        return False

    return sum(aug(u, set()) for u in range(nh))


mx = max_robots(g)
free = sum(row.count(".") for row in g)
if free == 0:
    g[0][0] = "."
    mx = 1
# K somewhere from small up to the maximum (plus, rarely, one too many)
K = rng.randint(max(1, mx // 2), max(1, mx))
if idx == 9:
    K = mx + 1
if idx == 12:
    K = 1
print(R, C, K)
print("\n".join("".join(row) for row in g))
