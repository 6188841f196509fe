import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    ref = data[1:1 + n]
    m = int(data[1 + n])
    hyp = data[2 + n:2 + n + m]
    # prev[j] = edits to turn ref[:i] into hyp[:j]
    prev = list(range(m + 1))
    for i in range(1, n + 1):
        r = ref[i - 1]
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            best = prev[j - 1] + (r != hyp[j - 1])          # match / substitution
            if prev[j] + 1 < best:                           # deletion of r
                best = prev[j] + 1
            if cur[j - 1] + 1 < best:                        # insertion of hyp[j-1]
                best = cur[j - 1] + 1
            cur[j] = best
        prev = cur
    print(prev[m])


main()
