import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    conds = []
    for i in range(m):
        k, a, b = data[2 + 3 * i], int(data[3 + 3 * i]), int(data[4 + 3 * i])
        conds.append((k, a, b))
    pos = [0] * (n + 1)  # seat of each person, 0 = not seated yet
    seat = [0] * (n + 1)
    count = 0
    first = None

    def ok():
        for k, a, b in conds:
            if k == "F":
                if pos[a] and pos[a] != b:
                    return False
            elif pos[a] and pos[b]:
                adj = abs(pos[a] - pos[b]) == 1
                if (k == "T") != adj:
                    return False
        return True

    def go(s):
        nonlocal count, first
        if s > n:
            count += 1
            if first is None:
                first = seat[1:]
            return
        for p in range(1, n + 1):
            if pos[p]:
                continue
            pos[p], seat[s] = s, p
            if ok():
                go(s + 1)
            pos[p] = 0
        seat[s] = 0

    go(1)
    print(count)
    print(" ".join(map(str, first)) if first else -1)


main()
