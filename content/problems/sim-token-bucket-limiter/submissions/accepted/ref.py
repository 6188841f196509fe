import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, B, P = int(data[0]), int(data[1]), int(data[2])
    tokens = B
    last = 0  # time of the previous update
    out = []
    for i in range(n):
        t = int(data[3 + 2 * i])
        c = int(data[4 + 2 * i])
        refills = t // P - last // P
        if refills:
            tokens = min(B, tokens + refills)
        last = t
        if tokens >= c:
            tokens -= c
            out.append(f"ACCEPT {tokens}")
        else:
            out.append(f"REJECT {tokens}")
    sys.stdout.write("\n".join(out) + "\n")


main()
