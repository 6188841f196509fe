# Plausible mistake: treats every unlit segment as "maybe broken" and ignores the dead list,
# so it only checks that the lit segments are a subset of the digit's segments.
import sys

DIGITS = ["abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc", "abcdefg", "abcdfg"]


def parse(tok):
    return set() if tok == "-" else set(tok)


def main():
    data = sys.stdin.read().split()
    q = int(data[4])
    pos = 5
    out = []
    for _ in range(q):
        obs = [parse(t) for t in data[pos:pos + 4]]
        pos += 4
        hits = []
        for h in range(24):
            for m in range(60):
                ds = (h // 10, h % 10, m // 10, m % 10)
                if all(obs[p] <= set(DIGITS[d]) for p, d in enumerate(ds)):
                    hits.append(f"{h:02d}:{m:02d}")
        out.append(f"{len(hits)} {hits[0]}" if hits else "0 -1")
    print("\n".join(out))


main()
