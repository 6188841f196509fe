# Reference: assign the hyperparameters in order; each rule is checked when the later of its two
# parameters gets a value, so a branch dies as soon as it breaks a rule. When no rule involves the
# parameters still to assign, every completion is valid: multiply instead of walking them.
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    d = [int(x) for x in data[2:2 + n]]
    # banned[j][y] = list of (i, x) with i < j: param i = x forbids param j = y
    banned = [[[] for _ in range(d[j])] for j in range(n)]
    last_rule = -1  # the highest parameter index any rule touches
    pos = 2 + n
    for _ in range(m):
        a, x, b, y = (int(v) - 1 for v in data[pos:pos + 4])
        pos += 4
        if a > b:
            a, x, b, y = b, y, a, x
        banned[b][y].append((a, x))
        last_rule = max(last_rule, b)
    free_product = [1] * (n + 1)  # number of completions of params i..n-1 with no rules among them
    for i in range(n - 1, -1, -1):
        free_product[i] = free_product[i + 1] * d[i]
    value = [0] * n
    first = None
    count = 0

    def go(i):
        nonlocal count, first
        if i > last_rule:
            if first is None:
                first = value[:i] + [0] * (n - i)
            count += free_product[i]
            return
        for y in range(d[i]):
            if any(value[a] == x for a, x in banned[i][y]):
                continue
            value[i] = y
            go(i + 1)

    go(0)
    print(count)
    if first is not None:
        print(*[v + 1 for v in first])


main()
