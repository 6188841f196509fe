import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    p = data[1:1 + n]
    q = data[1 + n:1 + 2 * n]
    rank_in_q = {item: i + 1 for i, item in enumerate(q)}
    seq = [rank_in_q[item] for item in p]      # model ranks listed in human order
    # discordant pairs = inversions of seq; Fenwick tree over ranks 1..n
    tree = [0] * (n + 1)
    inv = 0
    for seen, r in enumerate(seq):
        # number of earlier ranks <= r
        s, i = 0, r
        while i:
            s += tree[i]
            i &= i - 1
        inv += seen - s
        i = r
        while i <= n:
            tree[i] += 1
            i += i & -i
    print(inv)


main()
