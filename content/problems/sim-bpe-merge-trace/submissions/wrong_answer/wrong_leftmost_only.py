# Plausible mistake: each round merges only the leftmost occurrence of the best pair and then looks
# for the best pair again. A smaller-numbered rule enabled by that merge then jumps ahead of the
# remaining occurrences (sample 2: `aaaa` becomes `aaa a` instead of `aa aa`).
import sys


def main():
    data = sys.stdin.read().split()
    m, q = int(data[0]), int(data[1])
    rank = {(data[2 + 2 * i], data[3 + 2 * i]): i + 1 for i in range(m)}
    out = []
    for w in data[2 + 2 * m: 2 + 2 * m + q]:
        toks = list(w)
        while True:
            best = None
            for i in range(len(toks) - 1):
                r = rank.get((toks[i], toks[i + 1]))
                if r is not None and (best is None or r < best[0]):
                    best = (r, i)
            if best is None:
                break
            i = best[1]
            toks[i:i + 2] = [toks[i] + toks[i + 1]]
        out.append(" ".join(toks))
    print("\n".join(out))


main()
