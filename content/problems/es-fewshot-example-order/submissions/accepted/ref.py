# Exhaustive search over every ordered sequence of distinct examples that fits the token budget.
# The DFS extends the sequence one example at a time in increasing number, so sequences are met
# in lexicographic order (a prefix before its extensions); keeping only strictly better scores
# gives the lexicographically smallest best sequence. Every prefix is itself a candidate: the
# search must not assume that adding an example always helps.
import sys


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, budget = data[0], data[1]
    length = [data[2 + 2 * i] for i in range(n)]
    use = [data[3 + 2 * i] for i in range(n)]
    base = 2 + 2 * n
    pen = [data[base + i * n: base + (i + 1) * n] for i in range(n)]
    best = [None, None]
    seq = []
    used = [False] * n

    def dfs(tokens, score):
        if seq and (best[0] is None or score > best[0]):
            best[0], best[1] = score, seq[:]
        pos = len(seq) + 1
        for y in range(n):
            if used[y] or tokens + length[y] > budget:
                continue
            gain = pos * use[y] - (pen[seq[-1]][y] if seq else 0)
            used[y] = True
            seq.append(y)
            dfs(tokens + length[y], score + gain)
            seq.pop()
            used[y] = False

    dfs(0, 0)
    print(best[0])
    print(" ".join(str(x + 1) for x in best[1]))


main()
