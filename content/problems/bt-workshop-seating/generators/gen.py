"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n = rng.randint(1, 4)
elif idx <= 5:
    n = rng.randint(5, 7)
else:
    n = 8
m = 0 if idx == 6 else rng.randint(n if idx >= 7 else 0, min(20, 2 * n))
if n == 1:
    m = rng.randint(0, 1)
# conditions mostly taken from a hidden valid arrangement, so answers are usually non-zero
hidden = list(range(1, n + 1))
rng.shuffle(hidden)
where = {p: i + 1 for i, p in enumerate(hidden)}
conds = []
for _ in range(m):
    r = rng.random()
    if n == 1 or r < 0.12:
        a = rng.randint(1, n)
        conds.append(("F", a, where[a] if rng.random() < 0.9 else rng.randint(1, n)))
        continue
    a, b = rng.sample(range(1, n + 1), 2)
    adj = abs(where[a] - where[b]) == 1
    if rng.random() < 0.06:
        adj = not adj  # occasionally contradict the hidden arrangement
    if r < 0.5 and not adj and n > 1:
        i = rng.randrange(n - 1)
        a, b = hidden[i], hidden[i + 1]
        if rng.random() < 0.5:
            a, b = b, a
        adj = True
    conds.append(("T" if adj else "A", a, b))
if idx == 12:
    # a chain of "together" pairs that must line up as a block
    conds = [("T", i, i + 1) for i in range(1, n)] + [("F", n // 2, 1)]
print(n, len(conds))
for k, a, b in conds:
    print(k, a, b)
