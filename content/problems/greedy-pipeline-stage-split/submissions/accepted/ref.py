import sys
from bisect import bisect_right
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    c = list(map(int, data[2:2 + n]))
    prefix = [0] + list(accumulate(c))

    def fits(limit):
        """Can the layers be cut into at most k stages of cost <= limit? (requires limit >= max(c))
        Greedy: make every stage as long as possible."""
        if k * 20 < n:
            # few stages: jump over each stage with a binary search on the prefix sums
            pos, stages = 0, 0
            while pos < n:
                stages += 1
                if stages > k:
                    return False
                pos = bisect_right(prefix, prefix[pos] + limit) - 1
            return True
        stages, cur = 1, 0
        for x in c:
            if cur + x > limit:
                stages += 1
                cur = x
            else:
                cur += x
        return stages <= k

    lo, hi = max(c), prefix[n]      # every layer must fit in some stage; one stage holds everything
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(mid):
            hi = mid
        else:
            lo = mid + 1
    print(lo)


main()
