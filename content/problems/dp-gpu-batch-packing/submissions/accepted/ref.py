import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    dp = [0] * (m + 1)          # dp[c] = best value using at most c MiB
    for i in range(n):
        w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        if w > m:
            continue
        # each request at most once: combine the *old* dp shifted by w (slices copy the old values)
        shifted = dp[:m + 1 - w]
        tail = dp[w:]
        dp[w:] = [a if a >= b + v else b + v for a, b in zip(tail, shifted)]
    print(dp[m])


main()
