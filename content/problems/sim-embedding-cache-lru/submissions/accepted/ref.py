import sys
from collections import OrderedDict


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    cache = OrderedDict()  # last = most recent
    hits = 0
    for tok in data[2:2 + n]:
        x = int(tok)
        if x in cache:
            hits += 1
            cache.move_to_end(x)
        else:
            if len(cache) == k:
                cache.popitem(last=False)
            cache[x] = True
    print(hits)
    print(" ".join(map(str, reversed(cache))))


main()
