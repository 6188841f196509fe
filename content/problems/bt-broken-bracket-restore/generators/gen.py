"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n = rng.randint(1, 4)
elif idx <= 5:
    n = 2 * rng.randint(3, 5)
else:
    n = 13 if idx == 7 else 14


def valid(length):
    """A random valid bracket string of even length."""
    if length == 0:
        return ""
    k = 2 * rng.randint(0, length // 2 - 1)
    o, c = rng.choice(["()", "[]"])
    return o + valid(k) + c + valid(length - 2 - k)


base = valid(n - n % 2) + (rng.choice("()[]") if n % 2 else "")
p = rng.uniform(0.3, 1.0) if idx != 12 else 1.0
s = "".join("?" if rng.random() < p else ch for ch in base)
if idx in (5, 10):
    # corrupt one known character: often impossible
    i = rng.randrange(n)
    s = s[:i] + rng.choice("()[]") + s[i + 1:]
print(s)
