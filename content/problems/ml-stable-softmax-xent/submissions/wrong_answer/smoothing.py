# Plausible mistake: numerically stable, but label smoothing puts 1 - eps on the target and
# eps / K only on the *other* classes (the target should get 1 - eps + eps / K), so the target
# weights no longer sum to 1 and every row with eps > 0 is off.
import math
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, k = int(data[0]), int(data[1])
    out = []
    total = 0.0
    pos = 2
    for _ in range(r):
        y = int(data[pos]) - 1
        eps = float(data[pos + 1])
        x = [float(v) for v in data[pos + 2:pos + 2 + k]]
        pos += 2 + k
        m = max(x)
        lse = m + math.log(sum(math.exp(v - m) for v in x))
        q = [eps / k] * k
        q[y] = 1.0 - eps
        loss = sum(qi * (lse - xi) for qi, xi in zip(q, x))
        total += loss
        out.append(f"{loss:.9f} " + " ".join(f"{math.exp(xi - lse) - qi:.9f}" for xi, qi in zip(x, q)))
    out.append(f"{total / r:.9f}")
    sys.stdout.write("\n".join(out) + "\n")


main()
