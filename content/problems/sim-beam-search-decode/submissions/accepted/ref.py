# Reference: the beam search exactly as the statement lays it out.
import sys
from functools import cmp_to_key


def main():
    data = sys.stdin.read().split()
    v, k, length, start = (int(x) for x in data[:4])
    table = [[int(data[4 + i * v + j]) for j in range(v)] for i in range(v)]
    alive = [((), 0)]  # (tokens, score)
    finished = []
    for _ in range(length):
        cands = []
        for seq, score in alive:
            prev = seq[-1] if seq else start
            for tok in range(v):
                cands.append((seq + (tok,), score + table[prev][tok]))
        cands.sort(key=lambda c: (-c[1], c[0]))
        alive = []
        for seq, score in cands[:k]:
            (finished if seq[-1] == 0 else alive).append((seq, score))
        if not alive:
            break

    def better(a, b):  # higher score per token first (exact, by cross-multiplying), then lexicographic
        lhs, rhs = a[1] * len(b[0]), b[1] * len(a[0])
        if lhs != rhs:
            return -1 if lhs > rhs else 1
        return -1 if a[0] < b[0] else (1 if a[0] > b[0] else 0)

    best = sorted(finished + alive, key=cmp_to_key(better))[0]
    print(best[1], len(best[0]))
    print(*best[0])


main()
