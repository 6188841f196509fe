# Reference: log-sum-exp with the maximum factored out; loss = LSE - sum(q_i x_i), grad = p - q.
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
        s = math.fsum(math.exp(v - m) for v in x)
        lse = m + math.log(s)
        q = [eps / k] * k
        q[y] += 1.0 - eps
        # sum of q_i * (lse - x_i): every term is >= 0, no cancellation between large numbers
        loss = math.fsum(qi * (lse - xi) for qi, xi in zip(q, x))
        total += loss
        grad = [math.exp(xi - lse) - qi for xi, qi in zip(x, q)]
        out.append(f"{loss:.9f} " + " ".join(f"{g:.9f}" for g in grad))
    out.append(f"{total / r:.9f}")
    sys.stdout.write("\n".join(out) + "\n")


main()
