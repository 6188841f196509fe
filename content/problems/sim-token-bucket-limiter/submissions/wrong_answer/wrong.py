# Plausible mistake: counts refills as (t - last) // P, which ignores where the refill
# boundaries (multiples of P) actually are.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, B, P = int(data[0]), int(data[1]), int(data[2])
    tokens = B
    last = 0
    out = []
    for i in range(n):
        t = int(data[3 + 2 * i])
        c = int(data[4 + 2 * i])
        tokens = min(B, tokens + (t - last) // P)
        last = t
        if tokens >= c:
            tokens -= c
            out.append(f"ACCEPT {tokens}")
        else:
            out.append(f"REJECT {tokens}")
    sys.stdout.write("\n".join(out) + "\n")


main()
