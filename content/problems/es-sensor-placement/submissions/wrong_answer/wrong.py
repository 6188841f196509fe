# Plausible mistake: greedy. Place each sensor where it adds the most new hotspots.
import sys


def main():
    data = sys.stdin.read().split()
    R, C, K, D = map(int, data[:4])
    g = data[4:4 + R]
    hot = [(r, c) for r in range(R) for c in range(C) if g[r][c] == "*"]
    free = [(r, c) for r in range(R) for c in range(C) if g[r][c] == "."]
    masks = []
    for r, c in free:
        m = 0
        for i, (hr, hc) in enumerate(hot):
            if abs(hr - r) + abs(hc - c) <= D:
                m |= 1 << i
        masks.append(m)
    covered = 0
    used = set()
    for _ in range(K):
        best, bi = -1, -1
        for i, m in enumerate(masks):
            if i in used:
                continue
            gain = bin(m & ~covered).count("1")
            if gain > best:
                best, bi = gain, i
        used.add(bi)
        covered |= masks[bi]
    print(bin(covered).count("1"))


main()
