# Plausible mistake: keeps one open-counter per bracket type instead of a stack,
# so crossed pairs such as "([)]" are accepted.
import sys


def main():
    s = sys.stdin.readline().strip()
    n = len(s)
    out = []
    cnt = {"(": 0, "[": 0}
    count = 0
    first = None

    def go(i):
        nonlocal count, first
        if cnt["("] + cnt["["] > n - i:
            return
        if i == n:
            count += 1
            if first is None:
                first = "".join(out)
            return
        for ch in ("()[]" if s[i] == "?" else s[i]):
            key = {"(": "(", ")": "(", "[": "[", "]": "["}[ch]
            delta = 1 if ch in "([" else -1
            if cnt[key] + delta < 0:
                continue
            cnt[key] += delta
            out.append(ch)
            go(i + 1)
            out.pop()
            cnt[key] -= delta

    go(0)
    print(count)
    print(first if first is not None else -1)


main()
