# Plausible mistake: walk through the rule list once, in order, applying each rule to the whole
# word. A rule that only becomes applicable after a later rule built its token is never used again
# (with a hand-edited rule file this differs from "smallest-numbered pair present, repeatedly").
import sys


def merge_all(toks, x, y):
    out, i = [], 0
    while i < len(toks):
        if i + 1 < len(toks) and toks[i] == x and toks[i + 1] == y:
            out.append(x + y)
            i += 2
        else:
            out.append(toks[i])
            i += 1
    return out


def main():
    data = sys.stdin.read().split()
    m, q = int(data[0]), int(data[1])
    rules = [(data[2 + 2 * i], data[3 + 2 * i]) for i in range(m)]
    out = []
    for w in data[2 + 2 * m: 2 + 2 * m + q]:
        toks = list(w)
        for x, y in rules:
            toks = merge_all(toks, x, y)
        out.append(" ".join(toks))
    print("\n".join(out))


main()
