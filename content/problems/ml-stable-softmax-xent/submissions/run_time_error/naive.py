# The textbook formula in Python: math.exp(1000) raises OverflowError instead of returning inf,
# so the program dies on the first large logit (a run-time error, not a wrong answer).
import math
import sys

data = sys.stdin.read().split()
r, k = int(data[0]), int(data[1])
pos, out, total = 2, [], 0.0
for _ in range(r):
    y, eps = int(data[pos]) - 1, float(data[pos + 1])
    x = [float(v) for v in data[pos + 2:pos + 2 + k]]
    pos += 2 + k
    e = [math.exp(v) for v in x]
    s = sum(e)
    q = [eps / k + (1 - eps if i == y else 0) for i in range(k)]
    loss = -sum(qi * math.log(ei / s) for qi, ei in zip(q, e))
    total += loss
    out.append(f"{loss:.9f} " + " ".join(f"{ei / s - qi:.9f}" for ei, qi in zip(e, q)))
out.append(f"{total / r:.9f}")
print("\n".join(out))
