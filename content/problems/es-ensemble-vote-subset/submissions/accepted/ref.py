import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    label = [int(c) for c in data[2]]
    pred = [[int(c) for c in data[3 + i]] for i in range(n)]
    best = None  # (correct, -size, negated index list for comparison)
    best_key = None
    best_set = None
    for mask in range(1, 1 << n):
        chosen = [i for i in range(n) if mask >> i & 1]
        k = len(chosen)
        if k % 2 == 0:
            continue
        correct = 0
        for j in range(m):
            ones = 0
            for i in chosen:
                ones += pred[i][j]
            vote = 1 if 2 * ones > k else 0
            if vote == label[j]:
                correct += 1
        key = (-correct, k, chosen)
        if best_key is None or key < best_key:
            best_key = key
            best_set = chosen
    print(-best_key[0])
    print(" ".join(str(i + 1) for i in best_set))


main()
