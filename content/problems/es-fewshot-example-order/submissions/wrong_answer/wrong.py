# Plausible mistake: "more examples can only help", so each permutation of all examples is cut at
# the longest prefix that fits the budget and only those prefixes are scored. A shorter sequence
# chosen on purpose (to avoid a large redundancy penalty) is never considered.
import sys
from itertools import permutations


def main():
    data = list(map(int, sys.stdin.read().split()))
    n, budget = data[0], data[1]
    length = [data[2 + 2 * i] for i in range(n)]
    use = [data[3 + 2 * i] for i in range(n)]
    base = 2 + 2 * n
    pen = [data[base + i * n: base + (i + 1) * n] for i in range(n)]
    best = None
    for perm in permutations(range(n)):
        tokens = 0
        seq = []
        for x in perm:
            if tokens + length[x] > budget:
                break
            tokens += length[x]
            seq.append(x)
        score = sum((j + 1) * use[x] for j, x in enumerate(seq))
        score -= sum(pen[seq[j]][seq[j + 1]] for j in range(len(seq) - 1))
        if best is None or score > best[0] or (score == best[0] and seq < best[1]):
            best = (score, seq)
    print(best[0])
    print(" ".join(str(x + 1) for x in best[1]))


main()
