# Plausible mistake: reduces as soon as bad reaches patience (>= instead of >).
import sys


def main():
    data = sys.stdin.read().split()
    E, W = int(data[0]), int(data[1])
    base, factor, min_lr = float(data[2]), float(data[3]), float(data[4])
    patience, cooldown, threshold = int(data[5]), int(data[6]), int(data[7])
    v = list(map(int, data[8:8 + E]))
    cur = base
    best = float("inf")
    bad = 0
    cd = 0
    out = []
    for e in range(1, E + 1):
        lr = base * e / W if e <= W else cur
        out.append(f"{lr:.10f}")
        if e <= W:
            continue
        if v[e - 1] < best - threshold:
            best = v[e - 1]
            bad = 0
        else:
            bad += 1
        if cd > 0:
            cd -= 1
            bad = 0
        if bad >= patience and bad > 0:
            cur = max(cur * factor, min_lr)
            cd = cooldown
            bad = 0
    sys.stdout.write("\n".join(out) + "\n")


main()
