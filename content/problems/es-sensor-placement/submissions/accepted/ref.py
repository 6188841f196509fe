import sys
from itertools import combinations


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
    masks = sorted(set(masks))  # cells with identical coverage are interchangeable
    k = min(K, len(masks))
    best = 0
    for combo in combinations(masks, k):
        m = 0
        for x in combo:
            m |= x
        cnt = bin(m).count("1")
        if cnt > best:
            best = cnt
    print(best)


main()
