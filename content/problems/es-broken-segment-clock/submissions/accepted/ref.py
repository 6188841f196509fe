import sys

DIGITS = ["abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc", "abcdefg", "abcdfg"]


def parse(tok):
    return frozenset() if tok == "-" else frozenset(tok)


def main():
    data = sys.stdin.read().split()
    dead = [parse(t) for t in data[:4]]
    q = int(data[4])
    seg = [frozenset(s) for s in DIGITS]
    # what each real time looks like on this clock
    shown = []
    for h in range(24):
        for m in range(60):
            ds = (h // 10, h % 10, m // 10, m % 10)
            shown.append((tuple(seg[d] - dead[p] for p, d in enumerate(ds)), f"{h:02d}:{m:02d}"))
    out = []
    pos = 5
    for _ in range(q):
        obs = tuple(parse(t) for t in data[pos:pos + 4])
        pos += 4
        hits = [t for look, t in shown if look == obs]
        out.append(f"{len(hits)} {hits[0]}" if hits else "0 -1")
    print("\n".join(out))


main()
