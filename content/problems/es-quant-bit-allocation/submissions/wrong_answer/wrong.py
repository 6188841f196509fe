# Plausible mistake: tries every assignment but forgets the neighbour rule (2 next to 8 is not
# allowed), so it sometimes prints a cheaper assignment the kernels cannot run.
import itertools
import sys


def main():
    data = sys.stdin.read().split()
    n, m = int(data[0]), int(data[1])
    layers = [tuple(int(v) for v in data[2 + 4 * i: 6 + 4 * i]) for i in range(n)]
    best = None
    for pick in itertools.product(range(3), repeat=n):
        used = sum(layers[i][0] * (2, 4, 8)[k] for i, k in enumerate(pick))
        if used > 8 * m:
            continue
        err = sum(layers[i][1 + k] for i, k in enumerate(pick))
        if best is None or err < best[0]:
            best = (err, pick)
    if best is None:
        print(-1)
    else:
        print(best[0])
        print(*[(2, 4, 8)[k] for k in best[1]])


main()
