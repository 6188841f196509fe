# Plausible mistake: after finding the cycle it indexes with T % period, as if the cycle
# started at time 0.
import sys


def step(g, R, C, born, stay):
    new = []
    for r in range(R):
        up, row, dn = g[(r - 1) % R], g[r], g[(r + 1) % R]
        out = []
        for c in range(C):
            l, rr = (c - 1) % C, (c + 1) % C
            k = (up[l] + up[c] + up[rr] + row[l] + row[rr] + dn[l] + dn[c] + dn[rr]).count("#")
            if row[c] == "#":
                out.append("#" if k in stay else ".")
            else:
                out.append("#" if k in born else ".")
        new.append("".join(out))
    return tuple(new)


def main():
    data = sys.stdin.read().split()
    R, C, T = int(data[0]), int(data[1]), int(data[2])
    born = {int(ch) for ch in data[3] if ch.isdigit()}
    stay = {int(ch) for ch in data[4] if ch.isdigit()}
    g = tuple(data[5:5 + R])
    seen = {g: 0}
    states = [g]
    t = 0
    while t < T:
        g = step(g, R, C, born, stay)
        t += 1
        if g in seen:
            first = seen[g]
            period = t - first
            g = states[T % period]  # BUG: ignores the steps before the cycle starts
            break
        seen[g] = t
        states.append(g)
    print("\n".join(g))


main()
