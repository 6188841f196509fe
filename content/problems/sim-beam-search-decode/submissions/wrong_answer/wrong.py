# Plausible mistake: finished hypotheses stay in the beam. They are not extended, but they keep
# their slots and compete with the new candidates at every later step, so the beam gets narrower
# than k and different hypotheses survive.
import sys
from functools import cmp_to_key


def main():
    data = sys.stdin.read().split()
    v, k, length, start = (int(x) for x in data[:4])
    table = [[int(data[4 + i * v + j]) for j in range(v)] for i in range(v)]
    beam = [((), 0)]
    for _ in range(length):
        cands = []
        for seq, score in beam:
            if seq and seq[-1] == 0:
                cands.append((seq, score))
                continue
            prev = seq[-1] if seq else start
            for tok in range(v):
                cands.append((seq + (tok,), score + table[prev][tok]))
        cands.sort(key=lambda c: (-c[1], c[0]))
        beam = cands[:k]
        if all(seq[-1] == 0 for seq, _ in beam):
            break

    def better(a, b):
        lhs, rhs = a[1] * len(b[0]), b[1] * len(a[0])
        if lhs != rhs:
            return -1 if lhs > rhs else 1
        return -1 if a[0] < b[0] else (1 if a[0] > b[0] else 0)

    best = sorted(beam, key=cmp_to_key(better))[0]
    print(best[1], len(best[0]))
    print(*best[0])


main()
