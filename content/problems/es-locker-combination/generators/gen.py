"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    L, n = 3, rng.randint(1, 3)
elif idx <= 5:
    L, n = 4, rng.randint(2, 5)
else:
    L, n = 5, rng.randint(3, 6)
if idx in (3, 7):
    n = 6 if L == 5 else n
# the real code; for a few cases it starts with zeros so the smallest answer does too
secret = [rng.randint(0, 9) for _ in range(L)]
if idx % 3 == 0:
    secret[0] = 0
lines = []
for _ in range(n):
    # attempts close to the secret give informative hints
    t = list(secret)
    for p in range(L):
        if rng.random() < 0.6:
            t[p] = rng.randint(0, 9)
    k = sum(a == b for a, b in zip(t, secret))
    lines.append(("".join(map(str, t)), k))
if idx in (4, 10):
    if n == 6:
        lines.pop()
        n -= 1
    # a corrupted memory: usually leaves no consistent code at all
    j = rng.randrange(n)
    c, k = lines[j]
    lines[j] = (c, L if k != L else 0)
    lines.append((c, k))
    n += 1
print(L, n)
for c, k in lines:
    print(c, k)
