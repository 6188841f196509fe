import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, k = data[0], data[1]
    d = sorted(data[2:2 + n], reverse=True)  # long runs first: tighter bounds early
    load = [0] * k
    # start from the greedy answer as an upper bound
    tmp = [0] * k
    for x in d:
        tmp[tmp.index(min(tmp))] += x
    best = max(tmp)
    lower = max(d[0], -(-sum(d) // k))

    def go(i, cur_max):
        nonlocal best
        if cur_max >= best:
            return
        if i == n:
            best = cur_max
            return
        tried = set()
        for g in range(k):
            if load[g] in tried:  # GPUs with equal load are interchangeable
                continue
            tried.add(load[g])
            if load[g] + d[i] >= best:
                continue
            load[g] += d[i]
            go(i + 1, max(cur_max, load[g]))
            load[g] -= d[i]
            if best == lower:
                return

    if best > lower:
        go(0, 0)
    print(best)


main()
