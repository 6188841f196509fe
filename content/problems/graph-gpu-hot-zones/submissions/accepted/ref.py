import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    flat = bytearray("".join(data[2:2 + r]), "ascii")
    one = ord("1")
    zones, best = 0, 0
    for s in range(r * c):
        if flat[s] != one:
            continue
        zones += 1
        flat[s] = 0
        stack = [s]
        size = 0
        while stack:
            v = stack.pop()
            size += 1
            j = v % c
            if v >= c and flat[v - c] == one:
                flat[v - c] = 0; stack.append(v - c)
            if v + c < r * c and flat[v + c] == one:
                flat[v + c] = 0; stack.append(v + c)
            if j > 0 and flat[v - 1] == one:
                flat[v - 1] = 0; stack.append(v - 1)
            if j < c - 1 and flat[v + 1] == one:
                flat[v + 1] = 0; stack.append(v + 1)
        best = max(best, size)
    print(zones, best)


main()
