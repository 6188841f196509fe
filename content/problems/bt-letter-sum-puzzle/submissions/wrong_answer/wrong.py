# Plausible mistake: forgets the rule that a number of two or more letters cannot start with 0.
import sys


def main():
    line = sys.stdin.readline().strip()
    left, result = line.split("=")
    words = left.split("+")
    letters = sorted(set("".join(words) + result))
    lead = set()  # BUG: forgets that a multi-letter number cannot start with 0
    L = max(len(result), max(len(w) for w in words))
    # column c (0 = ones) holds the letters of the addends at that position
    cols = [[w[-1 - c] for w in words if c < len(w)] for c in range(L)]
    res = [result[-1 - c] if c < len(result) else None for c in range(L)]
    digit = {}
    used = [False] * 10
    sols = []

    def assign_ok(ch, d):
        return not used[d] and not (d == 0 and ch in lead)

    def go(c, t, carry, s):
        if c == L:
            if carry == 0:
                sols.append(tuple(digit[ch] for ch in letters))
            return
        if t < len(cols[c]):
            ch = cols[c][t]
            if ch in digit:
                go(c, t + 1, carry, s + digit[ch])
                return
            for d in range(10):
                if assign_ok(ch, d):
                    digit[ch] = d
                    used[d] = True
                    go(c, t + 1, carry, s + d)
                    used[d] = False
                    del digit[ch]
            return
        # every addend of this column is known: the result digit is forced
        total = s + carry
        d, nc = total % 10, total // 10
        ch = res[c]
        if ch is None:
            if d == 0:
                go(c + 1, 0, nc, 0)
        elif ch in digit:
            if digit[ch] == d:
                go(c + 1, 0, nc, 0)
        elif assign_ok(ch, d):
            digit[ch] = d
            used[d] = True
            go(c + 1, 0, nc, 0)
            used[d] = False
            del digit[ch]

    go(0, 0, 0, 0)
    print(len(sols))
    if sols:
        best = dict(zip(letters, min(sols)))
        print("".join(str(best[ch]) if ch.isalpha() else ch for ch in line))
    else:
        print(-1)


main()
