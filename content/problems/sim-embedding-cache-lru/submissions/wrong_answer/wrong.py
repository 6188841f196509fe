# Plausible mistake: a hit does not refresh the item's position (this is FIFO, not LRU).
import sys
from collections import OrderedDict


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    cache = OrderedDict()
    hits = 0
    for tok in data[2:2 + n]:
        x = int(tok)
        if x in cache:
            hits += 1
        else:
            if len(cache) == k:
                cache.popitem(last=False)
            cache[x] = True
    print(hits)
    print(" ".join(map(str, reversed(cache))))


main()
