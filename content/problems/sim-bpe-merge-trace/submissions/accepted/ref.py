# Token lists, not strings: each round finds the adjacent pair with the smallest rule number,
# then merges its occurrences in one left-to-right scan, skipping past each merged pair.
import sys


def encode(word, rank):
    toks = list(word)
    while len(toks) > 1:
        best = None
        for i in range(len(toks) - 1):
            r = rank.get((toks[i], toks[i + 1]))
            if r is not None and (best is None or r < best[0]):
                best = (r, toks[i], toks[i + 1])
        if best is None:
            break
        _, x, y = best
        out = []
        i = 0
        while i < len(toks):
            if i + 1 < len(toks) and toks[i] == x and toks[i + 1] == y:
                out.append(x + y)
                i += 2
            else:
                out.append(toks[i])
                i += 1
        toks = out
    return toks


def main():
    data = sys.stdin.read().split()
    m, q = int(data[0]), int(data[1])
    rank = {}
    for i in range(m):
        rank[(data[2 + 2 * i], data[3 + 2 * i])] = i + 1
    words = data[2 + 2 * m: 2 + 2 * m + q]
    print("\n".join(" ".join(encode(w, rank)) for w in words))


main()
