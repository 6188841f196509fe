# Plausible mistake: the word is kept as one space-joined string and the chosen pair is merged
# with str.replace("x y", "xy"). The pair is found correctly among the tokens, but replace also
# matches where x is only the END of a longer token or y only the START of one
# (tokens "ab c" with the rule "b c" become "abc").
import sys


def encode(word, rank, rules):
    s = " ".join(word)
    while True:
        toks = s.split()
        best = None
        for i in range(len(toks) - 1):
            r = rank.get((toks[i], toks[i + 1]))
            if r is not None and (best is None or r < best):
                best = r
        if best is None:
            return s
        x, y = rules[best]
        s = s.replace(x + " " + y, x + y)


def main():
    data = sys.stdin.read().split()
    m, q = int(data[0]), int(data[1])
    rank, rules = {}, {}
    for i in range(m):
        x, y = data[2 + 2 * i], data[3 + 2 * i]
        rank[(x, y)] = i + 1
        rules[i + 1] = (x, y)
    words = data[2 + 2 * m: 2 + 2 * m + q]
    print("\n".join(encode(w, rank, rules) for w in words))


main()
