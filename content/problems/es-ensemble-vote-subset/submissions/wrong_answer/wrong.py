# Plausible mistake: greedy. Rank models by their own accuracy and only try the top-1, top-3, top-5 ...
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    label = [int(c) for c in data[2]]
    pred = [[int(c) for c in data[3 + i]] for i in range(n)]
    acc = [sum(p[j] == label[j] for j in range(m)) for p in pred]
    order = sorted(range(n), key=lambda i: (-acc[i], i))
    best_key = None
    for k in range(1, n + 1, 2):
        chosen = sorted(order[:k])
        correct = 0
        for j in range(m):
            ones = sum(pred[i][j] for i in chosen)
            if (1 if 2 * ones > k else 0) == label[j]:
                correct += 1
        key = (-correct, k, chosen)
        if best_key is None or key < best_key:
            best_key = key
    print(-best_key[0])
    print(" ".join(str(i + 1) for i in best_key[2]))


main()
