import sys

MATCH = {")": "(", "]": "["}


def main():
    s = sys.stdin.readline().strip()
    n = len(s)
    out = []
    stack = []
    count = 0
    first = None

    def go(i):
        nonlocal count, first
        if len(stack) > n - i:  # cannot close everything any more
            return
        if i == n:
            count += 1
            if first is None:
                first = "".join(out)
            return
        opts = "()[]" if s[i] == "?" else s[i]
        for ch in opts:
            if ch in MATCH:
                if not stack or stack[-1] != MATCH[ch]:
                    continue
                stack.pop()
                out.append(ch)
                go(i + 1)
                out.pop()
                stack.append(MATCH[ch])
            else:
                stack.append(ch)
                out.append(ch)
                go(i + 1)
                out.pop()
                stack.pop()

    go(0)
    print(count)
    print(first if first is not None else -1)


main()
